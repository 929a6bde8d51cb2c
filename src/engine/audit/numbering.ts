/**
 * The findings in the order the accountant reads them, and the number each is called by: grouped by table in the
 * tables' order (01 … 09, those beyond the nine, the 自评表 10), those of no table (the 说明数据 and the 公开说明's text) last, numbered within the group
 * (表05-3, 说明-2). The pane lists them so and the 检查结果 sheet writes them so, under the same numbers: "表04-1" in
 * the pane is 表04-1 in the sheet.
 */
import type { Recognition } from '../recognise/recognise';
import type { TableCode } from '../tables/model';
import { TABLE_SPECS } from '../tables/specs';
import type { Finding } from './finding';

/** The group of the findings that belong to no table. */
export const OTHER_GROUP = '说明数据与说明文字';

export interface FindingGroup {
  /** The table's code; '' for the findings of no table. */
  readonly code: string;
  /**
   * What the group's findings are numbered by (表05-3 …), and the 检查结果 sheet's 表 column says: the table's code for
   * the nine and the 自评表; 其他表 for a table beyond them (其他表1, 其他表2 where the workbook has several: extraLabels;
   * F05 and A10 are our codes, no number the accountant finds in the set); '' for the findings of no table.
   */
  readonly label: string;
  /** `05 一般公共预算财政拨款支出决算表`, `其他表1 财政拨款支出决算表（功能科目）` (as 识别 lists it), or OTHER_GROUP. */
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

/**
 * What each table beyond the nine the workbook has is called by: 其他表 where it has one, else 其他表1, 其他表2 … in
 * workbook order (Recognition.extras). All of them are counted, not only those with findings: a table numbered by the
 * findings was 其他表2 in one check and 其他表1 in the next once another's were mended (helper-h301).
 */
export function extraLabels(rec: Pick<Recognition, 'extras'>): ReadonlyMap<TableCode, string> {
  const several = rec.extras.length > 1;
  return new Map(rec.extras.map((code, i) => [code, several ? `其他表${i + 1}` : '其他表'] as const));
}

/** The place of a label among the tables beyond the nine: 其他表2 after 其他表1 (其他表 alone: 0). */
const extraPlace = (label: string) => Number(/\d+$/.exec(label)?.[0] ?? 0);

/** A table's title as its findings show it (the workbook's, with its (功能科目)), else the spec's. */
function titleOf(code: string, findings: readonly Finding[]): string {
  return findings.find((f) => f.tableTitle)?.tableTitle ?? TABLE_SPECS.find((s) => s.code === code)?.titles[0] ?? '';
}

/**
 * Where a group stands: the tables in their order, those beyond the nine together where the first of them stands (by
 * their number among themselves: extraPlace), a code no spec has before the findings of no table.
 */
function rank(code: string): number {
  if (code === '') return ORDER.length;
  const at = ORDER.indexOf(isExtra(code) ? ORDER.find(isExtra)! : code);
  return at < 0 ? ORDER.length - 1 : at;
}

/**
 * What a table beyond the nine is numbered by: the label its findings carry (Finding.tableLabel, from all such tables
 * the workbook has); for findings without one (made before it was), by those among `extras` with findings, as before.
 */
function extraLabel(code: string, list: readonly Finding[], extras: readonly string[]): string {
  return list.find((f) => f.tableLabel)?.tableLabel ?? `其他表${extras.length > 1 ? extras.indexOf(code) + 1 : ''}`;
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
  const specOrder = (code: string) => ORDER.indexOf(code);
  const withFindings = [...byTable.keys()].filter(isExtra).sort((a, b) => specOrder(a) - specOrder(b));
  const labels = new Map(withFindings.map((code) => [code, extraLabel(code, byTable.get(code)!, withFindings)] as const));
  const place = (code: string) => (isExtra(code) ? extraPlace(labels.get(code)!) : 0);
  const sorted = [...byTable].sort(([a], [b]) => rank(a) - rank(b) || place(a) - place(b) || specOrder(a) - specOrder(b));
  return sorted.map(([code, list]) => {
    if (!code) return { code, label: '', name: OTHER_GROUP, findings: list };
    const label = labels.get(code) ?? code;
    return { code, label, name: `${label} ${titleOf(code, list)}`, findings: list };
  });
}

/** The number of the `index`th finding (from 0) of a group: 表05-3, 其他表-1, 说明-2. */
export function findingNumber(group: FindingGroup, index: number): string {
  const label = !group.code ? '说明' : isExtra(group.code) ? group.label : `表${group.code}`;
  return `${label}-${index + 1}`;
}
