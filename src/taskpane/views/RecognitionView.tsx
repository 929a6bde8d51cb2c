/** 识别: the tables found (where, in which unit), the tables missing, and every problem, each clickable to its cell. */
import { Badge, Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { inspectReport } from '../../engine/report/inspect';
import type { Recognition } from '../../engine/recognise/recognise';
import { TABLE_SPECS } from '../../engine/tables/specs';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px', marginTop: '12px' },
  row: { display: 'flex', gap: '8px', alignItems: 'baseline' },
  code: { minWidth: '2em', color: tokens.colorNeutralForeground3 },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  problem: { textAlign: 'left', whiteSpace: 'normal', height: 'auto', padding: '2px 0' },
});

function titleOf(code: string): string {
  return TABLE_SPECS.find((s) => s.code === code)?.titles[0] ?? code;
}

export function RecognitionView(props: { recognition: Recognition; onRefresh: () => void; onSelect: (sheet: string, cell: string) => void }) {
  const styles = useStyles();
  const report = inspectReport(props.recognition);
  const problems = report.problems.filter((p) => p.sheet !== null && p.cell !== null);
  return (
    <div data-testid="view-recognition">
      <Button onClick={props.onRefresh}>重新识别</Button>
      {report.missing.length === 0 && report.problems.length === 0 && (
        <Text block style={{ marginTop: 12 }}>
          九张表和绩效自评表都已识别，没有发现问题。
        </Text>
      )}
      {report.missing.length > 0 && (
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
      )}
      {problems.length > 0 && (
        <div className={styles.section}>
          <Text weight="semibold">需要处理的问题 {problems.length} 个</Text>
          {problems.map((p, i) => (
            <Link key={i} as="button" className={styles.problem} onClick={() => props.onSelect(p.sheet!, p.cell!)}>
              {p.message}
            </Link>
          ))}
        </div>
      )}
      <div className={styles.section}>
        <Text weight="semibold">识别到 {report.tables.length} 张表</Text>
        {report.tables.map((t, i) => (
          <div key={`${t.code}-${i}`} className={styles.row} data-testid="table-row">
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
    </div>
  );
}
