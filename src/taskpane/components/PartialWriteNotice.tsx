/**
 * A write that Excel refused half-way (engine/plan/partial.ts): why, exactly what was written, what 清除 cannot take
 * back, and the 清除 button, which applies the take-back plan and says what it did.
 */
import { useState } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import type { WorkbookGrid } from '../../engine/grid/cell';
import { applyPlanToGrid } from '../../engine/plan/applyToGrid';
import type { PartialWriteError } from '../../engine/plan/errors';
import type { PaneHost } from '../host';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '6px' },
  lines: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200 },
});

export function PartialWriteNotice(props: { readonly error: PartialWriteError; readonly host: PaneHost; readonly onGrid: (grid: WorkbookGrid) => void }) {
  const styles = useStyles();
  const { partial, reason } = props.error;
  const [phase, setPhase] = useState<'shown' | 'running' | 'done' | 'failed'>('shown');
  const [message, setMessage] = useState('');
  const takeBack = async () => {
    setPhase('running');
    try {
      await props.host.apply(partial.takeBack);
      props.onGrid(applyPlanToGrid(props.error.after, partial.takeBack));
      setPhase('done');
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
      setPhase('failed');
    }
  };
  return (
    <div className={styles.box} data-testid="partial-write">
      <MessageBar intent="error">
        <MessageBarBody>
          <Text block>写入没有完成：{reason}</Text>
          <Text block weight="semibold">
            已经写入的有：
          </Text>
          <ul className={styles.lines}>
            {partial.written.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
          {partial.kept.map((l, i) => (
            <Text block key={i}>
              {l}
            </Text>
          ))}
        </MessageBarBody>
      </MessageBar>
      {phase === 'shown' && partial.takeBack.ops.length > 0 && (
        <>
          <Text weight="semibold">点“清除”将：</Text>
          <ul className={styles.lines}>
            {partial.takeBack.summary.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
          <Button appearance="primary" onClick={() => void takeBack()} data-testid="take-back">
            清除
          </Button>
        </>
      )}
      {phase === 'running' && <Spinner size="tiny" label="正在撤回…" />}
      {phase === 'done' && (
        <MessageBar intent="success">
          <MessageBarBody>已撤回：{partial.takeBack.summary.join(' ')}</MessageBarBody>
        </MessageBar>
      )}
      {phase === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
