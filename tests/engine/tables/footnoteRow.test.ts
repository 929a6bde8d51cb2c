/**
 * A table's data end at a footnote row (`注：本表反映…`, `说明：…`, `备注`). Rows are tested without folding their
 * first cell when its first character cannot become 注, 说 or 备: the answer is the same as folding it, for every
 * first character.
 */
import { isFootnoteRow } from '../../../src/engine/tables/readers/location';
import { normalizeText } from '../../../src/engine/grid/normalize';
import type { CellValue, SheetGrid } from '../../../src/engine/grid/cell';

const sheetOf = (value: CellValue): SheetGrid => ({ name: '表', rows: [[null, value, '100']] });

/** The rule as written, on the folded text. */
const folded = (text: string) => {
  const t = normalizeText(text);
  return /^(注|说明|备注)(\d|:|:|[(（]|$)/.test(t) || /^注\d*[:：、.]/.test(t);
};

describe('a footnote row', () => {
  it('ends the data: 注、说明、备注 as written in real tables, in any width', () => {
    for (const text of ['注：本表反映部门本年度的总收支和年末结转结余情况。', '说明：本单位本年度没有政府性基金预算财政拨款收入，故本表无数据。', '备注', '注1.', '  注：', '注）', '注 ：', '\u2F49：']) {
      expect(isFootnoteRow(sheetOf(text), 0, 0, 2)).toBe(folded(text));
    }
    expect(isFootnoteRow(sheetOf('注：本表反映部门本年度的总收支。'), 0, 0, 2)).toBe(true);
    expect(isFootnoteRow(sheetOf('说明：故本表无数据。'), 0, 0, 2)).toBe(true);
  });

  it('is not a data row: codes, numbers and labels', () => {
    for (const value of [2010101, '2010101', '一般公共服务支出', '合计', -3.5, true, { error: '#N/A' }]) {
      expect(isFootnoteRow(sheetOf(value), 0, 0, 2)).toBe(false);
    }
  });

  it('gives the folded answer whatever the first character (every code point of the BMP, before 注 and 说明)', () => {
    for (let code = 0x21; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const first = String.fromCharCode(code);
      for (const text of [`${first}注：本表`, `${first}说明：`, `${first}`, `${first}\u0301注：`]) {
        if (isFootnoteRow(sheetOf(text), 0, 0, 2) !== folded(text)) throw new Error(`U+${code.toString(16)}: ${text}`);
      }
    }
  });
});
