/**
 * A strict in-memory stand-in of the WPS 表格 (ET) object model subset the WPS host uses, typed by the host's
 * declarations (src/hosts/wps/et.ts, themselves checked against wps-jsapi). Like WPS (and Excel's COM model):
 *  - every property read or write and every method call is a call into WPS: each is counted and logged by name;
 *  - indices are 1-based (Item(0) throws), colours are BGR integers (a '#RRGGBB' string throws: type mismatch);
 *  - Value2 and Formula of one cell are a value, of a block rows of values; written text is parsed as WPS parses
 *    typing (`2010301` becomes a number, `TRUE` a boolean, `=…` a formula), unless it starts with an apostrophe;
 *  - writing into a protected sheet throws; Formula1 of a rule that has none (colour scales) throws; AddComment on
 *    a cell that has a comment throws; a sheet name that exists or is invalid throws; deleting a sheet with
 *    DisplayAlerts on throws (WPS would stop and ask the user);
 *  - it does not calculate: a formula cell reads back with an empty value.
 */
import { parseAddress, Area, quoteSheet } from './excelStandIn';
import { toA1 } from '../../src/engine/grid/address';
import type {
  EtApplication, EtBorders, EtComment, EtComments, EtFont, EtFormatCondition, EtFormatConditions, EtHyperlinks, EtInterior, EtName, EtNames,
  EtPageSetup, EtRange, EtSheets, EtValue, EtWindow, EtWorkbook, EtWorksheet,
} from '../../src/hosts/wps/et';

export type EtCellValue = string | number | boolean | null;

export interface EtCellModel {
  value: EtCellValue;
  formula?: string;
  /** Formats set through the object model: `Font.Bold`, `Interior.Color`, `NumberFormat`… */
  format: Record<string, unknown>;
}

export interface EtFormatConditionModel {
  readonly id: number;
  readonly appliesTo: readonly Area[];
  readonly type: number;
  readonly formula1?: string;
  interior?: number;
  font?: number;
}

/** A defined name: what it refers to is a sheet (null once the sheet is deleted: `#REF!`) and cells. */
export interface EtNameModel {
  name: string;
  sheet: EtSheetModel | null;
  /** `$A$1`, `$A$1:$C$3`. */
  address: string;
  visible: boolean;
  /** The sheet a sheet's own name belongs to; Workbook.Names lists it as `Sheet!name`. */
  scope?: EtSheetModel;
}

/** RefersTo as WPS gives it: the sheet bare when it is a plain word, else quoted; `#REF!` once it is deleted. */
export function etNameFormula(n: EtNameModel): string {
  return n.sheet ? `=${quoteSheet(n.sheet.name)}!${n.address}` : `=#REF!${n.address}`;
}

export class EtSheetModel {
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  visible = -1;
  protected = false;
  readonly cells = new Map<string, EtCellModel>();
  formatConditions: EtFormatConditionModel[] = [];
  /** Comments (批注) by cell address. */
  readonly comments = new Map<string, string>();
  readonly links = new Map<string, { readonly subAddress: string; readonly text: string }>();
  readonly columnWidths = new Map<number, number>();
  /** Hidden columns, 0-based (set by a test: the host never hides one of the accountant's). */
  readonly hiddenColumns = new Set<number>();
  /** Hidden rows, 0-based (set by a test, as the columns). */
  readonly hiddenRows = new Set<number>();
  /** Row heights in points by 0-based row, where set (a row set back to the standard height has none). */
  readonly rowHeights = new Map<number, number>();
  /** The PageSetup properties written, by name. */
  readonly pageSetup: Record<string, unknown> = {};
  /** Rows frozen at the top (the window's panes, kept per sheet as WPS does). */
  frozenRows = 0;
  /** PageSetup refuses every write, as WPS does where no printer is installed (a 信创 machine without one). */
  noPrinter = false;
  constructor(public name: string) {}

  cell(row: number, col: number): EtCellModel {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: null, format: {} };
      this.cells.set(key, c);
    }
    return c;
  }

  peek(row: number, col: number): EtCellModel | undefined {
    return this.cells.get(`${row},${col}`);
  }

  setRows(rows: readonly (readonly unknown[])[]): void {
    rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        this.cell(r, c).value = typeof v === 'object' ? String((v as { error?: string }).error ?? '') : (v as EtCellValue);
      }),
    );
  }

  /** Non-empty cells as [row, col]. */
  filled(): [number, number][] {
    return [...this.cells].filter(([, c]) => c.value !== null || c.formula !== undefined).map(([k]) => k.split(',').map(Number) as [number, number]);
  }
}

export class EtError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EtError';
  }
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

function parseAreas(address: string): Area[] {
  if (typeof address !== 'string' || address.trim() === '') throw new EtError(`Range: invalid address ${String(address)}`);
  return address.split(',').map((a) => {
    try {
      return parseAddress(a.trim());
    } catch {
      throw new EtError(`Range: invalid address ${address}`);
    }
  });
}

function cellsOf(areas: readonly Area[], sheet: EtSheetModel): [number, number][] {
  const out: [number, number][] = [];
  for (const a of areas) {
    if (a.bottom - a.top > 100_000 || a.right - a.left > 10_000) {
      for (const [r, c] of sheet.filled()) if (r >= a.top && r <= a.bottom && c >= a.left && c <= a.right) out.push([r, c]);
      continue;
    }
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push([r, c]);
  }
  return out;
}

const intersects = (a: Area, b: Area) => a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;

/** What WPS stores for what was written, as if typed into the cell. */
function typed(cell: EtCellModel, v: EtValue): void {
  delete cell.formula;
  if (v === null || v === undefined || v === '') {
    cell.value = null;
  } else if (typeof v !== 'string') {
    cell.value = v;
  } else if (v.startsWith("'")) {
    cell.value = v.slice(1);
  } else if (v.startsWith('=') && v.length > 1) {
    cell.formula = v.slice(1);
    cell.value = null;
  } else if (/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v)) {
    cell.value = Number(v);
  } else if (/^(true|false)$/i.test(v)) {
    cell.value = v.toUpperCase() === 'TRUE';
  } else {
    cell.value = v;
  }
}

function colour(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffff) throw new EtError(`${what}: type mismatch (a BGR integer is expected, got ${JSON.stringify(value)})`);
  return value;
}

// ----------------------------------------------------------------------------------------------- objects

class Calls {
  constructor(readonly et: EtStandIn) {}
  protected call(name: string): void {
    this.et.record(name);
  }
}

class RangeObject extends Calls implements EtRange {
  constructor(
    et: EtStandIn,
    readonly sheet: EtSheetModel,
    readonly areas: readonly Area[],
  ) {
    super(et);
  }
  private first(): Area {
    return this.areas[0]!;
  }
  private writable(): EtSheetModel {
    if (!this.et.sheets.includes(this.sheet)) throw new EtError('the sheet was deleted');
    if (this.sheet.protected) throw new EtError(`工作表“${this.sheet.name}”受保护，不能修改（the cell or chart is on a protected sheet）`);
    return this.sheet;
  }
  private setFormat(key: string, value: unknown): void {
    const sheet = this.writable();
    for (const [r, c] of cellsOf(this.areas, sheet)) sheet.cell(r, c).format[key] = value;
  }
  private grid(pick: (c: EtCellModel | undefined) => EtValue): EtValue | EtValue[][] {
    const a = this.first();
    if (a.top === a.bottom && a.left === a.right) return pick(this.sheet.peek(a.top, a.left));
    return Array.from({ length: a.bottom - a.top + 1 }, (_, r) => Array.from({ length: a.right - a.left + 1 }, (_, c) => pick(this.sheet.peek(a.top + r, a.left + c))));
  }
  private write(content: EtValue | EtValue[][]): void {
    const sheet = this.writable();
    for (const a of this.areas) {
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          if (!Array.isArray(content)) {
            typed(sheet.cell(r, c), content);
            continue;
          }
          // As in Excel: a block larger than the array gets #N/A beyond it.
          const line = content[r - a.top];
          typed(sheet.cell(r, c), line !== undefined && c - a.left < line.length ? line[c - a.left] : '#N/A');
        }
      }
    }
  }
  get Row(): number {
    this.call('Range.Row');
    return this.first().top + 1;
  }
  get Column(): number {
    this.call('Range.Column');
    return this.first().left + 1;
  }
  get Rows() {
    this.call('Range.Rows');
    const a = this.first();
    return {
      Count: a.bottom - a.top + 1,
      Item: (index: number): RangeObject => {
        this.call('Range.Rows.Item');
        if (!Number.isInteger(index) || index < 1 || index > a.bottom - a.top + 1) throw new EtError(`Rows.Item(${index}): out of range`);
        return new RangeObject(this.et, this.sheet, [{ top: a.top + index - 1, left: a.left, bottom: a.top + index - 1, right: a.right }]);
      },
    };
  }
  get Columns() {
    this.call('Range.Columns');
    const a = this.first();
    return {
      Count: a.right - a.left + 1,
      Item: (index: number): RangeObject => {
        this.call('Range.Columns.Item');
        if (!Number.isInteger(index) || index < 1 || index > a.right - a.left + 1) throw new EtError(`Columns.Item(${index}): out of range`);
        return new RangeObject(this.et, this.sheet, [{ top: a.top, left: a.left + index - 1, bottom: a.bottom, right: a.left + index - 1 }]);
      },
    };
  }
  get EntireColumn(): RangeObject {
    this.call('Range.EntireColumn');
    return new RangeObject(this.et, this.sheet, this.areas.map((a) => ({ top: 0, left: a.left, bottom: MAX_ROW, right: a.right })));
  }
  get EntireRow(): RangeObject {
    this.call('Range.EntireRow');
    return new RangeObject(this.et, this.sheet, this.areas.map((a) => ({ top: a.top, left: 0, bottom: a.bottom, right: MAX_COL })));
  }
  get Hidden(): boolean | null {
    this.call('Range.Hidden');
    const a = this.first();
    const columns = a.top === 0 && a.bottom === MAX_ROW;
    const rows = a.left === 0 && a.right === MAX_COL;
    if (columns === rows) throw new EtError('Range.Hidden is read of whole columns or whole rows only');
    // ASSUMPTION: as Excel's COM object model, true when every column (row) is hidden, false when none is, null (a
    // VARIANT Null) when some are; WPS follows Excel's object model here as elsewhere.
    const [from, to, hidden] = columns ? [a.left, a.right, this.sheet.hiddenColumns] : [a.top, a.bottom, this.sheet.hiddenRows];
    let count = 0;
    for (let k = from; k <= to; k++) if (hidden.has(k)) count++;
    return count === 0 ? false : count === to - from + 1 ? true : null;
  }
  set Hidden(hidden: boolean | null) {
    this.call('Range.Hidden=');
    const sheet = this.writable();
    for (const a of this.areas) {
      if (a.top !== 0 || a.bottom !== MAX_ROW) throw new EtError('Range.Hidden is set on whole columns only by the host');
      for (let c = a.left; c <= a.right; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    }
  }
  private wholeRows(): { top: number; bottom: number }[] {
    return this.areas.map((a) => {
      if (a.left !== 0 || a.right !== MAX_COL) throw new EtError('row heights are set on whole rows (`3:5`) by the host');
      return { top: a.top, bottom: a.bottom };
    });
  }
  get RowHeight(): number {
    throw new EtError('Range.RowHeight is not read by the host (not modelled)');
  }
  set RowHeight(h: number) {
    this.call('Range.RowHeight=');
    const sheet = this.writable();
    if (!(h > 0 && h <= 409)) throw new EtError(`RowHeight ${h}: out of range (0–409 points)`);
    for (const a of this.wholeRows()) for (let r = a.top; r <= a.bottom; r++) sheet.rowHeights.set(r, h);
  }
  get UseStandardHeight(): boolean {
    throw new EtError('Range.UseStandardHeight is not read by the host (not modelled)');
  }
  set UseStandardHeight(v: boolean) {
    this.call('Range.UseStandardHeight=');
    const sheet = this.writable();
    if (v) for (const a of this.wholeRows()) for (let r = a.top; r <= a.bottom; r++) sheet.rowHeights.delete(r);
  }
  get Value2(): EtValue | EtValue[][] {
    this.call('Range.Value2');
    return this.grid((c) => (c === undefined || c.formula !== undefined || c.value === null ? undefined : c.value));
  }
  set Value2(content: EtValue | EtValue[][]) {
    this.call('Range.Value2=');
    this.write(content);
  }
  get Formula(): EtValue | EtValue[][] {
    this.call('Range.Formula');
    return this.grid((c) => (c === undefined ? '' : c.formula !== undefined ? `=${c.formula}` : c.value === null ? '' : typeof c.value === 'boolean' ? (c.value ? 'TRUE' : 'FALSE') : String(c.value)));
  }
  set Formula(content: EtValue | EtValue[][]) {
    this.call('Range.Formula=');
    this.write(content);
  }
  get NumberFormat(): string | null {
    this.call('Range.NumberFormat');
    // ASSUMPTION: as Excel's COM object model, a block's format when all its cells have one, else null (a VARIANT
    // Null); a cell never formatted has General. WPS follows Excel's object model here as elsewhere.
    const formats = new Set<string>();
    for (const [r, c] of cellsOf(this.areas, this.sheet)) formats.add(String(this.sheet.peek(r, c)?.format.NumberFormat ?? 'General'));
    return formats.size === 1 ? [...formats][0]! : null;
  }
  set NumberFormat(v: string | null) {
    this.call('Range.NumberFormat=');
    this.setFormat('NumberFormat', v);
  }
  get ColumnWidth(): number {
    throw new EtError('Range.ColumnWidth is not read by the host (not modelled)');
  }
  set ColumnWidth(w: number) {
    this.call('Range.ColumnWidth=');
    const sheet = this.writable();
    for (const a of this.areas) for (let c = a.left; c <= Math.min(a.right, a.left + 200); c++) sheet.columnWidths.set(c, w);
  }
  get WrapText(): boolean {
    throw new EtError('Range.WrapText is not read by the host (not modelled)');
  }
  set WrapText(v: boolean) {
    this.call('Range.WrapText=');
    this.setFormat('WrapText', v);
  }
  get HorizontalAlignment(): number {
    throw new EtError('Range.HorizontalAlignment is not read by the host (not modelled)');
  }
  set HorizontalAlignment(v: number) {
    this.call('Range.HorizontalAlignment=');
    this.setFormat('HorizontalAlignment', v);
  }
  get Interior(): EtInterior {
    this.call('Range.Interior');
    const set = (v: unknown) => this.setFormat('Interior.Color', colour(v, 'Interior.Color'));
    const calls = (name: string) => this.call(name);
    return {
      get Color(): number {
        throw new EtError('Interior.Color is not read by the host (not modelled)');
      },
      set Color(v: number) {
        calls('Interior.Color=');
        set(v);
      },
    };
  }
  get Font(): EtFont {
    this.call('Range.Font');
    const set = (key: string, v: unknown) => {
      this.call(`Font.${key}=`);
      this.setFormat(`Font.${key}`, key === 'Color' ? colour(v, 'Font.Color') : v);
    };
    const unread = (): never => {
      throw new EtError('Font properties are not read by the host (not modelled)');
    };
    return {
      get Name() { return unread(); }, set Name(v: string) { set('Name', v); },
      get Size() { return unread(); }, set Size(v: number) { set('Size', v); },
      get Bold() { return unread(); }, set Bold(v: boolean) { set('Bold', v); },
      get Color() { return unread(); }, set Color(v: number) { set('Color', v); },
    };
  }
  get Borders(): EtBorders {
    this.call('Range.Borders');
    const set = (key: string, v: unknown) => {
      this.call(`Borders.${key}=`);
      this.setFormat(`Borders.${key}`, key === 'Color' ? colour(v, 'Borders.Color') : v);
    };
    const unread = (): never => {
      throw new EtError('Borders properties are not read by the host (not modelled)');
    };
    return {
      get LineStyle() { return unread(); }, set LineStyle(v: number) { set('LineStyle', v); },
      get Color() { return unread(); }, set Color(v: number) { set('Color', v); },
    };
  }
  get FormatConditions(): EtFormatConditions {
    this.call('Range.FormatConditions');
    return new FormatConditionsObject(this.et, this);
  }
  get Comment(): EtComment | null {
    this.call('Range.Comment');
    const address = toA1(this.first().top, this.first().left);
    return this.sheet.comments.has(address) ? new CommentObject(this.et, this.sheet, address) : null;
  }
  get Hyperlinks(): EtHyperlinks {
    this.call('Range.Hyperlinks');
    return new HyperlinksObject(this.et, this.sheet);
  }
  AddComment(text: string): EtComment {
    this.call('Range.AddComment');
    const sheet = this.writable();
    const a = this.first();
    const address = toA1(a.top, a.left);
    if (sheet.comments.has(address)) throw new EtError(`${address} already has a comment`);
    sheet.comments.set(address, String(text));
    return new CommentObject(this.et, sheet, address);
  }
  Address(rowAbsolute = true, columnAbsolute = true): string {
    this.call('Range.Address');
    return this.areas
      .map((a) => {
        const one = (r: number, c: number) => {
          const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(toA1(r, c))!;
          return `${columnAbsolute ? '$' : ''}${letters}${rowAbsolute ? '$' : ''}${digits}`;
        };
        return a.top === a.bottom && a.left === a.right ? one(a.top, a.left) : `${one(a.top, a.left)}:${one(a.bottom, a.right)}`;
      })
      .join(',');
  }
  Clear(): void {
    this.call('Range.Clear');
    const sheet = this.writable();
    for (const [r, c] of cellsOf(this.areas, sheet)) {
      sheet.cells.delete(`${r},${c}`);
      sheet.links.delete(toA1(r, c));
    }
  }
  Select(): void {
    this.call('Range.Select');
    if (this.et.active !== this.sheet.name) throw new EtError('Select: the range is not on the active sheet (Activate it first)');
    this.et.selection = `${this.sheet.name}!${toA1(this.first().top, this.first().left)}`;
  }
}

class FormatConditionsObject extends Calls implements EtFormatConditions {
  constructor(
    et: EtStandIn,
    private readonly range: RangeObject,
  ) {
    super(et);
  }
  private items(): EtFormatConditionModel[] {
    return this.range.sheet.formatConditions.filter((fc) => fc.appliesTo.some((a) => this.range.areas.some((b) => intersects(a, b))));
  }
  get Count(): number {
    this.call('FormatConditions.Count');
    return this.items().length;
  }
  Item(index: number): EtFormatCondition {
    this.call('FormatConditions.Item');
    const model = this.items()[index - 1];
    if (!Number.isInteger(index) || index < 1 || !model) throw new EtError(`FormatConditions.Item(${index}): index out of range (1-based)`);
    return new FormatConditionObject(this.et, this.range.sheet, model.id);
  }
  Add(type: number, _operator?: number, formula1?: string): EtFormatCondition {
    this.call('FormatConditions.Add');
    if (this.range.sheet.protected) throw new EtError(`工作表“${this.range.sheet.name}”受保护，不能添加条件格式`);
    if (type === 2 && (typeof formula1 !== 'string' || formula1 === '')) throw new EtError('FormatConditions.Add: an expression rule needs Formula1');
    const model: EtFormatConditionModel = { id: this.et.nextId++, appliesTo: this.range.areas, type, ...(formula1 !== undefined ? { formula1 } : {}) };
    this.range.sheet.formatConditions.push(model);
    return new FormatConditionObject(this.et, this.range.sheet, model.id);
  }
}

class FormatConditionObject extends Calls implements EtFormatCondition {
  constructor(
    et: EtStandIn,
    private readonly sheet: EtSheetModel,
    private readonly id: number,
  ) {
    super(et);
  }
  private model(): EtFormatConditionModel {
    const m = this.sheet.formatConditions.find((fc) => fc.id === this.id);
    if (!m) throw new EtError('the format condition was deleted');
    return m;
  }
  get Type(): number {
    this.call('FormatCondition.Type');
    return this.model().type;
  }
  get Formula1(): string {
    this.call('FormatCondition.Formula1');
    const m = this.model();
    if (m.type !== 1 && m.type !== 2) throw new EtError(`FormatCondition.Formula1: a rule of type ${m.type} has no formula`);
    return m.formula1 ?? '';
  }
  get Interior(): EtInterior {
    this.call('FormatCondition.Interior');
    const model = () => this.model();
    const calls = (n: string) => this.call(n);
    return {
      get Color(): number {
        throw new EtError('not modelled');
      },
      set Color(v: number) {
        calls('FormatCondition.Interior.Color=');
        model().interior = colour(v, 'Interior.Color');
      },
    };
  }
  get Font(): EtFont {
    this.call('FormatCondition.Font');
    const model = () => this.model();
    const calls = (n: string) => this.call(n);
    const unread = (): never => {
      throw new EtError('not modelled');
    };
    return {
      get Name() { return unread(); }, set Name(_v: string) { unread(); },
      get Size() { return unread(); }, set Size(_v: number) { unread(); },
      get Bold() { return unread(); }, set Bold(_v: boolean) { unread(); },
      get Color() { return unread(); },
      set Color(v: number) {
        calls('FormatCondition.Font.Color=');
        model().font = colour(v, 'Font.Color');
      },
    };
  }
  get AppliesTo(): EtRange {
    this.call('FormatCondition.AppliesTo');
    return new RangeObject(this.et, this.sheet, this.model().appliesTo);
  }
  Delete(): void {
    this.call('FormatCondition.Delete');
    if (this.sheet.protected) throw new EtError(`工作表“${this.sheet.name}”受保护，不能删除条件格式`);
    this.model();
    this.sheet.formatConditions = this.sheet.formatConditions.filter((fc) => fc.id !== this.id);
  }
}

class CommentObject extends Calls implements EtComment {
  constructor(
    et: EtStandIn,
    private readonly sheet: EtSheetModel,
    private readonly address: string,
  ) {
    super(et);
  }
  Text(): string {
    this.call('Comment.Text');
    const t = this.sheet.comments.get(this.address);
    if (t === undefined) throw new EtError('the comment was deleted');
    return t;
  }
  get Parent(): EtRange {
    this.call('Comment.Parent');
    return new RangeObject(this.et, this.sheet, [parseAddress(this.address)]);
  }
  Delete(): void {
    this.call('Comment.Delete');
    if (this.sheet.protected) throw new EtError(`工作表“${this.sheet.name}”受保护，不能删除批注`);
    if (!this.sheet.comments.delete(this.address)) throw new EtError('the comment was deleted');
  }
}

class CommentsObject extends Calls implements EtComments {
  constructor(
    et: EtStandIn,
    private readonly sheet: EtSheetModel,
  ) {
    super(et);
  }
  get Count(): number {
    this.call('Comments.Count');
    return this.sheet.comments.size;
  }
  Item(index: number): EtComment {
    this.call('Comments.Item');
    const address = [...this.sheet.comments.keys()][index - 1];
    if (!Number.isInteger(index) || index < 1 || address === undefined) throw new EtError(`Comments.Item(${index}): index out of range (1-based)`);
    return new CommentObject(this.et, this.sheet, address);
  }
}

class HyperlinksObject extends Calls implements EtHyperlinks {
  constructor(
    et: EtStandIn,
    private readonly sheet: EtSheetModel,
  ) {
    super(et);
  }
  Add(anchor: EtRange, address: string, subAddress?: string, _screenTip?: string, text?: string): unknown {
    this.call('Hyperlinks.Add');
    if (!(anchor instanceof RangeObject) || anchor.sheet !== this.sheet) throw new EtError('Hyperlinks.Add: the anchor must be a range of this sheet');
    if (this.sheet.protected) throw new EtError(`工作表“${this.sheet.name}”受保护，不能添加超链接`);
    const a = anchor.areas[0]!;
    const target = subAddress ?? address;
    this.sheet.links.set(toA1(a.top, a.left), { subAddress: target, text: text ?? target });
    typed(this.sheet.cell(a.top, a.left), text === undefined ? target : `'${text}`);
    return {};
  }
}

class WorksheetObject extends Calls implements EtWorksheet {
  constructor(
    et: EtStandIn,
    readonly model: EtSheetModel,
  ) {
    super(et);
  }
  private live(): EtSheetModel {
    if (!this.et.sheets.includes(this.model)) throw new EtError('the sheet was deleted');
    return this.model;
  }
  get Name(): string {
    this.call('Worksheet.Name');
    return this.live().name;
  }
  set Name(name: string) {
    this.call('Worksheet.Name=');
    const m = this.live();
    this.et.structure('rename a sheet');
    if (typeof name !== 'string' || name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new EtError(`invalid sheet name ${JSON.stringify(name)}`);
    if (this.et.sheets.some((s) => s !== m && s.name.toLowerCase() === name.toLowerCase())) throw new EtError(`a sheet named ${name} exists`);
    m.name = name;
  }
  get Visible(): number {
    this.call('Worksheet.Visible');
    return this.live().visible;
  }
  set Visible(v: number) {
    this.call('Worksheet.Visible=');
    const m = this.live();
    this.et.structure('hide or show a sheet');
    m.visible = v;
  }
  get ProtectContents(): boolean {
    this.call('Worksheet.ProtectContents');
    return this.live().protected;
  }
  get UsedRange(): EtRange {
    this.call('Worksheet.UsedRange');
    const cells = this.live().filled();
    // An empty sheet's used range is A1.
    if (cells.length === 0) return new RangeObject(this.et, this.model, [{ top: 0, left: 0, bottom: 0, right: 0 }]);
    const rows = cells.map((k) => k[0]);
    const cols = cells.map((k) => k[1]);
    return new RangeObject(this.et, this.model, [{ top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) }]);
  }
  get Cells(): EtRange {
    this.call('Worksheet.Cells');
    return new RangeObject(this.et, this.live(), [{ top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL }]);
  }
  get Comments(): EtComments {
    this.call('Worksheet.Comments');
    return new CommentsObject(this.et, this.live());
  }
  get Hyperlinks(): EtHyperlinks {
    this.call('Worksheet.Hyperlinks');
    return new HyperlinksObject(this.et, this.live());
  }
  Range(address: string): EtRange {
    this.call('Worksheet.Range');
    return new RangeObject(this.et, this.live(), parseAreas(address));
  }
  get PageSetup(): EtPageSetup {
    this.call('Worksheet.PageSetup');
    return pageSetupOf(this.et, this.live());
  }
  Activate(): void {
    this.call('Worksheet.Activate');
    this.et.active = this.live().name;
  }
  Delete(): void {
    this.call('Worksheet.Delete');
    const m = this.live();
    if (this.et.displayAlerts) throw new EtError('Delete: WPS asks the user to confirm (set Application.DisplayAlerts = false first)');
    this.et.structure('delete a sheet');
    if (this.et.sheets.length === 1) throw new EtError('a workbook must keep at least one sheet');
    this.et.sheets.splice(this.et.sheets.indexOf(m), 1);
    // As in WPS and Excel: the sheet's own names go with it, the names referring to it read #REF!.
    for (const n of [...this.et.names]) {
      if (n.scope === m) this.et.names.splice(this.et.names.indexOf(n), 1);
      else if (n.sheet === m) n.sheet = null;
    }
  }
}

const PAGE_SETUP_KEYS = ['PaperSize', 'Orientation', 'Zoom', 'FitToPagesWide', 'FitToPagesTall', 'CenterHorizontally', 'PrintTitleRows', 'PrintArea'] as const;

/** A sheet's PageSetup: each property written is kept by name (read back as written), every access counted. */
function pageSetupOf(et: EtStandIn, sheet: EtSheetModel): EtPageSetup {
  const property = (key: string) => ({
    get: () => sheet.pageSetup[key],
    set: (v: unknown) => {
      if (sheet.noPrinter) throw new EtError(`不能设置 PageSetup 类的 ${key} 属性（no printer is installed）`);
      if (sheet.protected) throw new EtError(`工作表“${sheet.name}”受保护，不能修改页面设置`);
      sheet.pageSetup[key] = v;
    },
  });
  return recorded<EtPageSetup>(et, 'PageSetup', Object.fromEntries(PAGE_SETUP_KEYS.map((key) => [key, property(key)])));
}

class SheetsObject extends Calls implements EtSheets {
  get Count(): number {
    this.call('Worksheets.Count');
    return this.et.sheets.length;
  }
  Item(index: number | string): EtWorksheet {
    this.call('Worksheets.Item');
    const model = typeof index === 'number' ? this.et.sheets[index - 1] : this.et.sheets.find((s) => s.name.toLowerCase() === String(index).toLowerCase());
    if ((typeof index === 'number' && (!Number.isInteger(index) || index < 1)) || !model) throw new EtError(`Worksheets.Item(${JSON.stringify(index)}): no such sheet (indices are 1-based)`);
    return new WorksheetObject(this.et, model);
  }
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet {
    this.call('Worksheets.Add');
    this.et.structure('add a sheet');
    if (before !== undefined && after !== undefined) throw new EtError('Worksheets.Add: give Before or After, not both');
    let n = this.et.sheets.length + 1;
    while (this.et.sheets.some((s) => s.name === `Sheet${n}`)) n++;
    const model = new EtSheetModel(`Sheet${n}`);
    const anchor = (before ?? after) as WorksheetObject | undefined;
    const at = anchor ? this.et.sheets.indexOf(anchor.model) + (after ? 1 : 0) : this.et.sheets.indexOf(this.et.sheets.find((s) => s.name === this.et.active) ?? this.et.sheets[0]!);
    this.et.sheets.splice(Math.max(0, at), 0, model);
    this.et.active = model.name;
    return new WorksheetObject(this.et, model);
  }
}

/** A cell or block reference as a name's RefersTo holds it. */
const NAME_CELLS = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/;

/** As Excel and WPS validate a defined name: a letter, `_` or `\\` first, no spaces, not a cell reference, 255 at most. */
function validName(name: unknown): name is string {
  return typeof name === 'string' && name.length <= 255 && /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(R\d*C\d*|R|C)$/i.test(name);
}

function nameObject(et: EtStandIn, model: EtNameModel): EtName {
  const live = (what: string) => {
    et.record(what);
    if (!et.names.includes(model)) throw new EtError('the name was deleted');
    return model;
  };
  return {
    get Name() {
      const m = live('Name.Name');
      return m.scope ? `${quoteSheet(m.scope.name)}!${m.name}` : m.name;
    },
    get RefersTo() {
      return etNameFormula(live('Name.RefersTo'));
    },
    get Visible() {
      return live('Name.Visible').visible;
    },
    set Visible(v: boolean) {
      live('Name.Visible=').visible = v;
    },
    Delete() {
      live('Name.Delete');
      et.names.splice(et.names.indexOf(model), 1);
    },
  };
}

class NamesObject extends Calls implements EtNames {
  get Count(): number {
    this.call('Names.Count');
    return this.et.names.length;
  }
  Item(index: number | string): EtName {
    this.call('Names.Item');
    const model =
      typeof index === 'number'
        ? Number.isInteger(index) && index >= 1 ? this.et.names[index - 1] : undefined
        : this.et.names.find((n) => !n.scope && n.name.toUpperCase() === String(index).toUpperCase());
    if (!model) throw new EtError(`Names.Item(${JSON.stringify(index)}): no such name (indices are 1-based)`);
    return nameObject(this.et, model);
  }
  Add(name: string, refersTo: string, visible: boolean = true): EtName {
    this.call('Names.Add');
    if (!validName(name)) throw new EtError(`Names.Add: ${JSON.stringify(name)} is not a valid name`);
    if (typeof refersTo !== 'string' || !refersTo.startsWith('=')) throw new EtError('Names.Add: RefersTo must be a formula starting with =');
    // What the host writes: a sheet (quoted where it must be) and cells. A bare sheet name with a space or ASCII
    // punctuation is a formula error in WPS, as in Excel.
    const m = /^=(?:'((?:[^']|'')+)'|([^\s!"#$%&'()*+,\-/:;<=>?@[\\\]^`{|}~]+))!(.+)$/u.exec(refersTo);
    if (!m || !NAME_CELLS.test(m[3]!)) throw new EtError(`Names.Add: ${refersTo} is not a reference the stand-in models`);
    const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
    const sheet = this.et.sheets.find((s) => s.name.toUpperCase() === sheetName.toUpperCase());
    if (!sheet) throw new EtError(`Names.Add: no sheet named ${sheetName}`);
    // An existing workbook name of that name (without regard to case) is redefined, as in Excel.
    const existing = this.et.names.find((n) => !n.scope && n.name.toUpperCase() === name.toUpperCase());
    const model = existing ?? { name, sheet, address: m[3]!, visible };
    Object.assign(model, { sheet, address: m[3]!, visible });
    if (!existing) this.et.names.push(model);
    return nameObject(this.et, model);
  }
}

// -------------------------------------------------------------------------------------------- the stand-in

export class EtStandIn {
  readonly sheets: EtSheetModel[] = [];
  /** Defined names, in the order Workbook.Names lists them. */
  readonly names: EtNameModel[] = [];
  readOnly = false;
  /** The workbook's structure is protected: sheets cannot be added, deleted, renamed or hidden. */
  protectStructure = false;
  /** No workbook open (ActiveWorkbook is null). */
  noWorkbook = false;
  displayAlerts = true;
  active?: string;
  selection?: string;
  nextId = 1;
  /** Every call into the object model, by name, in order. */
  readonly log: string[] = [];

  addSheet(name: string, rows: readonly (readonly unknown[])[] = []): EtSheetModel {
    const s = new EtSheetModel(name);
    s.setRows(rows);
    this.sheets.push(s);
    this.active ??= name;
    return s;
  }

  /** A name referring to `address` of `sheet` (a workbook's, or the sheet's own when `scope` is given). */
  addName(name: string, sheet: string, address = '$A$1', options: { visible?: boolean; scope?: string } = {}): EtNameModel {
    const model: EtNameModel = { name, sheet: this.sheet(sheet), address, visible: options.visible ?? true, ...(options.scope ? { scope: this.sheet(options.scope) } : {}) };
    this.names.push(model);
    return model;
  }

  sheet(name: string): EtSheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name} in the stand-in`);
    return s;
  }

  /** What a protected workbook structure refuses. */
  structure(what: string): void {
    if (this.protectStructure) throw new EtError(`工作簿结构受保护，不能${what}（the workbook is protected）`);
  }

  record(name: string): void {
    this.log.push(name);
  }

  get calls(): number {
    return this.log.length;
  }

  /** Calls by name since `from` (an index into the log). */
  tally(from = 0): Record<string, number> {
    const out: Record<string, number> = {};
    for (const name of this.log.slice(from)) out[name] = (out[name] ?? 0) + 1;
    return out;
  }

  application(): EtApplication {
    return applicationOf(this);
  }
}

/** An object of `properties` (each a getter and a setter), every read and write recorded as `${prefix}.${name}` / `=`. */
function recorded<T>(et: EtStandIn, prefix: string, properties: Record<string, { get: () => unknown; set: (v: never) => void }>): T {
  const out = {};
  for (const [name, p] of Object.entries(properties)) {
    Object.defineProperty(out, name, {
      get: () => {
        et.record(`${prefix}.${name}`);
        return p.get();
      },
      set: (v: never) => {
        et.record(`${prefix}.${name}=`);
        p.set(v);
      },
    });
  }
  return out as T;
}

/**
 * The window of the active sheet. ASSUMPTION: as in Excel's COM object model, SplitRow counts rows from the window's
 * top row (ScrollRow), so a split made scrolled down freezes other rows; panes are kept per sheet.
 */
function windowOf(et: EtStandIn): EtWindow {
  const sheet = () => et.sheet(et.active!);
  let scrollRow = 1;
  let splitRow = 0;
  let frozen = sheet().frozenRows > 0;
  const apply = () => {
    sheet().frozenRows = frozen ? scrollRow - 1 + splitRow : 0;
  };
  return recorded<EtWindow>(et, 'Window', {
    FreezePanes: {
      get: () => frozen,
      set: (v: boolean) => {
        frozen = v;
        apply();
      },
    },
    SplitRow: {
      get: () => splitRow,
      set: (v: number) => {
        splitRow = v;
        if (frozen) apply();
      },
    },
    SplitColumn: {
      get: () => 0,
      set: (v: number) => {
        if (v !== 0) throw new EtError('SplitColumn: the host freezes rows only');
      },
    },
    ScrollRow: {
      get: () => scrollRow,
      set: (v: number) => {
        scrollRow = v;
      },
    },
    ScrollColumn: { get: () => 1, set: () => undefined },
  });
}

/** Application and its ActiveWorkbook over the stand-in's model, every access counted. */
function applicationOf(et: EtStandIn): EtApplication {
  const workbook: EtWorkbook = {
      get Worksheets() {
        et.record('Workbook.Worksheets');
        return new SheetsObject(et);
      },
      get ReadOnly() {
        et.record('Workbook.ReadOnly');
        return et.readOnly;
      },
      get ProtectStructure() {
        et.record('Workbook.ProtectStructure');
        return et.protectStructure;
      },
      get Names() {
        et.record('Workbook.Names');
        return new NamesObject(et);
      },
    };
    return {
      get ActiveWorkbook() {
        et.record('Application.ActiveWorkbook');
        return et.noWorkbook ? null : workbook;
      },
      get DisplayAlerts() {
        et.record('Application.DisplayAlerts');
        return et.displayAlerts;
      },
      set DisplayAlerts(v: boolean) {
        et.record('Application.DisplayAlerts=');
        et.displayAlerts = v;
      },
      get ActiveSheet() {
        et.record('Application.ActiveSheet');
        const model = et.noWorkbook ? undefined : et.sheets.find((s) => s.name === et.active);
        return model ? new WorksheetObject(et, model) : null;
      },
      get ActiveWindow() {
        et.record('Application.ActiveWindow');
        return et.noWorkbook ? null : windowOf(et);
      },
    };
}
