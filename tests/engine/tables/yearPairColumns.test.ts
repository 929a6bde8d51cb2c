/**
 * Table 05 printed with this year's and last year's figures side by side under each of its 栏目: 合计 | 基本支出 |
 * 项目支出 over {本年数 | 上年数} (or {决算数 | 上年决算数}), and its 合计 row labelled 合计数. This year's columns are the
 * table's; last year's 合计 is its 上年决算数, last year's 基本支出 and 项目支出 no figure anything reads.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import type { Recognition } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { figureOf } from '../../../src/engine/tables/model';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { withSheetRows } from '../../support/layouts';

const supplement = parseSupplementJson(changji2022Supplement).supplement;
const plainGrid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
const plainRec = recognise(plainGrid);
const lines = (g: WorkbookGrid) => documentLines(generateNarrative(recognise(g), supplement, PRESETS.xinjiang!)).map((l) => l.text ?? String(l));
const prior = (v: CellValue) => (typeof v === 'number' ? Math.round(v * 90) / 100 : v);
const T5 = 'generalBudgetExpenditure';

/** Each figure column of the plain table 05 (合计 | 基本支出 | 项目支出) split into `thisYear | lastYear`. */
function yearPairs(thisYear: string, lastYear: string, totalLabel = '合计'): WorkbookGrid {
  return withSheetRows(plainGrid, plainRec.tables[T5]!.sheet, (rows) =>
    rows.flatMap((r, i): CellValue[][] => {
      if (i === 2) return [['项目', null, '合计', null, '基本支出', null, '项目支出', null]];
      if (i === 3) return [['科目编码', '科目名称', thisYear, lastYear, thisYear, lastYear, thisYear, lastYear]];
      if (i === 4) return [[null, '栏次', 1, 2, 3, 4, 5, 6]];
      if (typeof r[2] !== 'number') return [[...r]];
      return [[r[0]!, r[1] === '合计' ? totalLabel : r[1]!, r[2], prior(r[2]), r[3]!, prior(r[3]!), r[4]!, prior(r[4]!)]];
    }),
  );
}

const figures = (rec: Recognition, column: string) => rec.tables[T5]!.rows.map((r) => [r.key, figureOf(rec.tables[T5]!, r.key, column)?.fen ?? null]);

describe.each([
  ['本年数', '上年数', '合计'],
  ['决算数', '上年决算数', '合计'],
  ['本年数', '上年数', '合计数'],
  ['本年', '上年', '合计'],
])('table 05 with each 栏目 over %s | %s (合计 row labelled %s)', (thisYear, lastYear, totalLabel) => {
  const g = yearPairs(thisYear, lastYear, totalLabel);

  it('reads this year’s columns as the table’s, last year’s 合计 as its 上年决算数, and says nothing', () => {
    const rec = recognise(g);
    expect(rec.problems).toEqual([]);
    for (const column of ['total', 'basic', 'project']) expect(figures(rec, column)).toEqual(figures(plainRec, column));
    expect(figures(rec, 'priorActual')).toEqual(plainRec.tables[T5]!.rows.map((r) => [r.key, Math.round((r.figures.total!.fen ?? 0) * 0.9 / 1e4) * 1e4]));
  });

  it('writes §五 from this year’s figures, as of the plain layout', () => {
    const section = (ls: string[]) => ls.filter((l) => l.includes('一般公共预算财政拨款支出') || l.includes('(类)'));
    expect(section(lines(g))).toEqual(section(lines(plainGrid)));
  });
});

describe('table 01 with its 决算数 columns headed by the year alone (项目 | 行次 | 2022年)', () => {
  const id = 'summary';
  const withYear = (labels: readonly [string, string]) =>
    withSheetRows(plainGrid, plainRec.tables[id]!.sheet, (rows) => rows.map((r, i): CellValue[] => (i === 3 ? [r[0]!, r[1]!, labels[0], r[3]!, r[4]!, labels[1]] : [...r])));
  const summaryFigures = (rec: Recognition) => rec.tables[id]!.rows.map((r) => [r.key, r.figures.amount?.fen ?? null]);

  it.each([
    ['2022年', '2022年'],
    ['2022年度', '2022年度'],
  ] as const)('reads the columns headed %s | %s as this year’s 决算数, says nothing, and the text is the plain layout’s', (...labels) => {
    const g = withYear(labels);
    const rec = recognise(g);
    expect(rec.problems).toEqual([]);
    expect(summaryFigures(rec)).toEqual(summaryFigures(plainRec));
    expect(lines(g)).toEqual(lines(plainGrid));
  });
});

describe('table 05 with subject rows named but their codes left out', () => {
  // The 项 of 20805 and 21011 with names and figures, their code cells blank (a sheet typed without them).
  const blanked = new Set(['2080501', '2080505', '2080506', '2101101']);
  const g = withSheetRows(plainGrid, plainRec.tables[T5]!.sheet, (rows) => rows.map((r): CellValue[] => (blanked.has(String(r[0])) ? [null, ...r.slice(1)] : [...r])));

  it('says once which rows have no code, naming each code cell, and to type their codes there', () => {
    const rec = recognise(g);
    const said = rec.problems.filter((p) => p.table === '05');
    expect(said).toHaveLength(1);
    expect(said[0]!.kind).toBe('unknown-row');
    const message = said[0]!.message;
    expect(message).toContain('科目编码');
    expect(message).not.toContain('请改用模板的项目名称');
    for (const name of ['行政单位离退休', '机关事业单位基本养老保险缴费支出', '机关事业单位职业年金缴费支出', '行政单位医疗']) expect(message).toContain(`“${name}”`);
    const codeCells = plainRec.tables[T5]!.rows.filter((r) => blanked.has(r.code ?? '')).map((r) => `A${r.labelCell!.row + 1}`);
    for (const cell of codeCells) expect(message).toContain(cell);
  });
});

describe('table 03 with each 栏目 over 本年数 | 上年数', () => {
  it('reads this year’s columns as the table’s and says nothing', () => {
    const t3 = plainRec.tables.expenditure!;
    const cols = new Set(t3.columns.map((c) => c.col));
    const firstData = Math.min(...t3.rows.map((r) => r.labelCell!.row));
    const g = withSheetRows(plainGrid, t3.sheet, (rows) => {
      // The header row naming the 栏目 gets a row of 本年数 | 上年数 under it; the 栏次 row numbers the new columns.
      const top = rows.findIndex((r) => r.some((v, c) => cols.has(c) && v === t3.columns[0]!.header[0]));
      return rows.map((r, i): CellValue[] =>
        r.flatMap((v, c): CellValue[] => {
          if (!cols.has(c)) return [v];
          if (i === top) return [v, null];
          if (i === top + 1) return ['本年数', '上年数'];
          if (i < firstData) return [v, typeof v === 'number' ? v + 100 : null];
          return [v, prior(v)];
        }),
      );
    });
    const rec = recognise(g);
    expect(rec.problems).toEqual([]);
    expect(rec.tables.expenditure!.columns.map((c) => c.header[c.header.length - 1])).toEqual(t3.columns.map(() => '本年数'));
    const of = (r: Recognition) => r.tables.expenditure!.rows.map((row) => [row.key, ...t3.columns.map((c) => row.figures[c.key]?.fen ?? null)]);
    expect(of(rec)).toEqual(of(plainRec));
  });
});
