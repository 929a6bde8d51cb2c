/**
 * An .xls, .et or .ods file as an ExcelJS workbook, to apply plans to and save: the command line's `fill` and
 * `check --out`, and the web page. What is kept: every sheet in order with its visibility, values, formulas with
 * their cached results, number formats (dates stay dates), merged areas, column widths and the workbook names
 * that refer to cells (the add-in's marks among them). What is not: fonts, borders and fills (SheetJS Community
 * Edition does not read them from these formats). Saving gives an .xlsx.
 */
import ExcelJS from 'exceljs';
import type { CellObject, WorkBook } from '@e965/xlsx';
import type { WorkbookGrid } from '../../engine/grid/cell';
import { isDateFormat } from '../xlsx/ooxml/styles';
import { referencedSheet } from '../../engine/plan/owned';
import { denseCells, legacyGrid } from './legacy';

const MS_PER_DAY = 86_400_000;
const ERRORS: ReadonlySet<string> = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

function scalar(cell: CellObject, isDate: boolean, date1904: boolean): ExcelJS.CellValue {
  switch (cell.t) {
    case 'n':
      // ExcelJS holds a date-formatted number as a Date, as it does when it loads an .xlsx.
      return isDate ? new Date(Math.round(((cell.v as number) - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY)) : (cell.v as number);
    case 's':
      return cell.v === '' ? null : String(cell.v);
    case 'b':
      return Boolean(cell.v);
    case 'e': {
      const text = cell.w ?? '#VALUE!';
      return { error: (ERRORS.has(text) ? text : '#VALUE!') as ExcelJS.CellErrorValue['error'] };
    }
    case 'd':
      return cell.v as Date;
    default:
      return null;
  }
}

function cellValue(cell: CellObject, isDate: boolean, date1904: boolean): ExcelJS.CellValue {
  const value = scalar(cell, isDate, date1904);
  if (typeof cell.f !== 'string' || cell.f === '') return value;
  const result = value === null ? undefined : value;
  return { formula: cell.f.replace(/^=/, ''), ...(result !== undefined ? { result } : {}) } as ExcelJS.CellFormulaValue;
}

function toExcelJs(book: WorkBook, grid: WorkbookGrid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  for (const sheetGrid of grid.sheets) {
    const sheet = book.Sheets[sheetGrid.name]!;
    const ws = wb.addWorksheet(sheetGrid.name, { state: sheetGrid.state ?? 'visible' });
    denseCells(sheet).forEach((line, r) =>
      line?.forEach((cell, c) => {
        if (!cell || cell.t === 'z') return;
        const target = ws.getCell(r + 1, c + 1);
        const date = typeof cell.z === 'string' && isDateFormat(cell.z);
        target.value = cellValue(cell, date, date1904);
        if (typeof cell.z === 'string' && cell.z !== 'General') target.numFmt = cell.z;
      }),
    );
    for (const m of sheetGrid.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    (sheet['!cols'] ?? []).forEach((col, c) => {
      const width = col?.wch ?? (col?.wpx !== undefined ? col.wpx / 7 : undefined);
      if (width !== undefined && Number.isFinite(width)) ws.getColumn(c + 1).width = width;
      // Kept hidden in the .xlsx the page saves, as the grid read it.
      if (col?.hidden) ws.getColumn(c + 1).hidden = true;
    });
    for (const r of sheetGrid.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  }
  // The workbook's names that refer to cells, the add-in's marks among them: the .xlsx written keeps them, so the
  // next run finds its sheets (ExcelJS keeps only names that refer to cells, whatever the file).
  for (const n of grid.names ?? []) if (referencedSheet(n.formula) !== undefined) wb.definedNames.add(n.formula, n.name);
  return wb;
}

/** The grid (for the engine) and the workbook (to edit and save as .xlsx) of a parsed .xls, .et or .ods file. */
export function legacyWorkbook(book: WorkBook): { grid: WorkbookGrid; workbook: ExcelJS.Workbook } {
  const grid = legacyGrid(book);
  return { grid, workbook: toExcelJs(book, grid) };
}
