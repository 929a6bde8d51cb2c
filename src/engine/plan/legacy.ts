/**
 * Sheets written by versions of the add-in before the mark (plan.ts, rule 3): ours only when their content is
 * exactly what those versions wrote. The signatures are frozen here on purpose: they describe files already
 * saved, and must not follow later changes to the writers' titles or headers.
 */
import { cellAt, cellText, isBlank, SheetGrid } from '../grid/cell';
import type { OwnedRole } from './plan';

/** Title in A1 and the column headers at a row, as the unmarked versions wrote them. */
interface Signature {
  readonly title: string;
  readonly headerRow: number;
  readonly header: readonly string[];
}

export const LEGACY_SIGNATURES: Readonly<Record<'supplement' | 'results', Signature>> = {
  supplement: {
    title: '说明数据（决算公开助手）',
    headerRow: 6,
    header: ['键', '名称', '本年数', '上年数', '年初预算数', '全年预算数', '增减额', '增减率(%)', '预决算差异率(%)', '占比(%)', '主要原因', '预决算差异原因', '主要用于'],
  },
  results: {
    title: '检查结果（决算公开助手）',
    headerRow: 3,
    header: ['编号', '级别', '表', '检查项', '问题', '单元格', '差额（万元）', '标记', '说明'],
  },
};

function hasSignature(sheet: SheetGrid, s: Signature): boolean {
  return cellText(cellAt(sheet, 0, 0)) === s.title && s.header.every((h, c) => cellText(cellAt(sheet, s.headerRow, c)) === h);
}

/** The non-empty text of column A, row by row, and whether anything lies outside column A. */
function columnA(sheet: SheetGrid): { lines: (string | null)[]; elsewhere: boolean } {
  const lines: (string | null)[] = [];
  let elsewhere = false;
  sheet.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (c > 0 && !isBlank(v)) elsewhere = true;
    });
    lines[r] = isBlank(cellAt(sheet, r, 0)) ? null : cellText(cellAt(sheet, r, 0));
  });
  while (lines.length > 0 && lines[lines.length - 1] === null) lines.pop();
  return { lines, elsewhere };
}

/**
 * Whether an unmarked sheet of our name is an earlier version's. 说明数据 and 检查结果: their title and headers.
 * 公开说明 has no headers, and a title the accountant would type too, so only its whole text proves it: every
 * row of column A equal to `narrativeLines` (the text about to be written), nothing anywhere else.
 */
export function isLegacyOwnedSheet(role: OwnedRole, sheet: SheetGrid, narrativeLines?: readonly string[]): boolean {
  if (role !== 'narrative') return hasSignature(sheet, LEGACY_SIGNATURES[role]);
  if (!narrativeLines) return false;
  const { lines, elsewhere } = columnA(sheet);
  return !elsewhere && lines.length === narrativeLines.length && lines.every((l, i) => l === narrativeLines[i]);
}

/** A sheet whose A1 is one of our titles: skipped where the audit reads explanation text, marked or not. */
export function hasOwnedTitle(sheet: SheetGrid): boolean {
  const a1 = cellText(cellAt(sheet, 0, 0));
  return a1 === LEGACY_SIGNATURES.supplement.title || a1 === LEGACY_SIGNATURES.results.title;
}
