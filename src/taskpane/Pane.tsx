/** The task pane: one view per capability (识别 now; 说明数据, 生成说明 and 检查 plug in beside it). */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { WorkbookSource } from './source';
import { useRecognition } from './useRecognition';
import { RecognitionView } from './views/RecognitionView';

const useStyles = makeStyles({
  pane: { boxSizing: 'border-box', width: '100%', maxWidth: '350px', minWidth: '300px', padding: '12px 14px' },
  header: { display: 'flex', flexDirection: 'column', marginBottom: '10px' },
  source: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function Pane({ source }: { source: WorkbookSource }) {
  const styles = useStyles();
  const { state, run } = useRecognition(source);
  const select = source.select;
  return (
    <div className={styles.pane}>
      <div className={styles.header}>
        <Text size={500} weight="semibold">
          决算公开助手
        </Text>
        <span className={styles.source}>{source.label}</span>
      </div>
      <RecognitionView state={state} onRun={run} {...(select ? { onSelect: (sheet, cell) => void select(sheet, cell) } : {})} />
    </div>
  );
}
