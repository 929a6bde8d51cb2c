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
  /**
   * What 生成说明 says: the summary and where to put them right (检查), and what else 检查 counts as 错误 (a table
   * missing, the 公开说明's text), so that its 错误 N reads as the same count.
   */
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
  const rest = otherErrors(findings, errors, new Set(marks.keys()));
  return { count: errors.length, tables, summary, message: `${summary}：建议先到“检查”中改正。${rest}` };
}

/**
 * Why 检查 counts more 错误 than the notice: 检查 said 错误 7 where 生成说明 said 6 处错误, the seventh a table missing
 * from the workbook (no figure of it to quote). Said by kind, so that the two numbers add up where both are read.
 */
function otherErrors(findings: readonly Finding[], errors: readonly Finding[], marked: ReadonlySet<string>): string {
  const rest = findings.filter((f) => f.severity === 'error' && !marked.has(f.id) && !errors.includes(f));
  if (rest.length === 0) return '';
  const missing = rest.filter((f) => !f.rule.startsWith('text-') && f.table !== undefined && f.cellRefs.length === 0);
  const text = rest.filter((f) => f.rule.startsWith('text-'));
  const other = rest.length - missing.length - text.length;
  const missingTitles = missing.map((f) => /《[^》]+》/.exec(f.message)?.[0]).filter((t): t is string => t !== undefined);
  const parts = [
    missing.length ? `${missing.length} 个是缺少的表（${missingTitles.length ? `${[...new Set(missingTitles)].join('、')}，` : ''}说明中它的数字待填写）` : '',
    text.length ? `${text.length} 个在现有的公开说明文字中（说的是已有的文字，不是将要生成的）` : '',
    other ? `${other} 个在说明数据或其他地方` : '',
  ].filter(Boolean);
  return `“检查”共有 ${errors.length + rest.length} 个错误，除上面 ${errors.length} 处外，${parts.join('，')}。`;
}
