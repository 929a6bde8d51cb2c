/**
 * Writing plans into the open workbook. Two entry points, each one `Excel.run`:
 *  - `applyPlanToWorkbook(plan)`: 2 syncs — load what the checks and removals need, then every write;
 *  - `act(compute)`: read, compute the plan, write — 3 syncs whatever the workbook size or number of findings:
 *    the sheet list, then every used range with our conditional formats and notes, then every write.
 * Checks come before any write (read-only workbook, protected sheets), so a failure writes nothing. Notes need
 * ExcelApi 1.18 and go only on sheets with no note of the accountant's own (a note's cell is unknown without
 * an extra sync, and adding over an existing note would fail half-way); elsewhere 检查结果 carries the message.
 * Non-contiguous highlights use RangeAreas (1.9) or one format per cell.
 */
import { columnLetters, quoteSheetName, toA1 } from '../../engine/grid/address';
import type { WorkbookGrid } from '../../engine/grid/cell';
import { FLAG_MARKER, flagFormula, NOTE_TAG } from '../../engine/plan/plan';
import type { Plan, PlanCell, PlanOp } from '../../engine/plan/plan';
import { explainOfficeError, HostError, OfficeEnvironment } from './environment';
import { protectedSheetsError, writtenSheets } from '../hostError';
import { gridOf, loadUsedRange } from './read';
import { FLAG_COLOURS, OFFICE_STYLES } from './styles';

export interface ApplyResult {
  /** What was left out, and why, in Chinese. */
  readonly skipped: readonly string[];
}

/** A text that Excel would read as a formula is written with a leading apostrophe, so it stays text. */
function safeValue(v: PlanCell['value']): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' && /^[=+@]/.test(v)) return `'${v}`;
  return v;
}

/** Runs of consecutive defined cells in a row, so each becomes one range write. */
function runs(line: readonly (PlanCell | undefined)[]): { start: number; cells: PlanCell[] }[] {
  const out: { start: number; cells: PlanCell[] }[] = [];
  line.forEach((cell, c) => {
    if (!cell) return;
    const last = out[out.length - 1];
    if (last && last.start + last.cells.length === c) last.cells.push(cell);
    else out.push({ start: c, cells: [cell] });
  });
  return out;
}

function styleCell(range: Excel.Range, name: NonNullable<PlanCell['style']>): void {
  const s = OFFICE_STYLES[name];
  const f = range.format;
  if (s.font?.name) f.font.name = s.font.name;
  if (s.font?.size) f.font.size = s.font.size;
  if (s.font?.bold !== undefined) f.font.bold = s.font.bold;
  if (s.font?.color) f.font.color = s.font.color;
  if (s.fill) f.fill.color = s.fill;
  if (s.wrapText) f.wrapText = true;
  if (s.horizontal) f.horizontalAlignment = s.horizontal;
  if (s.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#BFBFBF';
    }
  }
}

function writeCells(ws: Excel.Worksheet, op: Extract<PlanOp, { op: 'setCells' }>): void {
  op.cells.forEach((line, r) => {
    const row = op.row + r;
    for (const run of runs(line)) {
      const left = op.col + run.start;
      const address = run.cells.length === 1 ? toA1(row, left) : `${toA1(row, left)}:${toA1(row, left + run.cells.length - 1)}`;
      const range = ws.getRange(address);
      // One write per run: formulas for formula cells, values (made safe) for the others.
      range.formulas = [run.cells.map((c) => (c.formula !== undefined ? `=${c.formula}` : safeValue(c.value)))];
      const formats = run.cells.map((c) => (c.style ? (OFFICE_STYLES[c.style].numberFormat ?? 'General') : 'General'));
      if (formats.some((f) => f !== 'General')) range.numberFormat = [formats];
      run.cells.forEach((c, i) => {
        const cell = run.cells.length === 1 ? range : ws.getRange(toA1(row, left + i));
        if (c.style) styleCell(cell, c.style);
        if (c.link) cell.hyperlink = { documentReference: `${quoteSheetName(c.link.sheet)}!${c.link.cell}`, textToDisplay: String(c.value ?? '') };
      });
    }
  });
}

/** What the removals need, loaded before any write. */
interface Prepared {
  readonly formats: Map<string, Excel.ConditionalFormatCollection>;
  readonly notes: Map<string, Excel.NoteCollection>;
}

function prepare(sheets: Excel.WorksheetCollection, names: Iterable<string>, withNotes: boolean): Prepared {
  const formats = new Map<string, Excel.ConditionalFormatCollection>();
  const notes = new Map<string, Excel.NoteCollection>();
  for (const name of names) {
    const ws = sheets.getItem(name);
    const cfs = ws.getRange().conditionalFormats;
    cfs.load('items/type,items/customOrNullObject/rule/formula');
    formats.set(name, cfs);
    if (withNotes) {
      const list = ws.notes;
      list.load('items/content');
      notes.set(name, list);
    }
  }
  return { formats, notes };
}

function check(plan: Plan, wb: Excel.Workbook, readOnlyKnown: boolean, sheets: Excel.WorksheetCollection): void {
  if (readOnlyKnown && wb.readOnly) throw new HostError('工作簿是只读的：请另存为可编辑的副本后再试。没有写入任何内容。');
  const locked = [...writtenSheets(plan)].filter((name) => sheets.items.find((s) => s.name === name)?.protection.protected);
  if (locked.length > 0) {
    throw protectedSheetsError(locked);
  }
}

function write(context: Excel.RequestContext, plan: Plan, prepared: Prepared, env: OfficeEnvironment, existing: Set<string>): string[] {
  const sheets = context.workbook.worksheets;
  const notes = env.isSetSupported('ExcelApi', '1.18');
  const rangeAreas = env.isSetSupported('ExcelApi', '1.9');
  const skipped: string[] = [];
  // Sheets with a note of the accountant's own get no notes of ours.
  const userNotes = new Set([...prepared.notes].filter(([, list]) => list.items.some((n) => !n.content.startsWith(NOTE_TAG))).map(([s]) => s));
  for (const op of plan.ops) {
    switch (op.op) {
      case 'ensureSheet':
        if (!existing.has(op.sheet)) {
          sheets.add(op.sheet);
          existing.add(op.sheet);
        }
        break;
      case 'deleteSheet':
        if (existing.has(op.sheet)) {
          sheets.getItem(op.sheet).delete();
          existing.delete(op.sheet);
        }
        break;
      case 'setCells':
        writeCells(sheets.getItem(op.sheet), op);
        break;
      case 'clearRange':
        sheets.getItem(op.sheet).getRange(`${toA1(op.top, op.left)}:${toA1(op.bottom, op.right)}`).clear('All');
        break;
      case 'setColumnWidths': {
        const ws = sheets.getItem(op.sheet);
        op.widths.forEach((w, c) => {
          // Excel measures column width in points; a character of the default font is about 7 points.
          if (w !== undefined) ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = w * 7;
        });
        break;
      }
      case 'removeHighlights':
        for (const name of op.sheets) {
          for (const cf of prepared.formats.get(name)?.items ?? []) {
            if (cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && cf.customOrNullObject.rule.formula.includes(FLAG_MARKER)) cf.delete();
          }
        }
        break;
      case 'addHighlights': {
        const ws = sheets.getItem(op.sheet);
        const targets = rangeAreas ? [ws.getRanges(op.cells.join(','))] : op.cells.map((c) => ws.getRange(c));
        for (const target of targets) {
          const cf = target.conditionalFormats.add('Custom');
          cf.custom.rule.formula = `=${flagFormula(op.level)}`;
          cf.custom.format.fill.color = FLAG_COLOURS[op.level].fill;
          cf.custom.format.font.color = FLAG_COLOURS[op.level].font;
        }
        break;
      }
      case 'removeNotes':
        for (const name of op.sheets) for (const n of prepared.notes.get(name)?.items ?? []) if (n.content.startsWith(NOTE_TAG)) n.delete();
        break;
      case 'setNotes': {
        if (!notes) {
          skipped.push(`这一版本的 Excel 不支持批注（需要 ExcelApi 1.18）：${op.notes.length} 条说明见“检查结果”工作表。`);
          break;
        }
        if (userNotes.has(op.sheet)) {
          skipped.push(`工作表“${op.sheet}”有您自己的批注，为不影响它们，${op.notes.length} 条说明未写成批注，见“检查结果”工作表。`);
          break;
        }
        const ws = sheets.getItem(op.sheet);
        // Our earlier notes were removed in this batch (removeNotes comes first), so each cell is free.
        for (const n of op.notes) ws.notes.add(`${quoteSheetName(op.sheet)}!${n.cell}`, n.text);
        break;
      }
    }
  }
  return skipped;
}

export async function applyPlanToWorkbook(env: OfficeEnvironment, plan: Plan): Promise<ApplyResult> {
  const readOnlyKnown = env.isSetSupported('ExcelApi', '1.8');
  try {
    return await env.run(async (context) => {
      const wb = context.workbook;
      const sheets = wb.worksheets;
      sheets.load('items/name,items/protection/protected');
      if (readOnlyKnown) wb.load('readOnly');
      // The plan names the sheets it reads and removes from; they exist unless the workbook changed.
      const named = new Set<string>();
      for (const op of plan.ops) if ('sheets' in op) for (const s of op.sheets) named.add(s);
      const prepared = prepare(sheets, named, env.isSetSupported('ExcelApi', '1.18'));
      await context.sync();
      check(plan, wb, readOnlyKnown, sheets);
      const existing = new Set(sheets.items.map((s) => s.name));
      const skipped = write(context, plan, prepared, env, existing);
      await context.sync();
      return { skipped };
    });
  } catch (e) {
    throw explainOfficeError(e);
  }
}

export interface ActResult extends ApplyResult {
  /** The workbook as read, before the plan was applied. */
  readonly grid: WorkbookGrid;
  readonly plan: Plan;
}

/** One user action: read every sheet, compute a plan from what was read, write it — three syncs in all. */
export async function act(env: OfficeEnvironment, compute: (grid: WorkbookGrid) => Plan): Promise<ActResult> {
  const readOnlyKnown = env.isSetSupported('ExcelApi', '1.8');
  try {
    return await env.run(async (context) => {
      const wb = context.workbook;
      const sheets = wb.worksheets;
      sheets.load('items/name,items/visibility,items/protection/protected');
      if (readOnlyKnown) wb.load('readOnly');
      await context.sync();
      const names = sheets.items.map((s) => s.name);
      const used = sheets.items.map((s) => loadUsedRange(s));
      const prepared = prepare(sheets, names, env.isSetSupported('ExcelApi', '1.18'));
      await context.sync();
      const grid = gridOf(sheets.items, used);
      const plan = compute(grid);
      check(plan, wb, readOnlyKnown, sheets);
      const skipped = write(context, plan, prepared, env, new Set(names));
      await context.sync();
      return { grid, plan, skipped };
    });
  } catch (e) {
    throw explainOfficeError(e);
  }
}
