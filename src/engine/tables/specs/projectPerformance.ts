/** 项目支出绩效自评表 (the tenth table): a form, one per project; several may share a sheet. */
import type { ProjectPerformanceSpec } from '../spec';

export const projectPerformanceSpec: ProjectPerformanceSpec = {
  code: '10',
  id: 'projectPerformance',
  kind: 'projectPerformance',
  // 四川 prints 部门预算项目支出绩效自评表 (its 预算 in front was read as another table's name: the form unread; review40).
  titles: ['项目支出绩效自评表', '项目支出绩效自评报告表', '部门预算项目支出绩效自评表'],
};

export const FUND_ROWS = {
  total: ['年度资金总额', '资金总额', '合计', '总额'],
  // Also as the 安徽 (本年财政拨款) and 四川 (财政资金) forms print them.
  fiscal: ['当年财政拨款', '财政拨款', '本年财政拨款', '财政资金', '当年财政资金'],
  carryover: ['上年结转资金', '上年结转', '上年结余', '上年结余资金', '上年结转结余', '上年结转结余资金'],
  other: ['其他资金'],
} as const;

// Also as other provinces head them (四川: 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分; review40).
export const FUND_COLUMNS = {
  initialBudget: ['年初预算数', '年初预算'],
  adjustedBudget: ['全年预算数', '调整后预算数', '调整后预算', '全年预算', '调整预算数', '调整预算'],
  actual: ['全年执行数', '预算执行数', '实际执行数', '执行数'],
  weight: ['分值', '权重'],
  rate: ['执行率', '执行率(%)', '执行率%', '预算执行率'],
  score: ['得分'],
} as const;

export const INDICATOR_COLUMNS = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标'],
  target: ['年度指标值'],
  achieved: ['实际完成值', '完成值', '全年实际值'],
  weight: ['分值', '权重'],
  score: ['得分'],
  deviation: ['偏差原因分析及改进措施', '偏差原因分析'],
} as const;
