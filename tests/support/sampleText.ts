/** A text read against a workbook's tables in tests: the 公开说明 as a sheet of the workbook, the findings on it. */
import { check } from '../../src/engine/workflow';
import type { Finding } from '../../src/engine/audit/finding';
import type { CellValue, WorkbookGrid } from '../../src/engine/grid/cell';
import { changji2022 } from '../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../fixtures/workbook';

let sample: WorkbookGrid | undefined;
/** The sample's nine tables (昌吉 2022), built once. */
export function sampleGrid(): WorkbookGrid {
  return (sample ??= toGrid(buildWorkbook(changji2022, standardPlan(changji2022))));
}

/**
 * The findings on a 公开说明 (one line a row, in column A) added to `grid` (the sample's tables unless given), checked
 * with `supplement` (the sample's 说明数据 unless given): the text's own findings, rounding gaps (尾差) left out.
 */
export function textFindings(lines: string | readonly string[], grid: WorkbookGrid = sampleGrid(), supplement: unknown = changji2022Supplement): Finding[] {
  const rows = (typeof lines === 'string' ? [lines] : lines).map((l): CellValue[] => [l]);
  const withText = { sheets: [...grid.sheets, { name: '公开说明', rows }] };
  return check(withText, supplement).findings.filter((f) => f.severity !== 'rounding' && f.cells.some((c) => c.startsWith('公开说明!')));
}
