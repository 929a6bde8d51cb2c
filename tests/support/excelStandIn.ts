/**
 * A strict in-memory stand-in of the Excel JavaScript API subset the Office host uses, built from the declarations
 * in node_modules/@types/office-js/index.d.ts (their requirement sets and remarks). Like Excel:
 *  - calls on proxy objects are queued and run only at `context.sync()`, in order, against the workbook;
 *  - reading a property that was not loaded, or before the sync that loads it, throws PropertyNotLoaded;
 *  - each member needs its requirement set (ApiNotFound below it), as the declarations annotate it;
 *  - `Range.values` and `Range.formulas` read a typed string as a formula when it starts with `+`, `-` or `=`
 *    (their declarations); a leading apostrophe makes it text;
 *  - `Worksheet.delete` fails with InvalidOperation on a VeryHidden sheet (its declaration);
 *  - `NoteCollection.add` takes a Range or a string such as "A1", and throws InvalidCellAddress for an invalid
 *    string or a range that is not one cell (its declaration);
 *  - errors carry only codes of `Excel.ErrorCodes`, InvalidCellAddress (NoteCollection.add) or PropertyNotLoaded
 *    (`OfficeExtension.ErrorCodes.propertyNotLoaded`): any other code does not type-check;
 *  - `Excel.run` syncs what is still queued when the batch ends.
 * It counts syncs and measures each request (the queued operations as JSON) against Excel on the web's 5 MB; a
 * response over `responseLimit` (Excel on the web's 5 MB unless a test sets another) is refused with
 * ResponsePayloadSizeLimitExceeded (ASSUMPTION 13).
 * It does not calculate formulas: a written formula reads back with an empty value.
 *
 * ASSUMPTIONS beyond the declarations (each marked `ASSUMPTION n` where the code makes it):
 *  1. A failing operation rejects the sync after the operations before it in the same request took effect, and
 *     none after it: the stand-in's model of a request, which the host's write order and survey rely on.
 *  2. A cell in edit mode rejects a whole request, before any of it runs, with InvalidOperationInCellEditMode.
 *  3. A read-only workbook rejects every write with AccessDenied (the declarations only say `Workbook.readOnly`
 *     tells it).
 *  4. A protected sheet rejects writes to its cells, formats, conditional formats and notes with AccessDenied, but
 *     not its deletion (the declarations only say `WorksheetProtection.protected` tells it).
 *  5. A protected workbook structure rejects adding, deleting, hiding or unhiding a sheet with AccessDenied; and —
 *     to be strict, since the declarations do not say either way — adding or deleting a workbook name too.
 *  6. A typed string starting with `@` or with a full-width `＝`, `＋` or `－` is read as a formula as well (strict:
 *     Excel reads `@` as the start of a function, and East Asian input turns full-width signs half-width); a typed
 *     string that reads as a plain number (`00123456`, `1,488.29`, `5%`) becomes that number and `TRUE`/`FALSE`
 *     booleans (a small part of what Excel converts; the host types every text with the apostrophe anyway).
 *  7. `Range.hyperlink` with `textToDisplay` types that text into the cell like `Range.values`; without it the cell
 *     keeps its value (the declarations say only that textToDisplay is what the cell displays).
 *  8. Adding a note where the cell has one already fails with InvalidOperation, and `NoteCollection.add` with a
 *     Range of another sheet fails with InvalidArgument (the declarations say neither). A string address with a
 *     sheet name (`'表'!A1`) counts as invalid: the declarations promise only "a string such as "A1"".
 *  9. `NamedItemCollection.add` is modelled with a Range only; a name follows its sheet's rename and reads `#REF!`
 *     once the sheet is deleted.
 * 10. Sheet names are matched exactly, where Excel ignores case; conditional formats are listed for a range when
 *     they intersect it.
 * 11. `failWhen` is a test device, not Excel: it makes Excel refuse one operation for a reason no check can see
 *     (a merged cell, a limit), to test what the host does when a checked write fails half-way.
 * 12. A row height outside 0–409 points is refused with InvalidArgument (Excel's limit; the declaration of
 *     `RangeFormat.rowHeight` does not state it).
 * 13. A response's size is that of the loaded properties as JSON; one over the limit rejects the sync after its
 *     operations ran (as ASSUMPTION 1), and nothing it loaded becomes readable. Excel on the web documents the 5 MB
 *     limit on requests and responses (Office Add-ins' resource limits), not how it measures a response.
 * Sheet layout and charts are modelled as declared: `RangeFormat.rowHeight` and `Range.columnHidden` (1.2),
 * `RangeFormat.useStandardHeight` (1.7, only `true` does anything), `Worksheet.freezePanes.freezeRows` (1.7),
 * `Worksheet.pageLayout` (1.9: the declared properties and values of those listed in PAGE_LAYOUT, `setPrintArea`,
 * `setPrintTitleRows`),
 * `Worksheet.charts` (1.1: `items/name`, `add` with a declared chart type, the properties of CHART_PROPERTIES
 * each at its declared requirement set, `setPosition`, `delete`). Anything else of theirs is refused.
 */
import type { OfficeEnvironment } from '../../src/hosts/office/environment';

// ----------------------------------------------------------------------------------------------------- model

export type Value = string | number | boolean | null;

export interface CellModel {
  value: Value;
  formula?: string;
  numberFormat?: string;
  format: Record<string, unknown>;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

export interface ConditionalFormatModel {
  readonly id: number;
  readonly address: string;
  readonly type: 'Custom' | 'CellValue';
  formula?: string;
  fill?: string;
  font?: string;
}

/** A chart on a sheet: what the add-in set on it. */
export interface ChartModel {
  readonly id: number;
  readonly type: string;
  /** The source data's sheet-local address, and how its series run. */
  readonly source: string;
  readonly seriesBy: string;
  name: string;
  /** Every property set through the proxy (`title.text`, `legend.position`, `width`, …) and setPosition's cells. */
  readonly props: Record<string, unknown>;
}

export class SheetModel {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  protected = false;
  readonly cells = new Map<string, CellModel>();
  conditionalFormats: ConditionalFormatModel[] = [];
  readonly notes = new Map<string, string>();
  readonly columnWidths = new Map<number, number>();
  /** Points; a row set back to the standard height is absent. */
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  frozenRows = 0;
  /** What was set through worksheet.pageLayout (ExcelApi 1.9), `printArea` as a local address. */
  readonly pageLayout: Record<string, unknown> = {};
  charts: ChartModel[] = [];
  constructor(public name: string) {}

  cell(row: number, col: number): CellModel {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: null, format: {} };
      this.cells.set(key, c);
    }
    return c;
  }

  peek(row: number, col: number): CellModel | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** Values as rows, for setting up and asserting. */
  setRows(rows: readonly (readonly Value[])[], top = 0, left = 0): void {
    rows.forEach((line, r) => line.forEach((v, c) => (this.cell(top + r, left + c).value = v)));
  }
}

/**
 * A workbook-scoped defined name referring to a range. It holds the sheet itself, so that a rename follows (as in
 * Excel); when the sheet is deleted it refers to nothing and its formula reads `=#REF!$A$1`, as in Excel.
 */
export interface NameModel {
  name: string;
  sheet: SheetModel | null;
  address: string;
  visible: boolean;
}

/** A sheet name as Excel writes it in a reference: bare when it is a plain word, else quoted. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function nameFormula(n: NameModel): string {
  return n.sheet ? `=${quoteSheet(n.sheet.name)}!${n.address}` : `=#REF!${n.address}`;
}

/** The codes the declarations name (see the header). */
export type StandInErrorCode = `${Excel.ErrorCodes}` | 'InvalidCellAddress' | 'PropertyNotLoaded';

export class StandInError extends Error {
  constructor(
    readonly code: StandInErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

// ---------------------------------------------------------------------------------------------- addresses

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** `A1`, `A1:C3`, `A:A`, `'Sheet'!B2` (the sheet part is ignored: ranges here belong to one sheet). */
export function parseAddress(address: string): Area {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b] = local.split(':') as [string, string | undefined];
  const one = (s: string): { row?: number; col?: number } => {
    const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(s);
    if (!m || (!m[1] && !m[2])) throw new StandInError('InvalidArgument', `bad address ${address}`);
    return { ...(m[1] ? { col: colIndex(m[1]) } : {}), ...(m[2] ? { row: Number(m[2]) - 1 } : {}) };
  };
  const p = one(a);
  const q = b ? one(b) : p;
  return { top: p.row ?? 0, left: p.col ?? 0, bottom: q.row ?? MAX_ROW, right: q.col ?? MAX_COL };
}

function a1(row: number, col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row + 1}`;
}

// ------------------------------------------------------------------------------------------- typed values

/** A string Excel reads as a plain number (ASSUMPTION 6): digits, thousands separators, a decimal part, a percent. */
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;

/**
 * What a cell holds after a value is typed into it through `Range.values` or `Range.formulas`: the declarations say
 * a string starting with `+`, `-` or `=` is read as a formula; a leading apostrophe keeps the rest as text; the
 * rest is ASSUMPTION 6.
 */
export function typedValue(v: Value): { value: Value; formula?: string } {
  if (typeof v !== 'string') return { value: v };
  if (v === '') return { value: null };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (/^[=+-]/.test(v)) return { value: null, formula: v.startsWith('=') ? v.slice(1) : v };
  if (/^[@＝＋－]/.test(v)) return { value: null, formula: v };
  if (NUMBER.test(v)) return { value: Number(v.replace(/[,%]/g, '')) / (v.endsWith('%') ? 100 : 1) };
  if (/^(TRUE|FALSE)$/i.test(v)) return { value: v.toUpperCase() === 'TRUE' };
  return { value: v };
}

function store(cell: CellModel, v: Value): void {
  const entry = typedValue(v);
  if (entry.formula !== undefined) cell.formula = entry.formula;
  else delete cell.formula;
  cell.value = entry.value;
}

// ------------------------------------------------------------------------------------------------ context

interface Op {
  readonly describe: unknown;
  readonly run: () => void;
}

class Context {
  readonly queue: Op[] = [];
  readonly workbook: WorkbookProxy;
  /** What the sync running now has loaded (ASSUMPTION 13): each object and property, and the bytes of its value. */
  private loading: { object: Map<string, unknown>; name: string }[] = [];
  private responseBytes = 0;
  constructor(readonly standIn: ExcelStandIn) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(describe: unknown, run: () => void): void {
    this.queue.push({ describe, run });
  }

  async sync(): Promise<void> {
    const ops = this.queue.splice(0);
    this.standIn.recordSync(new TextEncoder().encode(JSON.stringify(ops.map((o) => o.describe))).length);
    // ASSUMPTION 2.
    if (this.standIn.editMode) throw new StandInError('InvalidOperationInCellEditMode', 'A cell is being edited.');
    // ASSUMPTION 1: the operations before a failing one stay done.
    this.loading = [];
    this.responseBytes = 0;
    for (const op of ops) {
      const refusal = this.standIn.failWhen?.(op.describe);
      if (refusal) throw refusal;
      op.run();
    }
    if (this.responseBytes > this.standIn.responseLimit) {
      // ASSUMPTION 13: nothing loaded in a refused response is readable.
      for (const { object, name } of this.loading) object.delete(name);
      throw new StandInError('ResponsePayloadSizeLimitExceeded', `a response of ${this.responseBytes} bytes`);
    }
  }

  /** A property loaded in the sync running now: counted towards its response. */
  loaded(object: Map<string, unknown>, name: string, value: unknown): void {
    object.set(name, value);
    this.loading.push({ object, name });
    this.responseBytes += new TextEncoder().encode(JSON.stringify(value) ?? '').length;
  }
}

/** Base of every API object: loaded properties become readable after the sync that loads them. */
class ApiObject {
  protected readonly loaded = new Map<string, unknown>();
  constructor(
    protected readonly ctx: Context,
    protected readonly path: string,
  ) {}

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw new StandInError('PropertyNotLoaded', `${this.path}.${name} was not loaded (or read before sync)`);
    return this.loaded.get(name) as T;
  }

  /** The value of a scalar property right now (at sync time). */
  protected scalar(_name: string): unknown {
    throw new StandInError('InvalidArgument', `${this.path} has no property ${_name}`);
  }

  /** A navigation property's proxy. */
  protected navigate(name: string): ApiObject {
    throw new StandInError('InvalidArgument', `${this.path} has no navigation ${name}`);
  }

  load(props: string): this {
    const paths = props.split(',').map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue({ load: this.path, props }, () => {
      this.snapshot(paths);
      // As in Office.js, any load also tells whether the object is a null object.
      try {
        this.loaded.set('isNullObject', this.scalar('isNullObject'));
      } catch {
        /* not an *OrNullObject kind of object */
      }
    });
    return this;
  }

  /** Loads `a/b/c` paths from the model, now (at sync). */
  snapshot(paths: readonly string[]): void {
    const groups = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      groups.set(head!, [...(groups.get(head!) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
    }
    for (const [head, rest] of groups) {
      if (rest.length === 0) this.ctx.loaded(this.loaded, head, this.scalar(head));
      else this.navigate(head).snapshot(rest);
    }
  }
}

// --------------------------------------------------------------------------------------------- workbook

class WorkbookProxy extends ApiObject {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly protection: WorkbookProtectionProxy;
  constructor(ctx: Context) {
    super(ctx, 'workbook');
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.names = new NamedItemCollectionProxy(ctx);
    this.protection = new WorkbookProtectionProxy(ctx);
  }
  protected override navigate(name: string): ApiObject {
    if (name === 'protection') return this.protection;
    return super.navigate(name);
  }
  protected override scalar(name: string): unknown {
    if (name === 'readOnly') {
      if (!this.ctx.standIn.supports('1.8')) throw new StandInError('ApiNotFound', 'Workbook.readOnly needs ExcelApi 1.8');
      return this.ctx.standIn.readOnly;
    }
    return super.scalar(name);
  }
  get readOnly(): boolean {
    return this.read('readOnly');
  }
}

/** Workbook.protection (ExcelApi 1.7): whether the workbook's structure is protected. */
class WorkbookProtectionProxy extends ApiObject {
  constructor(ctx: Context) {
    super(ctx, 'workbook.protection');
  }
  protected override scalar(name: string): unknown {
    if (name === 'protected') {
      if (!this.ctx.standIn.supports('1.7')) throw new StandInError('ApiNotFound', 'WorkbookProtection needs ExcelApi 1.7');
      return this.ctx.standIn.structureProtected;
    }
    return super.scalar(name);
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

/** ASSUMPTIONS 3 and 5: what a read-only workbook and a protected structure refuse. */
function structureWritable(standIn: ExcelStandIn, what: string): void {
  if (standIn.readOnly) throw new StandInError('AccessDenied', 'read-only workbook');
  if (standIn.structureProtected) throw new StandInError('AccessDenied', `the workbook structure is protected: ${what}`);
}

class WorksheetCollectionProxy extends ApiObject {
  constructor(ctx: Context) {
    super(ctx, 'worksheets');
  }
  protected override navigate(name: string): ApiObject {
    if (name !== 'items') return super.navigate(name);
    // items: one proxy per sheet as the workbook is now.
    const items = this.ctx.standIn.sheets.map((s) => new WorksheetProxy(this.ctx, () => s, s.name));
    this.loaded.set('items', items);
    return { snapshot: (paths: readonly string[]) => items.forEach((i) => i.snapshot(paths)) } as unknown as ApiObject;
  }
  get items(): WorksheetProxy[] {
    return this.read('items');
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.standIn.sheet(name), name);
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.standIn.findSheet(name), name);
  }
  add(name: string): WorksheetProxy {
    this.ctx.enqueue({ add: name }, () => {
      structureWritable(this.ctx.standIn, `add ${name}`);
      if (this.ctx.standIn.findSheet(name)) throw new StandInError('ItemAlreadyExists', name);
      this.ctx.standIn.sheets.push(new SheetModel(name));
    });
    return this.getItem(name);
  }
}

/** The settable properties of Excel.PageLayout (ExcelApi 1.9) the stand-in checks, with their declared values. */
const PAGE_LAYOUT: Readonly<Record<string, (v: unknown) => boolean>> = {
  orientation: (v) => v === 'Portrait' || v === 'Landscape',
  // Excel.PaperType: the sizes a Chinese office prints on are enough here.
  paperSize: (v) => ['Letter', 'A3', 'A4', 'A5', 'B4', 'B5'].includes(v as string),
  // PageLayoutZoomOptions: horizontalFitToPages, verticalFitToPages, scale (10–400).
  zoom: (v) =>
    typeof v === 'object' &&
    v !== null &&
    Object.entries(v).every(([k, n]) => (k === 'scale' ? typeof n === 'number' && n >= 10 && n <= 400 : ['horizontalFitToPages', 'verticalFitToPages'].includes(k) && Number.isInteger(n) && (n as number) >= 0)),
  centerHorizontally: (v) => typeof v === 'boolean',
  printGridlines: (v) => typeof v === 'boolean',
  ...Object.fromEntries(['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'].map((k) => [k, (v: unknown) => typeof v === 'number' && v >= 0])),
};

function checkPageLayout(prop: string, value: unknown): void {
  const valid = PAGE_LAYOUT[prop];
  if (!valid) throw new StandInError('InvalidArgument', `PageLayout.${prop} is not modelled (or not a property)`);
  if (!valid(value)) throw new StandInError('InvalidArgument', `PageLayout.${prop} cannot be ${JSON.stringify(value)}`);
}

/** A local address of one or more areas, checked (a print area given as a string). */
function parseAreas(address: string): string {
  address.split(',').forEach(parseAddress);
  return address;
}

class WorksheetProxy extends ApiObject {
  constructor(
    ctx: Context,
    readonly resolve: () => SheetModel | undefined,
    name: string,
  ) {
    super(ctx, `worksheet(${name})`);
  }
  private model(): SheetModel {
    const m = this.resolve();
    if (!m) throw new StandInError('ItemNotFound', this.path);
    return m;
  }
  /** Where writes go: fails on a protected sheet or a read-only workbook (ASSUMPTIONS 3 and 4). */
  writable(): SheetModel {
    const m = this.model();
    if (this.ctx.standIn.readOnly) throw new StandInError('AccessDenied', 'read-only workbook');
    if (m.protected) throw new StandInError('AccessDenied', `${m.name} is protected`);
    return m;
  }
  protected override scalar(name: string): unknown {
    if (name === 'name') return this.model().name;
    if (name === 'visibility') return this.model().visibility;
    if (name === 'isNullObject') return this.resolve() === undefined;
    return super.scalar(name);
  }
  protected override navigate(name: string): ApiObject {
    if (name === 'protection') return this.protection;
    return super.navigate(name);
  }
  get name(): string {
    return this.read('name');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  /** Setting it needs ExcelApi 1.2; hiding or unhiding a sheet changes the structure (ASSUMPTION 5). */
  set visibility(value: string) {
    if (!this.ctx.standIn.supports('1.2')) throw new StandInError('ApiNotFound', 'setting Worksheet.visibility needs ExcelApi 1.2');
    this.ctx.enqueue({ set: `${this.path}.visibility`, value }, () => {
      const m = this.model();
      structureWritable(this.ctx.standIn, `visibility of ${m.name}`);
      m.visibility = value as SheetModel['visibility'];
    });
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  private protectionProxy?: ProtectionProxy;
  /** Navigation objects are the same object each time, as in Office.js (so what was loaded stays). */
  get protection(): ProtectionProxy {
    return (this.protectionProxy ??= new ProtectionProxy(this.ctx, this));
  }
  /** Worksheet.freezePanes (ExcelApi 1.7); only `freezeRows(count?)` is modelled (0 or no count: unfreeze). */
  get freezePanes() {
    if (!this.ctx.standIn.supports('1.7')) throw new StandInError('ApiNotFound', 'Worksheet.freezePanes needs ExcelApi 1.7');
    return {
      freezeRows: (count = 0) =>
        this.ctx.enqueue({ freezeRows: this.path, count }, () => {
          this.writable().frozenRows = count;
        }),
    };
  }
  /**
   * Worksheet.pageLayout (ExcelApi 1.9): the declared properties can be set (values checked against their
   * declared unions), none read; `setPrintArea(Range | RangeAreas | string)`. Any other name is not the API.
   */
  get pageLayout() {
    if (!this.ctx.standIn.supports('1.9')) throw new StandInError('ApiNotFound', 'Worksheet.pageLayout needs ExcelApi 1.9');
    const set = (key: string, value: unknown) => this.ctx.enqueue({ set: `${this.path}.pageLayout.${key}`, value }, () => (this.writable().pageLayout[key] = value));
    return new Proxy(
      {
        setPrintArea: (range: RangeProxy | string) => set('printArea', typeof range === 'string' ? parseAreas(range) : range.areaAddresses()),
        setPrintTitleRows: (range: RangeProxy | string) => set('printTitleRows', typeof range === 'string' ? parseAreas(range) : range.areaAddresses()),
      },
      {
        get: (target, prop: string) => {
          if (prop in target) return (target as Record<string, unknown>)[prop];
          throw new StandInError('PropertyNotLoaded', `pageLayout.${prop} is not readable in the stand-in`);
        },
        set: (_target, prop: string, value: unknown) => {
          checkPageLayout(prop, value);
          set(prop, value);
          return true;
        },
      },
    );
  }
  private chartsProxy?: ChartCollectionProxy;
  get charts(): ChartCollectionProxy {
    return (this.chartsProxy ??= new ChartCollectionProxy(this.ctx, this));
  }
  get notes(): NoteCollectionProxy {
    if (!this.ctx.standIn.supports('1.18')) throw new StandInError('ApiNotFound', 'Worksheet.notes needs ExcelApi 1.18');
    return new NoteCollectionProxy(this.ctx, this);
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, this, () => [address ? parseAddress(address) : { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL }], address ?? '(sheet)');
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    if (!this.ctx.standIn.supports('1.7')) throw new StandInError('ApiNotFound', 'Worksheet.getRangeByIndexes needs ExcelApi 1.7');
    const area = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    return new RangeProxy(
      this.ctx,
      this,
      () => {
        if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0 || area.bottom > MAX_ROW || area.right > MAX_COL) {
          throw new StandInError('InvalidArgument', `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`);
        }
        return [area];
      },
      `${startRow},${startColumn},${rowCount}x${columnCount}`,
    );
  }
  getRanges(address: string): RangeProxy {
    if (!this.ctx.standIn.supports('1.9')) throw new StandInError('ApiNotFound', 'Worksheet.getRanges needs ExcelApi 1.9');
    return new RangeProxy(this.ctx, this, () => address.split(',').map(parseAddress), address);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, this, () => {
      const keys = [...this.model().cells].filter(([, c]) => c.value !== null || c.formula !== undefined).map(([k]) => k.split(',').map(Number) as [number, number]);
      if (keys.length === 0) return [];
      return [{ top: Math.min(...keys.map((k) => k[0])), left: Math.min(...keys.map((k) => k[1])), bottom: Math.max(...keys.map((k) => k[0])), right: Math.max(...keys.map((k) => k[1])) }];
    }, 'usedRange');
  }
  activate(): void {
    this.ctx.enqueue({ activate: this.path }, () => {
      this.ctx.standIn.active = this.model().name;
    });
  }
  delete(): void {
    this.ctx.enqueue({ delete: this.path }, () => {
      const m = this.model();
      // ASSUMPTION 4: a protected sheet can be deleted; ASSUMPTION 5: not from a protected structure.
      structureWritable(this.ctx.standIn, `delete ${m.name}`);
      // The declaration of Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete
      // operation will fail with an InvalidOperation exception".
      if (m.visibility === 'VeryHidden') throw new StandInError('InvalidOperation', `${m.name} is very hidden`);
      this.ctx.standIn.sheets.splice(this.ctx.standIn.sheets.indexOf(m), 1);
      for (const n of this.ctx.standIn.names) if (n.sheet === m) n.sheet = null;
    });
  }
}

// ----------------------------------------------------------------------------------------------- names

/** Excel's rule for a name: a letter, `_` or `\` first, then letters, digits, `_`, `.`; not a cell address. */
function validName(name: string): boolean {
  return /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$/.test(name) && !/^R\d*C\d*$/i.test(name);
}

class NamedItemCollectionProxy extends ApiObject {
  constructor(ctx: Context) {
    super(ctx, 'names');
  }
  protected override navigate(name: string): ApiObject {
    if (name !== 'items') return super.navigate(name);
    const items = this.ctx.standIn.names.map((n) => new NamedItemProxy(this.ctx, () => n, n.name));
    this.loaded.set('items', items);
    return { snapshot: (paths: readonly string[]) => items.forEach((i) => i.snapshot(paths)) } as unknown as ApiObject;
  }
  get items(): NamedItemProxy[] {
    return this.read('items');
  }
  private find(name: string): NameModel | undefined {
    return this.ctx.standIn.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => this.find(name), name);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    if (!this.ctx.standIn.supports('1.4')) throw new StandInError('ApiNotFound', 'NamedItemCollection.getItemOrNullObject needs ExcelApi 1.4');
    return new NamedItemProxy(this.ctx, () => this.find(name), name, true);
  }
  /** A name referring to a Range of one area (ASSUMPTION 9: a string reference is not modelled). */
  add(name: string, reference: RangeProxy | string): NamedItemProxy {
    if (!this.ctx.standIn.supports('1.4')) throw new StandInError('ApiNotFound', 'NamedItemCollection.add needs ExcelApi 1.4');
    if (typeof reference === 'string') throw new StandInError('InvalidArgument', 'the stand-in models names.add with a Range only');
    this.ctx.enqueue({ addName: name, reference: reference['path'] }, () => {
      structureWritable(this.ctx.standIn, `add the name ${name}`);
      if (!validName(name)) throw new StandInError('InvalidArgument', `not a valid name: ${name}`);
      if (this.find(name)) throw new StandInError('ItemAlreadyExists', name);
      const sheet = reference.sheet.resolve();
      if (!sheet) throw new StandInError('ItemNotFound', reference.sheet['path']);
      const areas = reference.areas();
      if (areas.length !== 1) throw new StandInError('InvalidArgument', 'a name refers to one area here');
      const a = areas[0]!;
      const abs = (row: number, col: number) => a1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
      const address = a.top === a.bottom && a.left === a.right ? abs(a.top, a.left) : `${abs(a.top, a.left)}:${abs(a.bottom, a.right)}`;
      this.ctx.standIn.names.push({ name, sheet, address, visible: true });
    });
    return this.getItem(name);
  }
}

class NamedItemProxy extends ApiObject {
  constructor(
    ctx: Context,
    private readonly resolve: () => NameModel | undefined,
    name: string,
    private readonly orNull = false,
  ) {
    super(ctx, `name(${name})`);
  }
  private model(): NameModel {
    const n = this.resolve();
    if (!n) throw new StandInError('ItemNotFound', this.path);
    return n;
  }
  protected override scalar(name: string): unknown {
    switch (name) {
      case 'isNullObject':
        if (!this.orNull) return super.scalar(name);
        return this.resolve() === undefined;
      case 'name':
        return this.model().name;
      case 'formula':
        if (!this.ctx.standIn.supports('1.7')) throw new StandInError('ApiNotFound', 'NamedItem.formula needs ExcelApi 1.7');
        return nameFormula(this.model());
      case 'visible':
        return this.model().visible;
      case 'type':
        return this.model().sheet ? 'Range' : 'Error';
      case 'value': {
        const n = this.model();
        return n.sheet ? `${quoteSheet(n.sheet.name)}!${n.address}` : '#REF!';
      }
      default:
        return super.scalar(name);
    }
  }
  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(value: boolean) {
    this.ctx.enqueue({ set: `${this.path}.visible`, value }, () => {
      if (this.ctx.standIn.readOnly) throw new StandInError('AccessDenied', 'read-only workbook');
      this.model().visible = value;
    });
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  delete(): void {
    if (!this.ctx.standIn.supports('1.4')) throw new StandInError('ApiNotFound', 'NamedItem.delete needs ExcelApi 1.4');
    this.ctx.enqueue({ delete: this.path }, () => {
      structureWritable(this.ctx.standIn, `delete the name ${this.path}`);
      const n = this.model();
      this.ctx.standIn.names.splice(this.ctx.standIn.names.indexOf(n), 1);
    });
  }
}

class ProtectionProxy extends ApiObject {
  constructor(
    ctx: Context,
    private readonly sheet: WorksheetProxy,
  ) {
    super(ctx, 'protection');
  }
  protected override scalar(name: string): unknown {
    if (name === 'protected') return this.sheet.resolve()!.protected;
    return super.scalar(name);
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

// ----------------------------------------------------------------------------------------------- ranges

class RangeProxy extends ApiObject {
  constructor(
    ctx: Context,
    readonly sheet: WorksheetProxy,
    readonly areas: () => Area[],
    label: string,
  ) {
    super(ctx, `range(${label})`);
  }
  private cellsOf(write: boolean): { sheet: SheetModel; row: number; col: number }[] {
    const sheet = write ? this.sheet.writable() : this.sheet.resolve()!;
    const out: { sheet: SheetModel; row: number; col: number }[] = [];
    for (const a of this.areas()) {
      // Whole rows or columns: only cells that exist.
      if (a.bottom - a.top > 100_000 || a.right - a.left > 10_000) {
        for (const key of [...sheet.cells.keys()]) {
          const [r, c] = key.split(',').map(Number) as [number, number];
          if (r >= a.top && r <= a.bottom && c >= a.left && c <= a.right) out.push({ sheet, row: r, col: c });
        }
        continue;
      }
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push({ sheet, row: r, col: c });
    }
    return out;
  }
  private grid<T>(pick: (c: CellModel | undefined) => T): T[][] {
    const a = this.areas()[0];
    if (!a) return [];
    const sheet = this.sheet.resolve()!;
    return Array.from({ length: a.bottom - a.top + 1 }, (_, r) => Array.from({ length: a.right - a.left + 1 }, (_, c) => pick(sheet.peek(a.top + r, a.left + c))));
  }
  protected override scalar(name: string): unknown {
    const a = this.areas()[0];
    // A null object (the used range of an empty sheet) loads, and its properties read as null.
    if (a === undefined && name !== 'isNullObject') return null;
    switch (name) {
      case 'isNullObject':
        return a === undefined;
      case 'values':
        return this.grid((c) => (c?.formula !== undefined ? '' : (c?.value ?? '')));
      case 'formulas':
        return this.grid((c) => (c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? '')));
      case 'numberFormat':
        // As Excel: each cell's format code, General where none was set.
        return this.grid((c) => c?.numberFormat ?? 'General');
      case 'rowIndex':
        return a!.top;
      case 'columnIndex':
        return a!.left;
      case 'columnCount':
        return a!.right - a!.left + 1;
      case 'rowCount':
        return a!.bottom - a!.top + 1;
      case 'rowHidden': {
        // As Excel: true when every row of the range is hidden, false when none is, null when some are.
        if (!this.ctx.standIn.supports('1.2')) throw new StandInError('ApiNotFound', 'Range.rowHidden needs ExcelApi 1.2');
        const hidden = this.sheet.resolve()!.hiddenRows;
        let count = 0;
        for (let r = a!.top; r <= a!.bottom; r++) if (hidden.has(r)) count++;
        return count === 0 ? false : count === a!.bottom - a!.top + 1 ? true : null;
      }
      case 'columnHidden': {
        // As Excel: true when every column of the range is hidden, false when none is, null when some are.
        if (!this.ctx.standIn.supports('1.2')) throw new StandInError('ApiNotFound', 'Range.columnHidden needs ExcelApi 1.2');
        const hidden = this.sheet.resolve()!.hiddenColumns;
        let count = 0;
        for (let c = a!.left; c <= a!.right; c++) if (hidden.has(c)) count++;
        return count === 0 ? false : count === a!.right - a!.left + 1 ? true : null;
      }
      case 'address':
        return `${this.sheet.resolve()!.name}!${a1(a!.top, a!.left)}:${a1(a!.bottom, a!.right)}`;
      default:
        return super.scalar(name);
    }
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get values(): Value[][] {
    return this.read('values');
  }
  get formulas(): Value[][] {
    return this.read('formulas');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get columnHidden(): boolean {
    return this.read('columnHidden');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get rowHidden(): boolean {
    return this.read('rowHidden');
  }
  /** The range's row `index` (0-based within it); out of the range Excel refuses it at sync. */
  getRow(index: number): RangeProxy {
    return new RangeProxy(
      this.ctx,
      this.sheet,
      () => {
        const a = this.areas()[0]!;
        if (index < 0 || index > a.bottom - a.top) throw new StandInError('InvalidArgument', `row ${index} of ${this.path}`);
        return [{ top: a.top + index, left: a.left, bottom: a.top + index, right: a.right }];
      },
      `${this.path}.row(${index})`,
    );
  }
  /** The range's column `index` (0-based within it); out of the range Excel refuses it at sync. */
  getColumn(index: number): RangeProxy {
    return new RangeProxy(
      this.ctx,
      this.sheet,
      () => {
        const a = this.areas()[0]!;
        if (index < 0 || index > a.right - a.left) throw new StandInError('InvalidArgument', `column ${index} of ${this.path}`);
        return [{ top: a.top, left: a.left + index, bottom: a.bottom, right: a.left + index }];
      },
      `${this.path}.column(${index})`,
    );
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  set formulas(grid: Value[][]) {
    this.ctx.enqueue({ set: this.path, formulas: grid }, () => {
      const a = this.areas()[0]!;
      const sheet = this.sheet.writable();
      if (grid.length !== a.bottom - a.top + 1 || grid.some((r) => r.length !== a.right - a.left + 1)) throw new StandInError('InvalidArgument', `formulas do not fit ${this.path}`);
      grid.forEach((line, r) =>
        line.forEach((v, c) => {
          store(sheet.cell(a.top + r, a.left + c), v);
        }),
      );
    });
  }
  set values(grid: Value[][]) {
    this.formulas = grid;
  }
  set numberFormat(grid: string[][]) {
    this.ctx.enqueue({ set: this.path, numberFormat: grid }, () => {
      const a = this.areas()[0]!;
      const sheet = this.sheet.writable();
      grid.forEach((line, r) => line.forEach((f, c) => (sheet.cell(a.top + r, a.left + c).numberFormat = f)));
    });
  }
  set columnHidden(hidden: boolean) {
    if (!this.ctx.standIn.supports('1.2')) throw new StandInError('ApiNotFound', 'Range.columnHidden needs ExcelApi 1.2');
    this.ctx.enqueue({ set: this.path, columnHidden: hidden }, () => {
      const sheet = this.sheet.writable();
      for (const a of this.areas()) {
        for (let c = a.left; c <= Math.min(a.right, a.left + 100); c++) {
          if (hidden) sheet.hiddenColumns.add(c);
          else sheet.hiddenColumns.delete(c);
        }
      }
    });
  }
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.enqueue({ set: this.path, hyperlink: link }, () => {
      const cells = this.cellsOf(true);
      for (const c of cells) c.sheet.cell(c.row, c.col).hyperlink = link;
      // ASSUMPTION 7: the display text is typed into the top-left cell; without one the cell keeps its value.
      const first = cells[0];
      if (first && link.textToDisplay !== undefined) store(first.sheet.cell(first.row, first.col), link.textToDisplay);
    });
  }
  get format(): FormatProxy {
    return new FormatProxy(this.ctx, this, 'format');
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.ctx, this);
  }
  clear(_applyTo?: string): void {
    this.ctx.enqueue({ clear: this.path }, () => {
      for (const c of this.cellsOf(true)) c.sheet.cells.delete(`${c.row},${c.col}`);
    });
  }
  select(): void {
    this.ctx.enqueue({ select: this.path }, () => {
      const a = this.areas()[0]!;
      this.ctx.standIn.selection = `${this.sheet.resolve()!.name}!${a1(a.top, a.left)}`;
    });
  }
  /** For format proxies: apply a property to every cell, or to columns. */
  applyFormat(key: string, value: unknown): void {
    if (key === 'format.rowHeight' && !this.ctx.standIn.supports('1.2')) throw new StandInError('ApiNotFound', 'RangeFormat.rowHeight needs ExcelApi 1.2');
    if (key === 'format.useStandardHeight' && !this.ctx.standIn.supports('1.7')) throw new StandInError('ApiNotFound', 'RangeFormat.useStandardHeight needs ExcelApi 1.7');
    this.ctx.enqueue({ set: `${this.path}.${key}`, value }, () => {
      if (key === 'format.rowHeight' || key === 'format.useStandardHeight') {
        // ASSUMPTION 12: Excel's limit, 0 to 409 points, which the declarations do not state; `useStandardHeight =
        // false` does nothing (its declaration).
        if (key === 'format.rowHeight' && (typeof value !== 'number' || value < 0 || value > 409)) throw new StandInError('InvalidArgument', `row height ${String(value)}`);
        const sheet = this.sheet.writable();
        for (const a of this.areas()) {
          for (let r = a.top; r <= Math.min(a.bottom, a.top + 10_000); r++) {
            if (key === 'format.rowHeight') sheet.rowHeights.set(r, value as number);
            else if (value === true) sheet.rowHeights.delete(r);
          }
        }
        return;
      }
      if (key === 'format.columnWidth') {
        const sheet = this.sheet.writable();
        for (const a of this.areas()) for (let c = a.left; c <= Math.min(a.right, a.left + 100); c++) sheet.columnWidths.set(c, value as number);
        return;
      }
      for (const c of this.cellsOf(true)) c.sheet.cell(c.row, c.col).format[key] = value;
    });
  }
  /** The sheet-local address of each area (for conditional formats). */
  areaAddresses(): string {
    return this.areas().map((a) => (a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`)).join(',');
  }
}

/** range.format and its children (font, fill, borders): every assignment becomes a queued write. */
class FormatProxy {
  constructor(ctx: Context, range: RangeProxy, prefix: string) {
    return new Proxy(this, {
      get: (target, prop: string) => {
        if (prop === 'borders') return { getItem: (edge: string) => new FormatProxy(ctx, range, `${prefix}.borders.${edge}`) };
        if (prop === 'font' || prop === 'fill') return new FormatProxy(ctx, range, `${prefix}.${prop}`);
        if (prop in target) return (target as unknown as Record<string, unknown>)[prop];
        throw new StandInError('PropertyNotLoaded', `${prefix}.${prop} is not readable in the stand-in`);
      },
      set: (_target, prop: string, value: unknown) => {
        range.applyFormat(`${prefix}.${prop}`, value);
        return true;
      },
    });
  }
}

// ------------------------------------------------------------------------------------ conditional formats

class ConditionalFormatCollectionProxy extends ApiObject {
  constructor(
    ctx: Context,
    private readonly range: RangeProxy,
  ) {
    super(ctx, `${range['path']}.conditionalFormats`);
  }
  protected override navigate(name: string): ApiObject {
    if (name !== 'items') return super.navigate(name);
    const sheet = this.range.sheet.resolve()!;
    const areas = this.range.areas();
    // ASSUMPTION 10.
    const intersects = (cf: ConditionalFormatModel) =>
      cf.address.split(',').some((addr) => {
        const b = parseAddress(addr);
        return areas.some((a) => b.top <= a.bottom && b.bottom >= a.top && b.left <= a.right && b.right >= a.left);
      });
    const items = sheet.conditionalFormats.filter(intersects).map((cf) => new ConditionalFormatProxy(this.ctx, this.range.sheet, cf.id));
    this.loaded.set('items', items);
    return { snapshot: (paths: readonly string[]) => items.forEach((i) => i.snapshot(paths)) } as unknown as ApiObject;
  }
  get items(): ConditionalFormatProxy[] {
    return this.read('items');
  }
  add(type: 'Custom'): ConditionalFormatProxy {
    const id = this.ctx.standIn.nextId++;
    this.ctx.enqueue({ addConditionalFormat: this.range['path'], type }, () => {
      const sheet = this.range.sheet.writable();
      sheet.conditionalFormats.push({ id, address: this.range.areaAddresses(), type });
    });
    return new ConditionalFormatProxy(this.ctx, this.range.sheet, id);
  }
}

class ConditionalFormatProxy extends ApiObject {
  constructor(
    ctx: Context,
    private readonly sheet: WorksheetProxy,
    private readonly id: number,
  ) {
    super(ctx, `conditionalFormat(${id})`);
  }
  model(): ConditionalFormatModel {
    const cf = this.sheet.resolve()!.conditionalFormats.find((c) => c.id === this.id);
    if (!cf) throw new StandInError('ItemNotFound', this.path);
    return cf;
  }
  protected override scalar(name: string): unknown {
    if (name === 'type') return this.model().type;
    return super.scalar(name);
  }
  protected override navigate(name: string): ApiObject {
    if (name === 'customOrNullObject') {
      const custom = new CustomFormatProxy(this.ctx, this, this.model().type !== 'Custom');
      this.loaded.set('customOrNullObject', custom);
      return custom;
    }
    return super.navigate(name);
  }
  get type(): string {
    return this.read('type');
  }
  get customOrNullObject(): CustomFormatProxy {
    return this.read('customOrNullObject');
  }
  get custom(): CustomFormatProxy {
    return new CustomFormatProxy(this.ctx, this, false);
  }
  delete(): void {
    this.ctx.enqueue({ delete: this.path }, () => {
      const sheet = this.sheet.writable();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c.id !== this.id);
    });
  }
  set(key: 'formula' | 'fill' | 'font', value: string): void {
    this.ctx.enqueue({ set: `${this.path}.${key}`, value }, () => {
      this.sheet.writable();
      this.model()[key] = value;
    });
  }
}

class CustomFormatProxy extends ApiObject {
  constructor(
    ctx: Context,
    private readonly cf: ConditionalFormatProxy,
    private readonly isNull: boolean,
  ) {
    super(ctx, 'custom');
    this.loaded.set('isNullObject', isNull);
  }
  protected override navigate(name: string): ApiObject {
    if (name === 'rule') {
      const rule = new RuleProxy(this.ctx, this.cf, this.isNull);
      this.loaded.set('rule', rule);
      return rule;
    }
    return super.navigate(name);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get rule(): RuleProxy {
    return this.loaded.has('rule') ? this.read('rule') : new RuleProxy(this.ctx, this.cf, this.isNull);
  }
  get format() {
    const cf = this.cf;
    return { fill: { set color(v: string) { cf.set('fill', v); } }, font: { set color(v: string) { cf.set('font', v); } } };
  }
}

class RuleProxy extends ApiObject {
  constructor(
    ctx: Context,
    private readonly cf: ConditionalFormatProxy,
    private readonly isNull: boolean,
  ) {
    super(ctx, 'rule');
  }
  protected override scalar(name: string): unknown {
    if (name === 'formula') return this.isNull ? null : (this.cf.model().formula ?? '');
    return super.scalar(name);
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(value: string) {
    this.cf.set('formula', value);
  }
}

// ----------------------------------------------------------------------------------------------- charts

/** Excel.ChartType as `ChartCollection.add` declares it ("Invalid" left out: no chart has it). */
const CHART_TYPES: ReadonlySet<string> = new Set([
  'ColumnClustered', 'ColumnStacked', 'ColumnStacked100', '3DColumnClustered', '3DColumnStacked',
  '3DColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100', '3DBarClustered', '3DBarStacked',
  '3DBarStacked100', 'LineStacked', 'LineStacked100', 'LineMarkers', 'LineMarkersStacked',
  'LineMarkersStacked100', 'PieOfPie', 'PieExploded', '3DPieExploded', 'BarOfPie', 'XYScatterSmooth',
  'XYScatterSmoothNoMarkers', 'XYScatterLines', 'XYScatterLinesNoMarkers', 'AreaStacked', 'AreaStacked100',
  '3DAreaStacked', '3DAreaStacked100', 'DoughnutExploded', 'RadarMarkers', 'RadarFilled', 'Surface',
  'SurfaceWireframe', 'SurfaceTopView', 'SurfaceTopViewWireframe', 'Bubble', 'Bubble3DEffect', 'StockHLC',
  'StockOHLC', 'StockVHLC', 'StockVOHLC', 'CylinderColClustered', 'CylinderColStacked',
  'CylinderColStacked100', 'CylinderBarClustered', 'CylinderBarStacked', 'CylinderBarStacked100',
  'CylinderCol', 'ConeColClustered', 'ConeColStacked', 'ConeColStacked100', 'ConeBarClustered',
  'ConeBarStacked', 'ConeBarStacked100', 'ConeCol', 'PyramidColClustered', 'PyramidColStacked',
  'PyramidColStacked100', 'PyramidBarClustered', 'PyramidBarStacked', 'PyramidBarStacked100', 'PyramidCol',
  '3DColumn', 'Line', '3DLine', '3DPie', 'Pie', 'XYScatter', '3DArea', 'Area', 'Doughnut', 'Radar',
  'Histogram', 'Boxwhisker', 'Pareto', 'RegionMap', 'Treemap', 'Waterfall', 'Sunburst', 'Funnel',
]);

const isBool = (v: unknown) => typeof v === 'boolean';
const isText = (v: unknown) => typeof v === 'string';
const isSize = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const oneOf =
  (...values: string[]) =>
  (v: unknown) =>
    values.includes(v as string);
const FONT = (prefix: string): Record<string, [string, (v: unknown) => boolean]> => ({
  [`${prefix}font.name`]: ['1.1', isText],
  [`${prefix}font.size`]: ['1.1', isSize],
  [`${prefix}font.bold`]: ['1.1', isBool],
  [`${prefix}font.color`]: ['1.1', isText],
});

/**
 * The chart properties the stand-in lets the host set, with the requirement set their declarations give and the
 * values they declare. Any other path is refused (InvalidArgument): the host is kept to what is modelled here.
 */
const CHART_PROPERTIES: Readonly<Record<string, [string, (v: unknown) => boolean]>> = {
  name: ['1.1', isText],
  width: ['1.1', isSize],
  height: ['1.1', isSize],
  top: ['1.1', isSize],
  left: ['1.1', isSize],
  'title.text': ['1.1', isText],
  'title.visible': ['1.1', isBool],
  ...FONT('title.format.'),
  'legend.position': ['1.1', oneOf('Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom')],
  'legend.visible': ['1.1', isBool],
  ...FONT('legend.format.'),
  ...FONT('format.'),
  'dataLabels.showValue': ['1.1', isBool],
  'dataLabels.showPercentage': ['1.1', isBool],
  'dataLabels.showCategoryName': ['1.1', isBool],
  'dataLabels.showSeriesName': ['1.1', isBool],
  'dataLabels.showLegendKey': ['1.1', isBool],
  'dataLabels.position': ['1.1', oneOf('None', 'Center', 'InsideEnd', 'InsideBase', 'OutsideEnd', 'Left', 'Right', 'Top', 'Bottom', 'BestFit', 'Callout')],
  'dataLabels.numberFormat': ['1.8', isText],
  'axes.categoryAxis.reversePlotOrder': ['1.7', isBool],
  'axes.valueAxis.numberFormat': ['1.8', isText],
  'axes.valueAxis.majorGridlines.visible': ['1.1', isBool],
  ...FONT('axes.categoryAxis.format.'),
  ...FONT('axes.valueAxis.format.'),
};

class ChartCollectionProxy extends ApiObject {
  constructor(
    ctx: Context,
    private readonly sheet: WorksheetProxy,
  ) {
    super(ctx, `${sheet['path']}.charts`);
  }
  protected override navigate(name: string): ApiObject {
    if (name !== 'items') return super.navigate(name);
    const items = this.sheet.resolve()!.charts.map((c) => new ChartProxy(this.ctx, this.sheet, c.id));
    this.loaded.set('items', items);
    return { snapshot: (paths: readonly string[]) => items.forEach((i) => i.snapshot(paths)) } as unknown as ApiObject;
  }
  get items(): ChartProxy[] {
    return this.read('items');
  }
  /** `add(type, sourceData: Range, seriesBy?)` (ExcelApi 1.1): the chart is named `Chart n`, as Excel names them. */
  add(type: string, source: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    if (!CHART_TYPES.has(type)) throw new StandInError('InvalidArgument', `chart type ${type}`);
    if (!['Auto', 'Columns', 'Rows'].includes(seriesBy)) throw new StandInError('InvalidArgument', `seriesBy ${seriesBy}`);
    if (!(source instanceof RangeProxy)) throw new StandInError('InvalidArgument', 'sourceData must be a Range');
    const id = this.ctx.standIn.nextId++;
    this.ctx.enqueue({ addChart: this.path, type, source: source['path'], seriesBy }, () => {
      const sheet = this.sheet.writable();
      // The data must be there to draw (a source on another sheet is allowed in Excel and recorded with its sheet).
      const on = source.sheet.resolve();
      if (!on) throw new StandInError('ItemNotFound', source['path']);
      sheet.charts.push({ id, type, source: on === sheet ? source.areaAddresses() : `${on.name}!${source.areaAddresses()}`, seriesBy, name: `Chart ${id}`, props: {} });
    });
    return new ChartProxy(this.ctx, this.sheet, id);
  }
}

/**
 * A chart: `name` loads; the paths of CHART_PROPERTIES are set (recorded in the model's props), `setPosition` and
 * `delete` queue. Reading anything else, or setting an unlisted path, is refused.
 */
class ChartProxy extends ApiObject {
  constructor(
    ctx: Context,
    private readonly sheet: WorksheetProxy,
    private readonly id: number,
  ) {
    super(ctx, `chart(${id})`);
    const nested = (prefix: string): object =>
      new Proxy(
        {},
        {
          get: (_t, prop: string | symbol) => {
            if (typeof prop === 'symbol') return undefined;
            return nested(`${prefix}${prop}.`);
          },
          set: (_t, prop: string, value: unknown) => {
            this.setPath(`${prefix}${prop}`, value);
            return true;
          },
        },
      );
    return new Proxy(this, {
      get: (target, prop: string | symbol, receiver) => {
        if (typeof prop === 'symbol' || prop in target) return Reflect.get(target, prop, receiver);
        // Not a thenable (a chart handed through a promise is looked at for `then`).
        if (prop === 'then') return undefined;
        if (['title', 'legend', 'dataLabels', 'axes', 'format'].includes(prop)) return nested(`${prop}.`);
        throw new StandInError('PropertyNotLoaded', `${target.path}.${prop} is not readable in the stand-in`);
      },
      set: (target, prop: string, value: unknown) => {
        if (prop in CHART_PROPERTIES) {
          target.setPath(prop, value);
          return true;
        }
        throw new StandInError('InvalidArgument', `Chart.${prop} is not modelled (or not a property)`);
      },
    });
  }
  private setPath(path: string, value: unknown): void {
    const declared = CHART_PROPERTIES[path];
    if (!declared) throw new StandInError('InvalidArgument', `Chart.${path} is not modelled (or not a property)`);
    const [version, valid] = declared;
    if (!this.ctx.standIn.supports(version)) throw new StandInError('ApiNotFound', `Chart.${path} needs ExcelApi ${version}`);
    if (!valid(value)) throw new StandInError('InvalidArgument', `Chart.${path} cannot be ${JSON.stringify(value)}`);
    this.ctx.enqueue({ set: `${this.path}.${path}`, value }, () => {
      this.sheet.writable();
      const model = this.model();
      if (path === 'name') model.name = value as string;
      else model.props[path] = value;
    });
  }
  model(): ChartModel {
    const c = this.sheet.resolve()?.charts.find((x) => x.id === this.id);
    if (!c) throw new StandInError('ItemNotFound', this.path);
    return c;
  }
  protected override scalar(name: string): unknown {
    if (name === 'name') return this.model().name;
    return super.scalar(name);
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.setPath('name', value);
  }
  /** `setPosition(startCell, endCell?)`: cells of the chart's own sheet, a Range or an address. */
  setPosition(start: string | RangeProxy, end?: string | RangeProxy): void {
    const address = (r: string | RangeProxy) => (typeof r === 'string' ? (parseAddress(r), r) : r.areaAddresses());
    const position = end ? `${address(start)}:${address(end)}` : address(start);
    this.ctx.enqueue({ setPosition: this.path, position }, () => {
      this.sheet.writable();
      this.model().props['position'] = position;
    });
  }
  delete(): void {
    this.ctx.enqueue({ delete: this.path }, () => {
      const sheet = this.sheet.writable();
      this.model();
      sheet.charts = sheet.charts.filter((c) => c.id !== this.id);
    });
  }
}

// ----------------------------------------------------------------------------------------------- notes

class NoteCollectionProxy extends ApiObject {
  constructor(
    ctx: Context,
    private readonly sheet: WorksheetProxy,
  ) {
    super(ctx, 'notes');
  }
  protected override navigate(name: string): ApiObject {
    if (name !== 'items') return super.navigate(name);
    const model = this.sheet.resolve()!;
    const items = [...model.notes.keys()].map((address) => new NoteProxy(this.ctx, this.sheet, address));
    this.loaded.set('items', items);
    return { snapshot: (paths: readonly string[]) => items.forEach((i) => i.snapshot(paths)) } as unknown as ApiObject;
  }
  get items(): NoteProxy[] {
    return this.read('items');
  }
  /**
   * The declaration: "The cell to which the note is added. This can be a Range object or a string such as "A1". If
   * the string is invalid, or the range is not a single cell, an InvalidCellAddress error is thrown."
   */
  add(cellAddress: RangeProxy | string, content: string): void {
    const label = typeof cellAddress === 'string' ? cellAddress : cellAddress['path'];
    this.ctx.enqueue({ addNote: label, content }, () => {
      const sheet = this.sheet.writable();
      const local = typeof cellAddress === 'string' ? this.addressOf(cellAddress) : this.cellOf(cellAddress, sheet);
      // ASSUMPTION 8.
      if (sheet.notes.has(local)) throw new StandInError('InvalidOperation', `${local} already has a note`);
      sheet.notes.set(local, content);
    });
  }
  /** A string such as "A1", and nothing else (ASSUMPTION 8: no sheet name, which the declarations do not promise). */
  private addressOf(address: string): string {
    if (!/^[A-Za-z]{1,3}[1-9]\d*$/.test(address)) throw new StandInError('InvalidCellAddress', `not a cell address such as "A1": ${address}`);
    return address.toUpperCase();
  }
  private cellOf(range: RangeProxy, sheet: SheetModel): string {
    const areas = range.areas();
    const a = areas[0];
    if (areas.length !== 1 || !a || a.top !== a.bottom || a.left !== a.right) throw new StandInError('InvalidCellAddress', `${range['path']} is not a single cell`);
    // ASSUMPTION 8.
    if (range.sheet.resolve() !== sheet) throw new StandInError('InvalidArgument', `${range['path']} is on another sheet`);
    return a1(a.top, a.left);
  }
}

class NoteProxy extends ApiObject {
  constructor(
    ctx: Context,
    private readonly sheet: WorksheetProxy,
    private readonly address: string,
  ) {
    super(ctx, `note(${address})`);
  }
  protected override scalar(name: string): unknown {
    const notes = this.sheet.resolve()!.notes;
    if (name === 'isNullObject') return !notes.has(this.address);
    if (name === 'content') return notes.get(this.address) ?? null;
    return super.scalar(name);
  }
  override load(props: string): this {
    return super.load(`${props},isNullObject`);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get content(): string {
    return this.read('content');
  }
  set content(value: string) {
    this.ctx.enqueue({ set: this.path, content: value }, () => {
      this.sheet.writable().notes.set(this.address, value);
    });
  }
  delete(): void {
    this.ctx.enqueue({ delete: this.path }, () => {
      this.sheet.writable().notes.delete(this.address);
    });
  }
}

// -------------------------------------------------------------------------------------------- the stand-in

export class ExcelStandIn {
  readonly sheets: SheetModel[] = [];
  readonly names: NameModel[] = [];
  readOnly = false;
  /** The workbook's structure is protected (审阅 → 保护工作簿). */
  structureProtected = false;
  editMode = false;
  /** ASSUMPTION 11, a test device: the error Excel gives for this queued operation (its JSON description), if any. */
  failWhen?: (operation: unknown) => StandInError | undefined;
  active?: string;
  selection?: string;
  nextId = 1;
  /** Bytes of each request, one per sync, in order. */
  readonly requests: number[] = [];
  /** ASSUMPTION 13: the largest response Excel gives; Excel on the web's 5 MB by default. */
  responseLimit = 5 * 1024 * 1024;
  /** Syncs per Excel.run, in order. */
  readonly runs: number[] = [];

  constructor(readonly apiVersion = '1.18') {}

  supports(version: string): boolean {
    const [a, b] = version.split('.').map(Number) as [number, number];
    const [x, y] = this.apiVersion.split('.').map(Number) as [number, number];
    return x > a || (x === a && y >= b);
  }

  addSheet(name: string, rows: readonly (readonly Value[])[] = []): SheetModel {
    const s = new SheetModel(name);
    s.setRows(rows);
    this.sheets.push(s);
    return s;
  }

  /** A workbook-scoped name referring to a cell of a sheet (setting up a workbook saved with marks). */
  addName(name: string, sheet: string, address = '$A$1'): NameModel {
    const n = { name, sheet: this.sheet(sheet), address, visible: true };
    this.names.push(n);
    return n;
  }

  /** Renames a sheet as the user does in Excel: names that refer to it follow. */
  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
  }

  /** ASSUMPTION 10: exactly, where Excel ignores case. */
  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheet(name: string): SheetModel {
    const s = this.findSheet(name);
    if (!s) throw new StandInError('ItemNotFound', `worksheet ${name}`);
    return s;
  }

  recordSync(bytes: number): void {
    this.requests.push(bytes);
    this.runs[this.runs.length - 1]!++;
  }

  get syncs(): number {
    return this.requests.length;
  }

  environment(): OfficeEnvironment {
    return {
      run: async (batch) => {
        this.runs.push(0);
        const context = new Context(this);
        const result = await batch(context as unknown as Excel.RequestContext);
        if (context.queue.length > 0) await context.sync();
        return result;
      },
      isSetSupported: (_name, version) => this.supports(version),
    };
  }
}
