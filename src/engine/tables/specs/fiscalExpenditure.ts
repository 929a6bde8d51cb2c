/**
 * 江苏's 财政拨款支出决算表(功能科目), printed before its 一般公共预算支出决算表(功能科目) (table 05): table 05's form
 * (合计 | 基本支出 | 项目支出 by 功能分类 subject) over every 财政拨款, 一般公共预算, 政府性基金 and 国有资本经营 together.
 * Its 合计 is table 04's 财政拨款 本年支出合计, and each column tables 05, 08 and 09's together
 * (rules/fiscalExpenditureTables.ts).
 */
import type { BlockTableSpec } from '../spec';
import { generalBudgetExpenditureSpec } from './generalBudgetExpenditure';

export const fiscalExpenditureSpec: BlockTableSpec = {
  ...generalBudgetExpenditureSpec,
  code: 'F05',
  id: 'fiscalExpenditure',
  extra: true,
  titles: ['财政拨款支出决算表'],
};
