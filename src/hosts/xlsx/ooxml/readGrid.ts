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
  const [sharedStrings, stylesXml] = await Promise.all([
    partOf(SHARED_STRINGS) ? pkg.bytes(partOf(SHARED_STRINGS)!) : undefined,
    partOf(STYLES) ? pkg.text(partOf(STYLES)!) : undefined,
  ]);
  const pr = element(workbookXml, 'workbookPr');
  const date1904 = pr !== undefined && ['1', 'true'].includes(attributes(pr.attrs).get('date1904') ?? '');
  const ctx: SheetContext = { sharedStrings: readSharedStringsBytes(sharedStrings), ...readStyleFormats(stylesXml), date1904 };

  const sheets: SheetGrid[] = [];
  for (const s of elements(element(workbookXml, 'sheets')?.body ?? '', 'sheet')) {
    const a = attributes(s.attrs);
    const rel = rels.get(a.get('id') ?? '');
    // Chart sheets and dialog sheets hold no cells.
    if (!rel || !WORKSHEET.test(rel.type)) continue;
    // Read from its bytes: a large sheet is never one string beside them.
    const part = (await pkg.bytes(rel.target)) ?? new Uint8Array(0);
    const { rows, formulas, uncalculated, merges, columnWidths, hiddenRows, displayScales, protected: locked } = readWorksheetBytes(part, ctx);
    // readWorksheetBytes writes the rows dense already: no second copy.
    const grid = rows;
    let used = 0;
    for (const r of grid) used = Math.max(used, r.length);
    const widths = usedColumnWidths(columnWidths, used);
    const state: SheetState = a.get('state') === 'hidden' || a.get('state') === 'veryHidden' ? (a.get('state') as SheetState) : 'visible';
    const f = denseFormulas(formulas, grid.length);
    sheets.push({
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
    });
  }
  const names = definedNames(workbookXml);
  return names.length > 0 ? { sheets, names } : { sheets };
}
