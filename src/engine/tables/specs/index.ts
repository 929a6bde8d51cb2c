/** Every table spec, in table-code order; the tables beyond the nine (BaseSpec.extra) last. */
import type { TableSpec } from '../spec';
import { summarySpec } from './summary';
import { incomeSpec } from './income';
import { expenditureSpec } from './expenditure';
import { fiscalSummarySpec } from './fiscalSummary';
import { generalBudgetExpenditureSpec } from './generalBudgetExpenditure';
import { generalBudgetBasicSpec } from './generalBudgetBasic';
import { threePublicCostsSpec } from './threePublicCosts';
import { govFundSpec } from './govFund';
import { stateCapitalSpec } from './stateCapital';
import { projectPerformanceSpec } from './projectPerformance';
import { fiscalExpenditureSpec } from './fiscalExpenditure';
import { fiscalBasicSpec } from './fiscalBasic';
import { assetsSpec } from './assets';

export const TABLE_SPECS: readonly TableSpec[] = [
  summarySpec,
  incomeSpec,
  expenditureSpec,
  fiscalSummarySpec,
  generalBudgetExpenditureSpec,
  generalBudgetBasicSpec,
  threePublicCostsSpec,
  govFundSpec,
  stateCapitalSpec,
  projectPerformanceSpec,
  fiscalExpenditureSpec,
  fiscalBasicSpec,
  assetsSpec,
];

export {
  summarySpec,
  incomeSpec,
  expenditureSpec,
  fiscalSummarySpec,
  generalBudgetExpenditureSpec,
  generalBudgetBasicSpec,
  threePublicCostsSpec,
  govFundSpec,
  stateCapitalSpec,
  projectPerformanceSpec,
  fiscalExpenditureSpec,
  fiscalBasicSpec,
  assetsSpec,
};
