/**
 * 二、收入决算情况说明 and 三、支出决算情况说明: the total of table 02 (03) and each source (use) with its
 * share, zeros listed or left out as the preset says, shares summing to 100%.
 */
import { shares } from '../../derive/arithmetic';
import type { Amount, NarrativeContext } from '../context';
import type { Block } from '../document';
import type { Fragment } from '../fragment';
import type { StructureTemplates } from '../templates';

export function structureParagraph(
  ctx: NarrativeContext,
  t: StructureTemplates,
  table: 'income' | 'expenditure',
  totalColumn: string,
): Block[] {
  const title = table === 'income' ? '收入决算表' : '支出决算表';
  const total = ctx.table(table, 'total', totalColumn);
  const items = t.items
    .map((i) => ({ ...i, amount: ctx.table(table, 'total', i.column) }))
    .filter((i) => ctx.preset.settings.listZeroItems || i.amount === undefined || i.amount.cents !== 0);
  const known = items.filter((i): i is typeof i & { amount: Amount } => i.amount !== undefined);
  const rates = total ? shares(known.map((i) => i.amount.cents), total.cents, ctx.preset.settings.tailAdjust) : [];
  const parts: Fragment[] = items.map((i) =>
    ctx.render(t.item, {
      名称: () => [{ text: i.name }],
      金额: () => ctx.money(i.amount, `表${table === 'income' ? '02' : '03'}.${i.name}`, `${title}合计行“${i.name}”`),
      占比: () => {
        const k = known.indexOf(i as (typeof known)[number]);
        const rate = k >= 0 ? rates[k] : undefined;
        return rate === undefined || !total
          ? ctx.gap(`表${table === 'income' ? '02' : '03'}.${i.name}.占比`, `${i.name}占比`)
          : ctx.percent(rate, [i.amount!.source, total.source]);
      },
    }),
  );
  return [
    {
      kind: 'paragraph',
      runs: ctx.render(t.sentence, {
        合计: () => ctx.money(total, `表${table === 'income' ? '02' : '03'}.合计`, `${title}合计`),
        明细: () => ctx.list(parts, t.separator),
      }),
    },
  ];
}
