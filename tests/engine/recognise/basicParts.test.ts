/**
 * Table 06 with its 公用经费 part printed on a sheet of its own at the end of the workbook, its 人员经费 part on the
 * table's sheet: read as one table where the part is marked as the table's (the same title, 续, or （公用经费）) and holds
 * only what the table lacks, in the same unit. Set aside before (a copy of the table, or a continuation with nothing
 * above it), §六 and §十 asked for 公用经费 by hand; an untitled part was not even said.
 */
import { recognise, Recognition } from '../../../src/engine/recognise/recognise';
import { figureOf } from '../../../src/engine/tables/model';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { plain } from '../../../src/engine/narrative/fragment';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { toA1 } from '../../../src/engine/grid/address';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, expectedFigures, GeneratedWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { SplitOptions, withBasicSplit } from '../../../fixtures/splitBasic';

const BASIC = '一般公共预算财政拨款基本支出决算表';

function split(options: SplitOptions): GeneratedWorkbook {
  return withBasicSplit(buildWorkbook(changji2022, standardPlan(changji2022)), options);
}

/** Table 06's figures written and not read where they were written. */
function mismatches(book: GeneratedWorkbook, rec: Recognition): string[] {
  const out: string[] = [];
  for (const e of expectedFigures(book).filter((x) => x.table === 'generalBudgetBasic')) {
    const f = rec.tables.generalBudgetBasic?.rows.find((r) => r.key === e.row && r.block === e.block)?.figures[e.column];
    const where = `${e.block}/${e.row}/${e.column} at ${e.sheet}!${toA1(e.cellRow, e.cellCol)}`;
    if (!f) out.push(`${where}: not read`);
    else if (f.cell.sheet !== e.sheet || f.cell.row !== e.cellRow || f.cell.col !== e.cellCol) out.push(`${where}: read at ${f.cell.sheet}!${toA1(f.cell.row, f.cell.col)}`);
    else if (f.fen !== e.fen) out.push(`${where}: read ${f.fen}`);
  }
  return out;
}

function sectionText(g: WorkbookGrid, number: string): string {
  const doc = generateNarrative(recognise(g), parseSupplementJson(changji2022Supplement).supplement, xinjiang);
  const part = doc.parts.find((p) => p.sections.some((s) => s.number === number && s.title.includes('说明')))!;
  return part.sections.find((s) => s.number === number)!.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : '')).join('\n');
}

describe('table 06 with its 公用经费 part on a sheet of its own', () => {
  it.each([
    ['the same title', BASIC],
    ['the title marked 续', `${BASIC}（续）`],
    ['续表 in front of the title', `续表：${BASIC}`],
    ['the title naming the part', `${BASIC}（公用经费）`],
  ])('reads both parts as one table under %s, every figure at its cell', (_how, title) => {
    const book = split({ title });
    const rec = recognise(toGrid(book));
    expect(rec.missing).toEqual([]);
    expect(rec.problems).toEqual([]);
    expect(mismatches(book, rec)).toEqual([]);
    const table = rec.tables.generalBudgetBasic!;
    expect(table.sheet).toBe(BASIC);
    expect([figureOf(table, 'personnelTotal', 'amount')?.fen, figureOf(table, 'publicTotal', 'amount')?.fen]).toEqual([577_840_000, 67_390_000]);
    // The part's cells are table cells, no explanation text.
    expect(rec.setAside).toContainEqual(expect.objectContaining({ sheet: '公用经费', top: 0 }));
  });

  it('states 公用经费 in §六 as from one sheet', () => {
    expect(sectionText(toGrid(split({ title: `${BASIC}（续）` })), '六')).toContain('公用经费67.39万元');
  });

  it('reads the parts the other way round: the 公用经费 part on the first sheet', () => {
    const book = split({ title: BASIC, publicFirst: true });
    const rec = recognise(toGrid(book));
    expect(rec.problems).toEqual([]);
    expect(mismatches(book, rec)).toEqual([]);
    expect(rec.tables.generalBudgetBasic!.sheet).toBe(BASIC);
  });

  it('does not join a part in another unit: the part is said, with what to do', () => {
    const rec = recognise(toGrid(split({ title: `${BASIC}（续）`, unit: '单位：元' })));
    expect(figureOf(rec.tables.generalBudgetBasic!, 'publicTotal', 'amount')).toBeUndefined();
    const said = rec.problems.filter((p) => p.kind === 'orphan-continuation').map((p) => p.message);
    expect(said).toEqual([expect.stringContaining('请把它放在原表的右侧（同一张工作表），或使它只有原表缺少的那部分（人员经费或公用经费），单位与原表相同')]);
  });

  it('does not join a part on a hidden sheet (a draft, last year’s)', () => {
    const book = split({ title: BASIC });
    const g = toGrid({ ...book, states: new Map([['公用经费', 'hidden' as const]]) });
    const rec = recognise(g);
    expect(figureOf(rec.tables.generalBudgetBasic!, 'publicTotal', 'amount')).toBeUndefined();
    expect(rec.problems.map((p) => p.kind)).toEqual(['duplicate-table']);
  });

  it('does not join a copy of the whole table: one copy is said as ever', () => {
    const book = buildWorkbook(changji2022, [...standardPlan(changji2022), { name: '副本', tables: ['generalBudgetBasic'] }]);
    const rec = recognise(toGrid(book));
    expect(rec.problems.map((p) => p.kind)).toEqual(['duplicate-table']);
    expect(figureOf(rec.tables.generalBudgetBasic!, 'publicTotal', 'amount')?.fen).toBe(67_390_000);
  });

  it('says an untitled 公用经费 part with what to do, and doing so reads it', () => {
    const book = split({ title: null });
    const g = toGrid(book);
    const said = recognise(g).problems.map((p) => p.message);
    expect(said).toEqual([expect.stringContaining(`像是《${BASIC}》（工作表“${BASIC}”，只有人员经费部分）的公用经费部分：未读取`)]);
    expect(said[0]).toContain(`请在这些行上方插入一行，写上标题“${BASIC}（续）”`);
    // As said: a row inserted above the part, the title in it.
    const done: WorkbookGrid = {
      sheets: g.sheets.map((s) => (s.name === '公用经费' ? { ...s, rows: [[`${BASIC}（续）`], ...s.rows], merges: (s.merges ?? []).map((m) => ({ ...m, top: m.top + 1, bottom: m.bottom + 1 })) } : s)),
    };
    const rec = recognise(done);
    expect(rec.problems).toEqual([]);
    expect(figureOf(rec.tables.generalBudgetBasic!, 'publicTotal', 'amount')?.fen).toBe(67_390_000);
  });
});
