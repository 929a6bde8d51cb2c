/** An Excel error or text in a figure cell is a finding, never a silent 0 (DOMAIN §3). */
import { defineRule } from '../rule';
import { parseA1 } from '../../grid/address';

export default defineRule({
  id: 'unreadable-figure',
  title: '数字单元格中不能有错误值或文字',
  severity: 'error',
  tables: [],
  messages: { unreadable: '{message}' },
  check(ctx) {
    for (const p of ctx.recognition.problems) {
      if (p.kind !== 'invalid-figure' || p.sheet === null || p.cell === null) continue;
      ctx.report({ messageId: 'unreadable', data: { message: p.message }, cells: [{ sheet: p.sheet, ...parseA1(p.cell) }], values: [null] });
    }
  },
});
