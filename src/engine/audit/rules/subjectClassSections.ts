/** Tables 02, 03, 05, 08, 09 each column: 类 = Σ 款. */
import { defineRule } from '../rule';
import { checkLevel } from '../shared/subjectHierarchy';

export default defineRule({
  id: 'subject-class-sections',
  title: '按科目列示的表：各类等于其下各款之和',
  severity: 'error',
  tables: ['02', '03', '05', '08', '09', 'F05'],
  messages: { mismatch: '{table}“{column}”列：{row}（类）{left}，与其下各款之和 {right}不符，{gap}。' },
  check(ctx) {
    checkLevel(ctx, 'class');
  },
});
