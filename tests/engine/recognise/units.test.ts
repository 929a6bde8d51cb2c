/**
 * A workbook holding the tables of two units (a 部门's and its 本级's, each on sheets of its own): one unit's tables
 * are read, never a mix of both, and the accountant is told which.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import type { SheetGrid, WorkbookGrid } from '../../../src/engine/grid/cell';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { explanationPart } from '../../../src/engine/narrative/document';
import { plain } from '../../../src/engine/narrative/fragment';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

const DEPARTMENT = '新疆昌吉州政务服务和公共资源交易管理局';
const department = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
const tableSheets = department.sheets.filter((s) => !s.name.includes('自评'));

/** The 本级's copy of a sheet: its 部门 line names `…本级`, its figures (below the header) are half the 部门's. */
function ofBenji(s: SheetGrid): SheetGrid {
  const rows = s.rows.map((r, i) => r.map((v) => (typeof v === 'string' && v.startsWith('部门：') ? `${v}本级` : typeof v === 'number' && i > 4 && !Number.isInteger(v) ? Math.round(v * 50) / 100 : v)));
  return { ...s, name: `${s.name}(本级)`, rows };
}
const benji = tableSheets.map(ofBenji);

const sheetsRead = (g: WorkbookGrid) => Object.values(recognise(g).tables).map((t) => t.sheet);
const summary = (g: WorkbookGrid) => {
  const doc = generateNarrative(recognise(g), parseSupplementJson(changji2022Supplement).supplement, xinjiang);
  const s = explanationPart(doc).sections.find((x) => x.number === '一')!;
  return s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text)).join('\n');
};

describe('two units’ tables in one workbook', () => {
  it('reads the 部门’s tables (the unit the 本级 extends), with the 本级’s first, and says each it left', () => {
    const g: WorkbookGrid = { sheets: [...benji, ...department.sheets] };
    const rec = recognise(g);
    expect(sheetsRead(g)).toEqual(tableSheets.map((s) => s.name));
    const notices = rec.problems.filter((p) => p.kind === 'other-unit');
    expect(notices.map((p) => p.sheet)).toEqual(benji.map((s) => s.name));
    expect(notices[0]!.message).toContain(`已读取“${DEPARTMENT}”的表`);
    expect(notices[0]!.message).toContain(`“${DEPARTMENT}本级”（9张）`);
    expect(summary(g)).toContain('收入总计1,488.29万元');
  });

  it('never reads one table of one unit and the rest of the other (the 本级’s table 01 first: 占本年支出合计的183.22%)', () => {
    const g: WorkbookGrid = { sheets: [benji[0]!, ...department.sheets, ...benji.slice(1)] };
    expect(sheetsRead(g)).toEqual(tableSheets.map((s) => s.name));
  });

  it('reads the unit the cover names', () => {
    const cover: SheetGrid = { name: '封面', rows: [[`${DEPARTMENT}本级2022年度部门决算`]] };
    const g: WorkbookGrid = { sheets: [cover, ...department.sheets, ...benji] };
    expect(sheetsRead(g)).toEqual(benji.map((s) => s.name));
  });

  it('takes a 部门 line spelt another way on one table for no second unit: every table read, nothing said', () => {
    const respelt = department.sheets.map((s, i) =>
      i !== 0 ? s : { ...s, rows: s.rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('部门：') ? '部门：昌吉州政务服务和公共资源交易管理局' : v))) },
    );
    const rec = recognise({ sheets: respelt });
    expect(rec.problems.filter((p) => p.kind === 'other-unit')).toEqual([]);
    expect(Object.keys(rec.tables)).toHaveLength(9);
  });
});
