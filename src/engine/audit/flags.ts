/**
 * Flags in place, as plans (DESIGN.md "Flags in place"): a highlight we own on each cell of a finding, a tagged
 * note where the cell has none of its own, and a 检查结果 sheet listing every finding with links to its cells and
 * the accountant's mark (已说明 / 忽略, with their words) that survives a re-run. Clearing removes only what we
 * added. Flagging first clears our earlier flags, so running check twice gives the same workbook as once.
 */
import { cellAt, cellText, SheetGrid, WorkbookGrid } from '../grid/cell';
import { quoteSheetName, toA1 } from '../grid/address';
import type { CellRef } from '../grid/address';
import { normalizeText } from '../grid/normalize';
import type { Plan, PlanCell, PlanOp } from '../plan/plan';
import { NOTE_TAG, OWNED_SHEET_NAMES } from '../plan/plan';
import { OwnedTarget, ownSheetOps, resolveOwnedSheet, targetSummary } from '../plan/owned';
import { isLegacyOwnedSheet } from '../plan/legacy';
import type { Finding } from './finding';
import { countFindings } from './finding';
import { formatMeasure } from './measure';
import { SEVERITY_NAMES } from './rule';
import { RULES } from './rules';
import { findingNumber, groupFindings } from './numbering';

/** The 检查结果 sheet's name when it is free; the sheet itself is found by its mark (plan/owned.ts). */
export const RESULT_SHEET = OWNED_SHEET_NAMES.results;
export const MARKS = ['已说明', '忽略'] as const;
export type MarkKind = (typeof MARKS)[number];

export interface Mark {
  readonly kind: MarkKind;
  readonly words: string;
}

// 差额 is written with its unit ("-0.02 元", "0.50%"): findings about tables of different units share the column.
// 编号 is the number the pane shows (表04-1); 标识 the finding's stable id, by which a mark finds its finding again
// (the numbers move as findings come and go).
const HEADER = ['编号', '级别', '表', '检查项', '问题', '单元格', '差额', '标记', '说明', '标识'];
/** The 检查结果 sheet's columns (0-based); 标记 and 说明 are the accountant's to fill. */
/**
 * A finding's cells as the 单元格 column shows them: each sheet named once before its cells, in the finding's order
 * (`财政拨款收入支出决算总表!F8、F9、F12；说明数据!C8`). Named before every cell, a sum over a table's 类 was thirty
 * sheet names in a row, and its row of the sheet as tall as the screen.
 */
export function cellsText(refs: readonly CellRef[]): string {
  const groups: { sheet: string; cells: string[] }[] = [];
  for (const ref of refs) {
    const last = groups[groups.length - 1];
    if (last?.sheet === ref.sheet) last.cells.push(toA1(ref.row, ref.col));
    else groups.push({ sheet: ref.sheet, cells: [toA1(ref.row, ref.col)] });
  }
  return groups.map((g) => `${quoteSheetName(g.sheet)}!${g.cells.join('、')}`).join('；');
}

export const RESULT_COLUMNS = { number: 0, severity: 1, table: 2, rule: 3, message: 4, cells: 5, difference: 6, mark: 7, words: 8, id: 9 } as const;
const COL = RESULT_COLUMNS;
const ID_HEADER = HEADER[COL.id]!;
const WIDTHS = [8, 6, 6, 30, 70, 28, 12, 8, 30, 10];

/** The add-in's 检查结果 sheet: the marked one, or an earlier version's adopted, or a new one. */
export function resultTarget(grid: WorkbookGrid): OwnedTarget {
  return resolveOwnedSheet(grid, 'results', (sheet) => isLegacyOwnedSheet('results', sheet));
}

/** The row of the 检查结果 sheet's column headers (-1 when it has none); the findings are below it. */
export function resultHeaderRow(sheet: SheetGrid): number {
  return sheet.rows.findIndex((r) => normalizeText(cellText(r[0] ?? null)) === '编号');
}

/**
 * The column of the findings' ids: 标识; in a sheet an earlier version wrote (no 标识 column), 编号, which held the id
 * there — its marks are kept.
 */
function idColumn(sheet: SheetGrid, header: number): number {
  const at = (sheet.rows[header] ?? []).findIndex((v) => normalizeText(cellText(v ?? null)) === ID_HEADER);
  return at < 0 ? COL.number : at;
}

/** The marks in the add-in's 检查结果 sheet, by finding id (a sheet of the accountant's is not read). */
export function readMarks(grid: WorkbookGrid): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  const sheet = resultTarget(grid).existing;
  if (!sheet) return marks;
  const header = resultHeaderRow(sheet);
  if (header < 0) return marks;
  const idCol = idColumn(sheet, header);
  for (let r = header + 1; r < sheet.rows.length; r++) {
    const id = cellText(cellAt(sheet, r, idCol)).trim();
    const kind = normalizeText(cellText(cellAt(sheet, r, COL.mark))) as MarkKind;
    if (!id || !MARKS.includes(kind)) continue;
    marks.set(id, { kind, words: cellText(cellAt(sheet, r, COL.words)).trim() });
  }
  return marks;
}

/**
 * The findings the add-in's 检查结果 sheet lists as flagged (not those it keeps as 已解决 for their marks), or undefined
 * where there is no such sheet: the workbook has not been checked, or its flags were cleared.
 */
export function flaggedIdsIn(grid: WorkbookGrid): ReadonlySet<string> | undefined {
  const sheet = resultTarget(grid).existing;
  if (!sheet) return undefined;
  const header = resultHeaderRow(sheet);
  const ids = new Set<string>();
  if (header < 0) return ids;
  const idCol = idColumn(sheet, header);
  for (let r = header + 1; r < sheet.rows.length; r++) {
    const id = cellText(cellAt(sheet, r, idCol)).trim();
    if (id && normalizeText(cellText(cellAt(sheet, r, COL.severity))) !== '已解决') ids.add(id);
  }
  return ids;
}

function ruleTitle(id: string): string {
  return RULES.find((r) => r.id === id)?.title ?? id;
}

function resultCells(findings: readonly Finding[], marks: ReadonlyMap<string, Mark>): PlanCell[][] {
  const counts = countFindings(findings);
  const rows: PlanCell[][] = [
    [{ value: '检查结果（决算公开助手）', style: 'title' }],
    [
      {
        value: `错误 ${counts.error} 个，尾差 ${counts.rounding} 个，提示 ${counts.warning} 个。在“标记”列填“已说明”或“忽略”（并在“说明”列写明原因），再次检查时保留，不再标出。`,
        style: 'note',
      },
    ],
    [],
    HEADER.map((h) => ({ value: h, style: 'header' as const })),
  ];
  const row = (f: Finding | undefined, number: string, id: string, severity: string, mark: Mark | undefined, table = f?.table ?? ''): PlanCell[] => {
    const where = f ? cellsText(f.cellRefs) : '';
    const first = f?.cellRefs[0];
    return [
      { value: number || null, style: 'label' },
      { value: severity, style: 'label' },
      { value: table, style: 'label' },
      { value: f ? ruleTitle(f.rule) : '', style: 'inputText' },
      { value: f?.message ?? '（再次检查时已不存在）', style: 'inputText' },
      first ? { value: where, style: 'inputText', link: { sheet: first.sheet, cell: toA1(first.row, first.col) } } : { value: where, style: 'inputText' },
      { value: f && f.difference !== null ? formatMeasure(f.difference, f.unit) : null, style: 'derivedAmount' },
      { value: mark?.kind ?? null, style: 'input' },
      { value: mark?.words ?? null, style: 'inputText' },
      { value: id, style: 'label' },
    ];
  };
  // In the pane's order, under the pane's numbers.
  for (const group of groupFindings(findings)) {
    // 表 as the number says it: 其他表 for a table beyond the nine, not our code F05.
    group.findings.forEach((f, i) => rows.push(row(f, findingNumber(group, i), f.id, SEVERITY_NAMES[f.severity], marks.get(f.id), group.label)));
  }
  // Marks of findings that no longer occur are kept, so that the accountant's words are not lost.
  for (const [id, mark] of marks) if (!findings.some((f) => f.id === id)) rows.push(row(undefined, '', id, '已解决', mark));
  return rows;
}

export function flagPlan(grid: WorkbookGrid, findings: readonly Finding[], marks: ReadonlyMap<string, Mark> = readMarks(grid)): Plan {
  const sheets = grid.sheets.map((s) => s.name);
  const ops: PlanOp[] = [{ op: 'removeHighlights', sheets }, { op: 'removeNotes', sheets }];
  const open = findings.filter((f) => !marks.has(f.id));
  const highlights = new Map<string, Set<string>>();
  const notes = new Map<string, Map<string, string[]>>();
  for (const f of open) {
    f.cellRefs.forEach((c, i) => {
      if (!grid.sheets.some((s) => s.name === c.sheet)) return;
      const key = `${c.sheet}\u0000${f.severity}`;
      const set = highlights.get(key) ?? new Set<string>();
      set.add(toA1(c.row, c.col));
      highlights.set(key, set);
      if (i > 0) return;
      const sheetNotes = notes.get(c.sheet) ?? new Map<string, string[]>();
      const list = sheetNotes.get(toA1(c.row, c.col)) ?? [];
      list.push(`${SEVERITY_NAMES[f.severity]}：${f.message}`);
      sheetNotes.set(toA1(c.row, c.col), list);
      notes.set(c.sheet, sheetNotes);
    });
  }
  for (const [key, cells] of highlights) {
    const [sheet, level] = key.split('\u0000') as [string, Finding['severity']];
    ops.push({ op: 'addHighlights', sheet, level, cells: [...cells] });
  }
  for (const [sheet, byCell] of notes) {
    ops.push({ op: 'setNotes', sheet, notes: [...byCell].map(([cell, lines]) => ({ cell, text: `${NOTE_TAG}\n${lines.join('\n')}` })) });
  }
  const cells = resultCells(findings, marks);
  const target = resultTarget(grid);
  const sheet = target.sheet;
  const previous = target.existing;
  ops.push(...ownSheetOps(target), { op: 'setCells', sheet, row: 0, col: 0, cells });
  if (previous && previous.rows.length > cells.length) {
    ops.push({ op: 'clearRange', sheet, top: cells.length, left: 0, bottom: previous.rows.length - 1, right: HEADER.length - 1 });
  }
  ops.push({ op: 'setColumnWidths', sheet, widths: WIDTHS });
  return { ops, summary: [...flagSummary(grid, open), ...targetSummary(target), listedLine(sheet, findings, open)] };
}

/**
 * What 标出 will do, counted as it is done: the problems with a cell to colour, and the cells coloured, each once (a
 * cell two problems share is one cell). A problem with no cell (a table missing from the workbook: 找不到《支出决算表》)
 * is said apart: "标出 21 个问题涉及的 87 个单元格" counted it among those coloured, where it has no cell to colour.
 */
function flagSummary(grid: WorkbookGrid, open: readonly Finding[]): string[] {
  const inWorkbook = (c: CellRef) => grid.sheets.some((s) => s.name === c.sheet);
  const withCells = open.filter((f) => f.cellRefs.some(inWorkbook));
  const cells = new Set(withCells.flatMap((f) => f.cellRefs.filter(inWorkbook).map((c) => `${c.sheet}\u0000${toA1(c.row, c.col)}`)));
  const without = open.length - withCells.length;
  if (open.length === 0) return ['没有要标出的问题，单元格不标色。'];
  return [
    ...(withCells.length ? [`标出 ${withCells.length} 个问题涉及的 ${cells.size} 个单元格（条件格式，不改动单元格本身的格式；无批注的单元格加批注）。`] : []),
    ...(without ? [`${withCells.length ? '另有' : '有'} ${without} 个问题没有单元格可标（${withoutCellsExample(open.find((f) => !withCells.includes(f))!)}），只列在“检查结果”中。`] : []),
  ];
}

/** A problem without a cell, named as the accountant knows it: the table missing, else the problem's first words. */
function withoutCellsExample(f: Finding): string {
  const table = /找不到《[^》]+》/.exec(f.message)?.[0];
  return table ? `如${table.replace('找不到', '缺少')}` : `如“${f.message.length > 20 ? `${f.message.slice(0, 20)}…` : f.message}”`;
}

/** The 检查结果 sheet's line: every problem, by level, as the pane's counts and the sheet's own first lines say. */
function listedLine(sheet: string, findings: readonly Finding[], open: readonly Finding[]): string {
  const counts = countFindings(findings);
  return `在工作表“${sheet}”列出全部 ${findings.length} 个问题（错误 ${counts.error}、尾差 ${counts.rounding}、提示 ${counts.warning}）${findings.length > open.length ? `，其中 ${findings.length - open.length} 个标了“已说明”或“忽略”` : ''}。`;
}

/**
 * Removes our highlights, our notes and our 检查结果 sheet (with the marks in it: the plan says so). A sheet of
 * the accountant's named 检查结果 is not ours and stays.
 */
export function clearFlagsPlan(grid: WorkbookGrid): Plan {
  const target = resultTarget(grid);
  const results = target.existing ? target.sheet : undefined;
  const sheets = grid.sheets.map((s) => s.name).filter((s) => s !== results);
  const ops: PlanOp[] = [{ op: 'removeHighlights', sheets }, { op: 'removeNotes', sheets }];
  if (results) ops.push(...ownSheetOps(target), { op: 'deleteSheet', sheet: results });
  return {
    ops,
    summary: [
      '清除决算公开助手添加的标色和批注，单元格的数值、格式和您自己的批注不变。',
      ...(results ? [`删除决算公开助手的工作表“${results}”（其中的“已说明/忽略”标记一并删除）。`] : []),
      ...(target.kept ? [`工作表“${target.kept}”是您自己的，不删除。`] : []),
    ],
  };
}
