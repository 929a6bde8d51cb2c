/**
 * The sheets of the open workbook: tabs, a grid of values as Excel shows them, our highlights and notes, and the
 * cell a finding points at selected and scrolled into view. Cell text is rendered as text, never as HTML.
 *
 * The grid is edited as a spreadsheet is (GridEditing: the host writes what was typed): select a cell or a range,
 * type to replace (a number, text, or a formula the add-in writes there), F2 or a double click to edit, Enter /
 * Tab / arrows to move, Esc to cancel, Delete to clear, Ctrl+Z / Ctrl+Y, and copy and paste of ranges as Excel and
 * WPS put them on the clipboard (tab-separated). One hidden input holds the keyboard, so that a Chinese input
 * method composes straight into the cell. Cells of the add-in's are shaded and refuse an overwrite until the
 * accountant confirms.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ClipboardEvent, CSSProperties, KeyboardEvent, MouseEvent, RefObject } from 'react';
import { Button, makeStyles, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, shorthands, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { columnLetters, toA1 } from '../engine/grid/address';
import { parseTsv, toTsv } from '../engine/edit/tsv';
import type { CellView, SheetView as View } from './xlsxHost';
import type { MergedArea } from '../engine/grid/cell';
import { drawnAt, drawnEdges, drawnSpan, drawnWhole, mergeOf } from './view';
import type { CellInput, EditOutcome, UndoOutcome } from './edits';
import { Bounds, cellsOf, Direction, move, pasteTargets, Selection, selectedRange, single, spanning } from './selection';

/**
 * What the grid asks of the host to change the workbook. A promise when the host cannot write yet (the web page
 * before ExcelJS has loaded): the grid holds what was typed, read-only, until the outcome comes.
 */
export interface GridEditing {
  edit(sheet: string, inputs: readonly CellInput[], options?: { readonly force?: boolean }): EditOutcome | Promise<EditOutcome>;
  undo(): UndoOutcome | Promise<UndoOutcome>;
  redo(): UndoOutcome | Promise<UndoOutcome>;
}

/** Runs `then` on the outcome now, or when it comes. */
function settle<T>(outcome: T | Promise<T>, then: (value: T) => void): void {
  if (outcome instanceof Promise) void outcome.then(then);
  else then(outcome);
}

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: 1, height: '100%', overflow: 'hidden' },
  tabs: { overflowX: 'auto', flexShrink: 0 },
  bar: { display: 'flex', gap: '8px', alignItems: 'center', padding: '2px 8px', fontSize: '12px', minHeight: '22px', ...shorthands.borderTop('1px', 'solid', tokens.colorNeutralStroke2) },
  nameBox: { minWidth: '4.5em', color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  // The cell's content keeps room for a figure in a narrow window; the legend gives way (cut with …, its whole text in the title).
  content: { flex: 1, minWidth: '8em', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontFamily: tokens.fontFamilyMonospace },
  legend: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap', minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' },
  swatch: { display: 'inline-block', width: '10px', height: '10px', backgroundColor: '#E8E8E8', ...shorthands.border('1px', 'solid', tokens.colorNeutralStroke2), marginRight: '3px', verticalAlign: 'middle' },
  scroller: { overflow: 'auto', flex: 1, ...shorthands.borderTop('1px', 'solid', tokens.colorNeutralStroke2) },
  canvas: { position: 'relative', display: 'inline-block', minWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: '12px', fontFamily: tokens.fontFamilyBase, userSelect: 'none', cursor: 'cell' },
  // Above the row numbers (the corner), which are above a text running on over its neighbours (spill): scrolled
  // sideways, a long title was drawn over the row numbers.
  head: { position: 'sticky', top: 0, zIndex: 3, background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: 'normal', padding: '1px 6px' },
  rowHead: { position: 'sticky', left: 0, zIndex: 2, background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: 'right', padding: '1px 6px' },
  cell: {
    ...shorthands.border('1px', 'solid', tokens.colorNeutralStroke3),
    // Excel's default font, 11 pt at 96 dpi: a cell of no style (one with a font has its own size, CellView.size).
    fontSize: '14.67px',
    // Lines spaced by the cell's own font, as Excel spaces them (the page's fixed 20 px ran a 16 pt title's two lines into each other).
    lineHeight: 1.3,
    padding: '1px 6px',
    whiteSpace: 'nowrap',
    maxWidth: '260px',
    minWidth: '3em',
    height: '18px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    position: 'relative',
  },
  // A column of the sheet's own width, and text that wraps in it, as Excel shows them.
  sized: { boxSizing: 'border-box' },
  wrapped: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', textOverflow: 'clip' },
  // A text runs on over empty cells to its right, as in Excel.
  spill: { overflowX: 'visible', overflowY: 'visible', textOverflow: 'clip', zIndex: 1 },
  bottom: { verticalAlign: 'bottom' },
  top: { verticalAlign: 'top' },
  middle: { verticalAlign: 'middle' },
  numeric: { textAlign: 'right' },
  bold: { fontWeight: tokens.fontWeightSemibold },
  // A style's own alignment, after `numeric`: a number the style puts left stays left.
  left: { textAlign: 'left' },
  center: { textAlign: 'center' },
  right: { textAlign: 'right' },
  addinFormula: { backgroundColor: '#E8E8E8' },
  addinOther: { backgroundColor: '#F4F4F4', color: tokens.colorNeutralForeground2 },
  error: { backgroundColor: '#FFC7CE', color: '#9C0006' },
  rounding: { backgroundColor: '#FFF2CC' },
  warning: { backgroundColor: '#DDEBF7' },
  note: { boxShadow: 'inset -6px 6px 0 -3px #D13438' },
  range: { position: 'absolute', pointerEvents: 'none', backgroundColor: 'rgba(15, 108, 189, 0.10)', ...shorthands.border('1px', 'solid', tokens.colorBrandStroke1), zIndex: 1, boxSizing: 'border-box' },
  active: { position: 'absolute', pointerEvents: 'none', ...shorthands.border('2px', 'solid', tokens.colorBrandStroke1), zIndex: 1, boxSizing: 'border-box' },
  editor: {
    position: 'absolute',
    zIndex: 3,
    boxSizing: 'border-box',
    fontFamily: tokens.fontFamilyBase,
    padding: '0 5px',
    ...shorthands.border('2px', 'solid', tokens.colorBrandStroke1),
    outlineStyle: 'none',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  idle: { opacity: 0, caretColor: 'transparent', pointerEvents: 'none' },
  more: { padding: '6px', color: tokens.colorNeutralForeground3 },
});

/** Empty rows and columns shown past the used range, so that a value can be typed beside it. */
const EXTRA_ROWS = 10;
const EXTRA_COLS = 3;

interface Rect {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

interface Editing {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** enter: started by typing (arrows commit and move); edit: F2 or a double click (arrows move the caret). */
  readonly mode: 'enter' | 'edit';
}

type Notice = { readonly intent: 'warning' | 'error' | 'info'; readonly message: string; readonly retry?: { readonly label: string; readonly run: () => void } };

const TOP_LEFT = single({ row: 0, col: 0 });

const ARROWS: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

function cellTitle(cell: CellView | undefined, note: string | undefined): string {
  const base = note ?? cell?.text ?? '';
  if (cell?.addin === 'formula') return `${base}\n决算公开助手的公式 ${cell.edit}（受保护）`;
  if (cell?.addin) return `${base}\n决算公开助手写入（受保护）`;
  return base;
}

/**
 * The cell drawing (row, col): its merged area's first cell spans the area, and the area's other cells have no `td`, so
 * a cell is found by its column's attribute rather than by its place in the row.
 */
function cellBox(table: HTMLTableElement | null, sheet: View, row: number, col: number): HTMLTableCellElement | undefined {
  const at = drawnAt(sheet, row, col);
  return table?.rows[at.row + 1]?.querySelector<HTMLTableCellElement>(`td[data-col="${at.col}"]`) ?? undefined;
}

/**
 * A cell's own width (0: hidden) and its style's fill. The fill gives way to a flag's colour and to the add-in's shade,
 * which say more than a header's grey.
 */
function cellStyle(px: number | undefined, fill: string | undefined): CSSProperties | undefined {
  if (px === 0) return { display: 'none' };
  const width = px === undefined ? undefined : { width: px, minWidth: px, maxWidth: px };
  return fill ? { ...width, backgroundColor: fill } : width;
}

/**
 * A cell's font (its size, italic, underline; its colour unless a flag or the add-in's shade colours it) and, in a row of
 * the sheet's own height, no height of its own: the row's serves.
 */
function fontStyle(cell: CellView | undefined, shaded: boolean, tall: boolean): CSSProperties {
  return {
    ...(cell?.size ? { fontSize: cell.size } : {}),
    ...(cell?.italic ? { fontStyle: 'italic' } : {}),
    ...(cell?.underline ? { textDecoration: 'underline' } : {}),
    ...(cell?.color && !shaded ? { color: cell.color } : {}),
    ...(tall ? { height: 'auto' } : {}),
  };
}

/** A merged area's bottom right cell. */
const last = (m: MergedArea | undefined) => (m ? { row: m.bottom, col: m.right } : undefined);

/** `areas`: the sheet's merged areas drawn as one cell (drawnWhole). */
function Grid(props: { sheet: View; areas: readonly MergedArea[]; width: number; height: number; tableRef: RefObject<HTMLTableElement | null> }) {
  const styles = useStyles();
  const { sheet, areas, width, height } = props;
  const spans = new Map(areas.map((m) => [`${m.top},${m.left}`, drawnSpan(sheet, m)]));
  const areaAt = new Map(areas.map((m) => [`${m.top},${m.left}`, m]));
  // The cells an area drawn as one covers, other than its first: not drawn.
  const covered = new Set<string>();
  for (const m of areas) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  return (
    <table className={styles.table} ref={props.tableRef}>
      <thead>
        <tr>
          <th className={styles.head} />
          {Array.from({ length: width }, (_, c) => (
            <th key={c} className={styles.head} style={sheet.widths[c] === 0 ? { display: 'none' } : undefined}>
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: height }, (_, r) => {
          const row = sheet.rows[r];
          // The sheet's own height for the row (a title's tall row), as Excel draws it.
          const tall = sheet.heights[r];
          return (
            <tr key={r} style={sheet.hiddenRows.has(r) ? { display: 'none' } : tall ? { height: tall } : undefined}>
              <th className={styles.rowHead}>{r + 1}</th>
              {Array.from({ length: width }, (_, c) => {
                const cell = row?.[c];
                const key = `${r},${c}`;
                // Inside a merged area: drawn by the area's first cell.
                if (covered.has(key)) return null;
                const span = spans.get(key);
                const level = sheet.highlights.get(key);
                const note = sheet.notes.get(key);
                // The sheet's own column width (0: hidden); wrapped text and text running over empty cells as in Excel.
                const px = sheet.widths[c];
                // A merged area's text stays in its area, as Excel draws it; nor does a text run on over an area.
                const spills = !span && !!cell?.text && !cell.numeric && !cell.wrap && !row?.[c + 1]?.text && !covered.has(`${r},${c + 1}`);
                return (
                  <td
                    key={c}
                    rowSpan={span && span.rows > 1 ? span.rows : undefined}
                    colSpan={span && span.cols > 1 ? span.cols : undefined}
                    style={{
                      ...cellStyle(px, level || cell?.addin ? undefined : cell?.fill),
                      ...(px === 0 ? {} : drawnEdges(sheet, r, c, last(areaAt.get(key)) ?? { row: r, col: c })),
                      ...fontStyle(cell, !!level || !!cell?.addin, tall !== undefined && (!span || span.rows === 1)),
                    }}
                    className={mergeClasses(
                      styles.cell,
                      px !== undefined && styles.sized,
                      cell?.wrap && styles.wrapped,
                      spills && styles.spill,
                      styles[cell?.vertical ?? 'bottom'],
                      cell?.numeric && styles.numeric,
                      cell?.horizontal && styles[cell.horizontal],
                      cell?.bold && styles.bold,
                      cell?.addin === 'formula' && styles.addinFormula,
                      cell?.addin && cell.addin !== 'formula' && styles.addinOther,
                      level && styles[level],
                      note && styles.note,
                    )}
                    title={cellTitle(cell, note)}
                    data-cell={`${columnLetters(c)}${r + 1}`}
                    data-row={r}
                    data-col={c}
                    data-flag={level}
                    data-addin={cell?.addin}
                  >
                    {cell?.text ?? ''}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The cell a mouse event is over, from the attributes each cell carries. */
function cellOfEvent(e: MouseEvent): { row: number; col: number } | undefined {
  const td = (e.target as Element).closest('td[data-row]');
  if (!td) return undefined;
  return { row: Number(td.getAttribute('data-row')), col: Number(td.getAttribute('data-col')) };
}

export function SheetView(props: {
  sheets: readonly View[];
  active: string;
  onActive: (name: string) => void;
  selected?: { row: number; col: number };
  editing?: GridEditing;
}) {
  const styles = useStyles();
  const sheet = props.sheets.find((s) => s.name === props.active) ?? props.sheets[0];
  const tableRef = useRef<HTMLTableElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const dragging = useRef(false);
  const [state, setState] = useState<{ sheet: string; selection: Selection }>({ sheet: '', selection: single({ row: 0, col: 0 }) });
  const [editing, setEditing] = useState<Editing | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  /** A write waits for the host (its outcome not in yet): the grid takes no input meanwhile. */
  const [waiting, setWaiting] = useState(false);
  const [rects, setRects] = useState<{ active?: Rect; range?: Rect; editor?: Rect }>({});

  const usedWidth = sheet ? Math.max(0, ...sheet.rows.map((r) => r.length)) : 0;
  const width = usedWidth + (props.editing ? EXTRA_COLS : 0);
  const height = sheet ? sheet.rows.length + (props.editing && sheet.rowsLeftOut === 0 ? EXTRA_ROWS : 0) : 0;
  const bounds: Bounds = { rows: Math.max(height, 1), cols: Math.max(width, 1) };
  // The merged areas drawn as one cell: an arrow moves off them whole.
  const areas = useMemo(() => (sheet ? sheet.merges.filter((m) => drawnWhole(sheet, m)) : []), [sheet]);
  const selection = state.sheet === sheet?.name ? state.selection : TOP_LEFT;
  // The active cell is never one a merged area covers but its first (Home, a finding's cell, a paste): the cell an edit
  // goes to and the formula bar shows are the area's, as Excel has them (review: typed over A3 from an editor showing A4's
  // empty text).
  const activeIn = (s: Selection): Selection => {
    if (!sheet) return s;
    const anchor = drawnAt(sheet, s.anchor.row, s.anchor.col);
    return s.anchor === s.focus ? single(anchor) : { anchor, focus: s.focus };
  };
  const select = (s: Selection) => sheet && setState({ sheet: sheet.name, selection: activeIn(s) });

  // Another sheet opens at its top left, its tab in view (the strip scrolls): the scroller is the same element for
  // every sheet, and kept where the last one was left (a finding's row 112 on a sheet of 30, columns A–B out of sight
  // while the formula bar said A1). A finding's cell on it is scrolled to after this (the effect below).
  const tabsRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const scroller = canvasRef.current?.closest('[data-scroller]');
    scroller?.scrollTo({ top: 0, left: 0 });
    const list = tabsRef.current;
    // By its place: the tab's aria-selected follows a render later (Fluent keeps the selected value in its own state).
    const tab = list?.querySelectorAll('[data-testid="sheet-tab"]')[props.sheets.findIndex((s) => s.name === sheet?.name)];
    if (!list || !tab) return;
    const l = list.getBoundingClientRect();
    const t = tab.getBoundingClientRect();
    if (t.left < l.left) list.scrollLeft -= l.left - t.left + 16;
    else if (t.right > l.right) list.scrollLeft += t.right - l.right + 16;
  }, [sheet?.name]);

  // A finding clicked in the pane selects its cell and scrolls the grid (not the page) to it: once, when the pane
  // selects it, not again when another sheet is chosen while it is the last selection.
  const scrolledTo = useRef<{ row: number; col: number } | undefined>(undefined);
  useEffect(() => {
    if (!props.selected || !sheet || scrolledTo.current === props.selected) return;
    scrolledTo.current = props.selected;
    setState({ sheet: sheet.name, selection: single(drawnAt(sheet, props.selected.row, props.selected.col)) });
    setEditing(undefined);
    const td = cellBox(tableRef.current, sheet, props.selected.row, props.selected.col);
    const scroller = td?.closest('[data-scroller]') as HTMLElement | null;
    if (td && scroller) scroller.scrollTo({ top: td.offsetTop - scroller.clientHeight / 2, left: td.offsetLeft - scroller.clientWidth / 2 });
  }, [props.selected, props.active]);

  // Where the active cell and the range are drawn, from the cells' own boxes; the active cell is marked for tests and
  // assistive tools.
  useLayoutEffect(() => {
    const table = tableRef.current;
    const canvas = canvasRef.current;
    if (!table || !canvas) return;
    const origin = canvas.getBoundingClientRect();
    const box = (row: number, col: number) => (sheet ? cellBox(table, sheet, row, col) : undefined);
    const rectOf = (a: Element | undefined, b: Element | undefined): Rect | undefined => {
      if (!a || !b) return undefined;
      const r1 = a.getBoundingClientRect();
      const r2 = b.getBoundingClientRect();
      return { top: r1.top - origin.top, left: r1.left - origin.left, width: r2.right - r1.left, height: r2.bottom - r1.top };
    };
    const r = selectedRange(selection, areas);
    // One cell selected, or one merged area (drawn as one cell): the active cell's box alone, no range over it.
    const one = (sheet && mergeOf(sheet, selection.anchor.row, selection.anchor.col)) ?? { top: selection.anchor.row, left: selection.anchor.col, bottom: selection.anchor.row, right: selection.anchor.col };
    const activeCell = box(selection.anchor.row, selection.anchor.col);
    const editorCell = editing ? box(editing.row, editing.col) : activeCell;
    setRects({
      active: rectOf(activeCell, activeCell),
      range: r.top === one.top && r.left === one.left && r.bottom === one.bottom && r.right === one.right ? undefined : rectOf(box(r.top, r.left), box(r.bottom, r.right)),
      editor: rectOf(editorCell, editorCell),
    });
    table.querySelectorAll('[data-selected]').forEach((e) => e.removeAttribute('data-selected'));
    activeCell?.setAttribute('data-selected', 'true');
  }, [selection, sheet, areas, width, height, editing?.row, editing?.col]);

  const table = useMemo(() => (sheet ? <Grid sheet={sheet} areas={areas} width={width} height={height} tableRef={tableRef} /> : null), [sheet, areas, width, height]);
  if (!sheet) return <Text>工作簿中没有可显示的工作表。</Text>;

  const activeView = sheet.rows[selection.anchor.row]?.[selection.anchor.col];
  const address = toA1(selection.anchor.row, selection.anchor.col);
  const focusInput = () => inputRef.current?.focus({ preventScroll: true });
  const reveal = (row: number, col: number) => cellBox(tableRef.current, sheet, row, col)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const goTo = (s: Selection) => {
    select(s);
    reveal(s.focus.row, s.focus.col);
  };

  /** Shows what the edit came to; a refused one keeps what was typed, with the way on. */
  const outcome = (result: EditOutcome, retry: () => void, after: () => void): boolean => {
    if (result.ok) {
      setNotice(result.recomputed > 0 ? { intent: 'info', message: `已改动 ${result.cells} 个单元格；决算公开助手的 ${result.recomputed} 个公式已重新计算。` } : undefined);
      after();
      return true;
    }
    setNotice(result.reason === 'protected' ? { intent: 'warning', message: result.message, retry: { label: '仍要改写', run: retry } } : { intent: 'error', message: result.message });
    return false;
  };

  const write = (inputs: readonly CellInput[], after: () => void, force = false): boolean => {
    if (!props.editing || waiting) return false;
    const result = props.editing.edit(sheet.name, inputs, { force });
    const retry = () => write(inputs, after, true);
    if (!(result instanceof Promise)) return outcome(result, retry, after);
    setWaiting(true);
    setNotice({ intent: 'info', message: '正在载入编辑功能，输入的内容稍后写入…' });
    void result.then((r) => {
      setWaiting(false);
      outcome(r, retry, after);
    });
    return false;
  };

  /** Writes the cell being edited; then moves (Enter, Tab, an arrow) or stays. False when it was refused. */
  const commit = (then: Direction | 'stay'): boolean => {
    if (!editing) return true;
    const at = { row: editing.row, col: editing.col };
    return write([{ row: at.row, col: at.col, text: editing.text }], () => {
      setEditing(undefined);
      goTo(then === 'stay' ? single(at) : move(single(at), then, false, bounds, areas));
      focusInput();
    });
  };

  const startEditing = (mode: Editing['mode'], text: string) => {
    if (!props.editing) return;
    setNotice(undefined);
    setEditing({ row: selection.anchor.row, col: selection.anchor.col, text, mode });
  };

  const history = (result: UndoOutcome | Promise<UndoOutcome>) => settle(result, shown);
  const shown = (result: UndoOutcome) => {
    if (!result.ok) {
      setNotice({ intent: 'info', message: result.message });
      return;
    }
    setNotice(result.recomputed > 0 ? { intent: 'info', message: `决算公开助手的 ${result.recomputed} 个公式已重新计算。` } : undefined);
    if (result.sheet !== sheet.name) props.onActive(result.sheet);
    setState({ sheet: result.sheet, selection: spanning(result.cells) ?? TOP_LEFT });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    if (waiting) {
      e.preventDefault();
      return;
    }
    const ctrl = e.ctrlKey || e.metaKey;
    if (editing) {
      if (e.key === 'Enter') {
        e.preventDefault();
        commit(e.shiftKey ? 'up' : 'down');
      } else if (e.key === 'Tab') {
        e.preventDefault();
        commit(e.shiftKey ? 'left' : 'right');
      } else if (e.key === 'Escape') {
        e.preventDefault();
        setEditing(undefined);
        setNotice(undefined);
      } else if (ARROWS[e.key] && editing.mode === 'enter') {
        e.preventDefault();
        commit(ARROWS[e.key]);
      }
      return;
    }
    if (ARROWS[e.key]) {
      e.preventDefault();
      goTo(move(selection, ARROWS[e.key]!, e.shiftKey, bounds, areas));
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      const dir: Direction = e.key === 'Enter' ? (e.shiftKey ? 'up' : 'down') : e.shiftKey ? 'left' : 'right';
      goTo(move(single(selection.anchor), dir, false, bounds, areas));
    } else if (e.key === 'Home') {
      e.preventDefault();
      goTo(single({ row: ctrl ? 0 : selection.anchor.row, col: 0 }));
    } else if (e.key === 'F2') {
      e.preventDefault();
      startEditing('edit', activeView?.edit ?? '');
    } else if (e.key === 'Delete') {
      e.preventDefault();
      write(cellsOf(selectedRange(selection, areas)).map((c) => ({ ...c, text: '' })), () => undefined);
    } else if (e.key === 'Backspace') {
      e.preventDefault();
      startEditing('enter', '');
    } else if (e.key === 'Escape') {
      setNotice(undefined);
    } else if (ctrl && (e.key === 'z' || e.key === 'Z') && !e.shiftKey) {
      e.preventDefault();
      if (props.editing) history(props.editing.undo());
    } else if (ctrl && (e.key === 'y' || e.key === 'Y' || ((e.key === 'z' || e.key === 'Z') && e.shiftKey))) {
      e.preventDefault();
      if (props.editing) history(props.editing.redo());
    } else if (ctrl && (e.key === 'a' || e.key === 'A')) {
      e.preventDefault();
      select({ anchor: { row: 0, col: 0 }, focus: { row: bounds.rows - 1, col: bounds.cols - 1 } });
    }
  };

  const copyText = () => {
    const r = selectedRange(selection, areas);
    const rows: string[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: string[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(sheet.rows[row]?.[col]?.text ?? '');
      rows.push(line);
    }
    return toTsv(rows);
  };

  const onCopy = (e: ClipboardEvent<HTMLInputElement>) => {
    if (editing) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', copyText());
  };

  const onCut = (e: ClipboardEvent<HTMLInputElement>) => {
    if (editing) return;
    onCopy(e);
    write(cellsOf(selectedRange(selection, areas)).map((c) => ({ ...c, text: '' })), () => undefined);
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    if (editing || !props.editing) return;
    e.preventDefault();
    const block = parseTsv(e.clipboardData.getData('text/plain'));
    if (block.length === 0) return;
    const targets = pasteTargets(selection, block, areas).filter((t) => t.row < bounds.rows + 1000 && t.col < bounds.cols + 100);
    const pasted = spanning(targets);
    if (pasted) write(targets, () => select(pasted));
  };

  const onMouseDown = (e: MouseEvent) => {
    const cell = cellOfEvent(e);
    if (!cell) return;
    e.preventDefault();
    if (editing && !commit('stay')) return;
    dragging.current = true;
    select(e.shiftKey ? { anchor: selection.anchor, focus: cell } : single(cell));
    focusInput();
  };

  const onMouseOver = (e: MouseEvent) => {
    if (!dragging.current || e.buttons !== 1) return;
    const cell = cellOfEvent(e);
    if (cell) select({ anchor: selection.anchor, focus: cell });
  };

  const editorRect = rects.editor;
  return (
    <div className={styles.wrap} data-testid="sheet-view">
      <TabList
        ref={tabsRef}
        className={styles.tabs}
        size="small"
        selectedValue={sheet.name}
        onTabSelect={(_, d) => {
          setEditing(undefined);
          setNotice(undefined);
          props.onActive(String(d.value));
        }}
      >
        {props.sheets.map((s) => (
          <Tab key={s.name} value={s.name} data-testid="sheet-tab">
            {s.name}
          </Tab>
        ))}
      </TabList>
      {props.editing && (
        <div className={styles.bar} data-testid="formula-bar">
          <span className={styles.nameBox} title={`${sheet.name}!${address}`} data-testid="name-box">
            {address}
          </span>
          <span className={styles.content} title={activeView?.edit ?? ''}>
            {editing ? editing.text : (activeView?.edit ?? '')}
          </span>
          <span className={styles.legend} title="灰底：决算公开助手写的公式和文字，受保护">
            <span className={styles.swatch} />
            灰底：决算公开助手写的公式和文字，受保护
          </span>
        </div>
      )}
      {notice && (
        <MessageBar intent={notice.intent} data-testid="grid-notice">
          <MessageBarBody>{notice.message}</MessageBarBody>
          <MessageBarActions>
            {notice.retry && (
              <Button
                size="small"
                onClick={() => {
                  notice.retry!.run();
                  focusInput();
                }}
              >
                {notice.retry.label}
              </Button>
            )}
            <Button
              size="small"
              appearance="transparent"
              onClick={() => {
                setNotice(undefined);
                if (notice.retry) setEditing(undefined);
                focusInput();
              }}
            >
              {notice.retry ? '取消' : '关闭'}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.scroller} data-scroller>
        <div
          className={styles.canvas}
          ref={canvasRef}
          onMouseDown={props.editing ? onMouseDown : undefined}
          onMouseOver={props.editing ? onMouseOver : undefined}
          onMouseUp={() => (dragging.current = false)}
          onDoubleClick={(e) => {
            if (cellOfEvent(e)) startEditing('edit', activeView?.edit ?? '');
          }}
        >
          {table}
          {rects.range && <div className={styles.range} style={rects.range} data-testid="selection-range" />}
          {rects.active && <div className={styles.active} style={rects.active} />}
          {props.editing && editorRect && (
            <input
              ref={inputRef}
              className={mergeClasses(styles.editor, !editing && styles.idle)}
              style={{ top: editorRect.top, left: editorRect.left, height: editorRect.height, minWidth: editorRect.width, fontSize: activeView?.size ?? '14.67px', width: editing ? Math.min(Math.max(editorRect.width, editing.text.length * 13 + 16), 640) : editorRect.width }}
              value={editing ? editing.text : ''}
              readOnly={waiting}
              aria-label={`编辑单元格 ${address}`}
              data-testid="cell-editor"
              onChange={(e) => {
                const text = e.target.value;
                if (editing) setEditing({ ...editing, text });
                else startEditing('enter', text);
              }}
              onKeyDown={onKeyDown}
              onCopy={onCopy}
              onCut={onCut}
              onPaste={onPaste}
              onBlur={() => {
                dragging.current = false;
              }}
            />
          )}
        </div>
        {sheet.rowsLeftOut > 0 && <div className={styles.more}>另有 {sheet.rowsLeftOut} 行未显示。</div>}
      </div>
    </div>
  );
}
