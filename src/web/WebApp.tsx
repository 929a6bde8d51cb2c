/**
 * The web page: open an .xlsx (or start with the bundled sample) and use the same pane as in Excel. The file
 * stays in the browser; ExcelJS loads only when a workbook is read.
 */
import * as React from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { WorkbookGrid } from '../engine/grid/cell';
import { Pane } from '../taskpane/Pane';
import type { WorkbookSource } from '../taskpane/source';

export const SAMPLE_URL = 'samples/changji-2022.xlsx';

async function readBytes(bytes: ArrayBuffer): Promise<WorkbookGrid> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ '../hosts/xlsx/read');
  return readXlsx(bytes);
}

function fileSource(file: File): WorkbookSource {
  return { label: file.name, read: async () => readBytes(await file.arrayBuffer()) };
}

const sampleSource: WorkbookSource = {
  label: '示例：新疆昌吉州政务服务和公共资源交易管理局 2022 年度决算',
  read: async () => {
    const response = await fetch(SAMPLE_URL);
    if (!response.ok) throw new Error(`无法载入示例工作簿（${response.status}）。`);
    return readBytes(await response.arrayBuffer());
  },
};

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', minHeight: '100vh', fontFamily: tokens.fontFamilyBase },
  bar: {
    display: 'flex',
    gap: '12px',
    alignItems: 'center',
    padding: '8px 14px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    background: tokens.colorNeutralBackground2,
  },
});

export function WebApp() {
  const styles = useStyles();
  const [source, setSource] = React.useState<WorkbookSource>(sampleSource);
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <div className={styles.page}>
      <div className={styles.bar}>
        <Text weight="semibold">决算公开助手 · 网页版</Text>
        <Button onClick={() => input.current?.click()}>打开 .xlsx 文件…</Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          aria-label="选择 .xlsx 文件"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) setSource(fileSource(file));
          }}
        />
        <Button appearance="subtle" onClick={() => setSource(sampleSource)}>
          载入示例
        </Button>
      </div>
      <Pane key={source.label} source={source} />
    </div>
  );
}
