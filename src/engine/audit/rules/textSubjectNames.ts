/**
 * A subject the text names must carry the official name of its code (功能分类 and 经济分类 dictionaries): a 项
 * described with the name of another 项, a 款 put under a 类 it does not belong to, a code written beside another
 * subject's name ("2010301 事业运行"). The code is known from the text (a code beside the name) or from the
 * tables (the row the 类/款/项 chain leads to). A subject the dictionary lacks is left alone; an earlier name of
 * a 类 or 款 (医疗卫生与计划生育支出 for 卫生健康支出, 行政事业单位离退休 for 行政事业单位养老支出) is a 提示.
 */
import { defineRule } from '../rule';
import { normalizeLabel } from '../../grid/normalize';
import { ECONOMIC_SUBJECTS } from '../../subjects/economic';
import { FUNCTIONAL_CLASSES, FUNCTIONAL_SUBJECTS, functionalClassByName, functionalSubject, functionalSubjectsNamed, SubjectEntry } from '../../subjects/functional';
import type { CellRef } from '../../grid/address';
import type { Recognition } from '../../recognise/recognise';
import type { RowModel } from '../../tables/model';
import { subjectChains } from '../shared/subjectText';
import { textCells } from '../shared/textScan';

const LEVEL_NAMES = ['类', '款', '项'] as const;
const SUBJECTS: readonly SubjectEntry[] = [...FUNCTIONAL_CLASSES, ...FUNCTIONAL_SUBJECTS, ...ECONOMIC_SUBJECTS];
const BY_CODE = new Map(SUBJECTS.map((e) => [e.code, e]));
/** Official names of each code length, longest first (a code is followed by its name, then other words). */
const NAMES_BY_LENGTH = new Map<number, readonly string[]>(
  [3, 5, 7].map((n) => [n, [...new Set(SUBJECTS.filter((e) => e.code.length === n).map((e) => normalizeLabel(e.name)))].sort((a, b) => b.length - a.length)]),
);

const same = (a: string, b: string) => normalizeLabel(a).replace(/支出$/, '') === normalizeLabel(b).replace(/支出$/, '');

/** The rows of the subject tables that carry codes (05 first: the text's §五 speaks of it). */
function subjectRows(rec: Recognition): RowModel[] {
  const { generalBudgetExpenditure, expenditure, income, govFund, stateCapital } = rec.tables;
  return [generalBudgetExpenditure, expenditure, income, govFund, stateCapital].flatMap((t) => (t ? t.rows.filter((r) => r.code) : []));
}

export default defineRule({
  id: 'text-subject-names',
  title: '公开说明中的科目名称与科目编码的规范名称一致',
  severity: 'error',
  tables: [],
  messages: {
    code: '说明文字中科目 {code} 写作“{written}”，而 {code} 的规范名称为“{official}”：请改为规范名称。',
    table: '说明文字中的“{written}({level})”对应决算表中的科目 {code}，其规范名称为“{official}”：请在表和文字中都改为规范名称。',
    parent: '说明文字把“{written}({level})”列在“{parentName}”之下，而“{written}”是科目 {code} 的名称，属于“{actualParent}”：请核对科目。',
    alias: '说明文字中的“{written}({level})”是科目 {code} 的旧称，现行规范名称为“{official}”：请改为现行名称。',
  },
  check(ctx) {
    // Only a chain of names the dictionary does not place needs the tables' rows: most checks never do.
    let rows: RowModel[] | undefined;
    const tableRows = () => (rows ??= subjectRows(ctx.recognition));
    for (const t of textCells(ctx)) {
      checkChains(t.text, t.cell);
      checkCodes(t.text, t.cell);
    }

    function checkChains(text: string, cell: CellRef): void {
      for (const chain of subjectChains(text)) {
        const cls = functionalClassByName(chain.names[0]!);
        if (!cls) continue;
        if (!same(chain.names[0]!, cls.name)) {
          ctx.report({ messageId: 'alias', data: { written: chain.names[0]!, level: '类', code: cls.code, official: cls.name }, cells: [cell], key: `${chain.index}alias`, severity: 'warning' });
        }
        let parent: SubjectEntry = cls;
        for (const [i, written] of chain.names.slice(1).entries()) {
          const length = 5 + i * 2;
          const level = LEVEL_NAMES[i + 1]!;
          const key = `${chain.index}${level}${written}`;
          // By the dictionary: the 款 of this 类 (项 of this 款) with this name.
          const official = SUBJECTS.find((e) => e.code.length === length && e.code.startsWith(parent.code) && same(e.name, written));
          if (official) {
            parent = official;
            continue;
          }
          // Or by a former name of it (行政事业单位离退休 for 20805 行政事业单位养老支出): a 提示, as a 类's (subjectByNames reads
          // its figure; left unread here, the chain went unchecked and the name unsaid; helper-h230).
          const former = SUBJECTS.find((e) => e.code.length === length && e.code.startsWith(parent.code) && (e.aliases ?? []).some((a) => same(a, written)));
          if (former) {
            ctx.report({ messageId: 'alias', data: { written, level, code: former.code, official: former.name }, cells: [cell], key: `${key}alias`, severity: 'warning' });
            parent = former;
            continue;
          }
          // By the tables: the row under the parent with this label, whose code has another official name.
          const row = tableRows().find((r) => r.code!.length === length && r.code!.startsWith(parent.code) && same(r.label, written));
          const entry = row ? BY_CODE.get(row.code!) : undefined;
          if (row && entry) {
            ctx.report({ messageId: 'table', data: { written, level, code: entry.code, official: entry.name }, cells: row.labelCell ? [cell, row.labelCell] : [cell], key });
            parent = entry;
            continue;
          }
          // The name of one subject only, which belongs elsewhere.
          const named = functionalSubjectsNamed(written).filter((e) => e.code.length === length);
          if (named.length === 1 && !named[0]!.code.startsWith(parent.code)) {
            const actualParent = functionalSubject(named[0]!.code.slice(0, -2));
            ctx.report({
              messageId: 'parent',
              data: { written, level, parentName: parent.name, code: named[0]!.code, actualParent: actualParent ? `${actualParent.code} ${actualParent.name}` : named[0]!.code.slice(0, -2) },
              cells: [cell],
              key,
            });
          }
          break;
        }
      }
    }

    /** "2010301行政运行", "行政运行(2010301)", "[2010301]行政运行": the name beside a code must be its own. */
    function checkCodes(text: string, cell: CellRef): void {
      for (const m of text.matchAll(/(?<![\d.,])(\d{3}|\d{5}|\d{7})(?![\d.,%])/g)) {
        const code = m[1]!;
        const entry = BY_CODE.get(code);
        if (!entry) continue;
        const official = normalizeLabel(entry.name);
        const after = text.slice(m.index! + code.length).replace(/^[\])】:\s-]+/, '');
        const before = text.slice(0, m.index!).replace(/[([【]$/, '');
        const names = NAMES_BY_LENGTH.get(code.length)!;
        const ownAfter = after.startsWith(official);
        const ownBefore = before.endsWith(official);
        if (ownAfter || ownBefore) continue;
        // Only a name of the same level written right beside the code counts (211工程 is not a subject).
        const written = names.find((n) => after.startsWith(n)) ?? (/[([【]$/.test(text.slice(0, m.index!)) ? names.find((n) => before.endsWith(n)) : undefined);
        if (!written) continue;
        ctx.report({ messageId: 'code', data: { code, written, official: entry.name }, cells: [cell], key: `${m.index}${code}` });
      }
    }
  },
});
