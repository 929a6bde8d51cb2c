/** T7 for 预算 and 决算: 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费 (+ 会议费、培训费 are not part). */
import { defineRule } from '../rule';
import { shownTitle } from '../../tables/model';
import { cell, checkSum } from '../relations';
import { measureRowsInReportOrder, threePublicRowName } from '../../tables/specs/threePublicCosts';

export default defineRule({
  id: 'three-public-total',
  title: '“三公”经费支出决算表：合计等于因公出国（境）费、公务用车购置及运行费与公务接待费之和',
  severity: 'error',
  tables: ['07'],
  messages: { mismatch: '《{table}》的{measure}合计 {left}，与三项之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.threePublicCosts;
    if (!t) return;
    // Each row a measure: 预算数 and 决算数, and the 年初 and 全年 预算 of a table with a block of each.
    // And each unit's row of a table laid out unit by unit (TableModel.unitRows): a unit's own figures that do not add
    // up passed unflagged where the 合计 row added up and was the units' sum.
    for (const r of [...measureRowsInReportOrder(t.rows), ...(t.unitRows ?? [])]) {
      // Without a 小计 column the vehicles are 购置费 + 运行费.
      const vehicles = r.figures.vehicles ? [cell(t, r, 'vehicles')] : [cell(t, r, 'vehiclePurchase'), cell(t, r, 'vehicleOperation')];
      checkSum(ctx, cell(t, r, 'total'), [cell(t, r, 'overseasTravel'), ...vehicles, cell(t, r, 'reception')], {
        messageId: 'mismatch',
        data: { table: shownTitle(t), measure: threePublicRowName(r) },
      });
    }
  },
});
