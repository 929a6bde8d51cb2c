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
  /** A label that wraps in a narrow column (the keys and 事项 names of 说明数据). */
  | 'labelWrap'
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
  /** Adds a sheet of the add-in's; the guard (guard.ts) refuses it over an existing sheet that is not the add-in's. */
  | { readonly op: 'ensureSheet'; readonly sheet: string }
  /** Marks the sheet as the add-in's sheet of this role (owned.ts), replacing the role's earlier mark. */
  | { readonly op: 'markSheet'; readonly sheet: string; readonly role: OwnedRole }
  /** Writes a block of cells whose top-left is (row, col), 0-based; `undefined` entries are left alone. */
  | { readonly op: 'setCells'; readonly sheet: string; readonly row: number; readonly col: number; readonly cells: readonly (readonly (PlanCell | undefined)[])[] }
  /** Empties values, formulas and styles of a range of an owned sheet. */
  | { readonly op: 'clearRange'; readonly sheet: string; readonly top: number; readonly left: number; readonly bottom: number; readonly right: number }
  | { readonly op: 'setColumnWidths'; readonly sheet: string; readonly widths: readonly (number | undefined)[] }
  /**
   * Row heights in points of an owned sheet from `row` down; null: the sheet's standard height. Excel does not fit
   * a row of wrapped text to its length when a program writes it, so the engine computes the heights.
   */
  | { readonly op: 'setRowHeights'; readonly sheet: string; readonly row: number; readonly heights: readonly (number | null)[] }
  /** How an owned sheet shows and prints: rows frozen at the top, hidden columns, the print setup. */
  | { readonly op: 'setSheetLayout'; readonly sheet: string; readonly freezeRows?: number; readonly hiddenColumns?: readonly number[]; readonly print?: PrintSetup }
  /**
   * Replaces the add-in's charts on an owned sheet (known by CHART_MARKER at the start of their names) with these;
   * an empty list removes them. Hosts that cannot draw charts say so and write the rest of the plan.
   */
  | { readonly op: 'setCharts'; readonly sheet: string; readonly charts: readonly SheetChart[] }
  /** Removes an owned sheet, and the marks that name it. */
  | { readonly op: 'deleteSheet'; readonly sheet: string }
  /**
   * The one write into a cell of the accountant's own text, which they chose and saw replaced (对照's "copy this
   * sentence"): the cell must still hold exactly `before`; its text becomes `after`, its format stays.
   */
  | { readonly op: 'replaceCellText'; readonly sheet: string; readonly cell: string; readonly before: string; readonly after: string }
  /** Highlights cells with a conditional format carrying FLAG_MARKER (the cells' own formats stay as they are). */
  | { readonly op: 'addHighlights'; readonly sheet: string; readonly level: FlagLevel; readonly cells: readonly string[] }
  /** Removes every conditional format carrying FLAG_MARKER on these sheets (all the sheets the engine read). */
  | { readonly op: 'removeHighlights'; readonly sheets: readonly string[] }
  /** Sets notes that start with NOTE_TAG, only where a cell has no note or one of ours (hosts without notes skip it). */
  | { readonly op: 'setNotes'; readonly sheet: string; readonly notes: readonly { readonly cell: string; readonly text: string }[] }
  /** Removes every note that starts with NOTE_TAG on these sheets. */
  | { readonly op: 'removeNotes'; readonly sheets: readonly string[] };

/** A4 paper; the area to print (0-based, inclusive), scaled to one page wide. */
export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  readonly fitToWidth: boolean;
  /** Centred between the side margins (a text column narrower than the page). */
  readonly center?: boolean;
  /** Rows printed at the top of every page (a table's header), 0-based and inclusive. */
  readonly repeatRows?: { readonly top: number; readonly bottom: number };
  readonly area?: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
}

/** Charts the add-in draws carry this at the start of their names, so that refreshing and clearing find exactly ours. */
export const CHART_MARKER = '决算公开助手·';

/** A native chart on a sheet, drawn from a block of that sheet's cells. */
export interface SheetChart {
  /** CHART_MARKER + `图1`. */
  readonly name: string;
  readonly title: string;
  /** pie; bar: horizontal bars of one series; budgetActual: horizontal bars of two series (预算数, 决算数). */
  readonly kind: 'pie' | 'bar' | 'budgetActual';
  /** The data: a header row, then one row per category with the category in the first column (0-based, inclusive). */
  readonly data: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
  /** The cell at the chart's top-left corner, and its size in points. */
  readonly at: { readonly row: number; readonly col: number };
  readonly width: number;
  readonly height: number;
}

export interface Plan {
  readonly ops: readonly PlanOp[];
  /** What the plan will change, in Chinese, one line per kind of change. */
  readonly summary: readonly string[];
}

/**
 * Which sheets are the add-in's, and how it proves it (issue 15: a sheet of the accountant's that happens to bear
 * one of our names, 公开说明 typed by hand or carried over from last year, was overwritten).
 *
 * The add-in owns a sheet only when the workbook says so: a workbook-scoped defined name per role,
 * `_juesuan_supplement`, `_juesuan_narrative`, `_juesuan_results`, referring to `'<sheet>'!$A$1`. Why a defined name:
 *  - Excel, WPS and LibreOffice all keep workbook names through save and reopen in .xlsx (LibreOffice tested
 *    in tests/properties/ownership.test.ts), ExcelJS reads and writes them, and every host can read them with
 *    the workbook (the ooxml reader from workbook.xml, Office.js with `workbook.names` in the read's first sync);
 *  - the reference follows a sheet rename in Excel, WPS and LibreOffice, so a renamed sheet stays ours, and
 *    deleting the sheet turns the name into `#REF!`, which no longer marks anything;
 *  - it is invisible where the host allows (Office.js sets `visible = false`; ExcelJS and LibreOffice cannot
 *    write the hidden flag, so there it shows in the 名称管理器, named for the add-in) and holds no cell of the
 *    user's. A marker cell or a very hidden sheet would be the user's to delete by accident; a custom document
 *    property is not readable through Office.js 1.7 in one batch with the sheets.
 *
 * The rules that follow (owned.ts resolves them, guard.ts enforces them in every host before any write):
 *  1. A plan writes into, clears, widens or deletes only a sheet marked as ours, or one it creates itself
 *     (`ensureSheet` of a free name, then `markSheet`). Outside them it writes only formulas into empty derived
 *     cells of a recognised table or cells holding the very formula (自评表), and `replaceCellText`.
 *  2. A sheet of the user's with one of our names is never touched: the plan writes its sheet under a free name
 *     (公开说明（生成）, 说明数据（2）…) and says so in its summary before writing; the next run finds that sheet by
 *     its mark, whatever it is called.
 *  3. A workbook saved by an earlier version (our sheet, our name, no mark) is ours only when its content is
 *     exactly what we write: the title row and the column headers of 说明数据 and 检查结果; for 公开说明, which has
 *     no header, every line equal to the text being written. It is then adopted with the mark.
 *  4. The accountant's own explanation is an input, never a target: the audit reads it and 对照 compares it;
 *     the one write into it is `replaceCellText`, into the cell the user chose, after showing what it replaces.
 */
export type OwnedRole = 'supplement' | 'narrative' | 'results';

/** The name each sheet of the add-in gets when it is free. */
export const OWNED_SHEET_NAMES: Readonly<Record<OwnedRole, string>> = { supplement: '说明数据', narrative: '公开说明', results: '检查结果' };

export function mergePlans(...plans: readonly Plan[]): Plan {
  return { ops: plans.flatMap((p) => p.ops), summary: plans.flatMap((p) => p.summary) };
}
