/**
 * Section templates: for each section, the schema of its patterns (what a preset must give, which placeholders
 * each pattern may use) and the type it describes. Presets and section generators both depend on these; neither
 * depends on the other.
 */
import type { Infer } from '../schema';
import { OVERVIEW_SCHEMA } from './overview';
import { EXPENDITURE_SCHEMA, INCOME_SCHEMA } from './structure';
import { FISCAL_SCHEMA } from './fiscal';
import { GENERAL_BUDGET_DETAIL_SCHEMA, GENERAL_BUDGET_OVERALL_SCHEMA, GENERAL_BUDGET_STRUCTURE_SCHEMA } from './generalBudget';
import { BASIC_SCHEMA } from './basic';
import { THREE_PUBLIC_SCHEMA } from './threePublic';
import { FUND_TABLE_SCHEMA } from './fundTable';
import { ASSETS_SCHEMA, OFFICE_COST_SCHEMA, PROCUREMENT_SCHEMA } from './otherMatters';
import { PERFORMANCE_SCHEMA } from './performance';

export const SECTION_SCHEMAS = {
  overview: OVERVIEW_SCHEMA,
  income: INCOME_SCHEMA,
  expenditure: EXPENDITURE_SCHEMA,
  fiscal: FISCAL_SCHEMA,
  generalBudgetOverall: GENERAL_BUDGET_OVERALL_SCHEMA,
  generalBudgetStructure: GENERAL_BUDGET_STRUCTURE_SCHEMA,
  generalBudgetDetail: GENERAL_BUDGET_DETAIL_SCHEMA,
  basic: BASIC_SCHEMA,
  threePublic: THREE_PUBLIC_SCHEMA,
  govFund: FUND_TABLE_SCHEMA,
  stateCapital: FUND_TABLE_SCHEMA,
  officeCost: OFFICE_COST_SCHEMA,
  procurement: PROCUREMENT_SCHEMA,
  assets: ASSETS_SCHEMA,
  performance: PERFORMANCE_SCHEMA,
} as const;

export type SectionId = keyof typeof SECTION_SCHEMAS;

export const SECTION_IDS = Object.keys(SECTION_SCHEMAS) as SectionId[];

export type SectionTemplates = { readonly [K in SectionId]: Infer<(typeof SECTION_SCHEMAS)[K]> };

export type { OverviewTemplates } from './overview';
export type { StructureTemplates } from './structure';
export type { FiscalTemplates } from './fiscal';
export type { GeneralBudgetDetailTemplates, GeneralBudgetOverallTemplates, GeneralBudgetStructureTemplates } from './generalBudget';
export type { BasicTemplates } from './basic';
export type { ThreePublicTemplates } from './threePublic';
export type { FundTableTemplates } from './fundTable';
export type { AssetsTemplates, OfficeCostTemplates, ProcurementTemplates } from './otherMatters';
export type { PerformanceTemplates } from './performance';
