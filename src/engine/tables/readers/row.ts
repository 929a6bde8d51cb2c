/**
 * A row of a block table as read: its figures kept as 分 by column, made into figure objects only when asked for.
 * A department's tables hold tens of thousands of figures, and nearly all of them are only ever added up (a total
 * against its parts, to the 分), which `exactFen` answers from the stored numbers. Made into a record of figure
 * objects for every row, the figures were the costliest step of reading a table (an object for each figure and a
 * copied record for each row, then three dependent loads for each figure a sum read).
 */
import type { SubjectLevel } from '../../subjects/functional';
import { cellRef } from '../../grid/address';
import type { CellRef } from '../../grid/address';
import type { ColumnModel, ExactFen, FiguresStored, MoneyFigure, RowModel } from '../model';
import { CellFigure, PartsFigure } from './figures';

/**
 * The 分 of a table's rows in a few typed arrays, each row's figures the slots from its offset. A typed array per row
 * cost more than the row itself (the array, its buffer and its store: about 200 bytes for seven figures, most of a
 * department-sized check's allocation); one sized for the table's rows costs nothing per row. A row kept after its
 * table keeps that array alive (up to MAX_CHUNK slots): rows live and die with their model.
 */
export class FenStore {
  private chunk = new Float64Array(0);
  private used = 0;

  /** `expected`: slots enough for the rows ahead, so that one array serves the whole table. */
  constructor(private readonly expected: number) {}

  /** Room for `count` more slots: the array that will hold them (`take` then says where). */
  room(count: number): Float64Array {
    if (this.used + count > this.chunk.length) {
      this.chunk = new Float64Array(Math.max(count, this.chunk.length === 0 ? Math.min(this.expected, MAX_CHUNK) : Math.max(this.chunk.length, LATER_CHUNK)));
      this.used = 0;
    }
    return this.chunk;
  }

  /** The offset of `count` slots in the array `room` gave. */
  take(count: number): number {
    const at = this.used;
    this.used += count;
    return at;
  }
}

/**
 * The most slots one array holds (512 KB): a table whose range runs on far below its rows (a ledger under it on the
 * sheet) takes room as its rows come, an array of this size at a time.
 */
const MAX_CHUNK = 1 << 16;
/** The least a later array holds (the table outgrew what was expected: a part stacked under another). */
const LATER_CHUNK = 256;

/**
 * A row's figure cells as read: 分 by column (NaN for a cell without a figure) from `at` in `fens`, and the unreadable
 * ones. What a Row keeps, and what the reader holds of the row it is reading before the row is made.
 */
export interface StoredFigures {
  /**
   * The block's figure columns the row was read from, in the sheet's order, then those it prints only as their parts
   * (ColumnModel.parts), whose slots hold the parts' sum.
   */
  readonly columns: readonly ColumnModel[];
  /** The table's store: this row's 分 are `columns.length` slots from `at`. */
  readonly fens: Float64Array;
  readonly at: number;
  /** The unreadable figures by column key (rare: undefined when there are none). */
  readonly invalid: Readonly<Record<string, MoneyFigure>> | undefined;
  /** Whether any cell holds a figure or something unreadable. */
  readonly found: boolean;
}

function figureRecord(row: Row): Record<string, MoneyFigure> {
  const figures: Record<string, MoneyFigure> = {};
  const { sheet, sheetRow, columns, fens, at, invalid } = row;
  for (let i = 0; i < columns.length; i++) {
    const { key, col, parts } = columns[i]!;
    const fen = fens[at + i]!;
    const value = Number.isNaN(fen) ? null : fen;
    // A column made of parts comes after them: their figures are made.
    figures[key] = invalid?.[key] ?? (parts ? new PartsFigure(parts.map((p) => figures[p]!), value) : new CellFigure(sheet, sheetRow, col, value));
  }
  return figures;
}

/**
 * A row of the model, its figures stored in it (StoredFigures). Made by a constructor, not an object literal: V8
 * tracks where each literal is made and, once a department's rows outlive a collection, makes that literal's objects
 * in the old generation from then on, where every row of every later workbook costs fresh pages (the 5,000-row
 * workbook's check took 10% longer so). A constructor's objects are always made young. `code` and `level` are
 * undefined on a row that is not a subject.
 *
 * One object a row, its label's cell made when asked for: with the figures in an object of their own and the label's
 * cell made for every row (only messages name it), a row was three objects, and every later pass over the rows' figures
 * went through a second one.
 */
export class Row implements RowModel, FiguresStored, StoredFigures {
  // Declared, and set by the constructor alone: as class fields (parameter properties, ES2022) each row ran an
  // initializer defining all thirteen as undefined before the constructor stored them again, for each of a
  // department's 5,000 rows. The same own properties, in the same order.
  declare readonly block: string;
  declare readonly key: string;
  declare readonly label: string;
  /** Where the row is: its sheet, its row there, and the column of its label's cell (-1: it has none). */
  declare readonly sheet: string;
  declare readonly sheetRow: number;
  declare readonly labelCol: number;
  declare readonly columns: readonly ColumnModel[];
  declare readonly fens: Float64Array;
  declare readonly at: number;
  declare readonly invalid: Readonly<Record<string, MoneyFigure>> | undefined;
  declare readonly found: boolean;
  declare readonly code?: string;
  declare readonly level?: SubjectLevel;
  // A private field: not a property of the row that copies, comparisons or JSON would see.
  #made: Record<string, MoneyFigure> | undefined = undefined;

  constructor(
    block: string,
    key: string,
    label: string,
    sheet: string,
    sheetRow: number,
    labelCol: number,
    columns: readonly ColumnModel[],
    fens: Float64Array,
    at: number,
    invalid: Readonly<Record<string, MoneyFigure>> | undefined,
    found: boolean,
    code?: string,
    level?: SubjectLevel,
  ) {
    this.block = block;
    this.key = key;
    this.label = label;
    this.sheet = sheet;
    this.sheetRow = sheetRow;
    this.labelCol = labelCol;
    this.columns = columns;
    this.fens = fens;
    this.at = at;
    this.invalid = invalid;
    this.found = found;
    this.code = code;
    this.level = level;
  }

  /** A new reference on every call (the cell is named in messages only: see the class). */
  get labelCell(): CellRef | null {
    return this.labelCol < 0 ? null : cellRef(this.sheet, this.sheetRow, this.labelCol);
  }

  /** The same record on every call, made on the first. */
  get figures(): Readonly<Record<string, MoneyFigure>> {
    return (this.#made ??= figureRecord(this));
  }

  exactFen(column: string): ExactFen {
    const { columns, invalid } = this;
    for (let i = 0; i < columns.length; i++) {
      if (columns[i]!.key !== column) continue;
      if (invalid?.[column] !== undefined) return 'invalid';
      const fen = this.fens[this.at + i]!;
      return Number.isNaN(fen) ? 0 : fen;
    }
    return 'absent';
  }

  /** As a plain row would serialise (the figures and the label's cell are getters, which JSON does not see). */
  toJSON(): RowModel {
    const { block, key, label, labelCell, code, level, figures } = this;
    return { block, key, label, labelCell, ...(code !== undefined ? { code } : {}), ...(level !== undefined ? { level } : {}), figures };
  }
}

/**
 * A 类 or 款 printed as a heading (its code and name, its figures blank) whose figures are those of the `小计` row
 * closing its block: the row keeps the heading's label cell, its figures are the 小计's cells.
 */
export class ClosedByRow extends Row {
  constructor(
    readonly heading: Row,
    sheetRow: number,
    figures: StoredFigures,
  ) {
    super(heading.block, heading.key, heading.label, heading.sheet, sheetRow, heading.labelCol, figures.columns, figures.fens, figures.at, figures.invalid, figures.found, heading.code, heading.level);
  }

  override get labelCell(): CellRef | null {
    return this.heading.labelCell;
  }
}

/** The most columns `columnsAddingUp` answers for (one bit each in a small integer). */
const MAX_SUMMED_COLUMNS = 30;
const SUMS = new Float64Array(MAX_SUMMED_COLUMNS);

/**
 * The figure columns of `parent`'s block, and in which of them (bit i: the ith column) the parent's 分 is the Σ of
 * `children`'s to the 分 (a cell without a figure 0); undefined where that cannot be told this way (then exactFen
 * answers column by column): a row not read as a block row, a child read from other columns, an unreadable figure.
 * One pass over the children's stored 分 for all the columns at once: asked column by column, each figure cost a
 * search for its column, and a 款 of a department's table 05 adds up dozens of 项 in seven to ten columns.
 */
export function columnsAddingUp(parent: RowModel, children: readonly RowModel[]): { readonly columns: readonly ColumnModel[]; readonly holding: number } | undefined {
  if (!(parent instanceof Row) || parent.invalid !== undefined) return undefined;
  const { columns, fens, at } = parent;
  const n = columns.length;
  if (n > MAX_SUMMED_COLUMNS) return undefined;
  // One array for every call (they do not nest), cleared: a typed array made for each parent (a buffer and a view, a
  // thousand a department's check) cost more than the adding up.
  const sums = SUMS;
  sums.fill(0, 0, n);
  for (let c = 0; c < children.length; c++) {
    const child = children[c]!;
    if (!(child instanceof Row) || child.columns !== columns || child.invalid !== undefined) return undefined;
    const store = child.fens;
    const from = child.at;
    for (let i = 0; i < n; i++) {
      const fen = store[from + i]!;
      if (!Number.isNaN(fen)) sums[i] = sums[i]! + fen;
    }
  }
  let holding = 0;
  for (let i = 0; i < n; i++) {
    const own = fens[at + i]!;
    if ((Number.isNaN(own) ? 0 : own) === sums[i]) holding |= 1 << i;
  }
  return { columns, holding };
}

/**
 * Where a row sum's columns are among a block's figure columns (-1: not there), for the last block asked about: a rule
 * adds up the same columns of every row of a table, and the rows of a block share one columns array.
 */
const rowSumPlaces = {
  columns: undefined as readonly ColumnModel[] | undefined,
  total: '',
  parts: [] as readonly string[],
  totalAt: -1,
  partsAt: [] as number[],
};

function placesOf(columns: readonly ColumnModel[], total: string, parts: readonly string[]): typeof rowSumPlaces {
  const p = rowSumPlaces;
  if (p.columns !== columns || p.total !== total || p.parts !== parts) {
    const at = (key: string) => columns.findIndex((c) => c.key === key);
    p.columns = columns;
    p.total = total;
    p.parts = parts;
    p.totalAt = at(total);
    p.partsAt = parts.map(at);
  }
  return p;
}

/**
 * Whether the row's figure in `total` is the Σ of its figures in `parts` to the 分 (a cell without a figure 0; a column
 * the row does not have 0 with `skipMissing`); false where that cannot be told this way (then exactFen answers): a
 * row not read as a block row, an unreadable figure, a column missing. Told from the stored 分 by the columns' places,
 * not a search for each column of each row (a department's table 02 adds up six sources in each of thousands of rows).
 */
export function rowAddsUp(row: RowModel, total: string, parts: readonly string[], skipMissing: boolean): boolean {
  if (!(row instanceof Row) || row.invalid !== undefined) return false;
  const { columns, fens, at } = row;
  const places = placesOf(columns, total, parts);
  if (places.totalAt < 0) return false;
  let sum = 0;
  for (let i = 0; i < places.partsAt.length; i++) {
    const place = places.partsAt[i]!;
    if (place < 0) {
      if (skipMissing) continue;
      return false;
    }
    const fen = fens[at + place]!;
    if (!Number.isNaN(fen)) sum += fen;
  }
  const own = fens[at + places.totalAt]!;
  return (Number.isNaN(own) ? 0 : own) === sum;
}

