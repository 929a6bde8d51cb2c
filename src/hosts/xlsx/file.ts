/**
 * An .xlsx file's bytes to the engine's grid, with our own reader (ooxml/) and without ExcelJS: checking a
 * folder of workbooks never loads the workbook model, so neither does this module.
 */
import type { WorkbookGrid } from '../../engine/grid/cell';
import { NotWorkbookError, readGrid } from './ooxml/readGrid';
import { openPackage, Package } from './ooxml/package';
import { entryText } from './ooxml/zip';

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

/** The bytes of an .xlsx, or the error that says what the file is instead. */
export function xlsxBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new XlsxReadError('encrypted', '文件已加密（设置了打开密码），或是旧的 .xls 格式：请在 Excel 中取消密码或另存为 .xlsx 后再试。');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new XlsxReadError('not-xlsx', '不是 .xlsx 文件：请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”后再试。');
  }
  return bytes;
}

export function corrupt(e: unknown): XlsxReadError {
  const detail = e instanceof Error ? e.message : String(e);
  return new XlsxReadError('corrupt', `文件已损坏，无法读取（${detail}）：请在 Excel 中打开并重新保存后再试。`);
}

/**
 * The grid of an .xlsx file, read directly from its XML (ooxml/): faster than `workbookToGrid(await
 * loadXlsx(…))`, and it keeps what ExcelJS loses (a cached formula result of 0; a formula never calculated).
 */
export async function readXlsx(data: ArrayBuffer | Uint8Array, opened?: Package): Promise<WorkbookGrid> {
  const bytes = xlsxBytes(data);
  try {
    return await readGrid(bytes, opened);
  } catch (e) {
    if (e instanceof NotWorkbookError) throw new XlsxReadError('not-xlsx', e.message);
    throw corrupt(e);
  }
}

/**
 * An .xlsx's package for several readers, each part inflated once however many ask for it: the web page reads
 * the grid and the sheets' looks (appearance.ts) from the same parts, and in a browser each inflation costs.
 */
export async function openXlsxOnce(data: ArrayBuffer | Uint8Array): Promise<Package> {
  const bytes = xlsxBytes(data);
  let pkg: Package;
  try {
    pkg = await openPackage(bytes);
  } catch (e) {
    throw corrupt(e);
  }
  const parts = new Map<string, ReturnType<Package['bytes']>>();
  const texts = new Map<string, ReturnType<Package['text']>>();
  const rels = new Map<string, ReturnType<Package['relationships']>>();
  const once = <T>(cache: Map<string, T>, path: string, read: () => T): T => {
    let v = cache.get(path);
    if (v === undefined) cache.set(path, (v = read()));
    return v;
  };
  // The grid reads a sheet's bytes, the looks its text: both from the one inflation.
  const partBytes = (path: string) => once(parts, path, () => pkg.bytes(path));
  return {
    bytes: partBytes,
    text: (path) => once(texts, path, () => partBytes(path).then((b) => (b === undefined ? undefined : entryText(b)))),
    relationships: (path) => once(rels, path, () => pkg.relationships(path)),
  };
}
