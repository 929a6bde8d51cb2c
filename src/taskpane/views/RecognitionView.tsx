/**
 * 识别: the tables found (where, in which unit; each 自评表 by its project's name), the tables missing with what to
 * do about each, and every problem: those at a cell are clickable to it, those of the whole workbook say what to do.
 */
import type { CSSProperties } from 'react';
import { Button, Link, Text, tokens } from '@fluentui/react-components';
import { inspectReport } from '../../engine/report/inspect';
import type { InspectTable } from '../../engine/report/inspect';
import type { Recognition } from '../../engine/recognise/recognise';
import { TABLE_SPECS } from '../../engine/tables/specs';
import { extraLabels } from '../../engine/audit/numbering';
import { lazyPart, LazyPartSlot } from '../components/LazyPart';
import { badgeWidth } from './badgeWidth';

// Only a workbook with tables missing shows the list, so it (and Fluent's Badge) loads when one does; if it cannot
// be fetched, that is said in its place with 重试, and the tables found and the problems stay.
const MissingTables = lazyPart(() => import(/* webpackChunkName: "missing-tables" */ '../components/MissingTables').then((m) => m.MissingTables));

// Plain style objects, as in Pane.tsx: 识别 is the first view, and makeStyles would bring Griffel's style compiler.
const styles = {
  section: { display: 'flex', flexDirection: 'column', gap: '6px', marginTop: '12px' },
  // The badge column one width for every row (badgeWidth), not shrunk by a long title, and a gap after it: every
  // title starts at the same x. A minWidth alone let a flex row squeeze 其他表2 to 2.2em, its text running into
  // the title (其他表2财政拨款基本支出决算表 read as one word), and the extra tables' titles started further right.
  row: { display: 'flex', gap: '10px', alignItems: 'baseline' },
  code: { flex: '0 0 auto', color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  problem: { textAlign: 'left', whiteSpace: 'normal', height: 'auto', padding: '2px 0' },
} satisfies Record<string, CSSProperties>;

function titleOf(code: string): string {
  return TABLE_SPECS.find((s) => s.code === code)?.titles[0] ?? code;
}

/** A table beyond the nine (江苏's 财政拨款支出决算表(功能科目), 江西's 国有资产占用情况表: BaseSpec.extra). */
const isExtra = (code: string) => TABLE_SPECS.find((s) => s.code === code)?.extra === true;

/**
 * What the list heads a table with: the nine's 公开 number; for one beyond them (our F05, A10 mean nothing to the
 * accountant) the 其他表, 其他表1, 其他表2 its findings are numbered by in 检查 (`extras`: numbering.ts); 自评.
 */
function badgeOf(t: InspectTable, extras: ReadonlyMap<string, string>): string {
  if (t.project || t.code === '10') return '自评';
  return isExtra(t.code) ? (extras.get(t.code) ?? '其他表') : t.code;
}

/** 9 张表、2 张其他表和 9 张项目支出绩效自评表: the nine's count apart from the others' (11 张表 said the set had eleven of the nine). */
function foundText(tables: number, extras: number, forms: number): string {
  const parts = [`${tables} 张表`, ...(extras ? [`${extras} 张其他表`] : []), ...(forms ? [`${forms} 张项目支出绩效自评表`] : [])];
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join('、')}和 ${parts[parts.length - 1]!}`;
}

export function RecognitionView(props: { recognition: Recognition; onRefresh: () => void; onSelect: (sheet: string, cell: string) => void }) {
  const report = inspectReport(props.recognition);
  const located = report.problems.filter((p) => p.sheet !== null && p.cell !== null);
  // A missing table's advice comes with it; other problems without a cell are listed as text.
  const adviceFor = (code: string) => props.recognition.problems.find((p) => p.kind === 'missing-table' && p.table === code && p.cell === null)?.message;
  const general = props.recognition.problems.filter((p) => p.cell === null && !(p.kind === 'missing-table' && p.table !== undefined && report.missing.includes(p.table)));
  const forms = report.tables.filter((t) => t.project || t.code === '10');
  const standard = report.tables.filter((t) => !forms.includes(t) && !isExtra(t.code));
  // In workbook order, as they are numbered (the spec order listed 其他表2 before 其他表1 where the set prints them so).
  const order = props.recognition.extras;
  const extras = report.tables.filter((t) => !forms.includes(t) && isExtra(t.code)).sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
  const labels = extraLabels(props.recognition);
  const found = foundText(standard.length, extras.length, forms.length);
  // The tables beyond the nine after the nine and before the 自评表 (the spec order put them after the last 自评表).
  const listed = [...standard, ...extras, ...forms];
  const badges = listed.map((t) => badgeOf(t, labels));
  const code = { ...styles.code, width: badgeWidth(badges) };
  return (
    <div data-testid="view-recognition">
      <Button onClick={props.onRefresh}>重新识别</Button>
      {report.missing.length === 0 && report.problems.length === 0 && (
        <Text block style={{ marginTop: 12 }}>
          九张表和绩效自评表都已识别，读取时没有发现问题（数字是否前后一致，到“检查”中核对）。
        </Text>
      )}
      {report.missing.length > 0 && (
        <LazyPartSlot>
          <MissingTables tables={report.missing.map((code) => ({ code, title: titleOf(code), advice: adviceFor(code) }))} />
        </LazyPartSlot>
      )}
      {(located.length > 0 || general.length > 0) && (
        <div style={styles.section}>
          <Text weight="semibold">需要处理的问题 {located.length + general.length} 个</Text>
          {general.map((p, i) => (
            <Text key={`g${i}`} size={300} style={styles.problem} data-testid="problem-general">
              {p.message}
            </Text>
          ))}
          {located.map((p, i) => (
            <Link key={i} as="button" style={styles.problem} onClick={() => props.onSelect(p.sheet!, p.cell!)}>
              {p.message}
            </Link>
          ))}
        </div>
      )}
      <div style={styles.section}>
        <Text weight="semibold" data-testid="found">
          识别到 {found}
        </Text>
        {listed.map((t, i) => (
          <div key={`${t.code}-${i}`} style={styles.row} data-testid="table-row">
            <span style={code}>{badges[i]}</span>
            <span>
              <Text>{t.project ? `项目：${t.project}` : (t.printedTitle ?? t.title)}</Text>
              <br />
              <span style={styles.where}>
                {t.project ? `${t.title} · ` : ''}工作表“{t.sheet}” {t.range}
                {t.parts?.map((p) => `、工作表“${p.sheet}” ${p.range}`).join('')} · {t.unit}
              </span>
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
