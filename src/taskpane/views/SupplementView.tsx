/**
 * 说明数据: create or refresh the sheet (it keeps everything typed), fill 上年数 from last year's workbook, and see
 * what the explanation still lacks.
 */
import { useState } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type { WorkbookGrid } from '../../engine/grid/cell';
import { explain, priorYearPlan, supplementPlan } from '../../engine/workflow';
import { xinjiang } from '../../engine/narrative/presets';
import { supplementTarget } from '../../engine/supplement/sheet';
import type { PaneHost } from '../host';
import { applyPlanToGrid } from '../../engine/plan/applyToGrid';
import { Action } from '../components/Action';
import { FilePicker } from '../components/FilePicker';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px', marginTop: '12px' },
  gaps: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

async function readFileAsGrid(file: File): Promise<WorkbookGrid> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ '../../hosts/xlsx/read');
  return readXlsx(await file.arrayBuffer());
}

/** A 说明数据 JSON (DOMAIN §4) chosen by the user, or offered by the page (the bundled sample's). */
interface DataFile {
  readonly name: string;
  readonly json: unknown;
}

export function SupplementView(props: {
  host: PaneHost;
  grid: WorkbookGrid;
  onGrid: (grid: WorkbookGrid) => void;
  sampleData?: () => Promise<unknown>;
}) {
  const styles = useStyles();
  const { host, grid } = props;
  // The add-in's 说明数据 sheet, found by its mark: a sheet of the user's named 说明数据 is not it.
  const target = supplementTarget(grid);
  const exists = target.existing !== undefined;
  const gaps = explain(grid, xinjiang).document.gaps;
  const [previous, setPrevious] = useState<{ name: string; grid: WorkbookGrid } | undefined>();
  const [importError, setImportError] = useState('');
  const [data, setData] = useState<DataFile | undefined>();
  const fail = (err: unknown) => setImportError(err instanceof Error ? err.message : String(err));
  return (
    <div data-testid="view-supplement">
      <Text block>
        {exists
          ? `工作簿中已有说明数据表“${target.sheet}”。刷新会按决算表更新公式，您填写的内容原样保留。`
          : `还没有说明数据表：创建“${target.sheet}”工作表后，在其中填写上年数、预算数、原因和其他事项。`}
        {target.kept && `工作表“${target.kept}”是您自己的，不会改动。`}
      </Text>
      <Action
        host={host}
        onGrid={props.onGrid}
        label={exists ? '刷新说明数据表' : '创建说明数据表'}
        appearance="primary"
        testId="action-supplement"
        preview={() => supplementPlan(grid).summary}
        run={async () => {
          const r = await host.act((g) => supplementPlan(g));
          props.onGrid(applyPlanToGrid(r.grid, r.plan));
          return { summary: r.plan.summary, skipped: r.skipped };
        }}
      />
      <div className={styles.section}>
        <Text weight="semibold">导入说明数据文件（JSON）</Text>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <FilePicker
            label="选择 .json…"
            accept=".json,application/json"
            inputLabel="选择说明数据文件"
            onFile={(file) => {
              setImportError('');
              file.text().then((t) => setData({ name: file.name, json: JSON.parse(t) as unknown }), fail);
            }}
          />
          {props.sampleData && (
            <Button
              onClick={() =>
                props.sampleData!().then((json) => setData({ name: '示例说明数据', json }), fail)
              }
            >
              载入示例的说明数据
            </Button>
          )}
        </div>
        {data && (
          <Action
            host={host}
            onGrid={props.onGrid}
            label={`把“${data.name}”写入说明数据表`}
            testId="action-import-data"
            preview={() => supplementPlan(grid, data.json).summary}
            run={async () => {
              const r = await host.act((g) => supplementPlan(g, data.json));
              props.onGrid(applyPlanToGrid(r.grid, r.plan));
              return { summary: r.plan.summary, skipped: r.skipped };
            }}
          />
        )}
      </div>
      <div className={styles.section}>
        <Text weight="semibold">从上年决算工作簿取上年数</Text>
        <FilePicker
          label="选择上年 .xlsx…"
          accept=".xlsx"
          inputLabel="选择上年工作簿"
          onFile={(file) => {
            setImportError('');
            readFileAsGrid(file).then((g) => setPrevious({ name: file.name, grid: g }), fail);
          }}
        />
        {importError && (
          <MessageBar intent="error">
            <MessageBarBody>{importError}</MessageBarBody>
          </MessageBar>
        )}
        {previous && (
          <Action
            host={host}
            onGrid={props.onGrid}
            label={`把“${previous.name}”的本年数填为上年数`}
            preview={() => priorYearPlan(grid, previous.grid).plan.summary}
            run={async () => {
              const r = await host.act((g) => priorYearPlan(g, previous.grid).plan);
              props.onGrid(applyPlanToGrid(r.grid, r.plan));
              return { summary: r.plan.summary, skipped: r.skipped };
            }}
          />
        )}
      </div>
      <div className={styles.section}>
        <Text weight="semibold">{gaps.length ? `公开说明还缺 ${gaps.length} 项` : '公开说明需要的内容都已齐备'}</Text>
        {gaps.length > 0 && (
          <ul className={styles.gaps}>
            {gaps.slice(0, 12).map((g) => (
              <li key={g.field}>{g.label}</li>
            ))}
            {gaps.length > 12 && <li>……</li>}
          </ul>
        )}
      </div>
    </div>
  );
}
