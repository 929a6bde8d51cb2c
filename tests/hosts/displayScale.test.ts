/**
 * 元 kept in the cells, 万元 shown by a number format (`0!.0000`, `0!.0,`): the published table prints what the cell
 * shows, so every host reads the figure as shown. The sample's tables with every money figure stored ×10,000 under
 * such a format read as the sample (the same grid values, the same explanation in both presets, the same findings but
 * for one notice), through our .xlsx reader, ExcelJS, the .xls reader, Office.js and WPS; the 说明数据's formulas that
 * take such a cell divide by 10,000, so that Excel computes what the engine does.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/hosts/xlsx/file';
import { loadXlsx, workbookToGrid } from '../../src/hosts/xlsx/read';
import { readWorkbookBytes } from '../../src/hosts/files/open';
import { OfficeHost } from '../../src/hosts/office/host';
import { WpsHost } from '../../src/hosts/wps/host';
import type { SheetGrid, WorkbookGrid } from '../../src/engine/grid/cell';
import { check, explain, fillPlan } from '../../src/engine/workflow';
import { recognise } from '../../src/engine/recognise/recognise';
import { projectDerivedCells } from '../../src/engine/derive/selfEvaluation';
import { toA1 } from '../../src/engine/grid/address';
import { shanghai, xinjiang } from '../../src/engine/narrative/presets';
import { documentLines } from '../../src/engine/narrative/sheet';
import type { PlanCell } from '../../src/engine/plan/plan';
import { buildWorkbook, GeneratedWorkbook, standardPlan, toGrid, toXlsx } from '../../fixtures/workbook';
import { changji2022 } from '../../fixtures/changji-2022/tables';
import { xlsxToXls } from '../../fixtures/legacy';
import { ExcelStandIn, Value } from '../support/excelStandIn';
import { EtStandIn } from '../support/etStandIn';
import { sampleData } from '../support/ruleTester';
import { convert, itWithLibreOffice } from '../support/libreoffice';

const data = sampleData();
const book: GeneratedWorkbook = buildWorkbook(changji2022, standardPlan(changji2022));
const sample = toGrid(book);

/** The cells the generator styles as money figures, by sheet: those with a figure, or all (a blank one has the format too). */
function moneyCells(withBlanks = false): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  for (const s of book.sheets) {
    for (const [key, style] of s.styles) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (style === 'figure' && (withBlanks || typeof s.rows[r]?.[c] === 'number')) out.set(s.name, [...(out.get(s.name) ?? []), [r, c]]);
    }
  }
  return out;
}

/**
 * The sample saved with its money figures stored `factor` times what they show (in 元, ×10,000) under `format`; with
 * `zerosBlank`, its 0 figures left blank in it.
 */
async function storedInYuan(format: string, zerosBlank = false, factor = 10_000): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await toXlsx(book)) as unknown as ArrayBuffer);
  for (const [name, cells] of moneyCells()) {
    const ws = wb.getWorksheet(name)!;
    for (const [r, c] of cells) {
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = zerosBlank && cell.value === 0 ? null : Math.round((cell.value as number) * factor);
      cell.numFmt = format;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Each sheet's values, without the trailing empty cells and rows a host may or may not give. */
const values = (g: WorkbookGrid) =>
  g.sheets.map((s) => {
    const rows = s.rows.map((r) => {
      const line = [...r];
      while (line.length > 0 && (line[line.length - 1] === null || line[line.length - 1] === '')) line.pop();
      return line;
    });
    while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
    return { name: s.name, rows };
  });
const text = (g: WorkbookGrid, preset = xinjiang) => documentLines(explain(g, preset, data).document).map((l) => l.text);
const findings = (g: WorkbookGrid) => check(g, data).findings.map((f) => [f.rule, f.severity, f.message]);
const scaledCount = (g: WorkbookGrid) => g.sheets.reduce((n, s) => n + (s.displayScales ?? []).reduce((k, d) => k + d.cells.length, 0), 0);
const figureCount = [...moneyCells().values()].reduce((n, cells) => n + cells.length, 0);

describe('元 stored, 万元 shown by the number format', () => {
  let bytes: Buffer;
  let ours: WorkbookGrid;
  beforeAll(async () => {
    bytes = await storedInYuan('0!.0000');
    ours = await readXlsx(bytes);
  });

  it('our reader reads each figure as the cell shows it, and lists the cells by format', () => {
    expect(values(ours)).toEqual(values(sample));
    expect(scaledCount(ours)).toBe(figureCount);
    const income = ours.sheets.find((s) => s.name === '收入支出决算总表')!;
    expect(income.displayScales?.map((d) => [d.format, d.divisor])).toEqual([['0!.0000', 10_000]]);
  });

  it('ExcelJS’s grid, the .xls saved from it and the sheet view read the same', async () => {
    const excel = workbookToGrid(await loadXlsx(bytes));
    expect(values(excel)).toEqual(values(sample));
    const pick = (g: WorkbookGrid) => g.sheets.map((s) => s.displayScales ?? []);
    expect(pick(excel)).toEqual(pick(ours));
    const xls = await readWorkbookBytes(xlsxToXls(bytes));
    expect(values(xls)).toEqual(values(sample));
    expect(scaledCount(xls)).toBe(figureCount);
  });

  it('writes the same explanation in both presets, not figures ten thousand times too large', () => {
    expect(text(ours)).toEqual(text(sample));
    expect(text(ours, shanghai)).toEqual(text(sample, shanghai));
    expect(text(ours).join('\n')).toContain('1,488.29万元');
  });

  it('finds what the sample’s figures find, and says once that it read the figures as shown', () => {
    const found = findings(ours);
    const notices = found.filter((f) => String(f[2]).includes('0!.0000'));
    expect(notices).toHaveLength(1);
    expect(notices[0]![2]).toMatch(/^读取提示：《收入支出决算总表》.*《项目支出绩效自评表》中 \d+ 个单元格（如工作表“收入支出决算总表”[A-Z]+\d+）的数字格式“0!\.0000”把存入的数缩小 10,000 倍显示/);
    expect(found.filter((f) => f !== notices[0])).toEqual(findings(sample));
  });

  it('the 说明数据’s formulas that take a figure shown scaled divide by 10,000: Excel computes what the engine does', () => {
    const cells = fillPlan(ours, explain(ours, xinjiang, data)).ops.flatMap((op) => (op.op === 'setCells' ? op.cells.flat() : [])) as (PlanCell | undefined)[];
    // A reference to a cell of a table (not of the 说明数据 sheet itself).
    const TABLE_REF = /表'?![A-Z]+\d+/g;
    const takes = cells.flatMap((c) => c?.formula?.match(TABLE_REF) ?? []);
    const divided = cells.flatMap((c) => c?.formula?.match(/表'?![A-Z]+\d+\/10000,2\)/g) ?? []);
    expect(takes.length).toBeGreaterThan(20);
    expect(divided).toHaveLength(takes.length);
    const plain = fillPlan(sample, explain(sample, xinjiang, data)).ops.flatMap((op) => (op.op === 'setCells' ? op.cells.flat() : [])) as (PlanCell | undefined)[];
    expect(plain.flatMap((c) => c?.formula?.match(TABLE_REF) ?? [])).toHaveLength(takes.length);
    expect(plain.some((c) => c?.formula?.includes('/10000'))).toBe(false);
  });

  it.each([
    ['a 0 shown as “-” by the format’s zero section', '0!.0000;-0!.0000;"-"', false],
    ['a 0 left blank in the format', '0!.0000', true],
  ])('%s: the 说明数据’s formulas that take it divide too (a figure typed there later shows scaled)', async (_, format, zerosBlank) => {
    const bytes = await storedInYuan(format as string, zerosBlank as boolean);
    const grid = await readXlsx(bytes);
    expect(text(grid)).toEqual(text(sample));
    expect(scaledCount(grid)).toBe(figureCount);
    const excel = workbookToGrid(await loadXlsx(bytes));
    const pick = (g: WorkbookGrid) => g.sheets.map((s) => s.displayScales ?? []);
    expect(pick(excel)).toEqual(pick(grid));
    const cells = fillPlan(grid, explain(grid, xinjiang, data)).ops.flatMap((op) => (op.op === 'setCells' ? op.cells.flat() : [])) as (PlanCell | undefined)[];
    const takes = cells.flatMap((c) => c?.formula?.match(/表'?![A-Z]+\d+(?:\/\d+)?/g) ?? []);
    expect(takes.length).toBeGreaterThan(20);
    expect(takes.filter((t) => !t.endsWith('/10000'))).toEqual([]);
  });

  it('a 自评表 whose 全年执行数 is kept in 元 and 全年预算数 typed in 万元: the 执行率 formula divides the one, as the engine does', async () => {
    const rec = recognise(sample);
    const total = rec.projects[0]!.funds.total!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx(book)) as unknown as ArrayBuffer);
    const at = (c: { row: number; col: number }) => wb.getWorksheet(total.actual!.cell.sheet)!.getCell(c.row + 1, c.col + 1);
    const actual = at(total.actual!.cell);
    actual.value = Math.round((actual.value as number) * 10_000);
    // A style of its own: the loaded cells of one look share one style object.
    actual.style = { ...actual.style, numFmt: '0!.0000' };
    const expectedRate = total.rate!.value;
    at(total.rate!.cell).value = null;
    const grid = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    const [rate] = projectDerivedCells(grid, recognise(grid).projects[0]!);
    const [a, b] = [total.actual!.cell, total.adjustedBudget!.cell].map((c) => toA1(c.row, c.col));
    expect(rate!.formula).toBe(`IF(${b}=0,"",ROUND((${a}/10000)/${b},4))`);
    expect(rate!.value).toBe(expectedRate);
    // Both in one format: the divisors cancel, the formula as it always was.
    const [plain] = projectDerivedCells(sample, rec.projects[0]!);
    expect(plain!.formula).toBe(`IF(${b}=0,"",ROUND(${a}/${b},4))`);
  });

  itWithLibreOffice('an .ods whose format shows thousands (#,##0.00, as LibreOffice’s display factor, which SheetJS drops from the code) reads as shown', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-scaled-'));
    try {
      const xlsx = path.join(dir, 'thousands.xlsx');
      await fs.writeFile(xlsx, await storedInYuan('#,##0.00,', false, 1_000));
      expect(values(await readXlsx(await fs.readFile(xlsx)))).toEqual(values(sample));
      const ods = await readWorkbookBytes(await fs.readFile(convert(xlsx, 'ods', dir)));
      expect(text(ods)).toEqual(text(sample));
      expect(scaledCount(ods)).toBeGreaterThan(0);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('0!.0, (thousands dropped, one digit after the dot) reads the same', async () => {
    const grid = await readXlsx(await storedInYuan('0!.0,'));
    expect(values(grid)).toEqual(values(sample));
    expect(text(grid)).toEqual(text(sample));
  });
});

describe('元 stored, 万元 shown, in Excel and in WPS', () => {
  /** Each money figure ×10,000 and its format, as the sheets of a host's stand-in take them. */
  const stored = (s: SheetGrid) => {
    const cells = new Set((moneyCells(true).get(s.name) ?? []).map(([r, c]) => `${r},${c}`));
    return { rows: s.rows.map((line, r) => line.map((v, c) => (cells.has(`${r},${c}`) && typeof v === 'number' ? Math.round(v * 10_000) : v))), cells };
  };

  it('Office.js: reads each range’s number formats with its values', async () => {
    const excel = new ExcelStandIn('1.18');
    for (const s of sample.sheets) {
      const { rows, cells } = stored(s);
      const model = excel.addSheet(s.name, rows as Value[][]);
      for (const key of cells) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        model.cell(r, c).numberFormat = '0!.0000';
      }
    }
    const grid = await new OfficeHost(excel.environment()).read();
    expect(values(grid)).toEqual(values(sample));
    expect(text(grid)).toEqual(text(sample));
  });

  it('WPS: one call where a sheet has one format, else about three a column of figures (under its 栏次 row)', async () => {
    const et = new EtStandIn();
    for (const s of sample.sheets) {
      const { rows, cells } = stored(s);
      et.addSheet(s.name, rows);
      const model = et.sheets.find((m) => m.name === s.name)!;
      for (const key of cells) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        model.cell(r, c).format.NumberFormat = '0!.0000';
      }
    }
    const grid = await new WpsHost(() => et.application()).read();
    expect(values(grid)).toEqual(values(sample));
    expect(text(grid)).toEqual(text(sample));
    const asked = et.log.filter((call) => call === 'Range.NumberFormat').length;
    // A column of figures under its 栏次 number (1 2 3 …, General): asked whole, then its first cell and the rest;
    // never a call a figure.
    expect(asked).toBeGreaterThan(sample.sheets.length);
    expect(asked).toBeLessThan(figureCount / 2);
  });
});
