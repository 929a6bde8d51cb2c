/**
 * A 三公 item's 全年预算数 or 年初预算数 typed in the 说明数据 beside table 07's own (threePublicBudgetFigure): the text
 * quotes the table's and the 说明数据 sheet refers to it, so a typed one that differs is used nowhere. Unsaid, the
 * accountant believed §七 quoted their 6.00 where it said the table's 5.00 (helper-158), and `fill` replaced it by the
 * table's formula without a word. Its own rule, not supplement-printed-figures': there the text takes the 说明数据's
 * figure, here the table's, and `fill`, `explain` and the pane say these beside the text (workflow.ts: overrides).
 */
import { shownTitle } from '../../tables/model';
import { defineRule } from '../rule';
import { checkFactSum, fact, figureFact } from '../shared/supplementFacts';
import { threePublicBudgetFigure } from '../../supplement/indicators';

const FIELDS = ['全年预算数', '年初预算数'] as const;

export default defineRule({
  id: 'supplement-three-public-budgets',
  title: '说明数据中“三公”经费的预算数与“三公”经费支出决算表一致',
  severity: 'error',
  tables: ['07'],
  messages: {
    mismatch:
      '{leftName} {left}，与{table}同一项目的“{column}” {right}不符，{gap}：公开说明和说明数据表按决算表的数写，这个填写的数没有用到。请核对：决算表有误就改正决算表，否则删去这个数。',
  },
  check(ctx) {
    for (const [indicator, input] of ctx.supplement.指标) {
      for (const field of FIELDS) {
        const printed = input[field] === undefined ? undefined : threePublicBudgetFigure(ctx.recognition, indicator, field);
        if (!printed || printed.figure.fen === null) continue;
        const typed = fact(ctx, input[field], { indicator, field }, 'amount');
        const { figure, table } = printed;
        checkFactSum(ctx, typed, [figureFact(figure, table.unit, shownTitle(table))], { messageId: 'mismatch', data: { table: shownTitle(table), column: field } });
      }
    }
  },
});
