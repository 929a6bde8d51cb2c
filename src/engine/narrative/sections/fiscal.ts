/** 四、财政拨款收入支出决算总体情况说明: table 04's totals against the prior year and the 年初预算. */
import type { Amount, NarrativeContext } from '../context';
import type { Block } from '../document';
import type { FiscalTemplates } from '../templates';

export function fiscal(ctx: NarrativeContext, t: FiscalTemplates): Block[] {
  const inc = (row: string) => ctx.table('fiscalSummary', row, 'amount', 'income');
  const out = (row: string) => ctx.table('fiscalSummary', row, 'total', 'expenditure');
  // A gap names the table as the workbook titles it (云南's 财政拨款收入支出决算表).
  const money = (a: Amount | undefined, label: string) => () => ctx.money(a, `表04.${label}`, `${ctx.tableTitle('fiscalSummary')}“${label}”`);
  const incomeTotal = inc('grandTotal');
  const spendTotal = out('grandTotal');
  /** The budget comparison of one side, its placeholders prefixed 收入 or 支出. */
  const versusBudget = (prefix: '收入' | '支出', key: string, actual: Amount | undefined) => {
    const budget = ctx.input(key, '年初预算数');
    const gapField = `指标.${key}.年初预算数`;
    const v = ctx.budgetValues(actual, budget, { gapField, gapLabel: `${key}年初预算数`, reasonKey: key, reasonLabel: `${key}预决算差异原因` });
    return {
      [`${prefix}预算`]: () => ctx.money(budget, gapField, `${key}年初预算数`),
      [`${prefix}差异`]: v['差异']!,
      [`${prefix}差异原因`]: v['差异原因']!,
    };
  };
  const values = {
    财政拨款收入总计: money(incomeTotal, '收入总计'),
    年初财政拨款结转和结余: money(inc('openingBalance'), '年初财政拨款结转和结余'),
    财政拨款本年收入: money(inc('yearIncome'), '本年收入合计'),
    ...ctx.changeValues('收入', incomeTotal, '财政拨款收入总计'),
    财政拨款收入支出总计: () => ctx.balancedTotal(incomeTotal, spendTotal, '表04.收入支出总计', `${ctx.tableTitle('fiscalSummary')}“收入总计”“支出总计”`),
    收入支出增减: () => ctx.balancedChange(incomeTotal, spendTotal, '财政拨款收入总计', '财政拨款支出总计', '表04.收入支出总计', '财政拨款收入支出总计'),
    财政拨款支出总计: money(spendTotal, '支出总计'),
    年末财政拨款结转和结余: money(out('closingBalance'), '年末财政拨款结转和结余'),
    财政拨款本年支出: money(out('yearExpenditure'), '本年支出合计'),
    ...ctx.changeValues('支出', spendTotal, '财政拨款支出总计'),
    收入决算: money(incomeTotal, '收入总计'),
    支出决算: money(spendTotal, '支出总计'),
    ...versusBudget('收入', '财政拨款收入总计', incomeTotal),
    ...versusBudget('支出', '财政拨款支出总计', spendTotal),
  };
  return t.paragraphs.map((pattern) => ({ kind: 'paragraph' as const, runs: ctx.render(pattern, values) }));
}
