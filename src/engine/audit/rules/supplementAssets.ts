/**
 * 说明数据 房屋价值 and 车辆价值 = the 房屋构筑物 and 车辆 of 江西's 国有资产占用情况表 (specs/assets.ts), where the set
 * prints it: §十（三） quotes the 说明数据's, held before to nothing the workbook publishes. The pairs are
 * supplement/printedMatters.ts's: where the 说明数据 leaves one empty, the table's stands for it.
 */
import { shownTitle } from '../../tables/model';
import { defineRule } from '../rule';
import { ASSET_MATTERS, printedMatter } from '../../supplement/printedMatters';
import { checkFactSum, figureFact, matterFact } from '../shared/supplementFacts';

export default defineRule({
  id: 'supplement-assets',
  title: '说明数据的房屋价值、车辆价值与国有资产占用情况表一致',
  severity: 'error',
  tables: ['A10'],
  messages: { mismatch: '{leftName} {left}，与{table}合计行的{column} {right}不符，{gap}。' },
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
  },
});
