/**
 * Helpers the rules share: a relation "left = Σ right" or "part ≤ whole" over figures of the tables, with the
 * tolerance of DOMAIN §6 deciding 错误 or 尾差. A blank figure counts as 0 (the tables print blanks for 0); an
 * unreadable one is left to the unreadable-figure rule and stops the relation. A relation speaks the unit of its
 * tables; across tables of different units it speaks the coarser, comparing each finer figure as the coarser
 * table would show it (6,452,305.96 元 is 645.23 万元), and says so.
 */
import { fromFen, roundToUnit } from '../grid/money';
import type { Unit } from '../grid/money';
import { classParts, columnOf, exactFen, figureParts, findRow, hasColumn, shownTitle } from '../tables/model';
import type { BlockTableSpec } from '../tables/spec';
import { columnsAddingUp, rowAddsUp } from '../tables/readers/row';
import type { ExactFen, MoneyFigure, RowModel, TableModel } from '../tables/model';
import { amount, amountGap, moneyValues } from './measure';
import type { AmountComparison, RuleContext, Severity } from './rule';
import { classify, coarserOf, tolerance } from './tolerance';

export interface Term {
  readonly figure: MoneyFigure | undefined;
  readonly unit: Unit;
  /** Where the figure is (a table's title), for the message that says its unit was converted. */
  readonly source: string;
  /** The table is in 元 and prints 分 (TableModel.cents): its figures are exact, not rounded to the 元. */
  readonly cents?: boolean;
}

export const term = (table: TableModel, figure: MoneyFigure | undefined): Term => ({ figure, unit: table.unit, source: shownTitle(table), cents: table.cents === true });

/** Whether every term with a figure prints 分 (in 元): the relation tolerates half a 分 a figure, not half a 元. */
function allCents(terms: readonly Term[]): boolean {
  for (let i = 0; i < terms.length; i++) if (terms[i]!.figure !== undefined && terms[i]!.cents !== true) return false;
  return true;
}

/** A figure of a row as a term. */
export const cell = (table: TableModel, row: RowModel | undefined, column: string): Term => term(table, row?.figures[column]);

/**
 * The figures in `column` that make up a 类 of a subject table (its row, else its 款 or 项: classParts), or undefined.
 * Pushed in a loop, not `rows.map(…)`: once TurboFan optimises a caller it inlines `map` and makes a HOLEY array, a
 * map checkBalance's helpers had not seen, and withParts, countUsable, coarsestUnit and sumIn all deoptimised (h211:
 * `--trace-deopt`, "wrong map" at the 28th warm check, inside the window bench/instructions.js counts).
 */
export function classTerms(table: TableModel, code: string, column: string): Term[] | undefined {
  const rows = classParts(table).get(code);
  if (rows === undefined) return undefined;
  const terms: Term[] = [];
  for (let i = 0; i < rows.length; i++) terms.push(cell(table, rows[i]!, column));
  return terms;
}

type UsableTerm = Term & { figure: MoneyFigure };

/** The figure is there and readable. */
function isUsable(t: Term): t is UsableTerm {
  return t.figure !== undefined && !t.figure.invalid;
}

/** An amount in 分 as a relation in `unit` compares it: as it is in its own unit, as `unit` shows it when finer. */
export function inUnit(fen: number, from: Unit, unit: Unit): number {
  return from === unit ? fen : roundToUnit(fen, unit);
}

const compared = (t: UsableTerm, unit: Unit) => inUnit(t.figure.fen ?? 0, t.unit, unit);

/** How a relation over `figures` figures in `unit` compared: its tolerance (in `unit`) and the sources it converted. */
export function comparison(sides: readonly { readonly unit: Unit; readonly source: string }[], unit: Unit, figures: number, cents = false): AmountComparison {
  const converted = new Map<string, Unit>();
  for (const t of sides) if (t.unit !== unit) converted.set(t.source, t.unit);
  return { tolerance: fromFen(tolerance(figures, unit, cents), unit), converted: [...converted].map(([source, u]) => ({ source, unit: u })) };
}

type MessageData = Readonly<Record<string, string | number>>;

export interface RelationOptions {
  readonly messageId: string;
  /**
   * The message's data, or a function that gives it: a function is called only when there is something to
   * report (naming every row and column of a large table costs more than checking it).
   */
  readonly data?: MessageData | (() => MessageData);
  /** Leave out summands that are absent (a column the layout does not have) instead of skipping. */
  readonly skipMissing?: boolean;
}

function dataOf(options: RelationOptions): MessageData | undefined {
  return typeof options.data === 'function' ? options.data() : options.data;
}

// The helpers below run for every row and column of every table (nearly always finding the sums equal), so they
// are plain indexed loops that allocate nothing.

/** How many of the terms count: -1 when a figure is missing (and not to be skipped) or unreadable. */
function countUsable(terms: readonly Term[], skipMissing: boolean): number {
  let n = 0;
  for (let i = 0; i < terms.length; i++) {
    const f = terms[i]!.figure;
    if (f === undefined) {
      if (skipMissing) continue;
      return -1;
    }
    if (f.invalid) return -1;
    n++;
  }
  return n;
}

/** The coarsest unit among the terms with a figure, and `unit`. */
function coarsestUnit(terms: readonly Term[], unit: Unit): Unit {
  let u = unit;
  for (let i = 0; i < terms.length; i++) if (terms[i]!.figure !== undefined) u = coarserOf(u, terms[i]!.unit);
  return u;
}

/** The sum of the figures there are, each as `unit` shows it. */
function sumIn(terms: readonly Term[], unit: Unit): number {
  let total = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.figure !== undefined) total += inUnit(t.figure.fen ?? 0, t.unit, unit);
  }
  return total;
}

/**
 * Checks Σ left = Σ right. Reports 错误 beyond the tolerance, 尾差 within it; `{left}`, `{right}`,
 * `{difference}` (left − right) and `{gap}` (that difference worded: 多 / 少 and its absolute amount) are added to the message data.
 */
export function checkBalance<M extends string>(
  ctx: RuleContext<M>,
  sidesLeft: readonly Term[],
  sidesRight: readonly Term[],
  options: RelationOptions & { messageId: M },
): void {
  const left = withParts(sidesLeft);
  const right = withParts(sidesRight);
  const skip = options.skipMissing ?? false;
  const nl = countUsable(left, skip);
  const nr = countUsable(right, skip);
  if (nl <= 0 || nr <= 0) return;
  const unit = coarsestUnit(right, coarsestUnit(left, '元'));
  const sumLeft = sumIn(left, unit);
  const sumRight = sumIn(right, unit);
  const diff = sumLeft - sumRight;
  const figures = nl + nr - 1;
  const cents = allCents(left) && allCents(right);
  const severity = classify(diff, figures, unit, cents);
  if (!severity) return;
  const all = [...left, ...right].filter((t): t is UsableTerm => t.figure !== undefined);
  ctx.report({
    messageId: options.messageId,
    data: { ...dataOf(options), left: amount(sumLeft, unit), right: amount(sumRight, unit), difference: amount(diff, unit), gap: amountGap(diff, unit) },
    cells: all.map((t) => t.figure.cell),
    ...moneyValues(all.map((t) => (t.figure.fen === null ? null : compared(t, unit))), diff, unit),
    comparison: comparison(all, unit, figures, cents),
    severity,
  });
}

/**
 * The terms with each figure a table prints only as its parts (MoneyFigure.parts: 财政拨款收入 as its funds) as those
 * parts: a finding names their cells, and the tolerance counts each as a figure added (each was rounded on its own).
 */
function withParts(terms: readonly Term[]): readonly Term[] {
  let i = 0;
  while (i < terms.length && terms[i]!.figure?.parts === undefined) i++;
  if (i === terms.length) return terms;
  return terms.flatMap((t) => (t.figure?.parts ? t.figure.parts.map((figure) => ({ ...t, figure })) : [t]));
}

/** Checks left = Σ right (a total and its parts). */
export function checkSum<M extends string>(ctx: RuleContext<M>, left: Term, right: readonly Term[], options: RelationOptions & { messageId: M }): void {
  checkBalance(ctx, [left], right, options);
}

/**
 * The options of a relation within a table (a row's columns, a column's rows): the same for every row, made once by
 * the rule. The message data may be a function of the row (and the column) related, called only when there is
 * something to report: a department's tables have thousands of rows, nearly all of them holding.
 */
export interface TableRelationOptions extends Omit<RelationOptions, 'data'> {
  readonly data?: MessageData | ((row: RowModel, column: string) => MessageData);
  /**
   * Columns a table fills in part (table 05's 上年决算数 and 预算 beside its 决算: PARTIAL_COLUMNS): a blank there is not
   * printed, not 0, and a parent may exceed its children (last year's subjects with no row this year); only children
   * adding up to more than their parent are wrong.
   */
  readonly partial?: ReadonlySet<string>;
}

/** The options of one row's (or column's) relation, with the message data for that row and column. */
function relationOptions<M extends string>(options: TableRelationOptions & { messageId: M }, row: RowModel, column: string): RelationOptions & { messageId: M } {
  const data = options.data;
  return typeof data === 'function' ? { ...options, data: () => data(row, column) } : { ...options, data };
}

// The two checks below first add the figures up without building terms: figures of one table share its unit, so a
// total equal to the sum of its parts to the 分 is checkSum finding nothing, and nearly every row of a large table
// holds. Anything else (a difference, a figure unreadable or absent) goes through checkSum. Plain loops, no
// callbacks: a command line run of one workbook is over before a callback would be optimised.

/** A figure added to an exact sum in 分; undefined once a figure is unreadable or absent (unless absent ones are skipped). */
function addExactly(sum: number | undefined, fen: ExactFen, skipMissing: boolean): number | undefined {
  if (sum === undefined || fen === 'invalid') return undefined;
  if (fen === 'absent') return skipMissing ? sum : undefined;
  return sum + fen;
}

/** Σ of the row's figures in `columns`, in 分, when all are readable (absent ones 0 with `skipMissing`), else undefined. */
function rowExactSum(row: RowModel, columns: readonly string[], skipMissing: boolean): number | undefined {
  let sum: number | undefined = 0;
  for (let i = 0; i < columns.length && sum !== undefined; i++) sum = addExactly(sum, exactFen(row, columns[i]!), skipMissing);
  return sum;
}

/** Σ of the rows' figures in `column`, in 分, when all are readable (absent ones 0 with `skipMissing`), else undefined. */
function columnExactSum(rows: readonly RowModel[], column: string, skipMissing: boolean): number | undefined {
  let sum: number | undefined = 0;
  for (let i = 0; i < rows.length && sum !== undefined; i++) sum = addExactly(sum, exactFen(rows[i]!, column), skipMissing);
  return sum;
}

function equalsExactly(whole: ExactFen, sum: number | undefined): boolean {
  return typeof whole === 'number' && sum !== undefined && sum === whole;
}

/**
 * Whether the table read every column its spec requires (a header the reader did not know leaves one unread, and says
 * so): a row's sum of parts without one is no sum to hold the total to (every row a false 错误; review38).
 */
export function readsRequired(table: TableModel, spec: BlockTableSpec): boolean {
  return spec.blocks.every((b) => (b.required ?? []).every((key) => hasColumn(table, key, b.key)));
}

/** Checks, within one row of a table, the figure of column `total` = Σ the figures of the `parts` columns. */
export function checkRowSum<M extends string>(
  ctx: RuleContext<M>,
  table: TableModel,
  row: RowModel,
  total: string,
  parts: readonly string[],
  options: TableRelationOptions & { messageId: M },
): void {
  const skipMissing = options.skipMissing ?? false;
  if (rowAddsUp(row, total, parts, skipMissing) || equalsExactly(exactFen(row, total), rowExactSum(row, parts, skipMissing))) return;
  checkSum(ctx, cell(table, row, total), parts.map((c) => cell(table, row, c)), relationOptions(options, row, total));
}

/** Checks, in every column of a table, the figure of row `parent` = Σ the figures of the `children` rows. */
export function checkColumnSums<M extends string>(
  ctx: RuleContext<M>,
  table: TableModel,
  parent: RowModel,
  children: readonly RowModel[],
  options: TableRelationOptions & { messageId: M },
): void {
  // Most parents add up in every column: told from the stored 分 in one pass (columnsAddingUp) where the rows allow.
  const added = columnsAddingUp(parent, children);
  // Indexed, not `for…of` (a try…finally in the bytecode): see checkLevel, which this is inlined into.
  const columns = table.columns;
  for (let i = 0; i < columns.length; i++) {
    const key = columns[i]!.key;
    if (added !== undefined && holdsIn(added, key)) continue;
    if (equalsExactly(exactFen(parent, key), columnExactSum(children, key, options.skipMissing ?? false))) continue;
    if (options.partial?.has(key) && printedInPart(parent, children, key)) continue;
    checkSum(ctx, cell(table, parent, key), children.map((c) => cell(table, c, key)), relationOptions(options, parent, key));
  }
}

/** In a column filled in part: the parent or every child blank (not printed), or the children within their parent. */
function printedInPart(parent: RowModel, children: readonly RowModel[], key: string): boolean {
  const blank = (row: RowModel) => row.figures[key]?.fen === null;
  if (blank(parent) || children.every(blank)) return true;
  const whole = exactFen(parent, key);
  const sum = columnExactSum(children, key, true);
  return typeof whole === 'number' && sum !== undefined && sum <= whole;
}

function holdsIn(added: { readonly columns: readonly { readonly key: string }[]; readonly holding: number }, key: string): boolean {
  for (let i = 0; i < added.columns.length; i++) if (added.columns[i]!.key === key) return (added.holding & (1 << i)) !== 0;
  return false;
}

/** Checks left = right for two figures that should be the same. */
export function checkEqual<M extends string>(ctx: RuleContext<M>, left: Term, right: Term, options: RelationOptions & { messageId: M }): void {
  checkSum(ctx, left, [right], options);
}

const holdsAtMost = (part: number, whole: number, unit: Unit, cents: boolean) => part - whole <= tolerance(2, unit, cents);

/**
 * checkAtMost of row `part`'s figure in `column` and row `whole`'s (a subject in two tables): first compared from the
 * rows' 分, without making their figures or the relation's options (nearly every subject of a large table holds).
 */
export function checkRowAtMost<M extends string>(
  ctx: RuleContext<M>,
  tables: { readonly part: TableModel; readonly whole: TableModel },
  part: RowModel,
  whole: RowModel,
  column: string,
  options: TableRelationOptions & { messageId: M },
): void {
  const p = exactFen(part, column);
  const w = exactFen(whole, column);
  // An absent or unreadable figure: no relation (as checkAtMost).
  if (typeof p !== 'number' || typeof w !== 'number') return;
  // Of one unit, a part not above its whole holds at any tolerance: told before the unit and its tolerance are worked
  // out for each figure (h241: table 05's 3,306 figures against table 03's, 1.32 M instructions a check → 1.14 M).
  if (p <= w && tables.part.unit === tables.whole.unit) return;
  const unit = coarserOf(tables.part.unit, tables.whole.unit);
  if (holdsAtMost(inUnit(p, tables.part.unit, unit), inUnit(w, tables.whole.unit, unit), unit, tables.part.cents === true && tables.whole.cents === true)) return;
  checkAtMost(ctx, cell(tables.part, part, column), cell(tables.whole, whole, column), relationOptions(options, part, column));
}

/** Checks part ≤ whole (a subset): 提示 when the part is larger beyond the tolerance. */
export function checkAtMost<M extends string>(ctx: RuleContext<M>, part: Term, whole: Term, options: RelationOptions & { messageId: M }): void {
  if (!isUsable(part) || !isUsable(whole)) return;
  const unit = coarserOf(part.unit, whole.unit);
  // Compared first, with nothing allocated: nearly every row of a large table holds.
  const p = compared(part, unit);
  const w = compared(whole, unit);
  const cents = allCents([part, whole]);
  if (holdsAtMost(p, w, unit, cents)) return;
  // A figure printed as its parts is named by their cells, each with its value (withParts).
  const sides = [part, whole].map((t) => ({ terms: withParts([t]) as readonly UsableTerm[], sum: t === part ? p : w }));
  const all = sides.flatMap((x) => x.terms);
  const values = sides.flatMap((x) => (x.terms.length === 1 ? [x.sum] : x.terms.map((t) => (t.figure.fen === null ? null : compared(t, unit)))));
  const severity: Severity = 'warning';
  ctx.report({
    messageId: options.messageId,
    data: { ...dataOf(options), left: amount(p, unit), right: amount(w, unit), difference: amount(p - w, unit), gap: amountGap(p - w, unit) },
    cells: all.map((t) => t.figure.cell),
    ...moneyValues(values, p - w, unit),
    comparison: comparison(all, unit, 2, cents),
    severity,
  });
}

/**
 * A figure with no counterpart where another table should have one (a 类 of table 01 that table 03 leaves out):
 * reported alone, the whole figure being the difference. Several figures are one amount printed in parts (table
 * 04's 一般公共预算 as 基本支出 | 项目支出), reported as their sum.
 */
export function reportAlone<M extends string>(
  ctx: RuleContext<M>,
  table: TableModel,
  figure: MoneyFigure | readonly MoneyFigure[],
  options: RelationOptions & { messageId: M },
): void {
  const figures: readonly MoneyFigure[] = (Array.isArray(figure) ? figure : [figure as MoneyFigure]).flatMap(figureParts);
  const fen = figures.reduce((sum, f) => sum + (f.fen ?? 0), 0);
  ctx.report({
    messageId: options.messageId,
    data: { ...dataOf(options), left: amount(fen, table.unit) },
    cells: figures.map((f) => f.cell),
    ...moneyValues([fen], fen, table.unit),
  });
}

/** Rows of a table in a block. */
export function rowsOf(table: TableModel, block?: string): readonly RowModel[] {
  return block === undefined ? table.rows : table.rows.filter((r) => r.block === block);
}

export const rowByKey = findRow;

/** Whether the row is printed and holds a figure (or something unreadable) in `column`: not a blank heading. */
export function hasFigure(row: RowModel | undefined, column: string): boolean {
  const f = row?.figures[column];
  return f !== undefined && (f.invalid === true || f.fen !== null);
}

/** A row's name for messages: its label, or its code and label. */
export function rowName(row: RowModel): string {
  const label = row.label.replace(/\s+/g, '');
  return row.code && !label.startsWith(row.code) ? `${row.code} ${label}` : label || row.key;
}

/** A column's name for messages: the lowest label of its header. */
export function columnName(table: TableModel, key: string, block?: string): string {
  const column = columnOf(table, key, block);
  return column?.header[column.header.length - 1] ?? key;
}
