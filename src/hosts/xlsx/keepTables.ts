/**
 * Tables (列表, `xl/tables/*.xml`): ExcelJS loads and writes them, but from its own model: it wrote a table with a
 * header row as having none (`headerRowCount="0"`), hid every filter button, and dropped each column's formula
 * (`calculatedColumnFormula`) and the formats of new rows. The file's own part is put back over what it wrote, matched
 * by sheet and table name, when the table is where it was: the same range and each header cell still its column's
 * name. The formats a table refers to (`…DxfId`) are the file's, added to the written styles and renumbered.
 * The part put back takes the `id` ExcelJS gave the table: ExcelJS numbers the tables 1, 2, … as it writes them, and
 * the file's own id may be another table's there (two tables of one id, Excel repairs the file).
 * A table the plan changed under it, or one ExcelJS did not write, is said.
 */
import type ExcelJS from 'exceljs';
import type { Package } from './ooxml/package';
import { attribute, decodeXml } from './ooxml/xml';
import { rootOf, standalone } from './ooxml/children';
import type { Changes } from './keepParts';

const TABLE = /\/table$/;
const STYLES = /\/styles$/;
const OFFICE_DOCUMENT = /\/officeDocument$/;
const DXF_ID = /(\s\w*DxfId\s*=\s*")(\d+)(")/g;

interface TableKept {
  readonly sheet: string;
  readonly name: string;
  readonly xml: string;
}

export interface TablesKept {
  readonly tables: readonly TableKept[];
  /** The file's differential formats (`<dxf>`), each standing on its own: a table's `…DxfId` is a place here. */
  readonly dxfs: readonly string[];
}

const tagOf = (xml: string) => rootOf(xml).startTag;
const nameOf = (xml: string) => attribute(tagOf(xml), 'displayName') ?? attribute(tagOf(xml), 'name') ?? '';

async function stylesPath(pkg: Package): Promise<string | undefined> {
  const root = await pkg.relationships('');
  const workbook = [...root.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? 'xl/workbook.xml';
  return [...(await pkg.relationships(workbook)).values()].find((r) => STYLES.test(r.type))?.target;
}

function dxfsOf(styles: string): string[] {
  const root = rootOf(styles);
  const c = root.children.find((x) => x.name === 'dxfs');
  if (!c) return [];
  const text = styles.slice(c.start, c.end);
  if (text.endsWith('/>') && !text.includes('</')) return [];
  return rootOf(text).children.map((d) => standalone(text.slice(d.start, d.end), root.startTag));
}

async function tablesOf(pkg: Package, sheetPath: string): Promise<{ path: string; xml: string }[]> {
  const out: { path: string; xml: string }[] = [];
  for (const rel of (await pkg.relationships(sheetPath)).values()) {
    if (!TABLE.test(rel.type)) continue;
    const xml = await pkg.text(rel.target);
    if (xml !== undefined) out.push({ path: rel.target, xml });
  }
  return out;
}

export async function tablesKept(pkg: Package, sheets: readonly { name: string; path: string }[]): Promise<TablesKept> {
  const tables: TableKept[] = [];
  for (const sheet of sheets) for (const t of await tablesOf(pkg, sheet.path)) tables.push({ sheet: sheet.name, name: nameOf(t.xml), xml: t.xml });
  if (tables.length === 0) return { tables, dxfs: [] };
  const styles = await stylesPath(pkg);
  const stylesXml = styles && (await pkg.text(styles));
  return { tables, dxfs: stylesXml ? dxfsOf(stylesXml) : [] };
}

/** Whether the table's header cells in the workbook written still hold its columns' names. */
function headersHold(ws: ExcelJS.Worksheet, xml: string): boolean {
  const tag = tagOf(xml);
  if (attribute(tag, 'headerRowCount') === '0') return true;
  const ref = attribute(tag, 'ref') ?? '';
  const first = ref.split(':')[0] ?? '';
  const names = [...xml.matchAll(/<tableColumn\s[^>]*?\bname\s*=\s*"([^"]*)"/g)].map((m) => decodeXml(m[1]!));
  const start = ws.getCell(first);
  return names.every((name, i) => {
    const cell = ws.getCell(Number(start.row), Number(start.col) + i);
    return cell.text.replace(/_x000a_/gi, '\n') === name.replace(/_x000a_/gi, '\n');
  });
}

/** The written styles with the file's formats the table uses added to their `<dxfs>`; the table renumbered for them. */
async function withFormats(table: string, kept: TablesKept, styles: string | undefined, changes: Changes): Promise<string | undefined> {
  const used = [...new Set([...table.matchAll(DXF_ID)].map((m) => Number(m[2])))];
  if (used.length === 0) return table;
  if (!styles || used.some((i) => kept.dxfs[i] === undefined)) return undefined;
  const xml = (await changes.text(styles)) ?? '';
  const root = rootOf(xml);
  const c = root.children.find((x) => x.name === 'dxfs');
  const written = c ? dxfsOf(xml) : [];
  const place = new Map(used.map((i, k) => [i, written.length + k] as const));
  const all = [...written, ...used.map((i) => kept.dxfs[i]!)];
  const dxfs = `<dxfs count="${all.length}">${all.join('')}</dxfs>`;
  if (!c) return undefined;
  changes.parts.set(styles, xml.slice(0, c.start) + dxfs + xml.slice(c.end));
  return table.replace(DXF_ID, (_m, head: string, id: string, tail: string) => `${head}${place.get(Number(id))}${tail}`);
}

/** The table part with the `id` of the table ExcelJS wrote (`written`). */
function withIdOf(table: string, written: string): string {
  const id = attribute(tagOf(written), 'id');
  const tag = tagOf(table);
  if (id === undefined) return table;
  const at = table.indexOf(tag);
  return table.slice(0, at) + tag.replace(/(\sid\s*=\s*)(["'])[^"']*\2/, `$1"${id}"`) + table.slice(at + tag.length);
}

/** Puts the file's tables back over ExcelJS's; what could not be, said. */
export async function tablesPutBack(
  wb: ExcelJS.Workbook,
  pkg: Package,
  sheets: readonly { name: string; path: string }[],
  kept: TablesKept,
  changes: Changes,
): Promise<string[]> {
  const lost: string[] = [];
  const styles = await stylesPath(pkg);
  const written = new Map<string, { path: string; xml: string }>();
  for (const sheet of sheets) for (const t of await tablesOf(pkg, sheet.path)) written.set(`${sheet.name}\u0000${nameOf(t.xml)}`, t);
  for (const table of kept.tables) {
    const ws = wb.getWorksheet(table.sheet);
    // Its sheet deleted by the plan: the table goes with it.
    if (!ws) continue;
    const theirs = written.get(`${table.sheet}\u0000${table.name}`);
    const what = `工作表“${table.sheet}”中的表格“${table.name}”`;
    if (!theirs) {
      lost.push(`${what}未能写入结果文件。`);
      continue;
    }
    const sameRange = attribute(tagOf(theirs.xml), 'ref') === attribute(tagOf(table.xml), 'ref');
    const own = sameRange && headersHold(ws, table.xml) ? await withFormats(table.xml, kept, styles, changes) : undefined;
    if (own === undefined) {
      lost.push(`${what}的范围或标题行已改变，其设置（标题行、筛选按钮、计算列）未能原样保留，请在 Excel 中检查。`);
      continue;
    }
    changes.parts.set(theirs.path, withIdOf(own, theirs.xml));
  }
  return lost;
}
