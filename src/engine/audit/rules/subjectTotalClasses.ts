/** Tables 02, 03, 05, 08, 09 each column: 合计 = Σ 类. */
import { defineRule } from '../rule';
import { checkLevel } from '../shared/subjectHierarchy';

export default defineRule({
  id: 'subject-total-classes',
  title: '按科目列示的表：合计等于各类之和',
  severity: 'error',
  tables: ['02', '03', '05', '08', '09', 'F05'],
  messages: { mismatch: '{table}“{column}”列：合计 {left}，与各类之和 {right}不符，{gap}。' },
  check(ctx) {
    checkLevel(ctx, 'total');
  },
});
