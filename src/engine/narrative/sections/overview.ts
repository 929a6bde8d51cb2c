/** 一、收入支出决算总体情况说明: 收入总计 and 支出总计 of table 01, against the prior year. */
import type { NarrativeContext } from '../context';
import type { Block } from '../document';

export interface OverviewTemplates {
  /** {年度} {收入总计} {本年收入合计} {使用非财政拨款结余} {年初结转和结余} {增减} {主要原因} */
  readonly income: string;
  /** {年度} {支出总计} {本年支出合计} {结余分配} {年末结转和结余} {增减} {主要原因} */
  readonly expenditure: string;
}

export function overview(ctx: NarrativeContext, t: OverviewTemplates): Block[] {
  const inc = (row: string) => ctx.table('summary', row, 'amount', 'income');
  const out = (row: string) => ctx.table('summary', row, 'amount', 'expenditure');
  const money = (a: ReturnType<typeof inc>, label: string) => () => ctx.money(a, `表01.${label}`, `收入支出决算总表“${label}”`);
  return [
    {
      kind: 'paragraph',
      runs: ctx.render(t.income, {
        年度: () => ctx.year(),
        收入总计: money(inc('grandTotal'), '收入总计'),
        本年收入合计: money(inc('yearIncome'), '本年收入合计'),
        使用非财政拨款结余: money(inc('useOfNonFiscalSurplus'), '使用非财政拨款结余'),
        年初结转和结余: money(inc('openingBalance'), '年初结转和结余'),
        增减: () => ctx.change(inc('grandTotal'), '收入总计'),
        主要原因: () => ctx.reason('收入总计', '主要原因'),
      }),
    },
    {
      kind: 'paragraph',
      runs: ctx.render(t.expenditure, {
        年度: () => ctx.year(),
        支出总计: money(out('grandTotal'), '支出总计'),
        本年支出合计: money(out('yearExpenditure'), '本年支出合计'),
        结余分配: money(out('surplusDistribution'), '结余分配'),
        年末结转和结余: money(out('closingBalance'), '年末结转和结余'),
        增减: () => ctx.change(out('grandTotal'), '支出总计'),
        主要原因: () => ctx.reason('支出总计', '主要原因'),
      }),
    },
  ];
}
