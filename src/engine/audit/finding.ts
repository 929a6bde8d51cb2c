/** What a run of the audit returns: findings with a stable id, both sides' cells, values and difference. */
import { CellRef, qualifiedA1 } from '../grid/address';
import type { TableCode } from '../tables/model';
import type { MeasureUnit } from './measure';
import type { Severity } from './rule';
import { fnv1a } from '../hash';

export interface Finding {
  /** Stable across runs: a hash of the rule id and the cells, so a mark (已说明 / 忽略) survives a re-run. */
  readonly id: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** Sheet-qualified A1 addresses, quoted as Excel quotes sheet names. */
  readonly cells: readonly string[];
  readonly cellRefs: readonly CellRef[];
  /** The figures involved, in `unit`, with two decimals. */
  readonly values: readonly (number | null)[];
  /** The difference between the two sides, in `unit`, with two decimals. */
  readonly difference: number | null;
  /** The table's unit for money (the coarser of two tables'), % for rates, 分 for scores, the text's own unit for a
   *  figure of an explanation; null where no quantity is measured (a leftover, a wrong name, an unreadable cell). */
  readonly unit: MeasureUnit | null;
  /** The table the first cell belongs to (or the missing table a finding names), for grouping in the pane. */
  readonly table?: TableCode;
  /**
   * The title of that table as the pane shows it, where it is one beyond the nine (江苏's 财政拨款支出决算表（功能科目）):
   * its group is named by it (numbering.ts), our code (F05) meaning nothing to the accountant.
   */
  readonly tableTitle?: string;
  /**
   * What that table is numbered by, where it is one beyond the nine: 其他表, or 其他表1, 其他表2 … where the workbook has
   * several, in workbook order over all of them (numbering.ts extraLabels): the same in every check, whichever has findings.
   */
  readonly tableLabel?: string;
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, no dependencies. */
export function stableId(rule: string, cells: readonly CellRef[], key = ''): string {
  const text = `${rule}|${cells.map(qualifiedA1).join('|')}${key ? `|${key}` : ''}`;
  return fnv1a(text).toString(16).padStart(8, '0');
}

export interface FindingCounts {
  readonly error: number;
  readonly rounding: number;
  readonly warning: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = { error: 0, rounding: 0, warning: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
