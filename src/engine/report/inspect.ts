/**
 * The `inspect` report (DESIGN.md "Contracts"): which tables were found where, in which unit, which are
 * missing, and every problem. The command line prints it; the pane shows it.
 */
import { rangeA1 } from '../grid/address';
import type { Unit } from '../grid/money';
import type { Recognition } from '../recognise/recognise';
import type { TableCode, TableId } from '../tables/model';
import { TABLE_SPECS } from '../tables/specs';

export interface InspectTable {
  readonly code: TableCode;
  readonly id: TableId;
  readonly title: string;
  /** The title the workbook prints where it is another of the table's (云南's 收入支出决算表): TableModel.printedTitle. */
  readonly printedTitle?: string;
  readonly sheet: string;
  readonly range: string;
  /** Where the table goes on apart from `range` (TableModel.partRanges: a part on a sheet of its own); absent where nowhere. */
  readonly parts?: readonly { readonly sheet: string; readonly range: string }[];
  readonly unit: Unit;
  /** 项目名称 of a 自评表. */
  readonly project?: string;
}

export interface InspectReport {
  readonly tables: readonly InspectTable[];
  readonly missing: readonly TableCode[];
  readonly problems: readonly { readonly sheet: string | null; readonly cell: string | null; readonly message: string }[];
}

export function inspectReport(recognition: Recognition): InspectReport {
  const tables: InspectTable[] = [];
  for (const spec of TABLE_SPECS) {
    if (spec.kind === 'projectPerformance') {
      for (const p of recognition.projects) {
        tables.push({
          code: p.code,
          id: p.id,
          title: p.title,
          sheet: p.sheet,
          range: rangeA1(p.range),
          unit: p.unit,
          ...(p.name ? { project: p.name.text } : {}),
        });
      }
      continue;
    }
    const t = recognition.tables[spec.id as keyof Recognition['tables']];
    if (!t) continue;
    const parts = t.partRanges?.length ? { parts: t.partRanges.map((p) => ({ sheet: p.sheet, range: rangeA1(p) })) } : {};
    tables.push({ code: t.code, id: t.id, title: t.title, ...(t.printedTitle ? { printedTitle: t.printedTitle } : {}), sheet: t.sheet, range: rangeA1(t.range), ...parts, unit: t.unit });
  }
  return {
    tables,
    missing: recognition.missing,
    problems: recognition.problems.map((p) => ({ sheet: p.sheet, cell: p.cell, message: p.message })),
  };
}

/** The report as lines of text for a terminal. */
export function formatInspect(report: InspectReport, file: string): string {
  const lines = [`${file}：识别到 ${report.tables.length} 张表`];
  for (const t of report.tables) {
    const what = t.project ? `${t.title}：${t.project}` : (t.printedTitle ?? t.title);
    // Each part where it stands: the first alone hid where table 06's 公用经费 part (or a page on its own sheet) was read.
    const where = [{ sheet: t.sheet, range: t.range }, ...(t.parts ?? [])].map((p) => `工作表“${p.sheet}”${p.range}`).join('、');
    lines.push(`  ${t.code}  ${what}  （${where}，单位：${t.unit}）`);
  }
  if (report.missing.length > 0) lines.push(`缺少：${report.missing.map((c) => `公开${c}表`).join('、')}`);
  if (report.problems.length === 0) lines.push('没有发现问题。');
  else {
    lines.push(`问题 ${report.problems.length} 个：`);
    for (const p of report.problems) lines.push(`  - ${p.message}`);
  }
  return lines.join('\n');
}
