/**
 * What kind of workbook a file holds, from its first bytes (never from its name: an .et is often an .xls inside,
 * and files get renamed). Cheap and parser-free, so that the .xlsx path loads nothing more than before.
 */

import { indexOfBytesFar } from '../xlsx/ooxml/bytes';

/**
 * `xlsx` (and .xlsm): our own reader. `xls`: an OLE compound file (.xls, .et, or an encrypted .xlsx). `ods`. SheetJS
 * reads the last two for us, and the model of an .xlsx that ExcelJS cannot load (open.ts: a file other programs
 * write, `x:` on every tag, cells without `r`).
 */
export type WorkbookFormat = 'xlsx' | 'xls' | 'ods';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// An OpenDocument package should store its `mimetype` entry first and uncompressed (ODF 1.2 part 3, §3.3), so
// the type reads as plain text right after the first local file header. Not every writer does: the zip's
// central directory, at the end, names `content.xml` where an .xlsx has `[Content_Types].xml`.
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
const TAIL = 65_536;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether `bytes[from..to)` holds the ASCII text `text`: searched in the bytes, nothing decoded. */
function holdsAscii(bytes: Uint8Array, from: number, to: number, text: string): boolean {
  const pattern = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
  return indexOfBytesFar(bytes.subarray(from, to), pattern, 0) !== -1;
}

/** The format of a workbook file, or undefined when the bytes are no workbook we read. */
export function workbookFormat(bytes: Uint8Array): WorkbookFormat | undefined {
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (holdsAscii(bytes, 30, 120, ODS_MIMETYPE)) return 'ods';
    const tail = Math.max(0, bytes.length - TAIL);
    return holdsAscii(bytes, tail, bytes.length, 'content.xml') && !holdsAscii(bytes, tail, bytes.length, '[Content_Types].xml') ? 'ods' : 'xlsx';
  }
  if (startsWith(bytes, OLE_MAGIC)) return 'xls';
  return undefined;
}

/** How the format is named to the accountant. */
export const FORMAT_NAMES: Readonly<Record<WorkbookFormat, string>> = {
  xlsx: '.xlsx 格式',
  xls: '.xls/.et 格式（Excel 97–2003 或 WPS 表格）',
  ods: '.ods 格式（OpenDocument）',
};

/** The file extensions a file picker and a folder search accept. */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.et', '.ods'] as const;
