/**
 * Reading an .xlsx straight into the engine's grid: the workbook's sheets in order with their visibility, each
 * sheet's values and formulas. It reads only what the grid holds (no styles beyond date formats, no drawings),
 * which makes it several times faster than loading the whole workbook model with ExcelJS: a 财政局 checking a
 * folder of workbooks spends its time here. A test holds it to the same grid as the ExcelJS reader.
 */
import { DefinedName, hiddenColumnsOf, SheetGrid, SheetState, sortMerges, usedColumnWidths, WorkbookGrid } from '../../../engine/grid/cell';
import { openPackage, Package, PackageError } from './package';
import { readSharedStringsBytes } from './sharedStrings';
import { readStyleFormats } from './styles';
import { readWorksheetBytes, SheetContext } from './worksheet';
import { attributes, decodeXml, element, elements } from './xml';

export { PackageError };

/** The package is an Office document of another kind (a Word .docx renamed .xlsx): its message says which. */
export class NotWorkbookError extends PackageError {}

const OTHER_DOCUMENTS: readonly { readonly type: RegExp; readonly path: RegExp; readonly name: string }[] = [
  { type: /wordprocessingml|ms-word/i, path: /^word\//i, name: 'Word 文档（.docx）' },
  { type: /presentationml|ms-powerpoint/i, path: /^ppt\//i, name: 'PowerPoint 演示文稿（.pptx）' },
  { type: /visio/i, path: /^visio\//i, name: 'Visio 绘图（.vsdx）' },
];
const SPREADSHEET_MAIN = /spreadsheetml|ms-excel/i;

/** The content type the package declares for a part (an Override by name, else a Default by extension). */
function contentTypeOf(contentTypes: string, part: string): string | undefined {
  const name = `/${part}`.toLowerCase();
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  let byExtension: string | undefined;
  for (const o of elements(contentTypes, 'Override')) {
    const a = attributes(o.attrs);
    if ((a.get('PartName') ?? '').toLowerCase() === name) return a.get('ContentType');
  }
  for (const d of elements(contentTypes, 'Default')) {
    const a = attributes(d.attrs);
    if ((a.get('Extension') ?? '').toLowerCase() === ext) byExtension = a.get('ContentType');
  }
  return byExtension;
}

/**
 * Refuses a package whose main document is not a workbook: a .docx or .pptx renamed .xlsx is a zip of the same
 * kind, and read as one it would be an empty workbook (no sheets, every table missing) rather than a wrong file.
 */
async function refuseOtherDocuments(pkg: Package, mainPath: string): Promise<void> {
  const type = contentTypeOf((await pkg.text('[Content_Types].xml')) ?? '', mainPath);
  if (type !== undefined && SPREADSHEET_MAIN.test(type)) return;
  const other = OTHER_DOCUMENTS.find((d) => (type !== undefined ? d.type.test(type) : d.path.test(mainPath)));
  if (other) {
    throw new NotWorkbookError(`这是一个 ${other.name}，不是工作簿（可能改了扩展名）：请选择部门决算的 .xlsx、.xls、.et 或 .ods 工作簿。`);
  }
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;
const SHARED_STRINGS = /\/sharedStrings$/;
const STYLES = /\/styles$/;

function denseFormulas(formulas: (string | null)[][] | undefined, height: number): (string | null)[][] | undefined {
  if (!formulas) return undefined;
  return Array.from({ length: Math.max(height, formulas.length) }, (_, r) => Array.from(formulas[r] ?? [], (f) => f ?? null));
}

/** The workbook-scoped defined names (a `localSheetId` makes a name the sheet's own: not one of our marks). */
function definedNames(workbookXml: string): DefinedName[] {
  const out: DefinedName[] = [];
  for (const n of elements(element(workbookXml, 'definedNames')?.body ?? '', 'definedName')) {
    const a = attributes(n.attrs);
    const name = a.get('name');
    if (name === undefined || a.has('localSheetId')) continue;
    out.push({ name, formula: decodeXml(n.body ?? '').trim() });
  }
  return out;
}

/** `opened`: the package already open (the web page reads it once for the grid and the sheets' looks). */
export async function readGrid(bytes: Uint8Array, opened?: Package): Promise<WorkbookGrid> {
  const pkg = opened ?? (await openPackage(bytes));
  const root = await pkg.relationships('');
  const workbookPath = [...root.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? 'xl/workbook.xml';
  await refuseOtherDocuments(pkg, workbookPath);
  const workbookXml = await pkg.text(workbookPath);
  if (workbookXml === undefined) throw new PackageError(`缺少 ${workbookPath}`);
  const rels = await pkg.relationships(workbookPath);
  const partOf = (type: RegExp) => [...rels.values()].find((r) => type.test(r.type))?.target;
  // The worksheets in the workbook's order (chart sheets and dialog sheets hold no cells), each part inflated one
  // ahead of the one being read (`ahead`): in the command line zlib inflates a large part on a thread of its own
  // while this one scans the part before (inflate.ts).
  const worksheets = elements(element(workbookXml, 'sheets')?.body ?? '', 'sheet').flatMap((s) => {
    const a = attributes(s.attrs);
    const rel = rels.get(a.get('id') ?? '');
    return rel && WORKSHEET.test(rel.type) ? [{ a, target: rel.target }] : [];
  });
  const ahead = new Prefetch((i: number) => pkg.bytes(worksheets[i]!.target), worksheets.length);
  try {
    const [sharedStrings, stylesXml] = await Promise.all([
      partOf(SHARED_STRINGS) ? pkg.bytes(partOf(SHARED_STRINGS)!) : undefined,
      partOf(STYLES) ? pkg.text(partOf(STYLES)!) : undefined,
    ]);
    const pr = element(workbookXml, 'workbookPr');
    const date1904 = pr !== undefined && ['1', 'true'].includes(attributes(pr.attrs).get('date1904') ?? '');
    const ctx: SheetContext = { sharedStrings: readSharedStringsBytes(sharedStrings), ...readStyleFormats(stylesXml), date1904 };
    const sheets: SheetGrid[] = [];
    for (const [i, { a }] of worksheets.entries()) sheets.push(sheetGrid(a, (await ahead.take(i)) ?? new Uint8Array(0), ctx));
    const names = definedNames(workbookXml);
    return names.length > 0 ? { sheets, names } : { sheets };
  } finally {
    // Not returned (nor thrown) while a part is still inflating: the bytes are lent (the command line reads its next
    // file over them).
    await ahead.settled();
  }
}

/** One worksheet's grid from its part's bytes (read from its bytes: a large sheet is never one string beside them). */
function sheetGrid(a: Map<string, string>, part: Uint8Array, ctx: SheetContext): SheetGrid {
  const { rows, formulas, uncalculated, merges, columnWidths, hiddenRows, displayScales, protected: locked } = readWorksheetBytes(part, ctx);
  // readWorksheetBytes writes the rows dense already: no second copy.
  const grid = rows;
  let used = 0;
  for (const r of grid) used = Math.max(used, r.length);
  const widths = usedColumnWidths(columnWidths, used);
  const state: SheetState = a.get('state') === 'hidden' || a.get('state') === 'veryHidden' ? (a.get('state') as SheetState) : 'visible';
  const f = denseFormulas(formulas, grid.length);
  return {
    name: a.get('name') ?? '',
    rows: grid,
    ...(f ? { formulas: f } : {}),
    state,
    ...(uncalculated.length > 0 ? { uncalculated } : {}),
    merges: sortMerges(merges),
    ...(widths ? { columnWidths: widths } : {}),
    ...hiddenColumnsOf(widths),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(displayScales ? { displayScales } : {}),
    ...(locked ? { protected: true } : {}),
  };
}

/**
 * Parts fetched one ahead of the one taken: at most two inflated at once (all of a 200,000-row workbook's sheets
 * held together would raise its peak memory by their size). A fetch's failure is the taker's, never unhandled.
 */
class Prefetch<T> {
  private readonly pending = new Map<number, Promise<T>>();
  private readonly started: Promise<unknown>[] = [];

  constructor(
    private readonly fetch: (i: number) => Promise<T>,
    private readonly count: number,
  ) {
    this.start(0);
  }

  private start(i: number): void {
    if (i >= this.count || this.pending.has(i)) return;
    const p = this.fetch(i);
    p.catch(() => undefined);
    this.pending.set(i, p);
    this.started.push(p);
  }

  take(i: number): Promise<T> {
    this.start(i);
    this.start(i + 1);
    const p = this.pending.get(i)!;
    this.pending.delete(i);
    return p;
  }

  async settled(): Promise<void> {
    await Promise.allSettled(this.started);
  }
}
