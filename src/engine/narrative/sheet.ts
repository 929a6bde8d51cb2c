/**
 * The 公开说明 sheet: the title, parts, sections and one paragraph per row in column A, regenerated in place, laid
 * out to be read and printed (wrapped text in a readable width, row heights computed from each text's length,
 * headings bold, A4 portrait one page wide), and under the text the charts the preset asks for (sheetCharts.ts).
 * Only the add-in's own 公开说明 sheet is touched (found by its mark, plan/owned.ts); rows left over from a longer
 * earlier version are cleared. A 公开说明 the accountant wrote is never written over: the text goes to a sheet of
 * a free name beside it.
 */
import { cellAt, cellText, isBlank, SheetGrid, WorkbookGrid } from '../grid/cell';
import { columnLetters, toA1 } from '../grid/address';
import { fnv1a } from '../hash';
import type { Plan, PlanCell } from '../plan/plan';
import { OWNED_SHEET_NAMES } from '../plan/plan';
import { freeSheetName, markedSheets, OwnedTarget, ownSheetOps, resolveOwnedSheet, targetSummary } from '../plan/owned';
import { TEXT_STYLE_PT, wrappedRowHeight } from '../plan/rowHeight';
import { CHART_DATA_COLUMN, CHART_DATA_WIDTHS, sheetCharts } from './sheetCharts';
import { isLegacyOwnedSheet } from '../plan/legacy';
import type { NarrativeDocument } from './document';
import { plain } from './fragment';

/** The 公开说明 sheet's name when it is free. */
export const NARRATIVE_SHEET = OWNED_SHEET_NAMES.narrative;

/** The document as lines with their style: what the sheet, the text output and the pane all show. */
export function documentLines(doc: NarrativeDocument): { readonly text: string; readonly style: 'heading1' | 'heading2' | 'heading3' | 'paragraph' }[] {
  const lines: { text: string; style: 'heading1' | 'heading2' | 'heading3' | 'paragraph' }[] = [{ text: doc.title, style: 'heading1' }];
  for (const part of doc.parts) {
    lines.push({ text: `${part.number} ${part.title}`, style: 'heading2' });
    for (const section of part.sections) {
      if (section.title) lines.push({ text: `${section.number}、${section.title}`, style: 'heading3' });
      for (const block of section.blocks) {
        if (block.kind === 'heading') lines.push({ text: block.text, style: 'heading3' });
        else lines.push({ text: block.kind === 'paragraph' ? plain(block.runs) : block.text, style: 'paragraph' });
      }
    }
  }
  return lines;
}

/**
 * The add-in's 公开说明 sheet for this text: the marked one; else an unmarked sheet of our name holding exactly
 * this text (written by an earlier version); else a new sheet.
 */
export function narrativeTarget(grid: WorkbookGrid, doc: NarrativeDocument): OwnedTarget {
  const lines = documentLines(doc).map((l) => l.text);
  return resolveOwnedSheet(grid, 'narrative', (sheet) => isLegacyOwnedSheet('narrative', sheet, lines));
}

/**
 * Column B, hidden, holds each line's fingerprint (`行号/行数/FNV-1a of the text`): how the next run tells the text it
 * wrote from the accountant's edits to it (a line changed, added or deleted), which it never writes over.
 */
export const FINGERPRINT_COLUMN = 1;

/**
 * The columns the chart data may take, as the summaries name them and an accountant reads them: C 至 E 列 (the
 * "C–E 列" it said before read as one column named C–E).
 */
export const CHART_DATA_LETTERS = `${columnLetters(CHART_DATA_COLUMN)} 至 ${columnLetters(CHART_DATA_COLUMN + CHART_DATA_WIDTHS.length - 1)} 列`;

function textHash(text: string): string {
  return fnv1a(text).toString(36);
}

export function lineFingerprint(index: number, count: number, text: string): string {
  return `${index + 1}/${count}/${textHash(text)}`;
}

const FINGERPRINT = /^(\d+)\/(\d+)\/([0-9a-z]+)$/;

/**
 * A row of the chart data under the text (C–E) carries its own fingerprint in column B: `图/` and the hash of what the
 * row holds there. A row whose C–E differ from it (or hold something with none) is the accountant's edit, kept as the
 * text's are (the next run cleared what was typed there).
 */
const CHART_FINGERPRINT = /^图\/([0-9a-z]+)$/;
const chartColumns = Array.from({ length: CHART_DATA_WIDTHS.length }, (_, i) => CHART_DATA_COLUMN + i);

function chartRowHash(values: readonly (string | number | boolean | null)[]): string {
  return textHash(values.map((v) => (v === null ? '' : cellText(v))).join('\t'));
}

export function chartRowFingerprint(values: readonly (string | number | boolean | null)[]): string {
  return `图/${chartRowHash(values)}`;
}

/**
 * The add-in's 公开说明 sheet as its fingerprints lay it out: each cell's text (null where blank), the text's line
 * fingerprints, where the text ends (its last fingerprinted line; all of column A where there are none: under it, the
 * chart data), and each chart data row's fingerprint (since 2026-12-06: a sheet written before holds none there, and
 * its chart data is the add-in's as it was then).
 */
function sheetLayout(sheet: SheetGrid) {
  const text = (r: number, c: number) => (isBlank(cellAt(sheet, r, c)) ? null : cellText(cellAt(sheet, r, c)));
  const fingerprints = sheet.rows.map((_, r) => FINGERPRINT.exec(text(r, FINGERPRINT_COLUMN) ?? ''));
  const lineFingerprinted = fingerprints.some((f) => f);
  let textEnd = 0;
  sheet.rows.forEach((_, r) => {
    if (lineFingerprinted ? fingerprints[r] : text(r, 0) !== null) textEnd = r + 1;
  });
  const chartPrints = sheet.rows.map((_, r) => (r >= textEnd ? CHART_FINGERPRINT.exec(text(r, FINGERPRINT_COLUMN) ?? '') : null));
  // Whether a fingerprinted chart row's C–E hold what the add-in wrote there.
  const chartRowAsWritten = (r: number, print: RegExpExecArray) =>
    print[1] === chartRowHash(chartColumns.map((c) => (isBlank(cellAt(sheet, r, c)) ? null : (cellAt(sheet, r, c) as string | number | boolean))));
  return { text, fingerprints, lineFingerprinted, textEnd, chartPrints, chartFingerprinted: chartPrints.some((f) => f), chartRowAsWritten };
}

/** Chart data as a run writes it: its first row in the sheet, and its cells from column C (sheetCharts.ts). */
interface ChartData {
  readonly top: number;
  readonly cells: readonly (readonly (PlanCell | undefined)[])[];
}

/** The text of what `chartData` puts at row `r`, column `c` (null where it puts nothing). */
function chartDataText(chartData: ChartData, r: number, c: number): string | null {
  const value = chartData.cells[r - chartData.top]?.[c - CHART_DATA_COLUMN]?.value ?? null;
  return value === null || isBlank(value) ? null : cellText(value);
}

/**
 * What the accountant changed in the add-in's 公开说明 sheet since the add-in wrote it: the cells (A1 addresses) of
 * lines changed, added or deleted, and of anything typed beside the text; empty when the sheet holds the text as
 * written (the chart data under the text is the add-in's: cleared and written again). Of a sheet without fingerprints
 * (written before them) nothing can be told (undefined) unless it holds exactly `lines`, nothing beside.
 *
 * `chartData`: the chart data this run writes under `lines` (its first row, and its cells from C). A sheet whose chart
 * data carries no fingerprints (written before 2026-12-06) has it compared with this: where its text is `lines`, a
 * cell that differs was typed (named as an edit); where its text is not, the data was written for other figures and
 * what differs cannot be told from what was typed (undefined: the sheet is kept). Without it, such data is taken for
 * the add-in's (cleared and written again). A cell left blank is no loss: only what the sheet holds there counts.
 */
export function narrativeEdits(sheet: SheetGrid, lines: readonly string[], chartData?: ChartData): string[] | undefined {
  const edits: string[] = [];
  const { text, fingerprints, lineFingerprinted, textEnd, chartPrints, chartFingerprinted, chartRowAsWritten } = sheetLayout(sheet);
  const legacyChartEdit = chartData && !chartFingerprinted ? (r: number) => chartColumns.find((c) => text(r, c) !== null && text(r, c) !== chartDataText(chartData, r, c)) : undefined;
  const sameText = textEnd === lines.length && lines.every((l, r) => text(r, 0) === l);
  if (legacyChartEdit && !sameText && sheet.rows.some((_, r) => r >= textEnd && legacyChartEdit(r) !== undefined)) return undefined;
  // Beside the text: anything right of column B on its rows, and right of the chart data (C–E) under it; in C–E under
  // it, what the add-in did not write there (where it says what it wrote).
  const beside = (r: number): number => {
    const from = r < textEnd ? FINGERPRINT_COLUMN + 1 : CHART_DATA_COLUMN + CHART_DATA_WIDTHS.length;
    const print = chartPrints[r];
    // A line typed under the text.
    if (r >= textEnd && (text(r, 0) !== null || (text(r, FINGERPRINT_COLUMN) !== null && !print))) return 0;
    if (r >= textEnd && chartFingerprinted) {
      const typed = chartColumns.find((c) => text(r, c) !== null);
      if (print ? !chartRowAsWritten(r, print) : typed !== undefined) {
        return typed ?? CHART_DATA_COLUMN;
      }
    }
    const legacyEdit = r >= textEnd ? legacyChartEdit?.(r) : undefined;
    if (legacyEdit !== undefined) return legacyEdit;
    for (let c = from; c < sheet.rows[r]!.length; c++) if (text(r, c) !== null) return c;
    return -1;
  };
  if (!lineFingerprinted) {
    const same = sameText && !sheet.rows.some((_, r) => beside(r) >= 0 || text(r, FINGERPRINT_COLUMN) !== null);
    return same ? [] : undefined;
  }
  let next = 0;
  let count: number | undefined;
  for (let r = 0; r < textEnd; r++) {
    const a = text(r, 0);
    const f = fingerprints[r];
    if (!f) {
      // A line typed in, or something typed into the hidden fingerprint column.
      if (a !== null || text(r, FINGERPRINT_COLUMN) !== null) edits.push(toA1(r, 0));
    } else {
      const [index, total] = [Number(f[1]) - 1, Number(f[2])];
      count ??= total;
      // Lines deleted before this one, or moved: the edit is here.
      if (index !== next || total !== count || f[3] !== textHash(a ?? '')) edits.push(toA1(r, 0));
      next = index + 1;
    }
  }
  sheet.rows.forEach((_, r) => {
    const c = beside(r);
    if (c >= 0) edits.push(toA1(r, c));
  });
  // The last lines deleted.
  if (count !== undefined && next !== count && textEnd > 0) edits.push(toA1(textEnd - 1, 0));
  return [...new Set(edits)];
}

/**
 * Column A's width in characters: about 32 Chinese characters of 12 pt a line, readable on screen, and on A4
 * portrait even where fit-to-width is not applied (LibreOffice without 宋体 draws the column wider than Excel).
 */
export const TEXT_COLUMN_WIDTH = 70;

/**
 * `drawsCharts: false`: the host writes the charts' data but draws no chart (the .xlsx written without Excel, WPS),
 * and the summary says only what it writes.
 */
export function narrativeSheetPlan(grid: WorkbookGrid, doc: NarrativeDocument, options: { readonly drawsCharts?: boolean } = {}): Plan {
  const lines = documentLines(doc);
  const found = narrativeTarget(grid, doc);
  // The accountant edited the text the add-in wrote: their sheet stays as it is, theirs from now on; the new text
  // goes to a sheet of a free name, which takes the mark.
  const chartTop = lines.length + 1;
  const charts = sheetCharts(doc, chartTop, TEXT_COLUMN_WIDTH);
  const edits = found.how === 'marked' ? narrativeEdits(found.existing!, lines.map((l) => l.text), { top: chartTop, cells: charts.cells }) : [];
  const keep = edits === undefined || edits.length > 0;
  const target: OwnedTarget = keep ? { role: 'narrative', sheet: freeSheetName(grid, 'narrative'), how: 'created' } : found;
  const sheet = target.sheet;
  const previousHeight = target.existing?.rows.length ?? 0;
  const cells: PlanCell[][] = lines.map((l, i) => [{ value: l.text, style: l.style }, { value: lineFingerprint(i, lines.length, l.text) }]);
  const height = charts.charts.length ? chartTop + charts.height : cells.length;
  const ops: Plan['ops'][number][] = [...ownSheetOps(target), { op: 'setCells', sheet, row: 0, col: 0, cells }];
  if (previousHeight > cells.length) {
    ops.push({ op: 'clearRange', sheet, top: cells.length, left: 0, bottom: previousHeight - 1, right: FINGERPRINT_COLUMN });
  }
  // The chart data's columns (C–E) are the add-in's under the text: an earlier version's is cleared before this one's
  // is written, and the summary names those columns (a two-column block fills C–D of them).
  if (previousHeight > 0) ops.push({ op: 'clearRange', sheet, top: 0, left: CHART_DATA_COLUMN, bottom: previousHeight - 1, right: CHART_DATA_COLUMN + CHART_DATA_WIDTHS.length - 1 });
  if (charts.charts.length) {
    ops.push({ op: 'setCells', sheet, row: chartTop, col: CHART_DATA_COLUMN, cells: charts.cells });
    // Each row of the chart data fingerprinted in the hidden column B: what the accountant types there is told next time.
    const prints = charts.cells.map((line): PlanCell[] =>
      line.some((c) => c && !isBlank(c.value ?? null)) ? [{ value: chartRowFingerprint(chartColumns.map((_, i) => (line[i]?.value ?? null) as string | number | boolean | null)) }] : [],
    );
    ops.push({ op: 'setCells', sheet, row: chartTop, col: FINGERPRINT_COLUMN, cells: prints });
  }
  ops.push(
    { op: 'setColumnWidths', sheet, widths: [TEXT_COLUMN_WIDTH, 2, ...CHART_DATA_WIDTHS] },
    {
      op: 'setRowHeights',
      sheet,
      row: 0,
      heights: [
        ...lines.map((l) => wrappedRowHeight(l.text, TEXT_COLUMN_WIDTH, TEXT_STYLE_PT[l.style])),
        // Rows an earlier, longer text made tall go back to the standard height.
        ...Array.from({ length: Math.max(0, previousHeight - lines.length) }, () => null),
      ],
    },
    { op: 'setSheetLayout', sheet, hiddenColumns: [FINGERPRINT_COLUMN], print: { orientation: 'portrait', fitToWidth: true, center: true, area: { top: 0, left: 0, bottom: Math.max(0, height - 1), right: 0 } } },
    { op: 'setCharts', sheet, charts: charts.charts },
  );
  const gaps = doc.gaps.length ? `，其中 ${doc.gaps.length} 处待填写（【请填写：…】）` : '';
  const titles = charts.charts.map((c) => c.title).join('、');
  // Where the data is, as the accountant finds it in the sheet: the rows by their numbers, below the text's last line.
  const dataRows = `第 ${chartTop + 1} 至 ${chartTop + charts.cells.length} 行的 ${CHART_DATA_LETTERS}`;
  const chartLine = !charts.charts.length
    ? []
    : options.drawsCharts === false
      ? [`在公开说明正文下方（${dataRows}）写入 ${charts.charts.length} 个图表（${titles}）的数据。`]
      : [`在公开说明正文下方画 ${charts.charts.length} 个图表（${titles}），图表数据在${dataRows}。`];
  const why =
    edits === undefined
      ? `工作表“${found.sheet}”由决算公开助手早先的版本写入，其中的文字或图表数据与这次生成的不同，无法确认哪些是您改过的，因此`
      : `工作表“${found.sheet}”中有您改过的内容（${edits.slice(0, 6).join('、')}${edits.length > 6 ? ' 等' : ''}），`;
  const kept = keep
    ? [`${why}不作任何改动，从此作为您自己的工作表；新生成的公开说明写在新工作表“${sheet}”，以后按标记找到它。需要时请把您的改动抄到新表。`]
    : targetSummary(target);
  return { ops, summary: [...kept, `在工作表“${sheet}”写入公开说明 ${cells.length} 行${gaps}。`, ...chartLine] };
}

/** A1 addresses for a summary: the first six, then 等. */
const cellList = (cells: readonly string[]) => `${cells.slice(0, 6).join('、')}${cells.length > 6 ? ' 等' : ''}`;

/**
 * Removes the add-in's charts from its 公开说明 sheet, with their data; the text stays. Only what the add-in wrote is
 * cleared: a row of chart data whose C–E still hold what its fingerprint (column B) says. A row the accountant
 * changed, anything typed in C–E without a fingerprint, and anything beside the text's own rows stay as they are, and
 * the summary names them. Of a sheet written before the chart data carried fingerprints, the data under the text is
 * compared with what this run writes under `doc`'s text (as narrativeEdits does): a row whose cells in C–E all hold
 * exactly that is cleared; a row with a cell that differs (a figure typed over, or data written for other figures)
 * is kept whole, its differing cells named. Without `doc` nothing tells, and all of such data is kept and named.
 */
export function removeChartsPlan(grid: WorkbookGrid, doc?: NarrativeDocument): Plan {
  const marked = markedSheets(grid).get('narrative');
  if (!marked) return { ops: [], summary: ['没有决算公开助手的公开说明工作表，也就没有图表可删除。'] };
  const sheet = marked.name;
  const { text, textEnd, chartPrints, chartFingerprinted, chartRowAsWritten } = sheetLayout(marked);
  const typedIn = (r: number, c: number) => text(r, c) !== null || !!marked.formulas?.[r]?.[c];
  const legacy = !chartFingerprinted;
  // What this run writes under the text (narrativeSheetPlan), where the chart data carries no fingerprint to tell.
  const lines = legacy && doc ? documentLines(doc) : undefined;
  const thisRun = lines && doc ? { top: lines.length + 1, cells: sheetCharts(doc, lines.length + 1, TEXT_COLUMN_WIDTH).cells } : undefined;
  const asThisRunWrites = (r: number, c: number) => thisRun !== undefined && !marked.formulas?.[r]?.[c] && text(r, c) === chartDataText(thisRun, r, c);
  const last = CHART_DATA_COLUMN + CHART_DATA_WIDTHS.length - 1;
  const ops: Plan['ops'][number][] = [];
  /** Cells kept: typed where the add-in wrote nothing, and rows of chart data changed since it wrote them. */
  const typed: string[] = [];
  const changed: string[] = [];
  /** Cells of an earlier version's chart data that differ from what this run writes. */
  const unsure: string[] = [];
  /** Cells an earlier 删除图表 kept (their rows fingerprinted as holding nothing of the add-in's): kept again, not new edits. */
  const keptBefore: string[] = [];
  // Rows kept under the text that have no fingerprint get one saying the add-in's part of them is now empty: the next
  // run tells them from its own data (else, with no chart fingerprints left, it would take them for an earlier
  // version's chart data and clear them).
  const emptyPrint = chartRowFingerprint(chartColumns.map(() => null));
  let cleared = 0;
  marked.rows.forEach((_, r) => {
    const filled = chartColumns.filter((c) => typedIn(r, c));
    const print = chartPrints[r];
    if (r < textEnd) {
      // Beside the text's own lines the add-in writes nothing in C–E.
      typed.push(...filled.map((c) => toA1(r, c)));
      return;
    }
    if (print) {
      const same = chartRowAsWritten(r, print) && !chartColumns.some((c) => marked.formulas?.[r]?.[c]);
      if (same) {
        ops.push({ op: 'clearRange', sheet, top: r, left: FINGERPRINT_COLUMN, bottom: r, right: last });
        cleared++;
      } else {
        (text(r, FINGERPRINT_COLUMN) === emptyPrint ? keptBefore : changed).push(...(filled.length ? filled : [CHART_DATA_COLUMN]).map((c) => toA1(r, c)));
      }
      return;
    }
    if (!filled.length) return;
    const differing = legacy ? filled.filter((c) => !asThisRunWrites(r, c)) : filled;
    if (!differing.length) {
      ops.push({ op: 'clearRange', sheet, top: r, left: CHART_DATA_COLUMN, bottom: r, right: last });
      cleared++;
      return;
    }
    (legacy ? unsure : typed).push(...differing.map((c) => toA1(r, c)));
    if (text(r, FINGERPRINT_COLUMN) === null && text(r, 0) === null) ops.push({ op: 'setCells', sheet, row: r, col: FINGERPRINT_COLUMN, cells: [[{ value: emptyPrint }]] });
  });
  ops.push({ op: 'setCharts', sheet, charts: [] });
  // Neighbouring rows cleared alike in one range.
  const merged = ops.reduce<Plan['ops'][number][]>((out, op) => {
    const prev = out[out.length - 1];
    if (op.op === 'clearRange' && prev?.op === 'clearRange' && prev.left === op.left && prev.bottom + 1 === op.top) out[out.length - 1] = { ...prev, bottom: op.bottom };
    else out.push(op);
    return out;
  }, []);
  const keptLines = [
    ...(changed.length ? [`保留 ${cellList(changed)}：这些图表数据在决算公开助手写入后被改过，按您改过的内容保留，未删除。`] : []),
    ...(unsure.length
      ? [
          `保留 ${cellList(unsure)}：工作表“${sheet}”由决算公开助手早先的版本写入，${thisRun ? '这些图表数据与这次生成的不同，可能是您改过的' : '无法确认这些图表数据是否被您改过'}，连同所在行一起保留，未删除。如不需要，请核对后手动删除。`,
        ]
      : []),
    ...(typed.length ? [`保留 ${cellList(typed)}：这些单元格的内容不是决算公开助手写入的，未删除。`] : []),
    ...(keptBefore.length ? [`保留 ${cellList(keptBefore)}：这些内容在先前删除图表时已保留（不是决算公开助手现在所写的），这次仍未删除。如不需要，请核对后手动删除。`] : []),
  ];
  return {
    ops: merged,
    summary: [
      keptLines.length
        ? `删除工作表“${sheet}”中决算公开助手画的图表，和 ${CHART_DATA_LETTERS}中仍是助手所写的 ${cleared} 行图表数据，公开说明文字不变。`
        : `删除工作表“${sheet}”中决算公开助手画的图表和图表数据（${CHART_DATA_LETTERS}），公开说明文字不变。`,
      ...keptLines,
    ],
  };
}
