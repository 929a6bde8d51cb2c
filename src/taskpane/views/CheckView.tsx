/**
 * 检查: run every rule, see the counts by severity and the findings grouped by table; a click selects the cell;
 * a finding can be marked 已说明 or 忽略 (with the accountant's words), which the 检查结果 sheet keeps; flags are
 * written in place and can be cleared.
 */
import { useMemo, useState } from 'react';
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
  Text,
  tokens,
} from '@fluentui/react-components';
import type { WorkbookGrid } from '../../engine/grid/cell';
import { toA1 } from '../../engine/grid/address';
import { check, flagsPlan } from '../../engine/workflow';
import { clearFlagsPlan, Mark, MarkKind, readMarks, resultTarget } from '../../engine/audit/flags';
import type { Finding } from '../../engine/audit/finding';
import { countFindings } from '../../engine/audit/finding';
import { SEVERITY_NAMES } from '../../engine/audit/rule';
import { TABLE_SPECS } from '../../engine/tables/specs';
import type { PaneHost } from '../host';
import { applyPlanToGrid } from '../../engine/plan/applyToGrid';
import { Action } from '../components/Action';
import { PartialWriteNotice } from '../components/PartialWriteNotice';
import { PartialWriteError } from '../../engine/plan/partial';

const useStyles = makeStyles({
  counts: { display: 'flex', gap: '8px', margin: '8px 0' },
  finding: { display: 'flex', flexDirection: 'column', gap: '2px', padding: '6px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  cell: { textAlign: 'left', whiteSpace: 'normal', height: 'auto' },
  mark: { display: 'flex', gap: '4px', alignItems: 'center', flexWrap: 'wrap' },
  marked: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const COLOURS = { error: 'danger', rounding: 'warning', warning: 'informative' } as const;

const noNotes = (results: string) => `这一版本的 Excel 不支持批注（需要 ExcelApi 1.18）：单元格只标色，问题的说明写在“${results}”工作表和下面的列表里。`;

function tableName(code: string | undefined): string {
  if (!code) return '说明数据与说明文字';
  return `${code} ${TABLE_SPECS.find((s) => s.code === code)?.titles[0] ?? ''}`;
}

function FindingItem(props: { finding: Finding; mark?: Mark; onSelect: () => void; onMark: (kind: MarkKind, words: string) => void }) {
  const styles = useStyles();
  const { finding: f } = props;
  const [words, setWords] = useState(props.mark?.words ?? '');
  const first = f.cellRefs[0];
  return (
    <div className={styles.finding} data-testid="finding">
      <div>
        <Badge color={COLOURS[f.severity]} appearance="filled">
          {SEVERITY_NAMES[f.severity]}
        </Badge>{' '}
        <Text size={200}>{f.message}</Text>
      </div>
      {first && (
        <Link as="button" className={styles.cell} onClick={props.onSelect} data-testid="finding-cell">
          {f.cells.slice(0, 3).join('、')}
          {f.cells.length > 3 ? ` 等 ${f.cells.length} 格` : ''}
        </Link>
      )}
      {props.mark ? (
        <Text className={styles.marked}>
          已标记“{props.mark.kind}”{props.mark.words ? `：${props.mark.words}` : ''}
        </Text>
      ) : (
        <div className={styles.mark}>
          <Input size="small" placeholder="说明（可选）" value={words} onChange={(_, d) => setWords(d.value)} aria-label="标记说明" />
          <Button size="small" onClick={() => props.onMark('已说明', words)}>
            已说明
          </Button>
          <Button size="small" onClick={() => props.onMark('忽略', words)}>
            忽略
          </Button>
        </div>
      )}
    </div>
  );
}

export function CheckView(props: { host: PaneHost; grid: WorkbookGrid; onGrid: (grid: WorkbookGrid) => void }) {
  const styles = useStyles();
  const { host, grid } = props;
  const [findings, setFindings] = useState<readonly Finding[] | undefined>();
  const [marks, setMarks] = useState<ReadonlyMap<string, Mark>>(() => readMarks(grid));
  const [error, setError] = useState('');
  const [partial, setPartial] = useState<PartialWriteError | undefined>();
  const groups = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const f of findings ?? []) map.set(tableName(f.table), [...(map.get(tableName(f.table)) ?? []), f]);
    return [...map];
  }, [findings]);
  const counts = findings ? countFindings(findings) : undefined;
  const flagged = async (extra?: ReadonlyMap<string, Mark>) => {
    const r = await host.act((g) => flagsPlan(g, extra));
    const after = applyPlanToGrid(r.grid, r.plan);
    props.onGrid(after);
    setFindings(check(r.grid).findings);
    setMarks(readMarks(after));
    return { summary: r.plan.summary, skipped: r.skipped };
  };
  const mark = (f: Finding, kind: MarkKind, words: string) => {
    setError('');
    setPartial(undefined);
    flagged(new Map([[f.id, { kind, words }]])).catch((e: unknown) => {
      if (e instanceof PartialWriteError) {
        props.onGrid(e.after);
        setPartial(e);
      } else {
        setError(e instanceof Error ? e.message : String(e));
      }
    });
  };
  // Without notes (Excel below ExcelApi 1.18) the messages are in the 检查结果 sheet and in this list only.
  const notesMissing = host.supportsNotes ? undefined : noNotes(resultTarget(grid).sheet);
  const preview = () => [...flagsPlan(grid, marks).summary, ...(notesMissing ? [notesMissing] : [])];
  return (
    <div data-testid="view-check">
      {notesMissing && (
        <Text block className={styles.marked} data-testid="no-notes">
          {notesMissing}
        </Text>
      )}
      <Action host={host} onGrid={props.onGrid} label="检查并在单元格中标出" appearance="primary" testId="action-check" preview={preview} run={() => flagged()} />
      {counts && (
        <div className={styles.counts} data-testid="counts">
          <Badge color="danger">错误 {counts.error}</Badge>
          <Badge color="warning">尾差 {counts.rounding}</Badge>
          <Badge color="informative">提示 {counts.warning}</Badge>
        </div>
      )}
      {error && <Text style={{ color: tokens.colorPaletteRedForeground1 }}>{error}</Text>}
      {partial && <PartialWriteNotice error={partial} host={host} onGrid={props.onGrid} />}
      {findings && findings.length === 0 && <Text block>没有发现问题。</Text>}
      {groups.length > 0 && (
        <Accordion multiple collapsible defaultOpenItems={groups.map(([name]) => name)}>
          {groups.map(([name, list]) => (
            <AccordionItem key={name} value={name}>
              <AccordionHeader size="small">
                {name}（{list.length}）
              </AccordionHeader>
              <AccordionPanel>
                {list.map((f) => (
                  <FindingItem
                    key={f.id}
                    finding={f}
                    {...(marks.get(f.id) ? { mark: marks.get(f.id)! } : {})}
                    onSelect={() => {
                      const c = f.cellRefs[0]!;
                      host.select(c.sheet, toA1(c.row, c.col)).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
                    }}
                    onMark={(kind, words) => mark(f, kind, words)}
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
          preview={() => clearFlagsPlan(grid).summary}
          run={async () => {
            const r = await host.act((g) => clearFlagsPlan(g));
            props.onGrid(applyPlanToGrid(r.grid, r.plan));
            setFindings(undefined);
            setMarks(new Map());
            return { summary: r.plan.summary, skipped: r.skipped };
          }}
        />
      )}
    </div>
  );
}
