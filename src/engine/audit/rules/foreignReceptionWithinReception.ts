/**
 * 说明数据 事项 外宾接待费 ≤ T7 决算数 公务接待费. The 上海 §七 states the foreign part inside the whole (国内公务接待支出X万元
 * （含外宾接待支出Y万元）): a part larger than its whole is a figure typed wrong on one side or the other. Compared in
 * 万元 (the 说明数据's unit; a table in 元 as 万元 shows it), a 尾差 within the rounding of two figures. A 公务接待费 below
 * zero is three-public-negative's (nothing is a part of it).
 */
import { toA1 } from '../../grid/address';
import { shownTitle } from '../../tables/model';
import { defineRule } from '../rule';
import { rowByKey } from '../relations';
import { checkFactAtMost, figureFact, matterFact } from '../shared/supplementFacts';

export default defineRule({
  id: 'foreign-reception-within-reception',
  title: '说明数据的外宾接待费不大于“三公”经费支出决算表的公务接待费决算数',
  severity: 'error',
  tables: ['07'],
  messages: {
    larger:
      '{leftName} {left}，大于《{rightName}》的公务接待费决算数 {right}（工作表“{sheet}”{cell}），多 {difference}：外宾接待费是公务接待费的一部分，不能大于它。请核对说明数据的外宾接待费或该表的公务接待费。',
  },
  check(ctx) {
    const t7 = ctx.recognition.tables.threePublicCosts;
    const reception = t7 && rowByKey(t7, 'actual')?.figures.reception;
    if (!reception || (reception.fen ?? 0) < 0) return;
    checkFactAtMost(ctx, matterFact(ctx, '外宾接待费', 'amount'), figureFact(reception, t7.unit, shownTitle(t7)), {
      messageId: 'larger',
      data: { sheet: reception.cell.sheet, cell: toA1(reception.cell.row, reception.cell.col) },
      severity: 'error',
    });
  },
});
