/**
 * Applying a plan to an ExcelJS workbook (the command line, the web page). Formula cells get the engine's
 * value as their cached result, so the file reads right even where nothing recalculates it. The plan guard runs
 * first on the workbook as it is: a plan that would write into a sheet of the accountant's writes nothing.
 */
import ExcelJS from 'exceljs';
import type { FlagLevel, OwnedRole, Plan, PlanCell, PlanOp } from '../../engine/plan/plan';
import { FLAG_MARKER, flagFormula, NOTE_TAG } from '../../engine/plan/plan';
import { ownerMarkName, ownerMarkReference, referencedSheet, sameSheetName } from '../../engine/plan/owned';
import { guardPlan, sheetsToRead } from '../../engine/plan/guard';
import { inWriteOrder } from '../../engine/plan/writeOrder';
import { CellContent, cellContent } from '../../engine/plan/cellInput';
import type { WorkbookGrid } from '../../engine/grid/cell';
import { columnLetters, quoteSheetName } from '../../engine/grid/address';
import { definedNamesModel, workbookToGrid } from './read';
import { XLSX_STYLES } from './styles';
import { NO_CHARTS_IN_XLSX } from '../noCharts';
import { putBackSaying } from './keep';

const HIGHLIGHTS: Readonly<Record<FlagLevel, ExcelJS.Style>> = {
  error: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } }, font: { color: { argb: 'FF9C0006' } } } as ExcelJS.Style,
  rounding: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFF2CC' } } } as ExcelJS.Style,
  warning: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFDDEBF7' } } } as ExcelJS.Style,
};

function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join('') : '';
}

function isOurs(cf: ExcelJS.ConditionalFormattingOptions): boolean {
  return cf.rules.some((r) => 'formulae' in r && (r.formulae as unknown[] | undefined)?.some((f) => String(f).includes(FLAG_MARKER)));
}

/**
 * The cell's content as ExcelJS stores it (engine/plan/cellInput.ts decides the kind for every host): ExcelJS stores
 * values rather than typing them, so a string is text whatever its first character, with no text mark.
 */
function storedValue(content: CellContent): ExcelJS.CellValue {
  switch (content.kind) {
    case 'formula':
      return content.result === undefined ? { formula: content.formula, date1904: false } : ({ formula: content.formula, result: content.result, date1904: false } as ExcelJS.CellFormulaValue);
    case 'text':
      return content.text;
    case 'number':
    case 'boolean':
      return content.value;
    case 'empty':
      return null;
  }
}

function writeCell(cell: ExcelJS.Cell, planned: PlanCell): void {
  cell.value = storedValue(cellContent(planned));
  const style = planned.style ? XLSX_STYLES[planned.style] : undefined;
  if (planned.link) {
    const target = `#${quoteSheetName(planned.link.sheet)}!${planned.link.cell}`;
    cell.value = { text: String(planned.value ?? ''), hyperlink: target };
  }
  // A style object of the cell's own: ExcelJS gives every cell of one style in the file the same object, and setting
  // `cell.fill` on it greyed 241 typed cells of the 自评表 beside the one 得分 written.
  if (style) {
    cell.style = {
      ...cell.style,
      ...(style.font ? { font: style.font } : {}),
      ...(style.fill ? { fill: style.fill } : {}),
      ...(style.border ? { border: style.border } : {}),
      ...(style.numFmt ? { numFmt: style.numFmt } : {}),
      ...(style.alignment ? { alignment: style.alignment } : {}),
    };
  }
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`plan refers to a sheet that does not exist: ${name}`);
  return ws;
}

/** Removes the defined names that pass the test (ExcelJS removes a name cell by cell). */
function removeNames(wb: ExcelJS.Workbook, test: (name: string, range: string) => boolean): void {
  for (const n of definedNamesModel(wb)) for (const range of n.ranges) if (test(n.name, range)) wb.definedNames.remove(range, n.name);
}

function markSheet(wb: ExcelJS.Workbook, sheet: string, role: OwnedRole): void {
  // Excel compares names without case: a `_JUESUAN_…` typed by hand is the same name, and two would corrupt the file.
  removeNames(wb, (name) => name.toUpperCase() === ownerMarkName(role).toUpperCase());
  // ExcelJS cannot write a name hidden: it shows in the 名称管理器 as _juesuan_…, which says whose it is.
  wb.definedNames.add(ownerMarkReference(sheet), ownerMarkName(role));
}

function setSheetLayout(ws: ExcelJS.Worksheet, op: Extract<PlanOp, { op: 'setSheetLayout' }>): void {
  if (op.freezeRows !== undefined) {
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: op.freezeRows, topLeftCell: `A${op.freezeRows + 1}`, activeCell: 'A1' }];
  }
  for (const c of op.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  if (op.print) {
    const area = op.print.area;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: op.print.orientation,
      fitToPage: op.print.fitToWidth,
      fitToWidth: 1,
      // 0: as many pages down as the text needs.
      fitToHeight: 0,
      horizontalCentered: op.print.center ?? false,
      ...(op.print.repeatRows ? { printTitlesRow: `${op.print.repeatRows.top + 1}:${op.print.repeatRows.bottom + 1}` } : {}),
      // ExcelJS puts a `$` before each part it is given: `A$1` becomes the absolute `$A$1` Excel and LibreOffice read.
      ...(area ? { printArea: `${columnLetters(area.left)}$${area.top + 1}:${columnLetters(area.right)}$${area.bottom + 1}` } : {}),
    };
  }
}

/** Applies one op; returns what it could not do and why. */
function applyOp(wb: ExcelJS.Workbook, op: PlanOp): string | undefined {
  switch (op.op) {
    case 'ensureSheet':
      if (!wb.getWorksheet(op.sheet)) wb.addWorksheet(op.sheet);
      return;
    case 'markSheet':
      markSheet(wb, op.sheet, op.role);
      return;
    case 'replaceCellText':
      // The value only: the cell keeps its font, fill and number format.
      sheetOf(wb, op.sheet).getCell(op.cell).value = storedValue(cellContent({ value: op.after }));
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
    case 'setRowHeights': {
      const ws = sheetOf(wb, op.sheet);
      op.heights.forEach((h, i) => {
        // Undefined: the row has no height of its own and takes the sheet's standard one.
        ws.getRow(op.row + i + 1).height = (h ?? undefined) as number;
      });
      return;
    }
    case 'setSheetLayout':
      setSheetLayout(sheetOf(wb, op.sheet), op);
      return;
    case 'setCharts':
      // Why the charts are not in the file: said once per plan, in the plan's result.
      return op.charts.length > 0 ? NO_CHARTS_IN_XLSX : undefined;
    case 'deleteSheet': {
      const ws = wb.getWorksheet(op.sheet);
      // A name left pointing at a removed sheet would be a broken reference in Excel.
      removeNames(wb, (_name, range) => sameSheetName(referencedSheet(range) ?? '', op.sheet));
      if (ws) wb.removeWorksheet(ws.id);
      return;
    }
    case 'addHighlights': {
      const ws = sheetOf(wb, op.sheet);
      // ExcelJS keeps the formats in an array its types do not declare.
      const existing = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
      const priority = existing.reduce((m, cf) => Math.max(m, ...cf.rules.map((r) => r.priority ?? 0)), 0) + 1;
      ws.addConditionalFormatting({
        ref: op.cells.join(' '),
        rules: [{ type: 'expression', priority, formulae: [flagFormula(op.level)], style: HIGHLIGHTS[op.level] }],
      });
      return;
    }
    case 'removeHighlights':
      for (const ws of wb.worksheets.filter((w) => op.sheets.includes(w.name))) ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => !isOurs(cf));
      return;
    case 'setNotes': {
      const ws = sheetOf(wb, op.sheet);
      for (const n of op.notes) {
        const cell = ws.getCell(n.cell);
        const existing = noteText(cell);
        // Never over a note of the accountant's own.
        if (existing !== undefined && !existing.startsWith(NOTE_TAG)) continue;
        cell.note = n.text;
      }
      return;
    }
    case 'removeNotes':
      for (const ws of wb.worksheets.filter((w) => op.sheets.includes(w.name))) {
        ws.eachRow({ includeEmpty: true }, (row) =>
          row.eachCell({ includeEmpty: true }, (cell) => {
            // ExcelJS has no API to delete a note: rebuild the cell from its model without the comment, and
            // drop the note object the setter leaves in place.
            if (!noteText(cell)?.startsWith(NOTE_TAG)) return;
            const { comment: _ours, ...model } = cell.model as ExcelJS.CellModel & { comment?: unknown };
            cell.model = model as ExcelJS.CellModel;
            (cell as unknown as { _comment?: unknown })._comment = undefined;
          }),
        );
      }
      return;
  }
}

/**
 * Applies the plan, or throws PlanRefused with nothing written; says what it left out (charts: ExcelJS cannot
 * write them). `before` is the workbook's grid when the caller
 * has just read it from this workbook (the web page's action); otherwise the sheets the guard needs are read here.
 * The plan is written in the write order every host follows (engine/plan/writeOrder.ts): structure, the add-in's
 * sheets, the accountant's sheets last.
 */
export function applyPlan(wb: ExcelJS.Workbook, plan: Plan, before?: WorkbookGrid): { readonly skipped: readonly string[] } {
  const grid = before ?? workbookToGrid(wb, sheetsToRead(plan));
  guardPlan(grid, plan);
  const skipped = new Set<string>();
  for (const op of inWriteOrder(plan, grid).ops) {
    const why = applyOp(wb, op);
    if (why) skipped.add(why);
  }
  return { skipped: [...skipped] };
}

/** The workbook as an .xlsx, with what was kept out of ExcelJS's hands when it was loaded put back (keep.ts). */
export async function writeXlsx(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return (await writeXlsxSaying(wb)).bytes;
}

/** `writeXlsx`, and what of the file it was loaded from the written one does not have (keep.ts), to say. */
export async function writeXlsxSaying(wb: ExcelJS.Workbook): Promise<{ readonly bytes: Uint8Array; readonly lost: readonly string[] }> {
  return putBackSaying(wb, new Uint8Array(await wb.xlsx.writeBuffer()));
}
