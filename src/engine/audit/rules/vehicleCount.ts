/** 说明数据: 车辆数 = Σ 车辆分类. */
import { defineRule } from '../rule';
import { checkFactSum, matterFact } from '../shared/supplementFacts';

const KINDS = ['副部（省）级及以上领导用车', '主要领导干部用车', '机要通信用车', '应急保障用车', '执法执勤用车', '特种专业技术用车', '离退休干部用车', '其他用车'];

export default defineRule({
  id: 'vehicle-count',
  title: '说明数据：车辆数等于各类用车之和',
  severity: 'error',
  tables: [],
  messages: { mismatch: '{leftName}为 {left} 辆，各类用车之和为 {right} 辆。' },
  check(ctx) {
    const parts = KINDS.map((k) => matterFact(ctx, k, 'count'));
    // Only when the 分类 are given at all; missing ones count as 0.
    if (parts.every((p) => !p)) return;
    checkFactSum(ctx, matterFact(ctx, '车辆数', 'count'), parts.map((p, i) => p ?? { value: 0, source: KINDS[i]! }), { messageId: 'mismatch', count: '辆' });
  },
});
