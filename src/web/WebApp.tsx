/**
 * The web page: open a workbook, .xlsx, .xls, .et or .ods (picker or drag and drop; the bundled sample by default), see its sheets beside
 * the same pane as in Excel, and save the workbook with what the pane wrote. The file never leaves the browser.
 */
import { useCallback, useEffect, useState } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { parseA1 } from '../engine/grid/address';
import { Pane } from '../taskpane/Pane';
import { FilePicker } from '../taskpane/components/FilePicker';
import type { SheetView as View, XlsxHost } from './xlsxHost';
import { SheetView } from './SheetView';
import { FORMAT_NAMES, WORKBOOK_EXTENSIONS } from '../hosts/files/kind';

export const SAMPLE_URL = 'samples/changji-2022.xlsx';
export const SAMPLE_DATA_URL = 'samples/changji-2022.data.json';
const SAMPLE_LABEL = '示例：新疆昌吉州政务服务和公共资源交易管理局 2022 年度决算';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', overflow: 'hidden', fontFamily: tokens.fontFamilyBase },
  bar: { display: 'flex', gap: '10px', alignItems: 'center', padding: '6px 12px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, background: tokens.colorNeutralBackground2, flexWrap: 'wrap' },
  main: { display: 'flex', flex: 1, minHeight: 0 },
  side: { width: '350px', flex: '0 0 350px', overflowY: 'auto', borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  drop: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
});

async function loadSampleData(): Promise<unknown> {
  const response = await fetch(SAMPLE_DATA_URL);
  if (!response.ok) throw new Error(`无法载入示例说明数据（${response.status}）。`);
  return response.json() as Promise<unknown>;
}

async function open(label: string, bytes: ArrayBuffer, onSelect: (sheet: string, cell: string) => void): Promise<XlsxHost> {
  const { openWorkbook } = await import(/* webpackChunkName: "xlsx-host" */ './xlsxHost');
  return openWorkbook(label, bytes, onSelect);
}

export function WebApp() {
  const styles = useStyles();
  const [host, setHost] = useState<XlsxHost | undefined>();
  const [views, setViews] = useState<View[]>([]);
  const [active, setActive] = useState('');
  const [selected, setSelected] = useState<{ row: number; col: number } | undefined>();
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [error, setError] = useState('');
  const [dragging, setDragging] = useState(false);
  // Each opened workbook gets a fresh pane.
  const [opened, setOpened] = useState(0);
  const [isSample, setIsSample] = useState(false);

  const onSelect = useCallback((sheet: string, cell: string) => {
    setActive(sheet);
    setSelected(parseA1(cell));
  }, []);

  const load = useCallback(
    async (label: string, bytes: () => Promise<ArrayBuffer>) => {
      setStatus('loading');
      setIsSample(label === SAMPLE_LABEL);
      setError('');
      try {
        const h = await open(label, await bytes(), onSelect);
        setHost(h);
        setOpened((n) => n + 1);
        const v = h.views();
        setViews(v);
        setActive(v[0]?.name ?? '');
        setSelected(undefined);
        setStatus('ready');
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        setStatus('failed');
      }
    },
    [onSelect],
  );

  const loadSample = useCallback(
    () =>
      void load(SAMPLE_LABEL, async () => {
        const response = await fetch(SAMPLE_URL);
        if (!response.ok) throw new Error(`无法载入示例工作簿（${response.status}）。`);
        return response.arrayBuffer();
      }),
    [load],
  );

  const loadFile = useCallback((file: File) => void load(file.name, () => file.arrayBuffer()), [load]);

  useEffect(() => {
    loadSample();
  }, [loadSample]);
  useEffect(() => {
    if (!host) return undefined;
    const unsubscribe = host.subscribe(() => setViews(host.views()));
    return () => {
      unsubscribe();
    };
  }, [host]);

  return (
    <div
      className={`${styles.page} ${dragging ? styles.drop : ''}`}
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
      <div className={styles.bar}>
        <Text weight="semibold">决算公开助手 · 网页版</Text>
        <FilePicker
          label="打开工作簿…"
          accept={[...WORKBOOK_EXTENSIONS, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel'].join(',')}
          inputLabel="选择工作簿文件（.xlsx、.xls、.et、.ods）"
          inputId="open-file"
          onFile={loadFile}
        />
        <Button appearance="subtle" onClick={loadSample}>
          载入示例
        </Button>
        <Button appearance="primary" disabled={!host} onClick={() => void host?.download()} data-testid="download">
          下载工作簿
        </Button>
        <Text size={200}>也可以把工作簿（.xlsx、.xls、.et、.ods）拖到此页面。文件只在本机浏览器中处理。</Text>
      </div>
      {status === 'loading' && <Spinner label="正在打开工作簿…" style={{ margin: 24 }} />}
      {status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {status === 'ready' && host && host.format !== 'xlsx' && (
        <MessageBar intent="info" data-testid="converted">
          <MessageBarBody>
            “{host.label}”是{FORMAT_NAMES[host.format]}：已按 .xlsx 打开，下载的工作簿是 .xlsx（数值、公式、数字格式、合并单元格和列宽保留，字体、边框和底色不保留）。
          </MessageBarBody>
        </MessageBar>
      )}
      {status === 'ready' && host && (
        <div className={styles.main}>
          <SheetView sheets={views} active={active} onActive={(name) => { setActive(name); setSelected(undefined); }} {...(selected ? { selected } : {})} />
          <div className={styles.side}>
            <Pane key={opened} host={host} {...(isSample ? { sampleData: loadSampleData } : {})} />
          </div>
        </div>
      )}
    </div>
  );
}
