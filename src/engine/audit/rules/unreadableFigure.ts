/** An Excel error or text in a figure cell is a finding, never a silent 0 (DOMAIN §3). */
import { defineRule } from '../rule';
import { parseA1 } from '../../grid/address';
import { cellAt, cellText } from '../../grid/cell';
import { parseNumber } from '../../grid/number';
import type { CellRef } from '../../grid/address';
import type { Unit } from '../../grid/money';
import type { Recognition } from '../../recognise/recognise';
import type { TableCode } from '../../tables/model';
import { amountInOtherUnit, DECIMAL_COMMA_ADVICE, MONEY_UNITS, SPACED_ADVICE, yuanSignAdvice, yuanSignOutOfUnit } from '../../tables/readers/figures';

/**
 * The unit of the table (or 自评表) a cell of `code` belongs to. A form's by its rows and columns: by rows alone, a cell
 * of a right-hand form set beside another was the left-hand one's, and said to be in its unit.
 */
function unitAt(rec: Recognition, code: TableCode | undefined, at: CellRef): Unit | undefined {
  if (code === '10') {
    const within = (f: (typeof rec.projects)[number]) => f.range.sheet === at.sheet && at.row >= f.range.top && at.row <= f.range.bottom && at.col >= f.range.left && at.col <= f.range.right;
    return rec.projects.find(within)?.unit;
  }
  return Object.values(rec.tables).find((t) => t?.code === code)?.unit;
}

export default defineRule({
  id: 'unreadable-figure',
  title: '数字单元格中不能有错误值或文字',
  severity: 'error',
  tables: [],
  messages: {
    error: '工作表“{sheet}”{cell}是 Excel 错误值 {text}：请修正公式或填入数字。',
    text: '工作表“{sheet}”{cell}的“{text}”不是数字：请填入数字，无数时留空或填“-”。',
    boolean: '工作表“{sheet}”{cell}是逻辑值 {text}，不是数字：请填入数字。',
    spaced: `工作表“{sheet}”{cell}的“{text}”${SPACED_ADVICE}`,
    'decimal-comma': `工作表“{sheet}”{cell}的“{text}”${DECIMAL_COMMA_ADVICE}`,
    unit: '工作表“{sheet}”{cell}的“{text}”写的单位不是表的单位（{unit}）：请按{unit}只填数字。',
    yuan: `工作表“{sheet}”{cell}的“{text}”${yuanSignAdvice('{unit}')}`,
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
      const parsed = parseNumber(value, { suffixes: [...MONEY_UNITS, '分'], percent: true });
      // The reader refuses an amount typed with a unit of money only when it is not the table's (readFigure).
      const unit = amountInOtherUnit(value) === undefined ? undefined : unitAt(ctx.recognition, p.table, at);
      // A number with a yuan sign, refused only in a table not in 元 (readFigure).
      const yuan = parsed.kind === 'number' && !unit ? unitAt(ctx.recognition, p.table, at) : undefined;
      const messageId = uncalculated ? 'uncalculated' : unit ? 'unit' : yuanSignOutOfUnit(value, yuan) ? 'yuan' : parsed.kind === 'invalid' ? parsed.reason : 'text';
      ctx.report({ messageId, data: { sheet: p.sheet, cell: p.cell, text: cellText(value), unit: unit ?? yuan ?? '' }, cells: [at], values: [null] });
    }
  },
});
