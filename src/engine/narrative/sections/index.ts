/** Section generators by id: code decides what is listed and computed, the preset decides the words. */
import type { NarrativeContext } from '../context';
import type { Block } from '../document';
import type { Preset, SectionId } from '../preset';
import { overview } from './overview';
import { structureParagraph } from './structure';
import { fiscal } from './fiscal';
import { generalBudgetDetail, generalBudgetOverall, generalBudgetStructure } from './generalBudget';
import { basic } from './basic';
import { threePublic } from './threePublic';
import { fundTable } from './fundTable';
import { assets, officeCost, procurement } from './otherMatters';
import { performance } from './performance';

export const SECTION_GENERATORS: Readonly<Record<SectionId, (ctx: NarrativeContext, t: Preset['templates']) => Block[]>> = {
  overview: (ctx, t) => overview(ctx, t.overview),
  income: (ctx, t) => structureParagraph(ctx, t.income, 'income', 'yearIncome'),
  expenditure: (ctx, t) => structureParagraph(ctx, t.expenditure, 'expenditure', 'yearExpenditure'),
  fiscal: (ctx, t) => fiscal(ctx, t.fiscal),
  generalBudgetOverall: (ctx, t) => generalBudgetOverall(ctx, t.generalBudgetOverall),
  generalBudgetStructure: (ctx, t) => generalBudgetStructure(ctx, t.generalBudgetStructure),
  generalBudgetDetail: (ctx, t) => generalBudgetDetail(ctx, t.generalBudgetDetail),
  basic: (ctx, t) => basic(ctx, t.basic),
  threePublic: (ctx, t) => threePublic(ctx, t.threePublic),
  govFund: (ctx, t) => fundTable(ctx, t.govFund, 'govFund'),
  stateCapital: (ctx, t) => fundTable(ctx, t.stateCapital, 'stateCapital'),
  officeCost: (ctx, t) => officeCost(ctx, t.officeCost),
  procurement: (ctx, t) => procurement(ctx, t.procurement),
  assets: (ctx, t) => assets(ctx, t.assets),
  performance: (ctx, t) => performance(ctx, t.performance),
};
