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
  /** `05 一般公共预算财政拨款支出决算表`, or OTHER_GROUP. */
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

/** `05 一般公共预算财政拨款支出决算表`; a table beyond the nine as 其他 (our F05, A10 are no number the accountant knows). */
function groupName(code: string): string {
  const spec = TABLE_SPECS.find((s) => s.code === code);
  return `${spec?.extra ? '其他' : code} ${spec?.titles[0] ?? ''}`;
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
  return [...byTable]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([code, list]) => ({ code, name: code ? groupName(code) : OTHER_GROUP, findings: list }));
}

/** The number of the `index`th finding (from 0) of a group: 表05-3, 说明-2. */
export function findingNumber(group: FindingGroup, index: number): string {
  return `${group.code ? `表${group.code}` : '说明'}-${index + 1}`;
}
