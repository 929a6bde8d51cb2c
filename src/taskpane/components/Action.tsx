/**
 * One action on the workbook: says beforehand what it will write (the plan's summary, from the workbook as last
 * read), asks to go ahead, shows progress, then says what it wrote and what it left out — or why it wrote nothing,
 * or, when Excel refused half-way, exactly what it wrote, with 清除 to take it back.
 */
import { useState } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import type { WorkbookGrid } from '../../engine/grid/cell';
import { PartialWriteError } from '../../engine/plan/errors';
import type { PaneHost } from '../host';
import { PartialWriteNotice } from './PartialWriteNotice';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '6px', marginTop: '8px' },
  lines: { margin: 0, paddingLeft: '18px', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  buttons: { display: 'flex', gap: '8px' },
});

export interface ActionOutcome {
  readonly summary: readonly string[];
  readonly skipped: readonly string[];
}

export function Action(props: {
  readonly label: string;
  /** What the action will write, computed without touching the workbook. */
  readonly preview: () => readonly string[];
  readonly run: () => Promise<ActionOutcome>;
  readonly appearance?: 'primary' | 'secondary';
  readonly disabled?: boolean;
  readonly testId?: string;
  /** Where the action writes, and how the pane learns the workbook after a write that failed half-way. */
  readonly host: PaneHost;
  readonly onGrid: (grid: WorkbookGrid) => void;
}) {
  const styles = useStyles();
  const [phase, setPhase] = useState<'idle' | 'confirm' | 'running' | 'done' | 'failed'>('idle');
  const [lines, setLines] = useState<readonly string[]>([]);
  const [outcome, setOutcome] = useState<ActionOutcome | undefined>();
  const [error, setError] = useState('');
  const [partial, setPartial] = useState<PartialWriteError | undefined>();
  const start = () => {
    try {
      setLines(props.preview());
      setPhase('confirm');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPhase('failed');
    }
  };
  const go = async () => {
    setPhase('running');
    setPartial(undefined);
    try {
      setOutcome(await props.run());
      setPhase('done');
    } catch (e) {
      // The pane's view of the workbook becomes what Excel holds now.
      if (e instanceof PartialWriteError) {
        props.onGrid(e.after);
        setPartial(e);
      }
      setError(e instanceof Error ? e.message : String(e));
      setPhase('failed');
    }
  };
  return (
    <div className={styles.box} data-testid={props.testId}>
      {phase !== 'confirm' && phase !== 'running' && (
        <Button appearance={props.appearance ?? 'secondary'} disabled={props.disabled} onClick={start}>
          {props.label}
        </Button>
      )}
      {phase === 'confirm' && (
        <>
          <Text weight="semibold">将要写入：</Text>
          <ul className={styles.lines}>
            {lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={() => void go()}>
              确定写入
            </Button>
            <Button onClick={() => setPhase('idle')}>取消</Button>
          </div>
        </>
      )}
      {phase === 'running' && <Spinner size="tiny" label="正在写入…" />}
      {phase === 'done' && outcome && (
        <MessageBar intent={outcome.skipped.length ? 'warning' : 'success'}>
          <MessageBarBody>
            已写入：{outcome.summary.join(' ')}
            {outcome.skipped.map((s, i) => (
              <div key={i}>{s}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {phase === 'failed' && partial && <PartialWriteNotice error={partial} host={props.host} onGrid={props.onGrid} />}
      {phase === 'failed' && !partial && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
