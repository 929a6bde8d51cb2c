/** 一、收入支出决算总体情况说明: 收入总计 and 支出总计 of table 01, against the prior year. */
import type { NarrativeContext } from '../context';
import type { Block } from '../document';
import type { OverviewTemplates } from '../templates';

export function overview(ctx: NarrativeContext, t: OverviewTemplates): Block[] {
  const inc = (row: string) => ctx.table('summary', row, 'amount', 'income');
  const out = (row: string) => ctx.table('summary', row, 'amount', 'expenditure');
  // A gap names the table as the workbook titles it (云南's 收入支出决算表).
  const money = (a: ReturnType<typeof inc>, label: string) => () => ctx.money(a, `表01.${label}`, `${ctx.tableTitle('summary')}“${label}”`);
  const values = {
    收入总计: money(inc('grandTotal'), '收入总计'),
    本年收入合计: money(inc('yearIncome'), '本年收入合计'),
    使用非财政拨款结余: money(inc('useOfNonFiscalSurplus'), '使用非财政拨款结余'),
    年初结转和结余: money(inc('openingBalance'), '年初结转和结余'),
    ...ctx.changeValues('收入', inc('grandTotal'), '收入总计'),
    收入支出总计: () => ctx.balancedTotal(inc('grandTotal'), out('grandTotal'), '表01.收入支出总计', `${ctx.tableTitle('summary')}“收入总计”“支出总计”`),
    收入支出增减: () => ctx.balancedChange(inc('grandTotal'), out('grandTotal'), '收入总计', '支出总计', '表01.收入支出总计', '收入支出总计'),
    支出总计: money(out('grandTotal'), '支出总计'),
    本年支出合计: money(out('yearExpenditure'), '本年支出合计'),
    结余分配: money(out('surplusDistribution'), '结余分配'),
    年末结转和结余: money(out('closingBalance'), '年末结转和结余'),
    ...ctx.changeValues('支出', out('grandTotal'), '支出总计'),
  };
  return t.paragraphs.map((pattern) => ({ kind: 'paragraph' as const, runs: ctx.render(pattern, values) }));
}
