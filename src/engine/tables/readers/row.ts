/**
 * A row of a block table as read: its figures kept as 分 by column, made into figure objects only when asked for.
 * A department's tables hold tens of thousands of figures, and nearly all of them are only ever added up (a total
 * against its parts, to the 分), which `exactFen` answers from the stored numbers. Made into a record of figure
 * objects for every row, the figures were the costliest step of reading a table (an object for each figure and a
 * copied record for each row, then three dependent loads for each figure a sum read).
 */
import type { SubjectLevel } from '../../subjects/functional';
import type { CellRef } from '../../grid/address';
import type { ColumnModel, ExactFen, FiguresStored, MoneyFigure, RowModel } from '../model';
import { CellFigure } from './figures';

/**
 * A row's figure cells as read: 分 by column (NaN for a cell without a figure), and the unreadable ones. Made by a
 * constructor, as the row is (see Row), and its 分 in a typed array: a small one lives inside the young generation
 * like any object, where an array's allocation is tracked as a literal's is.
 */
export class RowFigures {
  constructor(
    readonly sheet: string,
    readonly row: number,
    /** The block's figure columns the row was read from, in the sheet's order. */
    readonly columns: readonly ColumnModel[],
    readonly fens: Float64Array,
    /** The unreadable figures by column key (rare: undefined when there are none). */
    readonly invalid: Readonly<Record<string, MoneyFigure>> | undefined,
    /** Whether any cell holds a figure or something unreadable. */
    readonly found: boolean,
  ) {}
}

function figureRecord(read: RowFigures): Record<string, MoneyFigure> {
  const figures: Record<string, MoneyFigure> = {};
  const { sheet, row, columns, fens, invalid } = read;
  for (let i = 0; i < columns.length; i++) {
    const { key, col } = columns[i]!;
    const fen = fens[i]!;
    figures[key] = invalid?.[key] ?? new CellFigure(sheet, row, col, Number.isNaN(fen) ? null : fen);
  }
  return figures;
}

/**
 * A row of the model. Made by a constructor, not an object literal: V8 tracks where each literal is made and, once a
 * department's rows outlive a collection, makes that literal's objects in the old generation from then on, where
 * every row of every later workbook costs fresh pages (the 5,000-row workbook's check took 10% longer so). A
 * constructor's objects are always made young. `code` and `level` are undefined on a row that is not a subject.
 */
export class Row implements RowModel, FiguresStored {
  // A private field: not a property of the row that copies, comparisons or JSON would see.
  #made: Record<string, MoneyFigure> | undefined = undefined;

  constructor(
    readonly block: string,
    readonly key: string,
    readonly label: string,
    readonly labelCell: CellRef | null,
    readonly read: RowFigures,
    readonly code?: string,
    readonly level?: SubjectLevel,
  ) {}

  /** The same record on every call, made on the first. */
  get figures(): Readonly<Record<string, MoneyFigure>> {
    return (this.#made ??= figureRecord(this.read));
  }

  exactFen(column: string): ExactFen {
    const { columns, fens, invalid } = this.read;
    for (let i = 0; i < columns.length; i++) {
      if (columns[i]!.key !== column) continue;
      if (invalid?.[column] !== undefined) return 'invalid';
      const fen = fens[i]!;
      return Number.isNaN(fen) ? 0 : fen;
    }
    return 'absent';
  }

  /** As a plain row would serialise (the figures are a getter, which JSON does not see). */
  toJSON(): RowModel {
    const { block, key, label, labelCell, code, level, figures } = this;
    return { block, key, label, labelCell, ...(code !== undefined ? { code } : {}), ...(level !== undefined ? { level } : {}), figures };
  }
}
