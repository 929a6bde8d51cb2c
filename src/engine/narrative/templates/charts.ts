/**
 * The charts a preset may ask for (`charts`: off where the region's template has none, as 上海's), and the section
 * each one follows: its figures and shares are those the section's sentence quotes (narrative/charts.ts).
 */
import type { SectionId } from './index';

export const CHART_IDS = ['income', 'expenditure', 'generalBudget', 'threePublic'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const CHART_SECTIONS: Readonly<Record<ChartId, SectionId>> = {
  income: 'income',
  expenditure: 'expenditure',
  generalBudget: 'generalBudgetStructure',
  threePublic: 'threePublic',
};
