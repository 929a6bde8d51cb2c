/**
 * 预算绩效的情况说明 (新疆 §十一) and 预算绩效管理情况 (上海 §十, from 说明数据 through {事项:…}): the 自评 projects of the workbook (their number
 * and Σ 全年预算数 / 全年执行数), or 说明数据 where the workbook has no 自评表; then the accountant's texts.
 */
import { centsOfFen } from '../../derive/arithmetic';
import type { Amount, NarrativeContext } from '../context';
import { derived } from '../context';
import type { Block } from '../document';
import type { Fragment } from '../fragment';
import type { PerformanceTemplates } from '../templates';
import { figureParts } from '../../tables/model';

function projectTotals(ctx: NarrativeContext): { count: () => Fragment; budget: () => Fragment; actual: () => Fragment } {
  const projects = ctx.recognition.projects;
  if (projects.length === 0) {
    return {
      count: () => ctx.matterCount('绩效评价项目数'),
      budget: () => ctx.matterAmount('绩效全年预算数'),
      actual: () => ctx.matterAmount('绩效全年执行数'),
    };
  }
  const sum = (field: 'adjustedBudget' | 'actual'): Amount | undefined => {
    const figures = projects.map((p) => p.funds.total?.[field]);
    // A blank cell is 0 (nothing executed), as everywhere in the tables; one not read, or not a number, leaves a gap.
    if (figures.some((f) => !f || f.invalid)) return undefined;
    // Added in 分 and rounded once, as the audit adds them: forms in 元 rounded one by one to 万元 summed 0.01 off.
    return { cents: centsOfFen(figures.reduce((s, f) => s + (f!.fen ?? 0), 0)), source: derived(figures.flatMap((f) => figureParts(f!).map((p) => ({ kind: 'cell' as const, cell: p.cell })))) };
  };
  const label = { adjustedBudget: '全年预算数', actual: '全年执行数' } as const;
  const money = (field: 'adjustedBudget' | 'actual') => () => ctx.money(sum(field), `表10.${label[field]}`, `项目支出绩效自评表“年度资金总额”的${label[field]}`);
  return {
    count: () => [{ text: String(projects.length), source: derived(projects.map((p) => ({ kind: 'cell' as const, cell: p.titleCell }))) }],
    budget: money('adjustedBudget'),
    actual: money('actual'),
  };
}

export function performance(ctx: NarrativeContext, t: PerformanceTemplates): Block[] {
  const totals = projectTotals(ctx);
  return t.paragraphs.map((pattern) => ({
    kind: 'paragraph' as const,
    runs: ctx.render(pattern, {
      项目数: totals.count,
      全年预算数: totals.budget,
      全年执行数: totals.actual,
      成效: () => ctx.matterSentence('绩效成效'),
      问题: () => ctx.matterSentence('绩效问题'),
      改进措施: () => ctx.matterSentence('绩效改进措施'),
    }),
  }));
}
