/**
 * Reader for 项目支出绩效自评表 (DOMAIN §7). The form is found by its labels, not by position: 项目名称,
 * the funds block under 年初预算数 … 得分, the goals under 预期目标 / 实际完成情况, the indicator block
 * under 一级指标 … 偏差原因分析及改进措施, and 总分.
 */
import { cellAt, cellText, isBlank, isColumnHidden, isRowHidden, mergeAt, rowWidth, SheetGrid, visibleOver } from '../../grid/cell';
import { cellRef, toA1 } from '../../grid/address';
import { derived, derivedIfMade, derivedSlot } from '../../grid/derived';
import { labelSet, normalizeLabel, normalizeText } from '../../grid/normalize';
import { formatAmount, fromFen, Unit, unitFromText } from '../../grid/money';
import type { ProjectPerformanceSpec } from '../spec';
import type { FundRow, FundRowKey, Indicator, NumberFigure, ProjectPerformanceModel, TextCell } from '../model';
import { FUND_COLUMNS, FUND_ROWS, INDICATOR_COLUMNS } from '../specs/projectPerformance';
import { place, ProblemLog } from '../problems';
import { hiddenCopyLeft, hiddenRowLeft, rightOfHeader, sayUnreadColumn } from './tableParts';
import { headerLabel, isColumnNumberRow, UNIT_IN_BRACKETS } from './header';
import { Labels } from './formLabels';
import { readMoney, readNumber } from './figures';
import { ReadResult, TableLocation, withoutContinuedMark } from './location';

type ColumnMap<K extends string> = Partial<Record<K, number>>;

function compile<K extends string>(spec: Readonly<Record<K, readonly string[]>>): [K, ReadonlySet<string>][] {
  return (Object.keys(spec) as K[]).map((k) => [k, labelSet(spec[k])]);
}

const FUND_ROW_LABELS = compile<FundRowKey>(FUND_ROWS);
/** Labels a unit in brackets may close: the funds block's name, its rows and its columns (`项目资金（万元）`). */
const FUNDS_LABELS = labelSet(['项目资金', '资金', '金额', ...Object.values(FUND_ROWS).flat(), ...Object.values(FUND_COLUMNS).flat()]);
const FUND_COLUMN_LABELS = compile<keyof typeof FUND_COLUMNS>(FUND_COLUMNS);
const INDICATOR_LABELS = compile<keyof typeof INDICATOR_COLUMNS>(INDICATOR_COLUMNS);

/** The value after its label in one cell (`项目名称：12345云呼叫中心…`), as some forms write the form's top. */
const INLINE_VALUE = /^\s*(?:项目名称|主管部门|实施单位)\s*[:：]\s*(\S[\s\S]*)$/;

/**
 * The rightmost column any row from top to bottom reaches, at least `least`. A loop, not Math.max(...widths): a
 * form's rows reach to the sheet's last row, which a stray cell can put 250,000 rows down, and a spread of that many
 * arguments overflows the stack.
 */
function widestColumn(sheet: SheetGrid, top: number, bottom: number, least: number): number {
  let widest = least;
  for (let r = top; r <= Math.max(bottom, top); r++) widest = Math.max(widest, rowWidth(sheet, r) - 1);
  return widest;
}

/**
 * Columns of a header row whose labels match, or undefined unless all `needed` keys are present. Asked of every row
 * of a form (is it the indicators' header repeated?): plain indexed loops, and no map for a row with no label of
 * the columns, which is nearly every row.
 */
function headerRow<K extends string>(
  labels: Labels,
  r: number,
  columns: readonly [K, ReadonlySet<string>][],
  needed: readonly K[],
): ColumnMap<K> | undefined {
  let map: ColumnMap<K> | undefined;
  const w = rowWidth(labels.sheet, r);
  for (let c = 0; c < w; c++) {
    const l = labels.at(r, c);
    if (!l) continue;
    for (let i = 0; i < columns.length; i++) {
      const key = columns[i]![0];
      if (!columns[i]![1].has(l)) continue;
      map ??= {};
      // The first column of its label, a visible one before a hidden one (last year's kept out of sight).
      const bound = map[key];
      if (bound === undefined || visibleOver(labels.sheet, c, bound)) map[key] = c;
    }
  }
  if (map === undefined) return undefined;
  for (let i = 0; i < needed.length; i++) if (map[needed[i]!] === undefined) return undefined;
  return map;
}

function textCell(sheet: SheetGrid, r: number, c: number): TextCell | undefined {
  const v = cellAt(sheet, r, c);
  return isBlank(v) ? undefined : { cell: cellRef(sheet.name, r, c), text: cellText(v).trim() };
}

/** The cell shows its text: its column is not hidden, or its merged area reaches a column that is not. */
function shown(sheet: SheetGrid, r: number, c: number): boolean {
  if (!isColumnHidden(sheet, c)) return true;
  const area = mergeAt(sheet, r, c);
  for (let x = c + 1; area && x <= area.right; x++) if (!isColumnHidden(sheet, x)) return true;
  return false;
}

/**
 * The first non-empty cell right of `c` in row `r` that the sheet shows, stopping before `stop`; a hidden one only
 * when none is shown (where the merged areas are unknown, a hidden cell may start one that shows).
 */
/** The value a label names: in its own cell after a colon (`项目名称：…`), else the first shown cell right of it. */
function valueOfLabel(sheet: SheetGrid, r: number, c: number, stop = Number.POSITIVE_INFINITY): TextCell | undefined {
  const own = textCell(sheet, r, c);
  const inline = own && INLINE_VALUE.exec(own.text);
  return inline ? { cell: own.cell, text: inline[1]!.trim() } : valueRightOf(sheet, r, c, stop);
}

function valueRightOf(sheet: SheetGrid, r: number, c: number, stop = Number.POSITIVE_INFINITY): TextCell | undefined {
  let hidden: TextCell | undefined;
  for (let x = c + 1; x < Math.min(rowWidth(sheet, r), stop); x++) {
    const t = textCell(sheet, r, x);
    if (!t) continue;
    if (shown(sheet, r, x)) return t;
    hidden ??= t;
  }
  return hidden;
}

/** The form's first header row with every `needed` column: only rows with the first of them are looked at. */
function firstHeaderRow<K extends string>(
  labels: Labels,
  columns: readonly [K, ReadonlySet<string>][],
  needed: readonly [K, ...K[]],
): { r: number; value: ColumnMap<K> } | undefined {
  const first = columns.find(([key]) => key === needed[0])![1];
  for (const r of labels.rowsWith(first)) {
    const value = headerRow(labels, r, columns, needed);
    if (value !== undefined) return { r, value };
  }
  return undefined;
}

/**
 * Says, at a header row, each hidden column passed over for a visible one of the same label (headerRow), as the
 * tables' readers say theirs.
 */
function sayHiddenCopies<K extends string>(labels: Labels, log: ProblemLog, header: { r: number; value: ColumnMap<K> }, columns: readonly [K, ReadonlySet<string>][]): void {
  const { sheet } = labels;
  for (let c = 0; c < rowWidth(sheet, header.r); c++) {
    if (!isColumnHidden(sheet, c)) continue;
    const l = labels.at(header.r, c);
    for (const [key, set] of columns) {
      const bound = header.value[key];
      if (!set.has(l) || bound === undefined || !visibleOver(sheet, bound, c)) continue;
      hiddenCopyLeft(log, cellRef(sheet.name, header.r, c), cellText(cellAt(sheet, header.r, c)).trim(), cellRef(sheet.name, header.r, bound));
    }
  }
}

/**
 * The indicators without a hidden row that repeats a shown one (the same 一级, 二级 and 三级 indicator: last year's row
 * kept above this year's, out of sight), each left said at its row; a hidden indicator with no shown twin is read.
 */
function withoutHiddenCopies(sheet: SheetGrid, indicators: Indicator[], log: ProblemLog, title: string): Indicator[] {
  if (!sheet.hiddenRows?.length) return indicators;
  const keyOf = (i: Indicator) => `${i.level1}\u0000${i.level2}\u0000${i.name.text}`;
  const shown = new Map<string, number>();
  for (const i of indicators) if (!isRowHidden(sheet, i.name.cell.row) && !shown.has(keyOf(i))) shown.set(keyOf(i), i.name.cell.row);
  return indicators.filter((i) => {
    const twin = shown.get(keyOf(i));
    if (twin === undefined || !isRowHidden(sheet, i.name.cell.row)) return true;
    hiddenRowLeft(log, i.name.cell, i.name.text, title, twin);
    return false;
  });
}

const INDICATOR_NEEDED = ['name', 'weight', 'score'] as const;
/** How many rows a continuation's title, its unit line and the indicators' header span at most. */
const CONTINUATION_ROWS = 8;

/**
 * At a continued part of the form among its indicators: the last row of what repeats there (the title and lines
 * under it, down to the indicators' header when it is repeated; the header alone when it is repeated without a
 * title), else undefined. Read as indicators, the header's 分值 and 得分 were figures that are not numbers.
 *
 * A page's top repeated without （续） counts too (a form printed with its first rows as print titles, turned back
 * into cells): the title alone on its row, the year or unit line, the 项目名称, 主管部门 and 实施单位 rows. Read as
 * indicators, the 实施单位's name under 分值 was a figure that is not a number.
 */
function continuedPart(labels: Labels, r: number, end: number): number | undefined {
  if (headerRow(labels, r, INDICATOR_LABELS, INDICATOR_NEEDED)) return r;
  const title = titleOnRow(labels, r);
  if (title === undefined && !labels.find(r, r + 1, FORM_TOP) && !repeatsFunds(labels, r)) return undefined;
  let last = r;
  for (let x = r + 1; x < Math.min(end, r + CONTINUATION_ROWS); x++) {
    if (headerRow(labels, x, INDICATOR_LABELS, INDICATOR_NEEDED)) return x;
    const filled = filledLabels(labels, x);
    if (filled.length === 0) continue;
    if (labels.find(x, x + 1, FORM_TOP) || repeatsFunds(labels, x) || filled.every((l) => YEAR_OR_UNIT_LINE.test(l))) last = x;
    // A title with （续） says the rows under it repeat the form's top, whatever they hold, down to the header.
    else if (title !== 'continued') break;
  }
  return last;
}

const FUND_ROW_NAMES: ReadonlySet<string> = new Set(FUND_ROW_LABELS.flatMap(([, names]) => [...names]));

/**
 * Row `r` repeats the funds block (its header, or a row of it: 年度资金总额, 当年财政拨款 …), as print titles that reach
 * into it leave it among the indicators: read as an indicator, its 分值 and 执行率 were figures that are not numbers
 * (two false 错误) and 年度资金总额 an indicator (review40).
 */
function repeatsFunds(labels: Labels, r: number): boolean {
  return headerRow(labels, r, FUND_COLUMN_LABELS, ['adjustedBudget', 'actual']) !== undefined || labels.find(r, r + 1, FUND_ROW_NAMES) !== undefined;
}

/** The form's title as the only text of row `r` (`continued` with a （续） mark), else undefined. */
function titleOnRow(labels: Labels, r: number): 'repeated' | 'continued' | undefined {
  const filled = filledLabels(labels, r);
  if (filled.length !== 1 || !filled[0]!.includes('自评表')) return undefined;
  const label = withoutContinuedMark(filled[0]!);
  if (!TITLE_END.test(label.text)) return undefined;
  return label.continued ? 'continued' : 'repeated';
}

/** The non-empty labels of row `r`. */
function filledLabels(labels: Labels, r: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < rowWidth(labels.sheet, r); c++) {
    const text = labels.at(r, c);
    if (text !== '') out.push(text);
  }
  return out;
}

/** A title ends in 自评表, or in it and the year (`项目支出绩效自评表(2022年度)`). */
const TITLE_END = /自评表(?:\(\d{4}年度?\))?$/;
/** A line under a title: the year (`(2022年度)`, `2022年度`) or the unit (`单位：万元`). */
const YEAR_OR_UNIT_LINE = /^\(?\d{4}年度?\)?$|单位/;

/** The first row of `from` to `to` that `test` finds something in: a shown row before a hidden one. */
function firstRow<T>(sheet: SheetGrid, from: number, to: number, test: (r: number) => T | undefined): { r: number; value: T } | undefined {
  let hidden: { r: number; value: T } | undefined;
  for (let r = from; r < to; r++) {
    const value = test(r);
    if (value === undefined) continue;
    if (!isRowHidden(sheet, r)) return { r, value };
    hidden ??= { r, value };
  }
  return hidden;
}

const NAME = labelSet(['项目名称']);
const DEPARTMENT = labelSet(['主管部门']);
const IMPLEMENTER = labelSet(['实施单位']);
/** The labels of a form's top rows, above its funds. */
const FORM_TOP: ReadonlySet<string> = new Set([...NAME, ...DEPARTMENT, ...IMPLEMENTER]);
const GOALS = labelSet(['预期目标']);
const ACHIEVED = labelSet(['实际完成情况']);
const TOTAL = labelSet(['总分', '总计']);
/** The funds header's 全年预算数 and the indicators header's 三级指标: a form's body, below its 项目名称. */
const FORM_BODY: ReadonlySet<string> = new Set([...labelSet(FUND_COLUMNS.adjustedBudget), ...labelSet(INDICATOR_COLUMNS.name)]);

/**
 * Every form in a 自评表's rows. Departments often stack their forms under one title, each from its 项目名称 row with
 * no title of its own: read as one form, the others were dropped silently (the text said 开展预算绩效评价项目1个 for 9).
 * A form ends before the next shown 项目名称 row; the next begins at its first filled row below the one before
 * (its 总分), which keeps a `(2022年度)` or a unit line above its 项目名称 with it. A form naming no unit is in the unit
 * of the one above it (`defaultUnit` for the first: the unit of the form above this title on the sheet).
 */
export function readProjectForms(sheet: SheetGrid, spec: ProjectPerformanceSpec, at: TableLocation, defaultUnit: Unit = '万元'): ReadResult<ProjectPerformanceModel>[] {
  // The sheet's labels when continuesForm folded them (a sheet of several titled forms), else the 自评表's own.
  const labels = derivedIfMade(sheet, SHEET_LABELS)?.view(at.titleRow, at.endRow) ?? Labels.of(sheet, at.titleRow, at.endRow);
  const bands = formBands(labels);
  if (bands.length > 1) return inReadingOrder(bands.flatMap(([left, right]) => readBand(onlyColumns(sheet, left, right), spec, at, defaultUnit).map((r) => withinBand(sheet, r, left, right))));
  return readFormsInRows(sheet, spec, at, defaultUnit, labels);
}

/** The forms of several bands as the sheet is read, row by row, left to right (their titles' cells); results without a form last. */
function inReadingOrder(results: ReadResult<ProjectPerformanceModel>[]): ReadResult<ProjectPerformanceModel>[] {
  const key = (r: ReadResult<ProjectPerformanceModel>) => (r.model ? [r.model.titleCell.row, r.model.titleCell.col] : [Infinity, Infinity]);
  return results
    .map((r, i) => ({ r, i, k: key(r) }))
    .sort((a, b) => a.k[0]! - b.k[0]! || a.k[1]! - b.k[1]! || a.i - b.i)
    .map((x) => x.r);
}

/**
 * Whether rows `top` to `end` of the sheet hold forms set side by side (more than one band of columns, formBands):
 * recognition reads the titles over them as one region, as a title's region cut the forms beside it.
 */
export function formsSideBySide(sheet: SheetGrid, top: number, end: number): boolean {
  const labels = derived(sheet, SHEET_LABELS, () => Labels.of(sheet, 0, sheet.rows.length));
  return formBands(labels.view(top, end)).length > 1;
}

/**
 * The forms of one band of columns (formBands), from its own first filled row: the left-hand form's title is not the
 * right-hand one's, which may begin rows lower. Each shown 项目名称 in the band lies in the rows of a form read; one
 * that does not is said (a form that could not be read whole), not left out of §十一 without a word.
 */
function readBand(sheet: SheetGrid, spec: ProjectPerformanceSpec, at: TableLocation, defaultUnit: Unit): ReadResult<ProjectPerformanceModel>[] {
  const top = firstFilledRow(sheet, at.titleRow, at.endRow);
  if (top === at.endRow) return [];
  const labels = Labels.of(sheet, top, at.endRow);
  const results = readFormsInRows(sheet, spec, { ...at, titleRow: top, titleCol: firstFilledColumn(sheet, top) }, defaultUnit, labels);
  const ranges = results.flatMap((r) => (r.model ? [r.model.range] : []));
  const unread = labels.placesOf(NAME).filter((p) => !isRowHidden(sheet, p.r) && !isColumnHidden(sheet, p.c) && !ranges.some((g) => p.r >= g.top && p.r <= g.bottom));
  if (unread.length === 0) return results;
  const log = new ProblemLog('10');
  for (const p of unread) {
    const cell = cellRef(sheet.name, p.r, p.c);
    log.at(
      'incomplete-form',
      cell,
      `${place(cell)}的项目名称所在的${spec.titles[0]}未能完整读取，其项目和金额未计入：自评表左右并排时，请把每张表的各行对齐放在自己的列中，或改为上下排列、每张表之间空一行。`,
    );
  }
  // With a form read, not as a result of its own: a result without a model is said only where no form is read.
  const last = results.map((r) => r.model !== undefined).lastIndexOf(true);
  if (last < 0) return [...results, { problems: log.list }];
  return results.map((r, i) => (i === last ? { ...r, problems: [...r.problems, ...log.list] } : r));
}

/** The smallest width of a form (项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, less a column or two). */
const FORM_WIDTH = 5;

/**
 * The column bands of forms set side by side (two forms to a page's width, each from its 项目名称 column): one band
 * for forms stacked as usual. Read as one band, the forms on the right were dropped without a word, and §十一 counted
 * 5 projects for 9 with their 预算 and 执行数 short.
 */
function formBands(labels: Labels): [number, number][] {
  const columns = [...new Set(labels.placesOf(NAME).filter((p) => !isColumnHidden(labels.sheet, p.c)).map((p) => p.c))].sort((a, b) => a - b);
  const starts = columns.filter((c, i) => i === 0 || c - columns[i - 1]! >= FORM_WIDTH);
  return starts.map((c, i) => [i === 0 ? 0 : c, (starts[i + 1] ?? Number.POSITIVE_INFINITY) - 1]);
}

/**
 * A form of a band with its range in the band's columns: the band's sheet keeps the rows' full width, and a left-hand
 * form's range reached over the form beside it (inspect said A88:S113 of the left-hand one).
 */
function withinBand(sheet: SheetGrid, result: ReadResult<ProjectPerformanceModel>, left: number, right: number): ReadResult<ProjectPerformanceModel> {
  if (!result.model) return result;
  const { top, bottom } = result.model.range;
  // The band's last column a cell of the form's rows fills (the empty column between two forms is neither's).
  let last = Math.max(left, result.model.titleCell.col);
  for (let r = top; r <= bottom; r++) {
    for (let c = Math.min(rowWidth(sheet, r) - 1, right); c > last; c--) {
      if (isBlank(cellAt(sheet, r, c))) continue;
      last = c;
      break;
    }
  }
  for (const m of sheet.merges ?? []) if (m.left >= left && m.left <= right && m.top <= bottom && m.bottom >= top) last = Math.max(last, Math.min(m.right, right));
  return { ...result, model: { ...result.model, range: { ...result.model.range, left, right: last } } };
}

/** The sheet with only columns `left` to `right` (the others empty, nothing moved: every cell keeps its place). */
function onlyColumns(sheet: SheetGrid, left: number, right: number): SheetGrid {
  const inBand = (c: number) => c >= left && c <= right;
  return {
    ...sheet,
    rows: sheet.rows.map((row) => row.map((v, c) => (inBand(c) ? v : null))),
    ...(sheet.merges ? { merges: sheet.merges.filter((m) => inBand(m.left) && inBand(m.right)) } : {}),
  };
}

/** The forms stacked in the rows of `at` (see readProjectForms). */
function readFormsInRows(
  sheet: SheetGrid,
  spec: ProjectPerformanceSpec,
  at: TableLocation,
  defaultUnit: Unit,
  labels = Labels.of(sheet, at.titleRow, at.endRow),
): ReadResult<ProjectPerformanceModel>[] {
  const starts = formStarts(labels, at.titleRow);
  const results: ReadResult<ProjectPerformanceModel>[] = [];
  let location = at;
  let unit = defaultUnit;
  for (let i = 0; ; i++) {
    const next = starts[i];
    const form = next === undefined ? location : { ...location, endRow: next };
    const result = readProjectPerformance(sheet, spec, form, unit, labels.view(form.titleRow, form.endRow));
    results.push(result);
    if (next === undefined) return results;
    unit = result.model?.unit ?? unit;
    const top = firstFilledRow(sheet, (result.model?.range.bottom ?? next - 1) + 1, next);
    location = { titleRow: top, titleCol: firstFilledColumn(sheet, top), endRow: at.endRow };
  }
}

/**
 * The shown 项目名称 rows that start a form after the first: each with a funds or indicators header between it and
 * the start before (a 项目名称 row right above another is a copy of it, last year's, not a form).
 */
function formStarts(labels: Labels, top: number): number[] {
  const bodies = labels.rowsWith(FORM_BODY);
  const starts: number[] = [];
  let from = top;
  let project: string | undefined;
  for (const r of labels.rowsWith(NAME)) {
    if (isRowHidden(labels.sheet, r)) continue;
    const name = projectNameAt(labels, r);
    if (!bodies.some((b) => b > from && b < r)) {
      project ??= name;
      continue;
    }
    // The same project's 项目名称 again, before the form reached its 总分, is a page's top repeated (a form printed over
    // pages with its first rows on each page, and turned back into cells), not a form: read as one, the text counted
    // 10 projects for 9. After its 总分 it is another form of a project of the same name (two 实施单位' 访惠聚经费):
    // taken for a page's top, the second form and its money were dropped without a word.
    if (name !== undefined && name === project && !reachedTotal(labels, from, r)) continue;
    starts.push(r);
    from = r;
    project = name;
  }
  return starts;
}

/** Whether a 总分 row stands between rows `from` and `to`: the form begun at `from` is complete. */
function reachedTotal(labels: Labels, from: number, to: number): boolean {
  return labels.rowsWith(TOTAL).some((r) => r > from && r < to);
}

/**
 * The project a 项目名称 row names: the text right of its label, normalised, without a continuation mark (a page's top
 * repeated as `XX项目（续）`: taken for another project's form, it was a tenth project for nine, both halves false 错误).
 */
function projectNameAt(labels: Labels, r: number): string | undefined {
  const at = labels.find(r, r + 1, NAME);
  const value = at && valueOfLabel(labels.sheet, at.r, at.c);
  return value ? withoutContinuedMark(headerLabel(value.text)).text : undefined;
}

/**
 * Whether the 自评表 title at `next` starts no form of its own but is a page's top repeated without （续） over the
 * form of rows `top` to `next` (a form printed over pages and turned back into cells): its rows name the same project
 * as that form's last, or name none while that form has not reached its 总分. Read as a form, it was a tenth project
 * for nine, and both halves false 错误 (总分 ≠ Σ 得分, 年度资金总额 ≠ Σ).
 */
export function continuesForm(sheet: SheetGrid, top: number, next: number, end: number): boolean {
  // The sheet's labels folded once, whatever the number of titles asked about (a sheet of nine forms, each titled).
  const labels = derived(sheet, SHEET_LABELS, () => Labels.of(sheet, 0, sheet.rows.length));
  const names = labels.rowsWith(NAME);
  const last = names.filter((r) => r >= top && r < next).pop();
  if (last === undefined) return false;
  const first = names.find((r) => r >= next && r < end);
  if (first !== undefined) return projectNameAt(labels, first) !== undefined && projectNameAt(labels, first) === projectNameAt(labels, last) && !reachedTotal(labels, last, next);
  return !reachedTotal(labels, last, next);
}

const SHEET_LABELS = derivedSlot<Labels>('自评表 labels');

/** The first row of `from` to `to` with a cell filled, else `to`. */
function firstFilledRow(sheet: SheetGrid, from: number, to: number): number {
  for (let r = from; r < to; r++) if (firstFilledColumn(sheet, r) < rowWidth(sheet, r)) return r;
  return to;
}

function firstFilledColumn(sheet: SheetGrid, r: number): number {
  let c = 0;
  while (c < rowWidth(sheet, r) && isBlank(cellAt(sheet, r, c))) c++;
  return c;
}

/** Beyond it a 执行率 is in percentage points (98.5): no project executes 150 times its budget. */
const RATE_IN_POINTS_FROM = 1.5;

/**
 * A 执行率 typed in percentage points (98.5 for 98.50%) as the fraction the rules compare: read as 9850%, two false
 * 错误. In points where its column is headed 执行率（%） (1.2 there is 1.2%), else beyond RATE_IN_POINTS_FROM; a text
 * with its own % sign is a fraction already.
 */
function inPoints(sheet: SheetGrid, rate: NumberFigure | undefined, headedInPercent: boolean): NumberFigure | undefined {
  if (rate?.value === null || rate?.value === undefined) return rate;
  const typed = cellAt(sheet, rate.cell.row, rate.cell.col);
  if (typeof typed === 'string' && /[%％]/.test(typed)) return rate;
  // Divided on whole numbers (35.7 / 100 is 0.35700000000000004): the fraction a `35.7%` text reads as.
  return headedInPercent || rate.value > RATE_IN_POINTS_FROM ? { ...rate, value: Math.round(rate.value * 1e8) / 1e10 } : rate;
}

/**
 * Two 自评表 of one project on two sheets: the same 项目名称 and 实施单位 and the same 年度资金总额 (预算 and 执行数).
 * Forms of two 实施单位 for projects of one name, one project's form with other figures, or two forms on one sheet (two
 * villages' equal 驻村经费, their 实施单位 left blank) are not copies.
 */
export function sameForm(a: ProjectPerformanceModel, b: ProjectPerformanceModel): boolean {
  const fen = (p: ProjectPerformanceModel, f: 'initialBudget' | 'adjustedBudget' | 'actual') => p.funds.total?.[f]?.fen;
  return (
    a.sheet !== b.sheet &&
    a.name !== undefined &&
    b.name !== undefined &&
    normalizeLabel(a.name.text) === normalizeLabel(b.name.text) &&
    normalizeLabel(a.implementer?.text ?? '') === normalizeLabel(b.implementer?.text ?? '') &&
    (['initialBudget', 'adjustedBudget', 'actual'] as const).every((f) => fen(a, f) === fen(b, f)) &&
    fen(a, 'actual') !== undefined
  );
}

/** Rows above a title that may hold the unit line of what follows (`金额单位：元` put over the title). */
const UNIT_LINE_ROWS = 2;

/** The unit a line right above a title states for it (`单位：元` in a row of its own, before the title), if any. */
export function unitLineAbove(sheet: SheetGrid, titleRow: number): Unit | undefined {
  for (let r = titleRow - 1; r >= Math.max(0, titleRow - UNIT_LINE_ROWS); r--) {
    for (const v of sheet.rows[r] ?? []) {
      const unit = typeof v === 'string' ? unitFromText(v) : undefined;
      if (unit) return unit;
    }
  }
  return undefined;
}

/** One form, from its title (or its first row) at `at`, in `defaultUnit` when it names no unit of its own. */
export function readProjectPerformance(
  sheet: SheetGrid,
  spec: ProjectPerformanceSpec,
  at: TableLocation,
  defaultUnit: Unit = '万元',
  within?: Labels,
): ReadResult<ProjectPerformanceModel> {
  const title = spec.titles[0]!;
  const log = new ProblemLog('10');
  const titleCell = cellRef(sheet.name, at.titleRow, at.titleCol);
  const { titleRow: top, endRow: end } = at;
  const labels = within ?? Labels.of(sheet, top, end);
  const nameAt = labels.find(top, end, NAME);
  const name = nameAt && valueOfLabel(sheet, nameAt.r, nameAt.c);
  const depAt = labels.find(top, end, DEPARTMENT);
  const impAt = labels.find(top, end, IMPLEMENTER);
  const department = depAt && valueOfLabel(sheet, depAt.r, depAt.c, impAt && impAt.r === depAt.r ? impAt.c : undefined);
  const implementer = impAt && valueOfLabel(sheet, impAt.r, impAt.c);

  const fundHeader = firstHeaderRow(labels, FUND_COLUMN_LABELS, ['adjustedBudget', 'actual']);
  const indicatorHeader = firstHeaderRow(labels, INDICATOR_LABELS, INDICATOR_NEEDED);

  let unit = defaultUnit;
  // Above the indicators only: the unit line and the funds header (`项目资金（万元）`). An indicator may name its own
  // unit (a 成本指标 `人均补助标准（元）`), which read as the form's made its funds ten thousand times too small.
  for (let r = top; r < (indicatorHeader?.r ?? end); r++) {
    for (let c = 0; c < rowWidth(sheet, r); c++) {
      const v = cellAt(sheet, r, c);
      // `项目资金（万元）` or `单位：元`: both ways of naming the unit end in 元, and most of the form's cells (its
      // long indicator texts among them) are passed over without folding (no character but 元 folds to one).
      if (typeof v !== 'string' || !v.includes('元')) continue;
      const t = normalizeText(v);
      // A unit in brackets only after a label of the funds (the 预期目标 text above the indicators may end in a 成本
      // target's `人均补助标准（元）`, which made the form's funds ten thousand times too small).
      const bracket = UNIT_IN_BRACKETS.exec(t);
      const u = bracket && FUNDS_LABELS.has(headerLabel(t.slice(0, bracket.index))) ? bracket[1] : unitFromText(t);
      if (u) unit = u as Unit;
    }
  }

  if (fundHeader) sayHiddenCopies(labels, log, fundHeader, FUND_COLUMN_LABELS);
  if (indicatorHeader) sayHiddenCopies(labels, log, indicatorHeader, INDICATOR_LABELS);
  const funds: Partial<Record<FundRowKey, FundRow>> = {};
  const otherFundRows: TextCell[] = [];
  if (fundHeader) {
    const cols = fundHeader.value;
    const rateInPercent = cols.rate !== undefined && /[%％]/.test(cellText(cellAt(sheet, fundHeader.r, cols.rate)));
    const firstFigure = Math.min(...Object.values<number | undefined>(cols).filter((c): c is number => c !== undefined));
    const stop = indicatorHeader?.r ?? end;
    for (let r = fundHeader.r + 1; r < stop; r++) {
      let matched: { key: FundRowKey; cell: TextCell } | undefined;
      for (let c = 0; c < firstFigure && !matched; c++) {
        const l = labels.at(r, c);
        for (const [key, set] of FUND_ROW_LABELS) {
          // A row read before gives way to a shown one only when it is hidden (last year's row kept above this year's).
          const before = funds[key]?.label.cell;
          if (set.has(l) && (!before || (isRowHidden(sheet, before.row) && !isRowHidden(sheet, r)))) matched = { key, cell: textCell(sheet, r, c)! };
        }
      }
      if (!matched) {
        const other = otherFundRow(sheet, r, firstFigure, Object.values<number | undefined>(cols));
        if (other) {
          otherFundRows.push(other);
          log.at('unknown-row', other.cell, `${place(other.cell)}的行“${other.text}”不是${title}项目资金的栏目（年度资金总额、当年财政拨款、上年结转资金、其他资金），其数字未读取：请改用模板的名称。`);
        }
        continue;
      }
      const hiddenBefore = funds[matched.key]?.label;
      if (hiddenBefore) hiddenRowLeft(log, hiddenBefore.cell, hiddenBefore.text, title, r);
      // Exact: the sheet computes each 执行率 from the amounts it holds, not from the two decimals shown.
      const money = (c: number | undefined, what: string) => (c === undefined ? undefined : readMoney(sheet, r, c, unit, log, what, true));
      const num = (c: number | undefined, what: string, percent = false) =>
        c === undefined ? undefined : readNumber(sheet, r, c, log, { what, percent, suffixes: ['分'] });
      // Each figure set where read, in the order the row's object always had: not spread from an object made for it
      // (a spread after a property is a copy of that object's properties in V8's builtins, six a row).
      const row: Writable<FundRow> = { label: matched.cell };
      const initialBudget = money(cols.initialBudget, '年初预算数');
      if (initialBudget !== undefined) row.initialBudget = initialBudget;
      const adjustedBudget = money(cols.adjustedBudget, '全年预算数');
      if (adjustedBudget !== undefined) row.adjustedBudget = adjustedBudget;
      const actual = money(cols.actual, '全年执行数');
      if (actual !== undefined) row.actual = actual;
      const weight = num(cols.weight, '分值');
      if (weight !== undefined) row.weight = weight;
      const rate = inPoints(sheet, num(cols.rate, '执行率', true), rateInPercent);
      if (rate !== undefined) row.rate = rate;
      const score = num(cols.score, '得分');
      if (score !== undefined) row.score = score;
      funds[matched.key] = row;
    }
  }

  if (funds.total) funds.total = withTotalOfParts(funds, otherFundRows.length > 0, unit, log, title);

  const goals: { expected?: TextCell; achieved?: TextCell } = {};
  const goalsAt = labels.find(top, end, GOALS);
  if (goalsAt) {
    // The goal texts sit in the first filled row below the 预期目标 / 实际完成情况 labels.
    const achievedAt = labels.find(goalsAt.r, goalsAt.r + 1, ACHIEVED);
    const expectedIn = (r: number) => textCell(sheet, r, goalsAt.c) ?? valueRightOf(sheet, r, goalsAt.c, achievedAt?.c);
    const next = firstRow(sheet, goalsAt.r + 1, indicatorHeader?.r ?? end, expectedIn);
    if (next) {
      goals.expected = next.value;
      const achieved = achievedAt && (textCell(sheet, next.r, achievedAt.c) ?? valueRightOf(sheet, next.r, achievedAt.c));
      if (achieved) goals.achieved = achieved;
    }
  }

  const indicators: Indicator[] = [];
  /** The rows read as indicators and the 总分 (with a figure or a name), not a part's top repeated among them. */
  const indicatorRows: number[] = [];
  let total: ProjectPerformanceModel['total'];
  let bottom = top;
  if (indicatorHeader) {
    const cols = indicatorHeader.value;
    let level1 = '';
    let level2 = '';
    // The last row of the indicators' header, or of a part's top repeated.
    let headerEnd = indicatorHeader.r;
    for (let r = indicatorHeader.r + 1; r < end; r++) {
      // A form cut in parts (`项目支出绩效自评表（续）`, the indicators' header again): no indicator in them.
      const resumed = continuedPart(labels, r, end);
      if (resumed !== undefined) {
        r = headerEnd = resumed;
        continue;
      }
      // The 栏次 row right under the indicators' header (1 2 3 … under 一级指标 …): read as an indicator named 3 with 分值
      // 7, it made the 总分's 分值 106 for 100 and a dozen false 错误. Only there: an indicator row without its name and
      // with 分值 1 and 得分 1 is one to be said, not passed over.
      if (r === headerEnd + 1 && isColumnNumberRow(sheet, r)) continue;
      const totalLabel = labels.find(r, r + 1, TOTAL);
      const num = (c: number | undefined, what: string) =>
        c === undefined ? undefined : readNumber(sheet, r, c, log, { what, suffixes: ['分'] });
      if (totalLabel) {
        indicatorRows.push(r);
        total = {
          label: textCell(sheet, r, totalLabel.c)!,
          ...optional('weight', num(cols.weight, '总分分值')),
          ...optional('score', num(cols.score, '总分得分')),
        };
        bottom = r;
        break;
      }
      const text = (c: number | undefined) => (c === undefined ? undefined : textCell(sheet, r, c));
      level1 = text(cols.level1)?.text ?? level1;
      const l2 = text(cols.level2)?.text;
      if (l2 !== undefined) level2 = l2;
      else if (text(cols.level1)) level2 = '';
      const indicatorName = text(cols.name);
      const weight = num(cols.weight, '分值');
      const score = num(cols.score, '得分');
      if (!indicatorName && weight?.value == null && score?.value == null) continue;
      bottom = r;
      indicatorRows.push(r);
      if (!indicatorName) {
        const at = weight?.cell ?? score!.cell;
        log.at('incomplete-form', at, `${place(at)}有分值或得分，但这一行没有三级指标名称：请补上指标名称。`);
        continue;
      }
      // As a fund row: each part set where read, in the object's order, not spread.
      const indicator: Writable<Indicator> = { level1, level2, name: indicatorName };
      const target = text(cols.target);
      if (target !== undefined) indicator.target = target;
      const achieved = text(cols.achieved);
      if (achieved !== undefined) indicator.achieved = achieved;
      if (weight !== undefined) indicator.weight = weight;
      if (score !== undefined) indicator.score = score;
      const deviation = text(cols.deviation);
      if (deviation !== undefined) indicator.deviation = deviation;
      indicators.push(indicator);
    }
  }

  // A 项目名称 below the funds read: the form above it has none (left out, or cut off), its funds and indicators read as
  // this project's, this project's own not read at all. Said, not published so.
  const totalRow = funds.total?.label.cell.row;
  if (nameAt && name && totalRow !== undefined && nameAt.r > totalRow) {
    const at = cellRef(sheet.name, nameAt.r, nameAt.c);
    log.at(
      'incomplete-form',
      at,
      `${place(at)}的项目名称“${name.text}”在${place(funds.total!.label.cell)}的项目资金之下：其上方的${title}没有“项目名称”，它的资金和指标被当作这个项目的读取，这个项目自己的未读取。请在每张${title}的顶部保留“项目名称”一行。`,
    );
  }
  const beside = fundHeader && formBeside(labels, [fundHeader.value, indicatorHeader?.value ?? {}]);
  if (beside) {
    const at = cellRef(sheet.name, beside.r, beside.c);
    log.at(
      'incomplete-form',
      at,
      `${place(at)}的“${cellText(cellAt(sheet, beside.r, beside.c)).trim()}”属于${place(titleCell)}起的${title}右侧并排的另一张${title}，它没有“项目名称”：这张表未能读取，其项目和金额未计入。请在它的顶部保留“项目名称”一行。`,
    );
  }
  if (fundHeader) unreadColumns(sheet, log, fundHeader, Object.values(funds).map((f) => f.label.cell.row), `${title}项目资金的栏目`, beside !== undefined);
  if (indicatorHeader) unreadColumns(sheet, log, indicatorHeader, indicatorRows, `${title}绩效指标的栏目`, beside !== undefined);
  const missing: string[] = [];
  if (!name) missing.push('项目名称');
  if (!fundHeader) missing.push('项目资金（年初预算数、全年预算数、全年执行数）');
  if (!indicatorHeader) missing.push('绩效指标（一级指标…得分）');
  if (missing.length > 0) {
    log.at('incomplete-form', titleCell, `${place(titleCell)}的${title}中找不到${missing.join('、')}：请保留模板的栏目名称。`);
    // Nothing of a form: neither indicators nor a 年度资金总额 (a list of projects, one a row, titled as the form).
    // Counted as one, §十一 said 开展预算绩效评价项目1个 for the list's three.
    if (!indicatorHeader && funds.total === undefined) return { problems: log.list };
  }
  const rightmost = widestColumn(sheet, top, bottom, at.titleCol);
  const model: ProjectPerformanceModel = {
    code: '10',
    id: 'projectPerformance',
    title,
    sheet: sheet.name,
    titleCell,
    range: { sheet: sheet.name, top, left: 0, bottom: Math.max(bottom, top), right: Math.max(rightmost, 0) },
    unit,
    ...optional('name', name),
    ...optional('department', department),
    ...optional('implementer', implementer),
    funds,
    ...(otherFundRows.length > 0 ? { otherFundRows } : {}),
    goals,
    indicators: withoutHiddenCopies(sheet, indicators, log, title),
    ...optional('total', total),
  };
  return { model, problems: log.list };
}

/**
 * The first shown cell of a form's body heads (FORM_BODY) right of every column the form read (`columns`): a form set
 * beside it without a 项目名称 of its own, which no band of forms (formBands) reads. Unsaid, its project and money were
 * left out of §十一 without a word.
 */
function formBeside(labels: Labels, columns: readonly Partial<Record<string, number>>[]): { r: number; c: number } | undefined {
  const own = columns.flatMap((m) => Object.values(m).filter((c): c is number => c !== undefined));
  const rightmost = Math.max(...own);
  return labels.placesOf(FORM_BODY).find((p) => p.c > rightmost && !isColumnHidden(labels.sheet, p.c) && !isRowHidden(labels.sheet, p.r));
}

/**
 * Says each column of figures right of a block's first column (the funds', the indicators') that the block does not
 * read: under a label that is none of its columns' (`上年执行数`), a second column of a label read once, or with no
 * header text (on the block's header row, or right of its last label, up to two blank columns). Its figures were
 * unread without a word. Not right of the header where a form stands beside (said as one not read: formBeside).
 */
function unreadColumns(sheet: SheetGrid, log: ProblemLog, header: { r: number; value: ColumnMap<string> }, rows: readonly number[], under: string, besideForm: boolean): void {
  if (rows.length === 0) return;
  const from = Math.min(...rows);
  const to = Math.max(...rows);
  const bound = Object.values<number | undefined>(header.value).filter((c): c is number => c !== undefined);
  const own = new Set(bound);
  const first = Math.min(...bound);
  let last = first;
  for (let c = first; c < rowWidth(sheet, header.r); c++) if (!isBlank(cellAt(sheet, header.r, c))) last = c;
  const right = besideForm ? last : rightOfHeader(sheet, last, header.r, to);
  const scan = { sheet, log, from, to, only: new Set(rows), under, least: 1 };
  for (let c = first + 1; c <= right; c++) {
    if (own.has(c)) continue;
    const label = cellText(cellAt(sheet, header.r, c)).trim();
    sayUnreadColumn(scan, c, label ? [label] : []);
  }
}

const FUND_PARTS = ['fiscal', 'carryover', 'other'] as const;
const MONEY_COLUMNS = { initialBudget: '年初预算数', adjustedBudget: '全年预算数', actual: '全年执行数' } as const;

/**
 * The 年度资金总额 row with each money cell left blank over parts that hold figures (当年财政拨款, 上年结转资金, 其他资金)
 * read as their sum (年度资金总额 = Σ parts, DOMAIN §6), said at the blank cell. Read as 0 (a blank is 0), §十一 said
 * 全年预算数520.11万元 for 748.11. Where a part is unreadable, or rows of the block other than the parts hold figures
 * (`otherRows`: the parts read are not all of it), the total is left unread: the text leaves a gap, not a wrong figure.
 */
function withTotalOfParts(funds: Partial<Record<FundRowKey, FundRow>>, otherRows: boolean, unit: Unit, log: ProblemLog, title: string): FundRow {
  let total = funds.total!;
  for (const column of Object.keys(MONEY_COLUMNS) as (keyof typeof MONEY_COLUMNS)[]) {
    const own = total[column];
    if (!own || own.fen !== null || own.invalid) continue;
    const parts = FUND_PARTS.flatMap((k) => funds[k]?.[column] ?? []);
    if (!parts.some((p) => p.invalid || (p.fen !== null && p.fen !== 0))) continue;
    const where = `${place(own.cell)}（${title}“${total.label.text}”的${MONEY_COLUMNS[column]}）`;
    const named = parts.map((p) => toA1(p.cell.row, p.cell.col)).join('、');
    if (otherRows || parts.some((p) => p.invalid)) {
      total = { ...total, [column]: { cell: own.cell, fen: null, invalid: true } };
      log.at('incomplete-form', own.cell, `${where}是空的，其下各项（${named}）却有数：年度资金总额未能读取，公开说明中留空。请填入年度资金总额。`);
      continue;
    }
    const fen = parts.reduce((s, p) => s + (p.fen ?? 0), 0);
    total = { ...total, [column]: { cell: own.cell, fen, parts } };
    log.at('incomplete-form', own.cell, `${where}是空的，按其下各项（${named}）之和 ${formatAmount(fromFen(fen, unit), { separators: true })}${unit}读取：请填入年度资金总额。`);
  }
  return total;
}

/** A row of the funds block that names something and holds a figure in one of its columns, though it is no fund row. */
function otherFundRow(sheet: SheetGrid, r: number, firstFigure: number, figureColumns: readonly (number | undefined)[]): TextCell | undefined {
  let label: TextCell | undefined;
  for (let c = 0; c < firstFigure && !label; c++) label = textCell(sheet, r, c);
  if (!label || !/[\u4e00-\u9fa5]/.test(label.text)) return undefined;
  return figureColumns.some((c) => c !== undefined && typeof cellAt(sheet, r, c) === 'number') ? label : undefined;
}

/** A model's object being built: its parts set one by one where read (readProjectPerformance). */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** `{ key: value }` when value is defined, `{}` otherwise: keeps optional fields absent rather than undefined. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
