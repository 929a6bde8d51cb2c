/**
 * Reading the open workbook through Office.js: every sheet's used range in one `Excel.run` with two syncs
 * (names first, then all values at once), and selecting a cell. Excel returns merged cells other than the
 * top-left as empty, errors as their text (`#REF!`), which the engine reads as errors.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from '../../engine/grid/cell';

function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

function visibility(v: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden'): SheetGrid['state'] {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

export async function readOfficeWorkbook(): Promise<WorkbookGrid> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    await context.sync();
    const used = sheets.items.map((s) => {
      const range = s.getUsedRangeOrNullObject(true);
      range.load('values,rowIndex,columnIndex');
      return range;
    });
    await context.sync();
    return {
      sheets: sheets.items.map((sheet, i): SheetGrid => {
        const range = used[i]!;
        const rows: CellValue[][] = [];
        if (!range.isNullObject) {
          // The used range may start below A1: pad so that grid positions are sheet positions.
          for (let r = 0; r < range.rowIndex; r++) rows.push([]);
          for (const line of range.values) {
            rows.push([...Array.from({ length: range.columnIndex }, () => null), ...line.map(toCellValue)]);
          }
        }
        return { name: sheet.name, rows, state: visibility(sheet.visibility) };
      }),
    };
  });
}

export async function selectOfficeCell(sheet: string, cell: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
