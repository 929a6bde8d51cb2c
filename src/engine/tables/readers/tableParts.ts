/** Pieces every table reader shares: the unit (or the problem of its absence) and the model's frame. */
import { cellAt, SheetGrid } from '../../grid/cell';
import { normalizeText } from '../../grid/normalize';
import type { CellRef } from '../../grid/address';
import type { Unit } from '../../grid/money';
import { place, ProblemLog } from '../problems';
import type { ColumnModel, RowModel, TableModel, TextCell } from '../model';
import type { BlockTableSpec, ThreePublicCostsSpec } from '../spec';
import type { HeaderRegion } from './header';
import type { TableLocation } from './location';

// A unit in brackets closing a header label: `决算数（元）`, `金额(万元)` over the figure columns.
const LABEL_UNIT = /\((万元|千元|元)\)$/;

/**
 * The unit the header's labels state, when they all state the same one: a table without a unit line may say it
 * there. Read as 万元, figures in 元 would be published ten thousand times too large.
 */
function labelledUnit(sheet: SheetGrid, header: HeaderRegion): Unit | undefined {
  let found: Unit | undefined;
  for (let r = header.headerTop; r <= header.headerBottom; r++) {
    for (let c = header.left; c <= header.right; c++) {
      const v = cellAt(sheet, r, c);
      const unit = typeof v === 'string' ? (LABEL_UNIT.exec(normalizeText(v))?.[1] as Unit | undefined) : undefined;
      if (unit === undefined) continue;
      if (found !== undefined && found !== unit) return undefined;
      found = unit;
    }
  }
  return found;
}

/** The table's unit: its unit line's, else its header labels'; without either, 万元 and a problem at the title. */
export function tableUnit(sheet: SheetGrid, header: HeaderRegion, titleCell: CellRef, title: string, log: ProblemLog): Unit {
  if (header.unit) return header.unit;
  const labelled = labelledUnit(sheet, header);
  if (labelled) return labelled;
  log.at('no-unit', titleCell, `${place(titleCell)}的《${title}》下方找不到金额单位（如“单位：万元”），已按万元读取：请在标题下补上单位。`);
  return '万元';
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
    ...(header.department ? { department: header.department } : {}),
    columns: parts.columns,
    rows: parts.rows,
    notes: parts.notes ?? [],
  };
}
