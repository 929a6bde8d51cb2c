/**
 * The two texts 对照 puts side by side, as paragraphs: the generated 公开说明 (its lines, headings marked), and the
 * explanation the accountant wrote in a sheet of their own (every text cell outside the recognised tables, in
 * reading order, a cell holding several paragraphs split at its line breaks).
 */
import { isBlank, SheetGrid, WorkbookGrid } from '../grid/cell';
import type { CellRef, RangeRef } from '../grid/address';
import { tableRanges } from '../recognise/recognise';
import type { Recognition } from '../recognise/recognise';
import type { NarrativeDocument } from '../narrative/document';
import { documentLines } from '../narrative/sheet';
import { isMarked } from '../plan/owned';
import { hasOwnedTitle } from '../plan/legacy';

export interface GeneratedParagraph {
  readonly text: string;
  readonly heading: boolean;
}

export interface AccountantParagraph {
  readonly text: string;
  readonly heading: boolean;
  /** The cell that holds it, and which of the cell's lines it is. */
  readonly cell: CellRef;
  readonly line: number;
}

const NUMBERED = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d))/;

/** A heading as people type them: short, no full stop at the end, numbered or without a comma. */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 40 || /[。；;]$/.test(t)) return false;
  return NUMBERED.test(t) || !/[，,。]/.test(t);
}

export function generatedParagraphs(doc: NarrativeDocument): GeneratedParagraph[] {
  return documentLines(doc).map((l) => ({ text: l.text, heading: l.style !== 'paragraph' }));
}

const inside = (ranges: readonly RangeRef[], sheet: string, row: number, col: number) =>
  ranges.some((r) => r.sheet === sheet && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);

export function accountantParagraphs(sheet: SheetGrid, recognition: Recognition): AccountantParagraph[] {
  const ranges = tableRanges(recognition);
  const out: AccountantParagraph[] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== 'string' || isBlank(v) || inside(ranges, sheet.name, r, c)) return;
      v.split(/\r?\n/).forEach((text, line) => {
        const t = text.trim();
        if (t) out.push({ text: t, heading: looksLikeHeading(t), cell: { sheet: sheet.name, row: r, col: c }, line });
      });
    }),
  );
  return out;
}

/**
 * Sheets that hold an explanation the accountant wrote: not the add-in's (no mark, not our title), with at least
 * two text cells of explanation length outside the tables. Sheets named like 公开说明 come first.
 */
export function explanationSheets(grid: WorkbookGrid, recognition: Recognition): string[] {
  const ranges = tableRanges(recognition);
  const found: { name: string; texts: number }[] = [];
  for (const sheet of grid.sheets) {
    if (isMarked(grid, sheet.name) || hasOwnedTitle(sheet)) continue;
    let texts = 0;
    sheet.rows.forEach((row, r) => row.forEach((v, c) => {
      if (typeof v === 'string' && v.trim().length >= 12 && !inside(ranges, sheet.name, r, c)) texts++;
    }));
    if (texts >= 2) found.push({ name: sheet.name, texts });
  }
  const named = (n: string) => (n.includes('说明') ? 0 : 1);
  return found.sort((a, b) => named(a.name) - named(b.name) || b.texts - a.texts).map((f) => f.name);
}
