/** Tables 02, 03, 05, 08, 09 each column: 款 = Σ 项. */
import { defineRule } from '../rule';
import { checkLevel } from '../shared/subjectHierarchy';

export default defineRule({
  id: 'subject-section-items',
  title: '按科目列示的表：各款等于其下各项之和',
  severity: 'error',
  tables: ['02', '03', '05', '08', '09', 'F05'],
  messages: { mismatch: '{table}“{column}”列：{row}（款）{left}，与其下各项之和 {right}不符，{gap}。' },
  check(ctx) {
    checkLevel(ctx, 'section');
  },
});
