/**
 * Edits to a workbook, as data. The engine decides what to write (and checks that it writes only into sheets
 * it owns or into empty cells and its own earlier formulas); a host applies the plan in one go. Every plan
 * says in words, before it is applied, what it will change.
 */

export type PlanValue = string | number | boolean | null;

/** How a written cell looks; hosts map these to fonts, fills, borders and number formats. */
export type CellStyle =
  | 'title'
  | 'note'
  | 'header'
  | 'label'
  | 'input'
  | 'inputAmount'
  | 'inputText'
  | 'derivedAmount'
  | 'derivedRate'
  | 'derivedPercent'
  | 'derivedScore'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'paragraph';

export interface PlanCell {
  /** A constant, or for a formula cell the engine's own value (a host may store it as the cached result). */
  readonly value?: PlanValue;
  /** An Excel formula without the leading `=`. */
  readonly formula?: string;
  readonly style?: CellStyle;
  /** A link to a cell of the workbook (the 检查结果 sheet points at each finding's cells). */
  readonly link?: { readonly sheet: string; readonly cell: string };
}

/** Flag severities, each with its own highlight. */
export type FlagLevel = 'error' | 'rounding' | 'warning';

/**
 * The marker our conditional formats carry in their formula, so that clearing finds exactly ours: the
 * formula is a constant TRUE that names the add-in and the level.
 */
export const FLAG_MARKER = '决算公开助手';
export const FLAG_LEVEL_NAMES: Readonly<Record<FlagLevel, string>> = { error: '错误', rounding: '尾差', warning: '提示' };
export function flagFormula(level: FlagLevel): string {
  return `"${FLAG_MARKER}·${FLAG_LEVEL_NAMES[level]}"<>""`;
}
/** Notes the add-in writes start with this tag; clearing removes only those. */
export const NOTE_TAG = '【决算公开助手】';

export type PlanOp =
  /** Adds the sheet unless it exists; it becomes (or stays) one the add-in owns. */
  | { readonly op: 'ensureSheet'; readonly sheet: string }
  /** Writes a block of cells whose top-left is (row, col), 0-based; `undefined` entries are left alone. */
  | { readonly op: 'setCells'; readonly sheet: string; readonly row: number; readonly col: number; readonly cells: readonly (readonly (PlanCell | undefined)[])[] }
  /** Empties values, formulas and styles of a range of an owned sheet. */
  | { readonly op: 'clearRange'; readonly sheet: string; readonly top: number; readonly left: number; readonly bottom: number; readonly right: number }
  | { readonly op: 'setColumnWidths'; readonly sheet: string; readonly widths: readonly (number | undefined)[] }
  /** Removes an owned sheet. */
  | { readonly op: 'deleteSheet'; readonly sheet: string }
  /** Highlights cells with a conditional format carrying FLAG_MARKER (the cells' own formats stay as they are). */
  | { readonly op: 'addHighlights'; readonly sheet: string; readonly level: FlagLevel; readonly cells: readonly string[] }
  /** Removes every conditional format carrying FLAG_MARKER on these sheets (all the sheets the engine read). */
  | { readonly op: 'removeHighlights'; readonly sheets: readonly string[] }
  /** Sets notes that start with NOTE_TAG, only where a cell has no note or one of ours (hosts without notes skip it). */
  | { readonly op: 'setNotes'; readonly sheet: string; readonly notes: readonly { readonly cell: string; readonly text: string }[] }
  /** Removes every note that starts with NOTE_TAG on these sheets. */
  | { readonly op: 'removeNotes'; readonly sheets: readonly string[] };

export interface Plan {
  readonly ops: readonly PlanOp[];
  /** What the plan will change, in Chinese, one line per kind of change. */
  readonly summary: readonly string[];
}

/** The sheets the add-in creates and may rewrite. Nothing else is ever cleared. */
export const OWNED_SHEETS = ['说明数据', '公开说明', '检查结果'] as const;
export type OwnedSheet = (typeof OWNED_SHEETS)[number];

export function mergePlans(...plans: readonly Plan[]): Plan {
  return { ops: plans.flatMap((p) => p.ops), summary: plans.flatMap((p) => p.summary) };
}
