/**
 * The web page: open a workbook, .xlsx, .xls, .et or .ods (picker or drag and drop; the bundled sample by
 * default), see its sheets beside the same pane as in Excel, edit them as in a spreadsheet, and save the workbook
 * (as .xlsx) with what was typed and what the pane wrote. The file never leaves the browser.
 *
 * Work is never lost without asking: opening another file, the sample or a dropped file over a workbook changed
 * since it was opened or downloaded asks first (and offers to download it); closing the tab warns; a file that
 * cannot be opened leaves the open workbook as it was.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CSSProperties } from 'react';
import { Button, Link, Spinner, Text, tokens } from '@fluentui/react-components';
import { parseA1 } from '../engine/grid/address';
import { Pane } from '../taskpane/Pane';
import { FilePicker } from '../taskpane/components/FilePicker';
import { lazyPart, LazyPartSlot, RestartAdvice } from '../taskpane/components/LazyPart';
import { WEB_RESTART } from './restart';
import type { SheetView as View } from './view';
import type { AddinCells } from '../engine/edit/addinCells';
import type { GridEditing } from './SheetView';
import type { NoticeProps } from './Notice';
import { FORMAT_NAMES, WORKBOOK_EXTENSIONS, workbookFormat } from '../hosts/files/kind';
import { WebWorkbook } from './webHost';
import { downloadName } from './downloadName';

export const SAMPLE_URL = 'samples/changji-2022.xlsx';
export const SAMPLE_DATA_URL = 'samples/changji-2022.data.json';
const SAMPLE_LABEL = '示例：新疆昌吉州政务服务和公共资源交易管理局 2022 年度决算';

// Plain style objects rather than makeStyles: the page's first render then compiles no CSS at run time (Griffel's
// stylis and rtl-css-js cost ≈30 ms on a first visit); Fluent's own components come with their styles compiled.
const styles = {
  page: { display: 'flex', flexDirection: 'column', height: '100vh', overflow: 'hidden', fontFamily: tokens.fontFamilyBase },
  bar: { display: 'flex', gap: '10px', alignItems: 'center', padding: '6px 12px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, background: tokens.colorNeutralBackground2, flexWrap: 'wrap' },
  main: { display: 'flex', flex: 1, minHeight: 0 },
  side: { width: '350px', flex: '0 0 350px', overflowY: 'auto', borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  // A window too narrow for the sheets beside the pane (a phone, a window kept narrow): the sheets above, the pane
  // below across the width, so that a cell the pane selects is still shown.
  mainNarrow: { display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 },
  // Its top edge a firm line with a shadow, over the sheets' last row: the row the sheets' area cuts off ends there,
  // not as if it ran on under the pane (a hairline #e0e0e0 told them apart at 360 px only where text touched it).
  sideNarrow: { flex: '0 0 60%', minHeight: 0, overflowY: 'auto', position: 'relative', zIndex: 1, background: tokens.colorNeutralBackground1, borderTop: `2px solid ${tokens.colorNeutralStroke1}`, boxShadow: '0 -2px 4px rgba(0, 0, 0, 0.14)' },
  drop: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  hint: { color: tokens.colorNeutralForeground3 },
  // What the download does not have, one line each (a run of sentences was hard to read at 360 px).
  lost: { margin: '4px 0 0', paddingLeft: '18px' },
  sheetsPending: { flex: 1, padding: '12px', color: tokens.colorNeutralForeground3 },
  // The sheets' chunk not fetched: the message across the sheets' width, as tall as its text.
  sheetsUnavailable: { flex: 1, alignSelf: 'flex-start', margin: '12px' },
} satisfies Record<string, CSSProperties>;

/** Below this width the sheets beside the 350-pixel pane would have no room: the two are stacked instead. */
export const NARROW_QUERY = '(max-width: 699px)';

/** Whether the window is narrower than NARROW_QUERY says, following it as it is resized. */
function useNarrow(): boolean {
  const query = useMemo(() => (typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_QUERY) : undefined), []);
  const [narrow, setNarrow] = useState(() => query?.matches ?? false);
  useEffect(() => {
    if (!query) return undefined;
    const changed = () => setNarrow(query.matches);
    query.addEventListener('change', changed);
    changed();
    return () => query.removeEventListener('change', changed);
  }, [query]);
  return narrow;
}

async function loadSampleData(): Promise<unknown> {
  const response = await fetch(SAMPLE_DATA_URL);
  if (!response.ok) throw new Error(`无法载入示例说明数据（${response.status}）。`);
  return response.json() as Promise<unknown>;
}

const loadHost = () => import(/* webpackChunkName: "xlsx-host" */ './xlsxHost');

// What the first view does not show comes in chunks of its own, so that a first visit neither downloads nor compiles
// it before the pane is on screen: the sheets (drawn once the page is idle), the messages, the replace dialog. As the
// pane's views, each sits in a LazyPartSlot: a chunk that cannot be fetched is said in its place with 重试, and the
// rest of the page goes on (without one, React blanks the page and Preact stops updating what follows it).
const loadSheetView = () => import(/* webpackChunkName: "sheet-view" */ './SheetView');
const SheetView = lazyPart(() => loadSheetView().then((m) => m.SheetView));
const LazyNotice = lazyPart(() => import(/* webpackChunkName: "web-notice" */ './Notice').then((m) => m.default));

/** A message, its chunk loaded the first time there is one (nothing is shown meanwhile). */
function Notice(props: NoticeProps) {
  return (
    <LazyPartSlot>
      <LazyNotice {...props} />
    </LazyPartSlot>
  );
}

const ReplaceDialog = lazyPart(() => import(/* webpackChunkName: "replace-dialog" */ './ReplaceDialog').then((m) => m.default));

async function fetchSampleBytes(): Promise<ArrayBuffer> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`无法载入示例工作簿（${response.status}）。`);
  return response.arrayBuffer();
}

/**
 * Work started as this module runs and handed out once: the page opens the bundled sample at once, so its bytes
 * and our reader's chunk are requested beside React's first render rather than after it. Later calls, and a call after the early one
 * failed, do the work again.
 */
function startedEarly<T>(work: () => Promise<T>): () => Promise<T> {
  let early: Promise<T> | undefined = work();
  early.catch(() => undefined);
  return () => {
    const started = early;
    early = undefined;
    return started ? started.catch(() => work()) : work();
  };
}

const sampleBytes = startedEarly(fetchSampleBytes);
const viewReader = startedEarly(() => import(/* webpackChunkName: "web-view" */ './gridView'));

/**
 * An .xlsx is shown from our own reader at once, ExcelJS's model following when the page is idle or a write
 * needs it; an .xls, .et or .ods is converted on opening (the legacy parser and ExcelJS load first).
 */
async function open(label: string, bytes: ArrayBuffer, onSelect: (sheet: string, cell: string) => void): Promise<WebWorkbook> {
  const data = new Uint8Array(bytes);
  if (workbookFormat(data) !== 'xlsx') {
    const { openWorkbook } = await loadHost();
    return WebWorkbook.loaded(await openWorkbook(label, bytes, onSelect), onSelect);
  }
  const reader = await viewReader();
  const { grid, looks } = await reader.readView(data);
  const draw = async (cells?: AddinCells) => reader.gridViews(grid, await looks(), cells);
  const views = () => draw();
  const shaded = async () => {
    const { addinCells } = await import(/* webpackChunkName: "addin-cells" */ '../engine/edit/addinCells');
    return draw(addinCells(grid));
  };
  const loadModel = async () => (await loadHost()).openXlsxModel(label, bytes, onSelect, grid);
  return WebWorkbook.read(label, { grid, views, shaded }, loadModel, onSelect);
}

/** Opening something over a changed workbook, waiting for the accountant's answer. */
interface Pending {
  readonly label: string;
  readonly run: () => void;
}

export function WebApp() {
  const [host, setHost] = useState<WebWorkbook | undefined>();
  const [modelError, setModelError] = useState('');
  const [rebuilt, setRebuilt] = useState(false);
  // Undefined while the sheets of the workbook just opened are being drawn (the pane shows first).
  const [views, setViews] = useState<readonly View[] | undefined>();
  const [active, setActive] = useState('');
  const [selected, setSelected] = useState<{ row: number; col: number } | undefined>();
  const [loading, setLoading] = useState<string | undefined>('示例工作簿');
  const [error, setError] = useState('');
  // What of the file opened the workbook downloaded does not have (hosts/xlsx/keep.ts): said, never lost silently.
  const [notKept, setNotKept] = useState<{ readonly label: string; readonly lost: readonly string[] } | undefined>();
  const [dragging, setDragging] = useState(false);
  const [pending, setPending] = useState<Pending | undefined>();
  // The replace dialog's chunk is loaded the first time it is needed; from then on the dialog stays mounted.
  const [asked, setAsked] = useState(false);
  // Each opened workbook gets a fresh pane.
  const [opened, setOpened] = useState(0);
  // The sheets of a workbook just opened are drawn in a render of their own, after the pane's: its list of
  // recognised tables shows first, the grid (hundreds of cells) a moment later. Later changes draw at once.
  // (Said here, not left to useDeferredValue: preact/compat, which runs the built page, returns the value at once.)
  const [drawn, setDrawn] = useState(opened);
  useEffect(() => {
    if (drawn === opened) return undefined;
    // After the frame that paints the pane: the next animation frame, then a task.
    let timer = 0;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => setDrawn(opened), 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [drawn, opened]);
  const [isSample, setIsSample] = useState(false);
  const narrow = useNarrow();

  const onSelect = useCallback((sheet: string, cell: string) => {
    setActive(sheet);
    setSelected(parseA1(cell));
  }, []);

  const load = useCallback(
    async (label: string, bytes: () => Promise<ArrayBuffer>) => {
      setLoading(label);
      setError('');
      try {
        const h = await open(label, await bytes(), onSelect);
        setHost(h);
        setIsSample(label === SAMPLE_LABEL);
        setOpened((n) => n + 1);
        const v = h.views();
        setViews(v);
        setActive(v?.[0]?.name ?? '');
        setSelected(undefined);
      } catch (e) {
        // The workbook open before stays open, exactly as it was.
        setError(`无法打开“${label}”：${e instanceof Error ? e.message : String(e)}`);
      } finally {
        setLoading(undefined);
      }
    },
    [onSelect],
  );

  /** Replacing a workbook with unsaved work asks first. */
  const replace = useCallback(
    (label: string, run: () => void) => {
      if (host?.dirty) {
        setAsked(true);
        setPending({ label, run });
      } else run();
    },
    [host],
  );

  const fetchSample = useCallback(
    () =>
      void load(SAMPLE_LABEL, sampleBytes),
    [load],
  );

  const loadFile = useCallback((file: File) => replace(file.name, () => void load(file.name, () => file.arrayBuffer())), [load, replace]);

  useEffect(() => {
    fetchSample();
  }, [fetchSample]);
  useEffect(() => {
    if (!host) return undefined;
    setModelError('');
    setRebuilt(false);
    const unsubscribe = host.subscribe(() => {
      const v = host.views();
      setViews(v);
      // The sheets drawn after the pane: the first one shown, unless the pane has chosen one meanwhile.
      setActive((a) => a || (v?.[0]?.name ?? ''));
      setModelError(host.failure ?? '');
      setRebuilt(host.rebuilt);
    });
    // The sheets drawn, the add-in's cells shaded and ExcelJS's model loaded once the pane is on screen and the page
    // is idle (a write asks for the model sooner).
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(
      () => {
        // Fetched ahead; one that fails is said where the sheets go (their LazyPartSlot), with 重试.
        loadSheetView().catch(() => undefined);
        void host.complete();
      },
      { timeout: 2000 },
    );
    return () => {
      unsubscribe();
    };
  }, [host]);
  // Closing the tab (or reloading it) with unsaved work asks the browser's own question.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!host?.dirty) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [host]);

  const editing: GridEditing | undefined = useMemo(
    () => (host ? { edit: (sheet, inputs, options) => host.edit(sheet, inputs, options), undo: () => host.undo(), redo: () => host.redo() } : undefined),
    [host],
  );

  const sheetsPending = (
    <Text block size={200} style={styles.sheetsPending} data-testid="sheets-pending">
      正在显示工作表…
    </Text>
  );

  return (
    <RestartAdvice.Provider value={WEB_RESTART}>
      <div
        style={dragging ? { ...styles.page, ...styles.drop } : styles.page}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file) loadFile(file);
        }}
      >
        <div style={styles.bar}>
          <Text weight="semibold">决算公开助手 · 网页版</Text>
          <FilePicker
            label="打开工作簿…"
            accept={[...WORKBOOK_EXTENSIONS, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel'].join(',')}
            inputLabel="选择工作簿文件（.xlsx、.xls、.et、.ods）"
            inputId="open-file"
            onFile={loadFile}
          />
          <Button appearance="subtle" onClick={() => replace(SAMPLE_LABEL, fetchSample)}>
            载入示例
          </Button>
          <Button appearance="primary" disabled={!host} onClick={() => void host?.download().then((lost) => setNotKept({ label: host.label, lost }))} data-testid="download">
            下载工作簿
          </Button>
          <Link href="help.html" target="_blank" rel="noopener">
            使用说明
          </Link>
          {loading ? (
            <Spinner size="tiny" label={`正在打开“${loading}”…`} />
          ) : (
            <Text size={200} style={styles.hint}>
              也可以把工作簿（.xlsx、.xls、.et、.ods）拖到此页面。文件只在本机浏览器中处理。
            </Text>
          )}
        </div>
        {error && (
          <Notice intent="error" testId="open-error" onClose={() => setError('')}>
            {error}
            {host ? `当前仍是“${host.label}”，没有任何改动。` : ''}
          </Notice>
        )}
        {notKept && notKept.lost.length > 0 && (
          <Notice intent="warning" testId="not-kept" onClose={() => setNotKept(undefined)} multiline>
            {`已下载“${downloadName(notKept.label)}”。原文件“${notKept.label}”中的以下内容没有写入这个文件（原文件没有改动，其中仍有这些内容）：`}
            <ul style={styles.lost}>
              {notKept.lost.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </Notice>
        )}
        {!host && loading && <Spinner label="正在打开工作簿…" style={{ margin: 24 }} />}
        {!host && !loading && (
          <Text block style={{ margin: 24 }}>
            没有打开的工作簿：请点击“打开工作簿…”或“载入示例”。
          </Text>
        )}
        {modelError && (
          <Notice intent="error" testId="model-error">
            {modelError}
          </Notice>
        )}
        {host && host.format !== 'xlsx' && (
          <Notice intent="info" testId="converted">
            “{host.label}”是{FORMAT_NAMES[host.format]}：已按 .xlsx 打开，下载的工作簿是 .xlsx（数值、公式、数字格式、合并单元格和列宽保留，字体、边框和底色不保留）。
          </Notice>
        )}
        {host && rebuilt && (
          <Notice intent="info" testId="rebuilt">
            “{host.label}”由其他程序生成，无法原样写入：已按读取的内容打开，下载的工作簿是 .xlsx（数值、公式、数字格式、合并单元格和列宽保留，字体、边框和底色不保留）。
          </Notice>
        )}
        {/* Here rather than last: the dialog shows over the page wherever it sits, and what its boundary says (its
            chunk could not be fetched) shows with the other messages. */}
        {asked && (
          <LazyPartSlot>
            <ReplaceDialog
              open={pending !== undefined}
              current={host?.label ?? ''}
              next={pending?.label ?? ''}
              onDownloadFirst={() => {
                setPending(undefined);
                void host?.download().then((lost) => {
                  setNotKept({ label: host.label, lost });
                  pending?.run();
                });
              }}
              onReplace={() => {
                setPending(undefined);
                pending?.run();
              }}
              onCancel={() => setPending(undefined)}
            />
          </LazyPartSlot>
        )}
        {host && (
          <div style={narrow ? styles.mainNarrow : styles.main} data-layout={narrow ? 'stacked' : 'side-by-side'}>
            {drawn === opened && views ? (
              <LazyPartSlot fallback={sheetsPending} noticeStyle={styles.sheetsUnavailable}>
                <SheetView
                  sheets={views}
                  active={active}
                  onActive={(name) => {
                    setActive(name);
                    setSelected(undefined);
                  }}
                  {...(selected ? { selected } : {})}
                  {...(editing ? { editing } : {})}
                />
              </LazyPartSlot>
            ) : (
              // The pane comes first; the sheets follow once the page is idle (WebWorkbook.complete).
              sheetsPending
            )}
            <div style={narrow ? styles.sideNarrow : styles.side}>
              <Pane key={opened} host={host} {...(isSample ? { sampleData: loadSampleData } : {})} />
            </div>
          </div>
        )}
      </div>
    </RestartAdvice.Provider>
  );
}
