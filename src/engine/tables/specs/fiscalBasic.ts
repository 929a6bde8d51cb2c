/**
 * 江苏's 财政拨款基本支出决算表(经济科目), printed before its 一般公共预算基本支出决算表(经济科目) (table 06): table 06's
 * form (经济分类 subjects, 人员经费合计 and 公用经费合计) over the 基本支出 of every 财政拨款. Its 人员经费 and 公用经费 add
 * up to the 基本支出 of its 财政拨款支出决算表(功能科目) (rules/fiscalExpenditureTables.ts).
 */
import type { BlockTableSpec } from '../spec';
import { generalBudgetBasicSpec } from './generalBudgetBasic';

export const fiscalBasicSpec: BlockTableSpec = {
  ...generalBudgetBasicSpec,
  code: 'F06',
  id: 'fiscalBasic',
  extra: true,
  titles: ['财政拨款基本支出决算表'],
};
