/**
 * The 公开说明 sheet: the title, parts, sections and one paragraph per row in column A, regenerated in place.
 * Only this sheet is touched; rows left over from a longer earlier version are cleared.
 */
import type { Plan, PlanCell } from '../plan/plan';
import type { NarrativeDocument } from './document';
import { plain } from './fragment';

export const NARRATIVE_SHEET = '公开说明';

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

export function narrativeSheetPlan(doc: NarrativeDocument, previousHeight = 0): Plan {
  const cells: PlanCell[][] = documentLines(doc).map((l) => [{ value: l.text, style: l.style }]);
  const ops: Plan['ops'][number][] = [
    { op: 'ensureSheet', sheet: NARRATIVE_SHEET },
    { op: 'setCells', sheet: NARRATIVE_SHEET, row: 0, col: 0, cells },
    { op: 'setColumnWidths', sheet: NARRATIVE_SHEET, widths: [110] },
  ];
  if (previousHeight > cells.length) {
    ops.push({ op: 'clearRange', sheet: NARRATIVE_SHEET, top: cells.length, left: 0, bottom: previousHeight - 1, right: 0 });
  }
  const gaps = doc.gaps.length ? `，其中 ${doc.gaps.length} 处待填写（【请填写：…】）` : '';
  return { ops, summary: [`在工作表“${NARRATIVE_SHEET}”写入公开说明 ${cells.length} 行${gaps}。`] };
}
