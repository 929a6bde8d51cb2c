/**
 * The 错误 of the tables that a 公开说明 written now would quote: 生成说明 says so beside its result (it does not refuse:
 * only a workbook read in the wrong unit is refused, narrativeBlockers in workflow.ts). A total that does not add
 * up becomes a text that contradicts itself; the accountant is told before writing it, and where to put it right.
 */
import type { WorkbookGrid } from '../grid/cell';
import type { TableCode } from '../tables/model';
import { byCodeUnit } from '../grid/order';
import { TABLE_SPECS } from '../tables/specs';
import { check } from '../workflow';
import type { Finding } from './finding';
import { readMarks } from './flags';

/**
 * The open 错误 about the tables' figures: a cell of a recognised table first, not a rule of the text (text-*, which
 * judge the 公开说明 already there, not the one to be written), not marked 已说明 or 忽略 in 检查.
 */
export function tableErrors(findings: readonly Finding[], marked: ReadonlySet<string> = new Set()): Finding[] {
  return findings.filter((f) => f.severity === 'error' && f.table !== undefined && f.cellRefs.length > 0 && !f.rule.startsWith('text-') && !marked.has(f.id));
}

export interface TableErrorNotice {
  readonly count: number;
  /** The tables holding them, in table order. */
  readonly tables: readonly TableCode[];
  /** What they mean for the text, in Chinese: 表中有 N 处错误（公开01表），生成的说明会引用这些数字，前后可能对不上. */
  readonly summary: string;
  /** What 生成说明 says: the summary and where to put them right (检查). */
  readonly message: string;
}

/**
 * What 生成说明 (and `juesuan explain`) says of the workbook's table 错误, or undefined when there is none open. `json`:
 * the 说明数据 given instead of the workbook's sheet (the command line's --data). `findings`: the workbook's audit when
 * the caller holds it already (the pane, from 检查), not run again.
 */
export function tableErrorNotice(grid: WorkbookGrid, json?: unknown, findings: readonly Finding[] = check(grid, json).findings): TableErrorNotice | undefined {
  const marks = readMarks(grid);
  const errors = tableErrors(findings, new Set(marks.keys()));
  if (errors.length === 0) return undefined;
  const tables = [...new Set(errors.map((f) => f.table!))].sort(byCodeUnit);
  // A table beyond the nine (江苏's 财政拨款支出决算表（功能科目）) has no 公开 number: named by its title as printed.
  const title = (t: string) => errors.find((f) => f.table === t && f.tableTitle)?.tableTitle ?? TABLE_SPECS.find((s) => s.code === t)?.titles[0] ?? t;
  const named = (t: string) => (/^\d+$/.test(t) ? `公开${t}表` : `《${title(t)}》`);
  const summary = `表中有 ${errors.length} 处错误（${tables.map(named).join('、')}），生成的说明会引用这些数字，前后可能对不上`;
  return { count: errors.length, tables, summary, message: `${summary}：建议先到“检查”中改正。` };
}
