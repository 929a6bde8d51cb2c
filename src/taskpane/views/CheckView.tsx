/**
 * 检查: run every rule, see the counts by severity and the findings by table (in table order, each numbered
 * 表05-3 or 说明-2 as the 检查结果 sheet numbers them: audit/numbering.ts); a click selects the cell. The list is there as soon as the
 * tab opens and follows the workbook as it changes: reading the findings writes nothing, so it waits for no click
 * (an empty tab with one button hid what the tool is for). A finding can be marked 已说明 or 忽略 (with the
 * accountant's words, the controls shown on demand), and the mark undone; the counts are of the findings still open.
 * A mark is the pane's until the accountant writes the flags (the main button, which says first what it will write):
 * the 检查结果 sheet then keeps it. Marking one finding wrote the flags of the whole workbook and the 检查结果 sheet
 * at once, unasked, where the page says that 检查 only reads. Flags are written in place and can be cleared, each after saying what it
 * will do, and saying after what it did. A workbook with none of the tables is not checked at all: nothing would be
 * true of it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { WorkbookGrid } from '../../engine/grid/cell';
import { toA1 } from '../../engine/grid/address';
import { flagsPlan } from '../../engine/workflow';
import { recognise } from '../../engine/recognise/recognise';
import { cellsText, clearFlagsPlan, flaggedIdsIn, Mark, readMarks, resultTarget } from '../../engine/audit/flags';
import type { Finding } from '../../engine/audit/finding';
import { countFindings } from '../../engine/audit/finding';
import { SEVERITY_NAMES } from '../../engine/audit/rule';
import { findingNumber, groupFindings } from '../../engine/audit/numbering';
import type { PaneHost } from '../host';
import { applyPlanToGrid } from '../../engine/plan/applyToGrid';
import { Action } from '../components/Action';
import { checkedOf } from '../checked';
import { badgeWidth } from './badgeWidth';

const useStyles = makeStyles({
  counts: { display: 'flex', gap: '6px', margin: '8px 0', flexWrap: 'wrap' },
  finding: { display: 'flex', flexDirection: 'column', gap: '2px', padding: '5px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  head: { display: 'flex', gap: '6px', alignItems: 'baseline' },
  number: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', flexShrink: 0 },
  line: { display: 'flex', gap: '6px', alignItems: 'baseline', flexWrap: 'wrap' },
  cell: { textAlign: 'left', whiteSpace: 'normal', height: 'auto', fontSize: tokens.fontSizeBase200 },
  mark: { display: 'flex', gap: '4px', alignItems: 'center', flexWrap: 'wrap', marginTop: '2px' },
  marked: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  done: { opacity: 0.7 },
});

const COLOURS = { error: 'danger', rounding: 'warning', warning: 'informative' } as const;

const noNotes = (results: string) => `这一版本的 Excel 不支持批注（需要 ExcelApi 1.18）：单元格只标色，问题的说明写在“${results}”工作表和下面的列表里。`;

const errorsIn = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error').length;

function FindingItem(props: {
  finding: Finding;
  number: string;
  /** The number column's width, one for the whole list (numberWidth). */
  numberWidth: string;
  mark?: Mark;
  /** The mark is the pane's only: not yet written to the workbook. */
  unwritten: boolean;
  onSelect: () => void;
  onMark: (mark: Mark | null) => void;
}) {
  const styles = useStyles();
  const { finding: f } = props;
  const [open, setOpen] = useState(false);
  const [words, setWords] = useState(props.mark?.words ?? '');
  const first = f.cellRefs[0];
  // Marked, the row is compact again: after 撤销标记 it offers 标记… as before.
  const mark = (m: Mark) => {
    setOpen(false);
    props.onMark(m);
  };
  return (
    <div className={props.mark ? `${styles.finding} ${styles.done}` : styles.finding} data-testid="finding" data-id={f.id}>
      <div className={styles.head}>
        <span className={styles.number} style={{ width: props.numberWidth }} data-testid="finding-number">
          {props.number}
        </span>
        <span>
          <Badge color={COLOURS[f.severity]} appearance={props.mark ? 'outline' : 'filled'} size="small">
            {SEVERITY_NAMES[f.severity]}
          </Badge>{' '}
          <Text size={200}>{f.message}</Text>
        </span>
      </div>
      <div className={styles.line}>
        {first && (
          <Link as="button" className={styles.cell} onClick={props.onSelect} data-testid="finding-cell">
            {cellsText(f.cellRefs.slice(0, 3))}
            {f.cells.length > 3 ? ` 等 ${f.cells.length} 格` : ''}
          </Link>
        )}
        {props.mark && (
          <>
            <Text className={styles.marked}>
              已标记“{props.mark.kind}”{props.mark.words ? `：${props.mark.words}` : ''}
              {props.unwritten ? '（未写入）' : ''}
            </Text>
            <Link as="button" className={styles.cell} onClick={() => props.onMark(null)}>
              撤销标记
            </Link>
          </>
        )}
        {!props.mark && !open && (
          <Link as="button" className={styles.cell} onClick={() => setOpen(true)} aria-label={`标记 ${props.number}`}>
            标记…
          </Link>
        )}
      </div>
      {!props.mark && open && (
        <div className={styles.mark}>
          <Input size="small" placeholder="说明（可选）" value={words} onChange={(_, d) => setWords(d.value)} aria-label="标记说明" />
          <Button size="small" onClick={() => mark({ kind: '已说明', words })}>
            已说明
          </Button>
          <Button size="small" onClick={() => mark({ kind: '忽略', words })}>
            忽略
          </Button>
          <Button size="small" appearance="transparent" onClick={() => setOpen(false)}>
            取消
          </Button>
        </div>
      )}
    </div>
  );
}

/** The marks made in the pane and not yet written: finding id → its mark, or null for a written mark undone. */
export type PendingMarks = ReadonlyMap<string, Mark | null>;

/**
 * `pending`/`onPending`: the marks not yet written, kept by the pane across its tabs (the view's own state
 * without them).
 */
export function CheckView(props: {
  host: PaneHost;
  grid: WorkbookGrid;
  onGrid: (grid: WorkbookGrid) => void;
  pending?: PendingMarks;
  onPending?: (pending: PendingMarks) => void;
}) {
  const styles = useStyles();
  const { host, grid } = props;
  const [ownPending, setOwnPending] = useState<PendingMarks>(() => new Map());
  const pending = props.pending ?? ownPending;
  const setPending = props.onPending ?? setOwnPending;
  // A workbook flagged before (this tab left and chosen again, or a 检查结果 sheet of an earlier session): the ones the
  // sheet lists are those flagged.
  const [written] = useState(() => flaggedIdsIn(grid));
  // Whether the cells carry this pane's flags: not while the findings are only listed.
  const [inCells, setInCells] = useState(written !== undefined);
  const [flaggedIds, setFlaggedIds] = useState<ReadonlySet<string>>(written ?? new Set());
  const [error, setError] = useState('');
  // The check action's own message speaks of the flags it wrote: a new one after clearing them.
  const [round, setRound] = useState(0);
  const recognition = useMemo(() => recognise(grid), [grid]);
  const noTables = Object.keys(recognition.tables).length === 0 && recognition.projects.length === 0;
  // The findings follow the workbook (an edit on the web page, a 说明数据 written).
  const findings = useMemo(() => (noTables ? undefined : checkedOf(grid).findings), [noTables, grid]);
  const writtenMarks = useMemo(() => readMarks(grid), [grid]);
  // The marks as they will be once written: the sheet's, with the pane's changes.
  const marks = useMemo(() => {
    const merged = new Map(writtenMarks);
    for (const [id, m] of pending) {
      if (m) merged.set(id, m);
      else merged.delete(id);
    }
    return merged;
  }, [writtenMarks, pending]);
  const groups = useMemo(() => groupFindings(findings ?? []), [findings]);
  // The numbers one column wide in every group: 其他表1-1 is wider than 表05-1, and its messages started further right.
  const numberWidth = useMemo(() => badgeWidth(groups.flatMap((g) => g.findings.map((_, i) => findingNumber(g, i)))), [groups]);
  // Every group open at first; one that appears later (an edit, a 说明数据 written) or whose 错误 grow opens too (a group
  // with new 错误 stayed closed: only those of the first render were open), and one the accountant closed stays so.
  const [openGroups, setOpenGroups] = useState<readonly string[]>(() => groups.map((g) => g.code));
  const errorsSeen = useRef<ReadonlyMap<string, number>>(new Map(groups.map((g) => [g.code, errorsIn(g.findings)])));
  useEffect(() => {
    const seen = errorsSeen.current;
    const opening = groups.filter((g) => !seen.has(g.code) || errorsIn(g.findings) > seen.get(g.code)!).map((g) => g.code);
    errorsSeen.current = new Map(groups.map((g) => [g.code, errorsIn(g.findings)]));
    if (opening.length > 0) setOpenGroups((open) => [...open, ...opening.filter((c) => !open.includes(c))]);
  }, [groups]);
  const open = (findings ?? []).filter((f) => !marks.has(f.id));
  const counts = countFindings(open);
  const stale = findings !== undefined && (findings.length !== flaggedIds.size || findings.some((f) => !flaggedIds.has(f.id)));
  // The note of the last write (已写入…, with its counts) goes once the findings are no longer those it flagged: beside the
  // counts above it said the opposite (a figure put right on the web page: 错误 0 under 已写入…错误 2).
  useEffect(() => {
    if (stale) setRound((n) => n + 1);
  }, [stale]);

  const flagged = async () => {
    const changes = pending;
    const marked = pendingLine();
    // The workbook as read for the action audited once, for the flags and for the ids flagged.
    const r = await host.act((g) => flagsPlan(g, changes, checkedOf(g).findings));
    props.onGrid(applyPlanToGrid(r.grid, r.plan));
    setFlaggedIds(new Set(checkedOf(r.grid).findings.map((f) => f.id)));
    setInCells(true);
    setPending(new Map());
    return { summary: [...marked, ...r.plan.summary], skipped: r.skipped };
  };
  // A mark stays in the pane until the flags are written: nothing is written without its plan shown first.
  const mark = (f: Finding, change: Mark | null) => {
    const next = new Map(pending);
    if (change === null && !writtenMarks.has(f.id)) next.delete(f.id);
    else next.set(f.id, change);
    setPending(next);
  };
  const pendingCount = [...pending].filter(([id, m]) => (m ? true : writtenMarks.has(id))).length;
  const pendingLine = () => {
    if (pendingCount === 0) return [];
    const kinds = [...pending.values()];
    const n = (k: string) => kinds.filter((m) => m?.kind === k).length;
    const undone = kinds.filter((m) => m === null).length;
    const parts = [n('已说明') ? `已说明 ${n('已说明')} 个` : '', n('忽略') ? `忽略 ${n('忽略')} 个` : '', undone ? `撤销 ${undone} 个` : ''].filter(Boolean);
    return [`${pendingCount} 个标记（${parts.join('，')}）：标了的问题不再标色，在“检查结果”中记下。`];
  };
  // 清除标记 stays offered on a workbook that looks never flagged: our colours and notes live in the cells, apart from
  // the 检查结果 sheet, and the pane cannot see them (the sheet deleted by hand, the workbook flagged in another session
  // or in WPS). Greyed there, the accountant could no longer take them off.
  // 清除标记 takes them too: said before and after.
  const droppedLine = () => (pendingCount > 0 ? [`面板中还没有写入的 ${pendingCount} 个标记一并取消。`] : []);
  // Without notes (Excel below ExcelApi 1.18) the messages are in the 检查结果 sheet and in this list only.
  const notesMissing = host.supportsNotes ? undefined : noNotes(resultTarget(grid).sheet);
  const preview = () => [...pendingLine(), ...flagsPlan(grid, pending, checkedOf(grid).findings).summary, ...(notesMissing ? [notesMissing] : [])];

  if (noTables) {
    return (
      <div data-testid="view-check">
        <MessageBar intent="error" data-testid="no-tables">
          <MessageBarBody>
            工作簿中没有识别到任何决算表，无法检查，也没有写入任何内容。请确认打开的是部门决算公开的工作簿：每张表保留模板的标题（如“收入支出决算总表”）和表头。“识别”页列出了读到的情况。
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  return (
    <div data-testid="view-check">
      {notesMissing && (
        <Text block className={styles.marked} data-testid="no-notes">
          {notesMissing}
        </Text>
      )}
      <Action key={round} host={host} onGrid={props.onGrid} label="检查并在单元格中标出" appearance="primary" testId="action-check" preview={preview} run={() => flagged()} />
      {findings && (
        <div className={styles.counts} data-testid="counts">
          <Badge color="danger">错误 {counts.error}</Badge>
          <Badge color="warning">尾差 {counts.rounding}</Badge>
          <Badge color="informative">提示 {counts.warning}</Badge>
          {findings.length > open.length && (
            <Badge color="subtle" appearance="outline">
              已标记 {findings.length - open.length}
            </Badge>
          )}
        </div>
      )}
      {pendingCount > 0 && (
        <Text size={200} block style={{ color: tokens.colorNeutralForeground3 }} data-testid="marks-unwritten">
          有 {pendingCount} 个标记还没有写入工作簿：点“检查并在单元格中标出”，确认后写入。
        </Text>
      )}
      {stale && (
        <Text size={200} block style={{ color: tokens.colorNeutralForeground3 }} data-testid="not-in-cells">
          {inCells
            ? '工作簿改动后问题有变化：下面是现在的问题，单元格中的标色是上次检查时写的，再次检查即更新。'
            : '下面是工作簿现在的问题，单元格中还没有标出：点“检查并在单元格中标出”即标色并写入检查结果。'}
        </Text>
      )}
      {error && <Text style={{ color: tokens.colorPaletteRedForeground1 }}>{error}</Text>}
      {findings && findings.length === 0 && <Text block>没有发现问题。</Text>}
      {groups.length > 0 && (
        <Accordion multiple collapsible openItems={[...openGroups]} onToggle={(_, d) => setOpenGroups(d.openItems.map(String))}>
          {groups.map((group) => (
            <AccordionItem key={group.code} value={group.code}>
              <AccordionHeader size="small">
                {group.name}（{group.findings.length}）
              </AccordionHeader>
              <AccordionPanel>
                {group.findings.map((f, i) => (
                  <FindingItem
                    key={f.id}
                    finding={f}
                    number={findingNumber(group, i)}
                    numberWidth={numberWidth}
                    unwritten={pending.has(f.id)}
                    {...(marks.get(f.id) ? { mark: marks.get(f.id)! } : {})}
                    onSelect={() => {
                      const c = f.cellRefs[0]!;
                      host.select(c.sheet, toA1(c.row, c.col)).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
                    }}
                    onMark={(change) => mark(f, change)}
                  />
                ))}
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
      {findings && (
        <Action
          host={host}
          onGrid={props.onGrid}
          label="清除标记"
          testId="action-clear"
          preview={() => [...clearFlagsPlan(grid).summary, ...droppedLine()]}
          run={async () => {
            const dropped = droppedLine();
            const r = await host.act((g) => clearFlagsPlan(g));
            props.onGrid(applyPlanToGrid(r.grid, r.plan));
            setInCells(false);
            setFlaggedIds(new Set());
            // The marks go with the 检查结果 sheet: the pane's own, not yet written, too (a finding showed 已标记“忽略”
            // （未写入） over a workbook that held no mark any more).
            setPending(new Map());
            setRound((n) => n + 1);
            return { summary: [...r.plan.summary, ...dropped], skipped: r.skipped };
          }}
        />
      )}
    </div>
  );
}
