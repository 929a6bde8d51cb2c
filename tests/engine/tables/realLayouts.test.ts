/**
 * Real layouts (issue "Real documents"): the layouts published documents use and our own renderings did not, each
 * read with every figure at its cell and no problem (tests/engine/tables/variants.test.ts), and here the figures a
 * public document then states: 公用经费 and 机关运行经费 from a 公用经费合计 merged across blocks, §七 from the 上海
 * “三公” table, the empty 08/09 read as empty with their 说明 line, not as bad figures.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import type { BlockTableId } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { plain } from '../../../src/engine/narrative/fragment';
import type { NarrativeDocument } from '../../../src/engine/narrative/document';
import { runAudit } from '../../../src/engine/audit/audit';
import { indicatorRows } from '../../../src/engine/supplement/indicators';
import { figureOf, isEmptyTable } from '../../../src/engine/tables/model';
import type { RowModel, TableModel } from '../../../src/engine/tables/model';
import { qualifiedA1, toA1 } from '../../../src/engine/grid/address';
import { readXlsx } from '../../../src/hosts/xlsx/read';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid, toXlsx } from '../../../fixtures/workbook';
import { shanghaiPlan } from '../../../fixtures/variants';
import { BuildOptions } from '../../../fixtures/workbook';
import { SHANGHAI_2024 } from '../../../fixtures/writers/options';
import { fiscalSummaryFundsSplit, withIncomeFiscalSplit, withBasicSplit, withOlderGeneralBudgetForm, withHiddenCopy, withHiddenRowCopy, withRowsAbove, withSheetRows } from '../../support/layouts';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { explain, fillPlan } from '../../../src/engine/workflow';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { tableLayouts } from '../../../src/engine/report/tableLayout';
import { readWholeCode } from '../../../src/engine/tables/readers/codes';
import { shanghai2024 } from '../../../fixtures/shanghai-2024/tables';
import { shanghai2024Supplement } from '../../../fixtures/shanghai-2024/supplement';
import { fundTotal } from '../../../src/engine/tables/specs/fiscalSummary';

const supplement = parseSupplementJson(changji2022Supplement).supplement;

function grid(options: BuildOptions, plan = standardPlan(changji2022)): WorkbookGrid {
  return toGrid(buildWorkbook(changji2022, plan, options));
}

function section(doc: NarrativeDocument, number: string): string {
  const part2 = doc.parts.find((p) => p.sections.some((s) => s.number === number && s.title.includes('说明')))!;
  const s = part2.sections.find((x) => x.number === number)!;
  return s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.kind === 'heading' ? b.text : '')).join('\n');
}

function withoutMerges(g: WorkbookGrid): WorkbookGrid {
  return { sheets: g.sheets.map(({ merges: _merges, ...s }) => s) };
}

const BASIC_SHEET = '一般公共预算财政拨款基本支出决算表';
const TABLE_TITLE = { '03': '支出决算表', '04': '财政拨款收入支出决算总表', '05': '一般公共预算财政拨款支出决算表' } as const;

describe('table 06 with 公用经费合计 merged across its last two blocks', () => {
  const options: BuildOptions = { basicBlocks: 3, basicTotals: 'across' };

  it.each([
    ['with the merged areas known (an .xlsx)', (g: WorkbookGrid) => g],
    ['without them (Office.js below ExcelApi 1.13)', withoutMerges],
    // The areas known, and this label's none: typed in block 2 and not merged across (公用经费0.00万元 before).
    ['with the merged areas known and the label not merged across', (g: WorkbookGrid) => ({ sheets: g.sheets.map((s) => (s.name === BASIC_SHEET ? { ...s, merges: (s.merges ?? []).filter((m) => m.top === m.bottom && m.top < 3) } : s)) })],
  ])('reads 公用经费合计 from the last block’s 决算数, %s', (_how, view) => {
    const rec = recognise(view(grid(options)));
    expect(rec.problems).toEqual([]);
    const table = rec.tables.generalBudgetBasic!;
    const total = figureOf(table, 'publicTotal', 'amount')!;
    expect(total.fen).toBe(67_390_000);
    // Three blocks of 科目编码 | 科目名称 | 决算数: the third block's 决算数 is column I.
    expect(toA1(total.cell.row, total.cell.col)).toMatch(/^I\d+$/);
    expect(total.cell.sheet).toBe(BASIC_SHEET);
  });

  it('gives the published 公用经费 and （事业单位）公用经费 in the text, and no 错误', async () => {
    const g = await readXlsx(await toXlsx(buildWorkbook(changji2022, standardPlan(changji2022), options)));
    const rec = recognise(g);
    const doc = generateNarrative(rec, supplement, PRESETS.xinjiang!);
    expect(section(doc, '六')).toContain('公用经费67.39万元');
    expect(section(doc, '六')).not.toContain('0.00万元');
    expect(section(doc, '十')).toContain('（事业单位）公用经费67.39万元');
    const errors = runAudit({ recognition: rec, supplement, grid: g }).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('a 行政单位 reads 机关运行经费 from the same cell', () => {
    const rec = recognise(withoutMerges(grid(options)));
    const admin = { ...supplement, 单位性质: { value: '行政单位' as const, source: supplement.单位性质!.source } };
    expect(section(generateNarrative(rec, admin, PRESETS.xinjiang!), '十')).toContain('机关运行经费67.39万元');
  });
});

describe('the 上海 “三公” table (财政拨款“三公”经费 / items / 预算数 | 决算数)', () => {
  it('reads every item of both measures, blank cells as 0, and §七 states them', () => {
    const rec = recognise(grid({ threePublicLayout: 'SH', blankZeros: true }));
    expect(rec.problems).toEqual([]);
    const t = rec.tables.threePublicCosts!;
    const fen = (measure: string, item: string) => {
      const f = figureOf(t, measure, item);
      return f === undefined ? 'missing' : f.fen;
    };
    expect([fen('budget', 'total'), fen('actual', 'total')]).toEqual([5_000_000, 4_990_000]);
    // 因公出国 and 购置费 are 0: printed blank, read as no figure (0), never as missing.
    expect([fen('budget', 'overseasTravel'), fen('actual', 'vehiclePurchase')]).toEqual([null, null]);
    expect([fen('actual', 'vehicles'), fen('actual', 'vehicleOperation'), fen('actual', 'reception')]).toEqual([4_790_000, 4_790_000, 200_000]);
    const text = section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '七');
    expect(text).toContain('“三公”经费支出决算4.99万元');
    expect(text).toContain('因公出国（境）费支出0.00万元');
    expect(text).not.toMatch(/【请填写：[^】]*“三公”经费支出决算表/);
  });

  it('a table whose only data row is blank is a table of zeros, not a missing table', () => {
    const zero = { ...changji2022, threePublicCosts: { budget: {}, actual: {} } };
    const rec = recognise(toGrid(buildWorkbook(zero, standardPlan(zero), { threePublicLayout: 'SH', blankZeros: true })));
    expect(rec.problems).toEqual([]);
    const t = rec.tables.threePublicCosts!;
    expect(isEmptyTable(t)).toBe(true);
    expect(Object.keys(t.rows.find((r) => r.key === 'actual')!.figures).sort()).toEqual(
      ['overseasTravel', 'reception', 'total', 'vehicleOperation', 'vehiclePurchase', 'vehicles'],
    );
  });
});

describe('empty 08/09 tables whose 合计 shares the header’s last row', () => {
  const rec = recognise(grid({ shanghaiEmptyFunds: true, columnNumbers: false }));

  it.each(['govFund', 'stateCapital'] as const)('%s is read as empty, its 说明 line under it, with no problem', (id) => {
    expect(rec.problems).toEqual([]);
    const t = rec.tables[id]!;
    expect(isEmptyTable(t)).toBe(true);
    expect(t.rows.map((r) => r.key)).toEqual(['total']);
    expect(t.columns.map((c) => c.key)).toEqual(['openingBalance', 'yearIncome', 'yearExpenditure', 'basic', 'project', 'closingBalance']);
    expect(t.notes.map((n) => n.text)).toEqual([
      expect.stringMatching(/^注：本表反映部门本年度.+收入支出及结转和结余情况。$/),
      expect.stringMatching(/^说明：新疆昌吉州政务服务和公共资源交易管理局本年度没有.+收入和支出，故本表无数据。$/),
    ]);
  });

  it('reads the same with 合计 in the code column', () => {
    const inCode = recognise(grid({ shanghaiEmptyFunds: true, columnNumbers: false, totalInCodeColumn: true }));
    expect(inCode.problems).toEqual([]);
    expect(inCode.tables.govFund!.rows.map((r) => [r.key, r.label])).toEqual([['total', '合计']]);
  });

  it('checks without a 错误 about figures and writes the empty-table sentences', () => {
    const g = grid({ shanghaiEmptyFunds: true, columnNumbers: false });
    const findings = runAudit({ recognition: rec, supplement, grid: g });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const doc = generateNarrative(rec, supplement, PRESETS.xinjiang!);
    expect(section(doc, '八')).toBe('我单位本年度无政府性基金预算财政拨款收入、支出及结转和结余，政府性基金预算财政拨款收入支出决算表为空表。');
  });
});

describe('the whole 上海 2024 template layout (cover title, no 部门 line, blank zeros, 05 合计 at the bottom)', () => {
  it('is recognised completely and its cover gives the year and department', async () => {
    const g = await readXlsx(await toXlsx(buildWorkbook(changji2022, shanghaiPlan(changji2022), SHANGHAI_2024)));
    const rec = recognise(g);
    expect(rec.problems).toEqual([]);
    expect(rec.missing).toEqual([]);
    expect(rec.document.year?.value).toBe(2022);
    expect(rec.document.department?.value).toBe('新疆昌吉州政务服务和公共资源交易管理局');
    const errors = runAudit({ recognition: rec, supplement, grid: g }).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });
});

describe('the 上海 fixture in the 上海 template’s own layout', () => {
  it('gives, word for word, the 公开说明 and the findings of its standard layout', async () => {
    const data = parseSupplementJson(shanghai2024Supplement).supplement;
    const read = async (options: BuildOptions, plan = standardPlan(shanghai2024)) => {
      const g = await readXlsx(await toXlsx(buildWorkbook(shanghai2024, plan, options)));
      const rec = recognise(g);
      const text = generateNarrative(rec, data, PRESETS.shanghai!).parts.flatMap((p) =>
        p.sections.flatMap((s) => s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.kind === 'heading' ? b.text : ''))),
      );
      return { rec, text, findings: runAudit({ recognition: rec, supplement: data, grid: g }).map((f) => [f.rule, f.message]) };
    };
    const standard = await read({});
    const template = await read(SHANGHAI_2024, shanghaiPlan(shanghai2024));
    expect(template.rec.problems.filter((p) => p.table !== '10')).toEqual([]);
    expect(template.text).toEqual(standard.text);
    expect(template.findings).toEqual(standard.findings);
    // §六 and §七 carry the 公用经费 and the 三公 figures of the tables, not zeros.
    const joined = template.text.join('\n');
    expect(joined).not.toContain('【请填写');
    const publicTotal = shanghai2024.generalBudgetBasic.publicTotal.toFixed(2);
    expect(joined).toContain(`公用经费${publicTotal}万元`);
    expect(joined).toContain(`支出决算为${shanghai2024.threePublicCosts.actual.total!.toFixed(2)}万元`);
  });
});

describe('the 上海 “三公” table headed 全年预算数 instead of 预算数 (no 年初预算数)', () => {
  const data = parseSupplementJson(shanghai2024Supplement).supplement;
  const g = toGrid(buildWorkbook(shanghai2024, shanghaiPlan(shanghai2024), SHANGHAI_2024));
  const sheetName = recognise(g).tables.threePublicCosts!.sheet;
  // The template's lowest header row `预算数 | 决算数` under each item, its 预算数 cells headed 全年预算数.
  const x = withSheetRows(g, sheetName, (rows) => rows.map((r) => r.map((c) => (c === '预算数' ? '全年预算数' : c))));
  const rec = recognise(x);
  const text = (doc: NarrativeDocument) =>
    doc.parts.flatMap((p) => p.sections.flatMap((sec) => sec.blocks.flatMap((b) => (b.kind === 'paragraph' ? [plain(b.runs)] : []))));

  it('§七 states the 全年预算 and the 完成预算的 X% against it, no gap (helper77: 年初预算为【请填写】, the rate and the reason gaps named as the 预算)', () => {
    expect(rec.problems.filter((p) => p.table !== '10')).toEqual([]);
    expect(rec.tables.threePublicCosts!.rows.map((r) => [r.key, r.label])).toEqual([['budget', '全年预算数'], ['actual', '决算数']]);
    const seven = section(generateNarrative(rec, data, PRESETS.shanghai!), '七');
    expect(seven.split('\n')[1]).toBe(
      '“三公”经费财政拨款支出全年预算为57.00万元，支出决算为52.24万元，完成预算的91.65%，其中：因公出国（境）费决算为12.36万元，完成预算的82.40%；公务用车购置及运行维护费支出决算为36.68万元，完成预算的96.53%；公务接待费支出决算为3.20万元，完成预算的80.00%。2024年度“三公”经费支出决算数小于预算数的主要原因：严格执行中央八项规定精神，厉行节约，压减各项支出。',
    );
    expect(seven).not.toContain('【请填写');
  });

  const typed = (lines: readonly string[]) => {
    const written: WorkbookGrid = { ...x, sheets: [...x.sheets, { name: '公开说明', rows: lines.map((l) => [l]) }] };
    return runAudit({ recognition: recognise(written), supplement: data, grid: written })
      .filter((f) => f.cells.some((c) => c.startsWith('公开说明!')))
      .map((f) => `${f.rule} ${f.message}`);
  };

  it('raises nothing on that text typed back into the workbook', () => {
    expect(typed(text(generateNarrative(rec, data, PRESETS.shanghai!)))).toEqual([]);
  });

  it('holds its items’ 完成预算的 to the 全年预算数 the sentence named (they went unchecked beside a lone 全年 block)', () => {
    const line = '“三公”经费财政拨款支出全年预算为57.00万元，支出决算为52.24万元，完成预算的91.65%，其中：因公出国（境）费决算为12.36万元，完成预算的88.40%。';
    expect(typed([line])).toEqual(['text-budget 说明文字“完成预算的88.40%”：按预算 15.00万元、决算 12.36万元 应为 82.40%，文中为 88.40%。']);
    // A sentence naming the 年初预算, which the table does not print: its items’ rates are held to nothing.
    expect(typed([line.replace('全年预算为57.00', '年初预算为55.00').replace('91.65', '94.98')])).toEqual([]);
  });
});

/** The sheet with an empty column put in before column `at` (0-based), its merged areas moved with their cells. */
function withSpacer(g: WorkbookGrid, sheetName: string, at: number): WorkbookGrid {
  return {
    sheets: g.sheets.map((s) => {
      if (s.name !== sheetName) return s;
      const move = (c: number) => (c >= at ? c + 1 : c);
      return {
        ...s,
        rows: s.rows.map((r) => [...r.slice(0, at), null, ...r.slice(at)]),
        merges: (s.merges ?? []).map((m) => ({ ...m, left: move(m.left), right: move(m.right) })),
      };
    }),
  };
}

describe('the “三公” table’s unlabelled 栏次 row numbered by block, or out of order (columns moved, each keeping its number)', () => {
  const g = grid({});
  const sheet = recognise(g).tables.threePublicCosts!.sheet;
  const numbered = (numbers: readonly (number | null)[]) =>
    withSheetRows(g, sheet, (rows) => rows.map((r) => (r.length === numbers.length && r.every((v, i) => v === i + 1) ? [...numbers] : [...r])));
  const three = (x: WorkbookGrid) => recognise(x).tables.threePublicCosts!.rows.map((r) => [r.key, Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.fen]))]);

  it.each([
    ['each block from 1 (1–6 | 1–6)', [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]],
    ['1 to 12 out of order', [1, 2, 6, 3, 4, 5, 7, 8, 12, 9, 10, 11]],
  ])('is the 栏次 row, numbered %s: the figures under it read, §七 as with 1 to 12', (_name, numbers) => {
    const x = numbered(numbers);
    expect(x).not.toEqual(g);
    expect(recognise(x).problems).toEqual([]);
    expect(three(x)).toEqual(three(g));
    expect(section(generateNarrative(recognise(x), supplement, PRESETS.xinjiang!), '七')).toEqual(section(generateNarrative(recognise(g), supplement, PRESETS.xinjiang!), '七'));
  });

  it('is not a row of figures that adds up (each block’s 合计 first, at least each of its parts)', () => {
    // Small whole figures, read as figures: 合计 6 = 出国 1 + 用车 4 + 接待 1 (用车 4 = 购置 1 + 运行 3), each after a 1
    // like a block's numbers; and 12 = 1 + 9 + 2 (9 = 2 + 7), twelve numbers up to 12 like 1 to 12 out of order.
    // With blanks among them: 合计 1 = 接待 1 in each block; no budget, and 合计 3 = 出国 1 + 接待 2 (用车 blank), 1 to 3
    // out of order.
    for (const [figures, totals] of [
      [[6, 1, 4, 1, 3, 1, 6, 1, 4, 1, 3, 1], [600_0000, 600_0000]],
      [[12, 1, 9, 2, 7, 2, 12, 1, 9, 2, 7, 2], [1200_0000, 1200_0000]],
      [[1, null, null, null, null, 1, 1, null, null, null, null, 1], [100_0000, 100_0000]],
      [[null, null, null, null, null, null, 3, 1, null, null, null, 2], [0, 300_0000]],
    ] as const) {
      expect(recognise(numbered(figures)).tables.threePublicCosts!.rows.map((r) => r.figures.total?.fen ?? 0)).toEqual(totals);
    }
  });
});

describe('an empty spacer column inside a table (no header text, nothing under it)', () => {
  it.each([
    ['after 科目名称 of table 02: 合计 keeps its row', '收入决算表', 2, 'income' as const],
    ['between the blocks of table 06: no repeated column', BASIC_SHEET, 3, 'generalBudgetBasic' as const],
  ])('%s', (_what, sheetName, at, id) => {
    const plain = recognise(grid({}));
    const rec = recognise(withSpacer(grid({}), sheetName, at));
    expect(rec.problems).toEqual([]);
    const read = (r: typeof rec) => r.tables[id]!.rows.map((row) => [row.key, row.label, Object.fromEntries(Object.entries(row.figures).map(([k, f]) => [k, f.fen]))]);
    expect(read(rec)).toEqual(read(plain));
    expect(rec.tables[id]!.rows[0]!.key).toBe(id === 'income' ? 'total' : plain.tables[id]!.rows[0]!.key);
  });
});

describe('a 栏次 row that letters the code and name columns (甲 乙 1 2 3 …) instead of saying 栏次', () => {
  it('is read as the 栏次 row, not as rows 甲 and 乙 of the table', () => {
    const g = grid({});
    const lettered: WorkbookGrid = {
      sheets: g.sheets.map((s) => ({
        ...s,
        rows: s.rows.map((r) => {
          const at = r.indexOf('栏次');
          if (at < 0) return r;
          const out = [...r];
          // 甲 (and 乙) where the code and name columns are; 栏次 itself gone.
          out[at] = at > 0 && r[at - 1] === null ? '乙' : '甲';
          if (at > 0 && r[at - 1] === null) out[at - 1] = '甲';
          return out;
        }),
      })),
    };
    expect(g.sheets.some((s) => s.rows.some((r) => r.includes('栏次')))).toBe(true);
    const rec = recognise(lettered);
    expect(rec.problems).toEqual([]);
    const plain = recognise(g);
    for (const id of Object.keys(plain.tables) as (keyof typeof plain.tables)[]) {
      expect(rec.tables[id]!.rows.map((r) => r.key)).toEqual(plain.tables[id]!.rows.map((r) => r.key));
    }
  });
});

/**
 * A table cut in two parts, as copied from a paginated document: after `split` data rows, a blank row, the title again
 * with 续 behind it and the whole header again (meta lines, column labels, 栏次), then the other rows. `note` puts the
 * table's 注 line under the first part as well (each page repeating it); `relabel` renames one column of the second part.
 */
function continued(
  g: WorkbookGrid,
  sheetName: string,
  options: { suffix?: string; note?: boolean; relabel?: [string, string]; toSheet?: string; nextSheet?: boolean; repeat?: 'nothing' | 'columnNumbers' } = {},
): WorkbookGrid {
  const rec = recognise(g);
  const table = Object.values(rec.tables).find((t) => t.sheet === sheetName)!;
  const sheet = g.sheets.find((s) => s.name === sheetName)!;
  const top = table.range.top;
  const firstData = Math.min(...table.rows.map((r) => r.labelCell!.row));
  const split = firstData + Math.floor(table.rows.length / 2);
  const title = sheet.rows[top]!.map((v) => (typeof v === 'string' && v.includes('决算表') ? `${v}${options.suffix ?? '（续）'}` : v));
  const header = sheet.rows.slice(top + 1, firstData).map((r) => r.map((v) => (options.relabel && v === options.relabel[0] ? options.relabel[1] : v)));
  if (options.note && !table.notes[0]) throw new Error(`${sheetName} has no 注 line to repeat`);
  const noteLine = table.notes[0] ? [[...sheet.rows[table.notes[0].cell.row]!]] : [];
  // `repeat`: the part repeats no header at all, or its 栏次 row alone (the header's last row).
  const repeated = options.repeat === 'nothing' ? [] : options.repeat === 'columnNumbers' ? header.slice(-1) : header;
  const part2 = [title, ...repeated, ...sheet.rows.slice(split, table.range.bottom + 1)];
  const firstPart = [...sheet.rows.slice(0, split), ...(options.note ? noteLine : []), []];
  const rest = sheet.rows.slice(table.range.bottom + 1);
  if (options.toSheet) {
    const first = { ...sheet, rows: [...firstPart, ...rest], merges: undefined };
    const second = { name: options.toSheet, rows: part2 };
    // `nextSheet`: right after the table's sheet (a page a sheet); else at the end of the workbook.
    return { ...g, sheets: options.nextSheet ? g.sheets.flatMap((s) => (s === sheet ? [first, second] : [s])) : [...g.sheets.map((s) => (s === sheet ? first : s)), second] };
  }
  return { ...g, sheets: g.sheets.map((s) => (s === sheet ? { ...s, rows: [...firstPart, ...part2, ...rest], merges: undefined } : s)) };
}

describe('a table whose title is only its sheet’s name (no title cell: the title in a text box, the page header, or nowhere)', () => {
  const untitled = (name: string, newName = name, blankAbove = 0) =>
    withSheetRows({ sheets: grid({}).sheets.map((s) => (s.name === name ? { ...s, name: newName } : s)) }, newName, (rows) => [...Array.from({ length: blankAbove }, () => []), ...rows.slice(1).map((r) => [...r])]);
  const findings = (g: WorkbookGrid) => runAudit({ recognition: recognise(g), supplement, grid: g });

  it.each([
    ['支出决算表', '支出决算表', 0, '03'],
    ['支出决算表', 'Z03 支出决算表(财决03表)', 0, '03'],
    ['一般公共预算财政拨款支出决算表', '一般公共预算财政拨款支出决算表', 2, '05'],
    ['财政拨款收入支出决算总表', '公开04表 财政拨款收入支出决算总表', 1, '04'],
  ] as const)('says the sheet %s (named “%s”, %i blank rows above) holds the table without a title, not the page of the table before it', (name, newName, blankAbove, code) => {
    const g = untitled(name, newName, blankAbove);
    const rec = recognise(g);
    const title = TABLE_TITLE[code];
    const said = rec.problems.filter((p) => p.sheet === newName);
    expect(said.map((p) => [p.kind, p.cell])).toEqual([['untitled-table', `A${blankAbove + 1}`]]);
    expect(said[0]!.message).toBe(`工作表“${newName}”A${blankAbove + 1}起的表没有标题行，工作表名称是《${title}》的表名：标题在文本框、页眉中或只在工作表名称中，都读不到，这张表未读取。请在表头上方插入一行，写上标题“${title}”。`);
    // Not as the page of the table before it (请在首行加上标题“收入决算表（续）”: a table they are not).
    expect(rec.problems.filter((p) => p.kind === 'orphan-continuation')).toEqual([]);
    expect(rec.problems.find((p) => p.kind === 'missing-table' && p.table === code)!.message).toBe(`未找到《${title}》（公开${code}表）：工作表“${newName}”像是这张表，但表上没有标题行，见上一条。`);
    const missing = findings(g).filter((f) => f.rule === 'missing-table');
    expect(missing.map((f) => [f.severity, f.message, f.cells])).toEqual([
      ['error', `工作表“${newName}”像是《${title}》（公开${code}表），但表上没有标题行（标题在文本框、页眉中或只在工作表名称中，都读不到），这张表未读取，与它有关的检查没有进行：请在A${blankAbove + 1}所在的表头上方插入一行，写上标题“${title}”。`, [qualifiedA1({ sheet: newName, row: blankAbove, col: 0 })]],
    ]);
  });

  it('still says a sheet of the table before it, named for no table, as its page', () => {
    const g = untitled('支出决算表', 'Sheet3');
    expect(recognise(g).problems.filter((p) => p.sheet === 'Sheet3').map((p) => p.kind)).toEqual(['orphan-continuation']);
  });

  it('says nothing of a sheet named for a table the workbook has with its title (a copy of the rows, a draft)', () => {
    const g = grid({});
    const copy = { ...g.sheets.find((s) => s.name === '支出决算表')!, name: '支出决算表 (2)' };
    const withCopy = withSheetRows({ sheets: [...g.sheets, copy] }, '支出决算表 (2)', (rows) => rows.slice(1).map((r) => [...r]));
    expect(recognise(withCopy).problems.filter((p) => p.kind === 'untitled-table')).toEqual([]);
  });
});

describe('a table continued under its title again (`收入决算表（续）` and the header repeated)', () => {
  const read = (r: ReturnType<typeof recognise>, id: 'income' | 'expenditure' | 'generalBudgetExpenditure') =>
    r.tables[id]!.rows.map((row) => [row.key, row.label, Object.fromEntries(Object.entries(row.figures).map(([k, f]) => [k, f.fen]))]);

  it.each([
    ['（续）', '收入决算表', false, 'income' as const],
    ['续表', '支出决算表', false, 'expenditure' as const],
    ['(续表)', '收入决算表', true, 'income' as const],
  ])('reads both parts as one table (%s, %s; a 注 under the first part: %s), with the findings of the table uncut', (suffix, sheetName, note, id) => {
    const g = grid({});
    const cut = continued(g, sheetName, { suffix, note });
    const rec = recognise(cut);
    expect(rec.problems).toEqual([]);
    expect(read(rec, id)).toEqual(read(recognise(g), id));
    const findings = (x: WorkbookGrid) => runAudit({ recognition: recognise(x), supplement, grid: x }).map((f) => `${f.severity} ${f.rule}`);
    expect(findings(cut)).toEqual(findings(g));
  });

  it.each(['nothing', 'columnNumbers'] as const)('reads a part that repeats no header (%s) with the table’s columns, the findings those of the table uncut', (repeat) => {
    const g = grid({});
    const cut = continued(g, '收入决算表', { repeat });
    const rec = recognise(cut);
    expect(rec.problems).toEqual([]);
    expect(read(rec, 'income')).toEqual(read(recognise(g), 'income'));
    const findings = (x: WorkbookGrid) => runAudit({ recognition: recognise(x), supplement, grid: x }).map((f) => `${f.severity} ${f.rule}`);
    expect(findings(cut)).toEqual(findings(g));
  });

  it('does not read a part whose columns differ from the table’s, and says so at the column', () => {
    const rec = recognise(continued(grid({}), '收入决算表', { relabel: ['事业收入', '经营收入'] }));
    expect(rec.problems.map((p) => p.kind)).toEqual(['unmatched-header']);
    expect(rec.problems[0]!.message).toContain('续表的这一列与原表同一列的栏目“事业收入”不同');
    // The first part only: no figure of the second part went into the wrong column.
    expect(rec.tables.income!.rows.length).toBeLessThan(recognise(grid({})).tables.income!.rows.length);
  });

  it('keeps a part it does not read within the table, not as explanation text', () => {
    const g = continued(grid({}), '收入决算表', { relabel: ['事业收入', '经营收入'] });
    const sheet = g.sheets.find((s) => s.name === '收入决算表')!;
    const lastFigureRow = sheet.rows.reduce((last, row, r) => (row.some((v) => typeof v === 'number') ? r : last), -1);
    const rec = recognise(g);
    expect(rec.tables.income!.range.bottom).toBeGreaterThanOrEqual(lastFigureRow);
    const text = (x: WorkbookGrid) => runAudit({ recognition: recognise(x), supplement, grid: x }).filter((f) => f.rule.startsWith('text-'));
    expect(text(g)).toEqual(text(grid({})));
  });

  it.each([
    ['titled （续表）', '（续表）'],
    ['titled as the table', ''],
  ])('reads a part opening the sheet after the table’s (a page a sheet), %s, as the table: no problem, the findings those of the table uncut', (_what, suffix) => {
    const g = grid({});
    const cut = continued(g, '支出决算表', { suffix, toSheet: '支出决算表（2）', nextSheet: true });
    expect(cut.sheets.map((s) => s.name).indexOf('支出决算表（2）')).toBe(cut.sheets.map((s) => s.name).indexOf('支出决算表') + 1);
    const rec = recognise(cut);
    expect(rec.problems).toEqual([]);
    expect(read(rec, 'expenditure')).toEqual(read(recognise(g), 'expenditure'));
    const findings = (x: WorkbookGrid) => runAudit({ recognition: recognise(x), supplement, grid: x }).map((f) => `${f.severity} ${f.rule}`);
    expect(findings(cut)).toEqual(findings(g));
  });

  it('reads a table printed a page a sheet over three sheets, its range on its first sheet alone', () => {
    const g = grid({});
    const table = recognise(g).tables.expenditure!;
    const sheet = g.sheets.find((s) => s.name === '支出决算表')!;
    const firstData = Math.min(...table.rows.map((r) => r.labelCell!.row));
    const [a, b] = [firstData + 7, firstData + 14];
    const header = sheet.rows.slice(table.range.top + 1, firstData);
    const title = sheet.rows[table.range.top]!.map((v) => (typeof v === 'string' && v.includes('决算表') ? `${v}（续表）` : v));
    const pages = [sheet.rows.slice(0, a), [title, ...header, ...sheet.rows.slice(a, b)], [title, ...header, ...sheet.rows.slice(b)]];
    const cut: WorkbookGrid = { sheets: g.sheets.flatMap((s) => (s === sheet ? pages.map((rows, i) => ({ name: i === 0 ? s.name : `${s.name}（${i + 1}）`, rows })) : [s])) };
    const rec = recognise(cut);
    expect(rec.problems).toEqual([]);
    expect(read(rec, 'expenditure')).toEqual(read(recognise(g), 'expenditure'));
    // Its range is its first page's: a sentence under it is explanation text, not a table cell.
    expect(rec.tables.expenditure!.range).toMatchObject({ sheet: '支出决算表', bottom: a - 1 });
    expect(rec.setAside.map((r) => r.sheet)).toEqual(['支出决算表（2）', '支出决算表（3）']);
  });

  it.each([
    ['收入决算表', 'income', '（续）'],
    ['支出决算表', 'expenditure', '（续）'],
    ['一般公共预算财政拨款支出决算表', 'generalBudgetExpenditure', '续表'],
  ] as const)('reads a continued part on a sheet of its own at the end of the workbook (%s) as the table’s rest: no problem, the findings and the text those of the table uncut', (sheetName, id, suffix) => {
    const g = grid({});
    const cut = continued(g, sheetName, { suffix, toSheet: '续表' });
    const rec = recognise(cut);
    expect(rec.problems).toEqual([]);
    expect(read(rec, id)).toEqual(read(recognise(g), id));
    // Its range is its first part's; the part's cells are table cells all the same, no explanation text.
    expect(rec.tables[id]!.sheet).toBe(sheetName);
    expect(rec.setAside).toContainEqual(expect.objectContaining({ sheet: '续表', top: 0 }));
    // The same findings (a row of the part's is found after the table's first sheet's).
    const findings = (x: WorkbookGrid) => runAudit({ recognition: recognise(x), supplement, grid: x }).map((f) => `${f.severity} ${f.rule} ${f.message}`).sort();
    expect(findings(cut)).toEqual(findings(g));
    const text = (x: WorkbookGrid) => generateNarrative(recognise(x), supplement, PRESETS.xinjiang!).parts.flatMap((part) => part.sections.flatMap((sec) => sec.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : ''))));
    expect(text(cut)).toEqual(text(g));
  });

  it.each<[string, (x: WorkbookGrid) => WorkbookGrid, { relabel?: [string, string] }?]>([
    ['in another unit', (x: WorkbookGrid) => withSheetRows(x, '续表', (rows) => rows.map((r) => r.map((v) => (typeof v === 'string' && /单位[:：]万元/.test(v) ? v.replace('万元', '元') : v))))],
    ['of another department', (x: WorkbookGrid) => withSheetRows(x, '续表', (rows) => rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('部门：') ? '部门：另一个局' : v))))],
    ['on a hidden sheet (a draft)', (x: WorkbookGrid) => ({ ...x, sheets: x.sheets.map((s) => (s.name === '续表' ? { ...s, state: 'hidden' as const } : s)) })],
    ['with other columns', (x: WorkbookGrid) => x, { relabel: ['事业收入', '经营收入'] }],
    ['titled with another year (last year’s)', (x: WorkbookGrid) => withSheetRows(x, '续表', (rows) => rows.map((r, i) => (i === 0 ? ['2021年度收入决算表（续）'] : [...r])))],
    ['on a sheet named for an earlier year', (x: WorkbookGrid) => ({ ...x, sheets: x.sheets.map((s) => (s.name === '续表' ? { ...s, name: '2021续表' } : s)) })],
  ])('says a continued part on a sheet of its own %s and reads none of it as the table or as text', (_how, change, options = {}) => {
    const g = change(continued(grid({}), '收入决算表', { toSheet: '续表', ...options }));
    const part = g.sheets[g.sheets.length - 1]!.name;
    const rec = recognise(g);
    expect(rec.problems.filter((p) => p.kind === 'orphan-continuation').map((p) => [p.sheet, p.cell])).toEqual([[part, 'A1']]);
    expect(rec.tables.income!.rows.length).toBeLessThan(recognise(grid({})).tables.income!.rows.length);
    expect(rec.setAside).toContainEqual(expect.objectContaining({ sheet: part, top: 0 }));
    const notices = runAudit({ recognition: rec, supplement, grid: g }).filter((f) => f.rule === 'reading-notices');
    expect(notices.map((f) => f.message)).toContainEqual(expect.stringContaining('是《收入决算表》的续表，但它上面没有这张表'));
  });

  it('says a continued part on a sheet of its own that repeats rows of the table (a copy of it), as the only problem', () => {
    const g = grid({});
    const sheet = g.sheets.find((s) => s.name === '收入决算表')!;
    const copy = { name: '续表', rows: sheet.rows.map((r, i) => (i === 0 ? r.map((v) => (typeof v === 'string' && v.includes('决算表') ? `${v}（续）` : v)) : r)) };
    const rec = recognise({ ...g, sheets: [...g.sheets, copy] });
    expect(rec.problems.map((p) => [p.kind, p.sheet, p.cell])).toEqual([['orphan-continuation', '续表', 'A1']]);
    expect(read(rec, 'income')).toEqual(read(recognise(g), 'income'));
  });
});

describe('a table whose unit is said only in its column headers (`决算数（元）`), with no unit line', () => {
  /** Table `sheetName` with its `单位：万元` line emptied, `（元）` behind each figure column's lowest label and its figures in 元. */
  function inYuanByLabels(g: WorkbookGrid, sheetName: string, unitLabel = '（元）'): WorkbookGrid {
    const table = Object.values(recognise(g).tables).find((t) => t.sheet === sheetName)!;
    const firstData = Math.min(...table.rows.map((r) => r.labelCell!.row));
    const figureCells = new Set(table.rows.flatMap((r) => Object.values(r.figures).map((f) => `${f.cell.row}:${f.cell.col}`)));
    const labelRow = (col: number) => {
      for (let r = firstData - 1; r > table.range.top; r--) {
        const v = g.sheets.find((s) => s.name === sheetName)!.rows[r]?.[col];
        if (typeof v === 'string' && v.trim() !== '' && !/^\d+$/.test(v) && v !== '栏次') return r;
      }
      throw new Error(`no label above column ${col}`);
    };
    const labels = new Set(table.columns.map((c) => `${labelRow(c.col)}:${c.col}`));
    return {
      ...g,
      sheets: g.sheets.map((s) =>
        s.name !== sheetName
          ? s
          : {
              ...s,
              rows: s.rows.map((row, r) =>
                row.map((v, c) => {
                  if (r < firstData && typeof v === 'string' && /单位[:：]/.test(v)) return null;
                  if (labels.has(`${r}:${c}`)) return `${v as string}${unitLabel}`;
                  if (figureCells.has(`${r}:${c}`) && typeof v === 'number') return Math.round(v * 1_000_000) / 100;
                  return v;
                }),
              ),
            },
      ),
    };
  }

  it('reads the figures in that unit: the same amounts, no problem', () => {
    const g = grid({});
    const rec = recognise(inYuanByLabels(g, '收入决算表'));
    expect(rec.problems).toEqual([]);
    expect(rec.tables.income!.unit).toBe('元');
    const fen = (r: ReturnType<typeof recognise>) => r.tables.income!.rows.map((row) => Object.values(row.figures).map((f) => f.fen));
    expect(fen(rec)).toEqual(fen(recognise(g)));
  });

  it.each([
    ['one figure column’s label alone', ['其他收入']],
    ['the label column’s label', ['科目名称', '项目']],
  ])('takes no unit from %s: 万元, and the missing unit line said', (_what, labels) => {
    const g = grid({});
    const sheet = g.sheets.find((s) => s.name === '收入决算表')!;
    const without = sheet.rows.map((row, r) => row.map((v) => (r < 6 && typeof v === 'string' && /单位[:：]/.test(v) ? null : labels.includes(v as string) ? `${v as string}（元）` : v)));
    expect(without.some((row) => row.some((v) => typeof v === 'string' && v.endsWith('（元）')))).toBe(true);
    const rec = recognise({ ...g, sheets: g.sheets.map((s) => (s === sheet ? { ...s, rows: without } : s)) });
    expect(rec.tables.income!.unit).toBe('万元');
    expect(rec.problems.map((p) => p.kind)).toEqual(['no-unit']);
  });

  it.each(['元', '万元'])('reads the unit from a line over the header whose cell holds it alone (%s, no 单位：)', (unit) => {
    const g = grid({});
    const rows = g.sheets.find((s) => s.name === '收入决算表')!.rows;
    const at = rows.slice(0, 6).flatMap((row, r) => row.flatMap((v, c) => (typeof v === 'string' && /单位[:：]/.test(v) ? [[r, c] as const] : [])))[0]!;
    // In 元: the figures as inYuanByLabels makes them, its labels as they were.
    const yuan = unit === '元' ? inYuanByLabels(g, '收入决算表', '') : g;
    const x = withSheetRows(yuan, '收入决算表', (rs) => rs.map((row, r) => (r === at[0] ? row.map((v, c) => (c === at[1] ? unit : v)) : [...row])));
    expect(x.sheets.find((s) => s.name === '收入决算表')!.rows.slice(0, 6).flat()).toContain(unit);
    const rec = recognise(x);
    expect(rec.problems).toEqual([]);
    expect(rec.tables.income!.unit).toBe(unit);
    const fen = (r: ReturnType<typeof recognise>) => r.tables.income!.rows.map((row) => Object.values(row.figures).map((f) => f.fen));
    expect(fen(rec)).toEqual(fen(recognise(g)));
  });

  it('does not guess when the labels disagree: 万元, and the missing unit line said', () => {
    const g = inYuanByLabels(grid({}), '收入决算表');
    const mixed: WorkbookGrid = { ...g, sheets: g.sheets.map((s) => (s.name !== '收入决算表' ? s : { ...s, rows: s.rows.map((row) => row.map((v) => (v === '事业收入（元）' ? '事业收入（万元）' : v))) })) };
    expect(mixed.sheets.some((s) => s.rows.some((row) => row.includes('事业收入（万元）')))).toBe(true);
    const rec = recognise(mixed);
    expect(rec.tables.income!.unit).toBe('万元');
    expect(rec.problems.map((p) => p.kind)).toEqual(['no-unit']);
  });
});

describe('continued parts, put together row by row (table 02 of the sample: title, 3 header rows and 栏次, 23 rows, 注)', () => {
  const g = grid({});
  const sheet = g.sheets.find((s) => s.name === '收入决算表')!;
  const R = sheet.rows;
  const table = recognise(g).tables.income!;
  const first = Math.min(...table.rows.map((r) => r.labelCell!.row));
  const last = Math.max(...table.rows.map((r) => r.labelCell!.row));
  const header = R.slice(1, first);
  const note = R[table.notes[0]!.cell.row]!;
  const data = (from: number, to: number) => R.slice(first + from, first + to);
  const title = (suffix: string, text = '收入决算表') => [`${text}${suffix}`];
  const withRows = (rows: readonly (readonly unknown[])[]): WorkbookGrid => ({
    ...g,
    sheets: g.sheets.map((s) => (s === sheet ? { ...s, rows: rows as WorkbookGrid['sheets'][number]['rows'], merges: undefined } : s)),
  });
  const keys = (rec: ReturnType<typeof recognise>) => rec.tables.income!.rows.map((r) => r.key);
  const all = keys(recognise(g));
  const n = last - first + 1;

  it.each([
    ['three parts, a 注 under each', [R[0]!, ...header, ...data(0, 7), note, [], title('（续）'), ...header, ...data(7, 15), note, [], title('（续2）'), ...header, ...data(15, n), note]],
    ['a first part with no row of its own (the continuation right under its header, no 栏次)', [R[0]!, ...R.slice(1, first - 1), title('（续）'), ...R.slice(1, first - 1), ...data(0, n), note]],
    ['续表： in front of the title', [R[0]!, ...header, ...data(0, 7), [], title('收入决算表', '续表：'), ...header, ...data(7, n), note]],
  ])('%s: every row once, no problem', (_what, rows) => {
    const rec = recognise(withRows(rows));
    expect(rec.problems).toEqual([]);
    expect(keys(rec)).toEqual(all);
  });

  it('reads the parts after one it cannot read, and says which', () => {
    const other = header.map((r) => r.map((v) => (v === '事业收入' ? '经营收入' : v)));
    const rec = recognise(withRows([R[0]!, ...header, ...data(0, 7), [], title('（续）'), ...other, ...data(7, 15), [], title('（续）'), ...header, ...data(15, n), note]));
    expect(rec.problems.map((p) => p.kind)).toEqual(['unmatched-header']);
    expect(keys(rec)).toEqual([...all.slice(0, 7), ...all.slice(15)]);
  });

  it('does not read a part in another unit, and says so at its unit line', () => {
    const inYuan = header.map((r) => r.map((v) => (typeof v === 'string' && /单位[:：]万元/.test(v) ? v.replace('万元', '元') : v)));
    expect(inYuan).not.toEqual(header);
    const rec = recognise(withRows([R[0]!, ...header, ...data(0, 7), [], title('（续）'), ...inYuan, ...data(7, n).map((r) => r.map((v) => (typeof v === 'number' ? v * 10_000 : v))), note]));
    expect(rec.problems.map((p) => [p.kind, p.message.includes('续表的金额单位是元，与原表的万元不同')])).toEqual([['unmatched-header', true]]);
    expect(keys(rec)).toEqual(all.slice(0, 7));
  });

  it('says both continuations when another table’s stands between a table and its own (none is read into the wrong table)', () => {
    const rec = recognise(withRows([R[0]!, ...header, ...data(0, 7), [], title('（续）', '支出决算表'), ...header, [], title('（续）'), ...header, ...data(7, n), note]));
    expect(rec.problems.map((p) => p.kind)).toEqual(['orphan-continuation', 'orphan-continuation']);
    expect(keys(rec)).toEqual(all.slice(0, 7));
  });
});

describe('a hidden column of last year’s figures before this year’s, under the same header (a sheet copied forward)', () => {
  const figures = (r: ReturnType<typeof recognise>) =>
    r.tables.income!.rows.map((row) => [row.key, Object.fromEntries(Object.entries(row.figures).map(([k, f]) => [k, f.fen]))]);

  it('reads this year’s visible column, not the hidden one, and says which it left', () => {
    const g = grid({});
    const { grid: copied, col } = withHiddenCopy(g, '收入决算表', true);
    const rec = recognise(copied);
    expect(figures(rec)).toEqual(figures(recognise(g)));
    expect(rec.tables.income!.columns.find((c) => c.key === rec.tables.income!.columns[0]!.key)!.col).toBe(col + 1);
    expect(rec.problems.map((p) => p.kind)).toEqual(['unknown-column']);
    expect(rec.problems[0]!.message).toMatch(/^工作表“收入决算表”[A-Z]+\d+的列“[^”]+”已隐藏，与([A-Z]+\d+)的可见列栏目相同，已读取\1所在的可见列：如隐藏的列才是本年数，请取消隐藏并删除\1所在的列/);
    expect(rec.problems[0]!.cell).toMatch(new RegExp(`^${toA1(0, col).replace(/\d+$/, '')}\\d+$`));
  });

  it('gives the text and the findings of the table without the copy (the notice aside), where before it read last year’s figures', () => {
    const g = grid({});
    const copied = withHiddenCopy(g, '收入决算表', true).grid;
    const findings = (x: WorkbookGrid) => runAudit({ recognition: recognise(x), supplement, grid: x }).filter((f) => f.rule !== 'reading-notices').map((f) => `${f.severity} ${f.rule}`);
    expect(findings(copied)).toEqual(findings(g));
    const text = (x: WorkbookGrid) => section(generateNarrative(recognise(x), supplement, PRESETS.xinjiang!), '二');
    expect(text(copied)).toEqual(text(g));
    // A host that cannot tell hidden columns reads the first, as any repeated column: the copy's figures.
    const unknown = withHiddenCopy(g, '收入决算表', false).grid;
    expect(findings(unknown).filter((f) => f.startsWith('error')).length).toBeGreaterThan(0);
  });

  it.each([
    ['the standard “三公” table', {}],
    ['the “三公” table in pairs under each item (layout B)', { threePublicLayout: 'B' }],
    ['the 上海 “三公” table', { threePublicLayout: 'SH' }],
  ] as [string, BuildOptions][])('reads %s’s visible column too', (_name, options) => {
    const g = grid(options);
    const sheet = recognise(g).tables.threePublicCosts!.sheet;
    const copied = withHiddenCopy(g, sheet, true).grid;
    const three = (x: WorkbookGrid) => recognise(x).tables.threePublicCosts!.rows.map((r) => [r.key, Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.fen]))]);
    expect(three(copied)).toEqual(three(g));
    expect(recognise(copied).problems.map((p) => [p.kind, p.message.includes('已隐藏')])).toEqual([['unknown-column', true]]);
    expect(three(withHiddenCopy(g, sheet, false).grid)).not.toEqual(three(g));
  });

  it('leaves the hidden column out of the table the .docx prints, as the workbook prints it', () => {
    const g = grid({});
    const copied = withHiddenCopy(g, '收入决算表', true).grid;
    const printed = (x: WorkbookGrid) => {
      const { lineLeft, lineRight, header, body, notes } = tableLayouts(x, recognise(x)).get('02')!;
      return { lineLeft, lineRight, header, body, notes };
    };
    expect(printed(copied)).toEqual(printed(g));
    expect(tableLayouts(copied, recognise(copied)).get('02')!.widths).toHaveLength(tableLayouts(g, recognise(g)).get('02')!.widths.length);
  });

  it('keeps reading the visible column in the pane after an action (the plan applied to the grid keeps the hidden columns)', () => {
    const g = grid({});
    const copied = withHiddenCopy(g, '收入决算表', true).grid;
    const after = applyPlanToGrid(copied, fillPlan(copied, explain(copied, PRESETS.xinjiang!)));
    expect(after.sheets.find((s) => s.name === '收入决算表')!.hiddenColumns).toEqual(copied.sheets.find((s) => s.name === '收入决算表')!.hiddenColumns);
    expect(figures(recognise(after))).toEqual(figures(recognise(g)));
  });

  it('still reads a hidden column that is the only one of its 栏目 (an empty column hidden before printing)', () => {
    const g = grid({});
    const table = recognise(g).tables.income!;
    const last = table.columns[table.columns.length - 1]!.col;
    const sheets = g.sheets.map((s) => (s.name === '收入决算表' ? { ...s, hiddenColumns: [last] } : s));
    const rec = recognise({ ...g, sheets });
    expect(rec.problems).toEqual([]);
    expect(figures(rec)).toEqual(figures(recognise(g)));
  });
});

describe('a hidden row of last year’s figures above this year’s, for the same subject (a sheet copied forward)', () => {
  const figures = (r: ReturnType<typeof recognise>) =>
    r.tables.income!.rows.map((row) => [row.key, Object.fromEntries(Object.entries(row.figures).map(([k, f]) => [k, f.fen]))]);
  const findings = (x: WorkbookGrid) => runAudit({ recognition: recognise(x), supplement, grid: x }).filter((f) => f.rule !== 'reading-notices').map((f) => `${f.severity} ${f.rule}`);

  it('reads this year’s visible row, not the hidden one above it, and says which it left', () => {
    const g = grid({});
    const { grid: copied, row } = withHiddenRowCopy(g, '收入决算表', true);
    const rec = recognise(copied);
    expect(figures(rec)).toEqual(figures(recognise(g)));
    expect(rec.problems.map((p) => [p.kind, p.cell!.replace(/^[A-Z]+/, '')])).toEqual([['duplicate-row', String(row + 1)]]);
    expect(rec.problems[0]!.message).toMatch(
      new RegExp(`^工作表“收入决算表”[A-Z]+${row + 1}的行“\\d{7} [^”]+”已隐藏，与第 ${row + 2} 行（可见）在《收入决算表》中重复，已读取可见的第 ${row + 2} 行：如隐藏的行才是本年数，请取消隐藏并删除第 ${row + 2} 行`),
    );
  });

  it('gives the text and the findings of the table without the copy (the notice aside), where a host that cannot tell reads the copy', () => {
    const g = grid({});
    const copied = withHiddenRowCopy(g, '收入决算表', true).grid;
    expect(findings(copied)).toEqual(findings(g));
    const text = (x: WorkbookGrid) => section(generateNarrative(recognise(x), supplement, PRESETS.xinjiang!), '二');
    expect(text(copied)).toEqual(text(g));
    // Not hidden (or a host that cannot tell): the first of two rows is read, as before, and the sums no longer hold.
    const unknown = withHiddenRowCopy(g, '收入决算表', false).grid;
    expect(recognise(unknown).problems[0]!.message).toContain('只读取了第一行');
    expect(findings(unknown).filter((f) => f.startsWith('error')).length).toBeGreaterThan(0);
  });

  it('still reads the first of two rows when both are visible or both hidden, and a hidden row below a visible one is the one left', () => {
    const g = grid({});
    const { grid: copied, row } = withHiddenRowCopy(g, '收入决算表', true);
    const hideBoth = { ...copied, sheets: copied.sheets.map((s) => (s.name === '收入决算表' ? { ...s, hiddenRows: [row, row + 1] } : s)) };
    expect(recognise(hideBoth).problems[0]!.message).toContain('只读取了第一行');
    expect(figures(recognise(hideBoth))).not.toEqual(figures(recognise(g)));
    const hideSecond = { ...copied, sheets: copied.sheets.map((s) => (s.name === '收入决算表' ? { ...s, hiddenRows: [row + 1] } : s)) };
    expect(recognise(hideSecond).problems.map((p) => [p.kind, p.cell!.replace(/^[A-Z]+/, '')])).toEqual([['duplicate-row', String(row + 2)]]);
  });

  /** Table 04's sheet with `copies` put in above its row `at` (merged areas below moved down), `hidden` of them hidden. */
  function table04With(at: number, copies: CellValue[][], hidden: boolean, edit: (rows: CellValue[][]) => void = () => undefined): WorkbookGrid {
    const g = grid({});
    const name = recognise(g).tables.fiscalSummary!.sheet;
    const sheets = g.sheets.map((s) => {
      if (s.name !== name) return s;
      const rows = s.rows.map((r) => [...r]);
      edit(rows);
      return { ...s, rows };
    });
    return withRowsAbove({ ...g, sheets }, name, at, copies, hidden);
  }
  const income = (x: WorkbookGrid, key: string) => {
    const row = recognise(x).tables.fiscalSummary!.rows.find((r) => r.block === 'income' && r.key === key)!;
    return [row.figures.amount!.fen, row.labelCell!.row];
  };

  it('table 04: a hidden 年初结转 and its 一般公共预算财政拨款 above this year’s are both left for the visible rows (the label names two rows of the table)', () => {
    const g = grid({});
    const sheet = g.sheets.find((s) => s.name === recognise(g).tables.fiscalSummary!.sheet)!;
    const opening = sheet.rows.findIndex((r) => r[0] === '年初财政拨款结转和结余');
    expect(sheet.rows[opening + 1]![0]).toBe('一般公共预算财政拨款');
    const thisYear = (rows: CellValue[][]) => {
      rows[opening]![2] = 50;
      rows[opening + 1]![2] = 50;
    };
    const lastYear = [['年初财政拨款结转和结余', 28, 30], ['一般公共预算财政拨款', 29, 30]];
    const copied = table04With(opening, lastYear, true, thisYear);
    expect([income(copied, 'openingBalance'), income(copied, 'openingGeneralBudget')]).toEqual([[50_000_000, opening + 2], [50_000_000, opening + 3]]);
    expect(recognise(copied).problems.map((p) => [p.kind, p.message.includes('已隐藏')])).toEqual([['duplicate-row', true], ['duplicate-row', true]]);
    // The first 一般公共预算财政拨款 (this year's income) is not the one left.
    expect(income(copied, 'generalBudget')).toEqual(income(g, 'generalBudget'));
  });

  it('a shown row left blank (this year’s zero) is read over a hidden row of last year’s figures above it', () => {
    const g = grid({});
    const sheet = g.sheets.find((s) => s.name === recognise(g).tables.fiscalSummary!.sheet)!;
    const at = sheet.rows.findIndex((r) => r[0] === '三、国有资本经营预算财政拨款');
    const blank = (rows: CellValue[][]) => {
      rows[at]![2] = null;
    };
    expect(income(table04With(at, [['三、国有资本经营预算财政拨款', 3, 5]], true, blank), 'stateCapital')).toEqual([null, at + 1]);
    expect(income(table04With(at, [['三、国有资本经营预算财政拨款', 3, 5]], false, blank), 'stateCapital')).toEqual([5_000_000, at]);
  });

  it('keeps the rows in the order of the sheet when a hidden row is left for a visible one far below it', () => {
    const g = grid({});
    const sheet = g.sheets.find((s) => s.name === recognise(g).tables.fiscalSummary!.sheet)!;
    const first = sheet.rows.findIndex((r) => r[0] === '一、一般公共预算财政拨款');
    const copied = table04With(first, [['三、国有资本经营预算财政拨款', 3, 5]], true);
    const order = (x: WorkbookGrid) => recognise(x).tables.fiscalSummary!.rows.filter((r) => r.block === 'income').map((r) => r.key);
    expect(order(copied)).toEqual(order(g));
  });

  it.each([
    ['the standard “三公” table', {}],
    ['the “三公” table in pairs under each item (layout B)', { threePublicLayout: 'B' }],
    ['the 上海 “三公” table', { threePublicLayout: 'SH' }],
  ] as [string, BuildOptions][])('reads %s’s visible data rows over hidden copies above them, in the text too', (_name, options) => {
    const g = grid(options);
    const table = recognise(g).tables.threePublicCosts!;
    const dataRows = [...new Set(table.rows.flatMap((r) => Object.values(r.figures).map((f) => f.cell.row)))].sort((a, b) => a - b);
    const copied = (hidden: boolean): WorkbookGrid => ({
      ...g,
      sheets: g.sheets.map((s) => {
        if (s.name !== table.sheet) return s;
        const rows: CellValue[][] = [];
        const hiddenRows: number[] = [];
        s.rows.forEach((line, r) => {
          if (dataRows.includes(r)) {
            hiddenRows.push(rows.length);
            rows.push(line.map((v) => (typeof v === 'number' ? Math.round(v * 150) / 100 : v)));
          }
          rows.push([...line]);
        });
        const down = (r: number) => r + dataRows.filter((d) => d <= r).length;
        const { formulas: _formulas, uncalculated: _uncalculated, ...rest } = s;
        return { ...rest, rows, merges: (s.merges ?? []).map((m) => ({ ...m, top: down(m.top), bottom: down(m.bottom) })), ...(hidden ? { hiddenRows } : {}) };
      }),
    });
    const three = (x: WorkbookGrid) => recognise(x).tables.threePublicCosts!.rows.map((r) => [r.key, Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.fen]))]);
    expect(three(copied(true))).toEqual(three(g));
    expect(recognise(copied(true)).problems.map((p) => [p.kind, p.message.includes('已隐藏')])).toEqual(dataRows.map(() => ['duplicate-row', true]));
    const text = (x: WorkbookGrid) => section(generateNarrative(recognise(x), supplement, PRESETS.xinjiang!), '七');
    expect(text(g)).toContain('“三公”经费支出决算');
    expect(text(copied(true))).toEqual(text(g));
    // Not hidden: the first rows are read, as before.
    expect(three(copied(false))).not.toEqual(three(g));
  });

  it('leaves hidden rows out of the table the .docx prints (zero rows hidden before printing), as the workbook prints it', () => {
    const g = grid({});
    const copied = withHiddenRowCopy(g, '收入决算表', true).grid;
    const printed = (x: WorkbookGrid) => {
      const { lineLeft, lineRight, header, body, notes, widths } = tableLayouts(x, recognise(x)).get('02')!;
      return { lineLeft, lineRight, header, body, notes, widths };
    };
    expect(printed(copied)).toEqual(printed(g));
    // A header row hidden: a merged area over it spans the rows shown, and holds its text from its first cell.
    const rec = recognise(g);
    const table = rec.tables.income!;
    const area = g.sheets.find((s) => s.name === '收入决算表')!.merges!.find((m) => m.bottom > m.top && m.top > table.titleCell.row)!;
    const hiddenTop = { ...g, sheets: g.sheets.map((s) => (s.name === '收入决算表' ? { ...s, hiddenRows: [area.top] } : s)) };
    const before = tableLayouts(g, rec).get('02')!;
    const after = tableLayouts(hiddenTop, recognise(hiddenTop)).get('02')!;
    expect(after.header).toHaveLength(before.header.length - 1);
    const merged = before.header.flat().find((c) => c.rowSpan === area.bottom - area.top + 1 && c.text !== '')!;
    expect(after.header.flat().filter((c) => c.text === merged.text)).toEqual([{ ...merged, rowSpan: merged.rowSpan - 1 }]);
  });

  it('keeps reading the visible row in the pane after an action (the plan applied to the grid keeps the hidden rows)', () => {
    const g = grid({});
    const copied = withHiddenRowCopy(g, '收入决算表', true).grid;
    const after = applyPlanToGrid(copied, fillPlan(copied, explain(copied, PRESETS.xinjiang!)));
    expect(after.sheets.find((s) => s.name === '收入决算表')!.hiddenRows).toEqual(copied.sheets.find((s) => s.name === '收入决算表')!.hiddenRows);
    expect(figures(recognise(after))).toEqual(figures(recognise(g)));
  });
});

describe('table 03 with last year’s column group beside this year’s, each headed by its year', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const t3 = recognise(g).tables.expenditure!;
  // 项目 | 2021年… {本年支出合计 | 基本支出 | 项目支出} | 2022年决算数 {…}, last year's figures 90% of this year's.
  const layout = (prior: string): WorkbookGrid =>
    withSheetRows(g, t3.sheet, (rows) =>
      rows.map((r, i): CellValue[] => {
        if (i === 2) return ['项目', null, prior, null, null, '2022年决算数', null, null];
        if (i === 3) return ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出', '本年支出合计', '基本支出', '项目支出'];
        if (i === 4) return [null, '栏次', 1, 2, 3, 4, 5, 6];
        if (i >= 5 && typeof r[2] === 'number') return [r[0]!, r[1]!, ...[r[2], r[3], r[4]].map((v) => (typeof v === 'number' ? Math.round(v * 90) / 100 : null)), r[2], r[3]!, r[4]!];
        return [...r];
      }),
    );

  it.each(['2021年决算数', '2021年', '2021年度'])('reads this year’s group and says last year’s is left out: %s', (prior) => {
    const rec = recognise(layout(prior));
    const t = rec.tables.expenditure!;
    expect(figureOf(t, 'total', 'yearExpenditure')!.fen).toBe(1_488_290_000);
    expect(t.columns.map((c) => c.header[0])).toEqual(['2022年决算数', '2022年决算数', '2022年决算数']);
    const leftOut = ['本年支出合计', '基本支出', '项目支出'].map((c) => `列“${prior}/${c}”是2021年的数，不是本年决算数，已忽略`);
    expect(rec.problems.map((p) => p.message)).toEqual(leftOut.map((m) => expect.stringContaining(m)));
    expect(rec.document.year?.value).toBe(2022);
  });
});

describe('tables 02 and 03 with a column split under its header into 小计 and parts (基本支出 {小计 | 人员经费 | 公用经费})', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const plainRec = recognise(g);
  const figures = (rec: ReturnType<typeof recognise>, id: 'income' | 'expenditure') => rec.tables[id]!.rows.map((r) => [r.key, Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.fen]))]);

  it('reads 基本支出’s 小计 as 基本支出 (table 03): its figures, no finding, §三 whole', () => {
    const x = withSheetRows(g, plainRec.tables.expenditure!.sheet, (rows) =>
      rows.map((r, i): CellValue[] => {
        if (i === 2) return ['项目', null, '本年支出合计', '基本支出', null, null, '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
        if (i === 3) return ['科目编码', '科目名称', null, '小计', '人员经费', '公用经费', null, null, null, null];
        if (i === 4) return [null, '栏次', 1, 2, 3, 4, 5, 6, 7, 8];
        return typeof r[2] === 'number' ? [r[0]!, r[1]!, r[2], r[3]!, r[3]!, 0, ...r.slice(4)] : [...r];
      }),
    );
    const rec = recognise(x);
    expect(figures(rec, 'expenditure')).toEqual(figures(plainRec, 'expenditure'));
    expect(runAudit({ recognition: rec, supplement, grid: x }).filter((f) => f.table === '03' && f.severity === 'error')).toEqual([]);
    expect(section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '三')).toContain('基本支出770.07万元，占51.74%');
  });

  it('reads 财政拨款收入’s 小计 as 财政拨款收入 (table 02): its figures, no finding, §二 whole', () => {
    const x = withSheetRows(g, plainRec.tables.income!.sheet, (rows) =>
      rows.map((r, i): CellValue[] => {
        if (i === 2) return ['项目', null, '本年收入合计', '财政拨款收入', null, null, null, '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
        if (i === 3) return ['科目编码', '科目名称', null, '小计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款', null, null, null, null, null];
        if (i === 4) return [null, '栏次', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        return typeof r[2] === 'number' ? [r[0]!, r[1]!, r[2], r[3]!, r[3]!, 0, 0, ...r.slice(4)] : [...r];
      }),
    );
    const rec = recognise(x);
    // The funds are read too, each as its column (the sample's 财政拨款 is all 一般公共预算), not said to be no column.
    const withFunds = figures(plainRec, 'income').map(([key, f]) => [key, { ...(f as object), fiscalGeneralBudget: (f as Record<string, number>).fiscal, fiscalGovFund: 0, fiscalStateCapital: 0 }]);
    expect(figures(rec, 'income')).toEqual(withFunds);
    expect(rec.problems).toEqual([]);
    expect(runAudit({ recognition: rec, supplement, grid: x }).filter((f) => f.table === '02' && f.severity === 'error')).toEqual([]);
    expect(section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '二')).toContain('财政拨款收入1,363.45万元，占99.32%');
  });
});

describe('table 02 with 财政拨款收入 split by fund under its header, as some provinces print it (上海 fixture: 150.00 of it 政府性基金)', () => {
  const shSupplement = parseSupplementJson(shanghai2024Supplement).supplement;
  const standard = toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)));
  const standardRec = recognise(standard);
  const findings = (g: WorkbookGrid) => runAudit({ recognition: recognise(g), supplement: shSupplement, grid: g }).map((f) => `${f.severity} ${f.rule} ${f.message}`);
  const fiscal = (rec: ReturnType<typeof recognise>, row: RowModel) => figureOf(rec.tables.income!, row.key, 'fiscal');

  describe('as its funds alone (一般公共预算财政拨款 | 政府性基金预算财政拨款, no 小计)', () => {
    const g = withIncomeFiscalSplit('parts', shanghai2024);
    const rec = recognise(g);
    const t2 = rec.tables.income!;

    it('reads 财政拨款收入 as the sum of its funds on every row, at their cells, with no notice', () => {
      expect(rec.problems).toEqual(standardRec.problems);
      const total = figureOf(t2, 'total', 'fiscal')!;
      const [general, govFund] = [figureOf(t2, 'total', 'fiscalGeneralBudget')!, figureOf(t2, 'total', 'fiscalGovFund')!];
      expect([general.fen, govFund.fen]).toEqual([402_901 * 10_000, 15_000 * 10_000]);
      expect(total.fen).toBe(general.fen! + govFund.fen!);
      expect(total.parts?.map((p) => toA1(p.cell.row, p.cell.col))).toEqual(['D6', 'E6']);
      expect(t2.rows.map((r) => [r.key, fiscal(rec, r)?.fen])).toEqual(standardRec.tables.income!.rows.map((r) => [r.key, fiscal(standardRec, r)?.fen]));
    });

    it('checks as the standard layout does: the same findings, none about table 02', () => {
      expect(findings(g)).toEqual(findings(standard));
      expect(runAudit({ recognition: rec, supplement: shSupplement, grid: g }).filter((f) => f.table === '02')).toEqual([]);
    });

    it('states 财政拨款收入 and its share in §二 as the standard layout does (the 新疆 and the 上海 preset)', () => {
      for (const preset of ['xinjiang', 'shanghai']) {
        const text = section(generateNarrative(rec, shSupplement, PRESETS[preset]!), '二');
        expect(text).toEqual(section(generateNarrative(standardRec, shSupplement, PRESETS[preset]!), '二'));
        expect(text).toMatch(/财政拨款收入4,?179\.01万元，占91\.96%/);
      }
    });

    it('flags a wrong fund in the 合计 row against tables 01 and 04, naming the funds’ cells', () => {
      const wrong = withIncomeFiscalSplit('parts', shanghai2024);
      (wrong.sheets.find((s) => s.name === '收入决算表')!.rows[5] as CellValue[])[4] = 160;
      const errors = runAudit({ recognition: recognise(wrong), supplement: shSupplement, grid: wrong }).filter((f) => f.severity === 'error');
      const t4 = errors.find((f) => f.rule === 'fiscal-matches-income')!;
      expect(t4.message).toContain('与收入决算表合计行的财政拨款收入 4,189.01 万元不符，少 10.00 万元');
      expect(t4.cells).toEqual(expect.arrayContaining(['收入决算表!D6', '收入决算表!E6']));
      expect(errors.filter((f) => f.rule === 'summary-matches-income').map((f) => f.message).sort()).toEqual([
        expect.stringContaining('收入决算表合计行的财政拨款收入 4,189.01 万元，与收入支出决算总表三项财政拨款收入之和 4,179.01 万元不符'),
        expect.stringContaining('政府性基金预算财政拨款收入 150.00 万元，与收入决算表合计行的政府性基金预算财政拨款收入 160.00 万元不符'),
      ]);
    });

    it('checks a typed 公开说明 quoting 财政拨款收入 against the sum: the right amount passes, a wrong one is flagged', () => {
      const typed = (amount: string) => ({ ...g, sheets: [...g.sheets, { name: '公开说明', rows: [[`二、收入决算情况说明`], [`2024年度本年收入4,544.51万元，其中：财政拨款收入${amount}万元，占91.96%。`]] }] });
      const textFindings = (x: WorkbookGrid) => runAudit({ recognition: recognise(x), supplement: shSupplement, grid: x }).filter((f) => f.rule === 'text-figures');
      expect(textFindings(typed('4,179.01'))).toEqual([]);
      const wrong = textFindings(typed('4,029.01'));
      expect(wrong).toHaveLength(1);
      expect(wrong[0]!.message).toContain('4,179.01');
      expect(wrong[0]!.cells).toContain('收入决算表!E6');
    });

    it('prints each fund’s own figure in the table the .docx gives (not their sum at the last fund’s cell)', () => {
      const totalRow = tableLayouts(g, rec).get('02')!.body.find((cells) => cells.some((c) => c.text === '合计'))!;
      expect(totalRow.map((c) => c.text)).toEqual(['', '合计', '4,544.51', '4,029.01', '150.00', '0.00', '320.00', '0.00', '0.00', '45.50']);
    });
  });

  describe('as a 小计 and its three funds', () => {
    const g = withIncomeFiscalSplit('subtotal', shanghai2024);
    const rec = recognise(g);

    it('reads the 小计 as 财政拨款收入 and each fund as its column, with no notice', () => {
      expect(rec.problems).toEqual(standardRec.problems);
      const t2 = rec.tables.income!;
      expect(t2.printedAsParts).toBeUndefined();
      expect(toA1(figureOf(t2, 'total', 'fiscal')!.cell.row, figureOf(t2, 'total', 'fiscal')!.cell.col)).toBe('D6');
      expect(['fiscalGeneralBudget', 'fiscalGovFund', 'fiscalStateCapital'].map((k) => figureOf(t2, 'total', k)?.fen)).toEqual([402_901 * 10_000, 15_000 * 10_000, 0]);
      expect(section(generateNarrative(rec, shSupplement, PRESETS.xinjiang!), '二')).toEqual(section(generateNarrative(standardRec, shSupplement, PRESETS.xinjiang!), '二'));
    });

    it('checks as the standard layout does, and holds the 小计 to its funds', () => {
      expect(findings(g)).toEqual(findings(standard));
      const wrong = withIncomeFiscalSplit('subtotal', shanghai2024);
      (wrong.sheets.find((s) => s.name === '收入决算表')!.rows[5] as CellValue[])[5] = 160;
      const parts = runAudit({ recognition: recognise(wrong), supplement: shSupplement, grid: wrong }).filter((f) => f.rule === 'income-fiscal-parts');
      expect(parts.map((f) => f.cells)).toEqual([['收入决算表!D6', '收入决算表!E6', '收入决算表!F6', '收入决算表!G6']]);
    });
  });
});

describe('an empty table 08 whose note stands right under its header (no 栏次 or 合计 row between)', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const sheetName = recognise(g).tables.govFund!.sheet;

  it.each(['注：本单位2022年度无政府性基金预算财政拨款收入、支出及结转和结余，故本表为空表。', '说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。'])(
    'reads the table as empty, with its note, and no 缺表 错误: %s',
    (note) => {
      const x = withSheetRows(g, sheetName, (rows) => [...rows.slice(0, 4).map((r) => [...r]), [note]]);
      const rec = recognise(x);
      expect(rec.tables.govFund).toBeDefined();
      expect(rec.tables.govFund!.rows).toEqual([]);
      expect(rec.tables.govFund!.notes.map((n) => n.text)).toEqual([note]);
      expect(runAudit({ recognition: rec, supplement, grid: x }).filter((f) => f.table === '08' || f.rule === 'missing-table')).toEqual([]);
    },
  );
});

describe('table 09 twice, as 四川’s set prints it: 国有资本经营预算财政拨款收入支出决算表 and its 支出决算表', () => {
  const g = grid({});
  const full = recognise(g).tables.stateCapital!;
  const spendOnly: CellValue[][] = [
    ['国有资本经营预算财政拨款支出决算表'],
    ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, '单位：万元'],
    ['项目', null, '本年支出', null, null],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    [null, '栏次', 1, 2, 3],
    ['注：本单位2022年度无国有资本经营预算财政拨款支出，故本表为空表。'],
  ];
  const withSpendOnly = (before: boolean): WorkbookGrid => {
    const at = g.sheets.findIndex((s) => s.name === full.sheet) + (before ? 0 : 1);
    return { ...g, sheets: [...g.sheets.slice(0, at), { name: '国有资本经营预算财政拨款支出决算表', rows: spendOnly }, ...g.sheets.slice(at)] };
  };

  it.each([false, true])('reads the 收入支出 table, whichever comes first, and calls neither a duplicate (支出 table first: %s)', (before) => {
    const rec = recognise(withSpendOnly(before));
    expect(rec.problems.filter((p) => p.kind === 'duplicate-table')).toEqual([]);
    expect(rec.tables.stateCapital!.sheet).toBe(full.sheet);
    expect(rec.tables.stateCapital!.columns.map((c) => c.key)).toEqual(full.columns.map((c) => c.key));
  });

  it('still says a second copy of the same table is a duplicate', () => {
    const copy = { ...g.sheets.find((s) => s.name === full.sheet)!, name: '副本' };
    const rec = recognise({ ...g, sheets: [...g.sheets, copy] });
    expect(rec.problems.filter((p) => p.kind === 'duplicate-table').map((p) => p.table)).toEqual(['09']);
  });
});

describe('tables 01 and 04 with the 支出 block stacked under the 收入 block (a portrait page)', () => {
  const g = grid({});
  const plainRec = recognise(g);
  const figures = (rec: ReturnType<typeof recognise>, id: 'summary' | 'fiscalSummary') =>
    rec.tables[id]!.rows.map((r) => [r.block, r.key, Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.fen]))]).sort((a, b) => String(a).localeCompare(String(b)));
  /** The table's 收入 columns (the first `width`) over its 支出 columns, each part with its own header rows. */
  const stacked = (id: 'summary' | 'fiscalSummary', width: number): WorkbookGrid => {
    const t = plainRec.tables[id]!;
    const firstData = Math.min(...t.rows.map((r) => r.labelCell!.row));
    const lastData = Math.max(...t.rows.map((r) => r.labelCell!.row));
    return withSheetRows(g, t.sheet, (rows) => {
      const part = (from: number, to: number | undefined) => (r: readonly CellValue[]) => r.slice(from, to).map((v) => v ?? null);
      const body = rows.slice(firstData, lastData + 1);
      const head = rows.slice(t.range.top + 2, firstData);
      return [
        [rows[t.range.top]![0]!],
        [rows[t.range.top + 1]![0]!, null, '单位：万元'],
        ...head.map(part(0, width)),
        ...body.map(part(0, width)).filter((r) => r.some((v) => v !== null)),
        ...head.map(part(width, undefined)),
        ...body.map(part(width, undefined)).filter((r) => r.some((v) => v !== null)),
      ];
    });
  };

  it.each([
    ['summary', 3],
    ['fiscalSummary', 3],
  ] as const)('reads both blocks of table %s, with the findings of the table side by side', (id, width) => {
    const x = stacked(id, width);
    const rec = recognise(x);
    expect(rec.problems.filter((p) => p.table === plainRec.tables[id]!.code)).toEqual([]);
    expect(figures(rec, id)).toEqual(figures(plainRec, id));
    // (The same findings; two of one rule may come in another order, their cells being elsewhere.)
    const findings = (y: WorkbookGrid) => runAudit({ recognition: recognise(y), supplement, grid: y }).map((f) => `${f.severity} ${f.rule} ${f.message}`).sort();
    expect(findings(x)).toEqual(findings(g));
  });
});

describe('a unit line spelt as departments type it (单位∶元 with the ratio sign, 单位（元）, 金额单位： | 元 in two cells)', () => {
  const inYuan = toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { unit: '元' }));
  const respelt = (to: (cells: readonly CellValue[]) => CellValue[]): WorkbookGrid => ({
    ...inYuan,
    sheets: inYuan.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r.some((v) => v === '单位：元') ? to(r) : r)) })),
  });

  it.each([
    ['单位∶元', (r: readonly CellValue[]) => r.map((v) => (v === '单位：元' ? '单位\u2236元' : v))],
    ['单位（元）', (r: readonly CellValue[]) => r.map((v) => (v === '单位：元' ? '单位（元）' : v))],
    ['金额单位： | 元', (r: readonly CellValue[]) => [...r.map((v) => (v === '单位：元' ? '金额单位：' : v)), '元']],
    ['单位/元', (r: readonly CellValue[]) => r.map((v) => (v === '单位：元' ? '单位/元' : v))],
    ['金额单位为 | 元', (r: readonly CellValue[]) => [...r.map((v) => (v === '单位：元' ? '金额单位为' : v)), '元']],
    ['单位：人民币（元）', (r: readonly CellValue[]) => r.map((v) => (v === '单位：元' ? '单位：人民币（元）' : v))],
    ['金额单位：RMB元', (r: readonly CellValue[]) => r.map((v) => (v === '单位：元' ? '金额单位：RMB元' : v))],
  ] as const)('reads every table in 元, not ten thousand times too large: %s', (_how, to) => {
    const rec = recognise(respelt(to));
    expect(rec.problems.filter((p) => p.message.includes('金额单位'))).toEqual([]);
    expect(Object.values(rec.tables).map((t) => t.unit)).toEqual(Object.values(rec.tables).map(() => '元'));
    expect(figureOf(rec.tables.income!, 'total', 'yearIncome')!.fen).toBe(1_372_790_000);
  });

  it('keeps the department named before the unit in one cell, whichever way the unit is spelt (编制单位：…局 单位/元)', () => {
    const department = (to: (cells: readonly CellValue[]) => CellValue[]) => recognise(respelt(to)).tables.summary!.department;
    const standard = department((r) => [...r]);
    expect(standard).toBeTruthy();
    for (const unit of ['单位：元', '单位/元', '金额单位为元', '单位（元）']) {
      const oneCell = department((r) => {
        const dep = r.find((v) => typeof v === 'string' && /^部门[:：]/.test(v)) as string;
        return r.map((v) => (v === dep ? `${dep}    ${unit}` : v === '单位：元' ? null : v));
      });
      expect([unit, oneCell]).toEqual([unit, standard]);
    }
  });
});

describe('a department of 元谋县 (编制单位：元谋县… on the line above each table, 单位：万元 to its right)', () => {
  it('reads every table in 万元 and states the same figures as the department line 部门：…', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const renamed: WorkbookGrid = {
      ...g,
      sheets: g.sheets.map((s) => ({
        ...s,
        rows: s.rows.map((r) => (typeof r[0] === 'string' && r[0].startsWith('部门：') ? ['编制单位：元谋县政务服务管理局', ...r.slice(1)] : r)),
      })),
    };
    const before = recognise(g);
    const after = recognise(renamed);
    expect(Object.values(after.tables).filter((t) => t.department === '元谋县政务服务管理局').length).toBeGreaterThan(5);
    expect(Object.values(after.tables).map((t) => [t.code, t.unit])).toEqual(Object.values(before.tables).map((t) => [t.code, t.unit]));
    const lines = (x: WorkbookGrid) => documentLines(explain(x, PRESETS.xinjiang!, changji2022Supplement).document).map((l) => l.text);
    const income = (x: WorkbookGrid) => lines(x).find((l) => l.includes('收入总计'))!;
    expect(income(renamed)).toContain('1,488.29万元');
    expect(income(renamed)).toBe(income(g));
  });
});

describe('the “三公” table with 预算 and 决算 as row labels spelt the ways departments write them', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const sheetName = recognise(g).tables.threePublicCosts!.sheet;
  const withRows = (data: CellValue[][]): WorkbookGrid =>
    withSheetRows(g, sheetName, () => [
      ['财政拨款“三公”经费支出决算表'],
      ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, null, null, '单位：万元'],
      ['项目', '合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
      [null, null, null, '小计', '公务用车购置费', '公务用车运行费', null],
      ...data,
      ['注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。'],
    ]);
  const budget: CellValue[] = [5, 0, 4.8, 0, 4.8, 0.2];
  const actual: CellValue[] = [4.99, 0, 4.79, 0, 4.79, 0.2];
  const lastYear: CellValue[] = [5.01, 0, 4.75, 0, 4.75, 0.26];
  const totals = (x: WorkbookGrid) => {
    const t = recognise(x).tables.threePublicCosts!;
    return ['budget', 'actual'].map((k) => t.rows.find((r) => r.key === k)!.figures.total!.fen);
  };
  it.each([
    ['预算数', '决算数'],
    ['2022年预算数', '2022年决算数'],
    ['本年预算数', '本年决算数'],
    ['年度预算数', '年度决算数'],
    ['预算金额', '决算金额'],
    ['年初预算', '决算数'],
    ['全年预算', '决算'],
    ['预算数（年初）', '决算数'],
    ['调整预算数', '支出决算数'],
    ['预算安排数', '实际支出数'],
    ['预算数', '预算执行数'],
  ])('reads the row %s as the budget and %s as the actual', (b, a) => {
    expect(totals(withRows([[b, ...budget], [a, ...actual]]))).toEqual([5_000_000, 4_990_000]);
  });

  it('never reads a 预算 row it cannot name as the 决算: a row naming no measure beside rows that do is said, not read', () => {
    const x = withRows([['计划数', ...budget], ['决算数', ...actual]]);
    const rec = recognise(x);
    expect(rec.problems.map((p) => `${p.kind} ${p.cell}`)).toEqual(['unknown-row A5']);
    const t = rec.tables.threePublicCosts!;
    expect([figureOf(t, 'budget', 'total'), figureOf(t, 'actual', 'total')?.fen]).toEqual([undefined, 4_990_000]);
    // 新疆 §七 then asks for the 预算 instead of stating the 决算 as it (差异率0.00%).
    const text = section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '七');
    expect(text).toContain('“三公”经费支出全年预算数【请填写');
  });

  it('leaves a row of the change between the measures (增减额, 增减率) aside without a word', () => {
    const x = withRows([['预算数', ...budget], ['决算数', ...actual], ['增减额', -0.01, 0, -0.01, 0, -0.01, 0], ['增减率（%）', -0.2, 0, -0.21, 0, -0.21, 0]]);
    expect(recognise(x).problems).toEqual([]);
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
  });

  it('reads a table naming no measure, in its header or its rows, as the 决算 alone (never the 预算 as the 决算)', () => {
    for (const labelled of [true, false]) {
      const x = withSheetRows(g, sheetName, () => [
        ['财政拨款“三公”经费支出决算表'],
        ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, null, null, '单位：万元'],
        labelled ? ['项目', '合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'] : ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
        labelled ? [null, null, null, '小计', '公务用车购置费', '公务用车运行费', null] : [null, null, '小计', '公务用车购置费', '公务用车运行费', null],
        labelled ? ['金额', ...actual] : [...actual],
      ]);
      const t = recognise(x).tables.threePublicCosts!;
      expect([labelled, figureOf(t, 'budget', 'total'), figureOf(t, 'actual', 'total')?.fen]).toEqual([labelled, undefined, 4_990_000]);
    }
  });

  it('reads a 年初预算数 row and a 全年预算数 row each as its own 预算 (the 预算数 row is the first of them)', () => {
    const initial: CellValue[] = [4, 0, 3.8, 0, 3.8, 0.2];
    for (const [first, second] of [['年初预算数', '全年预算数'], ['全年预算数', '年初预算数']] as const) {
      const x = withRows([[first, ...(first === '年初预算数' ? initial : budget)], [second, ...(second === '年初预算数' ? initial : budget)], ['决算数', ...actual]]);
      const rec = recognise(x);
      expect(rec.problems).toEqual([]);
      const t = rec.tables.threePublicCosts!;
      expect(['budget', 'initialBudget', 'adjustedBudget', 'actual'].map((k) => figureOf(t, k, 'total')?.fen)).toEqual([
        first === '年初预算数' ? 4_000_000 : 5_000_000,
        4_000_000,
        5_000_000,
        4_990_000,
      ]);
      expect(section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '七')).toContain('“三公”经费支出全年预算数5.00万元，决算数4.99万元，预决算差异率-0.20%');
      expect(section(generateNarrative(rec, supplement, PRESETS.shanghai!), '七')).toContain('“三公”经费财政拨款支出年初预算为4.00万元，支出决算为4.99万元，完成预算的124.75%');
    }
  });

  it('reads an empty table’s 预算数 and 决算数 rows of blanks (or dashes) as zeros, not as header rows', () => {
    for (const zero of [null, '-']) {
      const blanks = Array<CellValue>(6).fill(zero);
      const rec = recognise(withRows([['预算数', ...blanks], ['决算数', ...blanks]]));
      expect(rec.problems).toEqual([]);
      const t = rec.tables.threePublicCosts!;
      expect(isEmptyTable(t)).toBe(true);
      expect(t.rows.map((r) => [r.key, r.figures.total?.cell])).toEqual([
        ['budget', expect.objectContaining({ row: 4, col: 1 })],
        ['actual', expect.objectContaining({ row: 5, col: 1 })],
      ]);
    }
  });

  it('reads the sub-items of a table with its items as rows however they are numbered (其中:(1)公务用车运行维护费, (2)公务用车购置)', () => {
    const x = withSheetRows(g, sheetName, () => [
      ['财政拨款“三公”经费支出决算表'],
      ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, '单位：万元'],
      ['项目', '预算数', '决算数'],
      ['合计', 5, 4.99],
      ['1、因公出国(境)费用', 0, 0],
      ['2、公务接待费', 0.2, 0.2],
      ['3、公务用车费', 4.8, 4.79],
      ['其中:(1)公务用车运行维护费', 4.8, 4.79],
      ['(2)公务用车购置', 0, 0],
    ]);
    const rec = recognise(x);
    expect(rec.problems).toEqual([]);
    const t = rec.tables.threePublicCosts!;
    expect([figureOf(t, 'actual', 'vehicleOperation')?.fen, figureOf(t, 'actual', 'vehiclePurchase')?.fen]).toEqual([4_790_000, 0]);
  });

  it('does not read last year’s row above them as this year’s (上年决算数, or the earlier of two years)', () => {
    expect(totals(withRows([['上年决算数', ...lastYear], ['预算数', ...budget], ['决算数', ...actual]]))).toEqual([5_000_000, 4_990_000]);
    expect(totals(withRows([['2021年决算数', ...lastYear], ['2022年预算数', ...budget], ['2022年决算数', ...actual]]))).toEqual([5_000_000, 4_990_000]);
  });

  it.each([
    ['上年决算数 | 预算数 | 决算数', '上年决算数', '预算数', '决算数'],
    ['2021年决算数 | 2022年预算数 | 2022年决算数', '2021年决算数', '2022年预算数', '2022年决算数'],
  ] as const)(
    'reads last year’s row as the table’s 上年决算数: summed as the others, held to the 说明数据’s 上年数, and the text’s where the 说明数据 gives none (a wrong one passed unread): %s',
    (_how, prior, budgetLabel, actualLabel) => {
      const x = withRows([[prior, ...lastYear], [budgetLabel, ...budget], [actualLabel, ...actual]]);
      const rec = recognise(x);
      const t = rec.tables.threePublicCosts!;
      expect(t.rows.find((r) => r.key === 'priorActual')?.figures.total?.fen).toBe(5_010_000);
      const audit = (grid: WorkbookGrid, data = supplement) => runAudit({ recognition: recognise(grid), supplement: data, grid }).filter((f) => f.severity === 'error');
      expect(audit(x)).toEqual([]);
      // One item of last year's row wrong: its sum, and the 说明数据's 上年数.
      const wrong = withRows([[prior, 5.01, 0, 4.75, 0, 4.75, 0.36], [budgetLabel, ...budget], [actualLabel, ...actual]]);
      expect(audit(wrong).map((f) => f.rule).sort()).toEqual(['supplement-printed-figures', 'three-public-total']);
      // Without the 说明数据's 上年数, §七 states the table's.
      const json = JSON.parse(JSON.stringify(changji2022Supplement)) as { 指标: Record<string, Record<string, unknown>> };
      for (const key of ['三公经费合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务接待费']) delete json.指标[key]!.上年数;
      const text = section(generateNarrative(rec, parseSupplementJson(json).supplement, PRESETS.xinjiang!), '七');
      expect(text).toContain('“三公”经费支出决算4.99万元，比上年减少0.02万元，下降0.40%');
    },
  );

  it('reads a row naming no year as the table’s own, before one naming a year (2021年决算数 below 决算数, or above it)', () => {
    expect(totals(withRows([['预算数', ...budget], ['决算数', ...actual], ['2021年决算数', ...lastYear]]))).toEqual([5_000_000, 4_990_000]);
    expect(totals(withRows([['2021年决算数', ...lastYear], ['预算数', ...budget], ['决算数', ...actual]]))).toEqual([5_000_000, 4_990_000]);
  });
});

describe('the “三公” table with its measures in the header spelt, or joined by blocks, the ways departments do', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const sheetName = recognise(g).tables.threePublicCosts!.sheet;
  const items = ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'];
  const vehicles = [null, null, '小计', '公务用车购置费', '公务用车运行费', null];
  const lastYear = [5.01, 0, 4.75, 0, 4.75, 0.26];
  const budget = [5, 0, 4.8, 0, 4.8, 0.2];
  const actual = [4.99, 0, 4.79, 0, 4.79, 0.2];
  /** Layout A: a block of six columns per measure, after a 项目 column; `data`: the rows under the header. */
  const blocks = (names: readonly string[], data: CellValue[][], title = '财政拨款“三公”经费支出决算表'): WorkbookGrid =>
    withSheetRows(g, sheetName, () => [
      [title],
      ['部门：新疆昌吉州政务服务和公共资源交易管理局', ...Array<null>(6 * names.length - 1), '单位：万元'],
      ['项目', ...names.flatMap((n) => [n, null, null, null, null, null])],
      [null, ...names.flatMap(() => items)],
      [null, ...names.flatMap(() => vehicles)],
      ...data,
    ]);
  const totals = (x: WorkbookGrid) => ['budget', 'actual'].map((k) => figureOf(recognise(x).tables.threePublicCosts!, k, 'total')?.fen);

  it('does not read a block of last year’s figures (上年决算数) before this year’s as either measure', () => {
    const x = blocks(['上年决算数', '预算数', '决算数'], [['金额', ...lastYear, ...budget, ...actual]]);
    expect(recognise(x).problems).toEqual([]);
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
    expect(section(generateNarrative(recognise(x), supplement, PRESETS.xinjiang!), '七')).toContain('“三公”经费支出全年预算数5.00万元，决算数4.99万元，预决算差异率-0.20%');
  });

  it.each([
    ['2022年预算数', '2022年决算数'],
    ['本年预算数', '本年决算数'],
    ['预算金额', '决算金额'],
  ])('reads the blocks headed %s and %s', (b, a) => {
    const x = blocks([b, a], [['金额', ...budget, ...actual]]);
    expect(recognise(x).problems).toEqual([]);
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
  });

  it.each([
    ['全年预算数', 'shanghai', '“三公”经费财政拨款支出全年预算为5.00万元，支出决算为4.99万元，完成预算的99.80%', 'xinjiang', '“三公”经费支出全年预算数5.00万元'],
    ['年初预算数', 'xinjiang', '“三公”经费支出全年预算数【请填写', 'shanghai', '“三公”经费财政拨款支出年初预算为5.00万元'],
  ])('with one 预算 block headed %s: the preset naming the other 预算 states it as that one where it can name it (上海), else leaves a gap', (head, other, said, same, quoted) => {
    const x = blocks([head, '决算数'], [['金额', ...budget, ...actual]]);
    const rec = recognise(x);
    expect(rec.problems).toEqual([]);
    // Quoted as the other one, 上海's 年初预算为5.00万元 was the table's 全年预算数; 新疆 has no word for the 年初.
    expect(section(generateNarrative(rec, supplement, PRESETS[other]!), '七')).toContain(said);
    expect(section(generateNarrative(rec, supplement, PRESETS[same]!), '七')).toContain(quoted);
  });

  it('with no 预算 block: 上海 asks for the 预算 once, where it goes, and each item’s where its 完成预算的 goes (not the total’s three times)', () => {
    const rec = recognise(blocks(['决算数'], [['金额', ...actual]]));
    const line = section(generateNarrative(rec, supplement, PRESETS.shanghai!), '七').split('\n')[1]!;
    // The gap names table 07 by its title as printed (it said “三公”经费支出决算表, no table's title).
    const gap = (item: string) => `【请填写：财政拨款“三公”经费支出决算表预算数“${item}”】`;
    expect(line).toBe(
      `“三公”经费财政拨款支出年初预算为${gap('三公经费合计')}万元，支出决算为4.99万元，其中：因公出国（境）费决算为0.00万元，${gap('因公出国（境）费')}；公务用车购置及运行维护费支出决算为4.79万元，${gap('公务用车购置及运行维护费')}；公务接待费支出决算为0.20万元，${gap('公务接待费')}。`,
    );
  });

  it('of blocks of one measure naming years, reads the later year’s (2021年决算数 | 2022年预算数 | 2022年决算数)', () => {
    const x = blocks(['2021年决算数', '2022年预算数', '2022年决算数'], [['金额', ...lastYear, ...budget, ...actual]]);
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
  });

  it('reads an empty table whose 注 and 说明 stand right under its header as zeros, not the 注 as a figure', () => {
    for (const under of [
      [['注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。'], ['说明：本单位本年度无财政拨款“三公”经费支出，故本表无数据。']],
      [[], ['本单位本年度无财政拨款“三公”经费支出，故本表为空表。']],
    ]) {
      const x = withSheetRows(g, sheetName, () => [
        ['财政拨款“三公”经费支出决算表'],
        ['部门：新疆昌吉州政务服务和公共资源交易管理局', ...Array<null>(11), '单位：万元'],
        ['预算数', null, null, null, null, null, '决算数'],
        [...items, ...items],
        [...vehicles, ...vehicles],
        ...under,
      ]);
      const rec = recognise(x);
      expect(rec.problems).toEqual([]);
      expect(isEmptyTable(rec.tables.threePublicCosts!)).toBe(true);
      expect(runAudit({ recognition: rec, supplement, grid: x }).filter((f) => f.rule === 'unreadable-figure')).toEqual([]);
    }
  });

  it('reads an empty table whose data row holds only a 说明 that there were none (merged across) as zeros, not as a figure', () => {
    const sheet = g.sheets.find((s) => s.name === sheetName)!;
    const header = sheet.rows.slice(0, recognise(g).tables.threePublicCosts!.rows[0]!.figures.total!.cell.row);
    const x = withSheetRows(g, sheetName, () => [...header.map((r) => [...r]), ['本单位2022年度无“三公”经费支出']]);
    const merged: WorkbookGrid = { ...x, sheets: x.sheets.map((s) => (s.name === sheetName ? { ...s, merges: [...(s.merges ?? []), { top: header.length, left: 0, bottom: header.length, right: 11 }] } : s)) };
    const rec = recognise(merged);
    expect(rec.problems).toEqual([]);
    expect(isEmptyTable(rec.tables.threePublicCosts!)).toBe(true);
    // Read as a figure, it was an 错误 (not a number), and §七's budget a gap.
    expect(runAudit({ recognition: rec, supplement, grid: merged }).filter((f) => f.severity === 'error')).toEqual([]);
    expect(section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '七')).toContain('全年预算数0.00万元');
  });

  it('finds the table under the title 陕西 prints (…“三公”经费及会议费、培训费支出决算表)', () => {
    const x = blocks(['预算数', '决算数'], [['金额', ...budget, ...actual]], '一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表');
    expect(recognise(x).missing).not.toContain('07');
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
  });

  describe('with 会议费 and 培训费 columns beside the 三公 (陕西), a 合计 adding them in', () => {
    const title = '财政拨款“三公”经费及会议费、培训费支出决算表';
    const [meetingB, trainingB, meetingA, trainingA] = [3, 2, 2.5, 0.8];
    const grand = (three: readonly number[], m: number, t: number) => Math.round((three[0]! + m + t) * 100) / 100;
    /** Two blocks (预算数, 决算数) of `heads` (three header rows), the figures `row(three, meeting, training)` each. */
    const layout = (heads: readonly (readonly (string | null)[])[], row: (three: readonly number[], m: number, t: number) => number[]) =>
      withSheetRows(g, sheetName, () => [
        [title],
        ['部门：新疆昌吉州政务服务和公共资源交易管理局', ...Array<null>(2 * heads[0]!.length - 1), '单位：万元'],
        ['预算数', ...Array<null>(heads[0]!.length - 1), '决算数'],
        ...heads.map((h) => [...h, ...h]),
        [...row(budget, meetingB, trainingB), ...row(actual, meetingA, trainingA)],
      ]);
    const quoted = '“三公”经费支出决算4.99万元，比上年减少0.02万元，下降0.40%';
    it.each([
      [
        '合计 | “三公”经费 {小计 | …} | 会议费 | 培训费',
        layout(
          [
            ['合计', '“三公”经费', null, null, null, null, null, '会议费', '培训费'],
            [null, '小计', '因公出国（境）费', '公务用车购置及运行维护费', null, null, '公务接待费', null, null],
            [null, null, null, '小计', '购置费', '运行维护费', null, null, null],
          ],
          (three, m, t) => [grand(three, m, t), ...three, m, t],
        ),
      ],
      [
        '合计 | the items | 会议费 | 培训费 | “三公”经费合计',
        layout(
          [
            [...items, '会议费', '培训费', '“三公”经费合计'],
            [...vehicles, null, null, null],
            Array<null>(9).fill(null),
          ],
          (three, m, t) => [grand(three, m, t), ...three.slice(1), m, t, three[0]!],
        ),
      ],
      [
        '合计 | the items | 会议费 | 培训费, no 三公 total of its own',
        layout(
          [
            [...items, '会议费', '培训费'],
            [...vehicles, null, null],
            Array<null>(8).fill(null),
          ],
          (three, m, t) => [grand(three, m, t), ...three.slice(1), m, t],
        ),
      ],
    ])('§七 quotes the 三公’s own total, not the 合计 with 会议费 and 培训费 (46.39 for 43.09 was printed): %s', (_, x) => {
      const rec = recognise(x);
      const t = rec.tables.threePublicCosts!;
      expect([figureOf(t, 'actual', 'meeting')?.fen, figureOf(t, 'actual', 'training')?.fen]).toEqual([2_500_000, 800_000]);
      for (const preset of ['xinjiang', 'shanghai'] as const) expect(section(generateNarrative(rec, supplement, PRESETS[preset]!), '七')).not.toContain('8.29');
      expect(section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '七')).toContain(quoted);
      expect(runAudit({ recognition: rec, supplement, grid: x }).filter((f) => f.rule === 'three-public-total')).toEqual([]);
    });
  });
});

describe('the “三公” table with a 年初预算数 block and a 全年预算数 block before its 决算数 block', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const sheetName = recognise(g).tables.threePublicCosts!.sheet;
  const items = ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'];
  const vehicles = [null, null, '小计', '公务用车购置费', '公务用车运行费', null];
  // The sample's 预算 (5.00) is the 全年 one; the 年初 one was 4.00 before 公务用车运行费 was added to in the year.
  const initial = [4, 0, 3.8, 0, 3.8, 0.2];
  const adjusted = [5, 0, 4.8, 0, 4.8, 0.2];
  const actual = [4.99, 0, 4.79, 0, 4.79, 0.2];
  const layout = (first: 'initial' | 'adjusted', adjustedTotal = 5, own = { initial, actual }): WorkbookGrid =>
    withSheetRows(g, sheetName, () => {
      const blocks = first === 'initial' ? (['年初预算数', '全年预算数'] as const) : (['全年预算数', '年初预算数'] as const);
      const figures = (name: string) => (name === '年初预算数' ? own.initial : [adjustedTotal, ...adjusted.slice(1)]);
      return [
        ['财政拨款“三公”经费支出决算表'],
        ['部门：新疆昌吉州政务服务和公共资源交易管理局', ...Array<null>(16), '单位：万元'],
        [blocks[0], null, null, null, null, null, blocks[1], null, null, null, null, null, '决算数'],
        [...items, ...items, ...items],
        [...vehicles, ...vehicles, ...vehicles],
        [...figures(blocks[0]), ...figures(blocks[1]), ...own.actual],
        ['注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。'],
      ];
    });
  const totalOf = (x: WorkbookGrid, key: string) => figureOf(recognise(x).tables.threePublicCosts!, key, 'total');

  it.each([['initial'], ['adjusted']] as const)('reads each 预算 from its own block (%s block first), none of them left out', (first) => {
    const x = layout(first);
    const rec = recognise(x);
    expect(rec.problems).toEqual([]);
    expect(totalOf(x, 'initialBudget')?.fen).toBe(4_000_000);
    expect(totalOf(x, 'adjustedBudget')?.fen).toBe(5_000_000);
    expect(totalOf(x, 'actual')?.fen).toBe(4_990_000);
    // The 预算数 row is the first block, as in a table with one.
    expect(totalOf(x, 'budget')?.fen).toBe(first === 'initial' ? 4_000_000 : 5_000_000);
  });

  it.each([['initial'], ['adjusted']] as const)('§七 quotes the 预算 each preset names: 新疆 the 全年, 上海 the 年初 (%s block first)', (first) => {
    const rec = recognise(layout(first));
    const xinjiang = section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '七');
    expect(xinjiang).toContain('“三公”经费支出全年预算数5.00万元，决算数4.99万元，预决算差异率-0.20%');
    expect(xinjiang).toContain('公务用车运行费全年预算数4.80万元');
    const shanghai = section(generateNarrative(rec, supplement, PRESETS.shanghai!), '七');
    expect(shanghai).toContain('“三公”经费财政拨款支出年初预算为4.00万元，支出决算为4.99万元，完成预算的124.75%');
  });

  it('gives the 说明数据 the 全年 block as the 三公 items’ 全年预算数', () => {
    const rows = indicatorRows(recognise(layout('initial')), supplement);
    const total = rows.find((r) => r.key === '三公经费合计')!;
    expect(total.adjustedBudget?.map((r) => [r.fen, toA1(r.cell.row, r.cell.col)])).toEqual([[5_000_000, 'G6']]);
  });

  it('holds a typed 全年预算数 to the 全年 block and a 年初预算 to the 年初 block', () => {
    const x = layout('initial');
    const typed = (text: string): WorkbookGrid => ({ ...x, sheets: [...x.sheets, { name: '公开说明', rows: [[text]] }] });
    const said = (text: string) =>
      runAudit({ recognition: recognise(typed(text)), supplement, grid: typed(text) })
        .filter((f) => f.rule === 'text-budget-figures')
        .map((f) => f.message);
    expect(said('与全年预算数相比情况：“三公”经费支出全年预算数5.00万元，决算数4.99万元，预决算差异率-0.20%。')).toEqual([]);
    expect(said('“三公”经费财政拨款支出年初预算为4.00万元，支出决算为4.99万元，完成预算的124.75%。')).toEqual([]);
    expect(said('与全年预算数相比情况：“三公”经费支出全年预算数4.00万元，决算数4.99万元，预决算差异率24.75%。')).toEqual([
      expect.stringContaining('写预算为 4.00万元，而财政拨款“三公”经费支出决算表中为 5.00 万元'),
    ]);
  });

  it('holds a 说明数据 年初预算数 of a 三公 item to the 年初 block (上海 §七 quotes the block’s, the typed one went unread)', () => {
    const x = layout('initial');
    const printed = (initialBudget: number) => {
      const json = JSON.parse(JSON.stringify(changji2022Supplement)) as { 指标: Record<string, Record<string, unknown>> };
      json.指标['三公经费合计'] = { ...json.指标['三公经费合计'], 年初预算数: initialBudget };
      const typed = parseSupplementJson(json).supplement;
      return runAudit({ recognition: recognise(x), supplement: typed, grid: x })
        .filter((f) => f.rule === 'supplement-three-public-budgets')
        .map((f) => f.message);
    };
    expect(printed(4)).toEqual([]);
    expect(printed(3.5)).toEqual([expect.stringContaining('说明数据“指标·三公经费合计·年初预算数” 3.50 万元，与财政拨款“三公”经费支出决算表同一项目的“年初预算数” 4.00 万元不符')]);
  });

  it('checks the 合计 of each 预算 block against its items, naming the block', () => {
    const totals = (x: WorkbookGrid) => runAudit({ recognition: recognise(x), supplement, grid: x }).filter((f) => f.rule === 'three-public-total').map((f) => f.message);
    expect(totals(layout('initial', 5.5))).toEqual(['《财政拨款“三公”经费支出决算表》的全年预算数合计 5.50 万元，与三项之和 5.00 万元不符，多 0.50 万元。']);
    expect(totals(layout('adjusted', 5.5))).toEqual(['《财政拨款“三公”经费支出决算表》的全年预算数合计 5.50 万元，与三项之和 5.00 万元不符，多 0.50 万元。']);
  });

  it('raises nothing on the explanation 上海 writes from it (its items’ 完成预算的 are on the 年初, said once before them)', () => {
    // 因公出国（境）费: 年初 1.00, 全年 0 (moved to 公务用车 in the year), 决算 0.50.
    const own = { initial: [5, 1, 3.8, 0, 3.8, 0.2], actual: [5.49, 0.5, 4.79, 0, 4.79, 0.2] };
    for (const first of ['initial', 'adjusted'] as const) {
      const x = layout(first, 5, own);
      const rec = recognise(x);
      const lines = generateNarrative(rec, supplement, PRESETS.shanghai!).parts.flatMap((p) =>
        p.sections.flatMap((sec) => sec.blocks.flatMap((b) => (b.kind === 'paragraph' ? [[plain(b.runs)]] : []))),
      );
      const written: WorkbookGrid = { ...x, sheets: [...x.sheets, { name: '公开说明', rows: lines }] };
      const text = runAudit({ recognition: recognise(written), supplement, grid: written }).filter((f) => f.cells.some((c) => c.startsWith('公开说明!')));
      expect(text.filter((f) => f.rule.includes('budget')).map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    }
  });
});

describe('the “三公” table with its items as rows and its measures as columns (项目 | 预算数 | 决算数)', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const sheetName = recognise(g).tables.threePublicCosts!.sheet;
  const items = ['合计', '因公出国（境）费', '公务用车购置及运行费', '其中：公务用车购置费', '公务用车运行费', '公务接待费'];
  const numbered = ['合计', '1.因公出国（境）费', '2.公务用车购置及运行维护费', '（1）公务用车购置费', '（2）公务用车运行维护费', '3.公务接待费'];
  const initial = [4, 0, 3.8, 0, 3.8, 0.2];
  const budget = [5, 0, 4.8, 0, 4.8, 0.2];
  const actual = [4.99, 0, 4.79, 0, 4.79, 0.2];
  // 2021's 决算 (the 说明数据's 上年数).
  const lastYear = [5.01, 0, 4.75, 0, 4.75, 0.26];
  const layout = (head: CellValue[], names: readonly string[], columns: readonly (readonly number[])[], columnNumbers = false): WorkbookGrid =>
    withSheetRows(g, sheetName, () => [
      ['财政拨款“三公”经费支出决算表'],
      ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, '单位：万元'],
      head,
      ...(columnNumbers ? [['栏次', ...columns.map((_, i) => i + 1)]] : []),
      ...names.map((n, i) => [n, ...columns.map((c) => c[i]!)]),
      ['注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。'],
    ]);
  const read = (x: WorkbookGrid) => {
    const rec = recognise(x);
    const t = rec.tables.threePublicCosts!;
    const row = (key: string) => Object.fromEntries(Object.entries(t.rows.find((r) => r.key === key)?.figures ?? {}).map(([k, f]) => [k, f.fen]));
    return { rec, row };
  };
  const fen = (values: readonly number[]) => ({
    total: Math.round(values[0]! * 1e6),
    overseasTravel: Math.round(values[1]! * 1e6),
    vehicles: Math.round(values[2]! * 1e6),
    vehiclePurchase: Math.round(values[3]! * 1e6),
    vehicleOperation: Math.round(values[4]! * 1e6),
    reception: Math.round(values[5]! * 1e6),
  });

  it.each([
    ['项目 | 预算数 | 决算数', ['项目', '预算数', '决算数'], items, false],
    ['a blank header over the items, and a 栏次 row', [null, '预算数', '决算数'], items, true],
    ['项目 | 全年预算数 | 决算数, the items numbered', ['项目', '全年预算数', '决算数'], numbered, false],
  ] as const)('reads every item of both measures, and §七 states them: %s', (_how, head, names, columnNumbers) => {
    const { rec, row } = read(layout([...head], names, [budget, actual], columnNumbers));
    expect(rec.problems).toEqual([]);
    expect(row('budget')).toEqual(fen(budget));
    expect(row('actual')).toEqual(fen(actual));
    const text = section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '七');
    expect(text).toContain('“三公”经费支出决算4.99万元');
    expect(text).toContain('“三公”经费支出全年预算数5.00万元，决算数4.99万元，预决算差异率-0.20%');
  });

  it.each([
    ['the earlier year first: 项目 | 2021年决算数 | 2022年预算数 | 2022年决算数', ['项目', '2021年决算数', '2022年预算数', '2022年决算数'], [lastYear, budget, actual]],
    ['last year’s column named with its year after this year’s', ['项目', '2022年预算数', '2022年决算数', '2021年决算数'], [budget, actual, lastYear]],
    ['this year’s naming no year, after last year’s', ['项目', '2021年决算数', '预算数', '决算数'], [lastYear, budget, actual]],
    ['next year’s budget after this year’s columns', ['项目', '2022年预算数', '2022年决算数', '2023年预算数'], [budget, actual, [6, 0, 5.8, 0, 5.8, 0.2]]],
  ] as const)('reads this year’s 决算, not last year’s, where columns name years (§七 said 决算5.01万元, 比上年增加0.00万元): %s', (_how, head, columns) => {
    const { rec, row } = read(layout([...head], numbered, columns));
    expect(row('actual')).toEqual(fen(actual));
    expect(row('budget')).toEqual(fen(budget));
    const text = section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '七');
    expect(text).toContain('“三公”经费支出决算4.99万元，比上年减少0.02万元，下降0.40%');
  });

  it('reads this year’s columns where the years stand in a row above the measures (2021年 {预算数 | 决算数} | 2022年 {…})', () => {
    const x = withSheetRows(g, sheetName, () => [
      ['财政拨款“三公”经费支出决算表'],
      ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, '单位：万元'],
      ['项目', '2021年', null, '2022年', null],
      [null, '预算数', '决算数', '预算数', '决算数'],
      ...numbered.map((n, i) => [n, 5.2, lastYear[i]!, budget[i]!, actual[i]!]),
    ]);
    const withMerges = { ...x, sheets: x.sheets.map((s) => (s.name === sheetName ? { ...s, merges: [{ top: 2, left: 1, bottom: 2, right: 2 }, { top: 2, left: 3, bottom: 2, right: 4 }, { top: 2, left: 0, bottom: 3, right: 0 }] } : s)) };
    const { row } = read(withMerges);
    expect([row('budget').total, row('actual').total]).toEqual([5_000_000, 4_990_000]);
  });

  it('reads the “三公” total (“三公”经费小计) under a 合计 that adds 会议费 and 培训费 in, not that 合计 (§七 said 决算8.59万元)', () => {
    const names = ['合计', '一、“三公”经费小计', '（一）因公出国（境）费', '（二）公务用车购置及运行维护费', '1.公务用车购置费', '2.公务用车运行维护费', '（三）公务接待费', '二、会议费', '三、培训费'];
    const withOthers = (three: readonly number[], meeting: number, training: number) => [three[0]! + meeting + training, ...three, meeting, training];
    const { rec, row } = read(layout(['项目', '预算数', '决算数'], names, [withOthers(budget, 3, 2), withOthers(actual, 2.5, 1.1)]));
    expect([row('budget').total, row('actual').total]).toEqual([5_000_000, 4_990_000]);
    const text = section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '七');
    expect(text).toContain('“三公”经费支出决算4.99万元，比上年减少0.02万元，下降0.40%');
  });

  it.each([
    ['its total named 一、“三公”经费支出', '一、“三公”经费支出'],
    ['its total named “三公”经费', '“三公”经费'],
    ['no total of its own: the items added up', undefined],
  ] as const)(
    'reads the “三公”’s own figures under a 合计 that adds 会议费 and 培训费 in (helper-76: §七 said 决算40.51万元 for 20.51, its shares adding up to 50.63%): %s',
    (_how, own) => {
      const three = (values: readonly number[]) => (own === undefined ? values.slice(1) : values);
      const names = ['合计', ...(own === undefined ? [] : [own]), '（一）因公出国（境）费', '（二）公务用车购置及运行维护费', '1.公务用车购置费', '2.公务用车运行维护费', '（三）公务接待费', '二、会议费', '三、培训费'];
      const withOthers = (values: readonly number[], meeting: number, training: number) => [Math.round((values[0]! + meeting + training) * 100) / 100, ...three(values), meeting, training];
      const x = layout(['项目', '预算数', '决算数'], names, [withOthers(budget, 10, 15), withOthers(actual, 8, 12)]);
      const { rec, row } = read(x);
      expect(rec.problems).toEqual([]);
      expect([row('budget').total, row('actual').total]).toEqual(own === undefined ? [undefined, undefined] : [5_000_000, 4_990_000]);
      const xinjiang = section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '七');
      expect(xinjiang).toContain('“三公”经费支出决算4.99万元，比上年减少0.02万元，下降0.40%');
      expect(xinjiang).toContain('公务用车购置及运行维护费支出4.79万元，占95.99%');
      expect(section(generateNarrative(rec, supplement, PRESETS.shanghai!), '七')).toContain('支出决算为4.99万元，完成预算的99.80%');
      expect(runAudit({ recognition: rec, supplement, grid: x }).filter((f) => f.rule === 'three-public-total')).toEqual([]);
    },
  );

  it.each([
    ['0 typed in under 一、“三公”经费支出, over its items', 0],
    ['- typed in under 一、“三公”经费支出, over its items', '-'],
  ] as const)('reads a “三公” heading row with zeros typed in as a heading, not as a total of 0.00 (review77: §七 said 决算0.00万元，下降100%): %s', (_how, zero) => {
    const names = ['合计', '一、“三公”经费支出', '（一）因公出国（境）费', '（二）公务用车购置及运行维护费', '1.公务用车购置费', '2.公务用车运行维护费', '（三）公务接待费', '二、会议费', '三、培训费'];
    const column = (values: readonly number[], meeting: number, training: number) => [Math.round((values[0]! + meeting + training) * 100) / 100, zero, ...values.slice(1), meeting, training];
    const x = layout(['项目', '预算数', '决算数'], names, [column(budget, 10, 15), column(actual, 8, 12)] as unknown as number[][]);
    const { rec } = read(x);
    expect(section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '七')).toContain('“三公”经费支出决算4.99万元，比上年减少0.02万元，下降0.40%');
    expect(runAudit({ recognition: rec, supplement, grid: x }).filter((f) => f.rule === 'three-public-total')).toEqual([]);
  });

  it('reads “三公”经费支出 with 0 typed in as the table’s total where no 合计 stands above it and no 会议费 or 培训费 beside it: held to its items (review79: dropped, a wrong 0.00 passed)', () => {
    const names = ['一、“三公”经费支出', '（一）因公出国（境）费', '（二）公务用车购置及运行维护费', '1.公务用车购置费', '2.公务用车运行维护费', '（三）公务接待费'];
    const x = layout(['项目', '预算数', '决算数'], names, [[0, ...budget.slice(1)], [0, ...actual.slice(1)]]);
    const { rec, row } = read(x);
    expect([row('budget').total, row('actual').total]).toEqual([0, 0]);
    expect(runAudit({ recognition: rec, supplement, grid: x }).filter((f) => f.rule === 'three-public-total').map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('drops a 合计 adding 会议费 and 培训费 in within a rounding gap, for both measures (review77: 25.00 over 4.99 + 8 + 12 was the 三公’s 决算)', () => {
    const names = ['合计', '（一）因公出国（境）费', '（二）公务用车购置及运行维护费', '1.公务用车购置费', '2.公务用车运行维护费', '（三）公务接待费', '二、会议费', '三、培训费'];
    const x = layout(['项目', '预算数', '决算数'], names, [[25, ...budget.slice(1), 8, 12], [25, ...actual.slice(1), 8, 12]]);
    const { rec, row } = read(x);
    expect([row('budget').total, row('actual').total]).toEqual([undefined, undefined]);
    expect(section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '七')).toContain('“三公”经费支出全年预算数5.00万元，决算数4.99万元');
  });

  it('reads a heading row “三公”经费支出 with no figures above the 合计 as a heading, not as a total of 0.00 (review39)', () => {
    // The heading's cells blank: no figure under either measure.
    const blankFirst = (c: readonly number[]) => [null, ...c] as unknown as number[];
    const x = layout(['项目', '预算数', '决算数'], ['“三公”经费支出', ...items], [blankFirst(budget), blankFirst(actual)]);
    const { rec, row } = read(x);
    expect([row('budget').total, row('actual').total]).toEqual([5_000_000, 4_990_000]);
    expect(section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '七')).toContain('“三公”经费支出决算4.99万元');
  });

  it('reads a 年初预算数 and a 全年预算数 column each as its own 预算', () => {
    const { rec, row } = read(layout(['项目', '年初预算数', '全年预算数', '决算数'], items, [initial, budget, actual]));
    expect(rec.problems).toEqual([]);
    expect([row('budget'), row('initialBudget'), row('adjustedBudget'), row('actual')]).toEqual([fen(initial), fen(initial), fen(budget), fen(actual)]);
  });

  it('says a row whose name is no item of the table, and reads the others', () => {
    const { rec, row } = read(layout(['项目', '预算数', '决算数'], [...items.slice(0, 5), '会务费'], [budget, actual]));
    expect(rec.problems.map((p) => p.kind)).toEqual(['unknown-row']);
    expect(row('actual').vehicles).toBe(4_790_000);
    expect(row('actual').reception).toBeUndefined();
  });
});

describe('table 05 in its older 收入支出 form, each balance split {小计 | 基本支出 | 项目支出} as 本年支出 is', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const sheetName = recognise(g).tables.generalBudgetExpenditure!.sheet;

  it.each([
    ['the parts headed as 本年支出’s (基本支出 | 项目支出)', ['小计', '基本支出', '项目支出']],
    ['the official sub-heads (基本支出结转 | 项目支出结转和结余)', ['小计', '基本支出结转', '项目支出结转和结余']],
  ] as const)('reads 本年支出’s 基本支出 and 项目支出, not the 年初 balance’s (§六 said 基本支出0.00万元), and says no column is unknown: %s', (_how, parts) => {
    const rec = recognise(withOlderGeneralBudgetForm(g, sheetName, parts));
    const t = rec.tables.generalBudgetExpenditure!;
    expect(rec.problems.filter((p) => p.table === '05')).toEqual([]);
    expect(['total', 'basic', 'project', 'openingBalance', 'openingBalanceBasic', 'closingBalanceProject'].map((c) => figureOf(t, 'total', c)?.fen)).toEqual([
      1_363_450_000, 645_230_000, 718_220_000, 0, 0, 0,
    ]);
    const text = section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '六');
    expect(text).toContain('一般公共预算财政拨款基本支出645.23万元');
  });
});

describe('the “三公” table cut by a page break between its header and its figures (the title again with （续）)', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const sheetName = recognise(g).tables.threePublicCosts!.sheet;
  const title = '财政拨款“三公”经费支出决算表';
  const meta = ['部门：新疆昌吉州政务服务和公共资源交易管理局', ...Array<null>(10), '单位：万元'];
  const measures = ['预算数', null, null, null, null, null, '决算数'];
  const items = ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'];
  const vehicles = [null, null, '小计', '公务用车购置费', '公务用车运行费', null];
  const numbers = Array.from({ length: 12 }, (_, i) => i + 1);
  const figures = [5, 0, 4.8, 0, 4.8, 0.2, 4.99, 0, 4.79, 0, 4.79, 0.2];
  const header = [measures, [...items, ...items], [...vehicles, ...vehicles]];
  const note = ['注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。'];

  it.each([
    ['the next page repeating the title, the 单位 line, the header and the 栏次 row', [[`${title}（续）`], meta, ...header, numbers, figures]],
    ['the next page holding the title and the figures alone', [[`${title}（续）`], figures]],
  ])('reads the figures, with no problem, and §七 states them: %s', (_how, nextPage) => {
    const x = withSheetRows(g, sheetName, () => [[title], meta, ...header, numbers, [], ...(nextPage as CellValue[][]), note]);
    const rec = recognise(x);
    expect(rec.problems).toEqual([]);
    const t = rec.tables.threePublicCosts!;
    expect(['budget', 'actual'].map((k) => figureOf(t, k, 'total')?.fen)).toEqual([5_000_000, 4_990_000]);
    const text = section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '七');
    expect(text).toContain('“三公”经费支出决算4.99万元');
    expect(text).toContain('公务用车购置及运行维护费支出4.79万元，占95.99%');
    expect(text).toContain('公务接待费支出0.20万元，占4.01%');
    expect(text).not.toContain('下降100');
  });
});

describe('subject tables whose code and name columns name the classification or the levels (功能分类科目名称, 科目编码（类/款/项）)', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const plainRec = recognise(g);
  const relabel = (id: BlockTableId, names: Readonly<Record<string, string>>): WorkbookGrid =>
    withSheetRows(g, plainRec.tables[id]!.sheet, (rows) => rows.map((r, i) => r.map((v) => (i < 5 && typeof v === 'string' && v in names ? names[v]! : v))));
  const figures = (rec: ReturnType<typeof recognise>, id: BlockTableId) =>
    rec.tables[id]?.rows.map((r) => [r.key, Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.fen]))]);

  it.each([
    ['income', '功能分类科目编码', '功能分类科目名称'],
    ['expenditure', '功能分类科目代码', '功能分类科目名称'],
    ['generalBudgetExpenditure', '科目编码（类/款/项）', '科目名称（类/款/项）'],
    ['generalBudgetExpenditure', '科目代码', '科目名称(类款项)'],
    ['generalBudgetBasic', '经济分类科目编码', '经济分类科目名称'],
    ['generalBudgetBasic', '经济分类科目代码', '经济分类科目名称'],
  ] as const)('reads %s headed %s / %s as the template’s table, its 合计 included, with no problem', (id, code, name) => {
    const rec = recognise(relabel(id, { 科目编码: code, 科目名称: name }));
    expect(rec.problems).toEqual([]);
    expect(figures(rec, id)).toEqual(figures(plainRec, id));
  });

  it.each(['功能分类科目', '支出功能分类科目', '科目编码及名称', '科目编码/名称', '功能分类科目编码及名称'])(
    'reads table 05 with each code and name in one column headed %s (a false 缺表)',
    (head) => {
      const id = 'generalBudgetExpenditure';
      const x = withSheetRows(g, plainRec.tables[id]!.sheet, (rows) =>
        rows.flatMap((r, i): CellValue[][] => {
          if (i === 2) return [[head, '合计', '基本支出', '项目支出']];
          if (i === 3 || i === 4) return [];
          if (i < 2 || r.length < 5) return [[...r]];
          return [[r[0] ? `${String(r[0])} ${String(r[1])}` : r[1]!, r[2]!, r[3]!, r[4]!]];
        }),
      );
      const rec = recognise(x);
      expect(rec.problems).toEqual([]);
      expect(figures(rec, id)).toEqual(figures(plainRec, id));
    },
  );

  it.each([
    ['income', '本年收入合计'],
    ['expenditure', '本年支出合计'],
    ['generalBudgetExpenditure', '本年支出合计'],
  ] as const)('reads %s’s 合计 row labelled %s', (id, label) => {
    const rows = plainRec.tables[id]!;
    const at = rows.rows.find((r) => r.key === 'total')!.labelCell!;
    const x = withSheetRows(g, rows.sheet, (sheetRows) => sheetRows.map((r, i) => (i === at.row ? r.map((v, c) => (c === at.col ? label : v)) : [...r])));
    const rec = recognise(x);
    expect(rec.problems).toEqual([]);
    expect(figures(rec, id)).toEqual(figures(plainRec, id));
  });
});

describe('table 05 with a 年初预算数 block (合计 | 基本支出 | 项目支出) before its 决算数 block', () => {
  // Headed with a year or as 预算安排, the budget block was read as the 决算 (every figure of §五 the budget's).
  it.each([
    ['年初预算数', '决算数'],
    ['2022年预算数', '2022年决算数'],
    ['2022年度年初预算数', '2022年度决算数'],
    ['预算安排数', '决算数'],
    ['年初预算安排', '决算数'],
    ['年初预算数（1）', '决算数'],
  ])('reads the 决算数 block and says the budget columns (%s) are left out; the text states the 决算', (budgetHead, actualHead) => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const sheetName = recognise(g).tables.generalBudgetExpenditure!.sheet;
    const scaled = (v: CellValue) => (typeof v === 'number' ? Math.round(v * 80) / 100 : v);
    const withBudget = withSheetRows(g, sheetName, (rows) =>
      rows.map((r, i) => {
        if (i === 2) return ['项目', null, budgetHead, null, null, actualHead, null, null];
        if (i === 3) return ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '合计', '基本支出', '项目支出'];
        if (i === 4) return [null, '栏次', 1, 2, 3, 4, 5, 6];
        return i > 4 && typeof r[2] === 'number' ? [r[0]!, r[1]!, scaled(r[2]), scaled(r[3]!), scaled(r[4]!), r[2], r[3]!, r[4]!] : [...r];
      }),
    );
    const read = recognise(withBudget);
    const table = read.tables.generalBudgetExpenditure!;
    expect(table.columns.map((c) => c.header[0])).toEqual([actualHead, actualHead, actualHead]);
    expect(table.rows.map((r) => r.figures.total?.fen)).toEqual(recognise(g).tables.generalBudgetExpenditure!.rows.map((r) => r.figures.total?.fen));
    expect(read.problems.filter((p) => p.message.includes('不是本年决算数')).map((p) => p.cell)).toEqual(['C4', 'D4', 'E4']);
    const lines = (x: WorkbookGrid) => documentLines(explain(x, PRESETS.xinjiang!, changji2022Supplement).document).map((l) => l.text);
    expect(lines(withBudget).find((l) => l.startsWith('2022年度一般公共预算财政拨款支出'))).toBe(lines(g).find((l) => l.startsWith('2022年度一般公共预算财政拨款支出')));
  });
});

describe('四川’s set: an 一般公共预算财政拨款支出决算明细表 of 经济分类 rows beside table 05', () => {
  const g = grid({});
  const rec0 = recognise(g);
  const t06 = g.sheets.find((s) => s.name === rec0.tables.generalBudgetBasic!.sheet)!;
  // 经济分类 rows (table 06's left panel) under 05's header, every figure 基本支出: its title is one of table 05's.
  const detail = {
    name: '一般公共预算财政拨款支出决算明细表',
    rows: [
      ['一般公共预算财政拨款支出决算明细表'],
      ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, '单位：万元'],
      ['经济分类科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ...t06.rows.filter((r) => typeof r[0] === 'string' && /^\d{3,5}$/.test(r[0])).map((r): CellValue[] => [r[0]!, r[1]!, r[2]!, r[2]!, 0]),
    ],
  };
  const at = g.sheets.findIndex((s) => s.name === rec0.tables.generalBudgetExpenditure!.sheet);
  const fiveLines = (x: WorkbookGrid) => section(generateNarrative(recognise(x), supplement, PRESETS.xinjiang!), '五');

  it.each([
    ['after table 05', at + 1],
    ['before table 05', at],
  ])('reads table 05 from its 功能分类 table, not from the 经济分类 one (%s): §五 unchanged, no 错误', (_where, index) => {
    const x: WorkbookGrid = { ...g, sheets: [...g.sheets.slice(0, index), detail, ...g.sheets.slice(index)] };
    const rec = recognise(x);
    expect(rec.tables.generalBudgetExpenditure!.sheet).toBe(rec0.tables.generalBudgetExpenditure!.sheet);
    // Read as table 05, §五 listed 工资福利支出(类) and 基本工资(款).
    expect(fiveLines(x)).toBe(fiveLines(g));
    expect(runAudit({ recognition: rec, supplement, grid: x }).filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });

  it('with no 功能分类 table 05 beside it, says table 05 is missing and why, rather than reading the 经济分类 rows as its 类 and 款', () => {
    const x: WorkbookGrid = { ...g, sheets: [...g.sheets.slice(0, at), detail, ...g.sheets.slice(at + 1)] };
    const rec = recognise(x);
    expect(rec.tables.generalBudgetExpenditure).toBeUndefined();
    expect(rec.problems.map((p) => p.message)).toContainEqual(expect.stringContaining('列的是经济分类科目（如“301 工资福利支出”），不是这张表的科目'));
  });
});

describe('table 05 with its 基本支出 split into 小计 | 人员经费 | 公用经费 (上海’s form)', () => {
  it('reads the 小计 as the 基本支出 and its parts as their own columns, with no problem and no 错误', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const before = recognise(g).tables.generalBudgetExpenditure!;
    const split = withBasicSplit(g, before.sheet);
    const rec = recognise(split);
    expect(rec.problems).toEqual([]);
    const t = rec.tables.generalBudgetExpenditure!;
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'basic', 'basicPersonnel', 'basicPublic', 'project']);
    expect(t.rows.map((r) => r.figures.basic?.fen)).toEqual(before.rows.map((r) => r.figures.basic?.fen));
    expect(runAudit({ recognition: rec, supplement, grid: split }).filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });

  it('reads 人员经费 | 公用经费 under 基本支出 with no 小计 as the 基本支出, their sum (unread: a 提示, §六 a gap, 05 held to 06 no more)', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const before = recognise(g).tables.generalBudgetExpenditure!;
    // The 小计 column taken out: 项目 | | 合计 | 基本支出 {人员经费 | 公用经费} | 项目支出.
    const noSubtotal = withSheetRows(withBasicSplit(g, before.sheet), before.sheet, (rows) =>
      rows.map((r, i): CellValue[] => (i === 2 ? ['项目', null, '合计', '基本支出', null, '项目支出'] : [...r.slice(0, 3), ...r.slice(4)])),
    );
    const rec = recognise(noSubtotal);
    expect(rec.problems).toEqual([]);
    const t = rec.tables.generalBudgetExpenditure!;
    expect(t.rows.map((r) => r.figures.basic?.fen)).toEqual(before.rows.map((r) => r.figures.basic?.fen));
    expect(runAudit({ recognition: rec, supplement, grid: noSubtotal }).filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    const text = (x: WorkbookGrid) => documentLines(explain(x, PRESETS.xinjiang!, changji2022Supplement).document).map((l) => l.text);
    expect(text(noSubtotal)).toEqual(text(g));
  });
});

describe('table 05 with the central template’s 栏次 row carrying the code’s parts (类 | 款 | 项 | 栏次 | 1 | 2 | 3)', () => {
  const g = grid({});
  const table = recognise(g).tables.generalBudgetExpenditure!;
  const keys = table.rows.map((r) => r.key);
  const central = (split: boolean) =>
    withSheetRows(g, table.sheet, (rows) =>
      rows.map((x, i): CellValue[] => {
        if (i < 2 || i === rows.length - 1) return [...x];
        if (i === 2) return ['项目', null, null, null, ...x.slice(2)];
        if (i === 3) return ['功能分类科目编码', null, null, '科目名称', null, null, null];
        if (i === 4) return ['类', '款', '项', '栏次', 1, 2, 3];
        const code = typeof x[0] === 'string' ? x[0] : '';
        return split ? [code.slice(0, 3) || null, code.slice(3, 5) || null, code.slice(5, 7) || null, ...x.slice(1)] : [code || null, null, null, ...x.slice(1)];
      }),
    );

  it.each([
    ['each part in its column (201 | 03 | 01)', true],
    ['the whole code in the 类 column', false],
  ])('reads every row by its whole code, %s, and §五 states each 项’s own figure', (_what, split) => {
    const layout = central(split);
    const rec = recognise(layout);
    expect(rec.problems).toEqual([]);
    expect(rec.tables.generalBudgetExpenditure!.rows.map((r) => r.key)).toEqual(keys);
    // Read as the 类 column alone, every 项 was a repeat of its 类 and dropped: §五 said 0.00万元 for each.
    expect(section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '五')).toContain('行政运行(项)：支出决算数为223.14万元，比上年决算减少180.39万元，下降44.70%');
  });
});

describe('table 06 with its panels named on a row of their own under the header (人员经费 | … | 公用经费, no figures)', () => {
  it('reads the totals from 人员经费合计 and 公用经费合计, not from the panel names, and the text states them', () => {
    const g = grid({});
    const sheetName = recognise(g).tables.generalBudgetBasic!.sheet;
    // The sample names its panels above the header; here they sit below it, as a row with no figures.
    const named = withSheetRows(g, sheetName, (rows) => [rows[0]!, rows[1]!, rows[3]!, [null, '人员经费', null, null, '公用经费', null], ...rows.slice(5)].map((r) => [...r]));
    const rec = recognise(named);
    expect(rec.problems).toEqual([]);
    const t = rec.tables.generalBudgetBasic!;
    expect(['personnelTotal', 'publicTotal'].map((k) => figureOf(t, k, 'amount')?.fen)).toEqual([577_840_000, 67_390_000]);
    expect(runAudit({ recognition: rec, supplement, grid: named }).filter((f) => f.severity === 'error')).toEqual([]);
    expect(section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '六')).toContain('人员经费577.84万元');
  });
});

/** Table 06's 经济分类 rows as sheet rows (code, name, amount in 万元): the 人员经费 panel's (301, 303) and the 公用经费 one's. */
function panelRows(t0: TableModel): { personnel: CellValue[][]; publicRows: CellValue[][] } {
  const list = (rows: readonly RowModel[]) => rows.map((r): CellValue[] => [r.code!, r.label, (r.figures.amount?.fen ?? 0) / 1_000_000]);
  const coded = t0.rows.filter((r) => r.code !== undefined);
  return { personnel: list(coded.filter((r) => /^30[13]/.test(r.code!))), publicRows: list(coded.filter((r) => !/^30[13]/.test(r.code!))) };
}

describe('table 06 printed as one list, its parts headed by rows with no figure (人员经费 … 公用经费 …, one 合计)', () => {
  const g = grid({});
  const rec0 = recognise(g);
  const t0 = rec0.tables.generalBudgetBasic!;
  const { personnel, publicRows } = panelRows(t0);
  const total = (figureOf(t0, 'personnelTotal', 'amount')!.fen! + figureOf(t0, 'publicTotal', 'amount')!.fen!) / 1_000_000;
  const oneList = withSheetRows(g, t0.sheet, () => [
    ['一般公共预算财政拨款基本支出决算表'],
    ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, '单位：万元'],
    ['科目编码', '科目名称', '决算数'],
    [null, '人员经费', null],
    ...personnel,
    [null, '公用经费', null],
    ...publicRows,
    [null, '合计', total],
  ]);

  it('reads the heading rows as headings, not as 人员经费 and 公用经费 of 0.00: the text as the sample’s (§六, 机关运行经费), no 错误', () => {
    const rec = recognise(oneList);
    const text = (r: ReturnType<typeof recognise>, preset: 'xinjiang' | 'shanghai') =>
      documentLines(generateNarrative(r, supplement, PRESETS[preset]!))
        .map((l) => l.text)
        .filter((l) => /人员经费|公用经费|机关运行经费/.test(l));
    for (const preset of ['xinjiang', 'shanghai'] as const) {
      expect(text(rec, preset).length).toBeGreaterThan(1);
      expect(text(rec, preset)).toEqual(text(rec0, preset));
    }
    expect(runAudit({ recognition: rec, supplement, grid: oneList }).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('table 06 as stacked panels under heading rows, each closed by a 合计 or 小计 of its own', () => {
  const g = grid({});
  const rec0 = recognise(g);
  const t0 = rec0.tables.generalBudgetBasic!;
  const { personnel, publicRows } = panelRows(t0);
  const p = figureOf(t0, 'personnelTotal', 'amount')!.fen! / 1_000_000;
  const q = figureOf(t0, 'publicTotal', 'amount')!.fen! / 1_000_000;
  const header: CellValue[] = ['科目编码', '科目名称', '决算数'];
  const top = [['一般公共预算财政拨款基本支出决算表'], ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, '单位：万元']];
  const layouts: [string, CellValue[][], number | undefined][] = [
    ['each panel closed by 合计', [header, [null, '人员经费', null], ...personnel, [null, '合计', p], [null, '公用经费', null], ...publicRows, [null, '合计', q]], undefined],
    ['each closed by 合计, then a 总计', [header, [null, '人员经费', null], ...personnel, [null, '合计', p], [null, '公用经费', null], ...publicRows, [null, '合计', q], [null, '总计', p + q]], p + q],
    ['each closed by 小计, then a 合计', [header, [null, '人员经费', null], ...personnel, [null, '小计', p], [null, '公用经费', null], ...publicRows, [null, '小计', q], [null, '合计', p + q]], p + q],
    ['each titled above its own header, closed by 合计', [['人员经费', null, null], header, ...personnel, [null, '合计', p], ['公用经费', null, null], header, ...publicRows, [null, '合计', q]], undefined],
    // The template's closing rows kept under panels that have totals of their own: the same figures twice.
    ['each closed by 小计, then the template’s 人员经费合计 and 公用经费合计 rows', [header, [null, '人员经费', null], ...personnel, [null, '小计', p], [null, '公用经费', null], ...publicRows, [null, '小计', q], [null, '人员经费合计', p], [null, '公用经费合计', q]], undefined],
    ['each closed by its own name’s 小计 (人员经费小计, 公用经费小计), then a 合计', [header, [null, '人员经费', null], ...personnel, [null, '人员经费小计', p], [null, '公用经费', null], ...publicRows, [null, '公用经费小计', q], [null, '合计', p + q]], p + q],
  ];

  // Each panel's 合计 was read as the table's: the second a "repeated row" to delete (the accountant's own total), the
  // panels without totals; a 小计 was "not a row of the table".
  it.each(layouts)('reads each panel’s total as its own, the table’s 合计 only below both (%s): no notice, no 错误, the text as the sample’s', (_name, body, total) => {
    const stacked = withSheetRows(g, t0.sheet, () => [...top, ...body]);
    const rec = recognise(stacked);
    const t = rec.tables.generalBudgetBasic!;
    expect(rec.problems).toEqual([]);
    expect(figureOf(t, 'personnelTotal', 'amount')?.fen).toBe(figureOf(t0, 'personnelTotal', 'amount')!.fen);
    expect(figureOf(t, 'publicTotal', 'amount')?.fen).toBe(figureOf(t0, 'publicTotal', 'amount')!.fen);
    expect(figureOf(t, 'total', 'amount')?.fen).toBe(total === undefined ? undefined : Math.round(total * 1_000_000));
    const text = (r: ReturnType<typeof recognise>) => documentLines(generateNarrative(r, supplement, PRESETS.xinjiang!)).map((l) => l.text);
    expect(text(rec)).toEqual(text(rec0));
    expect(runAudit({ recognition: rec, supplement, grid: stacked }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('says a panel’s 小计 and the template’s 人员经费合计 row that differ, naming both rows, and reads the first', () => {
    const body = [header, [null, '人员经费', null], ...personnel, [null, '小计', p], [null, '公用经费', null], ...publicRows, [null, '小计', q], [null, '人员经费合计', p + 1], [null, '公用经费合计', q]];
    const rec = recognise(withSheetRows(g, t0.sheet, () => [...top, ...body]));
    const subtotalRow = top.length + 2 + personnel.length + 1;
    expect(rec.problems.map((x) => x.message)).toEqual([
      `工作表“${t0.sheet}”B${top.length + body.length - 1}的行“人员经费合计”与第 ${subtotalRow} 行“小计”是《一般公共预算财政拨款基本支出决算表》的同一个合计，数字却不同：只读取了第 ${subtotalRow} 行，请核对这两行的数字。`,
    ]);
    expect(figureOf(rec.tables.generalBudgetBasic!, 'personnelTotal', 'amount')?.fen).toBe(figureOf(t0, 'personnelTotal', 'amount')!.fen);
  });

  it('keeps a list’s one 合计 below its last panel the table’s where no panel above has a total of its own', () => {
    const oneTotal = withSheetRows(g, t0.sheet, () => [...top, header, [null, '人员经费', null], ...personnel, [null, '公用经费', null], ...publicRows, [null, '合计', p + q]]);
    const t = recognise(oneTotal).tables.generalBudgetBasic!;
    expect(figureOf(t, 'total', 'amount')?.fen).toBe(Math.round((p + q) * 1_000_000));
    expect(figureOf(t, 'publicTotal', 'amount')).toBeUndefined();
  });
});

describe('a table copied from a paginated document, with what a page break leaves among its rows', () => {
  const g = grid({});
  const rec0 = recognise(g);
  const figures = (rec: ReturnType<typeof recognise>, id: 'expenditure' | 'generalBudgetBasic') =>
    rec.tables[id]!.rows.map((r) => [r.key, Object.values(r.figures).map((f) => f.fen)]);
  const errors = (x: WorkbookGrid) => runAudit({ recognition: recognise(x), supplement, grid: x }).filter((f) => f.severity === 'error');
  const sheetOf = (id: 'expenditure' | 'generalBudgetBasic') => g.sheets.find((s) => s.name === rec0.tables[id]!.sheet)!;

  it.each([
    ['its header rows again (Word repeats them on every page)', sheetOf('expenditure').rows.slice(2, 5)],
    ['its 部门 and 单位 line again', [['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, null, null, null, '单位：万元']]],
    ['the page’s number (第1页，共2页)', [[null, null, null, '第1页，共2页']]],
  ])('reads table 03 with %s as without, no problem and no 错误', (_what, rows) => {
    const cut = withRowsAbove(g, sheetOf('expenditure').name, 14, rows.map((r) => [...r]), false);
    const rec = recognise(cut);
    expect(rec.problems).toEqual([]);
    expect(figures(rec, 'expenditure')).toEqual(figures(rec0, 'expenditure'));
    expect(errors(cut)).toEqual([]);
  });

  it('reads table 06 with its two panels’ header again (人员经费 | 公用经费 above it) as without', () => {
    const cut = withRowsAbove(g, sheetOf('generalBudgetBasic').name, 14, sheetOf('generalBudgetBasic').rows.slice(2, 5).map((r) => [...r]), false);
    const rec = recognise(cut);
    expect(rec.problems).toEqual([]);
    expect(figures(rec, 'generalBudgetBasic')).toEqual(figures(rec0, 'generalBudgetBasic'));
    expect(errors(cut)).toEqual([]);
  });

  it('reads an empty table 08 whose 说明 is typed into its body under a figure column as its 说明, not a figure', () => {
    const name = rec0.tables.govFund!.sheet;
    const body = withSheetRows(g, name, (rows) => [...rows.slice(0, rec0.tables.govFund!.range.bottom + 1).map((r) => [...r]), [null, null, '本部门2022年度无政府性基金预算财政拨款收支，故本表为空表']]);
    const rec = recognise(body);
    expect(rec.problems).toEqual([]);
    expect(rec.tables.govFund!.notes.map((n) => n.text)).toEqual(['本部门2022年度无政府性基金预算财政拨款收支，故本表为空表']);
    expect(errors(body)).toEqual([]);
  });

  it('reads an empty table 08 whose 说明 is typed into its 合计 row’s figure cells (合计 | 本单位无…) as its 说明, not a figure', () => {
    const t8 = rec0.tables.govFund!;
    const note = '本单位2022年度无政府性基金预算财政拨款收支，本表为空表';
    const { row, col } = t8.rows.find((r) => r.key === 'total')!.labelCell!;
    const body = withSheetRows(g, t8.sheet, (rows) => rows.map((r, i): CellValue[] => (i === row ? [...r.slice(0, col + 1), note] : [...r])));
    expect(JSON.stringify(body.sheets.find((s) => s.name === t8.sheet)!.rows[row])).toContain(note);
    const rec = recognise(body);
    // helper-143: read as the 合计's figure, two false 错误 (不是数字) for an empty 08 and 09.
    expect(rec.problems).toEqual([]);
    expect(errors(body)).toEqual([]);
    expect(isEmptyTable(rec.tables.govFund!)).toBe(true);
  });
});

describe('tables 05 and 08 headed 类 | 款 | 项 | 科目名称 with no 科目编码 over the parts', () => {
  const g = grid({});
  const table = recognise(g).tables.generalBudgetExpenditure!;
  const keys = table.rows.map((r) => r.key);
  const figures = table.rows.map((r) => Object.values(r.figures).map((f) => f.fen));
  const headed = (header: CellValue[][]) =>
    withSheetRows(g, table.sheet, (rows) => [
      ...rows.slice(0, 2).map((x) => [...x]),
      ...header,
      ...rows.slice(5).map((x): CellValue[] => {
        const code = typeof x[0] === 'string' ? x[0] : '';
        return [code.slice(0, 3) || null, code.slice(3, 5) || null, code.slice(5, 7) || null, ...x.slice(1)];
      }),
    ]);

  // The parts were taken for code columns only under a 科目编码: the table was not found (a false 缺表 错误, §五 left blank).
  it.each([
    ['one header row (类 | 款 | 项 | 科目名称 | 合计 | 基本支出 | 项目支出)', [['类', '款', '项', '科目名称', '合计', '基本支出', '项目支出']]],
    ['项目 merged over them (项目 | 合计 | … over 类 | 款 | 项 | 科目名称)', [['项目', null, null, null, '合计', '基本支出', '项目支出'], ['类', '款', '项', '科目名称', null, null, null]]],
  ] as const)('reads table 05 %s: every row by its whole code, no problem, no 错误', (_what, header) => {
    const layout = headed(header.map((r) => [...r]));
    const rec = recognise(layout);
    expect(rec.problems).toEqual([]);
    const t = rec.tables.generalBudgetExpenditure!;
    expect(t.rows.map((r) => r.key)).toEqual(keys);
    expect(t.rows.map((r) => Object.values(r.figures).map((f) => f.fen))).toEqual(figures);
    expect(runAudit({ recognition: rec, supplement, grid: layout }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads table 08 headed so (类 | 款 | 项 | 科目名称 under 项目), empty as the sample’s', () => {
    const t8 = recognise(g).tables.govFund!;
    const layout = withSheetRows(g, t8.sheet, (rows) => [
      ...rows.slice(0, 2).map((x) => [...x]),
      ['项目', null, null, null, '年初结转和结余', '本年收入', '本年支出', null, null, '年末结转和结余'],
      ['类', '款', '项', '科目名称', null, null, '合计', '基本支出', '项目支出', null],
      [null, null, null, '合计'],
      ...rows.slice(6).map((x) => [...x]),
    ]);
    const rec = recognise(layout);
    expect(rec.problems).toEqual([]);
    expect(rec.tables.govFund!.columns.map((c) => c.key)).toEqual(t8.columns.map((c) => c.key));
  });
});

describe('table 05 cut into pages with no （续）', () => {
  const g = grid({});
  const rec0 = recognise(g);
  const sheet = g.sheets.find((s) => s.name === rec0.tables.generalBudgetExpenditure!.sheet)!;
  const keys = (rec: ReturnType<typeof recognise>) => rec.tables.generalBudgetExpenditure!.rows.map((r) => [r.key, r.figures.total!.fen]);
  const text = (x: WorkbookGrid) => section(generateNarrative(recognise(x), supplement, PRESETS.xinjiang!), '五');
  const errors = (x: WorkbookGrid) => runAudit({ recognition: recognise(x), supplement, grid: x }).filter((f) => f.severity === 'error');

  it.each([
    ['its title, 部门 line and header printed again on page 2 (打印标题)', sheet.rows.slice(0, 5)],
    ['its 注 at the foot of page 1', [['注：本表反映部门本年度一般公共预算财政拨款实际支出情况。'], [], []]],
  ])('reads page 2 as more of the table, %s: every 项 in the text, no problem and no 错误', (_what, between) => {
    const paged = withRowsAbove(g, sheet.name, 14, between.map((r) => [...r]), false);
    const rec = recognise(paged);
    expect(rec.problems).toEqual([]);
    expect(keys(rec)).toEqual(keys(rec0));
    expect(text(paged)).toContain('机关事业单位基本养老保险缴费支出(项)：支出决算数为41.90万元，比上年决算增加4.55万元，增长12.18%');
    expect(errors(paged)).toEqual([]);
  });

  it('still sets aside a second copy of the table below it (its rows again, 合计 first)', () => {
    const copy = withRowsAbove(g, sheet.name, sheet.rows.length, [[], ...sheet.rows.map((r) => [...r])], false);
    const rec = recognise(copy);
    expect(rec.problems.map((p) => p.kind)).toEqual(['duplicate-table']);
    expect(keys(rec)).toEqual(keys(rec0));
  });
});

describe('subject codes printed with their parts set apart (301-01, 201.03.01, 201 03 01)', () => {
  const g = grid({});
  const rec0 = recognise(g);
  const figures = (rec: ReturnType<typeof recognise>, id: 'generalBudgetBasic' | 'generalBudgetExpenditure') =>
    rec.tables[id]!.rows.map((r) => [r.key, Object.values(r.figures).map((f) => f.fen)]);
  const apart = (code: string, sep: string) => [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter((p) => p).join(sep);

  it.each([
    ['generalBudgetBasic' as const, '-'],
    ['generalBudgetExpenditure' as const, '.'],
    ['generalBudgetExpenditure' as const, ' '],
  ])('reads %s’s codes joined by “%s” as the whole codes', (id, sep) => {
    const name = rec0.tables[id]!.sheet;
    const respelt = withSheetRows(g, name, (rows) => rows.map((r) => r.map((v) => (typeof v === 'string' && /^\d{5}(\d{2})?$/.test(v) ? apart(v, sep) : v))));
    const rec = recognise(respelt);
    expect(rec.problems).toEqual([]);
    expect(figures(rec, id)).toEqual(figures(rec0, id));
  });

  it('reads no year-month (2022-12) as a code', () => {
    expect(readWholeCode('2022-12')).toEqual({ kind: 'text', text: '2022-12' });
  });

  // The code and its name typed into the code's cell (the name's cell left empty), set off by a mark or with the code's
  // parts set apart: the names were read with the mark (`-行政运行`, §五 stating “1. -一般公共服务支出(类)1,225.73万元”,
  // its minus sign before the amount's name), and a code set apart was read as its 类 alone (`201` named `.03.01 行政运行`):
  // every 款 and 项 a duplicate of its 类, §五(三) a paragraph per 类 and none per 项.
  const joined = (g0: WorkbookGrid, name: string, form: (code: string, label: string) => string) =>
    withSheetRows(g0, name, (rows) =>
      rows.map((r) => {
        const out = [...r];
        for (let c = 0; c + 1 < out.length; c++) {
          const [code, label] = [out[c], out[c + 1]];
          if (typeof code === 'string' && /^\d{3}(\d{2}){0,2}$/.test(code) && typeof label === 'string' && label !== '') [out[c], out[c + 1]] = [form(code, label), null];
        }
        return out;
      }),
    );
  const names = (rec: ReturnType<typeof recognise>, id: 'generalBudgetBasic' | 'generalBudgetExpenditure') => rec.tables[id]!.rows.map((r) => [r.key, r.label]);
  it.each([
    ['2010301 行政运行 (as before)', (code: string, label: string) => `${code} ${label}`],
    ['2010301-行政运行', (code: string, label: string) => `${code}-${label}`],
    ['2010301 - 行政运行', (code: string, label: string) => `${code} - ${label}`],
    ['2010301—行政运行', (code: string, label: string) => `${code}—${label}`],
    ['2010301：行政运行', (code: string, label: string) => `${code}：${label}`],
    ['201.03.01 行政运行', (code: string, label: string) => `${apart(code, '.')} ${label}`],
    ['201-03-01行政运行', (code: string, label: string) => `${apart(code, '-')}${label}`],
    ['201 03 01 行政运行', (code: string, label: string) => `${apart(code, ' ')} ${label}`],
    ['[201.03.01]行政运行', (code: string, label: string) => `[${apart(code, '.')}]${label}`],
  ])('reads a code and its name in one cell written %s: the rows, their names and the text of the plain layout', (_form, form) => {
    for (const id of ['generalBudgetExpenditure', 'generalBudgetBasic'] as const) {
      const respelt = joined(g, rec0.tables[id]!.sheet, form);
      const rec = recognise(respelt);
      expect(rec.problems).toEqual([]);
      expect(figures(rec, id)).toEqual(figures(rec0, id));
      expect(names(rec, id)).toEqual(names(rec0, id));
      for (const number of ['五', '六']) {
        expect(section(generateNarrative(rec, supplement, PRESETS.xinjiang!), number)).toEqual(section(generateNarrative(rec0, supplement, PRESETS.xinjiang!), number));
      }
    }
  });
});

describe('table 01 as older forms print its 收入: one 一、财政拨款收入 row, its funds under it as 其中 or not at all', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const sheetName = recognise(g).tables.summary!.sheet;
  const relaid = (incomeRows: (first: number, rows: readonly (readonly CellValue[])[]) => CellValue[][]): WorkbookGrid =>
    withSheetRows(g, sheetName, (rows) => {
      const first = rows.findIndex((r) => r[0] === '一、一般公共预算财政拨款收入');
      expect(first).toBeGreaterThan(0);
      return incomeRows(first, rows);
    });
  const withFunds = relaid((first, rows) => {
    const out = rows.map((r) => [...r]);
    out.splice(first, 3, ['一、财政拨款收入', null, 1363.45, ...rows[first]!.slice(3)], ['其中：一般公共预算财政拨款', null, 1363.45, ...rows[first + 1]!.slice(3)], ['政府性基金预算财政拨款', null, 0, ...rows[first + 2]!.slice(3)], ['国有资本经营预算财政拨款', null, 0]);
    return out;
  });
  const withoutFunds = relaid((first, rows) => {
    const out = rows.map((r) => [...r]);
    const income: CellValue[][] = [['一、财政拨款收入', null, 1363.45], ['二、上级补助收入', null, 0], ['三、事业收入', null, 0], ['四、经营收入', null, 0], ['五、附属单位上缴收入', null, 0], ['六、其他收入', null, 9.34], [], []];
    income.forEach((x, i) => (out[first + i] = [...x, ...Array<null>(3 - x.length).fill(null), ...rows[first + i]!.slice(3)]));
    return out;
  });

  const incomeOf = (income: CellValue[][]) =>
    relaid((first, rows) => {
      const out = rows.map((r) => [...r]);
      income.forEach((x, i) => (out[first + i] = [...x, ...Array<null>(3 - x.length).fill(null), ...rows[first + i]!.slice(3)]));
      return out;
    });
  // One fund under it alone: the sum of the funds left the 一般公共预算's out (two false 错误).
  const withOneFund = incomeOf([['一、财政拨款收入', null, 1363.45], ['其中：政府性基金预算财政拨款', null, 0], ['二、上级补助收入', null, 0], ['三、事业收入', null, 0], ['四、经营收入', null, 0], ['五、附属单位上缴收入', null, 0], ['六、其他收入', null, 9.34], []]);
  // A heading with no figure over its funds: the funds are the sum.
  const underHeading = incomeOf([['一、财政拨款收入'], ['1.一般公共预算财政拨款', null, 1363.45], ['2.政府性基金预算财政拨款', null, 0], ['3.国有资本经营预算财政拨款', null, 0], ['二、上级补助收入', null, 0], ['六、其他收入', null, 9.34], [], []]);

  it.each([
    ['its funds under it (其中：一般公共预算财政拨款 …)', withFunds],
    ['no fund split (一、财政拨款收入 二、上级补助收入 … 六、其他收入)', withoutFunds],
    ['one fund under it (其中：政府性基金预算财政拨款)', withOneFund],
  ])('reads it with no problem and no false 错误: %s', (_how, x) => {
    const rec = recognise(x);
    expect(rec.problems).toEqual([]);
    expect(figureOf(rec.tables.summary!, 'fiscalIncome', 'amount', 'income')?.fen).toBe(1_363_450_000);
    const errors = runAudit({ recognition: rec, supplement, grid: x }).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
  });

  it('adds its funds where the 财政拨款收入 row is a heading with no figure (1.一般公共预算财政拨款 … under it)', () => {
    const rec = recognise(underHeading);
    const errors = runAudit({ recognition: rec, supplement, grid: underHeading }).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
  });

  it('holds the 本年收入合计 to the 财政拨款收入 row and the other sources where the funds are not split', () => {
    const wrong = relaid((first) => {
      const out = withoutFunds.sheets.find((s) => s.name === sheetName)!.rows.map((r) => [...r]);
      out[first]![2] = 1300;
      return out;
    });
    const findings = runAudit({ recognition: recognise(wrong), supplement, grid: wrong }).filter((f) => f.rule === 'summary-year-income');
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('与一至八项收入之和 1,309.34 万元不符')]);
  });
});

describe('table 04 with its 一般公共预算 column split into 小计 | 基本支出 | 项目支出 (as 财政部’s form prints it)', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const plainRec = recognise(g);
  const t4 = plainRec.tables.fiscalSummary!;
  const t5 = plainRec.tables.generalBudgetExpenditure!;
  const wan = (f: { fen: number | null } | undefined) => (f?.fen ?? 0) / 1_000_000;
  const layout = (): WorkbookGrid =>
    withSheetRows(g, t4.sheet, (rows) => {
      // 收入 项目 | 行次 | 决算数, 支出 项目 | 行次 | 合计 | 一般公共预算 {小计 | 基本支出 | 项目支出} | 基金 | 国资.
      const out: CellValue[][] = [[rows[0]![0]!], [rows[1]![0]!, ...Array<null>(8), '公开04表', '单位：万元'], ['收入', null, null, '支出']];
      out.push(['项目', '行次', '决算数', '项目', '行次', '合计', '一般公共预算财政拨款', null, null, '政府性基金预算财政拨款', '国有资本经营预算财政拨款']);
      out.push([null, null, null, null, null, null, '小计', '基本支出', '项目支出', null, null]);
      for (const r of rows.slice(5)) {
        const label = String(r[3] ?? '').replace(/^.*、/, '');
        const cls = t5.rows.find((x) => x.level === 'class' && x.label === label);
        const split = cls ? [wan(cls.figures.basic), wan(cls.figures.project)] : /本年支出合计|总计/.test(label) ? [645.23, 718.22] : [null, null];
        out.push([...r.slice(0, 7), ...(typeof r[6] === 'number' ? split : [null, null]), ...r.slice(7)]);
      }
      return out;
    });

  it('reads the 小计 as the 一般公共预算 column, with no problem and no false 错误', () => {
    const x = layout();
    const rec = recognise(x);
    expect(rec.problems).toEqual([]);
    const figures = (t: NonNullable<typeof rec.tables.fiscalSummary>) => t.rows.filter((r) => r.block === 'expenditure').map((r) => [r.key, r.figures.generalBudget?.fen]);
    expect(figures(rec.tables.fiscalSummary!)).toEqual(figures(t4));
    const errors = runAudit({ recognition: rec, supplement, grid: x }).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.message)).toEqual([]);
  });
});

describe('table 04 with its 一般公共预算 column printed only as 基本支出 | 项目支出 (no 小计)', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const plainRec = recognise(g);
  const t4 = plainRec.tables.fiscalSummary!;
  const t5 = plainRec.tables.generalBudgetExpenditure!;
  const wan = (f: { fen: number | null } | undefined) => (f?.fen ?? 0) / 1_000_000;
  // 支出 项目 | 行次 | 合计 | 一般公共预算 {基本支出 | 项目支出} | 基金 | 国资; `basicOf` may change a 类's 基本支出.
  const layout = (basicOf: (label: string, wan: number) => number = (_l, w) => w): WorkbookGrid =>
    withSheetRows(g, t4.sheet, (rows) => {
      const out: CellValue[][] = [[rows[0]![0]!], [rows[1]![0]!, ...Array<null>(7), '公开04表', '单位：万元'], ['收入', null, null, '支出']];
      out.push(['项目', '行次', '决算数', '项目', '行次', '合计', '一般公共预算财政拨款', null, '政府性基金预算财政拨款', '国有资本经营预算财政拨款']);
      out.push([null, null, null, null, null, null, '基本支出', '项目支出', null, null]);
      for (const r of rows.slice(5)) {
        const label = String(r[3] ?? '').replace(/^.*、/, '');
        const cls = t5.rows.find((x) => x.level === 'class' && x.label === label);
        const split = cls ? [basicOf(label, wan(cls.figures.basic)), wan(cls.figures.project)] : /本年支出合计|总计/.test(label) ? [645.23, 718.22] : [null, null];
        out.push([...r.slice(0, 6), ...(typeof r[6] === 'number' ? split : [null, null]), ...r.slice(7)]);
      }
      return out;
    });

  it('reads the two parts with no problem, and holds the table to itself and to table 05 through their sum', () => {
    const x = layout();
    const rec = recognise(x);
    expect(rec.problems).toEqual([]);
    const t = rec.tables.fiscalSummary!;
    expect(t.rows.find((r) => r.key === 'yearExpenditure')!.figures.generalBudgetBasic!.fen).toBe(645_230_000);
    // (The sample's own 尾差 of 0.01 万元 in table 04 stays one.)
    expect(runAudit({ recognition: rec, supplement, grid: x }).filter((f) => f.table === '04' && f.severity !== 'rounding').map((f) => f.message)).toEqual([]);
  });

  it('still finds a 类 whose parts do not make its 合计, nor table 05’s', () => {
    const x = layout((label, w) => (label === '社会保障和就业支出' ? w + 1 : w));
    const errors = runAudit({ recognition: recognise(x), supplement, grid: x }).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule).sort()).toEqual(['fiscal-matches-general-budget', 'fiscal-row-funds', 'fiscal-year-expenditure']);
    expect(errors.find((f) => f.rule === 'fiscal-matches-general-budget')!.message).toContain('48.25 万元');
  });
});

describe('table 04 with every fund split into its parts (合计 | each fund {小计 | 基本支出 | 项目支出})', () => {
  const layout = fiscalSummaryFundsSplit;

  it.each([
    ['with each fund’s 小计', true],
    ['without 小计', false],
  ])('reads every fund, %s, with no problem and no false 错误 (each 小计 was dropped as a repeated 合计)', (_, subtotals) => {
    const x = layout(subtotals);
    const rec = recognise(x);
    expect(rec.problems.filter((p) => p.kind !== 'missing-table')).toEqual([]);
    const t = rec.tables.fiscalSummary!;
    const keys = t.columns.filter((c) => c.block === 'expenditure').map((c) => c.key);
    expect(keys).toEqual(expect.arrayContaining(['govFundBasic', 'govFundProject', 'stateCapitalBasic', 'stateCapitalProject']));
    // Without 小计, each fund is its parts' sum in the model (TableModel.printedAsParts), as each consumer takes it.
    const govFund = (key: string) => figureOf(t, key, 'govFund', 'expenditure')?.fen;
    expect([govFund('212'), govFund('yearExpenditure'), govFund('grandTotal')]).toEqual([100_000_000, 100_000_000, 100_000_000]);
    expect(figureOf(t, 'yearExpenditure', 'govFundProject', 'expenditure')?.fen).toBe(100_000_000);
    expect(t.printedAsParts?.map((c) => c.key) ?? []).toEqual(subtotals ? [] : ['generalBudget', 'govFund', 'stateCapital']);
    // Where table 08 does not say it, §八 takes table 04's 政府性基金 本年支出 (fundTotal).
    expect(fundTotal(rec.tables, 'govFund', 'yearExpenditure')?.figure.fen).toBe(100_000_000);
    expect(runAudit({ recognition: rec, supplement, grid: x }).filter((f) => f.table === '04').map((f) => f.message)).toEqual([]);
  });

  it('still finds a fund’s 小计 that does not make its row’s 合计, nor its parts, nor the 本年支出合计', () => {
    const x = layout(true, 5);
    const errors = runAudit({ recognition: recognise(x), supplement, grid: x }).filter((f) => f.table === '04' && f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.cells[0]])).toEqual([
      ['fiscal-fund-parts', '表4!H7'],
      ['fiscal-row-funds', '表4!D7'],
      ['fiscal-year-expenditure', '表4!H9'],
    ]);
  });
});

describe('table 06 as one block whose columns split the amount (科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费)', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const plainRec = recognise(g);
  const table = plainRec.tables.generalBudgetBasic!;
  // The sample's 款 in code order, each in 人员经费 (301, 303) or 公用经费 (302, 310) beside its 合计.
  const subjects = table.rows.filter((r) => r.code).sort((a, b) => a.code!.localeCompare(b.code!));
  const amount = (r: RowModel) => r.figures.amount!.fen! / 1_000_000;
  const line = (r: RowModel): CellValue[] => {
    const personnel = /^30[13]/.test(r.code!);
    return [r.code!, r.label, amount(r), personnel ? amount(r) : null, personnel ? null : amount(r)];
  };
  const total: CellValue[] = [null, '合计', 645.23, 577.84, 67.39];
  const layout = (header: CellValue[][], totalFirst: boolean): WorkbookGrid =>
    withSheetRows(g, table.sheet, (rows) => [
      [rows[0]![0]!],
      [rows[1]![0]!, null, null, null, '单位：万元'],
      ...header,
      ...(totalFirst ? [total] : []),
      ...subjects.map(line),
      ...(totalFirst ? [] : [total]),
      ['注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。'],
    ]);

  it.each([
    ['one header row, 合计 first', [['科目编码', '科目名称', '合计', '人员经费', '公用经费']], true],
    ['one header row, 合计 last', [['科目编码', '科目名称', '合计', '人员经费', '公用经费']], false],
    ['基本支出 over 合计 | 人员经费 | 公用经费', [['科目编码', '科目名称', '基本支出', null, null], [null, null, '合计', '人员经费', '公用经费']], true],
  ] as const)('reads its 人员经费合计 and 公用经费合计 from the 合计 row, and §六 and §十 state them: %s', (_how, header, totalFirst) => {
    const rec = recognise(layout(header.map((r) => [...r]), totalFirst));
    expect(rec.problems).toEqual([]);
    const t = rec.tables.generalBudgetBasic!;
    expect([figureOf(t, 'personnelTotal', 'amount')?.fen, figureOf(t, 'publicTotal', 'amount')?.fen]).toEqual([577_840_000, 67_390_000]);
    expect(subjects.map((r) => figureOf(t, r.key, 'amount')?.fen)).toEqual(subjects.map((r) => r.figures.amount!.fen));
    const doc = generateNarrative(rec, supplement, PRESETS.xinjiang!);
    expect(section(doc, '六')).toContain('人员经费577.84万元');
    expect(section(doc, '六')).toContain('公用经费67.39万元');
    expect(section(doc, '六')).not.toContain('【请填写');
    expect(section(doc, '十')).toContain('公用经费67.39万元');
  });
});

describe('table 06 as one block without a 合计 column (科目编码 | 科目名称 | 人员经费 | 公用经费)', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const table = recognise(g).tables.generalBudgetBasic!;
  const subjects = table.rows.filter((r) => r.code).sort((a, b) => a.code!.localeCompare(b.code!));
  const amount = (r: RowModel) => r.figures.amount!.fen! / 1_000_000;
  // Each 款 in 人员经费 (301, 303) or in 公用经费 (302, 310), the other blank; the 合计 row fills both.
  const layout = (change: (code: string, wan: number) => number = (_c, wan) => wan): WorkbookGrid =>
    withSheetRows(g, table.sheet, (rows) => [
      [rows[0]![0]!],
      [rows[1]![0]!, null, null, '单位：万元'],
      ['科目编码', '科目名称', '人员经费', '公用经费'],
      [null, '合计', 577.84, 67.39],
      ...subjects.map((r): CellValue[] => {
        const wan = change(r.code!, amount(r));
        return /^30[13]/.test(r.code!) ? [r.code!, r.label, wan, null] : [r.code!, r.label, null, wan];
      }),
      ['注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。'],
    ]);

  it('reads each row’s amount from the column it fills, with no problem, no finding, and §六 whole', () => {
    const x = layout();
    const rec = recognise(x);
    expect(rec.problems).toEqual([]);
    const t = rec.tables.generalBudgetBasic!;
    expect(subjects.map((r) => figureOf(t, r.key, 'amount')?.fen)).toEqual(subjects.map((r) => r.figures.amount!.fen));
    expect([figureOf(t, 'personnelTotal', 'amount')?.fen, figureOf(t, 'publicTotal', 'amount')?.fen]).toEqual([577_840_000, 67_390_000]);
    // The 合计 row fills both: it has no one amount (its parts are the two totals).
    expect(figureOf(t, 'total', 'amount')).toBeUndefined();
    expect(runAudit({ recognition: rec, supplement, grid: x }).filter((f) => f.table === '06').map((f) => f.message)).toEqual([]);
    const text = section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '六');
    expect(text).toContain('人员经费577.84万元');
    expect(text).toContain('公用经费67.39万元');
    expect(text).not.toContain('【请填写');
  });

  it('still finds a 款 that does not add up to its 类', () => {
    const first = subjects.find((r) => /^301\d\d$/.test(r.code!))!;
    const x = layout((code, wan) => (code === first.code ? wan + 1 : wan));
    const findings = runAudit({ recognition: recognise(x), supplement, grid: x }).filter((f) => f.severity === 'error');
    expect(findings.map((f) => f.rule)).toEqual(['basic-class-sections']);
  });
});

describe('table 06 with each panel closed by a plain 合计 (its panel named above it)', () => {
  it('reads each 合计 as its panel’s total, and the text states 人员经费 and 公用经费', () => {
    const g = grid({});
    const sheetName = recognise(g).tables.generalBudgetBasic!.sheet;
    const plain = withSheetRows(g, sheetName, (rows) => rows.map((r) => r.map((v) => (v === '人员经费合计' || v === '公用经费合计' ? '合计' : v))));
    const rec = recognise(plain);
    expect(rec.problems).toEqual([]);
    const t = rec.tables.generalBudgetBasic!;
    expect(t.rows.filter((r) => !r.code).map((r) => [r.key, r.figures.amount!.fen])).toEqual([
      ['personnelTotal', 577_840_000],
      ['publicTotal', 67_390_000],
    ]);
    const text = section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '六');
    expect(text).toContain('人员经费577.84万元');
    expect(text).toContain('公用经费67.39万元');
  });

  it.each([
    ['人员经费合计 and 公用经费合计', (v: CellValue) => v],
    ['a plain 合计 closing each panel', (v: CellValue) => (v === '人员经费合计' || v === '公用经费合计' ? '合计' : v)],
  ])('reads a 合计 above the panels’ rows as the table’s, and their totals below as theirs (%s)', (_how, closing) => {
    const g = grid({});
    const sheetName = recognise(g).tables.generalBudgetBasic!.sheet;
    // The whole 基本支出 on top under the 人员经费 panel, as tables 02, 03 and 05 print their 合计.
    const topped = withSheetRows(g, sheetName, (rows) => {
      const first = rows.findIndex((r) => r[0] === '301');
      return [...rows.slice(0, first), ['合计', null, 645.23, null, null, null], ...rows.slice(first)].map((r) => r.map(closing));
    });
    const rec = recognise(topped);
    expect(rec.problems).toEqual([]);
    const t = rec.tables.generalBudgetBasic!;
    expect(['total', 'personnelTotal', 'publicTotal'].map((k) => figureOf(t, k, 'amount')?.fen)).toEqual([645_230_000, 577_840_000, 67_390_000]);
    // Read as 人员经费合计, the whole 基本支出 was said to be 人员经费.
    expect(section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '六')).toContain('人员经费577.84万元');
    expect(runAudit({ recognition: rec, supplement, grid: topped }).filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });

  it('reads a 合计 on top of each panel, on one row (合计 | 577.84 | 合计 | 67.39), as each panel’s own total', () => {
    const g = grid({});
    const sheetName = recognise(g).tables.generalBudgetBasic!.sheet;
    const topped = withSheetRows(g, sheetName, (rows) => {
      const first = rows.findIndex((r) => r[0] === '301');
      const closing = (r: readonly CellValue[]) => r.includes('人员经费合计');
      return [...rows.slice(0, first), [null, '合计', 577.84, null, '合计', 67.39], ...rows.slice(first).filter((r) => !closing(r))].map((r) => [...r]);
    });
    const rec = recognise(topped);
    expect(rec.problems).toEqual([]);
    const t = rec.tables.generalBudgetBasic!;
    // Read as the table's 合计 in each panel, both panels' totals were lost: a wrong 人员经费 in the text passed.
    expect(['personnelTotal', 'publicTotal'].map((k) => figureOf(t, k, 'amount')?.fen)).toEqual([577_840_000, 67_390_000]);
    expect(runAudit({ recognition: rec, supplement, grid: topped }).filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });
});

describe('table 06 headed 经济分类科目编码 | 人员经费 | 决算数 (each panel named over its name column)', () => {
  it('reads the names under the panel’s name as the name column: no unreadable figure, the same rows', () => {
    const g = grid({});
    const rec0 = recognise(g);
    const sheetName = rec0.tables.generalBudgetBasic!.sheet;
    const panels = withSheetRows(g, sheetName, (rows) =>
      rows.map((r, i): CellValue[] => {
        if (i < 2 || i === rows.length - 1) return [...r];
        if (i === 2) return ['经济分类科目编码', '人员经费', '决算数', '经济分类科目编码', '公用经费', '决算数'];
        if (i === 3 || i === 4) return [];
        return [...r];
      }),
    );
    const rec = recognise(panels);
    expect(rec.problems).toEqual([]);
    const keys = (x: ReturnType<typeof recognise>) => x.tables.generalBudgetBasic!.rows.map((r) => [r.key, r.figures.amount!.fen]);
    expect(keys(rec)).toEqual(keys(rec0));
    expect(runAudit({ recognition: rec, supplement, grid: panels }).filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });
});

describe('table 06 with each code and its name in one cell (30213维修（护）费), no code column', () => {
  it('reads the codes and keeps each name as typed (full-width brackets), in the text too', () => {
    const g = grid({});
    const rec0 = recognise(g);
    const sheetName = rec0.tables.generalBudgetBasic!.sheet;
    const joined = (code: CellValue | undefined, name: CellValue | undefined): CellValue => (code === null || code === undefined ? (name ?? null) : `${String(code)}${String(name)}`);
    const inOne = withSheetRows(g, sheetName, (rows) =>
      rows.map((r, i): CellValue[] => {
        if (i < 2 || i === rows.length - 1) return [...r];
        if (i === 2) return ['人员经费', null, '公用经费', null];
        if (i === 3) return ['项目', '决算数', '项目', '决算数'];
        if (i === 4) return [];
        return [joined(r[0], r[1]), r[2] ?? null, joined(r[3], r[4]), r[5] ?? null];
      }),
    );
    const rec = recognise(inOne);
    expect(rec.problems).toEqual([]);
    const keys = (x: ReturnType<typeof recognise>) => x.tables.generalBudgetBasic!.rows.map((r) => [r.key, r.label, r.figures.amount!.fen]);
    expect(keys(rec)).toEqual(keys(rec0));
    expect(section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '六')).toContain('维修（护）费');
  });
});

describe('table 06 with some codes and their names in the code column’s cell, the name’s cell empty (30207邮电费)', () => {
  // As the 上海 2024 template's PDF prints table 06's second block from 30207 down, and a sheet converted from it holds it.
  it('reads those rows by their codes and names, as the layout with both columns, with no problem and no 错误', () => {
    const g = grid({});
    const rec0 = recognise(g);
    const sheetName = rec0.tables.generalBudgetBasic!.sheet;
    let glued = 0;
    const inOne = withSheetRows(g, sheetName, (rows) =>
      rows.map((r, i): CellValue[] => {
        const code = r[3];
        // The second block's rows from its third code on (its first ones stay in two cells, as the template prints them).
        if (i < 5 || typeof code !== 'string' || !/^\d{5}$/.test(code) || ++glued < 3) return [...r];
        return [r[0] ?? null, r[1] ?? null, r[2] ?? null, `${code}${String(r[4])}`, null, r[5] ?? null];
      }),
    );
    expect(glued).toBeGreaterThan(3);
    const rec = recognise(inOne);
    expect(rec.problems).toEqual([]);
    const keys = (x: ReturnType<typeof recognise>) => x.tables.generalBudgetBasic!.rows.map((r) => [r.key, r.label, r.code, r.level, r.figures.amount!.fen]);
    expect(keys(rec)).toEqual(keys(rec0));
    expect(runAudit({ recognition: rec, supplement, grid: inOne }).filter((f) => f.severity === 'error')).toEqual([]);
    expect(section(generateNarrative(rec, supplement, PRESETS.xinjiang!), '六')).toEqual(section(generateNarrative(rec0, supplement, PRESETS.xinjiang!), '六'));
  });
});

describe('tables 01 and 04 with their rows labelled as other and older forms do', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const rec = recognise(g);
  const relabel = (id: 'summary' | 'fiscalSummary', names: Readonly<Record<string, string>>): WorkbookGrid =>
    withSheetRows(g, rec.tables[id]!.sheet, (rows) => rows.map((row) => row.map((v) => (typeof v === 'string' && names[v] !== undefined ? names[v]! : v))));
  const figures = (x: WorkbookGrid, id: 'summary' | 'fiscalSummary') =>
    Object.fromEntries(recognise(x).tables[id]!.rows.filter((r) => !r.code).map((r) => [`${r.block}.${r.key}`, Object.values(r.figures)[0]?.fen]));

  it.each([
    ['01', 'summary', '使用非财政拨款结余', '使用非财政拨款结余（用事业基金弥补收支差额）'],
    ['01', 'summary', '使用非财政拨款结余', '用事业基金弥补收支差额'],
    ['01', 'summary', '年初结转和结余', '上年结转和结余'],
    ['01', 'summary', '年初结转和结余', '年初结转结余'],
    ['01', 'summary', '本年收入合计', '本年收入'],
    ['01', 'summary', '本年支出合计', '支出合计'],
    ['01', 'summary', '本年收入合计', '本年收入小计'],
    ['01', 'summary', '本年支出合计', '本年支出小计'],
    ['01', 'summary', '年末结转和结余', '年末结转结余'],
    ['04', 'fiscalSummary', '本年收入合计', '财政拨款本年收入'],
    ['04', 'fiscalSummary', '本年收入合计', '收入合计'],
    ['04', 'fiscalSummary', '年初财政拨款结转和结余', '年初财政拨款结转结余'],
    ['04', 'fiscalSummary', '年末财政拨款结转和结余', '年末财政拨款结转结余'],
    ['01', 'summary', '年初结转和结余', '上年结转'],
    ['01', 'summary', '年初结转和结余', '年初结转'],
    ['01', 'summary', '年末结转和结余', '年末结转'],
    ['01', 'summary', '年末结转和结余', '年末结转和结余资金'],
    ['01', 'summary', '年末结转和结余', '结转下年'],
    ['04', 'fiscalSummary', '年初财政拨款结转和结余', '年初财政拨款结转'],
    ['04', 'fiscalSummary', '年初财政拨款结转和结余', '上年结转'],
    ['04', 'fiscalSummary', '年初财政拨款结转和结余', '上年结转结余'],
    ['04', 'fiscalSummary', '年初财政拨款结转和结余', '年初结转和结余资金'],
    ['04', 'fiscalSummary', '年末财政拨款结转和结余', '年末财政拨款结转'],
    ['04', 'fiscalSummary', '年末财政拨款结转和结余', '年末结转'],
    ['04', 'fiscalSummary', '年末财政拨款结转和结余', '结转下年'],
    // helper-143: unread, 收入总计 and 支出总计 were each a false 错误 (the unread balance counted as 0).
    ['01', 'summary', '年初结转和结余', '期初结转和结余'],
    ['01', 'summary', '年末结转和结余', '期末结转和结余'],
    ['04', 'fiscalSummary', '年初财政拨款结转和结余', '期初财政拨款结转和结余'],
    ['04', 'fiscalSummary', '年末财政拨款结转和结余', '期末结转和结余'],
  ] as const)('table %s reads the row %s labelled %s, with no problem and no 错误', (_code, id, from, to) => {
    const x = relabel(id, { [from]: to });
    expect(recognise(x).problems).toEqual([]);
    expect(figures(x, id)).toEqual(figures(g, id));
    expect(runAudit({ recognition: recognise(x), supplement, grid: x }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads the 类 rows of tables 01 and 04 written with their code (201 一般公共服务支出), with no problem and no 错误', () => {
    const coded = (id: 'summary' | 'fiscalSummary', x: WorkbookGrid) =>
      withSheetRows(x, rec.tables[id]!.sheet, (rows) =>
        rows.map((row) =>
          row.map((v) => {
            const name = typeof v === 'string' ? /^[一二三四五六七八九十]+、(.+支出)$/.exec(v)?.[1] : undefined;
            const cls = name && rec.tables[id]!.rows.find((r) => r.level === 'class' && r.label.endsWith(name));
            return cls ? `${cls.code} ${name}` : v;
          }),
        ),
      );
    const x = coded('fiscalSummary', coded('summary', g));
    expect(x.sheets.find((s) => s.name === rec.tables.summary!.sheet)!.rows.flat()).toContain('201 一般公共服务支出');
    expect(recognise(x).problems).toEqual([]);
    for (const id of ['summary', 'fiscalSummary'] as const) {
      const classes = (y: WorkbookGrid) => recognise(y).tables[id]!.rows.filter((r) => r.level === 'class').map((r) => [r.code, Object.values(r.figures)[0]?.fen]);
      expect(classes(x)).toEqual(classes(g));
    }
    expect(runAudit({ recognition: recognise(x), supplement, grid: x }).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('tables 02 and 03 printed with only the columns the department uses', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const rec = recognise(g);
  const keep = (cols: readonly number[]) => (rows: readonly (readonly CellValue[])[]) => rows.map((r, i) => (i < 2 ? [...r] : cols.map((c) => r[c] ?? null)));
  // 02: 项目 code and name, 本年收入合计, 财政拨款收入, 其他收入; 03: 本年支出合计, 基本支出, 项目支出.
  const narrow = withSheetRows(withSheetRows(g, rec.tables.income!.sheet, keep([0, 1, 2, 3, 8])), rec.tables.expenditure!.sheet, keep([0, 1, 2, 3, 4]));
  const sentences = (preset: 'xinjiang' | 'shanghai', x: WorkbookGrid) =>
    documentLines(explain(x, PRESETS[preset]!, changji2022Supplement).document)
      .map((l) => l.text)
      .filter((l) => /^(2022年度)?本年(收入|支出)(合计)?[\d,.]+万元，其中/.test(l));

  it('says the sources and uses it prints, and those it does not as the 0 their 合计 shows: 上海 leaves them out, 新疆 states 0.00', () => {
    expect(recognise(narrow).tables.income!.columns.map((c) => c.key)).toEqual(['yearIncome', 'fiscal', 'otherIncome']);
    expect(sentences('shanghai', narrow)).toEqual([
      '本年收入合计1372.79万元，其中：财政拨款收入1363.45万元，占99.32%；其他收入9.34万元，占0.68%。',
      '本年支出合计1488.29万元，其中：基本支出770.07万元，占51.74%；项目支出718.22万元，占48.26%。',
    ]);
    expect(sentences('xinjiang', narrow)).toEqual(sentences('xinjiang', g));
  });

  it('leaves a gap for a column it does not print where the columns it does fall short of the 合计 (the money is somewhere)', () => {
    const short = withSheetRows(g, rec.tables.income!.sheet, keep([0, 1, 2, 3]));
    expect(sentences('shanghai', short)[0]).toContain('其他收入【请填写');
  });
});

describe('the line under a table’s title as the .docx prints it', () => {
  const line = (x: WorkbookGrid, code: string) => {
    const { lineLeft, lineRight } = tableLayouts(x, recognise(x)).get(code as never)!;
    return [lineLeft, lineRight];
  };

  it('prints the 上海 tables’ unit once, at the right where it stands (no 部门 line at the left)', () => {
    const x = toGrid(buildWorkbook(shanghai2024, shanghaiPlan(shanghai2024), SHANGHAI_2024));
    for (const code of ['01', '02', '03', '04', '05', '06', '07', '08', '09']) expect(line(x, code)).toEqual(['', '单位：万元']);
  });

  it('prints the 部门 at the left and the unit at the right, as the 新疆 tables have them', () => {
    expect(line(grid({}), '02')).toEqual(['部门：新疆昌吉州政务服务和公共资源交易管理局', '公开02表　单位：万元']);
  });
});

describe('table 01 with last year beside this year, each column headed by its year and measure in one cell (2021年度决算数 | 2022年度决算数)', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const t1 = recognise(g).tables.summary!;
  // 项目 | 行次 | 2021年度决算数 | 2022年度决算数 on each side; last year's figures 90% of this year's.
  const layout = withSheetRows(g, t1.sheet, (rows) =>
    rows.map((r, i): CellValue[] => {
      if (i === 2) return ['收入', null, null, null, '支出', null, null, null];
      if (i === 3) return ['项目', '行次', '2021年度决算数', '2022年度决算数', '项目', '行次', '2021年度决算数', '2022年度决算数'];
      if (i === 4) return ['栏次', null, 1, 2, '栏次', null, 3, 4];
      const prior = (v: CellValue) => (typeof v === 'number' ? Math.round(v * 90) / 100 : v);
      return i > 4 ? [r[0]!, r[1]!, prior(r[2]!), r[2]!, r[3]!, r[4]!, prior(r[5]!), r[5]!] : [...r];
    }),
  );

  it('reads this year’s columns, says last year’s are left out, and §一 states this year’s figures', () => {
    const rec = recognise(layout);
    expect(rec.missing).not.toContain('01');
    expect(rec.tables.summary!.columns.map((c) => c.col)).toEqual([3, 7]);
    expect(rec.problems.map((p) => p.message)).toEqual([expect.stringContaining('是2021年的数，不是本年决算数，已忽略'), expect.stringContaining('是2021年的数，不是本年决算数，已忽略')]);
    const lines = documentLines(explain(layout, PRESETS.xinjiang!, changji2022Supplement).document).map((l) => l.text);
    expect(lines.find((l) => l.includes('收入总计'))).toContain('2022年度收入总计1,488.29万元');
  });

  it('reads this year’s columns where they name no year beside last year’s that do (2021年度决算数 | 决算数)', () => {
    // helper-143: the column naming a year was the latest named, and read: §一 quoted last year's 收入总计 as this year's.
    const unnamed = withSheetRows(layout, t1.sheet, (rows) => rows.map((r, i): CellValue[] => (i === 3 ? r.map((c) => (c === '2022年度决算数' ? '决算数' : c)) : [...r])));
    const rec = recognise(unnamed);
    expect(rec.tables.summary!.columns.map((c) => c.col)).toEqual([3, 7]);
    expect(rec.problems.map((p) => p.message)).toEqual([expect.stringContaining('是2021年的数，不是本年决算数，已忽略'), expect.stringContaining('是2021年的数，不是本年决算数，已忽略')]);
    const lines = documentLines(explain(unnamed, PRESETS.xinjiang!, changji2022Supplement).document).map((l) => l.text);
    expect(lines.find((l) => l.includes('收入总计'))).toContain('2022年度收入总计1,488.29万元');
  });

  it('reads table 05’s 决算数 {合计 | 基本支出 | 项目支出}, not the 2021年决算数 column before it', () => {
    const t5 = recognise(g).tables.generalBudgetExpenditure!;
    // 项目 | 2021年决算数 | 决算数 over 科目编码 | 科目名称 | (2021) | 合计 | 基本支出 | 项目支出, last year's 合计 only.
    const x = withSheetRows(g, t5.sheet, (rows) =>
      rows.map((r, i): CellValue[] => {
        if (i === 2) return ['项目', null, '2021年决算数', '决算数'];
        if (i === 3) return ['科目编码', '科目名称', null, '合计', '基本支出', '项目支出'];
        return i < 2 ? [...r] : [r[0]!, r[1]!, i === 4 ? 702.89 : null, ...r.slice(2)];
      }),
    );
    const rec = recognise(x);
    expect(rec.problems.map((p) => p.message)).toEqual([expect.stringContaining('“2021年决算数”是2021年的数，不是本年决算数，已忽略')]);
    expect(figureOf(rec.tables.generalBudgetExpenditure!, 'total', 'total')?.fen).toBe(figureOf(t5, 'total', 'total')?.fen);
    const text = documentLines(explain(x, PRESETS.xinjiang!, changji2022Supplement).document).map((l) => l.text).join('\n');
    expect(text).toContain('一般公共预算财政拨款支出1,363.45万元');
    expect(text).not.toContain('702.89');
  });
});

describe('table 05 printed without its 类 rows (its 款 and 项 only), or with its 项 alone', () => {
  const g = grid({});
  const sheet = recognise(g).tables.generalBudgetExpenditure!.sheet;
  const text = (x: WorkbookGrid) => documentLines(explain(x, PRESETS.xinjiang!, changji2022Supplement).document).map((l) => l.text);
  const without = (left: RegExp) => withSheetRows(g, sheet, (rows) => rows.filter((r) => !(typeof r[0] === 'string' && left.test(r[0]))).map((r) => [...r]));

  it('without its 类 rows: §五 as the plain layout’s, the 项 that fell to 0 under a 款 it does not print (2013499 其他统战事务支出) too', () => {
    const x = without(/^\d{3}$/);
    expect(recognise(x).problems).toEqual([]);
    expect(section(explain(x, PRESETS.xinjiang!, changji2022Supplement).document, '五')).toEqual(section(explain(g, PRESETS.xinjiang!, changji2022Supplement).document, '五'));
  });

  it('with its 项 alone: the 项 that fell to 0 (2010399, 2013499) still said with their 上年数 (the 类 as the sum of its 项)', () => {
    const x = without(/^\d{3}(\d{2})?$/);
    expect(recognise(x).problems).toEqual([]);
    const lines = text(x);
    expect(lines.find((l) => l.includes('其他政府办公厅(室)及相关机构事务支出(项)'))).toContain('支出决算数为0.00万元，比上年决算减少72.90万元，下降100%');
    expect(lines.find((l) => l.includes('其他统战事务支出(项)'))).toContain('支出决算数为0.00万元，比上年决算减少0.20万元，下降100%');
  });
});

describe('subject tables whose 合计 row is labelled by what it adds (收入合计, 支出合计)', () => {
  const g = grid({});
  const rec0 = recognise(g);
  const text = (x: WorkbookGrid) => documentLines(explain(x, PRESETS.xinjiang!, changji2022Supplement).document).map((l) => l.text);
  it.each([
    ['income', '收入合计'],
    ['expenditure', '支出合计'],
    ['generalBudgetExpenditure', '支出合计'],
  ] as const)('reads table %s’s row %s as its 合计: no problem, its figures, the text of the plain layout', (id, label) => {
    const total = rec0.tables[id]!.rows.find((r) => r.key === 'total')!;
    const x = withSheetRows(g, rec0.tables[id]!.sheet, (rows) => rows.map((r, i) => (i === total.labelCell!.row ? r.map((v) => (v === '合计' ? label : v)) : [...r])));
    const rec = recognise(x);
    expect(rec.problems).toEqual([]);
    expect(rec.tables[id]!.rows.find((r) => r.key === 'total')!.label).toBe(label);
    expect(text(x)).toEqual(text(g));
  });
});

describe('tables 01 and 04 with last year’s column before this year’s, headed 上年数 | 本年数 (上年 | 本年, 上年金额 | 本年金额)', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const prior = (v: CellValue) => (typeof v === 'number' ? Math.round(v * 90) / 100 : v);
  const rec0 = recognise(g);
  const figures = (rec: ReturnType<typeof recognise>, id: 'summary' | 'fiscalSummary') =>
    rec.tables[id]!.rows.map((r) => [r.key, Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.fen]))]);
  // Each block gets a 上年数 column before its first figure column (04's 支出: before its 合计), the 收入 block's amount
  // headed 本年数: 项目 | 行次 | 上年数 | 本年数 | 项目 | 行次 | 上年数 | 本年数 (01), … | 上年数 | 合计 | 一般公共预算… (04).
  const withPrior = (id: 'summary' | 'fiscalSummary', [last, current]: readonly [string, string]) =>
    withSheetRows(g, rec0.tables[id]!.sheet, (rows) =>
      rows.map((r, i): CellValue[] => {
        const [a, b, c, d, e, ...rest] = r;
        if (i === 2) return [a!, null, null, null, d!, null, null, ...rest.map(() => null)];
        if (i === 3) return [a!, b!, last, current, d!, e!, last, id === 'summary' ? current : rest[0]!, ...rest.slice(1)];
        if (i === 4) return [a!, null, 1, 2, d!, null, ...[3, 4, 5, 6, 7].slice(0, rest.length + 1)];
        if (i < 2 || (typeof a === 'string' && a.startsWith('注'))) return [...r];
        return [a!, b!, prior(c!), c!, d!, e!, prior(rest[0]!), ...rest];
      }),
    );

  it.each([
    ['summary', ['上年数', '本年数']],
    ['fiscalSummary', ['上年数', '本年数']],
    ['summary', ['上年', '本年']],
    ['fiscalSummary', ['上年', '本年']],
    ['summary', ['上年金额', '本年金额']],
    ['fiscalSummary', ['上年金额', '本年金额']],
  ] as const)('reads table %s’s columns headed %j’s second, says the first are left out, and the text is the plain layout’s', (id, headers) => {
    const x = withPrior(id, headers);
    const rec = recognise(x);
    expect(rec.missing).toEqual([]);
    expect(rec.problems.map((p) => [p.kind, p.message.replace(/^.*的列“([^”]+)”.*$/, '$1')])).toEqual([
      ['unknown-column', `收入/${headers[0]}`],
      ['unknown-column', `支出/${headers[0]}`],
    ]);
    expect(figures(rec, id)).toEqual(figures(rec0, id));
    const text = (y: WorkbookGrid) => documentLines(explain(y, PRESETS.xinjiang!, changji2022Supplement).document).map((l) => l.text);
    expect(text(x)).toEqual(text(g));
  });
});

describe('the “三公” table with a plain 预算数 beside a 预算 it names (预算数 | 全年预算数, 预算数 | 调整预算数, 预算数 | 年初预算数)', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const sheetName = recognise(g).tables.threePublicCosts!.sheet;
  const items = ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'];
  const vehicles = [null, null, '小计', '公务用车购置费', '公务用车运行费', null];
  // The sample's 全年 预算 is 5.00; the plain 预算数 beside it, 6.00, is the other (年初) one.
  const plain = [6, 0, 5.6, 0, 5.6, 0.4];
  const named = [5, 0, 4.8, 0, 4.8, 0.2];
  const actual = [4.99, 0, 4.79, 0, 4.79, 0.2];
  const head = (extra = 0) => [['财政拨款“三公”经费支出决算表'], ['部门：新疆昌吉州政务服务和公共资源交易管理局', ...Array<null>(16 + extra), '单位：万元']];
  const foot = [['注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。']];
  /** Layout A: a block per measure; `names` in the order printed, each with its figures. */
  const blocks = (names: readonly (readonly [string, CellValue[]])[]): WorkbookGrid =>
    withSheetRows(g, sheetName, () => [
      ...head(),
      ['项目', ...names.flatMap(([n]) => [n, null, null, null, null, null])],
      [null, ...names.flatMap(() => items)],
      [null, ...names.flatMap(() => vehicles)],
      ['金额', ...names.flatMap(([, f]) => f)],
      ...foot,
    ]);
  /** Layout D: the measures as rows. */
  const rows = (names: readonly (readonly [string, CellValue[]])[]): WorkbookGrid =>
    withSheetRows(g, sheetName, () => [...head(), ['项目', ...items], [null, ...vehicles], ...names.map(([n, f]) => [n, ...f]), ...foot]);
  /** The items as rows under a column per measure. */
  const itemRows = (names: readonly (readonly [string, CellValue[]])[]): WorkbookGrid => {
    const labels = ['合计', '因公出国（境）费', '公务用车购置及运行费', '其中：公务用车购置费', '公务用车运行费', '公务接待费'];
    return withSheetRows(g, sheetName, () => [...head(), ['项目', ...names.map(([n]) => n)], ...labels.map((l, i) => [l, ...names.map(([, f]) => f[i]!)]), ...foot]);
  };
  const xinjiang = (x: WorkbookGrid) => section(generateNarrative(recognise(x), supplement, PRESETS.xinjiang!), '七');
  const shanghai = (x: WorkbookGrid) => section(generateNarrative(recognise(x), supplement, PRESETS.shanghai!), '七');
  const layouts = { blocks, rows, itemRows } as const;

  it.each([
    ['blocks', '全年预算数', 'plain first'],
    ['blocks', '调整预算数', 'plain first'],
    ['blocks', '全年预算数', 'named first'],
    ['rows', '全年预算数', 'plain first'],
    ['rows', '全年预算数', 'named first'],
    ['itemRows', '全年预算数', 'plain first'],
    ['itemRows', '调整预算数', 'named first'],
  ] as const)('in %s, a block headed %s (%s) is quoted as the 全年 预算 and the plain 预算数 as the 年初 one', (layout, name, order) => {
    const measures: (readonly [string, CellValue[]])[] = order === 'plain first' ? [['预算数', plain], [name, named]] : [[name, named], ['预算数', plain]];
    const x = layouts[layout]([...measures, ['决算数', actual]]);
    expect(recognise(x).problems).toEqual([]);
    // Read as one 预算, the first block was quoted as either: 全年预算数6.00万元 (helper-143), or the 上海 年初 5.00.
    expect(xinjiang(x)).toContain('“三公”经费支出全年预算数5.00万元，决算数4.99万元，预决算差异率-0.20%');
    expect(shanghai(x)).toContain('“三公”经费财政拨款支出年初预算为6.00万元，支出决算为4.99万元，完成预算的83.17%');
  });

  it('reads a 年初预算数 block beside a plain 预算数 as the 年初 one (上海), the plain one as the 全年 (新疆)', () => {
    const x = blocks([['预算数', named], ['年初预算数', plain], ['决算数', actual]]);
    expect(recognise(x).problems).toEqual([]);
    expect(shanghai(x)).toContain('“三公”经费财政拨款支出年初预算为6.00万元');
    expect(xinjiang(x)).toContain('“三公”经费支出全年预算数5.00万元');
  });

  it('reads 预算数 over 年初预算数 | 全年预算数 as the two 预算 it names, not one plain 预算 twice', () => {
    const x = withSheetRows(g, sheetName, () => [
      ...head(6),
      ['项目', '预算数', ...Array<null>(11), '决算数'],
      [null, '年初预算数', null, null, null, null, null, '全年预算数', null, null, null, null, null, null],
      [null, ...items, ...items, ...items],
      [null, ...vehicles, ...vehicles, ...vehicles],
      ['金额', ...plain, ...named, ...actual],
      ...foot,
    ]);
    const t = recognise(x).tables.threePublicCosts!;
    expect(['initialBudget', 'adjustedBudget', 'actual'].map((k) => figureOf(t, k, 'total')?.fen)).toEqual([6_000_000, 5_000_000, 4_990_000]);
    expect(xinjiang(x)).toContain('“三公”经费支出全年预算数5.00万元，决算数4.99万元，预决算差异率-0.20%');
  });

  it('with the items as rows and one 预算 column headed 全年预算数, 上海 states it as the 全年 预算, not as the 年初 one', () => {
    const x = itemRows([['全年预算数', named], ['决算数', actual]]);
    expect(shanghai(x)).toContain('“三公”经费财政拨款支出全年预算为5.00万元，支出决算为4.99万元，完成预算的99.80%');
    expect(xinjiang(x)).toContain('“三公”经费支出全年预算数5.00万元');
  });

  it('gives the 说明数据 the named 全年 block as the 三公 items’ 全年预算数', () => {
    const x = blocks([['预算数', plain], ['全年预算数', named], ['决算数', actual]]);
    const total = indicatorRows(recognise(x), supplement).find((r) => r.key === '三公经费合计')!;
    expect(total.adjustedBudget?.map((r) => [r.fen, toA1(r.cell.row, r.cell.col)])).toEqual([[5_000_000, 'H6']]);
  });
});
