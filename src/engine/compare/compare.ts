/**
 * 对照: the generated 公开说明 beside the explanation the accountant wrote, paragraph by paragraph, with the
 * figures of theirs that differ from the generated text marked. Pure: the pane renders it.
 */
import type { WorkbookGrid } from '../grid/cell';
import type { Recognition } from '../recognise/recognise';
import type { NarrativeDocument } from '../narrative/document';
import { findSheet } from '../plan/owned';
import { accountantParagraphs, generatedParagraphs } from './paragraphs';
import { AlignedRow, alignExplanations } from './align';
import { FigureDifference, figureDifferences } from './figures';

export interface CompareRow extends AlignedRow {
  /** Figures of the accountant's paragraph that differ from the generated paragraph's. */
  readonly differences: readonly FigureDifference[];
}

export interface Comparison {
  readonly sheet: string;
  readonly rows: readonly CompareRow[];
  readonly counts: { readonly paired: number; readonly generatedOnly: number; readonly accountantOnly: number; readonly differences: number };
}

/**
 * Figures are compared only between paragraphs alike enough to be the same paragraph (numbers do not count in
 * the likeness): across two different paragraphs a "difference" would be noise, and a wrong mark on a figure is
 * worse than none.
 */
const SAME_PARAGRAPH = 0.5;

export function compareExplanation(grid: WorkbookGrid, recognition: Recognition, sheet: string, doc: NarrativeDocument): Comparison {
  const source = findSheet(grid, sheet);
  const rows: CompareRow[] = alignExplanations(generatedParagraphs(doc), source ? accountantParagraphs(source, recognition) : []).map((r) => ({
    ...r,
    differences: r.generated && r.accountant && !r.generated.heading && r.similarity >= SAME_PARAGRAPH ? figureDifferences(r.accountant.text, r.generated.text) : [],
  }));
  const count = (test: (r: CompareRow) => boolean) => rows.filter(test).length;
  return {
    sheet: source?.name ?? sheet,
    rows,
    counts: {
      paired: count((r) => !!r.generated && !!r.accountant),
      generatedOnly: count((r) => !r.accountant),
      accountantOnly: count((r) => !r.generated),
      differences: rows.reduce((n, r) => n + r.differences.length, 0),
    },
  };
}
