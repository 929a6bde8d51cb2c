/**
 * 二、收入决算情况说明 and 三、支出决算情况说明: the total of table 02 (03) and each source (use) with its
 * share, zeros listed or left out as the preset says, shares summing to 100%.
 */
import { Basis, shares } from '../../derive/arithmetic';
import { derived } from '../context';
import type { Amount, NarrativeContext } from '../context';
import type { Block } from '../document';
import { when } from '../fragment';
import { hasColumn } from '../../tables/model';
import type { Fragment } from '../fragment';
import type { StructureTemplates } from '../templates';

/** One source (use) of §二/§三 with the share the sentence quotes (undefined where a figure is missing). */
export interface StructureItem {
  readonly name: string;
  readonly amount: Amount | undefined;
  readonly rate: Basis | undefined;
}

/**
 * The items §二/§三 list, in the preset's order, zeros kept or left out as it says, with their shares of the total
 * (tail-adjusted as it says): the one computation the sentence and the chart of the structure both quote.
 */
export function structureItems(
  ctx: NarrativeContext,
  t: StructureTemplates,
  table: 'income' | 'expenditure',
  totalColumn: string,
): { readonly total: Amount | undefined; readonly items: readonly StructureItem[] } {
  const total = ctx.table(table, 'total', totalColumn);
  const read = t.items.map((i) => ({ name: i.name, column: i.column, amount: ctx.table(table, 'total', i.column) }));
  const absentIsZero = absentColumnsAreZero(ctx, table, total, read);
  const listed = read
    .map(({ name, column, amount }) => ({ name, amount: amount ?? (absentIsZero(column) ? zeroOf(total!, read) : undefined) }))
    .filter((i) => ctx.preset.settings.listZeroItems || i.amount === undefined || i.amount.cents !== 0);
  const known = listed.filter((i): i is typeof i & { amount: Amount } => i.amount !== undefined);
  const rates = total ? shares(known.map((i) => i.amount.cents), total.cents, ctx.preset.settings.tailAdjust) : [];
  return { total, items: listed.map((i) => ({ ...i, rate: rates[known.indexOf(i as (typeof known)[number])] })) };
}

/**
 * Whether a source (use) whose column the table does not print is 0: a department prints only the columns it uses
 * (本年收入合计 | 财政拨款收入 | 其他收入), and where those add up to the 合计 the others hold nothing. Listed as gaps
 * (`上级补助收入【请填写…】万元`), they asked for figures that do not exist, and the 上海 template's 不涉及的不列 failed.
 */
function absentColumnsAreZero(
  ctx: NarrativeContext,
  table: 'income' | 'expenditure',
  total: Amount | undefined,
  read: readonly { readonly column: string; readonly amount: Amount | undefined }[],
): (column: string) => boolean {
  const model = ctx.recognition.tables[table];
  // Printed, or printed as its parts (财政拨款收入 as its funds).
  const printed = (column: string) => model === undefined || hasColumn(model, column);
  const present = read.filter((r) => printed(r.column));
  const adds = total !== undefined && present.every((r) => r.amount !== undefined) && present.reduce((sum, r) => sum + r.amount!.cents, 0) === total.cents;
  return (column) => adds && !printed(column);
}

/** The 0 of a column the table does not print: known from the 合计 and the columns it does. */
function zeroOf(total: Amount, read: readonly { readonly amount: Amount | undefined }[]): Amount {
  return { cents: 0 as Amount['cents'], source: derived([total.source, ...read.flatMap((r) => (r.amount ? [r.amount.source] : []))]), none: true };
}

export function structureParagraph(
  ctx: NarrativeContext,
  t: StructureTemplates,
  table: 'income' | 'expenditure',
  totalColumn: string,
): Block[] {
  const title = ctx.tableTitle(table);
  const code = table === 'income' ? '02' : '03';
  const { total, items } = structureItems(ctx, t, table, totalColumn);
  const parts: Fragment[] = items.map((i) =>
    ctx.render(t.item, {
      名称: () => [{ text: i.name }],
      金额: () => ctx.money(i.amount, `表${code}.${i.name}`, `${title}合计行“${i.name}”`),
      占比: ctx.share(
        i.rate,
        i.amount,
        total,
        () => ctx.gap(`表${code}.${i.name}.占比`, `${i.name}占比`),
        i.name,
        table === 'income' ? '本年收入合计' : '本年支出合计',
      ),
    }),
  );
  return [
    {
      kind: 'paragraph',
      runs: ctx.render(t.sentence, {
        合计: () => ctx.money(total, `表${code}.合计`, `${title}合计`),
        // Nothing to list where every source (use) is 0 and zeros are left out: a preset's `[，其中：{明细}]` goes.
        明细: when(() => parts.length > 0, () => ctx.list(parts, t.separator)),
      }),
    },
  ];
}
