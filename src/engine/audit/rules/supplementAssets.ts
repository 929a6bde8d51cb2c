/**
 * 说明数据 房屋价值 and 车辆价值 = the 房屋构筑物 and 车辆 of 江西's 国有资产占用情况表 (specs/assets.ts), where the set
 * prints it: §十（三） quotes the 说明数据's, held before to nothing the workbook publishes. The pairs are
 * supplement/printedMatters.ts's: where the 说明数据 leaves one empty, the table's stands for it. A 房屋构筑物 other than 0
 * holds the 构筑物 too: no 房屋价值, but the most it can be (houseValueCeiling), a 房屋价值 above it a 提示: the table may print
 * the 账面净值 (its 资产总额 adds it up) where the 说明数据 gives the 原值 §十（三） quotes beside 固定资产原值, and the houses' 原值
 * may be above the houses' and 构筑物's 净值 (review r307).
 */
import { toA1 } from '../../grid/address';
import { shownTitle } from '../../tables/model';
import { defineRule } from '../rule';
import { ASSET_MATTERS, houseValueCeiling, printedMatter } from '../../supplement/printedMatters';
import { checkFactAtMost, checkFactSum, figureFact, matterFact } from '../shared/supplementFacts';

export default defineRule({
  id: 'supplement-assets',
  title: '说明数据的房屋价值、车辆价值与国有资产占用情况表一致',
  severity: 'error',
  tables: ['A10'],
  messages: {
    mismatch: '{leftName} {left}，与{table}合计行的{column} {right}不符，{gap}。',
    aboveBuildings:
      '{leftName} {left}，大于{table}合计行的房屋构筑物 {right}（工作表“{sheet}”{cell}），多 {difference}：房屋是房屋构筑物的一部分，同为原值或同为账面净值时房屋价值不能大于它。请核对说明数据的房屋价值与该表是否同一口径（原值或账面净值），或该表的房屋构筑物。',
  },
  check(ctx) {
    for (const [matter, , column] of ASSET_MATTERS) {
      const printed = printedMatter(ctx.recognition, matter);
      if (!printed) continue;
      const table = shownTitle(printed.table);
      checkFactSum(ctx, matterFact(ctx, matter, 'amount'), [figureFact(printed.figure, printed.table.unit, table)], {
        messageId: 'mismatch',
        data: { table, column },
      });
    }
    // helper-h301: a 房屋价值 above the houses and 构筑物 together passed, held to nothing. A 提示, not a 错误 (review r307): the
    // 原值 of the houses alone is above the 净值 of both once enough of it is depreciated, and the table may print 净值.
    const ceiling = houseValueCeiling(ctx.recognition);
    if (!ceiling) return;
    const { figure, table } = ceiling;
    checkFactAtMost(ctx, matterFact(ctx, '房屋价值', 'amount'), figureFact(figure, table.unit, shownTitle(table)), {
      messageId: 'aboveBuildings',
      data: { table: shownTitle(table), sheet: figure.cell.sheet, cell: toA1(figure.cell.row, figure.cell.col) },
    });
  },
});
