/**
 * 对照: the explanation the accountant wrote (a sheet of their own) beside the generated one, paragraph by
 * paragraph, the figures of theirs that differ marked. A generated sentence can be copied into their text: into
 * the cell of the paragraph beside it, or into the paragraph they clicked — one plan, one cell, shown before it
 * is written. Their sheet is otherwise only read.
 */
import { ReactNode, useMemo, useState } from 'react';
import { Dropdown, makeStyles, mergeClasses, MessageBar, MessageBarBody, Option, Text, tokens } from '@fluentui/react-components';
import { cellAt, cellText, WorkbookGrid } from '../../engine/grid/cell';
import { CellRef, qualifiedA1 } from '../../engine/grid/address';
import { recognise } from '../../engine/recognise/recognise';
import { explain, narrativeRefusal } from '../../engine/workflow';
import { findSheet, markedSheets } from '../../engine/plan/owned';
import { applyPlanToGrid } from '../../engine/plan/applyToGrid';
import { compareExplanation, CompareRow } from '../../engine/compare/compare';
import { explanationSheets } from '../../engine/compare/paragraphs';
import { copySentencePlan, splitSentences } from '../../engine/compare/copy';
import type { FigureDifference } from '../../engine/compare/figures';
import type { PaneHost } from '../host';
import { Action } from '../components/Action';
import { NarrativeBlocked } from '../components/NarrativeBlocked';
import { PresetPicker } from '../components/PresetPicker';
import { usePresetChoice } from '../presetChoice';
import type { PresetSelection } from '../presetSelection';

const useStyles = makeStyles({
  controls: { display: 'flex', flexDirection: 'column', gap: '4px', marginBottom: '6px' },
  summary: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  table: {
    marginTop: '6px',
    maxHeight: '640px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  row: { display: 'grid', gridTemplateColumns: '1fr 1fr', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  head: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  side: { padding: '4px 5px', minWidth: 0, overflowWrap: 'anywhere' },
  mine: { borderRight: `1px solid ${tokens.colorNeutralStroke3}`, cursor: 'pointer' },
  missing: { backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground4, fontStyle: 'italic' },
  heading: { fontWeight: tokens.fontWeightSemibold },
  target: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  address: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  diff: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2, fontWeight: tokens.fontWeightSemibold, padding: '0 1px' },
  sentence: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorBrandBackground2 } },
  picked: { backgroundColor: tokens.colorBrandBackground2, textDecoration: 'underline' },
  action: { gridColumn: '1 / span 2', padding: '4px 5px', backgroundColor: tokens.colorNeutralBackground2 },
});

/** The accountant's paragraph, the figures that differ marked (as text: nothing from a cell becomes HTML). */
function Marked({ text, differences, className }: { text: string; differences: readonly FigureDifference[]; className: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  differences.forEach((d, i) => {
    if (d.start > at) parts.push(<span key={`t${i}`}>{text.slice(at, d.start)}</span>);
    parts.push(
      <mark key={`d${i}`} className={className} title={`生成的说明为 ${d.expected}`} data-testid="figure-diff" data-expected={d.expected}>
        {text.slice(d.start, d.end)}
      </mark>,
    );
    at = d.end;
  });
  if (at < text.length) parts.push(<span key="rest">{text.slice(at)}</span>);
  return <>{parts}</>;
}

interface Chosen {
  readonly cell: CellRef;
}

/**
 * `selection`: the pane's preset choice, the one 生成说明 writes with (对照 started at 新疆 whatever was chosen there:
 * helper-148); choosing here chooses for both.
 */
export function CompareView(props: { host: PaneHost; grid: WorkbookGrid; onGrid: (grid: WorkbookGrid) => void; selection: PresetSelection }) {
  const styles = useStyles();
  const { host, grid } = props;
  const recognition = useMemo(() => recognise(grid), [grid]);
  const sheets = useMemo(() => explanationSheets(grid, recognition), [grid, recognition]);
  const [chosenSheet, setSheet] = useState<string | undefined>();
  const sheet = chosenSheet !== undefined && sheets.includes(chosenSheet) ? chosenSheet : sheets[0];
  const choice = usePresetChoice(props.selection);
  const preset = choice.preset;
  const explained = useMemo(() => explain(grid, preset), [grid, preset]);
  const refusal = useMemo(() => narrativeRefusal(explained), [explained]);
  const doc = explained.document;
  const comparison = useMemo(() => (sheet === undefined ? undefined : compareExplanation(grid, recognition, sheet, doc)), [grid, recognition, sheet, doc]);
  const [target, setTarget] = useState<Chosen | undefined>();
  const [picked, setPicked] = useState<{ row: number; sentence: string } | undefined>();
  const [written, setWritten] = useState<string | undefined>();

  // Nothing to compare against, nor to copy from, while every generated figure would be in the wrong unit.
  if (refusal.length > 0) {
    return (
      <div data-testid="view-compare">
        <NarrativeBlocked refusal={refusal} />
      </div>
    );
  }
  if (!comparison) {
    // Once 生成说明 has written its sheet 公开说明, the page said there was no 公开说明 and named 公开说明 as an example of
    // the accountant's own: it is ours, and 对照 does not compare the generated text with itself.
    const ours = markedSheets(grid).get('narrative')?.name;
    return (
      <div data-testid="view-compare">
        <Text block data-testid="compare-none">
          {ours === undefined
            ? '工作簿中没有您自己写的公开说明。对照会把生成的公开说明与您写的（例如名为“公开说明”的工作表）逐段比较，标出数字不同之处。'
            : `工作簿中没有您自己写的公开说明：工作表“${ours}”是决算公开助手生成并写入的，对照不拿它比较。对照会把生成的公开说明与您自己写的（另一张工作表，如从往年或其他文件粘贴来的说明）逐段比较，标出数字不同之处。`}
        </Text>
      </div>
    );
  }

  const textOf = (cell: CellRef) => {
    const s = findSheet(grid, cell.sheet);
    return s ? cellText(cellAt(s, cell.row, cell.col)) : '';
  };
  const destination = (r: CompareRow): CellRef | undefined => target?.cell ?? r.accountant?.cell;
  const { counts } = comparison;

  return (
    <div data-testid="view-compare">
      <div className={styles.controls}>
        <Dropdown aria-label="您的说明" value={`您的说明：${comparison.sheet}`} selectedOptions={[comparison.sheet]} onOptionSelect={(_, d) => d.optionValue && setSheet(d.optionValue)}>
          {sheets.map((s) => (
            <Option key={s} value={s} text={`您的说明：${s}`}>
              {s}
            </Option>
          ))}
        </Dropdown>
        <PresetPicker choice={choice} label="生成的格式" prefix="生成：" />
      </div>
      <Text block className={styles.summary} data-testid="compare-summary">
        对上 {counts.paired} 段，其中 {counts.differences} 处数字与生成的不同（红色）；生成的说明另有 {counts.generatedOnly} 段，您的说明另有 {counts.accountantOnly} 段。
        点右栏的一句可复制到左栏同一行的单元格；先点左栏的一段，则复制到那个单元格。
      </Text>
      {written && (
        <MessageBar intent="success" data-testid="copied">
          <MessageBarBody>已写入：{written}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.table}>
        <div className={mergeClasses(styles.row, styles.head)}>
          <div className={mergeClasses(styles.side, styles.mine)}>您的说明（{comparison.sheet}）</div>
          <div className={styles.side}>生成的说明</div>
        </div>
        {comparison.rows.map((r, i) => {
          const chosen = target && r.accountant && target.cell.sheet === r.accountant.cell.sheet && target.cell.row === r.accountant.cell.row && target.cell.col === r.accountant.cell.col;
          const to = picked?.row === i ? destination(r) : undefined;
          return (
            <div key={i} className={styles.row} data-testid="compare-row">
              <div
                className={mergeClasses(styles.side, styles.mine, !r.accountant && styles.missing, r.accountant?.heading && styles.heading, chosen && styles.target)}
                onClick={() => r.accountant && setTarget(chosen ? undefined : { cell: r.accountant.cell })}
                data-testid={r.accountant ? 'mine' : undefined}
              >
                {r.accountant ? (
                  <>
                    <Marked text={r.accountant.text} differences={r.differences} className={styles.diff} />
                    <span className={styles.address}>{qualifiedA1(r.accountant.cell)}</span>
                  </>
                ) : (
                  '（您的说明中没有）'
                )}
              </div>
              <div className={mergeClasses(styles.side, !r.generated && styles.missing, r.generated?.heading && styles.heading)}>
                {r.generated
                  ? r.generated.heading
                    ? r.generated.text
                    : splitSentences(r.generated.text).map((s, j) => (
                        <span
                          key={j}
                          role="button"
                          tabIndex={0}
                          data-testid="sentence"
                          className={mergeClasses(styles.sentence, picked?.row === i && picked.sentence === s && styles.picked)}
                          onClick={() => {
                            setWritten(undefined);
                            setPicked({ row: i, sentence: s });
                          }}
                          onKeyDown={(e) => e.key === 'Enter' && setPicked({ row: i, sentence: s })}
                        >
                          {s}
                        </span>
                      ))
                  : '（生成的说明中没有）'}
              </div>
              {picked?.row === i && (
                <div className={styles.action}>
                  {to ? (
                    <Action
                      host={host}
                      onGrid={props.onGrid}
                      key={`${qualifiedA1(to)}|${picked.sentence}`}
                      label={`把这一句复制到 ${qualifiedA1(to)}`}
                      testId="action-copy"
                      preview={() => copySentencePlan(to, textOf(to), picked.sentence).summary}
                      run={async () => {
                        const plan = copySentencePlan(to, textOf(to), picked.sentence);
                        const result = await host.act(() => plan);
                        props.onGrid(applyPlanToGrid(result.grid, result.plan));
                        setPicked(undefined);
                        setWritten(result.plan.summary[0]);
                        return { summary: result.plan.summary, skipped: result.skipped };
                      }}
                    />
                  ) : (
                    <Text size={200}>您的说明中没有与这一段对应的单元格：请先点击左栏中要复制到的那一段。</Text>
                  )}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
