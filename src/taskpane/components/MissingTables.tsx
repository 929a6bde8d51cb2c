/**
 * 识别's list of the tables not found, each with what to do about it. Its own chunk (with Fluent's Badge): a
 * complete workbook, the usual case, never shows it, so the pane's first chunk goes without.
 */
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px', marginTop: '12px' },
  row: { display: 'flex', gap: '8px', alignItems: 'baseline' },
  advice: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface MissingTable {
  readonly code: string;
  readonly title: string;
  /** What the recognition said to do about it, when it said something. */
  readonly advice?: string;
}

export function MissingTables(props: { readonly tables: readonly MissingTable[] }) {
  const styles = useStyles();
  return (
    <div className={styles.section} data-testid="missing-tables">
      <Text weight="semibold">缺少 {props.tables.length} 张表</Text>
      {props.tables.map((t) => (
        <div key={t.code} className={styles.row}>
          <Badge appearance="outline" color="warning">
            {t.code}
          </Badge>
          <span>
            <Text>{t.title}</Text>
            {t.advice && <span className={styles.advice}>{t.advice}</span>}
          </span>
        </div>
      ))}
    </div>
  );
}
