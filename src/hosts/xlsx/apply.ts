/**
 * Applying a plan to an ExcelJS workbook (the command line, the web page). Formula cells get the engine's
 * value as their cached result, so the file reads right even where nothing recalculates it.
 */
import ExcelJS from 'exceljs';
import type { Plan, PlanCell, PlanOp } from '../../engine/plan/plan';
import { XLSX_STYLES } from './styles';

function writeCell(cell: ExcelJS.Cell, planned: PlanCell): void {
  if (planned.formula !== undefined) {
    const result = planned.value === undefined || planned.value === null || planned.value === '' ? undefined : planned.value;
    cell.value = result === undefined ? { formula: planned.formula, date1904: false } : { formula: planned.formula, result, date1904: false } as ExcelJS.CellFormulaValue;
  } else {
    cell.value = planned.value === undefined || planned.value === '' ? null : planned.value;
  }
  const style = planned.style ? XLSX_STYLES[planned.style] : undefined;
  if (style) {
    if (style.font) cell.font = style.font;
    if (style.fill) cell.fill = style.fill;
    if (style.border) cell.border = style.border;
    if (style.numFmt) cell.numFmt = style.numFmt;
    if (style.alignment) cell.alignment = style.alignment;
  }
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`plan refers to a sheet that does not exist: ${name}`);
  return ws;
}

function applyOp(wb: ExcelJS.Workbook, op: PlanOp): void {
  switch (op.op) {
    case 'ensureSheet':
      if (!wb.getWorksheet(op.sheet)) wb.addWorksheet(op.sheet);
      return;
    case 'setCells': {
      const ws = sheetOf(wb, op.sheet);
      op.cells.forEach((line, r) =>
        line.forEach((planned, c) => {
          if (planned) writeCell(ws.getCell(op.row + r + 1, op.col + c + 1), planned);
        }),
      );
      return;
    }
    case 'clearRange': {
      const ws = sheetOf(wb, op.sheet);
      for (let r = op.top; r <= op.bottom; r++) {
        for (let c = op.left; c <= op.right; c++) {
          const cell = ws.getCell(r + 1, c + 1);
          cell.value = null;
          cell.style = {};
        }
      }
      return;
    }
    case 'setColumnWidths': {
      const ws = sheetOf(wb, op.sheet);
      op.widths.forEach((w, c) => {
        if (w !== undefined) ws.getColumn(c + 1).width = w;
      });
      return;
    }
  }
}

export function applyPlan(wb: ExcelJS.Workbook, plan: Plan): void {
  for (const op of plan.ops) applyOp(wb, op);
}

export async function writeXlsx(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
