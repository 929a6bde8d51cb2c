import type { DefinedName } from '../engine/grid/cell';
import { ownerMarkName, referencedSheet } from '../engine/plan/owned';
import { OWNED_SHEET_NAMES, Plan } from '../engine/plan/plan';

/**
 * The sheet where a finding's message is when a host leaves its note out (no notes in this Excel, or a note of
 * the accountant's on the cell): the 检查结果 sheet this plan marks, or the marked one (it may not be 检查结果).
 */
export function resultsSheet(plan: Plan, names: readonly DefinedName[]): string {
  const marked = plan.ops.find((op) => op.op === 'markSheet' && op.role === 'results');
  if (marked && 'sheet' in marked) return marked.sheet;
  const mark = names.find((n) => n.name.toUpperCase() === ownerMarkName('results').toUpperCase());
  return (mark && referencedSheet(mark.formula)) ?? OWNED_SHEET_NAMES.results;
}
