/**
 * What kind of workbook a file holds, from its first bytes (never from its name: an .et is often an .xls inside,
 * and files get renamed). Cheap and parser-free, so that the .xlsx path loads nothing more than before.
 */

import { indexOfBytesFar } from '../xlsx/ooxml/bytes';
import { directoryStart } from '../xlsx/ooxml/zipEnd';

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

/** The bytes of an ASCII text. */
function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

// Encoded once: made at each call, `Uint8Array.from` over a string with a mapping function cost ≈ 20 µs a text, two of
// them in every check.
const ODS_MIMETYPE_BYTES = ascii(ODS_MIMETYPE);
const CONTENT_XML = ascii('content.xml');
const CONTENT_TYPES_XML = ascii('[Content_Types].xml');

/** Whether `bytes[from..to)` holds the ASCII text `pattern`: searched in the bytes, nothing decoded. */
function holdsAscii(bytes: Uint8Array, from: number, to: number, pattern: Uint8Array): boolean {
  return indexOfBytesFar(bytes.subarray(from, to), pattern, 0) !== -1;
}

/** The format of a workbook file, or undefined when the bytes are no workbook we read. */
export function workbookFormat(bytes: Uint8Array): WorkbookFormat | undefined {
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (holdsAscii(bytes, 30, 120, ODS_MIMETYPE_BYTES)) return 'ods';
    // Searched from the central directory (the parts' names, a few KB) where the end record says where it starts, not
    // through the whole last 64 KB: there the search hopped over some 260 places of `c` in the compressed parts, one
    // indexOf each, ≈ 110 µs of a department-sized check (1% of it) for names that only the directory holds.
    const directory = directoryStart(bytes);
    const tail = Math.max(0, bytes.length - TAIL, directory);
    return holdsAscii(bytes, tail, bytes.length, CONTENT_XML) && !holdsAscii(bytes, tail, bytes.length, CONTENT_TYPES_XML) ? 'ods' : 'xlsx';
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
