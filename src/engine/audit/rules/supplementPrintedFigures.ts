/**
 * A 说明数据 amount a table also prints (supplement/indicators.ts: printedFigure): table 05's 上年决算数, 年初预算数 or
 * 全年预算数 beside each subject's 决算 (a province's form), table 07's 上年决算数 row beside this year's. §五（三） and
 * §七 compare the 决算 with those figures, and the text takes them from the 说明数据 (上年数, 年初预算数, 全年预算数; the
 * 合计 row's as 一般公共预算财政拨款支出): two sources of one published figure must agree, else either the table or every
 * 比上年增加/减少 and 完成预算的…% of the item's paragraph is wrong. Unread, the columns were "not a 栏目 of the table"
 * and a wrong one passed. Where the 说明数据 gives none, the table's stands for it (nothing to compare). Table 07's 预算数
 * beside a 三公 item's typed budget: supplement-three-public-budgets (the text quotes the table's there).
 */
import { shownTitle } from '../../tables/model';
import { defineRule } from '../rule';
import { checkFactSum, fact, figureFact } from '../shared/supplementFacts';
import { PRINTED_FIELDS, printedFigure } from '../../supplement/indicators';

/** How the tables head each field's figure. */
const PRINTED_AS = { 上年数: '上年决算数', 年初预算数: '年初预算数', 全年预算数: '全年预算数' } as const;

export default defineRule({
  id: 'supplement-printed-figures',
  title: '决算表印出的上年决算数、预算数与说明数据一致',
  severity: 'error',
  tables: ['05', '07'],
  messages: {
    mismatch: '{leftName} {left}，与{table}同一项目的“{column}” {right}不符，{gap}：公开说明按说明数据写增减和完成率，请核对哪一个有误。',
  },
  check(ctx) {
    for (const [indicator, input] of ctx.supplement.指标) {
      for (const field of PRINTED_FIELDS) {
        const printed = input[field] === undefined ? undefined : printedFigure(ctx.recognition, indicator, field);
        // A blank cell there prints nothing (a form filling the column in part), not 0.
        if (!printed || printed.figure.fen === null) continue;
        const typed = fact(ctx, input[field], { indicator, field }, 'amount');
        const { figure, table } = printed;
        checkFactSum(ctx, typed, [figureFact(figure, table.unit, shownTitle(table))], { messageId: 'mismatch', data: { table: shownTitle(table), column: PRINTED_AS[field] } });
      }
    }
  },
});
