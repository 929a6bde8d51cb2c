/**
 * 生成说明: the preset and its settings, a preview where every gap shows, then write the 公开说明 sheet, copy the
 * text, or download a .docx (the docx writer loads only now). Besides the shipped presets, a preset file (.json)
 * can be loaded: it is checked first, and what is wrong with it is listed with the JSON path of each problem. The
 * current preset can be saved as a .json to start another region's from.
 */
import { useMemo, useState } from 'react';
import { Button, Checkbox, Link, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type { WorkbookGrid } from '../../engine/grid/cell';
import { explain, narrativePlan, narrativeRefusal, removeChartsWorkflowPlan } from '../../engine/workflow';
import { parsePreset, presetProblemLines } from '../../engine/narrative/checkPreset';
import { documentLines, narrativeTarget } from '../../engine/narrative/sheet';
import { markedSheets } from '../../engine/plan/owned';
import { tableErrorNotice } from '../../engine/audit/tableErrors';
import { checkedOf } from '../checked';
import { tableLayouts } from '../../engine/report/tableLayout';
import type { ChartData } from '../../engine/narrative/document';
import { chartDataUrl, chartSvg } from '../../documents/chartSvg';
import type { Fragment } from '../../engine/narrative/fragment';
import type { PaneHost } from '../host';
import { applyPlanToGrid } from '../../engine/plan/applyToGrid';
import { Action } from '../components/Action';
import { FilePicker } from '../components/FilePicker';
import { saveBytes } from '../download';
import { usePresetChoice } from '../presetChoice';
import type { PresetSelection } from '../presetSelection';
import { PresetPicker } from '../components/PresetPicker';
import { NarrativeBlocked } from '../components/NarrativeBlocked';

const useStyles = makeStyles({
  controls: { display: 'flex', flexDirection: 'column', gap: '4px', marginBottom: '8px' },
  preview: {
    maxHeight: '420px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '8px',
    marginTop: '8px',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
  },
  heading: { fontWeight: tokens.fontWeightSemibold, marginTop: '6px' },
  paragraph: { margin: '2px 0', textIndent: '2em' },
  gap: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorPaletteDarkOrangeForeground1 },
  buttons: { display: 'flex', gap: '8px', flexWrap: 'wrap', marginTop: '8px' },
  problems: { margin: '4px 0 0', paddingLeft: '18px' },
  chart: { display: 'block', width: '100%', height: 'auto', margin: '6px 0' },
  // The line of 待填写 under it, apart from it.
  notice: { marginBottom: '6px' },
});

/** What loading a preset file came to: loaded, or the problems found in it. */
type LoadResult = { readonly file: string; readonly problems: readonly string[] } | undefined;

function Runs({ runs, gapClass }: { runs: Fragment; gapClass: string }) {
  return (
    <>
      {runs.map((r, i) =>
        'gap' in r ? (
          <span key={i} className={gapClass}>
            {r.text}
          </span>
        ) : (
          <span key={i}>{r.text}</span>
        ),
      )}
    </>
  );
}

/** A chart of the preview: the document's own SVG, shown as an image (nothing in it runs). */
function ChartImage({ chart, className }: { chart: ChartData; className: string }) {
  const picture = useMemo(() => chartSvg(chart), [chart]);
  return <img className={className} src={chartDataUrl(picture)} alt={`图${chart.number} ${chart.title}`} data-testid="narrative-chart" data-chart={chart.id} />;
}

/** `onCheck`: opens 检查 (the pane's tab) with its findings shown, the tables' 错误 among them with their cells. */
export function NarrativeView(props: { host: PaneHost; grid: WorkbookGrid; onGrid: (grid: WorkbookGrid) => void; selection: PresetSelection; onCheck?: () => void }) {
  const styles = useStyles();
  const { host, grid } = props;
  const choice = usePresetChoice(props.selection);
  const { preset, settings, setSettings } = choice;
  const [loadResult, setLoadResult] = useState<LoadResult>();
  const explained = useMemo(() => explain(grid, preset), [grid, preset]);
  const refusal = useMemo(() => narrativeRefusal(explained), [explained]);
  // The tables' 错误 the text would quote: said beside the result, the writing not refused.
  // The audit 检查 lists, run once per workbook state for both views (checked.ts).
  const tableErrors = useMemo(() => tableErrorNotice(grid, undefined, checkedOf(grid).findings), [grid]);
  const doc = explained.document;
  const charting = { drawsCharts: host.noCharts === undefined };
  const [message, setMessage] = useState('');
  const [confirmGaps, setConfirmGaps] = useState(false);
  const downloadDocx = () => {
    setMessage('正在生成 Word 文档…');
    void Promise.all([import(/* webpackChunkName: "docx" */ '../../documents/docx'), import(/* webpackChunkName: "docx" */ '../rasterize')])
      .then(([{ narrativeDocx }, { rasterizeInBrowser }]) => {
        const skipped: string[] = [];
        return narrativeDocx(doc, tableLayouts(grid, explained.recognition), { rasterize: rasterizeInBrowser, warn: (m) => skipped.push(m) }).then((bytes) => ({ bytes, skipped }));
      })
      .then(({ bytes, skipped }) => {
        saveBytes(bytes, `${doc.title}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
        const gaps = doc.gaps.length ? `，其中 ${doc.gaps.length} 处待填写以黄色标出` : '';
        setMessage(`Word 文档已生成${gaps}。${skipped.join('')}`);
      })
      .catch((e: unknown) => setMessage(`无法生成 Word 文档：${e instanceof Error ? e.message : String(e)}`));
  };
  const text = () => documentLines(doc).map((l) => l.text).join('\n');
  const loadFile = (file: File) => {
    setLoadResult(undefined);
    file.text().then(
      (t) => {
        const result = parsePreset(t);
        if (!result.ok) {
          setLoadResult({ file: file.name, problems: presetProblemLines(result.problems) });
          return;
        }
        choice.load(file.name, result.preset);
        setMessage(`已载入格式文件“${file.name}”：${result.preset.name}。`);
      },
      (e: unknown) => setLoadResult({ file: file.name, problems: [`无法读取文件：${e instanceof Error ? e.message : String(e)}`] }),
    );
  };
  return (
    <div data-testid="view-narrative">
      <div className={styles.controls}>
        <PresetPicker choice={choice} />
        <div className={styles.buttons}>
          <FilePicker label="载入格式文件…" accept=".json,application/json" inputLabel="选择格式文件" onFile={loadFile} />
          <Button
            onClick={() => {
              saveBytes(new TextEncoder().encode(`${JSON.stringify(preset, null, 2)}\n`), `${preset.id}.json`, 'application/json');
              setMessage(`已下载格式文件 ${preset.id}.json：修改其中的句式后可在此载入。`);
            }}
          >
            下载当前格式（.json）
          </Button>
        </div>
        {loadResult && (
          <MessageBar intent="error" data-testid="preset-problems">
            <MessageBarBody>
              {`格式文件“${loadResult.file}”有误，未载入：`}
              <ul className={styles.problems}>
                {loadResult.problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        <Checkbox label="金额加千分位（1,488.29）" checked={settings.separators} onChange={(_, d) => setSettings({ ...settings, separators: !!d.checked })} />
        <Checkbox label="列出为 0 的项目" checked={settings.listZeroItems} onChange={(_, d) => setSettings({ ...settings, listZeroItems: !!d.checked })} />
        <Checkbox label="同一句中的占比合计为 100%" checked={settings.tailAdjust} onChange={(_, d) => setSettings({ ...settings, tailAdjust: !!d.checked })} />
      </div>
      {refusal.length > 0 ? (
        // No text, no copy, no document while the amounts are read in the wrong unit: every figure would be wrong.
        <NarrativeBlocked refusal={refusal} />
      ) : (
        <>
          {tableErrors && (
            <MessageBar intent="warning" className={styles.notice} data-testid="table-errors">
              <MessageBarBody>
                {tableErrors.message}
                {props.onCheck && (
                  <>
                    {' '}
                    <Link as="button" onClick={props.onCheck} data-testid="table-errors-check">
                      去“检查”
                    </Link>
                  </>
                )}
              </MessageBarBody>
            </MessageBar>
          )}
          {explained.overrides.length > 0 && (
            // A 本年数 typed in the 说明数据 that the text does not quote (it quotes the table's): the cell, both figures, what to do.
            <MessageBar intent="warning" className={styles.notice} data-testid="current-figure-overrides">
              <MessageBarBody>
                {explained.overrides.map((f) => (
                  <div key={f.id}>{`${f.cells.join('、')}：${f.message}`}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          <Text>{doc.gaps.length ? `有 ${doc.gaps.length} 处待填写，在预览中以黄色标出。` : '没有待填写的内容。'}</Text>
          <Action
            host={host}
            onGrid={props.onGrid}
            label={`写入“${narrativeTarget(grid, doc).sheet}”工作表`}
            appearance="primary"
            testId="action-narrative"
            preview={() => {
              const plan = narrativePlan(grid, preset, charting);
              // A host that draws no chart says why before writing, as it will after. The tables' 错误 are not said again
              // here: their notice stays in view above while this is confirmed, and 将要写入 lists what is written.
              const charts = plan.ops.some((op) => op.op === 'setCharts' && op.charts.length > 0);
              return [...plan.summary, ...(charts && host.noCharts ? [host.noCharts] : [])];
            }}
            run={async () => {
              const r = await host.act((g) => narrativePlan(g, preset, charting));
              props.onGrid(applyPlanToGrid(r.grid, r.plan));
              return { summary: r.plan.summary, skipped: r.skipped };
            }}
          />
        </>
      )}
      {charting.drawsCharts && markedSheets(grid).has('narrative') && (
        // The charts are the add-in's like the sheet: removable on their own, the text kept (while the text is refused
        // too). A host that draws no chart (the web page, WPS) has none of ours to remove: no button.
        <Action
          host={host}
          onGrid={props.onGrid}
          label="删除图表"
          testId="action-remove-charts"
          // The chart data of a sheet written before it carried fingerprints is told by what this preset writes.
          preview={() => removeChartsWorkflowPlan(grid, preset).summary}
          run={async () => {
            const r = await host.act((g) => removeChartsWorkflowPlan(g, preset));
            props.onGrid(applyPlanToGrid(r.grid, r.plan));
            return { summary: r.plan.summary, skipped: r.skipped };
          }}
        />
      )}
      {refusal.length === 0 && (
        <>
          <div className={styles.buttons}>
            <Button
              onClick={() =>
                void navigator.clipboard.writeText(text()).then(
                  () => setMessage('全文已复制。'),
                  () => setMessage('无法访问剪贴板：请在预览中选中文字后复制。'),
                )
              }
            >
              复制全文
            </Button>
            <Button
              data-testid="download-docx"
              onClick={() => {
                if (doc.gaps.length > 0) setConfirmGaps(true);
                else downloadDocx();
              }}
            >
              下载 .docx
            </Button>
          </div>
          {confirmGaps && (
            <MessageBar intent="warning" data-testid="docx-gaps">
              <MessageBarBody>
                {`文档中还有 ${doc.gaps.length} 处待填写（【请填写：…】，Word 文档中以黄色标出）。建议先在“说明数据”中填写，再生成文档。`}
                <div className={styles.buttons}>
                  <Button
                    size="small"
                    onClick={() => {
                      setConfirmGaps(false);
                      downloadDocx();
                    }}
                  >
                    仍然下载
                  </Button>
                  <Button size="small" appearance="subtle" onClick={() => setConfirmGaps(false)}>
                    取消
                  </Button>
                </div>
              </MessageBarBody>
            </MessageBar>
          )}
          {message && (
            <MessageBar>
              <MessageBarBody>{message}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.preview} data-testid="narrative-preview">
            <div className={styles.heading}>{doc.title}</div>
            {doc.parts.map((part) => (
              <div key={part.number}>
                <div className={styles.heading}>
                  {part.number} {part.title}
                </div>
                {part.sections.map((section, i) => (
                  <div key={i}>
                    {section.title && <div className={styles.heading}>{`${section.number}、${section.title}`}</div>}
                    {section.blocks.map((b, j) => [
                      ...(section.figures ?? []).filter((f) => f.before === j).map((f) => <ChartImage key={`chart-${f.chart.id}`} chart={f.chart} className={styles.chart} />),
                      b.kind === 'paragraph' ? (
                        <p key={j} className={styles.paragraph}>
                          <Runs runs={b.runs} gapClass={styles.gap} />
                        </p>
                      ) : (
                        <div key={j} className={b.kind === 'heading' ? styles.heading : undefined}>
                          {b.text}
                        </div>
                      ),
                    ])}
                    {(section.figures ?? [])
                      .filter((f) => f.before >= section.blocks.length)
                      .map((f) => (
                        <ChartImage key={`chart-${f.chart.id}`} chart={f.chart} className={styles.chart} />
                      ))}
                  </div>
                ))}
              </div>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
