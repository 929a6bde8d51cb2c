/**
 * The findings in the order the accountant reads them, and the number each is called by: grouped by table in the
 * tables' order (01 … 09, those beyond the nine, the 自评表 10), those of no table (the 说明数据 and the 公开说明's text) last, numbered within the group
 * (表05-3, 说明-2). The pane lists them so and the 检查结果 sheet writes them so, under the same numbers: "表04-1" in
 * the pane is 表04-1 in the sheet.
 */
import { TABLE_SPECS } from '../tables/specs';
import type { Finding } from './finding';

/** The group of the findings that belong to no table. */
export const OTHER_GROUP = '说明数据与说明文字';

export interface FindingGroup {
  /** The table's code; '' for the findings of no table. */
  readonly code: string;
  /**
   * What the group's findings are numbered by (表05-3 …), and the 检查结果 sheet's 表 column says: the table's code for
   * the nine and the 自评表; 其他表 for a table beyond them (其他表1, 其他表2 where several are: F05 and A10 are our codes,
   * no number the accountant finds in the set); '' for the findings of no table.
   */
  readonly label: string;
  /** `05 一般公共预算财政拨款支出决算表`, `其他 财政拨款支出决算表（功能科目）` (as 识别 lists it), or OTHER_GROUP. */
  readonly name: string;
  readonly findings: readonly Finding[];
}

/**
 * The nine, then the tables beyond them (江苏's 财政拨款支出决算表(功能科目), 江西's 国有资产占用情况表: BaseSpec.extra), then the
 * 自评表: the specs list those beyond the nine last, and their 错误 came after every 自评表's 提示 (h276).
 */
const ORDER: readonly string[] = [
  ...TABLE_SPECS.filter((s) => !s.extra && s.kind !== 'projectPerformance'),
  ...TABLE_SPECS.filter((s) => s.extra),
  ...TABLE_SPECS.filter((s) => s.kind === 'projectPerformance'),
].map((s) => s.code);

const isExtra = (code: string) => TABLE_SPECS.some((s) => s.code === code && s.extra);

/** A table's title as its findings show it (the workbook's, with its (功能科目)), else the spec's. */
function titleOf(code: string, findings: readonly Finding[]): string {
  return findings.find((f) => f.tableTitle)?.tableTitle ?? TABLE_SPECS.find((s) => s.code === code)?.titles[0] ?? '';
}

/** Where a group stands: the tables in their order, a code no spec has before the findings of no table. */
function rank(code: string): number {
  if (code === '') return ORDER.length;
  const at = ORDER.indexOf(code);
  return at < 0 ? ORDER.length - 1 : at;
}

/** The findings by table, in the tables' order; within a group, in the audit's order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byTable = new Map<string, Finding[]>();
  for (const f of findings) {
    const code = f.table ?? '';
    const list = byTable.get(code);
    if (list) list.push(f);
    else byTable.set(code, [f]);
  }
  const sorted = [...byTable].sort(([a], [b]) => rank(a) - rank(b));
  const extras = sorted.filter(([code]) => isExtra(code)).map(([code]) => code);
  return sorted.map(([code, list]) => {
    if (!code) return { code, label: '', name: OTHER_GROUP, findings: list };
    const label = isExtra(code) ? `其他表${extras.length > 1 ? extras.indexOf(code) + 1 : ''}` : code;
    return { code, label, name: `${isExtra(code) ? '其他' : code} ${titleOf(code, list)}`, findings: list };
  });
}

/** The number of the `index`th finding (from 0) of a group: 表05-3, 其他表-1, 说明-2. */
export function findingNumber(group: FindingGroup, index: number): string {
  const label = !group.code ? '说明' : isExtra(group.code) ? group.label : `表${group.code}`;
  return `${label}-${index + 1}`;
}
