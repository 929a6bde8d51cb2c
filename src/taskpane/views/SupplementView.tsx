/**
 * 说明数据: what the chosen preset's 公开说明 still lacks, and a form for all it asks (the 说明数据 sheet is written
 * as the form is filled); create or refresh the sheet (it keeps everything typed); import a 说明数据 JSON file
 * (checked first: a file that is not JSON, or has unknown or wrong entries, is refused with the command line's
 * own messages); fill 上年数 from last year's workbook.
 */
import { useMemo, useRef, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type { WorkbookGrid } from '../../engine/grid/cell';
import { priorYearCheck, priorYearPlan, supplementPlan } from '../../engine/workflow';
import { supplementTarget } from '../../engine/supplement/sheet';
import { parseJsonText, parseSupplementJson, supplementProblemLines } from '../../engine/supplement/json';
import { supplementEditPlan, supplementForm } from '../../engine/supplement/form';
import type { PaneHost } from '../host';
import { applyPlanToGrid } from '../../engine/plan/applyToGrid';
import { Action } from '../components/Action';
import { PartialWriteError } from '../../engine/plan/errors';
import { FilePicker } from '../components/FilePicker';
import { WORKBOOK_EXTENSIONS } from '../../hosts/files/kind';
import { PresetPicker } from '../components/PresetPicker';
import { SupplementForm } from '../components/SupplementForm';
import { usePresetChoice } from '../presetChoice';
import type { PresetSelection } from '../presetSelection';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px', marginTop: '14px' },
  problems: { margin: '4px 0 0', paddingLeft: '18px' },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

async function readFileAsGrid(file: File): Promise<WorkbookGrid> {
  const { readWorkbookBytes } = await import(/* webpackChunkName: "xlsx" */ '../../hosts/files/open');
  // An .xls, .et or .ods is parsed on a worker that a deadline ends: a damaged file must not freeze the pane.
  const { pageLegacyParser } = await import(/* webpackChunkName: "xlsx" */ '../../hosts/files/browser/legacyThread');
  return readWorkbookBytes(await file.arrayBuffer(), { parseLegacy: pageLegacyParser });
}

/** A 说明数据 JSON (DOMAIN §4) chosen by the user, or offered by the page (the bundled sample's), checked. */
interface DataFile {
  readonly name: string;
  readonly json: unknown;
}

/** A file that was refused, and why. */
interface Refused {
  readonly name: string;
  readonly lines: readonly string[];
}

/**
 * What the view was given, kept by the pane while another tab is open (the view itself is unmounted then): the
 * 说明数据 file offered for writing (the sample's, or one chosen) or refused, and last year's workbook.
 */
export interface SupplementKept {
  readonly data?: DataFile | undefined;
  readonly refused?: Refused | undefined;
  readonly previous?: { readonly name: string; readonly grid: WorkbookGrid } | undefined;
}

export function SupplementView(props: {
  host: PaneHost;
  grid: WorkbookGrid;
  onGrid: (grid: WorkbookGrid) => void;
  selection: PresetSelection;
  sampleData?: () => Promise<unknown>;
  /** Kept by the pane across tabs; without them the view keeps its own until unmounted. */
  kept?: SupplementKept;
  onKept?: Dispatch<SetStateAction<SupplementKept>>;
}) {
  const styles = useStyles();
  const { host, grid } = props;
  const choice = usePresetChoice(props.selection);
  // The sheet's shares as the chosen preset's text gives them (同一句中的占比合计为 100%).
  const sheetSettings = { tailAdjust: choice.settings.tailAdjust };
  // The add-in's 说明数据 sheet, found by its mark: a sheet of the user's named 说明数据 is not it.
  const target = supplementTarget(grid);
  const exists = target.existing !== undefined;
  const form = useMemo(() => supplementForm(grid, choice.preset), [grid, choice.preset]);
  const [ownKept, setOwnKept] = useState<SupplementKept>({});
  const { data, refused, previous } = props.kept ?? ownKept;
  const keep = props.onKept ?? setOwnKept;
  // Functional updates: a file read after the view was left and opened again lands in what the pane keeps now.
  const setData = (d: DataFile | undefined) => keep((k) => ({ ...k, data: d }));
  const setRefused = (r: Refused | undefined) => keep((k) => ({ ...k, refused: r }));
  const setPrevious = (p: SupplementKept['previous']) => keep((k) => ({ ...k, previous: p }));
  const [importError, setImportError] = useState('');
  // Last year's workbook as the engine reads its year: one of this year (or later) is refused, not used.
  const prior = useMemo(() => (previous ? priorYearCheck(grid, previous.grid) : undefined), [grid, previous]);
  // Form fields write one after another: each plan reads the workbook as the one before left it.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const fail = (err: unknown) => setImportError(err instanceof Error ? err.message : String(err));

  const commit = (path: string, text: string): Promise<void> => {
    const run = queue.current.then(async () => {
      try {
        const r = await host.act((g) => supplementEditPlan(g, [{ path, text }], sheetSettings));
        props.onGrid(applyPlanToGrid(r.grid, r.plan));
      } catch (e) {
        // Excel refused half-way: the pane shows what the workbook holds now; the field shows the message.
        if (e instanceof PartialWriteError) props.onGrid(e.after);
        throw e;
      }
    });
    queue.current = run.catch(() => undefined);
    return run;
  };

  /** A chosen JSON file: refused whole when it is not JSON or has problems; otherwise offered for writing. */
  const takeJson = (name: string, text: string) => {
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      setRefused({ name, lines: [`${name}：${parsed.message}`] });
      return;
    }
    const problems = parseSupplementJson(parsed.json).problems;
    if (problems.length > 0) {
      setRefused({ name, lines: supplementProblemLines(problems) });
      return;
    }
    setData({ name, json: parsed.json });
  };

  return (
    <div data-testid="view-supplement">
      <div style={{ display: 'flex', flexDirection: 'column', gap: 6, marginBottom: 8 }}>
        <PresetPicker choice={choice} label="按哪种格式判断缺少的内容" prefix="格式：" />
      </div>
      <SupplementForm form={form} presetName={choice.label(choice.id)} onCommit={commit} />
      <div className={styles.section}>
        <Text weight="semibold">说明数据表</Text>
        <Text size={200}>
          {exists
            ? `工作簿中已有说明数据表“${target.sheet}”，上面的内容就写在其中。刷新会按决算表更新指标和公式，您填写的内容原样保留。`
            : `还没有说明数据表：在上面填写时创建，也可以先创建“${target.sheet}”工作表，在其中填写上年数、预算数、原因和其他事项。`}
          {target.kept && `工作表“${target.kept}”是您自己的，不会改动。`}
        </Text>
        <Action
          host={host}
          onGrid={props.onGrid}
          label={exists ? '刷新说明数据表' : '创建说明数据表'}
          testId="action-supplement"
          preview={() => supplementPlan(grid, undefined, sheetSettings).summary}
          run={async () => {
            const r = await host.act((g) => supplementPlan(g, undefined, sheetSettings));
            props.onGrid(applyPlanToGrid(r.grid, r.plan));
            return { summary: r.plan.summary, skipped: r.skipped };
          }}
        />
      </div>
      <div className={styles.section}>
        <Text weight="semibold">导入说明数据文件（JSON）</Text>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <FilePicker
            label="选择 .json…"
            accept=".json,application/json"
            inputLabel="选择说明数据文件"
            onFile={(file) => {
              // A new choice replaces the last: the file offered for writing is always the one just chosen.
              setImportError('');
              setRefused(undefined);
              setData(undefined);
              file.text().then((t) => takeJson(file.name, t), fail);
            }}
          />
          {props.sampleData && (
            <Button
              onClick={() => {
                setRefused(undefined);
                setData(undefined);
                props.sampleData!().then((json) => setData({ name: '示例说明数据', json }), fail);
              }}
            >
              载入示例的说明数据
            </Button>
          )}
        </div>
        {refused && (
          <MessageBar intent="error" data-testid="data-problems">
            <MessageBarBody>
              {`说明数据文件“${refused.name}”有误，未导入：`}
              <ul className={styles.problems}>
                {refused.lines.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
              请修改文件后重新选择。
            </MessageBarBody>
          </MessageBar>
        )}
        {data && (
          <Action
            key={data.name}
            host={host}
            onGrid={props.onGrid}
            label={`把“${data.name}”写入说明数据表`}
            testId="action-import-data"
            preview={() => supplementPlan(grid, data.json, sheetSettings).summary}
            run={async () => {
              const r = await host.act((g) => supplementPlan(g, data.json, sheetSettings));
              props.onGrid(applyPlanToGrid(r.grid, r.plan));
              return { summary: r.plan.summary, skipped: r.skipped };
            }}
          />
        )}
      </div>
      <div className={styles.section}>
        <Text weight="semibold">从上年决算工作簿取上年数</Text>
        <FilePicker
          label="选择上年工作簿…"
          accept={WORKBOOK_EXTENSIONS.join(',')}
          inputLabel="选择上年工作簿"
          onFile={(file) => {
            setImportError('');
            setPrevious(undefined);
            readFileAsGrid(file).then((g) => setPrevious({ name: file.name, grid: g }), fail);
          }}
        />
        {importError && (
          <MessageBar intent="error">
            <MessageBarBody>{importError}</MessageBarBody>
          </MessageBar>
        )}
        {previous && prior?.refusal && (
          <MessageBar intent="error" data-testid="prior-year-refused">
            <MessageBarBody>{`“${previous.name}”：${prior.refusal}`}</MessageBarBody>
          </MessageBar>
        )}
        {previous && prior?.note && (
          <MessageBar intent="warning" data-testid="prior-year-note">
            <MessageBarBody>{`“${previous.name}”：${prior.note}`}</MessageBarBody>
          </MessageBar>
        )}
        {previous && !prior?.refusal && (
          <Action
            key={previous.name}
            host={host}
            onGrid={props.onGrid}
            label={`把“${previous.name}”的本年数填为上年数`}
            preview={() => priorYearPlan(grid, previous.grid, sheetSettings).plan.summary}
            run={async () => {
              const r = await host.act((g) => priorYearPlan(g, previous.grid, sheetSettings).plan);
              props.onGrid(applyPlanToGrid(r.grid, r.plan));
              return { summary: r.plan.summary, skipped: r.skipped };
            }}
          />
        )}
      </div>
    </div>
  );
}
