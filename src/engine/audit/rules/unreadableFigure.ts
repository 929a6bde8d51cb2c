/** An Excel error or text in a figure cell is a finding, never a silent 0 (DOMAIN §3). */
import { defineRule } from '../rule';
import { parseA1 } from '../../grid/address';
import { cellAt, cellText } from '../../grid/cell';
import { parseNumber } from '../../grid/number';

export default defineRule({
  id: 'unreadable-figure',
  title: '数字单元格中不能有错误值或文字',
  severity: 'error',
  tables: [],
  messages: {
    error: '工作表“{sheet}”{cell}是 Excel 错误值 {text}：请修正公式或填入数字。',
    text: '工作表“{sheet}”{cell}的“{text}”不是数字：请填入数字，无数时留空或填“-”。',
    boolean: '工作表“{sheet}”{cell}是逻辑值 {text}，不是数字：请填入数字。',
    unit: '工作表“{sheet}”{cell}的“{text}”写的单位不是表的单位（{unit}）：请按{unit}只填数字。',
    uncalculated: '工作表“{sheet}”{cell}是公式，但文件中没有计算结果（由程序生成、未在 Excel 中计算过）：请在 Excel 中打开、重新计算并保存后再试。',
  },
  check(ctx) {
    for (const p of ctx.recognition.problems) {
      if (p.kind !== 'invalid-figure' || p.sheet === null || p.cell === null) continue;
      const at = { sheet: p.sheet, ...parseA1(p.cell) };
      const sheet = ctx.grid.sheets.find((s) => s.name === p.sheet);
      const value = sheet ? cellAt(sheet, at.row, at.col) : null;
      // A formula without its result (a file a program wrote) reads blank: not "“” is no number, leave it blank".
      const uncalculated = sheet?.uncalculated?.some(([r, c]) => r === at.row && c === at.col) === true;
      const parsed = parseNumber(value, { suffixes: ['万元', '千元', '元', '分'], percent: true });
      // A number with a unit of money read as one is refused only for its unit: the table's is another.
      const unit = p.table === undefined ? undefined : Object.values(ctx.recognition.tables).find((t) => t?.code === p.table)?.unit;
      const messageId = uncalculated ? 'uncalculated' : parsed.kind === 'invalid' ? parsed.reason : unit && /元$/.test(cellText(value).trim()) ? 'unit' : 'text';
      ctx.report({ messageId, data: { sheet: p.sheet, cell: p.cell, text: cellText(value), unit: unit ?? '' }, cells: [at], values: [null] });
    }
  },
});
