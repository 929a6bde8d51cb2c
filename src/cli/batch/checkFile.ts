/**
 * Checking one workbook file for a batch: never throws for bad input; an unreadable file becomes a report with
 * the reason, so that the other files are still checked. Runs in a worker thread or in the main thread.
 */
import { check, unitName } from '../../engine/workflow';
import { countFindings, Finding, FindingCounts } from '../../engine/audit/finding';
import { UsageError } from '../errors';
import { readWorkbookFile } from '../workbookFile';
import { supplementNotices } from '../notices';

export type FileReport =
  | {
      readonly file: string;
      readonly findings: readonly Finding[];
      readonly counts: FindingCounts;
      /** Problems with the 说明数据, for stderr. */
      readonly notices: readonly string[];
      /** 单位名称: from the 说明数据, else what the workbook says (its cover, a title, the 编制单位 line), for the report. */
      readonly unit?: string;
    }
  | { readonly file: string; readonly error: string };

export async function checkFile(file: string, json: unknown): Promise<FileReport> {
  let grid;
  try {
    grid = await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof UsageError) return { file, error: e.message };
    throw e;
  }
  const checked = check(grid, json);
  const unit = unitName(checked);
  return { file, findings: checked.findings, counts: countFindings(checked.findings), notices: supplementNotices(checked.resolved.problems), ...(unit ? { unit } : {}) };
}
