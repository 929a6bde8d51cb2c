/// <reference types="wps-jsapi" />
/**
 * The part of the WPS 表格 (ET) object model the WPS host uses, checked against the declarations of the npm
 * package `wps-jsapi` (src/lib.et.d.ts): every member named here must be declared there (`Declared` below), so a
 * misspelt or invented member does not compile.
 *
 * The package is generated from the COM type library and carries two artefacts of it, corrected here:
 *  - a method's result is declared as its last parameter `RHS` (`Range(Cell1?, Cell2?, RHS?: EtRange): void`
 *    returns the range; `Comment.Text(…, RHS?: string)` returns the text);
 *  - a property whose COM type is a VARIANT is declared `number` or `any` (`UsedRange: number`, `Value2: number`,
 *    `ProtectContents: number`): here it has the type the object model really returns — a range, a 2-D array of
 *    values (a single value for one cell), a boolean.
 * Indices are 1-based, colours are BGR integers (0xBBGGRR), as in Excel's COM object model.
 */

/** A cell's value as Value2 gives it: no dates (serial numbers), errors as COM error codes or their text. */
export type EtValue = string | number | boolean | null | undefined;

/** Our interface, provided each of its members is declared on the package's interface. */
type Declared<Ours, Theirs> = Exclude<keyof Ours, keyof Theirs> extends never ? Ours : never;

interface Count {
  readonly Count: number;
}

interface InteriorApi {
  Color: number;
}
export type EtInterior = Declared<InteriorApi, Et.EtInterior>;

interface FontApi {
  Name: string;
  Size: number;
  Bold: boolean;
  Color: number;
}
export type EtFont = Declared<FontApi, Et.EtFont>;

interface BordersApi {
  LineStyle: number;
  Color: number;
}
export type EtBorders = Declared<BordersApi, Et.EtBorders>;

interface FormatConditionApi {
  /** XlFormatConditionType: 1 cell value, 2 expression, others (colour scales, data bars…) have no Formula1. */
  readonly Type: number;
  readonly Formula1: string;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly AppliesTo: EtRange;
  Delete(): void;
}
export type EtFormatCondition = Declared<FormatConditionApi, Et.EtFormatCondition>;

interface FormatConditionsApi extends Count {
  Item(Index: number): EtFormatCondition;
  Add(Type: number, Operator?: number, Formula1?: string): EtFormatCondition;
}
export type EtFormatConditions = Declared<FormatConditionsApi, Et.EtFormatConditions>;

interface CommentApi {
  Text(): string;
  /** The cell the comment belongs to. */
  readonly Parent: EtRange;
  Delete(): void;
}
export type EtComment = Declared<CommentApi, Et.EtComment>;

interface CommentsApi extends Count {
  Item(Index: number): EtComment;
}
export type EtComments = Declared<CommentsApi, Et.EtComments>;

interface HyperlinksApi {
  Add(Anchor: EtRange, Address: string, SubAddress?: string, ScreenTip?: string, TextToDisplay?: string): unknown;
}
export type EtHyperlinks = Declared<HyperlinksApi, Et.EtHyperlinks>;

interface RangeApi {
  /** 1-based row and column of the top-left cell. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtRows;
  readonly Columns: EtColumns;
  /** The whole columns of the range (`Hidden` is read there). */
  readonly EntireColumn: EtRange;
  /** The whole rows of the range (`Hidden` is read there). */
  readonly EntireRow: EtRange;
  /**
   * Of whole columns (or rows): true when all are hidden, false when none is, null when some are (a VARIANT, as in
   * Excel's COM object model).
   */
  Hidden: boolean | null;
  /** Points; set on whole rows (`3:5`). */
  RowHeight: number;
  /** Set true on whole rows: back to the sheet's standard height. */
  UseStandardHeight: boolean;
  /** One value for a single cell, rows of values for a block (read and written whole). */
  Value2: EtValue | EtValue[][];
  /** As Value2, with formulas as `=…` text and constants as they were typed. */
  Formula: EtValue | EtValue[][];
  /** Written as a code; read of a block, null where its cells differ (a VARIANT Null, as Excel's COM model gives). */
  NumberFormat: string | null;
  ColumnWidth: number;
  WrapText: boolean;
  /** XlHAlign: -4108 centre, -4131 left, -4152 right. */
  HorizontalAlignment: number;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: EtBorders;
  readonly FormatConditions: EtFormatConditions;
  /** The cell's comment (批注), or null. */
  readonly Comment: EtComment | null;
  readonly Hyperlinks: EtHyperlinks;
  AddComment(Text: string): EtComment;
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Clear(): void;
  Select(): void;
}
export type EtRange = Declared<RangeApi, Et.EtRange>;

/** A range's columns: how many, and each (1-based) as a range. */
interface ColumnsApi extends Count {
  Item(Index: number): EtRange;
}
export type EtColumns = Declared<ColumnsApi, Et.EtRange>;

/** A range's rows: how many, and each (1-based) as a range. */
interface RowsApi extends Count {
  Item(Index: number): EtRange;
}
export type EtRows = Declared<RowsApi, Et.EtRange>;

interface WorksheetApi {
  Name: string;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  Visible: number;
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  readonly Comments: EtComments;
  readonly Hyperlinks: EtHyperlinks;
  /** How the sheet prints (纸张, 方向, 缩放, 打印标题, 打印区域). */
  readonly PageSetup: EtPageSetup;
  Range(Cell1: string): EtRange;
  Activate(): void;
  Delete(): void;
}
export type EtWorksheet = Declared<WorksheetApi, Et.EtWorksheet>;

interface PageSetupApi {
  /** XlPaperSize: 9 A4. */
  PaperSize: number;
  /** XlPageOrientation: 1 portrait, 2 landscape. */
  Orientation: number;
  /** A percentage, or false: fitted to FitToPagesWide × FitToPagesTall pages. */
  Zoom: number | false;
  FitToPagesWide: number | false;
  /** false: as many pages down as the content needs. */
  FitToPagesTall: number | false;
  CenterHorizontally: boolean;
  /** Rows printed at the top of every page, `$1:$3`; empty for none. */
  PrintTitleRows: string;
  /** `$A$1:$D$20`; empty for the used range. */
  PrintArea: string;
}
export type EtPageSetup = Declared<PageSetupApi, Et.EtPageSetup>;

/** The window of the active sheet: panes are frozen here, not on the sheet (as in Excel's COM object model). */
interface WindowApi {
  FreezePanes: boolean;
  /** Rows above the split, counted from the window's top row (`ScrollRow`). */
  SplitRow: number;
  SplitColumn: number;
  ScrollRow: number;
  ScrollColumn: number;
}
export type EtWindow = Declared<WindowApi, Et.EtWindow>;

interface SheetsApi extends Count {
  Item(Index: number | string): EtWorksheet;
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet;
}
export type EtSheets = Declared<SheetsApi, Et.EtSheets>;

interface NameApi {
  /** A workbook's name as it is; a sheet's own name as `Sheet!name` (Workbook.Names lists both). */
  readonly Name: string;
  /** What the name refers to, as a formula: `=公开说明!$A$1`, `='公开说明（生成）'!$A$1`, `=#REF!$A$1`. */
  readonly RefersTo: string;
  Visible: boolean;
  Delete(): void;
}
export type EtName = Declared<NameApi, Et.EtName>;

interface NamesApi extends Count {
  /** 1-based, or by name. */
  Item(Index: number | string): EtName;
  /** Adds a workbook name, or redefines the one of that name (names compare without case). */
  Add(Name: string, RefersTo: string, Visible?: boolean): EtName;
}
export type EtNames = Declared<NamesApi, Et.EtNames>;

interface WorkbookApi {
  readonly Worksheets: EtSheets;
  readonly ReadOnly: boolean;
  /** The workbook's structure is protected (审阅 › 保护工作簿): no sheet can be added, deleted or renamed. */
  readonly ProtectStructure: boolean;
  readonly Names: EtNames;
}
export type EtWorkbook = Declared<WorkbookApi, Et.EtWorkbook>;

interface ApplicationApi {
  readonly ActiveWorkbook: EtWorkbook | null;
  /** The sheet shown; null when no workbook is open. */
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveWindow: EtWindow | null;
  /** Off while a sheet is deleted: otherwise WPS asks the user to confirm. */
  DisplayAlerts: boolean;
}
export type EtApplication = Declared<ApplicationApi, Et.EtApplication>;

/** XlFormatConditionType.xlExpression: a rule with a formula. */
export const XL_EXPRESSION = 2;
/** XlLineStyle.xlContinuous. */
export const XL_CONTINUOUS = 1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;
/** XlPaperSize.xlPaperA4. */
export const XL_PAPER_A4 = 9;
/** XlPageOrientation. */
export const XL_PORTRAIT = 1;
export const XL_LANDSCAPE = 2;

/** `#RRGGBB` as the BGR integer the object model takes. */
export function bgr(hex: string): number {
  const rgb = Number.parseInt(hex.replace(/^#/, ''), 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}
