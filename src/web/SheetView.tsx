/**
 * The sheets of the open workbook: tabs, a grid of values as Excel shows them, our highlights and notes, and the
 * cell a finding points at selected and scrolled into view. Cell text is rendered as text, never as HTML.
 */
import { useEffect, useRef } from 'react';
import { makeStyles, mergeClasses, shorthands, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { columnLetters } from '../engine/grid/address';
import type { SheetView as View } from './xlsxHost';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: 1, height: '100%', overflow: 'hidden' },
  tabs: { overflowX: 'auto', flexShrink: 0 },
  scroller: { overflow: 'auto', flex: 1, ...shorthands.borderTop('1px', 'solid', tokens.colorNeutralStroke2) },
  table: { borderCollapse: 'collapse', fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  head: { position: 'sticky', top: 0, zIndex: 2, background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: 'normal', padding: '1px 6px' },
  rowHead: { position: 'sticky', left: 0, zIndex: 1, background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: 'right', padding: '1px 6px' },
  cell: {
    ...shorthands.border('1px', 'solid', tokens.colorNeutralStroke3),
    padding: '1px 6px',
    whiteSpace: 'nowrap',
    maxWidth: '260px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    position: 'relative',
  },
  // A column of the sheet's own width, and text that wraps in it, as Excel shows them.
  sized: { boxSizing: 'border-box' },
  wrapped: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', textOverflow: 'clip' },
  // A text runs on over empty cells to its right, as in Excel.
  spill: { overflowX: 'visible', overflowY: 'visible', textOverflow: 'clip', zIndex: 1 },
  bottom: { verticalAlign: 'bottom' },
  top: { verticalAlign: 'top' },
  middle: { verticalAlign: 'middle' },
  numeric: { textAlign: 'right' },
  error: { backgroundColor: '#FFC7CE', color: '#9C0006' },
  rounding: { backgroundColor: '#FFF2CC' },
  warning: { backgroundColor: '#DDEBF7' },
  note: { boxShadow: 'inset -6px 6px 0 -3px #D13438' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  more: { padding: '6px', color: tokens.colorNeutralForeground3 },
});

export function SheetView(props: { sheets: readonly View[]; active: string; onActive: (name: string) => void; selected?: { row: number; col: number } }) {
  const styles = useStyles();
  const sheet = props.sheets.find((s) => s.name === props.active) ?? props.sheets[0];
  const selectedRef = useRef<HTMLTableCellElement>(null);
  useEffect(() => {
    // Scroll the grid only, not the page around it.
    const cell = selectedRef.current;
    const scroller = cell?.closest('[data-scroller]') as HTMLElement | null;
    if (cell && scroller) scroller.scrollTo({ top: cell.offsetTop - scroller.clientHeight / 2, left: cell.offsetLeft - scroller.clientWidth / 2 });
  }, [props.selected, props.active]);
  if (!sheet) return <Text>工作簿中没有可显示的工作表。</Text>;
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  return (
    <div className={styles.wrap} data-testid="sheet-view">
      <TabList className={styles.tabs} size="small" selectedValue={sheet.name} onTabSelect={(_, d) => props.onActive(String(d.value))}>
        {props.sheets.map((s) => (
          <Tab key={s.name} value={s.name} data-testid="sheet-tab">
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller} data-scroller>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.head} />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} className={styles.head} style={sheet.widths[c] === 0 ? { display: 'none' } : undefined}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((row, r) => (
              <tr key={r}>
                <th className={styles.rowHead}>{r + 1}</th>
                {Array.from({ length: width }, (_, c) => {
                  const cell = row[c];
                  const key = `${r},${c}`;
                  const level = sheet.highlights.get(key);
                  const note = sheet.notes.get(key);
                  const isSelected = props.selected?.row === r && props.selected?.col === c;
                  const px = sheet.widths[c];
                  const spills = !!cell?.text && !cell.numeric && !cell.wrap && !row[c + 1]?.text;
                  const classes = [
                    styles.cell,
                    px !== undefined ? styles.sized : '',
                    cell?.wrap ? styles.wrapped : '',
                    spills ? styles.spill : '',
                    styles[cell?.vertical ?? 'bottom'],
                    cell?.numeric ? styles.numeric : '',
                    level ? styles[level] : '',
                    note ? styles.note : '',
                    isSelected ? styles.selected : '',
                  ];
                  return (
                    <td
                      key={c}
                      ref={isSelected ? selectedRef : undefined}
                      className={mergeClasses(...classes)}
                      style={px === undefined ? undefined : px === 0 ? { display: 'none' } : { width: px, minWidth: px, maxWidth: px }}
                      title={note ?? cell?.text ?? ''}
                      data-cell={`${columnLetters(c)}${r + 1}`}
                      data-flag={level}
                      data-selected={isSelected ? 'true' : undefined}
                    >
                      {cell?.text ?? ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {sheet.hiddenRows > 0 && <div className={styles.more}>另有 {sheet.hiddenRows} 行未显示。</div>}
      </div>
    </div>
  );
}
