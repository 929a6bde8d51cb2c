/** 识别: the tables found (where, in which unit), the tables missing, and every problem, each clickable. */
import { Badge, Button, Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { InspectReport } from '../../engine/report/inspect';
import { TABLE_SPECS } from '../../engine/tables/specs';
import type { RecognitionState } from '../useRecognition';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px', marginTop: '12px' },
  row: { display: 'flex', gap: '8px', alignItems: 'baseline' },
  code: { minWidth: '2em', color: tokens.colorNeutralForeground3 },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  problem: { textAlign: 'left', whiteSpace: 'normal', height: 'auto', padding: '4px 0' },
});

function titleOf(code: string): string {
  return TABLE_SPECS.find((s) => s.code === code)?.titles[0] ?? code;
}

function Tables({ report }: { report: InspectReport }) {
  const styles = useStyles();
  return (
    <div className={styles.section}>
      <Text weight="semibold">识别到 {report.tables.length} 张表</Text>
      {report.tables.map((t, i) => (
        <div key={`${t.code}-${i}`} className={styles.row}>
          <span className={styles.code}>{t.code}</span>
          <span>
            <Text>{t.project ? `自评表：${t.project}` : t.title}</Text>
            <br />
            <span className={styles.where}>
              工作表“{t.sheet}” {t.range} · {t.unit}
            </span>
          </span>
        </div>
      ))}
    </div>
  );
}

function Missing({ report }: { report: InspectReport }) {
  const styles = useStyles();
  if (report.missing.length === 0) return null;
  return (
    <div className={styles.section}>
      <Text weight="semibold">缺少 {report.missing.length} 张表</Text>
      {report.missing.map((code) => (
        <div key={code} className={styles.row}>
          <Badge appearance="outline" color="warning">
            {code}
          </Badge>
          <Text>{titleOf(code)}</Text>
        </div>
      ))}
    </div>
  );
}

function Problems({ report, onSelect }: { report: InspectReport; onSelect?: (sheet: string, cell: string) => void }) {
  const styles = useStyles();
  const problems = report.problems.filter((p) => p.sheet !== null);
  if (problems.length === 0) return null;
  return (
    <div className={styles.section}>
      <Text weight="semibold">需要处理的问题 {problems.length} 个</Text>
      {problems.map((p, i) =>
        onSelect && p.cell ? (
          <Link key={i} as="button" className={styles.problem} onClick={() => onSelect(p.sheet!, p.cell!)}>
            {p.message}
          </Link>
        ) : (
          <Text key={i}>{p.message}</Text>
        ),
      )}
    </div>
  );
}

export function RecognitionView(props: {
  state: RecognitionState;
  onRun: () => void;
  onSelect?: (sheet: string, cell: string) => void;
}) {
  const { state } = props;
  return (
    <div>
      <Button appearance="primary" onClick={props.onRun} disabled={state.status === 'running'}>
        重新识别
      </Button>
      {state.status === 'running' && <Spinner size="tiny" label="正在读取工作簿…" />}
      {state.status === 'failed' && (
        <Text role="alert" style={{ display: 'block', marginTop: 12, color: tokens.colorPaletteRedForeground1 }}>
          {state.message}
        </Text>
      )}
      {state.status === 'done' && (
        <>
          {state.report.problems.length === 0 && state.report.missing.length === 0 && (
            <Text style={{ display: 'block', marginTop: 12 }}>九张表和绩效自评表都已识别，没有发现问题。</Text>
          )}
          <Missing report={state.report} />
          <Problems report={state.report} {...(props.onSelect ? { onSelect: props.onSelect } : {})} />
          <Tables report={state.report} />
        </>
      )}
    </div>
  );
}
