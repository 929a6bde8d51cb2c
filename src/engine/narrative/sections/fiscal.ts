/** 四、财政拨款收入支出决算总体情况说明: table 04's totals against the prior year and the 年初预算. */
import type { NarrativeContext } from '../context';
import type { Block } from '../document';

export interface FiscalTemplates {
  /**
   * One pattern per paragraph, with {年度} {财政拨款收入总计} {年初财政拨款结转和结余} {财政拨款本年收入} {收入增减}
   * {收入主要原因} {财政拨款支出总计} {年末财政拨款结转和结余} {财政拨款本年支出} {支出增减} {支出主要原因}
   * {收入预算} {收入决算} {收入差异} {收入差异原因} {支出预算} {支出决算} {支出差异} {支出差异原因}.
   */
  readonly paragraphs: readonly string[];
}

export function fiscal(ctx: NarrativeContext, t: FiscalTemplates): Block[] {
  const inc = (row: string) => ctx.table('fiscalSummary', row, 'amount', 'income');
  const out = (row: string) => ctx.table('fiscalSummary', row, 'total', 'expenditure');
  const money = (a: ReturnType<typeof inc>, label: string) => () => ctx.money(a, `表04.${label}`, `财政拨款收入支出决算总表“${label}”`);
  const incomeTotal = inc('grandTotal');
  const spendTotal = out('grandTotal');
  const budgetOf = (key: string) => ctx.input(key, '年初预算数');
  const values = {
    年度: () => ctx.year(),
    财政拨款收入总计: money(incomeTotal, '收入总计'),
    年初财政拨款结转和结余: money(inc('openingBalance'), '年初财政拨款结转和结余'),
    财政拨款本年收入: money(inc('yearIncome'), '本年收入合计'),
    收入增减: () => ctx.change(incomeTotal, '财政拨款收入总计'),
    收入主要原因: () => ctx.reason('财政拨款收入总计', '主要原因'),
    财政拨款支出总计: money(spendTotal, '支出总计'),
    年末财政拨款结转和结余: money(out('closingBalance'), '年末财政拨款结转和结余'),
    财政拨款本年支出: money(out('yearExpenditure'), '本年支出合计'),
    支出增减: () => ctx.change(spendTotal, '财政拨款支出总计'),
    支出主要原因: () => ctx.reason('财政拨款支出总计', '主要原因'),
    收入预算: () => ctx.money(budgetOf('财政拨款收入总计'), '指标.财政拨款收入总计.年初预算数', '财政拨款收入总计年初预算数'),
    收入决算: money(incomeTotal, '收入总计'),
    收入差异: () => ctx.variance(incomeTotal, budgetOf('财政拨款收入总计'), '指标.财政拨款收入总计.年初预算数', '财政拨款收入总计年初预算数'),
    收入差异原因: () => ctx.reason('财政拨款收入总计', '预决算差异原因'),
    支出预算: () => ctx.money(budgetOf('财政拨款支出总计'), '指标.财政拨款支出总计.年初预算数', '财政拨款支出总计年初预算数'),
    支出决算: money(spendTotal, '支出总计'),
    支出差异: () => ctx.variance(spendTotal, budgetOf('财政拨款支出总计'), '指标.财政拨款支出总计.年初预算数', '财政拨款支出总计年初预算数'),
    支出差异原因: () => ctx.reason('财政拨款支出总计', '预决算差异原因'),
  };
  return t.paragraphs.map((pattern) => ({ kind: 'paragraph' as const, runs: ctx.render(pattern, values) }));
}
