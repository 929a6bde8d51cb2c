/**
 * The workbooks a batch check reads: files as given, folders searched (with their subfolders) for .xlsx, .xlsm,
 * .xls, .et and .ods files. Excel's lock files (`~$名称.xlsx`) are not workbooks and are skipped. A path that does not exist
 * is reported with the other unreadable files rather than stopping the batch.
 */
// Synchronous for the reason src/cli/files.ts gives: no thread pool started for a one-file check.
import { readdirSync, statSync } from 'fs';
import path from 'path';

const WORKBOOK = /\.(xlsx|xlsm|xls|et|ods)$/i;

/** A file to check, or a path that cannot be read with the message saying why (naming the path). */
export interface Input {
  readonly file: string;
  readonly error?: string;
}

function folderWorkbooks(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, e.name);
    if (e.isDirectory()) out.push(...folderWorkbooks(full));
    else if (WORKBOOK.test(e.name) && !e.name.startsWith('~$')) out.push(full);
  }
  return out;
}

/** The inputs in the order given (a folder's workbooks sorted by path). */
export function expandInputs(paths: readonly string[]): Input[] {
  const out: Input[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.push({ file: p, error: `${p}：${code === 'ENOENT' ? '文件不存在' : `无法读取（${code ?? String(e)}）`}。` });
      continue;
    }
    if (stat.isDirectory()) {
      const found = folderWorkbooks(p);
      if (found.length === 0) out.push({ file: p, error: `${p}：文件夹中没有工作簿（.xlsx、.xls、.et 或 .ods）。` });
      out.push(...found.map((file) => ({ file })));
    } else {
      out.push({ file: p });
    }
  }
  return out;
}
