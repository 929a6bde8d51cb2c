/**
 * Engine time: one user action's worth of work on a workbook already read (recognise, the 说明数据, the
 * explanation, the fill plan of derived formulas, every audit rule), as the pane and the command line run it.
 */
import type { WorkbookGrid } from '../src/engine/grid/cell';
import { fillPlan, explain } from '../src/engine/workflow';
import { runAudit } from '../src/engine/audit/audit';
import { xinjiang } from '../src/engine/narrative/presets';

export function engineOnce(grid: WorkbookGrid, json?: unknown): void {
  const explained = explain(grid, xinjiang, json);
  fillPlan(grid, explained);
  runAudit({ recognition: explained.recognition, supplement: explained.resolved.supplement, grid });
}

/** Median of `runs` timed runs after `warmups` untimed ones (the first runs pay for compiling the code). */
export function medianMs(runs: number, work: () => void, warmups = 1): number {
  for (let i = 0; i < warmups; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
