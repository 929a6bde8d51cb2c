/** The task pane: 识别 → 说明数据 → 生成说明 → 检查 → 对照, each a view over the same host and workbook. */
import { useState } from 'react';
import type { CSSProperties } from 'react';
import { Link, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import type { PaneHost } from './host';
import { useWorkbook } from './useWorkbook';
import { usePresetSelection } from './presetSelection';
import { RecognitionView } from './views/RecognitionView';
import { lazyPart, LazyPartSlot } from './components/LazyPart';
import type { PendingMarks } from './views/CheckView';
import type { SupplementKept } from './views/SupplementView';

// The views after 识别 (and the narrative and audit engines with them) load when first opened; one that cannot be
// fetched is said in its place (LazyPartBoundary), with 重试.
const SupplementView = lazyPart(() => import(/* webpackChunkName: "view-supplement" */ './views/SupplementView').then((m) => m.SupplementView));
const NarrativeView = lazyPart(() => import(/* webpackChunkName: "view-narrative" */ './views/NarrativeView').then((m) => m.NarrativeView));
const CheckView = lazyPart(() => import(/* webpackChunkName: "view-check" */ './views/CheckView').then((m) => m.CheckView));
const CompareView = lazyPart(() => import(/* webpackChunkName: "view-compare" */ './views/CompareView').then((m) => m.CompareView));

// Plain style objects rather than makeStyles: what the pane shows first then needs no Griffel style compiler at
// run time (stylis, rtl-css-js: ≈6 KB gzip); Fluent's own components come with their styles compiled.
const styles = {
  pane: { boxSizing: 'border-box', width: '100%', maxWidth: '350px', minWidth: '300px', padding: '10px 12px', fontFamily: tokens.fontFamilyBase },
  header: { display: 'flex', flexDirection: 'column', marginBottom: '6px' },
  title: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: '8px' },
  source: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // The view tabs stay in sight while the view scrolls (the web page's pane column, the task pane's document), opaque
  // over the content passing under them, across the pane's padding too.
  tabs: { position: 'sticky', top: 0, zIndex: 4, margin: '0 -12px', padding: '0 12px', background: tokens.colorNeutralBackground1, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  body: { marginTop: '10px' },
} satisfies Record<string, CSSProperties>;

type ViewId = 'recognition' | 'supplement' | 'narrative' | 'check' | 'compare';

/** `sampleData`: the page offers the bundled sample's 说明数据 (the web page does, for its sample). */
export function Pane({ host, sampleData }: { host: PaneHost; sampleData?: () => Promise<unknown> }) {
  const { state, refresh, setGrid } = useWorkbook(host);
  const [view, setView] = useState<ViewId>('recognition');
  const selection = usePresetSelection();
  // The 检查 view's marks not yet written: kept while another tab is open.
  const [pendingMarks, setPendingMarks] = useState<PendingMarks>(() => new Map());
  // The 说明数据 view's files (the sample's 说明数据 loaded, last year's workbook chosen): kept while another tab is open.
  const [supplementKept, setSupplementKept] = useState<SupplementKept>({});
  const select = (sheet: string, cell: string) => void host.select(sheet, cell);
  return (
    <div style={styles.pane} data-testid="pane">
      <div style={styles.header}>
        <div style={styles.title}>
          <Text size={500} weight="semibold">
            决算公开助手
          </Text>
          <Link href="help.html" target="_blank" rel="noopener">
            使用说明
          </Link>
        </div>
        <span style={styles.source}>{host.label}</span>
      </div>
      <div style={styles.tabs} data-testid="pane-tabs">
        <TabList size="small" selectedValue={view} onTabSelect={(_, d) => setView(d.value as ViewId)}>
          <Tab value="recognition">识别</Tab>
          <Tab value="supplement">说明数据</Tab>
          <Tab value="narrative">生成说明</Tab>
          <Tab value="check">检查</Tab>
          <Tab value="compare">对照</Tab>
        </TabList>
      </div>
      <div style={styles.body}>
        {state.status === 'reading' && <Spinner size="small" label="正在读取工作簿…" />}
        {state.status === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === 'ready' && view === 'recognition' && <RecognitionView recognition={state.recognition} onRefresh={() => void refresh()} onSelect={select} />}
        {/* Keyed by the view: another tab starts afresh, and coming back to one that failed imports it again. */}
        <LazyPartSlot key={view} fallback={<Spinner size="tiny" label="正在载入…" />}>
            {state.status === 'ready' && view === 'supplement' && <SupplementView host={host} grid={state.grid} onGrid={setGrid} selection={selection} kept={supplementKept} onKept={setSupplementKept} {...(sampleData ? { sampleData } : {})} />}
            {state.status === 'ready' && view === 'narrative' && <NarrativeView host={host} grid={state.grid} onGrid={setGrid} selection={selection} onCheck={() => setView('check')} />}
            {state.status === 'ready' && view === 'check' && <CheckView host={host} grid={state.grid} onGrid={setGrid} pending={pendingMarks} onPending={setPendingMarks} />}
            {state.status === 'ready' && view === 'compare' && <CompareView host={host} grid={state.grid} onGrid={setGrid} selection={selection} />}
        </LazyPartSlot>
      </div>
    </div>
  );
}
