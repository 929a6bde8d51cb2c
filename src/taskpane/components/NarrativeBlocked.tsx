/**
 * Why the pane shows no 公开说明 (workflow.ts narrativeRefusal): the workbook's amounts are read in the wrong unit,
 * so every figure of a generated text would be wrong. The first line, then each finding with the cell to put right.
 */
import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  lines: { margin: '4px 0 0', paddingLeft: '18px', fontSize: tokens.fontSizeBase200 },
});

export function NarrativeBlocked(props: { readonly refusal: readonly string[] }) {
  const styles = useStyles();
  const [headline, ...reasons] = props.refusal;
  return (
    <MessageBar intent="error" data-testid="narrative-blocked">
      <MessageBarBody>
        <Text block weight="semibold">
          {headline}
        </Text>
        <ul className={styles.lines}>
          {reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
