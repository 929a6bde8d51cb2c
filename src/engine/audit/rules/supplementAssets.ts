/**
 * 说明数据 房屋价值 and 车辆价值 = the 房屋构筑物 and 车辆 of 江西's 国有资产占用情况表 (specs/assets.ts), where the set
 * prints it: §十（三） quotes the 说明数据's, held before to nothing the workbook publishes.
 */
import { shownTitle } from '../../tables/model';
import { defineRule } from '../rule';
import { cell, rowByKey } from '../relations';
import { checkFactSum, figureFact, matterFact } from '../shared/supplementFacts';

const MATTERS = [
  ['房屋价值', 'buildings', '房屋构筑物'],
  ['车辆价值', 'vehicles', '车辆'],
] as const;

export default defineRule({
  id: 'supplement-assets',
  title: '说明数据的房屋价值、车辆价值与国有资产占用情况表一致',
  severity: 'error',
  tables: ['A10'],
  messages: { mismatch: '{leftName} {left}，与{table}合计行的{column} {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.assets;
    const total = t && rowByKey(t, 'total');
    if (!t || !total) return;
    for (const [matter, column, name] of MATTERS) {
      const figure = cell(t, total, column).figure;
      if (!figure) continue;
      checkFactSum(ctx, matterFact(ctx, matter, 'amount'), [figureFact(figure, t.unit, shownTitle(t))], {
        messageId: 'mismatch',
        data: { table: shownTitle(t), column: name },
      });
    }
  },
});
