/**
 * Parsing .xls, .et and .ods files with SheetJS Community Edition (`@e965/xlsx`, Apache-2.0), loaded only for them:
 * the bytes to SheetJS's workbook (dense sheets, formulas, number formats), which legacy.ts turns into the grid.
 *
 * An .et (WPS 表格) file is an OLE compound file holding a BIFF8 `Workbook` stream, as an .xls does; WPS adds
 * records of its own that the parser skips. It is read as an .xls: by its bytes, never by its name.
 *
 * SheetJS parses synchronously, and some damaged files make it loop for ever: where that must not freeze the
 * program, this runs on a worker that a deadline can end (parseThread.ts).
 */
import { read, CFB, utils } from '@e965/xlsx';
import type { ColInfo, RowInfo, WorkBook, WorkSheet } from '@e965/xlsx';
import { XlsxReadError } from '../xlsx/file';
import { indexOfBytesFar } from '../xlsx/ooxml/bytes';
import type { WorkbookFormat } from './kind';
import { damaged, encrypted } from './legacyErrors';
import type { ParseAnswer, ParseRequest } from './parseThread';

/** What SheetJS's CFB reader (typed `any` by the package) gives us: the streams of a compound file. */
interface CompoundFile {
  readonly FullPaths: readonly string[];
}
const cfb = CFB as {
  read(data: Uint8Array, options: { type: 'array' }): CompoundFile;
  find(file: CompoundFile, path: string): { readonly content?: Uint8Array } | null;
};

const UTF16_ENCRYPTED = new Uint8Array([...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]));

/** An OLE file that is a workbook (a Workbook or Book stream), not a Word or PowerPoint file, nor encrypted. */
function checkCompoundFile(bytes: Uint8Array): void {
  // An .xlsx with an open password is an OLE file holding the EncryptedPackage stream.
  if (indexOfBytesFar(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), UTF16_ENCRYPTED, 0) !== -1) throw encrypted();
  let paths: readonly string[];
  try {
    paths = cfb.read(bytes, { type: 'array' }).FullPaths;
  } catch (e) {
    throw damaged('xls', e instanceof Error ? e.message : String(e));
  }
  if (paths.some((p) => /\/EncryptedPackage$/.test(p))) throw encrypted();
  if (!paths.some((p) => /\/(Workbook|Book)$/i.test(p))) {
    throw new XlsxReadError('not-xlsx', '这是一个 Office 文件，但不是工作簿（可能是 Word 或 PowerPoint 文件）：请打开 .xlsx、.xls、.et 或 .ods 工作簿。');
  }
}

/** The parsed workbook: dense sheets, formulas, number formats (dates), no styles. Throws XlsxReadError. */
export function parseLegacy(data: Uint8Array, format: WorkbookFormat): WorkBook {
  // SheetJS takes a Node Buffer down other paths than a plain Uint8Array (a worker receives the latter): the same
  // bytes parse the same, and fail with the same message, wherever they come from.
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (format === 'xls') checkCompoundFile(bytes);
  // SheetJS reports number formats it cannot translate on console.error; they concern display only.
  const report = console.error;
  console.error = () => undefined;
  try {
    const book = read(bytes, { type: 'array', dense: true, cellFormula: true, cellNF: true, cellText: format === 'ods', cellDates: false, cellStyles: true, WTF: false });
    if (format === 'ods') markOdsHidden(bytes, book);
    return book;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(detail)) throw encrypted();
    throw damaged(format, detail);
  } finally {
    console.error = report;
  }
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : XML_ENTITIES[e]!,
  );
}

/**
 * The hidden rows and columns of an .ods (`table:visibility="collapse"`, or `"filter"` under an AutoFilter), which
 * SheetJS does not read from one: set on its sheets as it sets them for an .xls (`!rows`, `!cols`), for legacy.ts to
 * read the same grid as from the .xlsx. Unread, a hidden column holding last year's figures beside this year's was
 * taken for this year's (table 05's 合计 1,227.11 万元 for 1,363.45 in the text and the .docx), and hidden rows printed.
 */
function markOdsHidden(bytes: Uint8Array, book: WorkBook): void {
  let xml: string;
  try {
    const content = cfb.find(cfb.read(bytes, { type: 'array' }), 'content.xml')?.content;
    if (!content) return;
    xml = new TextDecoder().decode(content);
  } catch {
    return;
  }
  let sheet: WorkSheet | undefined;
  let last = { row: 0, col: 0 };
  let row = 0;
  let col = 0;
  for (const m of xml.matchAll(/<table:(table|table-column|table-row)(?=[\s/>])([^>]*)>|<\/table:table>/g)) {
    if (m[1] === undefined) {
      sheet = undefined;
      continue;
    }
    const attrs = m[2] ?? '';
    if (m[1] === 'table') {
      const name = /\btable:name="([^"]*)"/.exec(attrs)?.[1];
      sheet = name === undefined ? undefined : book.Sheets[xmlText(name)];
      const range = sheet?.['!ref'] ? utils.decode_range(sheet['!ref']) : undefined;
      last = { row: range?.e.r ?? -1, col: range?.e.c ?? -1 };
      row = 0;
      col = 0;
      continue;
    }
    if (!sheet) continue;
    const repeated = Number(/\btable:number-(?:rows|columns)-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
    const hidden = /\btable:visibility="(?:collapse|filter)"/.test(attrs);
    if (m[1] === 'table-column') {
      if (hidden) {
        const cols: ColInfo[] = (sheet['!cols'] ??= []);
        for (let c = col; c < col + repeated && c <= last.col; c++) cols[c] = { ...cols[c], hidden: true };
      }
      col += repeated;
    } else {
      if (hidden) {
        const rows: RowInfo[] = (sheet['!rows'] ??= []);
        for (let r = row; r < row + repeated && r <= last.row; r++) rows[r] = { ...rows[r], hidden: true };
      }
      row += repeated;
    }
  }
}

/** What a worker answers (parseThread.ts): the workbook, or the refusal that parsing in this thread would throw. */
export function parseAnswer({ bytes, format }: ParseRequest): ParseAnswer {
  try {
    return { book: parseLegacy(bytes, format) };
  } catch (e) {
    if (e instanceof XlsxReadError) return { refused: { reason: e.reason, message: e.message } };
    throw e;
  }
}
