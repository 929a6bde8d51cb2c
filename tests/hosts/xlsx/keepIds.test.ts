/**
 * The ids the parts put back (keep.ts, keepTables.ts, keepWorkbook.ts) point with, after ExcelJS renumbered what it
 * wrote: a custom view's active sheet (`activeSheetId`, a `sheetId`) and a table's `id`. ExcelJS keeps a sheet's
 * `sheetId` but gives a sheet it adds the first free one (a sheet the plan deleted frees its own), and numbers the
 * tables 1, 2, … in the order it writes them. Built in the test: a small workbook edited with JSZip.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadXlsx } from '../../../src/hosts/xlsx/read';
import { applyPlan, writeXlsxSaying } from '../../../src/hosts/xlsx/apply';
import { packageProblems } from '../../support/packageProblems';

const TABLE_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const TABLE_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const table = (id: number, name: string, header: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  `id="${id}" name="${name}" displayName="${name}" ref="A1:B2" totalsRowShown="0"><autoFilter ref="A1:B2"/>` +
  `<tableColumns count="2"><tableColumn id="1" name="${header}"/><tableColumn id="2" name="金额"/></tableColumns>` +
  '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
const view = (name: string, guid: string, active: number) =>
  `<customWorkbookView name="${name}" guid="${guid}" maximized="1" windowWidth="1920" windowHeight="1000" activeSheetId="${active}"/>`;

const text = (zip: JSZip, path: string) => zip.file(path)!.async('string');

/**
 * 收入 (sheetId 1, table 收入表 of id 2), 支出 (sheetId 2, table 支出表 of id 1), and the add-in's 检查结果 (sheetId 3);
 * two custom views: 看支出 (active sheet 支出) and 看结果 (active sheet 检查结果).
 */
async function accountants(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, header] of [['收入', '收入项目'], ['支出', '支出项目']] as const) {
    const ws = wb.addWorksheet(name);
    ws.getRow(1).values = [header, '金额'];
    ws.getRow(2).values = ['甲', 1];
  }
  wb.addWorksheet('检查结果').getCell('A1').value = '检查结果';
  wb.definedNames.add("'检查结果'!$A$1", '_juesuan_results');
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const tables: [string, number, string, string][] = [
    ['sheet1.xml', 2, '收入表', '收入项目'],
    ['sheet2.xml', 1, '支出表', '支出项目'],
  ];
  let types = await text(zip, '[Content_Types].xml');
  for (const [sheet, id, name, header] of tables) {
    zip.file(`xl/tables/table${id}.xml`, table(id, name, header));
    zip.file(
      `xl/worksheets/_rels/${sheet}.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${TABLE_TYPE}" Target="../tables/table${id}.xml"/></Relationships>`,
    );
    zip.file(`xl/worksheets/${sheet}`, (await text(zip, `xl/worksheets/${sheet}`)).replace('</worksheet>', '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>'));
    types = types.replace('</Types>', `<Override PartName="/xl/tables/table${id}.xml" ContentType="${TABLE_CONTENT}"/></Types>`);
  }
  zip.file('[Content_Types].xml', types);
  const workbook = await text(zip, 'xl/workbook.xml');
  expect(sheetIds(workbook)).toEqual(new Map([['收入', 1], ['支出', 2], ['检查结果', 3]]));
  const views = `<customWorkbookViews>${view('看支出', '{00000000-0000-0000-0000-000000000001}', 2)}${view('看结果', '{00000000-0000-0000-0000-000000000002}', 3)}</customWorkbookViews>`;
  zip.file('xl/workbook.xml', workbook.replace('</workbook>', `${views}</workbook>`));
  return zip.generateAsync({ type: 'uint8array' });
}

/** Each sheet's `sheetId` in the package, by name. */
const idsOf = (workbook: string, element: string, id: string) =>
  new Map([...workbook.matchAll(new RegExp(`<${element}\\s[^>]*>`, 'g'))].map((m) => [/\sname="([^"]+)"/.exec(m[0])![1]!, Number(new RegExp(`\\s${id}="(\\d+)"`).exec(m[0])![1])]));
function sheetIds(workbook: string): Map<string, number> {
  return idsOf(workbook, 'sheet', 'sheetId');
}
const activeIds = (workbook: string) => idsOf(workbook, 'customWorkbookView', 'activeSheetId');

async function written(ops: Parameters<typeof applyPlan>[1]['ops'], edit?: (wb: ExcelJS.Workbook) => void) {
  const wb = await loadXlsx(await accountants());
  applyPlan(wb, { ops, summary: [] });
  edit?.(wb);
  const { bytes, lost } = await writeXlsxSaying(wb);
  const zip = await JSZip.loadAsync(bytes);
  const tables = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/tables\/[^/]+\.xml$/.test(f)).map((f) => text(zip, f)));
  return { bytes, lost, workbook: await text(zip, 'xl/workbook.xml'), tables };
}

describe('ids put back point where they pointed', () => {
  it('a custom view whose active sheet the plan deleted, and a sheet added in its place, taking its sheetId: the view shows a sheet still there, and says so', async () => {
    const { workbook, lost, bytes } = await written([
      { op: 'deleteSheet', sheet: '检查结果' },
      { op: 'ensureSheet', sheet: '公开说明' },
      { op: 'markSheet', sheet: '公开说明', role: 'narrative' },
    ]);
    const ids = sheetIds(workbook);
    const active = activeIds(workbook);
    // 看支出 still shows 支出.
    expect(active.get('看支出')).toBe(ids.get('支出'));
    // 看结果's sheet is gone: not the sheet that took its number, but the first sheet, said.
    expect([...ids.values()]).toContain(active.get('看结果'));
    expect(active.get('看结果')).toBe(ids.get('收入'));
    expect(lost).toContain('自定义视图“看结果”原来显示的工作表“检查结果”已删除，改为显示工作表“收入”。');
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it('a custom view whose active sheet the plan deleted: it shows a sheet still there, and says so', async () => {
    const { workbook, lost, bytes } = await written([{ op: 'deleteSheet', sheet: '检查结果' }]);
    expect(activeIds(workbook).get('看结果')).toBe(sheetIds(workbook).get('收入'));
    expect(lost).toContain('自定义视图“看结果”原来显示的工作表“检查结果”已删除，改为显示工作表“收入”。');
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it('a custom view whose sheet keeps its place: as it was, nothing said', async () => {
    const { workbook, lost } = await written([{ op: 'ensureSheet', sheet: '公开说明' }]);
    const ids = sheetIds(workbook);
    expect(activeIds(workbook)).toEqual(new Map([['看支出', ids.get('支出')], ['看结果', ids.get('检查结果')]]));
    expect(lost.filter((l) => l.includes('自定义视图'))).toEqual([]);
  });

  it('tables: each id once, the file’s put back beside one ExcelJS wrote (its header typed over)', async () => {
    const { tables, lost, bytes } = await written([], (wb) => (wb.getWorksheet('支出')!.getCell('A1').value = '支出项目（改）'));
    expect(lost).toEqual(expect.arrayContaining([expect.stringContaining('表格“支出表”的范围或标题行已改变')]));
    // 收入表 is the file's part (its column names), 支出表 ExcelJS's.
    expect(tables.some((t) => t.includes('displayName="收入表"') && t.includes('name="收入项目"'))).toBe(true);
    const ids = tables.map((t) => Number(/<table [^>]*?\sid="(\d+)"/.exec(t)![1]));
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(await packageProblems(bytes)).toEqual([]);
  });
});
