/**
 * 说明数据 年度 = the year the workbook's tables state (a cover, a title's prefix, a 年度 line). The 公开说明 is written
 * for the 说明数据's year: given another, every sentence was dated a year off the tables it quotes, and the only finding
 * asked for the tables' own notes to be changed to it.
 */
import { defineRule } from '../rule';

export default defineRule({
  id: 'supplement-year',
  title: '说明数据的年度与决算表的年度一致',
  severity: 'error',
  tables: [],
  messages: { mismatch: '说明数据的年度为{stated}年，而决算表是{year}年度的：公开说明按说明数据的年度写成，请核对说明数据的年度。' },
  check(ctx) {
    const stated = ctx.supplement.年度;
    const tables = ctx.recognition.document.year;
    if (!stated || !tables || stated.value === tables.value) return;
    ctx.report({
      messageId: 'mismatch',
      data: { stated: stated.value, year: tables.value },
      cells: [...(stated.source.kind === 'cell' ? [stated.source.cell] : []), tables.cell],
    });
  },
});
