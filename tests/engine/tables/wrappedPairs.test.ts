/**
 * Table 01 printed on a narrow page: its 支出 side wrapped over two column pairs (收入 | 支出 类 一–十三 | 支出 类
 * 十四–二十六 and the totals). The second 支出 pair was unread without a word: 0 错误, no notice, and the 公开说明's
 * 支出总计 a gap. Built from the sample's readable table 01, its figures moved into the wrapped layout.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { toA1 } from '../../../src/engine/grid/address';
import { figureOf } from '../../../src/engine/tables/model';
import { check, explain } from '../../../src/engine/workflow';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { withSheetRows } from '../../support/layouts';

const plain = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
const plainRec = recognise(plain);
const SHEET = plainRec.tables.summary!.sheet;

interface Wrap {
  /** 行次 printed in each pair (项目 | 行次 | 金额), or not (项目 | 金额). */
  readonly lineNumbers: boolean;
  /**
   * 支出 over both 支出 pairs (merged, or typed once and spread), or over each; `none`: the second pair has no header
   * text at all (its rows go on right of the header's last column).
   */
  readonly expenditureHeader: 'once' | 'each' | 'none';
  /** The 支出总计 as printed, where it differs from the sample's. */
  readonly expenditureTotal?: number;
}

/**
 * The sample's table 01 (A 项目 | B 行次 | C 决算数 | D 项目 | E 行次 | F 决算数; 类 on rows 6–31, the totals on 32–35)
 * wrapped: 收入 (its sources, then its totals on the rows of the 支出 totals) | 支出 类 一–十三 | 支出 类 十四–二十六, then
 * 本年支出合计, 结余分配, 年末结转和结余, 总计.
 */
function wrapped(options: Wrap): WorkbookGrid {
  return withSheetRows(plain, SHEET, (rows) => {
    const t = plainRec.tables.summary!;
    const top = t.range.top;
    const body = rows.slice(top + 5, top + 35);
    const pair = (label: CellValue | undefined, line: CellValue | undefined, figure: CellValue | undefined): CellValue[] =>
      options.lineNumbers ? [label ?? null, line ?? null, figure ?? null] : [label ?? null, figure ?? null];
    const income = body.filter((r) => r[0] !== null).map((r) => pair(r[0], r[1], r[2]));
    const expenditure = body.map((r) => pair(r[3], r[4], r[5]));
    const sources = income.slice(0, 8);
    const incomeTotals = income.slice(8);
    const first = expenditure.slice(0, 13);
    const second = expenditure.slice(13);
    if (options.expenditureTotal !== undefined) second[second.length - 1]![options.lineNumbers ? 2 : 1] = options.expenditureTotal;
    const width = options.lineNumbers ? 3 : 2;
    const blank = pair(null, null, null);
    const heads = (label: string) => [label, ...Array<CellValue>(width - 1).fill(null)];
    const columns = options.lineNumbers ? ['项目', '行次', '金额'] : ['项目', '金额'];
    const out: CellValue[][] = [
      [rows[top]![0]!, ...Array<CellValue>(width * 3 - 1).fill(null)],
      [rows[top + 1]![0]!, ...Array<CellValue>(width * 3 - 3).fill(null), '公开01表', '单位：万元'],
      [...heads('收入'), ...heads('支出'), ...(options.expenditureHeader === 'each' ? heads('支出') : Array<CellValue>(width).fill(null))],
      [...columns, ...columns, ...(options.expenditureHeader === 'none' ? Array<CellValue>(width).fill(null) : columns)],
    ];
    for (let i = 0; i < second.length; i++) {
      const left = i < sources.length ? sources[i]! : i >= second.length - incomeTotals.length ? incomeTotals[i - (second.length - incomeTotals.length)]! : blank;
      out.push([...left, ...(first[i] ?? blank), ...second[i]!]);
    }
    out.push([rows[top + 35]![0]!, ...Array<CellValue>(width * 3 - 1).fill(null)]);
    return out;
  });
}

const figures = (rec: ReturnType<typeof recognise>) =>
  rec.tables.summary!.rows.map((r) => `${r.block} ${r.key} ${Object.values(r.figures).map((f) => f.fen).join(',')}`).sort();

const text = (g: WorkbookGrid) => documentLines(explain(g, PRESETS.xinjiang!, changji2022Supplement).document).map((l) => l.text);

describe('table 01 with its 支出 wrapped over two column pairs (a narrow page)', () => {
  it.each([
    ['项目 | 金额, 支出 over both pairs', { lineNumbers: false, expenditureHeader: 'once' }],
    ['项目 | 金额, 支出 over each pair', { lineNumbers: false, expenditureHeader: 'each' }],
    ['项目 | 行次 | 金额, 支出 over both pairs', { lineNumbers: true, expenditureHeader: 'once' }],
    ['项目 | 金额, the second pair with no header text', { lineNumbers: false, expenditureHeader: 'none' }],
    ['项目 | 行次 | 金额, the second pair with no header text', { lineNumbers: true, expenditureHeader: 'none' }],
  ] as const)('reads the second pair’s 类 and totals as 支出 rows (%s)', (_how, options) => {
    const rec = recognise(wrapped(options));
    expect(rec.problems.filter((p) => p.table === '01')).toEqual([]);
    expect(figures(rec)).toEqual(figures(plainRec));
    const t = rec.tables.summary!;
    // 支出总计 1,488.29 at the last pair's 金额 (F21, or I21 with 行次), 类 十九 住房保障支出 37.84 in that pair too.
    const total = figureOf(t, 'grandTotal', 'amount', 'expenditure')!;
    expect([total.fen, toA1(total.cell.row, total.cell.col)]).toEqual([1_488_290_000, options.lineNumbers ? 'I21' : 'F21']);
    const housing = t.rows.find((r) => r.block === 'expenditure' && r.key === '221')!;
    expect([housing.figures.amount!.fen, toA1(housing.figures.amount!.cell.row, housing.figures.amount!.cell.col)]).toEqual([37_840_000, options.lineNumbers ? 'I10' : 'F10']);
    // The 类 in the table's order: 一–十三 (…, 213 农林水, 214 交通运输), then 十四 on (215, 216 …).
    expect(t.rows.filter((r) => r.block === 'expenditure' && r.level === 'class').map((r) => r.key).slice(11, 15)).toEqual(['213', '214', '215', '216']);
  });

  it.each(['once', 'none'] as const)('gives the 公开说明 the sample’s 支出总计 and 本年支出合计, no gap, and the sample’s findings (second pair’s header: %s)', (expenditureHeader) => {
    const g = wrapped({ lineNumbers: false, expenditureHeader });
    const lines = text(g);
    expect(lines.find((l) => l.startsWith('本年支出总计'))).toMatch(/^本年支出总计1,488\.29万元，其中：本年支出合计1,488\.29万元，结余分配0\.00万元，年末结转和结余0\.00万元。/);
    expect(lines).toEqual(text(plain));
    const said = (x: WorkbookGrid) => check(x).findings.map((f) => `${f.severity} ${f.rule} ${f.message}`).sort();
    expect(said(g)).toEqual(said(plain));
  });

  it('quotes the second pair’s 支出总计 in check and in the text where it differs from the 收入总计', () => {
    const g = wrapped({ lineNumbers: false, expenditureHeader: 'once', expenditureTotal: 1500 });
    const errors = check(g).findings.filter((f) => f.severity === 'error');
    const balance = errors.find((f) => f.rule === 'summary-balance')!;
    expect(balance.message).toContain('支出总计 1,500.00 万元');
    expect(balance.cells).toContain('收入支出决算总表!F21');
    expect(errors.find((f) => f.rule === 'summary-expenditure-total')!.message).toContain('支出总计 1,500.00 万元');
    expect(text(g).find((l) => l.startsWith('本年支出总计'))).toMatch(/^本年支出总计1,500\.00万元，/);
  });
});

/**
 * Table 01 on a portrait page, its 支出 stacked under the 收入 and wrapped there over two column pairs (收入 | 金额, then
 * 支出 类 一–十三 | 支出 类 十四–二十六 and the totals): the second 支出 pair was only said (a column of figures no block
 * reads), its 类 and 支出总计 unread, where the same pair beside the 收入 is read.
 */
function stackedAndWrapped(options: Wrap): WorkbookGrid {
  return withSheetRows(plain, SHEET, (rows) => {
    const top = plainRec.tables.summary!.range.top;
    const body = rows.slice(top + 5, top + 35);
    const pair = (label: CellValue | undefined, line: CellValue | undefined, figure: CellValue | undefined): CellValue[] =>
      options.lineNumbers ? [label ?? null, line ?? null, figure ?? null] : [label ?? null, figure ?? null];
    const width = options.lineNumbers ? 3 : 2;
    const blank = pair(null, null, null);
    const income = body.filter((r) => r[0] !== null).map((r) => pair(r[0], r[1], r[2]));
    const expenditure = body.map((r) => pair(r[3], r[4], r[5]));
    const first = expenditure.slice(0, 13);
    const second = expenditure.slice(13);
    if (options.expenditureTotal !== undefined) second[second.length - 1]![width - 1] = options.expenditureTotal;
    const heads = (label: string) => [label, ...Array<CellValue>(width - 1).fill(null)];
    const columns = options.lineNumbers ? ['项目', '行次', '金额'] : ['项目', '金额'];
    return [
      [rows[top]![0]!, ...Array<CellValue>(width * 2 - 1).fill(null)],
      [rows[top + 1]![0]!, ...Array<CellValue>(width * 2 - 3).fill(null), '公开01表', '单位：万元'],
      [...heads('收入'), ...blank],
      [...columns, ...blank],
      ...income.map((r) => [...r, ...blank]),
      [...heads('支出'), ...(options.expenditureHeader === 'each' ? heads('支出') : blank)],
      [...columns, ...(options.expenditureHeader === 'none' ? blank : columns)],
      ...second.map((r, i) => [...(first[i] ?? blank), ...r]),
      [rows[top + 35]![0]!, ...Array<CellValue>(width * 2 - 1).fill(null)],
    ];
  });
}

describe('table 01 with its 支出 stacked under the 收入 and wrapped over two column pairs', () => {
  it.each([
    ['项目 | 金额, 支出 over both pairs', { lineNumbers: false, expenditureHeader: 'once' }],
    ['项目 | 金额, 支出 over each pair', { lineNumbers: false, expenditureHeader: 'each' }],
    ['项目 | 行次 | 金额, 支出 over both pairs', { lineNumbers: true, expenditureHeader: 'once' }],
    ['项目 | 金额, the second pair with no header text', { lineNumbers: false, expenditureHeader: 'none' }],
  ] as const)('reads the second pair’s 类 and totals as 支出 rows, nothing said (%s)', (_how, options) => {
    const rec = recognise(stackedAndWrapped(options));
    expect(rec.problems.filter((p) => p.table === '01')).toEqual([]);
    expect(figures(rec)).toEqual(figures(plainRec));
    const t = rec.tables.summary!;
    // The 支出 header on row 17, its rows 19–35: 支出总计 1,488.29 at the second pair's 金额 on row 35 (D35, or F35 with 行次).
    const total = figureOf(t, 'grandTotal', 'amount', 'expenditure')!;
    expect([total.fen, toA1(total.cell.row, total.cell.col)]).toEqual([1_488_290_000, options.lineNumbers ? 'F35' : 'D35']);
    expect(t.rows.filter((r) => r.block === 'expenditure' && r.level === 'class').map((r) => r.key).slice(11, 15)).toEqual(['213', '214', '215', '216']);
  });

  it.each(['once', 'each', 'none'] as const)('gives the 公开说明 the plain layout’s text, word for word, and its findings (second pair’s header: %s)', (expenditureHeader) => {
    const g = stackedAndWrapped({ lineNumbers: false, expenditureHeader });
    expect(text(g)).toEqual(text(plain));
    const said = (x: WorkbookGrid) => check(x).findings.map((f) => `${f.severity} ${f.rule} ${f.message}`).sort();
    expect(said(g)).toEqual(said(plain));
  });

  it('quotes the second pair’s 支出总计 where it differs from the 收入总计', () => {
    const g = stackedAndWrapped({ lineNumbers: false, expenditureHeader: 'once', expenditureTotal: 1500 });
    const balance = check(g).findings.find((f) => f.severity === 'error' && f.rule === 'summary-balance')!;
    expect(balance.message).toContain('支出总计 1,500.00 万元');
    expect(balance.cells).toContain(`${SHEET}!D35`);
    expect(text(g).find((l) => l.startsWith('本年支出总计'))).toMatch(/^本年支出总计1,500\.00万元，/);
  });
});

/**
 * Table 01 with a column pair left of 收入 | 支出 that names neither (项目 | 金额, the 支出 类 十四 on and the totals moved
 * there): every block the spec has is taken by the pairs naming it, and the pair is not read.
 */
function pairLeftOfAll(): WorkbookGrid {
  return withSheetRows(plain, SHEET, (rows) => {
    const top = plainRec.tables.summary!.range.top;
    const body = rows.slice(top + 5, top + 35);
    const income = body.filter((r) => r[0] !== null).map((r) => [r[0]!, r[2]!]);
    const expenditure = body.map((r) => [r[3]!, r[5]!]);
    const first = expenditure.slice(0, 13);
    const second = expenditure.slice(13);
    return [
      [rows[top]![0]!, null, null, null, null, null],
      [rows[top + 1]![0]!, null, null, null, '公开01表', '单位：万元'],
      ['项目', '金额', '收入', null, '支出', null],
      [null, null, '项目', '金额', '项目', '金额'],
      ...second.map((r, i) => [...r, ...(income[i] ?? [null, null]), ...(first[i] ?? [null, null])]),
      [rows[top + 35]![0]!, null, null, null, null, null],
    ];
  });
}

/** The sample's table 01 with a column G beside its header, with no header text, `cell` of each row under the header. */
function besideHeader(cell: (row: readonly CellValue[]) => CellValue): WorkbookGrid {
  return withSheetRows(plain, SHEET, (rows) => {
    const top = plainRec.tables.summary!.range.top;
    return rows.map((row, r) => (r >= top + 5 && r < top + 35 ? [...row, ...Array<CellValue>(Math.max(0, 6 - row.length)).fill(null), cell(row)] : [...row]));
  });
}

describe('a column of figures under a recognised table’s header that no block reads', () => {
  it('is said, naming its sheet and cells and what to do (a pair left of 收入 | 支出)', () => {
    const g = pairLeftOfAll();
    const rec = recognise(g);
    // The header on rows 3–4, the rows 5–21: the pair's 金额 is B5:B21 (13 类, then the four totals).
    const said = rec.problems.filter((p) => p.table === '01' && p.kind === 'unknown-column');
    expect(said.map((p) => [p.kind, p.sheet, p.cell])).toEqual([['unknown-column', SHEET, 'B5']]);
    expect(said[0]!.message).toBe(
      `工作表“${SHEET}”B5至B21这一列的 17 个数字（表头“金额”）不在《收入支出决算总表》任何一部分的栏目之下，未读取：如是这张表的数字，请按模板把它们放回对应的行和栏目（或把表头改回模板的文字）；如不是，请移到表外。`,
    );
    // The pairs naming 收入 and 支出 are read; the check says the notice where its findings are.
    expect(figureOf(rec.tables.summary!, '201', 'amount', 'expenditure')!.fen).toBe(1_350_570_000);
    expect(check(g).findings.filter((f) => f.rule === 'reading-notices').map((f) => f.cells)).toEqual([[`${SHEET}!B5`]]);
  });

  it('is said where it stands right of the header with no header text (not a pair laid out as the header’s last)', () => {
    // Last year's 支出 figures beside the 支出 金额 (F), in G with nothing over them: no labels to read them by.
    const g = besideHeader((r) => (typeof r[5] === 'number' ? Math.round(r[5] * 90) / 100 : null));
    const said = recognise(g).problems.filter((p) => p.table === '01');
    expect(said.map((p) => [p.kind, p.cell])).toEqual([['unknown-column', 'G6']]);
    expect(said[0]!.message).toMatch(new RegExp(`^工作表“${SHEET}”G6至G35这一列的 \\d+ 个数字（没有表头）不在《收入支出决算总表》任何一部分的栏目之下，未读取`));
  });

  it('is not said of 行次, of a column read, or of the sample’s tables', () => {
    // Nor of a column of words beside the header (a 备注 with nothing over it).
    expect(recognise(besideHeader((r) => (typeof r[5] === 'number' ? '已核对' : null))).problems).toEqual([]);
    expect(plainRec.problems).toEqual([]);
    expect(recognise(wrapped({ lineNumbers: true, expenditureHeader: 'once' })).problems).toEqual([]);
    expect(recognise(stackedAndWrapped({ lineNumbers: true, expenditureHeader: 'once' })).problems).toEqual([]);
  });
});
