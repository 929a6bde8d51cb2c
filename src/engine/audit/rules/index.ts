/**
 * Every audit rule, one module each. The meta-test (tests/engine/audit/registry.test.ts) checks that each has a
 * unique id, a Chinese title, message templates, and a test of its own.
 */
import type { Rule } from '../rule';
import basicClassSections from './basicClassSections';
import basicPersonnelTotal from './basicPersonnelTotal';
import basicPublicTotal from './basicPublicTotal';
import basicRowParts from './basicRowParts';
import basicWithinThreePublic from './basicWithinThreePublic';
import emptyTableNote from './emptyTableNote';
import expenditureRowUses from './expenditureRowUses';
import fiscalBalance from './fiscalBalance';
import fiscalExpenditureTotal from './fiscalExpenditureTotal';
import fiscalExpenditureTables from './fiscalExpenditureTables';
import fiscalFundBalance from './fiscalFundBalance';
import fiscalFundParts from './fiscalFundParts';
import fiscalIncomeTotal from './fiscalIncomeTotal';
import fiscalMatchesFundTables from './fiscalMatchesFundTables';
import fiscalMatchesGeneralBudget from './fiscalMatchesGeneralBudget';
import fiscalMatchesIncome from './fiscalMatchesIncome';
import fiscalMatchesSummary from './fiscalMatchesSummary';
import fiscalOpeningBalance from './fiscalOpeningBalance';
import fiscalRowFunds from './fiscalRowFunds';
import fiscalWithinExpenditure from './fiscalWithinExpenditure';
import fiscalYearExpenditure from './fiscalYearExpenditure';
import fiscalYearIncome from './fiscalYearIncome';
import foreignReceptionWithinReception from './foreignReceptionWithinReception';
import fundTableBalance from './fundTableBalance';
import fundTableExpenditure from './fundTableExpenditure';
import generalBudgetBasicParts from './generalBudgetBasicParts';
import generalBudgetFundSubjects from './generalBudgetFundSubjects';
import generalBudgetMatchesBasic from './generalBudgetMatchesBasic';
import generalBudgetRow from './generalBudgetRow';
import generalBudgetWithinExpenditure from './generalBudgetWithinExpenditure';
import incomeFiscalParts from './incomeFiscalParts';
import incomeRowSources from './incomeRowSources';
import missingTable from './missingTable';
import officeCost from './officeCost';
import performanceFundScore from './performanceFundScore';
import performanceFunds from './performanceFunds';
import performanceIndicatorScore from './performanceIndicatorScore';
import performanceRate from './performanceRate';
import performanceSummary from './performanceSummary';
import performanceTotalScore from './performanceTotalScore';
import procurementTotal from './procurementTotal';
import readingNotices from './readingNotices';
import smallBusinessShare from './smallBusinessShare';
import subjectClassSections from './subjectClassSections';
import subjectSectionItems from './subjectSectionItems';
import subjectTotalClasses from './subjectTotalClasses';
import summaryBalance from './summaryBalance';
import summaryExpenditureTotal from './summaryExpenditureTotal';
import summaryIncomeTotal from './summaryIncomeTotal';
import summaryMatchesExpenditure from './summaryMatchesExpenditure';
import summaryMatchesIncome from './summaryMatchesIncome';
import summaryYearExpenditure from './summaryYearExpenditure';
import summaryYearIncome from './summaryYearIncome';
import tableUnitScale from './tableUnitScale';
import textBasicItems from './textBasicItems';
import textBounds from './textBounds';
import textBudget from './textBudget';
import textBudgetComparison from './textBudgetComparison';
import textBudgetFigures from './textBudgetFigures';
import textChangeWords from './textChangeWords';
import supplementAssets from './supplementAssets';
import supplementCurrentFigures from './supplementCurrentFigures';
import supplementImpossibleValue from './supplementImpossibleValue';
import supplementPrintedFigures from './supplementPrintedFigures';
import supplementThreePublicBudgets from './supplementThreePublicBudgets';
import supplementPriorYear from './supplementPriorYear';
import supplementYear from './supplementYear';
import textCounts from './textCounts';
import textDifferences from './textDifferences';
import textMatterAmounts from './textMatterAmounts';
import textPerformance from './textPerformance';
import textEmptyTables from './textEmptyTables';
import textFigures from './textFigures';
import textMissingUnit from './textMissingUnit';
import textProcurement from './textProcurement';
import textShares from './textShares';
import textSubjectNames from './textSubjectNames';
import textTemplateLeftovers from './textTemplateLeftovers';
import textNoneStated from './textNoneStated';
import textUnchanged from './textUnchanged';
import textChangeWay from './textChangeWay';
import textPerUnit from './textPerUnit';
import textZeroBudget from './textZeroBudget';
import threePublicFundParts from './threePublicFundParts';
import threePublicNegative from './threePublicNegative';
import threePublicTotal from './threePublicTotal';
import threePublicUnits from './threePublicUnits';
import threePublicVehicles from './threePublicVehicles';
import unreadableFigure from './unreadableFigure';
import vehicleCount from './vehicleCount';

export const RULES: readonly Rule[] = [
  basicClassSections as Rule,
  basicPersonnelTotal as Rule,
  basicPublicTotal as Rule,
  basicRowParts as Rule,
  basicWithinThreePublic as Rule,
  emptyTableNote as Rule,
  expenditureRowUses as Rule,
  fiscalBalance as Rule,
  fiscalExpenditureTotal as Rule,
  fiscalExpenditureTables as Rule,
  fiscalFundBalance as Rule,
  fiscalFundParts as Rule,
  fiscalIncomeTotal as Rule,
  fiscalMatchesFundTables as Rule,
  fiscalMatchesGeneralBudget as Rule,
  fiscalMatchesIncome as Rule,
  fiscalMatchesSummary as Rule,
  fiscalOpeningBalance as Rule,
  fiscalRowFunds as Rule,
  fiscalWithinExpenditure as Rule,
  fiscalYearExpenditure as Rule,
  fiscalYearIncome as Rule,
  foreignReceptionWithinReception as Rule,
  fundTableBalance as Rule,
  fundTableExpenditure as Rule,
  generalBudgetBasicParts as Rule,
  generalBudgetFundSubjects as Rule,
  generalBudgetMatchesBasic as Rule,
  generalBudgetRow as Rule,
  generalBudgetWithinExpenditure as Rule,
  incomeFiscalParts as Rule,
  incomeRowSources as Rule,
  missingTable as Rule,
  officeCost as Rule,
  performanceFundScore as Rule,
  performanceFunds as Rule,
  performanceIndicatorScore as Rule,
  performanceRate as Rule,
  performanceSummary as Rule,
  performanceTotalScore as Rule,
  procurementTotal as Rule,
  readingNotices as Rule,
  smallBusinessShare as Rule,
  subjectClassSections as Rule,
  subjectSectionItems as Rule,
  subjectTotalClasses as Rule,
  summaryBalance as Rule,
  summaryExpenditureTotal as Rule,
  summaryIncomeTotal as Rule,
  summaryMatchesExpenditure as Rule,
  summaryMatchesIncome as Rule,
  summaryYearExpenditure as Rule,
  summaryYearIncome as Rule,
  tableUnitScale as Rule,
  textBasicItems as Rule,
  textBounds as Rule,
  textBudget as Rule,
  textBudgetComparison as Rule,
  textBudgetFigures as Rule,
  textChangeWords as Rule,
  supplementAssets as Rule,
  supplementCurrentFigures as Rule,
  supplementImpossibleValue as Rule,
  supplementPrintedFigures as Rule,
  supplementThreePublicBudgets as Rule,
  supplementPriorYear as Rule,
  supplementYear as Rule,
  textCounts as Rule,
  textDifferences as Rule,
  textMatterAmounts as Rule,
  textPerformance as Rule,
  textPerUnit as Rule,
  textEmptyTables as Rule,
  textFigures as Rule,
  textMissingUnit as Rule,
  textProcurement as Rule,
  textShares as Rule,
  textSubjectNames as Rule,
  textTemplateLeftovers as Rule,
  textNoneStated as Rule,
  textUnchanged as Rule,
  textChangeWay as Rule,
  textZeroBudget as Rule,
  threePublicFundParts as Rule,
  threePublicNegative as Rule,
  threePublicTotal as Rule,
  threePublicUnits as Rule,
  threePublicVehicles as Rule,
  unreadableFigure as Rule,
  vehicleCount as Rule,
];
