/**
 * 项目支出绩效自评表 pasted two to a page's width, the right-hand form a few rows lower than the left-hand one (as
 * departments paste them), each with its own title. A region from each title to the next cut the forms beside it:
 * §十一 said 开展预算绩效评价项目5个 for 9 with the money short, `inspect` said nothing, and check's 错误 named the
 * wrong project. Every form is read whole and once, whatever the offset; a 项目名称 no form read is said.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import { check } from '../../../src/engine/workflow';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { plain } from '../../../src/engine/narrative/fragment';
import { explanationPart, NarrativeDocument } from '../../../src/engine/narrative/document';
import type { CellValue, MergedArea, WorkbookGrid } from '../../../src/engine/grid/cell';
import type { ProjectPerformanceModel } from '../../../src/engine/tables/model';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import type { ProjectData } from '../../../fixtures/data';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

const fen = (wan: number) => Math.round(wan * 1_000_000);
/** The right-hand form's first column: the left-hand one's nine columns and an empty one. */
const RIGHT = 10;

/** The sample's workbook, its nine forms stacked on one sheet, each with its title. */
function stacked(): WorkbookGrid {
  return toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
}

/**
 * The sample with its forms set side by side in pairs, the right-hand form `offset` rows lower than the left-hand one
 * (negative: higher); `longerRight`: each pair's longer form on the right (the sample's first form is its longest).
 * Cells and merged areas move with their form; two empty rows under each pair.
 */
function sideBySide(offset: number, longerRight: boolean): WorkbookGrid {
  const grid = stacked();
  const forms = recognise(grid).projects;
  const sheet = grid.sheets.find((s) => s.name === forms[0]!.sheet)!;
  const rows: CellValue[][] = [];
  const merges: MergedArea[] = [];
  const put = (form: ProjectPerformanceModel | undefined, top: number, left: number) => {
    if (!form) return 0;
    const { top: from, bottom } = form.range;
    for (let r = from; r <= bottom; r++) {
      const row = (rows[top + r - from] ??= []);
      (sheet.rows[r] ?? []).forEach((v, c) => (row[left + c] = v));
    }
    for (const m of sheet.merges ?? []) {
      if (m.top >= from && m.bottom <= bottom) merges.push({ top: m.top - from + top, bottom: m.bottom - from + top, left: m.left + left, right: m.right + left });
    }
    return bottom - from + 1;
  };
  let top = 0;
  for (let i = 0; i < forms.length; i += 2) {
    const [left, right] = longerRight ? [forms[i + 1], forms[i]] : [forms[i], forms[i + 1]];
    const leftEnd = put(left ?? right, top + Math.max(0, -offset), 0) + Math.max(0, -offset);
    const rightEnd = left ? put(right, top + Math.max(0, offset), RIGHT) + Math.max(0, offset) : 0;
    top += Math.max(leftEnd, rightEnd) + 2;
  }
  const filled = Array.from({ length: top }, (_, r) => Array.from({ length: rows[r]?.length ?? 0 }, (_, c) => rows[r]?.[c] ?? null));
  return { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows: filled, merges } : s)) };
}

/** What a form says, in the shape of the readable data: its name, its funds in 分, its indicators and 总分. */
function asData(p: ProjectPerformanceModel) {
  const funds = (k: 'total' | 'fiscal' | 'carryover' | 'other') => [p.funds[k]?.initialBudget?.fen, p.funds[k]?.adjustedBudget?.fen, p.funds[k]?.actual?.fen];
  return {
    name: p.name?.text,
    implementer: p.implementer?.text,
    funds: [funds('total'), funds('fiscal'), funds('carryover'), funds('other')],
    indicators: p.indicators.map((i) => [i.level1, i.level2, i.name.text, i.weight?.value, i.score?.value]),
    total: [p.total?.weight?.value, p.total?.score?.value],
  };
}

function expected(d: ProjectData) {
  const funds = (k: keyof ProjectData['funds']) => d.funds[k].map(fen);
  return {
    name: d.name,
    implementer: d.implementer,
    funds: [funds('total'), funds('fiscal'), funds('carryover'), funds('other')],
    indicators: d.indicators.filter((i) => i.name !== undefined).map((i) => [i.level1, i.level2, i.name, i.weight, i.score]),
    total: [d.totalWeight, d.totalScore],
  };
}

const inOrder = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();

function section(doc: NarrativeDocument, number: string): string {
  const s = explanationPart(doc).sections.find((x) => x.number === number)!;
  return s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text)).join('\n');
}

const explain = (grid: WorkbookGrid) => section(generateNarrative(recognise(grid), parseSupplementJson(changji2022Supplement).supplement, xinjiang), '十一');
/** check's findings, without their places (the same form is elsewhere on the sheet). */
const said = (grid: WorkbookGrid) => check(grid).findings.map((f) => `${f.rule} ${f.severity} ${f.message.replace(/“[^”]*”工作表|工作表“[^”]*”|[A-Z]+\d+/g, '')}`).sort();

describe('自评表 side by side, the right-hand one rows lower or higher than the left-hand one', () => {
  const layouts = [0, 3, 6, -3].flatMap((offset) => [false, true].map((longerRight) => [offset, longerRight] as const));

  it.each(layouts)('reads every form whole and once (offset %d, longer on the right: %s)', (offset, longerRight) => {
    const grid = sideBySide(offset, longerRight);
    // The layout is the one meant: titles in both columns, on rows `offset` apart.
    const sheet = grid.sheets.find((s) => s.rows.some((r) => r[RIGHT] === '项目支出绩效自评表'))!;
    const titleRows = (c: number) => sheet.rows.flatMap((r, i) => (r[c] === '项目支出绩效自评表' ? [i] : []));
    expect(titleRows(RIGHT)).toHaveLength(4);
    expect(titleRows(RIGHT)[0]! - titleRows(0)[0]!).toBe(offset);
    const rec = recognise(grid);
    expect(rec.problems).toEqual([]);
    expect(rec.projects).toHaveLength(9);
    expect(inOrder(rec.projects.map(asData))).toEqual(inOrder(changji2022.projects.map(expected)));
    // In reading order: each form's title row by row, left to right.
    const places = rec.projects.map((p) => [p.titleCell.row, p.titleCell.col]);
    expect(places).toEqual([...places].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    expect(rec.projects.filter((p) => p.titleCell.col === RIGHT)).toHaveLength(4);
    // Each form's range in its own columns: a left-hand form's does not reach over the right-hand one beside it.
    for (const p of rec.projects) expect([p.range.left, p.range.right]).toEqual(p.titleCell.col === RIGHT ? [RIGHT, RIGHT + 8] : [0, 8]);
  });

  it.each([
    [3, false],
    [6, true],
  ] as const)('says in §十一 the nine projects and their money, as stacked (offset %d, longer on the right: %s)', (offset, longerRight) => {
    const text = explain(sideBySide(offset, longerRight));
    expect(text).toContain('开展预算绩效评价项目9个，全年预算数748.11万元，全年执行数728.90万元');
    expect(text).toBe(explain(stacked()));
  });

  it('finds nothing the stacked forms do not (no 错误 naming another project)', () => {
    expect(said(sideBySide(6, true))).toEqual(said(stacked()));
  });

  it.each([3, 0])('sets aside a form of last year pasted beside this year’s ((2021年度) under its title), said at its title (offset %d)', (offset) => {
    // Offset 0: both titles on one row, where the right-hand one was dropped and its form counted as this year's.
    const grid = sideBySide(offset, false);
    const sheet = grid.sheets.find((s) => s.rows.some((r) => r[RIGHT] === '项目支出绩效自评表'))!;
    const title = sheet.rows.flatMap((r, i) => (r[RIGHT] === '项目支出绩效自评表' ? [i] : []))[3]!;
    expect(sheet.rows[title + 1]![RIGHT]).toBe('(2022年度)');
    const rows = sheet.rows.map((r, i) => (i === title + 1 ? r.map((v, c) => (c === RIGHT ? '(2021年度)' : v)) : [...r]));
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows } : s)) });
    const lastYears = changji2022.projects[7]!;
    expect(inOrder(rec.projects.map(asData))).toEqual(inOrder(changji2022.projects.filter((p) => p !== lastYears).map(expected)));
    expect(rec.problems.map((p) => [p.kind, p.cell])).toEqual([['other-year', `K${title + 1}`]]);
  });

  it('reads a form whose title is typed again along its row (in each cell of an unmerged title) as one form', () => {
    const grid = stacked();
    const sheet = grid.sheets.find((s) => s.name === '项目支出绩效自评表')!;
    const rows = sheet.rows.map((r) => (r[0] === '项目支出绩效自评表' ? r.map((v, c) => (c <= 8 ? '项目支出绩效自评表' : v)) : [...r]));
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows, merges: [] } : s)) });
    expect(rec.problems).toEqual([]);
    expect(inOrder(rec.projects.map(asData))).toEqual(inOrder(changji2022.projects.map(expected)));
  });

  it('reads a form’s year in its own columns: the left-hand form without a year line is not the right-hand one’s 2021', () => {
    // The right-hand form one row lower: its (2021年度) line two rows under the left-hand title, which has none.
    const grid = sideBySide(1, false);
    const sheet = grid.sheets.find((s) => s.rows.some((r) => r[RIGHT] === '项目支出绩效自评表'))!;
    const right = sheet.rows.flatMap((r, i) => (r[RIGHT] === '项目支出绩效自评表' ? [i] : []))[3]!;
    expect(sheet.rows[right - 1]![0]).toBe('项目支出绩效自评表');
    expect(sheet.rows[right]![0]).toBe('(2022年度)');
    const rows = sheet.rows.map((r, i) => (i === right ? r.map((v, c) => (c === 0 ? null : v)) : i === right + 1 ? r.map((v, c) => (c === RIGHT ? '(2021年度)' : v)) : [...r]));
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows } : s)) });
    const lastYears = changji2022.projects[7]!;
    expect(inOrder(rec.projects.map(asData))).toEqual(inOrder(changji2022.projects.filter((p) => p !== lastYears).map(expected)));
    expect(rec.problems.map((p) => [p.kind, p.cell])).toEqual([['other-year', `K${right + 1}`]]);
  });

  it.each([
    ['side by side', 3],
    ['stacked under one title', undefined],
  ] as const)('says a form without its 项目名称 (%s), whose funds were read as the next project’s', (_what, offset) => {
    const built = offset === undefined ? stacked() : sideBySide(offset, false);
    // Stacked: the title over the first form only (each form's own title says a form without its 项目名称 as ever).
    const untitled = (rows: readonly (readonly CellValue[])[]) => rows.map((r, i) => (i > 0 && r[0] === '项目支出绩效自评表' ? [null, ...r.slice(1)] : [...r]));
    const grid = offset === undefined ? { ...built, sheets: built.sheets.map((s) => (s.name === '项目支出绩效自评表' ? { ...s, rows: untitled(s.rows) } : s)) } : built;
    const sheet = grid.sheets.find((s) => s.name === '项目支出绩效自评表')!;
    // The 项目名称 row of the sample's fourth form (the second on the right) left empty.
    const names = sheet.rows.flatMap((r, i) => r.flatMap((v, c) => (v === '项目名称' ? [[i, c] as const] : [])));
    const [row, col] = names.filter(([, c]) => c === (offset === undefined ? 0 : RIGHT))[offset === undefined ? 3 : 1]!;
    expect(sheet.rows[row]![col + 2]).toBe(changji2022.projects[3]!.name);
    const rows = sheet.rows.map((r, i) => (i === row ? r.map((v, c) => (c >= col && c < col + 9 ? null : v)) : [...r]));
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows } : s)) });
    const said = rec.problems.filter((p) => p.kind === 'incomplete-form');
    expect(said.map((p) => p.message)).toContainEqual(expect.stringContaining(`的项目名称“${changji2022.projects[offset === undefined ? 4 : 5]!.name}”在`));
    expect(said[0]!.message).toContain('其上方的项目支出绩效自评表没有“项目名称”');
  });

  it('names the unit of the form a figure typed with a unit stands in: the right-hand one’s, not the left-hand one’s beside it', () => {
    // The left-hand forms in 元, the right-hand ones in 万元; a right-hand figure typed `12.5元`.
    const grid = sideBySide(0, false);
    const sheet = grid.sheets.find((s) => s.name === '项目支出绩效自评表')!;
    const rows = sheet.rows.map((r) => [...r]);
    for (const r of rows) if (r[0] === '项目资金（万元）') r[0] = '项目资金（元）';
    const at = rows.findIndex((r) => r[RIGHT + 2] === '其他资金');
    rows[at]![RIGHT + 3] = '12.5元';
    const found = check({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows } : s)) }).findings.filter((f) => f.rule === 'unreadable-figure');
    expect(found.map((f) => f.message)).toEqual([`工作表“项目支出绩效自评表”N${at + 1}的“12.5元”写的单位不是表的单位（万元）：请按万元只填数字。`]);
  });

  it.each([0, 3])('says each right-hand form without a 项目名称 of its own, naming its cell (offset %d)', (offset) => {
    // No right-hand form names its project: no band of forms on the right, and four forms left out without a word.
    const grid = sideBySide(offset, false);
    const sheet = grid.sheets.find((s) => s.name === '项目支出绩效自评表')!;
    const rows = sheet.rows.map((r) => (r[RIGHT] === '项目名称' ? r.map((v, c) => (c >= RIGHT ? null : v)) : [...r]));
    const heads = rows.flatMap((r, i) => (r[RIGHT + 4] === '全年预算数' ? [`O${i + 1}`] : []));
    expect(heads).toHaveLength(4);
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows } : s)) });
    expect(rec.projects.map((p) => p.name?.text)).toEqual([0, 2, 4, 6, 8].map((i) => changji2022.projects[i]!.name));
    const said = rec.problems.filter((p) => p.kind === 'incomplete-form');
    expect(said.map((p) => p.cell)).toEqual(heads);
    expect(said[0]!.message).toMatch(/^工作表“项目支出绩效自评表”O\d+的“全年预算数”属于工作表“项目支出绩效自评表”A1起的项目支出绩效自评表右侧并排的另一张项目支出绩效自评表，它没有“项目名称”：这张表未能读取/);
  });

  it('says a 项目名称 that no form read (a form’s top pasted without its body), naming its cell', () => {
    const grid = sideBySide(3, false);
    const sheet = grid.sheets.find((s) => s.rows.some((r) => r[RIGHT] === '项目支出绩效自评表'))!;
    const rows = sheet.rows.map((r) => [...r]);
    const at = rows.length;
    rows.push(Array.from({ length: RIGHT + 2 }, (_, c): CellValue => (c === RIGHT ? '项目名称' : c === RIGHT + 1 ? '另一个项目' : null)));
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows } : s)) });
    expect(rec.projects).toHaveLength(9);
    const said = rec.problems.filter((p) => p.cell === `K${at + 1}`);
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain('未能完整读取，其项目和金额未计入');
  });
});
