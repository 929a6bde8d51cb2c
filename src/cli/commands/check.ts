/**
 * `juesuan check FILE.xlsx... [--data 说明数据.json] [--json] [--out annotated.xlsx]`: every inconsistency, with
 * its cells. Exit 0 when no 错误, 1 when any file has a 错误, 2 on bad usage or an unreadable file.
 */
import { check } from '../../engine/workflow';
import { countFindings, Finding, FindingCounts } from '../../engine/audit/finding';
import { flagPlan } from '../../engine/audit/flags';
import { SEVERITY_NAMES } from '../../engine/audit/rule';
import { applyPlan, writeXlsx } from '../../hosts/xlsx/apply';
import type { ParsedArgs } from '../args';
import { UsageError } from '../errors';
import { loadWorkbookFile, readJsonFile, writeOutput } from '../files';
import type { Io } from '../main';
import { reportSupplementProblems } from './explain';

export const CHECK_USAGE = 'juesuan check FILE.xlsx... [--data 说明数据.json] [--json] [--out annotated.xlsx]';

function findingJson(f: Finding) {
  return { id: f.id, rule: f.rule, severity: f.severity, message: f.message, cells: f.cells, values: f.values, difference: f.difference };
}

function formatText(file: string, findings: readonly Finding[], counts: FindingCounts): string {
  const lines = [`${file}：错误 ${counts.error} 个，尾差 ${counts.rounding} 个，提示 ${counts.warning} 个`];
  for (const f of findings) lines.push(`  [${SEVERITY_NAMES[f.severity]}] ${f.message}（${f.cells.slice(0, 3).join('、')}${f.cells.length > 3 ? ` 等 ${f.cells.length} 格` : ''}）`);
  return lines.join('\n');
}

export async function checkCommand(args: ParsedArgs, io: Io): Promise<number> {
  const files = args.positionals;
  if (files.length === 0) throw new UsageError(`用法：${CHECK_USAGE}`);
  const out = args.options.get('out');
  if (out && files.length !== 1) throw new UsageError('--out 只能用于检查一个文件。');
  const dataFile = args.options.get('data');
  const json = dataFile ? await readJsonFile(dataFile) : undefined;
  const results: { file: string; findings: readonly Finding[]; counts: FindingCounts }[] = [];
  for (const file of files) {
    const { workbook, grid } = await loadWorkbookFile(file);
    const checked = check(grid, json);
    reportSupplementProblems(checked, io);
    const counts = countFindings(checked.findings);
    results.push({ file, findings: checked.findings, counts });
    if (out) {
      applyPlan(workbook, flagPlan(grid, checked.findings));
      await writeOutput(out, await writeXlsx(workbook));
    }
  }
  if (args.flags.has('json')) {
    const one = (r: (typeof results)[number]) => ({ findings: r.findings.map(findingJson), counts: r.counts });
    const total = results.reduce((c, r) => ({ error: c.error + r.counts.error, rounding: c.rounding + r.counts.rounding, warning: c.warning + r.counts.warning }), { error: 0, rounding: 0, warning: 0 });
    io.stdout(JSON.stringify(results.length === 1 ? one(results[0]!) : { files: results.map((r) => ({ file: r.file, ...one(r) })), counts: total }, null, 2));
  } else {
    io.stdout(results.map((r) => formatText(r.file, r.findings, r.counts)).join('\n\n'));
    if (out) io.stdout(`已写入 ${out}（标出问题单元格，并列在“检查结果”工作表）。`);
  }
  return results.some((r) => r.counts.error > 0) ? 1 : 0;
}
