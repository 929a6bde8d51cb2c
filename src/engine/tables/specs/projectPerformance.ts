/** 项目支出绩效自评表 (the tenth table): a form, one per project; several may share a sheet. */
import type { ProjectPerformanceSpec } from '../spec';

export const projectPerformanceSpec: ProjectPerformanceSpec = {
  code: '10',
  id: 'projectPerformance',
  kind: 'projectPerformance',
  titles: ['项目支出绩效自评表', '项目支出绩效自评报告表'],
};

export const FUND_ROWS = {
  total: ['年度资金总额', '资金总额', '合计'],
  // Also as the 安徽 (本年财政拨款) and 四川 (财政资金) forms print them.
  fiscal: ['当年财政拨款', '财政拨款', '本年财政拨款', '财政资金', '当年财政资金'],
  carryover: ['上年结转资金', '上年结转', '上年结余', '上年结余资金', '上年结转结余', '上年结转结余资金'],
  other: ['其他资金'],
} as const;

export const FUND_COLUMNS = {
  initialBudget: ['年初预算数'],
  adjustedBudget: ['全年预算数'],
  actual: ['全年执行数'],
  weight: ['分值'],
  rate: ['执行率', '执行率(%)', '执行率%'],
  score: ['得分'],
} as const;

export const INDICATOR_COLUMNS = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标'],
  target: ['年度指标值'],
  achieved: ['实际完成值'],
  weight: ['分值'],
  score: ['得分'],
  deviation: ['偏差原因分析及改进措施', '偏差原因分析'],
} as const;
