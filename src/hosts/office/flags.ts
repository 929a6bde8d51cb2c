/**
 * The add-in's highlights and notes on the sheets a plan flags or unflags, loaded before any write: removing them
 * needs the loaded items, and a write that fails half-way is told from the counts before and after (survey.ts).
 */
import { FLAG_MARKER, NOTE_TAG } from '../../engine/plan/plan';
import type { Plan } from '../../engine/plan/plan';
import type { FlagCount } from '../../engine/plan/partial';

export interface LoadedFlags {
  readonly formats: Map<string, Excel.ConditionalFormatCollection>;
  /** Only where notes exist (ExcelApi 1.18). */
  readonly notes: Map<string, Excel.NoteCollection>;
}

/** Queues the load of each sheet's conditional formats and (with ExcelApi 1.18) notes. */
export function loadFlags(sheets: Excel.WorksheetCollection, names: Iterable<string>, withNotes: boolean): LoadedFlags {
  const formats = new Map<string, Excel.ConditionalFormatCollection>();
  const notes = new Map<string, Excel.NoteCollection>();
  for (const name of names) {
    const ws = sheets.getItem(name);
    const cfs = ws.getRange().conditionalFormats;
    cfs.load('items/type,items/customOrNullObject/rule/formula');
    formats.set(name, cfs);
    if (withNotes) {
      const list = ws.notes;
      list.load('items/content');
      notes.set(name, list);
    }
  }
  return { formats, notes };
}

/** Ours: a custom rule whose formula carries the marker (plan.ts flagFormula). */
export function isOurHighlight(cf: Excel.ConditionalFormat): boolean {
  return cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && cf.customOrNullObject.rule.formula.includes(FLAG_MARKER);
}

export function isOurNote(note: Excel.Note): boolean {
  return note.content.startsWith(NOTE_TAG);
}

/** How many highlights and notes of ours each loaded sheet has. */
export function countFlags(loaded: LoadedFlags): Map<string, FlagCount> {
  return new Map(
    [...loaded.formats].map(([sheet, cfs]) => [sheet, { highlights: cfs.items.filter(isOurHighlight).length, notes: loaded.notes.get(sheet)?.items.filter(isOurNote).length ?? 0 }]),
  );
}

/** The sheets whose highlights or notes a plan changes. */
export function flaggedSheets(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const op of plan.ops) {
    if (op.op === 'removeHighlights' || op.op === 'removeNotes') for (const s of op.sheets) out.add(s);
    if (op.op === 'addHighlights' || op.op === 'setNotes') out.add(op.sheet);
  }
  return out;
}
