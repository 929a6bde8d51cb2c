/**
 * The forms a figure cell takes in real workbooks (DOMAIN §3), carried through to the 公开说明: the sample's tables with
 * every figure cell rewritten in one form (text with thousands separators, full-width digits, padded text, zeros as
 * dashes, negatives in parentheses, in 万元, 千元 or 元) give, word for word, the text of the plain layout, with no
 * reading problem; and so does every layout variant of fixtures/variants.ts.
 */
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import type { Unit } from '../../../src/engine/grid/money';
import { explain } from '../../../src/engine/workflow';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { xinjiang, shanghai } from '../../../src/engine/narrative/presets';
import type { Preset } from '../../../src/engine/narrative/preset';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import type { FinalAccountsData } from '../../../fixtures/data';
import { buildWorkbook, BuildOptions, expectedFigures, standardPlan, toGrid } from '../../../fixtures/workbook';
import { VARIANTS, variantPlan } from '../../../fixtures/variants';

const PRESETS: readonly (readonly [string, Preset])[] = [
  ['新疆', xinjiang],
  ['上海', shanghai],
];

function textOf(grid: WorkbookGrid, preset: Preset): string[] {
  const explained = explain(grid, preset, JSON.parse(JSON.stringify(changji2022Supplement)));
  expect(explained.recognition.problems.map((p) => `${p.kind} ${p.sheet}!${p.cell}: ${p.message}`)).toEqual([]);
  expect(explained.blockers).toEqual([]);
  return documentLines(explained.document).map((l) => l.text);
}

/** The workbook of `data` in `options`, each figure cell the generator wrote rewritten by `form` (given its amount in 万元). */
function withFigures(data: FinalAccountsData, options: BuildOptions, form: (cell: number, wan: number) => CellValue): WorkbookGrid {
  const book = buildWorkbook(data, standardPlan(data), options);
  const grid = toGrid(book);
  const at = new Map<string, number>();
  for (const e of expectedFigures(book)) if (e.fen !== null) at.set(`${e.sheet}\t${e.cellRow}\t${e.cellCol}`, e.fen / 1_000_000);
  return {
    ...grid,
    sheets: grid.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((row, r) =>
        row.map((v, c) => {
          const wan = at.get(`${s.name}\t${r}\t${c}`);
          return wan === undefined || typeof v !== 'number' ? v : form(v, wan);
        }),
      ),
    })),
  };
}

const separated = (n: number) => Math.abs(n).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const FULL_WIDTH: Record<string, string> = { '.': '．', ',': '，', '-': '－', '(': '（', ')': '）' };
const fullWidth = (text: string) => [...text].map((ch) => (/\d/.test(ch) ? String.fromCharCode(0xff10 + Number(ch)) : FULL_WIDTH[ch] ?? ch)).join('');

const FORMS: readonly (readonly [string, (cell: number) => CellValue])[] = [
  ['text with thousands separators (1,372.79)', (n) => (n < 0 ? `-${separated(n)}` : separated(n))],
  ['text with separators and negatives in parentheses ((3.20))', (n) => (n < 0 ? `(${separated(n)})` : separated(n))],
  ['full-width text (１，３７２．７９, （３．２０）)', (n) => fullWidth(n < 0 ? `(${separated(n)})` : separated(n))],
  ['text padded with spaces and a no-break space ( 1372.79 )', (n) => `\u00a0${n.toFixed(2)} `],
  ['text without trailing zeros (1372.8, 115.5)', (n) => String(n)],
  ['text with the minus sign U+2212 (−3.20)', (n) => (n < 0 ? `−${separated(n)}` : separated(n))],
  ...['-', '—', '--', '——', '/', '－', '–'].map(
    (dash) => [`zeros as ${dash}, the rest as text with separators`, (n: number) => (n === 0 ? dash : n < 0 ? `-${separated(n)}` : separated(n))] as const,
  ),
  ['zeros as blank cells, the rest numbers', (n) => (n === 0 ? null : n)],
];

/** The sample with negatives in table 01: 年初结转和结余 −3.20 (使用非财政拨款结余 3.20 more), 结余分配 −5.00 and 年末结转和结余 5.00. */
const withNegatives: FinalAccountsData = {
  ...changji2022,
  summary: {
    income: changji2022.summary.income.map((l) =>
      l.key === 'openingBalance' ? { ...l, amount: -3.2 } : l.key === 'useOfNonFiscalSurplus' ? { ...l, amount: 118.7 } : l,
    ),
    expenditure: changji2022.summary.expenditure.map((l) =>
      l.key === 'surplusDistribution' ? { ...l, amount: -5 } : l.key === 'closingBalance' ? { ...l, amount: 5 } : l,
    ),
  },
};

/** The titles of the older templates (and 云南's without 总) in a line of text replaced by the current ones. */
function asCurrentTitles(line: string): string {
  return line
    .replaceAll('一般公共预算财政拨款收入支出决算表', '一般公共预算财政拨款支出决算表')
    .replaceAll('一般公共预算财政拨款基本支出决算明细表', '一般公共预算财政拨款基本支出决算表')
    .replaceAll('一般公共预算财政拨款“三公”经费支出决算表', '财政拨款“三公”经费支出决算表')
    .replaceAll('国有资本经营预算财政拨款支出决算表', '国有资本经营预算财政拨款收入支出决算表')
    .replace(/(?<!预算)财政拨款收入支出决算表/g, '财政拨款收入支出决算总表')
    .replace(/(?<![拨款])收入支出决算表/g, '收入支出决算总表');
}

describe.each(PRESETS)('the %s preset', (_name, preset) => {
  const plain = textOf(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))), preset);
  const plainNegatives = textOf(toGrid(buildWorkbook(withNegatives, standardPlan(withNegatives))), preset);

  it('quotes the negatives of table 01 where the preset states them (the case below tests something)', () => {
    if (preset === xinjiang) expect(plainNegatives).not.toEqual(plain);
  });

  describe.each(['万元', '千元', '元'] as Unit[])('figure cells in %s', (unit) => {
    it.each(FORMS)('as %s: the text of the plain layout', (_form, form) => {
      expect(textOf(withFigures(changji2022, { unit }, (n) => form(n)), preset)).toEqual(plain);
      expect(textOf(withFigures(withNegatives, { unit }, (n) => form(n)), preset)).toEqual(plainNegatives);
    });
  });

  it.each(VARIANTS.map((v) => [v.name, v] as const))('layout variant %s: the text of the plain layout', (_name, variant) => {
    const text = textOf(toGrid(buildWorkbook(changji2022, variantPlan(variant, changji2022), variant.options)), preset);
    // The older titles are quoted as the workbook prints them (《一般公共预算财政拨款收入支出决算表》): said as the plain layout's.
    const titled = variant.options.oldTitles || variant.options.withoutZong ? text.map(asCurrentTitles) : text;
    expect(titled).toEqual(plain);
  });
});

