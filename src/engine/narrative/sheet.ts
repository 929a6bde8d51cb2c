/**
 * The 公开说明 sheet: the title, parts, sections and one paragraph per row in column A, regenerated in place.
 * Only the add-in's own 公开说明 sheet is touched (found by its mark, plan/owned.ts); rows left over from a longer
 * earlier version are cleared. A 公开说明 the accountant wrote is never written over: the text goes to a sheet of
 * a free name beside it.
 */
import type { WorkbookGrid } from '../grid/cell';
import type { Plan, PlanCell } from '../plan/plan';
import { OWNED_SHEET_NAMES } from '../plan/plan';
import { OwnedTarget, ownSheetOps, resolveOwnedSheet, targetSummary } from '../plan/owned';
import { isLegacyOwnedSheet } from '../plan/legacy';
import type { NarrativeDocument } from './document';
import { plain } from './fragment';

/** The 公开说明 sheet's name when it is free. */
export const NARRATIVE_SHEET = OWNED_SHEET_NAMES.narrative;

/** The document as lines with their style: what the sheet, the text output and the pane all show. */
export function documentLines(doc: NarrativeDocument): { readonly text: string; readonly style: 'heading1' | 'heading2' | 'heading3' | 'paragraph' }[] {
  const lines: { text: string; style: 'heading1' | 'heading2' | 'heading3' | 'paragraph' }[] = [{ text: doc.title, style: 'heading1' }];
  for (const part of doc.parts) {
    lines.push({ text: `${part.number} ${part.title}`, style: 'heading2' });
    for (const section of part.sections) {
      if (section.title) lines.push({ text: `${section.number}、${section.title}`, style: 'heading3' });
      for (const block of section.blocks) {
        if (block.kind === 'heading') lines.push({ text: block.text, style: 'heading3' });
        else lines.push({ text: block.kind === 'paragraph' ? plain(block.runs) : block.text, style: 'paragraph' });
      }
    }
  }
  return lines;
}

/**
 * The add-in's 公开说明 sheet for this text: the marked one; else an unmarked sheet of our name holding exactly
 * this text (written by an earlier version); else a new sheet.
 */
export function narrativeTarget(grid: WorkbookGrid, doc: NarrativeDocument): OwnedTarget {
  const lines = documentLines(doc).map((l) => l.text);
  return resolveOwnedSheet(grid, 'narrative', (sheet) => isLegacyOwnedSheet('narrative', sheet, lines));
}

export function narrativeSheetPlan(grid: WorkbookGrid, doc: NarrativeDocument): Plan {
  const target = narrativeTarget(grid, doc);
  const sheet = target.sheet;
  const previousHeight = target.existing?.rows.length ?? 0;
  const cells: PlanCell[][] = documentLines(doc).map((l) => [{ value: l.text, style: l.style }]);
  const ops: Plan['ops'][number][] = [...ownSheetOps(target), { op: 'setCells', sheet, row: 0, col: 0, cells }, { op: 'setColumnWidths', sheet, widths: [110] }];
  if (previousHeight > cells.length) {
    ops.push({ op: 'clearRange', sheet, top: cells.length, left: 0, bottom: previousHeight - 1, right: 0 });
  }
  const gaps = doc.gaps.length ? `，其中 ${doc.gaps.length} 处待填写（【请填写：…】）` : '';
  return { ops, summary: [...targetSummary(target), `在工作表“${sheet}”写入公开说明 ${cells.length} 行${gaps}。`] };
}
