/**
 * The HTML report of a batch check: one row per workbook with its counts, then each workbook's findings with
 * their cells. Everything from a workbook (file names, messages quoting cell text) is escaped: the report is
 * opened in a browser, and a cell holding `<img src=x onerror=…>` must show as text. The page carries a
 * Content-Security-Policy that allows no script and no request at all, so even a missed escape could not run.
 */
import type { FindingCounts } from '../engine/audit/finding';
import { SEVERITY_NAMES } from '../engine/audit/rule';
import type { Severity } from '../engine/audit/rule';

export interface ReportFinding {
  readonly severity: Severity;
  readonly message: string;
  readonly cells: readonly string[];
}

/** `file` as the report shows it (its path from the common folder); `unit` the workbook's 单位名称 when known. */
export type ReportEntry =
  | { readonly file: string; readonly unit?: string; readonly findings: readonly ReportFinding[]; readonly counts: FindingCounts }
  | { readonly file: string; readonly error: string };

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'";

const STYLE = `
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 0.5em 0; } th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; vertical-align: top; }
th { background: #f3f3f3; text-align: left; white-space: nowrap; } td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.findings { width: 100%; table-layout: fixed; } col.kind { width: 4.5em; } col.cells { width: 17em; }
td.kind, td.status { white-space: nowrap; } td.cells { overflow-wrap: anywhere; } td.file { overflow-wrap: anywhere; } .unit { display: block; font-weight: bold; }
td.reason { color: #a4262c; }
.error { color: #a4262c; font-weight: bold; } .warning { color: #8a5a00; } .rounding { color: #555; }
.unreadable { color: #a4262c; } .ok { color: #107c10; } code { font-family: Consolas, monospace; }`;

function status(entry: ReportEntry): { text: string; cls: string } {
  if ('error' in entry) return { text: '无法读取', cls: 'unreadable' };
  if (entry.counts.error > 0) return { text: '有错误', cls: 'error' };
  return { text: '通过', cls: 'ok' };
}

/** 单位名称 over the file's path, both as text. */
function named(entry: ReportEntry): string {
  const unit = 'unit' in entry && entry.unit ? `<span class="unit">${escapeHtml(entry.unit)}</span>` : '';
  return `${unit}${escapeHtml(entry.file)}`;
}

function summaryRow(entry: ReportEntry, index: number): string {
  const s = status(entry);
  const file = `<td class="file"><a href="#wb-${index}">${named(entry)}</a></td>`;
  // An unreadable file's reason stands in its row, where its counts would be.
  if ('error' in entry) return `<tr>${file}<td class="reason" colspan="3">${escapeHtml(entry.error)}</td><td class="status ${s.cls}">${s.text}</td></tr>`;
  const counts = [entry.counts.error, entry.counts.rounding, entry.counts.warning].map(String);
  return `<tr>${file}${counts.map((c) => `<td class="n">${c}</td>`).join('')}<td class="status ${s.cls}">${s.text}</td></tr>`;
}

// A total against its 27 parts names 28 cells: the first few locate the problem, the JSON output has them all.
const CELLS_SHOWN = 6;

function cellList(cells: readonly string[]): string {
  const shown = cells.slice(0, CELLS_SHOWN).map((c) => `<code>${escapeHtml(c)}</code>`);
  return shown.join('<br>') + (cells.length > CELLS_SHOWN ? `<br>等 ${cells.length} 格` : '');
}

function details(entry: ReportEntry, index: number): string {
  const head = `<h2 id="wb-${index}">${'unit' in entry && entry.unit ? `${escapeHtml(entry.unit)}　` : ''}${escapeHtml(entry.file)}</h2>`;
  if ('error' in entry) return `${head}<p class="unreadable">${escapeHtml(entry.error)}</p>`;
  if (entry.findings.length === 0) return `${head}<p class="ok">没有发现问题。</p>`;
  const rows = entry.findings.map(
    (f) =>
      `<tr><td class="kind ${f.severity}">${SEVERITY_NAMES[f.severity]}</td><td>${escapeHtml(f.message)}</td><td class="cells">${cellList(f.cells)}</td></tr>`,
  );
  return `${head}<table class="findings"><colgroup><col class="kind"><col><col class="cells"></colgroup><thead><tr><th>类别</th><th>问题</th><th>单元格</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function batchReportHtml(entries: readonly ReportEntry[], generatedAt: Date, options: { readonly folder?: string } = {}): string {
  const checked = entries.filter((e): e is Extract<ReportEntry, { counts: FindingCounts }> => !('error' in e));
  const total = (k: keyof FindingCounts) => checked.reduce((s, e) => s + e.counts[k], 0);
  const failing = checked.filter((e) => e.counts.error > 0).length;
  const unreadable = entries.length - checked.length;
  const summary =
    `共 ${entries.length} 个工作簿：${checked.length - failing} 个没有错误，${failing} 个有错误` +
    `${unreadable > 0 ? `，${unreadable} 个无法读取` : ''}。合计错误 ${total('error')} 个，尾差 ${total('rounding')} 个，提示 ${total('warning')} 个。`;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>决算检查报告</title><style>${STYLE}</style></head><body>`,
    '<h1>决算检查报告</h1>',
    `<p>${escapeHtml(summary)}</p>`,
    `<p>生成时间：${escapeHtml(generatedAt.toLocaleString('zh-CN', { hour12: false }))}${options.folder ? `；工作簿所在文件夹：<code>${escapeHtml(options.folder)}</code>` : ''}</p>`,
    '<table><thead><tr><th>单位名称 / 工作簿</th><th>错误</th><th>尾差</th><th>提示</th><th>结果</th></tr></thead><tbody>',
    entries.map(summaryRow).join('\n'),
    '</tbody></table>',
    entries.map(details).join('\n'),
    '</body></html>',
    '',
  ].join('\n');
}
