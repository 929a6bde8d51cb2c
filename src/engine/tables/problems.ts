/**
 * Problems found while reading a workbook. Each names the sheet and cell (when there is one) and says, in
 * Chinese, what is wrong and what to do. Reading goes on after a problem: nothing is thrown.
 */
import { CellRef, toA1 } from '../grid/address';
import type { TableCode } from './model';

export type ProblemKind =
  | 'missing-table'
  | 'duplicate-table'
  | 'unmatched-header'
  | 'missing-column'
  | 'unknown-column'
  | 'invalid-figure'
  | 'unknown-row'
  | 'unit-rows'
  | 'duplicate-row'
  | 'invalid-code'
  | 'figure-without-label'
  | 'no-unit'
  | 'shown-scaled'
  | 'incomplete-form'
  | 'empty-table'
  | 'empty-table-without-note'
  | 'hidden-sheet'
  | 'other-year'
  | 'other-unit'
  | 'orphan-continuation'
  /** A 合计 that is not the figures of its funds' columns beside it added up (table 07 split by fund). */
  | 'fund-parts'
  /** A table whose title is only its sheet's name (a text box, the page header): not read (untitledPages.ts). */
  | 'untitled-table';

export interface Problem {
  readonly kind: ProblemKind;
  readonly sheet: string | null;
  /** A1 address on `sheet`, or null for a problem of the whole workbook (a missing table). */
  readonly cell: string | null;
  readonly message: string;
  readonly table?: TableCode;
}

/** `工作表“收入决算表”E9` — how every message names a place. */
export function place(ref: CellRef): string {
  return `工作表“${ref.sheet}”${toA1(ref.row, ref.col)}`;
}

export function problemAt(kind: ProblemKind, ref: CellRef, message: string, table?: TableCode): Problem {
  return table === undefined
    ? { kind, sheet: ref.sheet, cell: toA1(ref.row, ref.col), message }
    : { kind, sheet: ref.sheet, cell: toA1(ref.row, ref.col), message, table };
}

/** Collects problems while a reader works. */
export class ProblemLog {
  private readonly items: Problem[] = [];
  constructor(private readonly table?: TableCode) {}

  at(kind: ProblemKind, ref: CellRef, message: string): void {
    this.items.push(problemAt(kind, ref, message, this.table));
  }

  add(problem: Problem): void {
    this.items.push(problem);
  }

  get list(): readonly Problem[] {
    return this.items;
  }
}
