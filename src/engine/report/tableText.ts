/**
 * A recognised table as rows of display text (for the .docx and for text output): figures with two decimals
 * in the table's unit, other cells as written, blank rows left out.
 */
import { cellAt, cellText, isBlank, WorkbookGrid } from '../grid/cell';
import { formatAmount, fromFen } from '../grid/money';
import type { ProjectPerformanceModel, TableModel } from '../tables/model';

export interface TableText {
  readonly title: string;
  readonly unit: string;
  readonly rows: readonly (readonly string[])[];
}

export function tableText(grid: WorkbookGrid, table: TableModel | ProjectPerformanceModel): TableText {
  const sheet = grid.sheets.find((s) => s.name === table.sheet);
  const figures = new Map<string, number | null>();
  if ('rows' in table) {
    for (const row of table.rows) for (const f of Object.values(row.figures)) figures.set(`${f.cell.row},${f.cell.col}`, f.fen);
  }
  const rows: string[][] = [];
  if (sheet) {
    // The title row is the document's heading; the table starts below it.
    for (let r = table.range.top + 1; r <= table.range.bottom; r++) {
      const line: string[] = [];
      for (let c = table.range.left; c <= table.range.right; c++) {
        const key = `${r},${c}`;
        if (figures.has(key)) {
          const fen = figures.get(key)!;
          line.push(fen === null ? cellText(cellAt(sheet, r, c)) : formatAmount(fromFen(fen, table.unit)));
        } else line.push(cellText(cellAt(sheet, r, c)).trim());
      }
      if (line.some((t) => !isBlank(t))) rows.push(line);
    }
  }
  return { title: table.title, unit: table.unit, rows };
}
