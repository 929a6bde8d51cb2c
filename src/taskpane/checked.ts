/**
 * The audit of a grid the pane holds, run once for 生成说明 (its note of the tables' 错误) and 检查 (the findings
 * listed) alike. A grid is never changed in place: an action, a read or the accountant's typing gives a new one, and
 * a new grid is audited afresh. Held weakly: a grid no view holds any more goes with its findings.
 */
import type { WorkbookGrid } from '../engine/grid/cell';
import { check } from '../engine/workflow';
import type { Checked } from '../engine/workflow';

const audits = new WeakMap<WorkbookGrid, Checked>();

export function checkedOf(grid: WorkbookGrid): Checked {
  let checked = audits.get(grid);
  if (!checked) {
    checked = check(grid);
    audits.set(grid, checked);
  }
  return checked;
}
