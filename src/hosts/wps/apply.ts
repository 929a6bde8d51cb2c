/**
 * Applying a plan to the open workbook through the ET object model. The API is synchronous: each property read
 * or write and each method call crosses into WPS, so the budget is calls. A setCells op costs one 2-D write per
 * contiguous block, one range per style, one call per link; highlights one conditional format per 255
 * characters of addresses; removals and notes a few calls per conditional format or comment that exists; a mark
 * (names.ts) one call to add and one per earlier mark it replaces.
 *
 * Everything that can stop a write is checked before the first one, so that a refusal writes nothing: no open
 * workbook, a read-only workbook, a protected sheet the plan writes into, a protected workbook structure when
 * the plan adds or deletes a sheet or a mark, and the plan guard every host runs (engine/plan/guard.ts: nothing
 * outside the add-in's own sheets). The plan is then written in write order (engine/plan/writeOrder.ts:
 * structure, the add-in's sheets, the accountant's sheets last). Cells are typed through engine/plan/cellInput.ts,
 * so a text stays text whatever its first character. The add-in's own flags carry the marker (conditional
 * formats) and the tag (comments), so clearing removes exactly those; a comment is added only where the cell has
 * none of the accountant's.
 */
import { columnLetters, quoteSheetName, toA1 } from '../../engine/grid/address';
import { FLAG_MARKER, flagFormula, NOTE_TAG } from '../../engine/plan/plan';
import type { CellStyle, Plan, PlanOp } from '../../engine/plan/plan';
import { guardPlan } from '../../engine/plan/guard';
import { PlanRefused } from '../../engine/plan/errors';
import { inWriteOrder, structuralSteps } from '../../engine/plan/writeOrder';
import { cellContent, typedEntry } from '../../engine/plan/cellInput';
import { HostError, protectedSheetsError, protectedStructureError, writtenSheets } from '../hostError';
import { resultsSheet } from '../resultsSheet';
import { NO_CHARTS_IN_WPS } from '../noCharts';
import { addressChunks, Block, blockAddress, blocksOf } from './blocks';
import type { EtApplication, EtComment, EtFormatCondition, EtRange, EtWorkbook, EtWorksheet } from './et';
import { XL_CONTINUOUS, XL_EXPRESSION } from './et';
import { LoadedName, markSheet, unmarkSheet } from './names';
import type { ReadWorkbook } from './read';
import { ET_FLAG_COLOURS, ET_STYLES } from './styles';
import { writeRowHeights, writeSheetLayout } from './sheetLayout';

/** The sheets of the workbook by name, kept current as the plan adds and deletes sheets. */
export class SheetIndex {
  private readonly byName = new Map<string, EtWorksheet>();
  constructor(sheets: readonly EtWorksheet[], names: readonly string[]) {
    sheets.forEach((s, i) => this.byName.set(names[i]!, s));
  }
  get(name: string): EtWorksheet | undefined {
    return this.byName.get(name);
  }
  sheet(name: string): EtWorksheet {
    const s = this.byName.get(name);
    if (!s) throw new HostError(`工作表“${name}”已不存在（工作簿在读取之后有变化）：请重新识别后再试。没有写入任何内容。`);
    return s;
  }
  set(name: string, sheet: EtWorksheet): void {
    this.byName.set(name, sheet);
  }
  delete(name: string): void {
    this.byName.delete(name);
  }
  last(): EtWorksheet | undefined {
    return [...this.byName.values()].pop();
  }
}

/**
 * Throws a HostError when the plan cannot be written whole; otherwise returns it in write order. `read` is the
 * workbook as read in this session, with the content of at least the sheets the guard looks at.
 */
function checkBeforeWriting(plan: Plan, read: ReadWorkbook, sheets: SheetIndex): Plan {
  if (plan.ops.length === 0) return plan;
  const { workbook, grid } = read;
  if (workbook.ReadOnly) throw new HostError('工作簿是只读的：请另存为可编辑的副本后再试。没有写入任何内容。');
  const locked = [...writtenSheets(plan)].filter((name) => sheets.get(name)?.ProtectContents);
  if (locked.length > 0) throw protectedSheetsError(locked);
  const steps = structuralSteps(plan, grid);
  if (steps.length > 0 && workbook.ProtectStructure) throw protectedStructureError(steps);
  try {
    guardPlan(grid, plan);
  } catch (e) {
    throw e instanceof PlanRefused ? new HostError(e.message) : e;
  }
  return inWriteOrder(plan, grid);
}

/** The add-in's conditional formats and every comment of the sheets the plan clears or annotates, read once. */
interface Prepared {
  readonly ourFormats: Map<string, EtFormatCondition[]>;
  /** Per sheet: cell address → its comment, and whether it is ours. */
  readonly comments: Map<string, Map<string, { readonly comment: EtComment; readonly ours: boolean }>>;
}

function ourFormats(sheet: EtWorksheet): EtFormatCondition[] {
  const all = sheet.Cells.FormatConditions;
  const out: EtFormatCondition[] = [];
  // Backwards, so that deleting them one by one leaves the indices of the rest unchanged.
  for (let i = all.Count; i >= 1; i--) {
    const fc = all.Item(i);
    // Only expression rules have a formula to read; colour scales and data bars throw on Formula1.
    if (fc.Type === XL_EXPRESSION && fc.Formula1.includes(FLAG_MARKER)) out.push(fc);
  }
  return out;
}

function commentsOf(sheet: EtWorksheet): Map<string, { comment: EtComment; ours: boolean }> {
  const all = sheet.Comments;
  const out = new Map<string, { comment: EtComment; ours: boolean }>();
  for (let i = all.Count; i >= 1; i--) {
    const comment = all.Item(i);
    out.set(comment.Parent.Address(false, false), { comment, ours: comment.Text().startsWith(NOTE_TAG) });
  }
  return out;
}

function prepare(plan: Plan, sheets: SheetIndex): Prepared {
  const ourFormatsBySheet = new Map<string, EtFormatCondition[]>();
  const comments = new Map<string, Map<string, { comment: EtComment; ours: boolean }>>();
  for (const op of plan.ops) {
    if (op.op === 'removeHighlights') for (const name of op.sheets) if (sheets.get(name) && !ourFormatsBySheet.has(name)) ourFormatsBySheet.set(name, ourFormats(sheets.sheet(name)));
    const noted = op.op === 'removeNotes' ? op.sheets : op.op === 'setNotes' ? [op.sheet] : [];
    for (const name of noted) if (sheets.get(name) && !comments.has(name)) comments.set(name, commentsOf(sheets.sheet(name)));
  }
  return { ourFormats: ourFormatsBySheet, comments };
}

function applyStyle(range: EtRange, name: CellStyle): void {
  const s = ET_STYLES[name];
  if (s.fontName !== undefined || s.fontSize !== undefined || s.bold !== undefined || s.fontColor !== undefined) {
    const font = range.Font;
    if (s.fontName !== undefined) font.Name = s.fontName;
    if (s.fontSize !== undefined) font.Size = s.fontSize;
    if (s.bold !== undefined) font.Bold = s.bold;
    if (s.fontColor !== undefined) font.Color = s.fontColor;
  }
  if (s.fill !== undefined) range.Interior.Color = s.fill;
  if (s.numberFormat !== undefined) range.NumberFormat = s.numberFormat;
  if (s.wrapText) range.WrapText = true;
  if (s.horizontal !== undefined) range.HorizontalAlignment = s.horizontal;
  if (s.borderColor !== undefined) {
    const borders = range.Borders;
    borders.LineStyle = XL_CONTINUOUS;
    borders.Color = s.borderColor;
  }
}

function writeCells(sheet: EtWorksheet, op: Extract<PlanOp, { op: 'setCells' }>): void {
  const at = (r: number, c: number) => op.cells[r]?.[c];
  const shifted = (b: Block): Block => ({ top: b.top + op.row, left: b.left + op.col, bottom: b.bottom + op.row, right: b.right + op.col });
  // Values and formulas: one write per block.
  for (const b of blocksOf(op.cells.length, (r) => op.cells[r]!.length, (r, c) => at(r, c) !== undefined)) {
    const range = sheet.Range(blockAddress(shifted(b)));
    if (b.top === b.bottom && b.left === b.right) range.Formula = typedEntry(cellContent(at(b.top, b.left)!));
    else range.Formula = Array.from({ length: b.bottom - b.top + 1 }, (_, r) => Array.from({ length: b.right - b.left + 1 }, (_, c) => typedEntry(cellContent(at(b.top + r, b.left + c)!))));
  }
  // Styles: one range (of as many blocks as 255 characters hold) per style.
  const styles = new Set(op.cells.flatMap((line) => line.flatMap((c) => (c?.style ? [c.style] : []))));
  for (const style of styles) {
    const blocks = blocksOf(op.cells.length, (r) => op.cells[r]!.length, (r, c) => at(r, c)?.style === style);
    for (const chunk of addressChunks(blocks.map((b) => blockAddress(shifted(b))))) applyStyle(sheet.Range(chunk), style);
  }
  // Links to the cells of a finding: one call each (a HYPERLINK formula would cap the text at 255 characters).
  op.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (!cell?.link) return;
      const anchor = sheet.Range(toA1(op.row + r, op.col + c));
      sheet.Hyperlinks.Add(anchor, '', `${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`, undefined, String(cell.value ?? ''));
    }),
  );
}

function setColumnWidths(sheet: EtWorksheet, widths: readonly (number | undefined)[]): void {
  const byWidth = new Map<number, string[]>();
  widths.forEach((w, c) => {
    if (w !== undefined) byWidth.set(w, [...(byWidth.get(w) ?? []), `${columnLetters(c)}:${columnLetters(c)}`]);
  });
  for (const [width, columns] of byWidth) for (const chunk of addressChunks(columns)) sheet.Range(chunk).ColumnWidth = width;
}

function deleteSheet(app: EtApplication, sheet: EtWorksheet): void {
  // WPS asks the user to confirm a deletion unless alerts are off.
  app.DisplayAlerts = false;
  try {
    sheet.Delete();
  } finally {
    app.DisplayAlerts = true;
  }
}

function write(app: EtApplication, workbook: EtWorkbook, plan: Plan, sheets: SheetIndex, names: LoadedName[], prepared: Prepared): string[] {
  const skipped: string[] = [];
  const results = resultsSheet(plan, names);
  for (const op of plan.ops) {
    switch (op.op) {
      case 'ensureSheet':
        if (!sheets.get(op.sheet)) {
          const added = workbook.Worksheets.Add(undefined, sheets.last());
          added.Name = op.sheet;
          sheets.set(op.sheet, added);
        }
        break;
      case 'markSheet':
        markSheet(workbook, names, op.sheet, op.role);
        break;
      case 'deleteSheet': {
        // Deleting the sheet first would leave its marks reading #REF!: they go first.
        unmarkSheet(names, op.sheet);
        const sheet = sheets.get(op.sheet);
        if (sheet) {
          deleteSheet(app, sheet);
          sheets.delete(op.sheet);
        }
        break;
      }
      case 'replaceCellText':
        // The value only: the cell keeps its format.
        sheets.sheet(op.sheet).Range(op.cell).Formula = typedEntry(cellContent({ value: op.after }));
        break;
      case 'setCells':
        writeCells(sheets.sheet(op.sheet), op);
        break;
      case 'clearRange':
        sheets.sheet(op.sheet).Range(`${toA1(op.top, op.left)}:${toA1(op.bottom, op.right)}`).Clear();
        break;
      case 'setColumnWidths':
        setColumnWidths(sheets.sheet(op.sheet), op.widths);
        break;
      case 'setRowHeights':
        writeRowHeights(sheets.sheet(op.sheet), op);
        break;
      case 'setSheetLayout':
        skipped.push(...writeSheetLayout(app, sheets.sheet(op.sheet), op));
        break;
      case 'removeHighlights':
        for (const name of op.sheets) for (const fc of prepared.ourFormats.get(name)?.splice(0) ?? []) fc.Delete();
        break;
      case 'addHighlights': {
        const sheet = sheets.sheet(op.sheet);
        const colours = ET_FLAG_COLOURS[op.level];
        for (const chunk of addressChunks(op.cells)) {
          const fc = sheet.Range(chunk).FormatConditions.Add(XL_EXPRESSION, undefined, `=${flagFormula(op.level)}`);
          fc.Interior.Color = colours.fill;
          fc.Font.Color = colours.font;
        }
        break;
      }
      case 'removeNotes':
        for (const name of op.sheets) {
          const comments = prepared.comments.get(name);
          for (const [address, c] of comments ?? []) {
            if (!c.ours) continue;
            c.comment.Delete();
            comments!.delete(address);
          }
        }
        break;
      case 'setNotes': {
        const sheet = sheets.sheet(op.sheet);
        const comments = prepared.comments.get(op.sheet) ?? new Map<string, { comment: EtComment; ours: boolean }>();
        let theirs = 0;
        for (const n of op.notes) {
          const existing = comments.get(n.cell);
          // Never over a comment of the accountant's own; one of ours is replaced.
          if (existing && !existing.ours) {
            theirs++;
            continue;
          }
          if (existing) existing.comment.Delete();
          comments.set(n.cell, { comment: sheet.Range(n.cell).AddComment(n.text), ours: true });
        }
        if (theirs > 0) skipped.push(`工作表“${op.sheet}”有 ${theirs} 个单元格已有您自己的批注，为不影响它们，这些说明未写成批注，见“${results}”工作表。`);
        break;
      }
      case 'setCharts':
        // Not drawn (the plan's summary, computed for this host, promised none): said, as the .xlsx writer says it.
        if (op.charts.length > 0) skipped.push(NO_CHARTS_IN_WPS);
        break;
    }
  }
  return skipped;
}

function explain(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return new HostError(`WPS 表格返回错误：${detail}。写入可能没有完成：请检查工作簿后重试（可用“撤销”恢复）。`);
}

export function activeWorkbook(app: EtApplication): EtWorkbook {
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw new HostError('没有打开的工作簿：请先在 WPS 表格中打开决算工作簿。');
  return workbook;
}

/** Checks the plan against the workbook as read in this session, then writes it; returns what was left out. */
export function applyToWorkbook(app: EtApplication, read: ReadWorkbook, plan: Plan): { skipped: string[] } {
  const sheets = new SheetIndex(read.sheets, read.grid.sheets.map((s) => s.name));
  const ordered = checkBeforeWriting(plan, read, sheets);
  try {
    const prepared = prepare(ordered, sheets);
    return { skipped: write(app, read.workbook, ordered, sheets, [...read.names], prepared) };
  } catch (e) {
    throw explain(e);
  }
}
