/**
 * Writing plans into the open workbook. Two entry points, each one `Excel.run`:
 *  - `applyPlanToWorkbook(plan)`: 2 syncs — load what the checks, the guard and the removals need, then every write
 *    (3 when the plan draws or removes charts: the add-in's charts are loaded once its marks are known);
 *  - `act(compute)`: read, compute the plan, write — 3 syncs whatever the workbook size or number of findings:
 *    the sheet list, then every used range with our conditional formats and notes, then every write (4 when a
 *    sheet hides some of its columns or rows: which ones, read.ts `loadHidden`).
 * Where the cells read are too many for one response (Excel on the web's 5 MB), they are read in blocks of rows in
 * syncs of their own (read.ts `syncWithCells`).
 * Every check comes before any write (checks.ts: read-only workbook, protected sheets and structure, the plan
 * guard), and the plan is written in write order (engine/plan/writeOrder.ts: structure, the add-in's sheets, the
 * accountant's sheets last). Should Excel still refuse an operation half-way, survey.ts reads the workbook again
 * and the error says exactly what was written and how to take it back. Cells are typed through
 * engine/plan/cellInput.ts, so a text stays text whatever its first character. The add-in's sheets carry its
 * marks, workbook names loaded with the sheet list and written hidden (ExcelApi 1.4). Notes need ExcelApi 1.18
 * and go only on sheets with no note of the accountant's own (a note's cell is unknown without an extra sync, and
 * adding over an existing note is not something to find out half-way); elsewhere 检查结果 carries the message.
 * Non-contiguous highlights use RangeAreas (1.9) or one format per cell. Row heights, frozen rows and the print
 * setup of the add-in's sheets are in sheetLayout.ts, its native charts in charts.ts (their names loaded with the
 * used ranges, for the sheets the add-in owns).
 */
import { columnLetters, quoteSheetName, toA1 } from '../../engine/grid/address';
import type { DefinedName, WorkbookGrid } from '../../engine/grid/cell';
import { flagFormula } from '../../engine/plan/plan';
import type { Plan, PlanCell, PlanOp } from '../../engine/plan/plan';
import { ownerMarkName, ownerMarkReference, referencedSheet, sameSheetName } from '../../engine/plan/owned';
import { resultsSheet } from '../resultsSheet';
import { sheetsToRead } from '../../engine/plan/guard';
import { cellContent, typedEntry } from '../../engine/plan/cellInput';
import type { WorkbookTrace } from '../../engine/plan/partial';
import { explainOfficeError, OfficeEnvironment } from './environment';
import { checkBeforeWriting, loadFacts } from './checks';
import { countFlags, flaggedSheets, isOurHighlight, isOurNote, LoadedFlags, loadFlags } from './flags';
import { explainFailedWrite, traceFlags, WriteFailed } from './survey';
import { addinSheets, everySheet, gridOf, loadHidden, loadNames, namesOf, syncWithCells } from './read';
import { FLAG_COLOURS, OFFICE_STYLES } from './styles';
import { columnWidthPoints, writeRowHeights, writeSheetLayout } from './sheetLayout';
import { drawsCharts, LoadedCharts, loadOwnedCharts, writeCharts } from './charts';

export interface ApplyResult {
  /** What was left out, and why, in Chinese. */
  readonly skipped: readonly string[];
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
  if (s.top) f.verticalAlignment = 'Top';
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
      // One write per run, typed as a user types: formulas as formulas, every text as text.
      range.formulas = [run.cells.map((c) => typedEntry(cellContent(c)))];
      const formats = run.cells.map((c) => (c.style ? (OFFICE_STYLES[c.style].numberFormat ?? 'General') : 'General'));
      if (formats.some((f) => f !== 'General')) range.numberFormat = [formats];
      run.cells.forEach((c, i) => {
        const cell = run.cells.length === 1 ? range : ws.getRange(toA1(row, left + i));
        if (c.style) styleCell(cell, c.style);
        // No textToDisplay: the cell keeps the text just typed (a display text would be one more way in for a formula).
        if (c.link) cell.hyperlink = { documentReference: `${quoteSheetName(c.link.sheet)}!${c.link.cell}` };
      });
    }
  });
}

/** Deletes the loaded names that pass the test, and forgets them. */
function deleteNames(context: Excel.RequestContext, names: DefinedName[], test: (n: DefinedName) => boolean): void {
  for (const n of names.filter(test)) {
    context.workbook.names.getItem(n.name).delete();
    names.splice(names.indexOf(n), 1);
  }
}

const notesSupported = (env: OfficeEnvironment) => env.isSetSupported('ExcelApi', '1.18');

/** Queues every write of the plan, which is checked and in write order; returns what was left out. */
function write(
  context: Excel.RequestContext,
  plan: Plan,
  flags: LoadedFlags,
  env: OfficeEnvironment,
  loaded: readonly Excel.Worksheet[],
  names: DefinedName[],
  charts: LoadedCharts,
): string[] {
  const sheets = context.workbook.worksheets;
  const existing = new Map(loaded.map((s) => [s.name, s.visibility]));
  const results = resultsSheet(plan, names);
  const notes = notesSupported(env);
  const rangeAreas = env.isSetSupported('ExcelApi', '1.9');
  const skipped: string[] = [];
  // Sheets with a note of the accountant's own get no notes of ours.
  const userNotes = new Set([...flags.notes].filter(([, list]) => list.items.some((n) => !isOurNote(n))).map(([s]) => s));
  for (const op of plan.ops) {
    switch (op.op) {
      case 'ensureSheet':
        if (!existing.has(op.sheet)) {
          sheets.add(op.sheet);
          existing.set(op.sheet, 'Visible');
        }
        break;
      case 'markSheet': {
        const name = ownerMarkName(op.role);
        deleteNames(context, names, (n) => n.name.toUpperCase() === name.toUpperCase());
        const item = context.workbook.names.add(name, sheets.getItem(op.sheet).getRange('A1'));
        item.visible = false;
        names.push({ name, formula: ownerMarkReference(op.sheet) });
        break;
      }
      case 'deleteSheet': {
        // Deleting the sheet first would leave the name as #REF!: delete the marks that name it, then the sheet.
        deleteNames(context, names, (n) => sameSheetName(referencedSheet(n.formula) ?? '', op.sheet));
        if (!existing.has(op.sheet)) break;
        const ws = sheets.getItem(op.sheet);
        // Excel refuses to delete a very hidden sheet (Worksheet.delete): it is made an ordinary hidden sheet first.
        if (existing.get(op.sheet) === 'VeryHidden') ws.visibility = 'Hidden';
        ws.delete();
        existing.delete(op.sheet);
        break;
      }
      case 'replaceCellText':
        // Values only: the cell keeps its format.
        sheets.getItem(op.sheet).getRange(op.cell).values = [[typedEntry(cellContent({ value: op.after }))]];
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
          // Excel measures column width in points here, in characters in its own dialog and in the file.
          if (w !== undefined) ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = columnWidthPoints(w);
        });
        break;
      }
      case 'setRowHeights':
        writeRowHeights(sheets.getItem(op.sheet), op);
        break;
      case 'setSheetLayout':
        skipped.push(...writeSheetLayout(sheets.getItem(op.sheet), op, env));
        break;
      case 'setCharts':
        writeCharts(sheets.getItem(op.sheet), op, charts.get(op.sheet));
        break;
      case 'removeHighlights':
        for (const name of op.sheets) for (const cf of flags.formats.get(name)?.items ?? []) if (isOurHighlight(cf)) cf.delete();
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
        for (const name of op.sheets) for (const n of flags.notes.get(name)?.items ?? []) if (isOurNote(n)) n.delete();
        break;
      case 'setNotes': {
        if (!notes) {
          skipped.push(`这一版本的 Excel 不支持批注（需要 ExcelApi 1.18）：${op.notes.length} 条说明见“${results}”工作表。`);
          break;
        }
        if (userNotes.has(op.sheet)) {
          skipped.push(`工作表“${op.sheet}”有您自己的批注，为不影响它们，${op.notes.length} 条说明未写成批注，见“${results}”工作表。`);
          break;
        }
        const ws = sheets.getItem(op.sheet);
        // Our earlier notes were removed in this batch (removeNotes comes first), so each cell is free. The cell is
        // given as a Range: the declarations of NoteCollection.add promise a string only in the form "A1".
        for (const n of op.notes) ws.notes.add(ws.getRange(n.cell), n.text);
        break;
      }
    }
  }
  return skipped;
}

/** The write sync: a failure becomes WriteFailed, which knows what was read before, for survey.ts. */
async function commit(context: Excel.RequestContext, plan: Plan, before: WorkbookTrace): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    throw new WriteFailed(e, plan, before);
  }
}

/** One Excel.run; a failure before writing says nothing was written, a failed write says what was. */
async function run<T>(env: OfficeEnvironment, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await env.run(batch);
  } catch (e) {
    throw e instanceof WriteFailed ? await explainFailedWrite(env, e) : explainOfficeError(e);
  }
}

export function applyPlanToWorkbook(env: OfficeEnvironment, plan: Plan): Promise<ApplyResult> {
  return run(env, async (context) => {
    // The plan names the sheets it flags, and the guard those it writes cells into; they exist unless the workbook
    // changed (then Excel says ItemNotFound, and nothing is written). All is loaded in one sync (queued again with
    // the cells read in blocks, where they are too many for one response).
    const toRead = sheetsToRead(plan);
    const read = await syncWithCells(
      context,
      toRead.map((name) => ({ name, sheet: context.workbook.worksheets.getItem(name) })),
      () => {
        const loaded = { facts: loadFacts(context, env), names: loadNames(context.workbook) };
        return { ...loaded, flags: loadFlags(loaded.facts.sheets, flaggedSheets(plan), notesSupported(env)) };
      },
    );
    const { facts, names, flags } = read.queued;
    const grid = gridOf(facts.sheets.items, facts.sheets.items.map((s) => (toRead.includes(s.name) ? read.cells[toRead.indexOf(s.name)] : undefined)), names);
    const ordered = checkBeforeWriting(plan, grid, facts);
    // The add-in's charts are known by its marks, read in the sync above: a plan that draws or removes charts
    // loads them in one more.
    const charts = drawsCharts(ordered.ops) ? loadOwnedCharts(facts.sheets, facts.sheets.items.map((s) => s.name), [...(grid.names ?? [])]) : new Map<string, Excel.ChartCollection>();
    if (charts.size > 0) await context.sync();
    const skipped = write(context, ordered, flags, env, facts.sheets.items, [...(grid.names ?? [])], charts);
    await commit(context, ordered, { grid, flags: traceFlags(ordered, countFlags(flags)) });
    return { skipped };
  });
}

export interface ActResult extends ApplyResult {
  /** The workbook as read, before the plan was applied. */
  readonly grid: WorkbookGrid;
  readonly plan: Plan;
}

/** One user action: read every sheet, compute a plan from what was read, write it — three syncs in all (four with hidden columns or rows). */
export function act(env: OfficeEnvironment, compute: (grid: WorkbookGrid) => Plan): Promise<ActResult> {
  return run(env, async (context) => {
    const facts = loadFacts(context, env);
    const names = loadNames(context.workbook);
    await context.sync();
    const everyName = facts.sheets.items.map((s) => s.name);
    const {
      used,
      cells,
      queued: { flags, charts },
    } = await syncWithCells(context, everySheet(facts.sheets.items), () => ({
      flags: loadFlags(facts.sheets, everyName, notesSupported(env)),
      charts: loadOwnedCharts(facts.sheets, everyName, namesOf(names)),
    }));
    const grid = gridOf(facts.sheets.items, cells, names, await loadHidden(context, used, addinSheets(facts.sheets.items, names)));
    const plan = compute(grid);
    const ordered = checkBeforeWriting(plan, grid, facts);
    const skipped = write(context, ordered, flags, env, facts.sheets.items, [...(grid.names ?? [])], charts);
    await commit(context, ordered, { grid, flags: traceFlags(ordered, countFlags(flags)) });
    return { grid, plan, skipped };
  });
}
