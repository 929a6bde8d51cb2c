/**
 * The forms a figure cell takes in real workbooks (DOMAIN §3), carried through to the 公开说明: the sample's tables with
 * every figure cell rewritten in one form (text with thousands separators, full-width digits, padded text, zeros as
 * dashes, negatives in parentheses, in 万元, 千元 or 元) give, word for word, the text of the plain layout, with no
 * reading problem; and so does every layout variant of fixtures/variants.ts.
 */
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import type { Unit } from '../../../src/engine/grid/money';
import { toA1 } from '../../../src/engine/grid/address';
import { explain } from '../../../src/engine/workflow';
import { recognise } from '../../../src/engine/recognise/recognise';
import type { BlockTableId, Recognition } from '../../../src/engine/recognise/recognise';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { xinjiang, shanghai } from '../../../src/engine/narrative/presets';
import type { Preset } from '../../../src/engine/narrative/preset';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import type { FinalAccountsData } from '../../../fixtures/data';
import { buildWorkbook, BuildOptions, expectedFigures, standardPlan, toGrid } from '../../../fixtures/workbook';
import { shanghaiPlan, VARIANTS, variantPlan } from '../../../fixtures/variants';
import { SHANGHAI_2024 } from '../../../fixtures/writers/options';

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
function withFigures(data: FinalAccountsData, options: BuildOptions, form: (cell: number, wan: number) => CellValue, plan = standardPlan(data)): WorkbookGrid {
  const book = buildWorkbook(data, plan, options);
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

const signed = (n: number) => (n < 0 ? `-${separated(n)}` : separated(n));
/** `12 345 678.00`, grouped by `space`. */
const spaced = (n: number, space: string) => signed(n).replace(/,/g, space);

/** Each form given the figure as the cell held it and the unit of its table. */
const FORMS: readonly (readonly [string, (cell: number, unit: Unit) => CellValue])[] = [
  ['text with thousands separators (1,372.79)', (n) => signed(n)],
  ['text with separators and negatives in parentheses ((3.20))', (n) => (n < 0 ? `(${separated(n)})` : separated(n))],
  ['full-width text (１，３７２．７９, （３．２０）)', (n) => fullWidth(n < 0 ? `(${separated(n)})` : separated(n))],
  ['text padded with spaces and a no-break space ( 1372.79 )', (n) => `\u00a0${n.toFixed(2)} `],
  ['text without trailing zeros (1372.8, 115.5)', (n) => String(n)],
  ['text with the minus sign U+2212 (−3.20)', (n) => (n < 0 ? `−${separated(n)}` : separated(n))],
  ...['-', '—', '--', '——', '/', '－', '–'].map(
    (dash) => [`zeros as ${dash}, the rest as text with separators`, (n: number) => (n === 0 ? dash : n < 0 ? `-${separated(n)}` : separated(n))] as const,
  ),
  ['zeros as blank cells, the rest numbers', (n) => (n === 0 ? null : n)],
  ['text with a leading apostrophe, as exports keep Excel’s text mark (\'1,372.79)', (n) => `'${signed(n)}`],
  // A yuan sign agrees with a table in 元; in one in 万元 or 千元 it is asked (most likely 元: UNREADABLE below).
  ['text with the yuan sign in a table in 元 (¥1,372.79, -¥3.20)', (n, unit) => (unit !== '元' ? signed(n) : n < 0 ? `-¥${separated(n)}` : `¥${separated(n)}`)],
  ['text with the full-width yuan sign in a table in 元 (￥1,372.79, ￥-3.20)', (n, unit) => (unit !== '元' ? signed(n) : `￥${signed(n)}`)],
  ['negatives with an en dash, Word’s and WPS’s autocorrect of a hyphen (–3.20)', (n) => (n < 0 ? `–${separated(n)}` : separated(n))],
  ['text with the table’s unit after it (1,372.79万元)', (n, unit) => `${signed(n)}${unit}`],
  ['text with the table’s unit after a space (1372.79 万元)', (n, unit) => `${n.toFixed(2)} ${unit}`],
  ['negatives with △, Chinese accounting’s minus (△3.20)', (n) => (n < 0 ? `△${separated(n)}` : separated(n))],
  ['negatives with ▲ (▲3.20)', (n) => (n < 0 ? `▲${separated(n)}` : separated(n))],
  ['negatives with a trailing minus (3.20-)', (n) => (n < 0 ? `${separated(n)}-` : separated(n))],
  ['negatives in full-width parentheses around half-width digits (（3.20）)', (n) => (n < 0 ? `（${separated(n)}）` : separated(n))],
  ...[
    ['spaces', ' '],
    ['no-break spaces', '\u00a0'],
    ['thin spaces', '\u2009'],
    ['narrow no-break spaces', '\u202f'],
    ['full-width spaces', '\u3000'],
  ].map(([name, space]) => [`text grouped in threes by ${name} (1 372.79, 12 345 678.00)`, (n: number) => spaced(n, space!)] as const),
  ['text with separators and a no-break space after it (1,372.79\u00a0)', (n) => `${signed(n)}\u00a0`],
  // A formula's result (元 / 10000, a sum of such) shown to two decimals: the figure is the one shown.
  ['numbers a little off the two decimals shown (+0.0031, −0.0049, binary noise)', (n) => (n === 0 ? 0 : Math.abs(n) > 100 ? n + 0.0031 : Math.abs(n) > 10 ? n - 0.0049 : n * (1 + 1e-13))],
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
      expect(textOf(withFigures(changji2022, { unit }, (n) => form(n, unit)), preset)).toEqual(plain);
      expect(textOf(withFigures(withNegatives, { unit }, (n) => form(n, unit)), preset)).toEqual(plainNegatives);
    });
  });

  it.each(VARIANTS.map((v) => [v.name, v] as const))('layout variant %s: the text of the plain layout', (_name, variant) => {
    const text = textOf(toGrid(buildWorkbook(changji2022, variantPlan(variant, changji2022), variant.options)), preset);
    // The older titles are quoted as the workbook prints them (《一般公共预算财政拨款收入支出决算表》): said as the plain layout's.
    const titled = variant.options.oldTitles || variant.options.withoutZong ? text.map(asCurrentTitles) : text;
    expect(titled).toEqual(plain);
  });
});


type Rows = readonly (readonly CellValue[])[];

/**
 * Every table of one sheet (01–06, each with rows to split) printed over two pages: at the middle of its rows, `page`
 * puts in what the second page repeats, given the table's rows from its title to its first data row (title, unit line,
 * header rows and 栏次 row), as a PDF turned back into a workbook or a sheet laid out a page at a time has it. Merged
 * areas below move down; those of the rows repeated are repeated with them.
 */
function overTwoPages(g: WorkbookGrid, page: (head: Rows) => { rows: Rows; from: number }, split: (first: number, last: number) => number = (first, last) => Math.floor((first + last + 1) / 2), only?: string): WorkbookGrid {
  const tables = Object.values(recognise(g).tables);
  return {
    ...g,
    sheets: g.sheets.map((s) => {
      const table = tables.find((t) => t.sheet === s.name && t.titleCell.row >= 0);
      if (!table || tables.filter((t) => t.sheet === s.name).length !== 1 || (only !== undefined && s.name !== only)) return s;
      const dataRows = table.rows.flatMap((r) => Object.values(r.figures).map((f) => f.cell.row));
      const [first, last] = [Math.min(...dataRows), Math.max(...dataRows)];
      if (last - first < 2) return s;
      const mid = split(first, last);
      const head = s.rows.slice(table.titleCell.row, first);
      const { rows: inserted, from } = page(head);
      const n = inserted.length;
      // `from`: the index in `head` of the first row repeated, which stands at the end of `inserted`.
      const repeated = head.length - from;
      const at = (r: number) => r - table.titleCell.row - from + mid + n - repeated;
      const merges = (s.merges ?? []).flatMap((m) => {
        const moved = m.top >= mid ? [{ ...m, top: m.top + n, bottom: m.bottom + n }] : [m];
        const inHead = m.top >= table.titleCell.row + from && m.bottom < first;
        return inHead ? [...moved, { ...m, top: at(m.top), bottom: at(m.bottom) }] : moved;
      });
      return { ...s, rows: [...s.rows.slice(0, mid), ...inserted, ...s.rows.slice(mid)], merges };
    }),
  };
}

/** The index in `head` of the row under the unit line (the first header row). */
const headerFrom = (head: Rows) => head.findIndex((row) => row.some((v) => typeof v === 'string' && /单位[:：]/.test(v))) + 1;

const PAGES: readonly (readonly [string, (head: Rows) => { rows: Rows; from: number }])[] = [
  ['the header rows and the 栏次 row repeated, no title', (head) => ({ rows: head.slice(headerFrom(head)), from: headerFrom(head) })],
  ['the title, the unit line, the header and the 栏次 row repeated', (head) => ({ rows: head, from: 0 })],
  [
    'the title with （续表）, the unit line, the header and the 栏次 row',
    (head) => ({ rows: [head[0]!.map((v) => (typeof v === 'string' && v.includes('表') ? `${v}（续表）` : v)), ...head.slice(1)], from: 0 }),
  ],
  ['a page number line (第1页，共2页), then the header rows and 栏次', (head) => ({ rows: [['第1页，共2页'], ...head.slice(headerFrom(head))], from: headerFrom(head) })],
  [
    'the header rows repeated without the 栏次 row',
    (head) => ({ rows: head.slice(headerFrom(head)).filter((row) => !row.some((v) => v === '栏次')), from: headerFrom(head) }),
  ],
];

describe.each(PRESETS)('tables printed over two pages, the %s preset', (_name, preset) => {
  const plain = textOf(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))), preset);

  it.each(PAGES)('%s: the text of the plain layout', (_what, page) => {
    expect(textOf(overTwoPages(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))), page), preset)).toEqual(plain);
  });

  it.each(PAGES)('%s, in 千元 with the figures as text with separators: the text of the plain layout', (_what, page) => {
    expect(textOf(overTwoPages(withFigures(changji2022, { unit: '千元' }, (n) => separated(n)), page), preset)).toEqual(plain);
  });
});

const CHINESE_ORDINALS = '一二三四五六七八九十';
/** `二十三` → 23. */
const ordinalValue = (text: string) => {
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (text.includes('十') ? (tens === '' ? 1 : CHINESE_ORDINALS.indexOf(tens!) + 1) * 10 : 0) + (ones === '' ? 0 : CHINESE_ORDINALS.indexOf(ones!) + 1);
};

/** Every label of tables 01 and 04 numbered `一、` rewritten by `form` (given the number and the label without it); the others by `plain`. */
function withLabels(form: (n: number, name: string, ordinal: string) => string, plain: (label: string) => string = (l) => l): WorkbookGrid {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const sheets = new Set(['收入支出决算总表', '财政拨款收入支出决算总表']);
  return {
    ...g,
    sheets: g.sheets.map((s) =>
      sheets.has(s.name)
        ? {
            ...s,
            rows: s.rows.map((row, r) =>
              row.map((v) => {
                if (typeof v !== 'string' || r < 5 || v.startsWith('注')) return v;
                const m = /^([一二三四五六七八九十]+)、(.+)$/.exec(v);
                return m ? form(ordinalValue(m[1]!), m[2]!, m[1]!) : plain(v);
              }),
            ),
          }
        : s,
    ),
  };
}

const LABELS: readonly (readonly [string, (n: number, name: string, ordinal: string) => string, ((label: string) => string) | undefined])[] = [
  ['（一）', (_n, name, ordinal) => `（${ordinal}）${name}`, undefined],
  ['(1)', (n, name) => `(${n})${name}`, undefined],
  ['1.', (n, name) => `${n}.${name}`, undefined],
  ['1、', (n, name) => `${n}、${name}`, undefined],
  ['1．(full-width stop)', (n, name) => `${n}．${name}`, undefined],
  ['no ordinal', (_n, name) => name, undefined],
  ['一、 with a space after it, the others indented with full-width spaces', (_n, name, ordinal) => `${ordinal}、 ${name}`, (l) => `　　${l}`],
  ['一、 with spaces between the characters (一 、一 般 公 共…)', (_n, name, ordinal) => [...`${ordinal}、${name}`].join(' '), (l) => [...l].join(' ')],
];

describe.each(PRESETS)('labels of tables 01 and 04 numbered other ways, the %s preset', (_name, preset) => {
  const plain = textOf(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))), preset);
  it.each(LABELS)('numbered %s: the text of the plain layout', (...[, form, others]) => {
    expect(textOf(withLabels(form, others ?? undefined), preset)).toEqual(plain);
  });
});

/** Each table's rows read (block, key, 分 of each figure), in order. */
function readRows(g: WorkbookGrid): string[] {
  const rec = recognise(g);
  expect(rec.problems.map((p) => `${p.kind} ${p.sheet}!${p.cell}: ${p.message}`)).toEqual([]);
  return Object.values(rec.tables).flatMap((t) =>
    t.rows.map((r) => `${t.id} ${r.block}.${r.key} ${Object.entries(r.figures).map(([k, f]) => `${k}=${f.fen}`).join(' ')}`).sort(),
  );
}

/** Where each table of `ids` can be cut: [its sheet, a row after its first figure row, up to its last], every one. */
function cutPoints(rec: Recognition, ids: readonly BlockTableId[]): (readonly [string, number])[] {
  return ids.flatMap((id) => {
    const t = rec.tables[id]!;
    const rows = t.rows.flatMap((r) => Object.values(r.figures).map((f) => f.cell.row));
    const [first, last] = [Math.min(...rows), Math.max(...rows)];
    return Array.from({ length: last - first }, (_, i) => [t.sheet, first + 1 + i] as const);
  });
}

describe('a table printed over two pages, cut after any of its rows', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const plain = readRows(g);
  const cuts = cutPoints(recognise(g), ['summary', 'fiscalSummary', 'generalBudgetBasic', 'income', 'expenditure', 'generalBudgetExpenditure']);
  it.each(PAGES.flatMap(([what, page]) => cuts.map(([sheet, at]) => [what, sheet, at, page] as const)))(
    '%s, 《%s》 cut at row %i: every row read as in one page',
    (_what, sheet, at, page) => {
      expect(readRows(overTwoPages(g, page, () => at, sheet))).toEqual(plain);
    },
  );
});

/** The table on `sheetName` cut before row `at`, the rest on a sheet of its own after it under the title, unit line, header and 栏次 again. */
function overTwoSheets(g: WorkbookGrid, sheetName: string, at: number): WorkbookGrid {
  const table = Object.values(recognise(g).tables).find((t) => t.sheet === sheetName)!;
  const first = Math.min(...table.rows.flatMap((r) => Object.values(r.figures).map((f) => f.cell.row)));
  return {
    ...g,
    sheets: g.sheets.flatMap((s) => {
      if (s.name !== sheetName) return [s];
      const head = s.rows.slice(table.titleCell.row, first);
      const shift = head.length - at;
      const merges = s.merges ?? [];
      return [
        { ...s, rows: s.rows.slice(0, at), merges: merges.filter((m) => m.bottom < at) },
        {
          name: `${s.name}（2）`,
          rows: [...head, ...s.rows.slice(at)],
          merges: [...merges.filter((m) => m.bottom < first && m.top >= table.titleCell.row).map((m) => ({ ...m, top: m.top - table.titleCell.row, bottom: m.bottom - table.titleCell.row })), ...merges.filter((m) => m.top >= at).map((m) => ({ ...m, top: m.top + shift, bottom: m.bottom + shift }))],
        },
      ];
    }),
  };
}

describe('a table printed a page a sheet, its title and header on each, cut after any of its rows', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const plain = readRows(g);
  const cuts = cutPoints(recognise(g), ['summary', 'fiscalSummary', 'generalBudgetBasic', 'income']);
  it.each(cuts)('《%s》 cut at row %i: every row read as in one page', (sheet, at) => {
    expect(readRows(overTwoSheets(g, sheet, at))).toEqual(plain);
  });
});

describe.each(PRESETS)('each table in its own unit, the %s preset', (_name, preset) => {
  const plain = textOf(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))), preset);
  it.each([
    ['万元, 元, 千元 in turn', ['万元', '元', '千元'] as Unit[]],
    ['元, 千元, 万元 in turn, figures as text with separators', ['元', '千元', '万元'] as Unit[]],
  ])('%s: the text of the plain layout', (what, units) => {
    const [a, b, c] = units.map((unit) => (what.includes('text') ? withFigures(changji2022, { unit }, (n) => separated(n)) : toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { unit }))));
    const mixed: WorkbookGrid = { sheets: a!.sheets.map((_s, i) => [a!, b!, c!][i % 3]!.sheets[i]!) };
    expect(textOf(mixed, preset)).toEqual(plain);
  });
});

describe('a figure the text quotes holding an Excel error', () => {
  it('is a gap in each sentence quoting it, never 0.00, and said at its cell', () => {
    const book = buildWorkbook(changji2022, standardPlan(changji2022));
    const g = toGrid(book);
    const plain = textOf(g, xinjiang);
    const targets = expectedFigures(book).filter(
      (e) =>
        (e.table === 'summary' && e.row === 'yearIncome') ||
        (e.table === 'threePublicCosts' && e.row === 'actual' && e.column === 'total') ||
        (e.table === 'expenditure' && e.row === 'total' && e.column === 'basic'),
    );
    expect(targets).toHaveLength(3);
    const errors: WorkbookGrid = {
      sheets: g.sheets.map((s) => ({
        ...s,
        rows: s.rows.map((row, r) => row.map((v, c) => (targets.some((t) => t.sheet === s.name && t.cellRow === r && t.cellCol === c) ? { error: '#REF!' } : v))),
      })),
    };
    const explained = explain(errors, xinjiang, JSON.parse(JSON.stringify(changji2022Supplement)));
    expect(explained.recognition.problems.map((p) => p.message)).toEqual(targets.map((t) => expect.stringContaining(`${t.sheet}”`)));
    const text = documentLines(explained.document).map((l) => l.text);
    const changed = text.filter((l, i) => l !== plain[i]);
    expect(changed).toHaveLength(4);
    for (const line of changed) expect(line).toContain('【请填写：');
    expect(changed.join('\n')).not.toMatch(/本年收入合计0\.00|基本支出0\.00|支出决算0\.00/);
  });
});

/**
 * Forms no figure can be read from, in a 万元 table: a space inside the number that is no thousands grouping (joined,
 * `1 2` was read as 12), a comma for the decimal point, another unit than the table's, two signs, a yuan sign.
 */
const UNREADABLE: readonly (readonly [string, string])[] = [
  ['1 2', '数字中间有空格，不是三位一组的千分位：请删去空格'],
  ['13 72.79', '数字中间有空格，不是三位一组的千分位：请删去空格'],
  ['1 372 .79', '数字中间有空格，不是三位一组的千分位：请删去空格'],
  ['1.372,79', '用逗号作小数点或千分位不是三位一组，无法确定数值：请用小数点'],
  ['1,372.79元', '写的单位不是表的单位（万元）：请按万元只填数字'],
  ['1 2元', '数字中间有空格，不是三位一组的千分位：请删去空格'],
  ['1 372,79', '用逗号作小数点或千分位不是三位一组，无法确定数值：请用小数点'],
  ['△-3.20', '不是数字：请填入数字'],
  // Most likely 元 (read as 万元 before, ten thousand times the amount): the accountant says which.
  ['¥1,372.79', '带人民币符号¥，而表的单位是万元：带¥的数一般是以元计的金额'],
];

describe('a figure the text quotes in a form that cannot be read', () => {
  const book = buildWorkbook(changji2022, standardPlan(changji2022));
  const g = toGrid(book);
  const plain = textOf(g, xinjiang);
  const target = expectedFigures(book).find((e) => e.table === 'summary' && e.row === 'yearIncome')!;
  it.each(UNREADABLE)('“%s” is a finding at its cell saying what to do, and a gap in the text, never a figure', (form, advice) => {
    const edited: WorkbookGrid = {
      sheets: g.sheets.map((s) => ({ ...s, rows: s.rows.map((row, r) => row.map((v, c) => (s.name === target.sheet && r === target.cellRow && c === target.cellCol ? form : v))) })),
    };
    const explained = explain(edited, xinjiang, JSON.parse(JSON.stringify(changji2022Supplement)));
    expect(explained.recognition.problems.map((p) => [p.kind, p.sheet, p.cell, p.message])).toEqual([
      ['invalid-figure', target.sheet, toA1(target.cellRow, target.cellCol), expect.stringContaining(`工作表“${target.sheet}”${toA1(target.cellRow, target.cellCol)}的金额“${form}”`)],
    ]);
    expect(explained.recognition.problems[0]!.message).toContain(advice);
    const changed = documentLines(explained.document).map((l) => l.text).filter((l, i) => l !== plain[i]);
    expect(changed.length).toBeGreaterThan(0);
    for (const line of changed) expect(line).toContain('【请填写：');
  });
});

/** `1234.5678` → `1,234.5678`: separators in the integer part, the decimals as they are. */
const withSeparators = (n: number) => {
  const [whole, decimals] = String(Math.abs(n)).split('.');
  return `${n < 0 ? '-' : ''}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${decimals === undefined ? '' : `.${decimals}`}`;
};

describe.each(PRESETS)('自评表 with every number as text with separators, the %s preset', (_name, preset) => {
  it.each(['万元', '元'] as Unit[])('in %s: the text of the plain layout', (unit) => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { unit }));
    const plain = textOf(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))), preset);
    const asText: WorkbookGrid = {
      sheets: g.sheets.map((s) => (s.name === '项目支出绩效自评表' ? { ...s, rows: s.rows.map((row) => row.map((v) => (typeof v === 'number' ? withSeparators(v) : v))) } : s)),
    };
    expect(textOf(asText, preset)).toEqual(plain);
  });
});

describe.each(PRESETS)('the 栏次 and 行次 numbers as text too, the %s preset', (_name, preset) => {
  it.each(['万元', '千元'] as Unit[])('in %s, the figures as text with separators: the text of the plain layout', (unit) => {
    const plain = textOf(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))), preset);
    const book = buildWorkbook(changji2022, standardPlan(changji2022), { unit });
    const figures = new Set(expectedFigures(book).map((e) => `${e.sheet}\t${e.cellRow}\t${e.cellCol}`));
    const g = toGrid(book);
    const asText: WorkbookGrid = {
      sheets: g.sheets.map((s) =>
        s.name === '项目支出绩效自评表'
          ? s
          : { ...s, rows: s.rows.map((row, r) => row.map((v, c) => (typeof v !== 'number' ? v : figures.has(`${s.name}\t${r}\t${c}`) ? separated(v) : String(v)))) },
      ),
    };
    expect(textOf(asText, preset)).toEqual(plain);
  });
});

describe.each(PRESETS)('the 上海 2024 template layout with other cell forms and pages, the %s preset', (_name, preset) => {
  const plain = textOf(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))), preset);
  it.each(['万元', '千元', '元'] as Unit[])('in %s, the figures as text with separators, negatives in parentheses', (unit) => {
    const g = withFigures(changji2022, { ...SHANGHAI_2024, unit }, (n) => (n < 0 ? `(${separated(n)})` : separated(n)), shanghaiPlan(changji2022));
    expect(textOf(g, preset)).toEqual(plain);
  });
  it.each(PAGES)('over two pages, %s, in 元 with the figures as text', (_what, page) => {
    const g = withFigures(changji2022, { ...SHANGHAI_2024, unit: '元' }, (n) => separated(n), shanghaiPlan(changji2022));
    expect(textOf(overTwoPages(g, page), preset)).toEqual(plain);
  });
});

describe.each(PRESETS)('subject tables over two pages in other code layouts, the %s preset', (_name, preset) => {
  const plain = textOf(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))), preset);
  const layouts: readonly BuildOptions[] = [{ codeStyle: 'split-sparse' }, { codeStyle: 'split' }, { codeStyle: 'in-label' }, { codeStyle: 'whole-number', totalAt: 'bottom' }];
  it.each(layouts.flatMap((options) => PAGES.map(([what, page]) => [JSON.stringify(options), what, options, page] as const)))('%s, %s', (_o, _what, options, page) => {
    expect(textOf(overTwoPages(toGrid(buildWorkbook(changji2022, standardPlan(changji2022), options)), page), preset)).toEqual(plain);
  });
});

describe('subject tables a page a sheet with codes split over 类 | 款 | 项 leaving out the parts shared with the row above', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { codeStyle: 'split-sparse' }));
  const plain = readRows(g);
  const cuts = cutPoints(recognise(g), ['expenditure', 'generalBudgetExpenditure', 'generalBudgetBasic']);
  it.each(cuts)('《%s》 cut at row %i: every row read as in one page', (sheet, at) => {
    expect(readRows(overTwoSheets(g, sheet, at))).toEqual(plain);
  });
});

describe.each(PRESETS)('other layouts with the figures as text, the %s preset', (_name, preset) => {
  const plain = textOf(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))), preset);
  const layouts: readonly BuildOptions[] = [
    { threePublicLayout: 'B' },
    { threePublicLayout: 'C' },
    { threePublicLayout: 'SH' },
    { basicBlocks: 3, basicTotals: 'across' },
    { basicTotals: 'merged', codeStyle: 'split' },
    { incomeFiscalSplit: 'subtotal' },
    { incomeFiscalSplit: 'parts' },
    { totalAt: 'bottom', totalInCodeColumn: true, codeStyle: 'split' },
    { indent: 2, tableNumbers: false, rowNumbers: false, columnNumbers: false },
  ];
  it.each(layouts.flatMap((o) => (['元', '千元'] as Unit[]).map((unit) => [JSON.stringify(o), unit, o] as const)))('%s in %s, text with separators, zeros as -', (_o, unit, options) => {
    const g = withFigures(changji2022, { ...options, unit }, (n) => (n === 0 ? '-' : n < 0 ? `(${separated(n)})` : separated(n)));
    expect(textOf(g, preset)).toEqual(plain);
  });
});
