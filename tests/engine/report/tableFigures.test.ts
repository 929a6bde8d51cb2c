/**
 * The figures of the tables the .docx reproduces, against what the workbook shows: a figure finer than 分 (a formula's
 * quotient) shown to two decimals of its unit.
 */
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { recognise } from '../../../src/engine/recognise/recognise';
import { tableLayouts } from '../../../src/engine/report/tableLayout';
import { explain } from '../../../src/engine/workflow';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { generateAccounts } from '../../../fixtures/generate';

/** The sample with table 05's 2010301 行政运行 合计 (223.14) holding `value` instead. */
function withOperating(value: number): WorkbookGrid {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const table = recognise(g).tables.generalBudgetExpenditure!;
  const { row, col } = table.rows.find((r) => r.key === '2010301')!.figures.total!.cell;
  const sheets = g.sheets.map((s) => (s.name !== table.sheet ? s : { ...s, rows: s.rows.map((line, r) => (r !== row ? line : line.map((v: CellValue, c) => (c === col ? value : v)))) }));
  return { ...g, sheets };
}

/** The texts of table 05's row of 2010301 in the document's copy. */
function operatingRow(g: WorkbookGrid): string[] {
  const layout = tableLayouts(g, recognise(g)).get('05')!;
  return layout.body.find((cells) => cells.some((c) => c.text === '2010301'))!.map((c) => c.text);
}

describe('a figure finer than 分, as the workbook shows it', () => {
  it('223.144999999 万元 (a quotient) is 223.14 in the table the .docx copies and in the text, as the cell shows it, not 223.15', () => {
    const g = withOperating(223.144999999);
    expect(operatingRow(g)).toEqual(['2010301', '行政运行', '223.14', '223.14', '0.00']);
    const lines = documentLines(explain(g, PRESETS.xinjiang!, changji2022Supplement).document).map((l) => l.text);
    expect(lines.find((l) => l.includes('行政运行(项)'))).toContain('支出决算数为223.14万元');
  });

  it('a figure at or past the half still rounds up (223.145, 223.1450000004), and one short of it down (223.1449)', () => {
    expect(operatingRow(withOperating(223.145))[2]).toBe('223.15');
    expect(operatingRow(withOperating(223.1450000004))[2]).toBe('223.15');
    expect(operatingRow(withOperating(223.1449))[2]).toBe('223.14');
  });
});

describe('a number in a row the table does not read', () => {
  it('a formula’s 0.1 + 0.2 in a `其中：` row of table 01 is printed 0.30 at the right, not 0.30000000000000004', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const table = recognise(g).tables.summary!;
    const first = table.rows.find((r) => r.key === 'generalBudget' || r.label.includes('一般公共预算财政拨款收入'))!;
    const labelCol = first.labelCell!.col;
    const figureCol = Object.values(first.figures)[0]!.cell.col;
    const sheet = g.sheets.find((s) => s.name === table.sheet)!;
    // The first row below the income items whose income side is blank (the 支出 side runs longer).
    const row = sheet.rows.findIndex((line, r) => r > first.labelCell!.row && (line[labelCol] ?? null) === null && (line[figureCol] ?? null) === null);
    const rows = sheet.rows.map((line, r) => (r !== row ? line : line.map((v: CellValue, c) => (c === labelCol ? '其中：测试收入' : c === figureCol ? 0.1 + 0.2 : v))));
    const changed = { ...g, sheets: g.sheets.map((s) => (s === sheet ? { ...s, rows } : s)) };
    const body = tableLayouts(changed, recognise(changed)).get('01')!.body;
    const cells = body.find((line) => line.some((c) => c.text === '其中：测试收入'))!;
    const cell = cells.find((c) => c.col === cells.find((x) => x.text === '其中：测试收入')!.col + (figureCol - labelCol))!;
    expect([cell.text, cell.kind]).toEqual(['0.30', 'figure']);
    // The 行次 beside it stays as written.
    expect(body.flatMap((line) => line.filter((c) => c.kind === 'number').map((c) => c.text)).every((t) => /^\d+$/.test(t))).toBe(true);
  });
});

describe('the title over each table', () => {
  it('is the one the workbook prints: an older 09 of 本年支出 alone is no 收入支出决算表, the older 三公 table only 一般公共预算’s', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { oldTitles: true }));
    const titles = new Map([...tableLayouts(g, recognise(g))].map(([code, l]) => [code, l.title]));
    expect(titles.get('09')).toBe('国有资本经营预算财政拨款支出决算表');
    expect(titles.get('07')).toBe('一般公共预算财政拨款“三公”经费支出决算表');
    expect(titles.get('06')).toBe('一般公共预算财政拨款基本支出决算明细表');
    expect(titles.get('01')).toBe('收入支出决算总表');
  });
});

describe('a formula never calculated', () => {
  it('is marked 【未计算】 in the copy, not left blank (a blank figure reads as 0 where Excel shows 223.14 once it recalculates)', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const table = recognise(g).tables.generalBudgetExpenditure!;
    const { row, col } = table.rows.find((r) => r.key === '2010301')!.figures.total!.cell;
    const sheets = g.sheets.map((s) =>
      s.name !== table.sheet ? s : { ...s, rows: s.rows.map((line, r) => (r !== row ? line : line.map((v: CellValue, c) => (c === col ? null : v)))), uncalculated: [[row, col] as const] },
    );
    const changed = { ...g, sheets };
    const cells = tableLayouts(changed, recognise(changed)).get('05')!.body.find((line) => line.some((c) => c.text === '2010301'))!;
    expect(cells.map((c) => c.text)).toEqual(['2010301', '行政运行', '【未计算】', '223.14', '0.00']);
    expect(cells[2]!.gap).toBe(true);
    // A blank figure the workbook holds as blank stays blank.
    const blank = { ...g, sheets: sheets.map((s) => ({ ...s, uncalculated: [] })) };
    expect(tableLayouts(blank, recognise(blank)).get('05')!.body.find((line) => line.some((c) => c.text === '2010301'))!.map((c) => c.text)[2]).toBe('');
  });
});

describe('a table of tens of thousands of rows', () => {
  it('is laid out for the document whole, every subject row a line (Math.min/Math.max over its cells overflowed the stack)', () => {
    const data = generateAccounts(7, { items: 30_000 });
    const g = toGrid(buildWorkbook(data, standardPlan(data)));
    const recognition = recognise(g);
    const table = recognition.tables.generalBudgetExpenditure!;
    const layout = tableLayouts(g, recognition).get('05')!;
    const codes = new Set(table.rows.filter((r) => r.code).map((r) => r.code));
    expect(codes.size).toBeGreaterThan(30_000);
    const shownCodes = new Set(layout.body.flatMap((line) => line.map((c) => c.text)).filter((t) => codes.has(t)));
    expect(shownCodes.size).toBe(codes.size);
  });
});
