/**
 * `juesuan check FILE_OR_FOLDER... [--data 说明数据.json] [--json] [--out annotated.xlsx] [--report report.html]
 * [--jobs N]`: every inconsistency, with its cells. Folders are searched for workbooks; several workbooks are
 * checked on worker threads, one per core, and a file that cannot be read is reported while the rest are still
 * checked. Exit 0 when no 错误, 1 when any workbook has a 错误, 2 on bad usage or when any file is unreadable.
 */
import { countFindings, Finding, FindingCounts } from '../../engine/audit/finding';
import { SEVERITY_NAMES } from '../../engine/audit/rule';
import path from 'path';
import { batchReportHtml } from '../../documents/batchReport';
import type { ParsedArgs } from '../args';
import { UsageError } from '../errors';
import { readJsonFile, refuseOverwritingInput, writeOutput } from '../files';
import type { Io } from '../io';
import { supplementNotices } from '../notices';
import { CHECK_USAGE } from '../usage';
import { expandInputs } from '../batch/inputs';
import { checkAll } from '../batch/run';
import type { FileReport } from '../batch/checkFile';

type Checked = Extract<FileReport, { counts: FindingCounts }>;

function findingJson(f: Finding) {
  return { id: f.id, rule: f.rule, severity: f.severity, message: f.message, cells: f.cells, values: f.values, difference: f.difference, unit: f.unit };
}

/** `（收入决算表!D9、…）`; nothing for a finding with no cell (a 说明数据 entry from a JSON file, named in its message). */
function cellList(cells: readonly string[]): string {
  if (cells.length === 0) return '';
  return `（${cells.slice(0, 3).join('、')}${cells.length > 3 ? ` 等 ${cells.length} 格` : ''}）`;
}

function formatText(r: FileReport): string {
  if ('error' in r) return `无法读取 ${r.error}`;
  const lines = [`${r.file}：错误 ${r.counts.error} 个，尾差 ${r.counts.rounding} 个，提示 ${r.counts.warning} 个`];
  for (const f of r.findings) lines.push(`  [${SEVERITY_NAMES[f.severity]}] ${f.message}${cellList(f.cells)}`);
  return lines.join('\n');
}

function totalCounts(reports: readonly FileReport[]): FindingCounts {
  const checked = reports.filter((r): r is Checked => !('error' in r));
  const sum = (k: keyof FindingCounts) => checked.reduce((s, r) => s + r.counts[k], 0);
  return { error: sum('error'), rounding: sum('rounding'), warning: sum('warning') };
}

/** `--jobs`, checked; undefined where not given (one worker per core: checkAll). */
function jobsOption(args: ParsedArgs): number | undefined {
  const text = args.options.get('jobs');
  if (text === undefined) return undefined;
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs 应为正整数（收到“${text}”）。`);
  return jobs;
}

function printReports(reports: readonly FileReport[], single: boolean, json: boolean, io: Io): void {
  if (!json) {
    io.stdout(reports.map(formatText).join('\n\n'));
    return;
  }
  const one = (r: FileReport) => ('error' in r ? { error: r.error } : { findings: r.findings.map(findingJson), counts: r.counts });
  io.stdout(JSON.stringify(single ? one(reports[0]!) : { files: reports.map((r) => ({ file: r.file, ...one(r) })), counts: totalCounts(reports) }, null, 2));
}

/** One workbook checked and its flags written into a copy; says where the 检查结果 went (it may not be 检查结果). */
async function checkWithOut(file: string, out: string, json: unknown, io: Io): Promise<FileReport & { written: readonly string[] }> {
  const [{ loadWorkbookFile, xlsxOutput }, { check, unitName }, { flagPlan }, { applyPlan, writeXlsxSaying }] = await Promise.all([
    import('../workbookFile'),
    import('../../engine/workflow'),
    import('../../engine/audit/flags'),
    import('../../hosts/xlsx/apply'),
  ]);
  const opened = await loadWorkbookFile(file);
  const { workbook, grid } = opened;
  const checked = check(grid, json);
  for (const n of supplementNotices(checked.resolved.problems)) io.stderr(n);
  const plan = flagPlan(grid, checked.findings);
  applyPlan(workbook, plan, grid);
  const target = xlsxOutput(out, opened);
  refuseOverwritingInput(file, target.path);
  const { bytes, lost } = await writeXlsxSaying(workbook);
  writeOutput(target.path, bytes);
  // What of the file the written one does not have (hosts/xlsx/keep.ts): said, never lost silently.
  for (const n of [...lost, ...target.notices]) io.stderr(n);
  const unit = unitName(checked);
  return {
    file,
    findings: checked.findings,
    counts: countFindings(checked.findings),
    notices: [],
    written: [...plan.summary, `已写入 ${target.path}。`],
    ...(unit ? { unit } : {}),
  };
}

/**
 * The HTML report names each workbook by its path from the folder that holds them all (said once at the top), and
 * an unreadable one by its reason without the path again.
 */
function reportHtml(reports: readonly FileReport[]): string {
  const base = commonFolder(reports.map((r) => path.resolve(r.file)));
  const shown = (file: string) => path.relative(base, path.resolve(file)) || path.basename(file);
  const entries = reports.map((r) => {
    if (!('error' in r)) return { ...r, file: shown(r.file) };
    const prefix = `${r.file}：`;
    return { file: shown(r.file), error: r.error.startsWith(prefix) ? r.error.slice(prefix.length) : r.error };
  });
  return batchReportHtml(entries, new Date(), { folder: base });
}

/** The deepest folder holding every file. */
function commonFolder(files: readonly string[]): string {
  const parts = files.map((f) => path.dirname(f).split(path.sep));
  const first = parts[0] ?? [];
  let n = first.length;
  for (const p of parts) {
    let i = 0;
    while (i < n && i < p.length && p[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(path.sep) || path.sep;
}

export async function checkCommand(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError(`用法：${CHECK_USAGE}`);
  const out = args.options.get('out');
  const reportFile = args.options.get('report');
  const jobs = jobsOption(args);
  const dataFile = args.options.get('data');
  const json = dataFile ? readJsonFile(dataFile) : undefined;
  const inputs = expandInputs(args.positionals);
  // One file named on its own keeps the single-file contract: `{findings, counts}`, and exit 2 if unreadable.
  const single = inputs.length === 1 && args.positionals.length === 1 && inputs[0]!.file === args.positionals[0];
  if (out && !single) throw new UsageError('--out 只能用于检查一个文件。');
  if (single && inputs[0]!.error !== undefined) throw new UsageError(inputs[0]!.error);
  for (const written of [out, reportFile]) if (written) for (const input of inputs) refuseOverwritingInput(input.file, written);

  const annotated = out ? await checkWithOut(inputs[0]!.file, out, json, io) : undefined;
  const reports = annotated ? [annotated] : await checkAll(inputs, json, jobs);
  for (const r of reports) {
    if ('error' in r) io.stderr(r.error);
    else for (const n of r.notices) io.stderr(single ? n : `${r.file}：${n}`);
  }
  // A single unreadable file: the message on stderr says it all, and stdout stays empty.
  if (!(single && 'error' in reports[0]!)) printReports(reports, single, args.flags.has('json'), io);
  if (annotated && !args.flags.has('json')) io.stdout(annotated.written.join('\n'));
  if (reportFile) {
    writeOutput(reportFile, reportHtml(reports));
    if (!args.flags.has('json')) io.stdout(`检查报告已写入 ${reportFile}。`);
  }
  if (reports.some((r) => 'error' in r)) return 2;
  return reports.some((r) => !('error' in r) && r.counts.error > 0) ? 1 : 0;
}
