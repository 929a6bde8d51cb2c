/**
 * Reading an .xlsx into the engine's grid (in Node and in the browser): from the file with our own reader, or
 * from an ExcelJS workbook being edited. Merged cells other than the top-left read as empty, formula cells as
 * their cached result, rich text as plain text, dates as ISO dates. A file that is not an .xlsx, is encrypted
 * or is damaged gives an `XlsxReadError`.
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../engine/grid/cell';
import { readGrid } from './ooxml/readGrid';

export type XlsxReadErrorReason = 'not-xlsx' | 'encrypted' | 'corrupt';

export class XlsxReadError extends Error {
  constructor(
    readonly reason: XlsxReadErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

type ExcelValue = ExcelJS.CellValue;

/** The engine's value of an ExcelJS value (for formulas: the cached result). */
export function toCellValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('error' in value && typeof value.error === 'string') return { error: value.error };
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      return toCellValue(result as ExcelValue);
    }
    if ('text' in value && typeof (value as ExcelJS.CellHyperlinkValue).text === 'string') {
      return (value as ExcelJS.CellHyperlinkValue).text;
    }
    if ('hyperlink' in value) return String((value as ExcelJS.CellHyperlinkValue).hyperlink);
  }
  return String(value);
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (v && typeof v === 'object' && 'formula' in v && typeof v.formula === 'string') return v.formula;
  if (v && typeof v === 'object' && 'sharedFormula' in v) return cell.formula ?? null;
  return null;
}

function readSheet(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  let anyFormula = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    const rowFormulas: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      cells[colNumber - 1] = toCellValue(cell.value);
      const f = formulaOf(cell);
      if (f !== null) {
        rowFormulas[colNumber - 1] = f;
        anyFormula = true;
      }
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
    formulas[rowNumber - 1] = rowFormulas;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  const state = ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible';
  if (!anyFormula) return { name: ws.name, rows, state };
  for (let i = 0; i < formulas.length; i++) {
    const f = formulas[i] ?? [];
    for (let c = 0; c < f.length; c++) if (f[c] === undefined) f[c] = null;
    formulas[i] = f;
  }
  return { name: ws.name, rows, formulas, state };
}

/** The bytes of an .xlsx, or the error that says what the file is instead. */
function xlsxBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new XlsxReadError('encrypted', '文件已加密（设置了打开密码），或是旧的 .xls 格式：请在 Excel 中取消密码或另存为 .xlsx 后再试。');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new XlsxReadError('not-xlsx', '不是 .xlsx 文件：请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”后再试。');
  }
  return bytes;
}

function corrupt(e: unknown): XlsxReadError {
  const detail = e instanceof Error ? e.message : String(e);
  return new XlsxReadError('corrupt', `文件已损坏，无法读取（${detail}）：请在 Excel 中打开并重新保存后再试。`);
}

/** The whole workbook model, to edit and save. */
export async function loadXlsx(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = xlsxBytes(data);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS accepts a Buffer in Node and an ArrayBuffer in the browser.
    const input = typeof Buffer !== 'undefined' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes.buffer;
    await wb.xlsx.load(input as ArrayBuffer);
  } catch (e) {
    throw corrupt(e);
  }
  return wb;
}

export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: wb.worksheets.map(readSheet) };
}

/**
 * The grid of an .xlsx file, read directly from its XML (ooxml/): faster than `workbookToGrid(await
 * loadXlsx(…))`, and it keeps what ExcelJS loses (a cached formula result of 0; a formula never calculated).
 */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<WorkbookGrid> {
  const bytes = xlsxBytes(data);
  try {
    return await readGrid(bytes);
  } catch (e) {
    throw corrupt(e);
  }
}
