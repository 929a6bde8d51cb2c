/**
 * 预算绩效的情况说明 (新疆 §十一): "我单位2022年度开展预算绩效评价项目9个，全年预算数748.11万元，全年执行数728.90万元"
 * must be the workbook's 项目支出绩效自评表, their number and Σ 年度资金总额 全年预算数 / 全年执行数 (DOMAIN §6), as the
 * generated text states them. Read only as that statement: the number of projects evaluated (开展/完成…绩效评价项目N个,
 * not a 重点 or 部门 evaluation, nor 上海's count of projects self-evaluated, which the 说明数据 gives), then the totals
 * after it (a project's own 全年预算数, or §七's, is not the sum).
 */
import { defineRule } from '../rule';
import { amount, moneyValues } from '../measure';
import { centsOfFen, formatBasis, ratio } from '../../derive/arithmetic';
import { atCommonPrecision, CONNECTOR, MONEY, moneyText, NOT_ROUGH, parseMoney, rateTolerance, sentences, statedWithin, textCells } from '../shared/textScan';
import type { ProjectPerformanceModel } from '../../tables/model';

const COUNT = /(?:开展|完成)(?:了)?(?:\d{4}年度?)?(?:预算)?(?<!重点|部门|财政)绩效(?:评价|自评)(?:的)?项目(?:共)?(\d+)个/g;
const TOTALS = [
  ['adjustedBudget', '全年预算数', new RegExp(`全年预算(?:数|金额)?${CONNECTOR}${MONEY}`, 'g')],
  ['actual', '全年执行数', new RegExp(`全年执行(?:数|金额)?${CONNECTOR}${MONEY}`, 'g')],
] as const;

/** The 执行率 after the totals (…全年执行数728.90万元，执行率97.43%): 全年执行数 ÷ 全年预算数 of the same sums; not a bound (执行率97%以上). */
const RATE = new RegExp(`(?:预算)?执行率(?:为|是|达|达到)?([\\d.]+)%${NOT_ROUGH}`);

/** Σ of the forms' 年度资金总额 in one column, in 分; undefined when a form lacks it. */
function formsTotal(projects: readonly ProjectPerformanceModel[], field: 'adjustedBudget' | 'actual'): number | undefined {
  let sum = 0;
  for (const p of projects) {
    const f = p.funds.total?.[field];
    if (!f || f.invalid) return undefined;
    sum += f.fen ?? 0;
  }
  return sum;
}

export default defineRule({
  id: 'text-performance',
  title: '公开说明中的绩效评价项目数、全年预算数和执行数与绩效自评表一致',
  severity: 'error',
  tables: ['10'],
  messages: {
    count: '说明文字写“{phrase}”，而工作簿中有 {expected} 张项目支出绩效自评表。',
    amount: '说明文字写“{phrase}”，而各项目支出绩效自评表年度资金总额的{column}之和为 {expected}。',
    rate: '说明文字写“{phrase}”，而各项目支出绩效自评表年度资金总额的全年执行数之和 ÷ 全年预算数之和为 {expected}%。',
  },
  check(ctx) {
    const projects = ctx.recognition.projects;
    if (projects.length === 0) return;
    const cells = projects.map((p) => p.titleCell);
    const budget = formsTotal(projects, 'adjustedBudget');
    const actual = formsTotal(projects, 'actual');
    /** The rate of the sums, on the 万元 the text shows them in or on the exact 分 (either is right: DOMAIN §5). */
    const expected = budget && actual !== undefined ? [ratio(centsOfFen(actual), centsOfFen(budget)), ratio(actual, budget)].filter((r) => r !== undefined) : [];
    const checkRate = (after: string, cell: (typeof cells)[number]) => {
      // In the totals' own clause: a later one (…；公告费项目…执行率35.70%) is a project's.
      const m = RATE.exec(after.split(/[;；]/)[0]!);
      if (!m || expected.length === 0) return;
      const stated = Math.round(Number(m[1]) * 100);
      if (statedWithin(stated, expected, rateTolerance(m[1]!))) return;
      ctx.report({ messageId: 'rate', data: { phrase: m[0], expected: formatBasis(expected[0]!) }, cells: [cell], key: m[0], values: [stated / 100, expected[0]! / 100], unit: '%', difference: (stated - expected[0]!) / 100 });
    };
    for (const t of textCells(ctx)) {
      for (const sentence of sentences(t.text)) {
        const count = [...sentence.matchAll(COUNT)][0];
        if (!count) continue;
        const stated = Number(count[1]);
        if (stated !== projects.length) {
          ctx.report({ messageId: 'count', data: { phrase: count[0], expected: projects.length }, cells: [t.cell, ...cells], key: count[0], values: [stated, projects.length], difference: stated - projects.length });
        }
        // The totals right after the count, before a 其中 naming projects (其中“…”全年预算数228.00万元: that project's).
        const after = sentence.slice(count.index! + count[0].length).split('其中')[0]!;
        for (const [field, column, pattern] of TOTALS) {
          const total = formsTotal(projects, field);
          if (total === undefined) continue;
          // The first only: a later one is another figure's.
          const m = [...after.matchAll(pattern)][0];
          if (!m) continue;
          const stated = parseMoney(m[1]!, m[2]!);
          const at = atCommonPrecision(stated, total, '万元');
          if (at.stated === at.table) continue;
          ctx.report({
            messageId: 'amount',
            data: { phrase: m[0], column, expected: amount(total, '万元') },
            cells: [t.cell, ...projects.flatMap((p) => p.funds.total?.[field]?.cell ?? [])],
            key: `${column}${moneyText(stated)}`,
            ...moneyValues([stated.fen, total], (at.stated - at.table) * at.step, stated.unit),
          });
        }
        checkRate(after, t.cell);
      }
    }
  },
});
