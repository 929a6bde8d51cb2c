/**
 * The name the web page downloads a workbook as: the opened file's, marked as ours, always .xlsx (an .xlsm's macros,
 * an .xls's format are not in it). Its own module: the page's banner names the file without loading the host.
 */
export function downloadName(label: string): string {
  const stem = label.replace(/\.(xlsx|xlsm|xls|et|ods)$/i, '');
  return stem !== label ? `${stem}（决算公开助手）.xlsx` : '决算（决算公开助手）.xlsx';
}
