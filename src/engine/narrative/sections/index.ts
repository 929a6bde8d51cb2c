/** Section generators by id: code decides what is listed and computed, the preset decides the words. */
import type { NarrativeContext } from '../context';
import type { Block } from '../document';
import { PresetError } from '../fragment';
import type { Preset } from '../preset';
import type { SectionId, SectionTemplates } from '../templates';
import { overview } from './overview';
import { structureParagraph } from './structure';
import { fiscal } from './fiscal';
import { generalBudgetDetail, generalBudgetOverall, generalBudgetStructure } from './generalBudget';
import { basic } from './basic';
import { threePublic } from './threePublic';
import { fundTable } from './fundTable';
import { assets, officeCost, procurement } from './otherMatters';
import { performance } from './performance';

type Generators = { readonly [K in SectionId]: (ctx: NarrativeContext, t: SectionTemplates[K]) => Block[] };

export const SECTION_GENERATORS: Generators = {
  overview,
  income: (ctx, t) => structureParagraph(ctx, t, 'income', 'yearIncome'),
  expenditure: (ctx, t) => structureParagraph(ctx, t, 'expenditure', 'yearExpenditure'),
  fiscal,
  generalBudgetOverall,
  generalBudgetStructure,
  generalBudgetDetail,
  basic,
  threePublic,
  govFund: (ctx, t) => fundTable(ctx, t, 'govFund'),
  stateCapital: (ctx, t) => fundTable(ctx, t, 'stateCapital'),
  officeCost,
  procurement,
  assets,
  performance,
};

/** One section's blocks from the preset's templates for it (checkPreset makes sure they are there). */
export function generateSection<K extends SectionId>(ctx: NarrativeContext, id: K, templates: Preset['templates']): Block[] {
  const t = templates[id] as SectionTemplates[K] | undefined;
  if (t === undefined) throw new PresetError(`格式中没有“${id}”一节的句式。`);
  return SECTION_GENERATORS[id](ctx, t);
}
