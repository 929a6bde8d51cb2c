/**
 * The header labels of a 自评表's rows, each cell folded once (headerLabel), and where each label stands: the reader
 * asks a form for a dozen labels, row by row, and searching cell by cell folded a 自评表 of 250 rows a dozen times over
 * (≈30 ms of a one-file `check`, run before the code is compiled). The forms stacked in a 自评表's rows are views of
 * its labels, folded once.
 */
import { cellAt, cellText, isBlank, isColumnHidden, isRowHidden, rowWidth, SheetGrid } from '../../grid/cell';
import { headerLabel } from './header';

/** A cell's place as one number, in reading order (row by row, left to right): Excel's sheet is 16,384 wide. */
const WIDE = 16_384;

/** The header labels of a sheet's rows `top` to `end`, each folded once, and where each label stands. */
interface Folded {
  readonly rows: readonly (readonly string[])[];
  /** Each label's places (labelKey), in reading order. */
  readonly places: ReadonlyMap<string, readonly number[]>;
}

/** A label and its value in one cell (`项目名称：12345云呼叫中心…`, `主管部门：…`), as some forms write the form's top. */
const INLINE_LABEL = /^(项目名称|主管部门|实施单位):(.+)$/s;

/** The label a folded cell is found by: 项目名称 of `项目名称：12345…` (a label and its value in one cell), else the cell's. */
function labelKey(folded: string): string {
  return folded.includes(':') ? (INLINE_LABEL.exec(folded)?.[1] ?? folded) : folded;
}

function fold(sheet: SheetGrid, top: number, end: number): Folded {
  const rows: string[][] = [];
  const places = new Map<string, number[]>();
  for (let r = top; r < end; r++) {
    const row: string[] = [];
    for (let c = 0; c < rowWidth(sheet, r); c++) {
      const v = cellAt(sheet, r, c);
      const whole = (row[c] = isBlank(v) ? '' : headerLabel(cellText(v)));
      if (!whole) continue;
      const l = labelKey(whole);
      const at = places.get(l);
      if (at) at.push(r * WIDE + c);
      else places.set(l, [r * WIDE + c]);
    }
    rows[r] = row;
  }
  return { rows, places };
}

/** Up to this many rows `find` reads the rows' own labels; beyond, the places of the labels it is asked for. */
const FIND_IN_ROWS = 4;

/**
 * The header labels of the form's rows (`top` to `end`), and where each label stands. The forms stacked in a 自评表's
 * rows are views of one sheet's labels, folded once (folded for each form, a one-file `check` of the sample folded
 * every form's cells three times).
 */
export class Labels {
  private constructor(
    readonly sheet: SheetGrid,
    private readonly folded: Folded,
    private readonly top: number,
    private readonly end: number,
  ) {}

  static of(sheet: SheetGrid, top: number, end: number): Labels {
    return new Labels(sheet, fold(sheet, top, end), top, end);
  }

  /** The labels of rows `top` to `end` only, within these. */
  view(top: number, end: number): Labels {
    return new Labels(this.sheet, this.folded, Math.max(top, this.top), Math.min(end, this.end));
  }

  at(r: number, c: number): string {
    return r < this.top || r >= this.end ? '' : (this.folded.rows[r]?.[c] ?? '');
  }

  /** The places of `label` within the rows, in reading order. */
  private placesOfLabel(label: string): readonly number[] {
    const all = this.folded.places.get(label);
    if (all === undefined) return [];
    const [lo, hi] = [this.top * WIDE, this.end * WIDE];
    return all.length > 0 && all[0]! >= lo && all[all.length - 1]! < hi ? all : all.filter((p) => p >= lo && p < hi);
  }

  /**
   * The first cell of rows `from` to `to` (within the form) whose label is one of `wanted`: a shown one before one in
   * a hidden column or row (a hidden copy of a column or of a row, last year's kept out of sight, repeats the form's
   * labels too).
   */
  find(from: number, to: number, wanted: ReadonlySet<string>): { r: number; c: number } | undefined {
    const [top, end] = [Math.max(from, this.top), Math.min(to, this.end)];
    if (end - top <= FIND_IN_ROWS) return this.findInRows(top, end, wanted);
    let first = -1;
    let firstHidden = -1;
    const [lo, hi] = [top * WIDE, end * WIDE];
    for (const label of wanted) {
      for (const place of this.folded.places.get(label) ?? []) {
        if (place < lo || place >= hi) continue;
        if (isColumnHidden(this.sheet, place % WIDE) || isRowHidden(this.sheet, Math.floor(place / WIDE))) {
          if (firstHidden === -1 || place < firstHidden) firstHidden = place;
        } else if (first === -1 || place < first) first = place;
      }
    }
    const found = first === -1 ? firstHidden : first;
    return found === -1 ? undefined : { r: Math.floor(found / WIDE), c: found % WIDE };
  }

  /**
   * `find` over a few rows (most calls ask of one row: is it a form's top, the funds' header, a 合计?): their cells
   * read in order, where going through the places of each label wanted went through every form of the sheet, for
   * every row of it (a dozen labels, a place a form each, ≈ 250 rows in the sample's 自评表).
   */
  private findInRows(top: number, end: number, wanted: ReadonlySet<string>): { r: number; c: number } | undefined {
    let firstHidden: { r: number; c: number } | undefined;
    for (let r = top; r < end; r++) {
      const row = this.folded.rows[r];
      if (row === undefined) continue;
      for (let c = 0; c < row.length; c++) {
        const folded = row[c]!;
        if (folded === '' || !wanted.has(labelKey(folded))) continue;
        // In reading order: the first shown is the first; a hidden one only if none is shown.
        if (!isColumnHidden(this.sheet, c) && !isRowHidden(this.sheet, r)) return { r, c };
        firstHidden ??= { r, c };
      }
    }
    return firstHidden;
  }

  /** Every cell of the form holding one of `wanted`, in reading order. */
  placesOf(wanted: ReadonlySet<string>): { r: number; c: number }[] {
    const out: number[] = [];
    for (const label of wanted) out.push(...this.placesOfLabel(label));
    return out.sort((a, b) => a - b).map((p) => ({ r: Math.floor(p / WIDE), c: p % WIDE }));
  }

  /** The rows of the form, in order, holding one of `wanted`. */
  rowsWith(wanted: ReadonlySet<string>): number[] {
    const rows = new Set<number>();
    for (const label of wanted) for (const p of this.placesOfLabel(label)) rows.add(Math.floor(p / WIDE));
    return [...rows].sort((a, b) => a - b);
  }
}
