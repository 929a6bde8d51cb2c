/**
 * 云南's set publishes its 三公 figures in tables of another kind than table 07 (公开10表 财政拨款“三公”经费、行政参公单位机关运行
 * 经费情况表, 公开11表 一般公共预算财政拨款“三公”经费情况表; 2019: “三公”经费、行政参公单位机关运行经费情况表: seen in the
 * 目录 of 云南 departments' documents, helper-92), whose layout the tool has not seen and does not read. Where table 07 is
 * missing and the workbook holds such a title, the accountant is told that table is unread, not to add a table they have.
 */
import { cellRef } from '../grid/address';
import type { CellRef } from '../grid/address';
import type { WorkbookGrid } from '../grid/cell';
import { normalizeLabel } from '../grid/normalize';
import { TITLE_SCAN_COLUMNS } from './titles';

/** A title of a 三公 情况表 (normalised: no quotes, no spaces), a 表号 or a year in brackets after it. */
const THREE_PUBLIC_SITUATION = /三公.{0,30}情况表(?:\([^()]{0,12}\))*$/;

/** The first cell titled as a 三公 情况表 (a short text, no sentence), with its text; undefined where there is none. */
export function threePublicSituationTitle(grid: WorkbookGrid): { readonly cell: CellRef; readonly title: string } | undefined {
  for (const sheet of grid.sheets) {
    for (let row = 0; row < sheet.rows.length; row++) {
      const cells = sheet.rows[row]!;
      for (let col = 0; col < Math.min(cells.length, TITLE_SCAN_COLUMNS); col++) {
        const v = cells[col];
        if (typeof v !== 'string' || v.length > 80 || v.indexOf('三公') === -1 || v.indexOf('情况表') === -1 || v.indexOf('。') !== -1) continue;
        if (THREE_PUBLIC_SITUATION.test(normalizeLabel(v))) return { cell: cellRef(sheet.name, row, col), title: v.trim().replace(/\s+/g, ' ') };
      }
    }
  }
  return undefined;
}
