/** What a plan writes in the 说明数据 sheet, read back by the tests of the sheet. */
import type { Plan, PlanCell } from '../../src/engine/plan/plan';
import { COLUMNS, SUPPLEMENT_SHEET } from '../../src/engine/supplement/sheet';

/** The cell the plan writes in the 说明数据 sheet's row of `key`, column `field`. */
export function planCell(plan: Plan, key: string, field: keyof typeof COLUMNS): PlanCell | undefined {
  for (const op of plan.ops) {
    if (op.op !== 'setCells' || op.sheet !== SUPPLEMENT_SHEET) continue;
    const r = op.cells.findIndex((row) => row?.[COLUMNS.键]?.value === key);
    if (r >= 0) return op.cells[r]![COLUMNS[field]];
  }
  return undefined;
}
