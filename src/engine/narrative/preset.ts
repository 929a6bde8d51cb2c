/**
 * A preset is data: the sentence patterns of one region's 公开说明, the order of its parts, and the choices of
 * DOMAIN §5 (zero bases, the 100% tail, thousands separators, listing zero items). A new region needs a new
 * preset file, not a release: the shipped presets are JSON files (presets/*.json), and `checkPreset` checks any
 * preset against the schema below before it is used.
 *
 * Patterns fill `{名称}` placeholders (each section offers its own, see templates/; every pattern may use
 * {单位名称} {年度} {上年度} and {事项:事项名}). A part in square brackets `[…]` is left out where a placeholder in
 * it does not apply: the reason of a change that is 持平, the names of an empty list, what an item paid for
 * when it spent nothing.
 */
import { boolean, Infer, list, object, oneOf, optional, pattern, text } from './schema';
import { SECTION_SCHEMAS } from './templates';
import { PART_SCHEMA } from './templates/parts';
import { CHART_IDS } from './templates/charts';

const CHANGE = pattern('增减额', '增减率');

export const PRESET_SCHEMA = object({
  id: text(),
  /** Shown in the pane's list. */
  name: text(),
  settings: object({
    /** `1,488.29` rather than `1488.29`, amounts and rates alike (增长1,388.29%). */
    separators: boolean(),
    /** List items of 0.00 (新疆) or leave them out (上海: 不涉及的不列). */
    listZeroItems: boolean(),
    /** Shares listed in one sentence sum to 100.00%: the last non-zero item takes the residual. */
    tailAdjust: boolean(),
  }),
  /** 增减 wording per case (DOMAIN §5), and the words alone for {…增减词}. */
  change: object({
    increase: CHANGE,
    decrease: CHANGE,
    unchanged: CHANGE,
    bothZero: CHANGE,
    fromZero: CHANGE,
    /** From 0 down to a figure below it (a refund); a preset without it words it as a decrease. */
    fromZeroDown: optional(CHANGE),
    toZero: CHANGE,
    increaseWord: text(),
    decreaseWord: text(),
  }),
  /** 预算 comparison: {差异率} (signed, 新疆) or {完成率} (上海); fixed words when the budget is 0. */
  variance: object({ rate: pattern('差异率', '完成率'), bothZero: pattern(), budgetZero: pattern() }),
  title: pattern(),
  parts: list(PART_SCHEMA, true),
  /**
   * The charts the documents carry, each after the section whose shares it shows: `income`, `expenditure` (§二,
   * §三), `generalBudget` (§五（二）), `threePublic` (§七). Left out: none, as where the region's template has none.
   */
  charts: optional(list(oneOf(CHART_IDS))),
  templates: object({
    overview: optional(SECTION_SCHEMAS.overview),
    income: optional(SECTION_SCHEMAS.income),
    expenditure: optional(SECTION_SCHEMAS.expenditure),
    fiscal: optional(SECTION_SCHEMAS.fiscal),
    generalBudgetOverall: optional(SECTION_SCHEMAS.generalBudgetOverall),
    generalBudgetStructure: optional(SECTION_SCHEMAS.generalBudgetStructure),
    generalBudgetDetail: optional(SECTION_SCHEMAS.generalBudgetDetail),
    basic: optional(SECTION_SCHEMAS.basic),
    threePublic: optional(SECTION_SCHEMAS.threePublic),
    govFund: optional(SECTION_SCHEMAS.govFund),
    stateCapital: optional(SECTION_SCHEMAS.stateCapital),
    officeCost: optional(SECTION_SCHEMAS.officeCost),
    procurement: optional(SECTION_SCHEMAS.procurement),
    assets: optional(SECTION_SCHEMAS.assets),
    performance: optional(SECTION_SCHEMAS.performance),
  }),
});

export type Preset = Infer<typeof PRESET_SCHEMA>;
export type PresetSettings = Preset['settings'];

export type { SectionId, SectionTemplates } from './templates';
export type { PartKind, PartLayout, ProfileSectionLayout, SectionLayout } from './templates/parts';

/** Settings a user may change in the pane or on the command line. */
export function withSettings(preset: Preset, settings: Partial<PresetSettings>): Preset {
  return { ...preset, settings: { ...preset.settings, ...settings } };
}

/** The part holding the sections 一、二、… (there is exactly one in a checked preset). */
export function explanationLayout(preset: Preset): Extract<Preset['parts'][number], { kind: 'explanation' }> {
  const part = preset.parts.find((p): p is Extract<Preset['parts'][number], { kind: 'explanation' }> => p.kind === 'explanation');
  if (!part) throw new Error(`格式“${preset.name}”没有情况说明部分。`);
  return part;
}
