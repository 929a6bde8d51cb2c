/** Pieces every table reader shares: the unit (or the problem of its absence) and the model's frame. */
import { cellAt, isBlank, isColumnHidden, isRowHidden, mergeAt, SheetGrid } from '../../grid/cell';
import { normalizeText } from '../../grid/normalize';
import { isNumeric } from '../../grid/number';
import { cellRef, toA1 } from '../../grid/address';
import type { CellRef } from '../../grid/address';
import type { Unit } from '../../grid/money';
import { place, ProblemLog } from '../problems';
import type { ColumnModel, RowModel, TableModel, TextCell } from '../model';
import type { BlockTableSpec, ThreePublicCostsSpec } from '../spec';
import { HeaderRegion, isColumnNumberRow, UNIT_IN_BRACKETS } from './header';
import type { TableLocation } from './location';

/** The unit a figure column's header labels state: in its own cells, or in a label merged over it (`金额（元）`). */
function columnLabelUnit(sheet: SheetGrid, header: HeaderRegion, col: number): Unit | undefined {
  for (let r = header.headerTop; r <= header.headerBottom; r++) {
    const area = mergeAt(sheet, r, col);
    const v = area ? cellAt(sheet, area.top, area.left) : cellAt(sheet, r, col);
    const unit = typeof v === 'string' ? UNIT_IN_BRACKETS.exec(normalizeText(v))?.[1] : undefined;
    if (unit !== undefined) return unit as Unit;
  }
  return undefined;
}

/**
 * The unit the figure columns' labels state (`决算数（元）`), when every one of them states the same: a table without
 * a unit line may say it there. One label alone (`其他收入（元）`) says nothing of the others: read as 元, the whole
 * table would be published ten thousand times too small.
 */
function labelledUnit(sheet: SheetGrid, header: HeaderRegion, figureColumns: readonly number[]): Unit | undefined {
  let found: Unit | undefined;
  for (const col of figureColumns) {
    const unit = columnLabelUnit(sheet, header, col);
    if (unit === undefined || (found !== undefined && unit !== found)) return undefined;
    found = unit;
  }
  return found;
}

/** The table's unit: its unit line's, else its figure columns' labels'; without either, 万元 and a problem at the title. */
export function tableUnit(sheet: SheetGrid, header: HeaderRegion, figureColumns: readonly number[], titleCell: CellRef, title: string, log: ProblemLog): Unit {
  if (header.unit) return header.unit;
  const labelled = labelledUnit(sheet, header, figureColumns);
  if (labelled) return labelled;
  log.at('no-unit', titleCell, `${place(titleCell)}的《${title}》下方找不到金额单位（如“单位：万元”），已按万元读取：请在标题下补上单位。`);
  return '万元';
}

/**
 * A hidden column left for a visible one of the same 栏目 (last year's figures kept out of sight in a sheet copied
 * forward): said at the hidden column's header, with what to do if the hidden one holds this year's figures.
 */
export function hiddenCopyLeft(log: ProblemLog, hiddenCell: CellRef, label: string, visibleCell: CellRef): void {
  const visible = toA1(visibleCell.row, visibleCell.col);
  log.at(
    'unknown-column',
    hiddenCell,
    `${place(hiddenCell)}的列“${label}”已隐藏，与${visible}的可见列栏目相同，已读取${visible}所在的可见列：如隐藏的列才是本年数，请取消隐藏并删除${visible}所在的列；如是上年数，可删除隐藏的列。`,
  );
}

/** A hidden row left for a visible one below it that the table reads in its place (a row copied forward, then hidden). */
export function hiddenRowLeft(log: ProblemLog, hiddenCell: CellRef, name: string, title: string, visibleRow: number): void {
  const n = visibleRow + 1;
  log.at(
    'duplicate-row',
    hiddenCell,
    `${place(hiddenCell)}的行“${name}”已隐藏，与第 ${n} 行（可见）在《${title}》中重复，已读取可见的第 ${n} 行：如隐藏的行才是本年数，请取消隐藏并删除第 ${n} 行；如是上年数，可删除隐藏的行。`,
  );
}

/**
 * The last column a table's rows go on to right of `right` (its header's last column), with no header text over them:
 * the columns with content on rows `top` to `to`, up to two blank columns in a row (a spacer column between a table's
 * column pairs is no end). A column of figures there, unread, was silent: no header, so no column of the table's.
 */
export function rightOfHeader(sheet: SheetGrid, right: number, top: number, to: number): number {
  let last = right;
  for (let c = right + 1, blanks = 0; blanks < 2; c++) {
    let filled = false;
    let beyond = true;
    for (let r = top; r <= to && !filled; r++) {
      const cells = sheet.rows[r];
      if (cells === undefined || cells.length <= c) continue;
      beyond = false;
      filled = !isBlank(cells[c] ?? null);
    }
    if (beyond) break;
    if (filled) {
      last = c;
      blanks = 0;
    } else blanks++;
  }
  return last;
}

/** What saying a column of figures a table's reader does not read needs (sayUnreadColumn). */
export interface UnreadColumns {
  readonly sheet: SheetGrid;
  readonly log: ProblemLog;
  /** The rows the table's figures are read from, first and last. */
  readonly from: number;
  readonly to: number;
  /** Of `from` to `to`, only these rows (a form's rows read, not what repeats its top among them). */
  readonly only?: ReadonlySet<number>;
  /** What the column is not under, as the message says it (`《title》任何一部分的栏目`). */
  readonly under: string;
  /** How many figures the column holds, at least, to be said. */
  readonly least: number;
}

/**
 * Says column `col` as a column of figures the table's reader does not read, where it holds `least` figures or more on
 * the table's rows (栏次 rows, hidden rows and a hidden column aside), naming its cells and its header (`path`; none:
 * a column with no header text). Gives whether it was said.
 */
export function sayUnreadColumn(scan: UnreadColumns, col: number, path: readonly string[]): boolean {
  const { sheet, log } = scan;
  if (isColumnHidden(sheet, col)) return false;
  const rows: number[] = [];
  for (let r = scan.from; r <= scan.to; r++) {
    const v = cellAt(sheet, r, col);
    if (typeof v !== 'number' && !(typeof v === 'string' && isNumeric(v))) continue;
    if ((scan.only && !scan.only.has(r)) || isRowHidden(sheet, r) || isColumnNumberRow(sheet, r)) continue;
    rows.push(r);
  }
  if (rows.length === 0 || rows.length < scan.least) return false;
  const first = cellRef(sheet.name, rows[0]!, col);
  const named = path.length > 0 ? `（表头“${path.join('/')}”）` : '（没有表头）';
  const cells = rows.length === 1 ? `${place(first)}的数字` : `${place(first)}至${toA1(rows[rows.length - 1]!, col)}这一列的 ${rows.length} 个数字`;
  log.at(
    'unknown-column',
    first,
    `${cells}${named}不在${scan.under}之下，未读取：如是这张表的数字，请按模板把它们放回对应的行和栏目（或把表头改回模板的文字）；如不是，请移到表外。`,
  );
  return true;
}

export function headerNotFound(log: ProblemLog, titleCell: CellRef, title: string, reason: string): void {
  log.at('unmatched-header', titleCell, `${place(titleCell)}是《${title}》的标题，但${reason}：请保留模板的表头。`);
}

export function tableModel(
  spec: BlockTableSpec | ThreePublicCostsSpec,
  sheet: SheetGrid,
  at: TableLocation,
  header: HeaderRegion,
  parts: {
    readonly unit: Unit;
    readonly bottom: number;
    readonly columns: readonly ColumnModel[];
    readonly printedAsParts?: readonly ColumnModel[];
    readonly rows: readonly RowModel[];
    readonly notes?: readonly TextCell[];
  },
): TableModel {
  return {
    code: spec.code as TableModel['code'],
    id: spec.id as TableModel['id'],
    title: spec.titles[0]!,
    sheet: sheet.name,
    titleCell: { sheet: sheet.name, row: at.titleRow, col: at.titleCol },
    range: { sheet: sheet.name, top: at.titleRow, left: Math.min(header.left, at.titleCol), bottom: parts.bottom, right: header.right },
    unit: parts.unit,
    ...(header.unit === parts.unit && header.unitCell ? { unitCell: header.unitCell } : {}),
    ...(header.department ? { department: header.department } : {}),
    columns: parts.columns,
    ...(parts.printedAsParts && parts.printedAsParts.length > 0 ? { printedAsParts: parts.printedAsParts } : {}),
    rows: parts.rows,
    notes: parts.notes ?? [],
  };
}
