/** T10 each column: 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金. */
import { defineRule } from '../rule';
import { checkSum, Term } from '../relations';

const COLUMNS = { initialBudget: '年初预算数', adjustedBudget: '全年预算数', actual: '全年执行数' } as const;

export default defineRule({
  id: 'performance-funds',
  title: '项目支出绩效自评表：年度资金总额等于当年财政拨款、上年结转资金与其他资金之和',
  severity: 'error',
  tables: ['10'],
  messages: { mismatch: '绩效自评表“{project}”的{column}：年度资金总额 {left}，与当年财政拨款、上年结转资金、其他资金之和 {right}不符，{gap}。' },
  check(ctx) {
    for (const p of ctx.recognition.projects) {
      const { total, fiscal, carryover, other } = p.funds;
      // A form splitting 年度资金总额 in rows of its own (said when read): the parts read are not all of it.
      if (!total || p.otherFundRows !== undefined) continue;
      for (const column of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
        const t = (row: typeof total | undefined): Term => ({ figure: row?.[column], unit: p.unit, source: '绩效自评表' });
        checkSum(ctx, t(total), [t(fiscal), t(carryover), t(other)], {
          messageId: 'mismatch',
          data: { project: p.name?.text ?? '', column: COLUMNS[column] },
          skipMissing: true,
        });
      }
    }
  },
});
