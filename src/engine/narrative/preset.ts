/**
 * A preset is data: the sentence patterns of one region's 公开说明 and the choices of DOMAIN §5 (zero bases,
 * the 100% tail, thousands separators, listing zero items). A new region needs a new preset, not a release:
 * presets are plain JSON-compatible objects, checked by `checkPreset` before use.
 */
import type { ChangeKind } from '../derive/arithmetic';
import type { OverviewTemplates } from './sections/overview';
import type { StructureTemplates } from './sections/structure';
import type { FiscalTemplates } from './sections/fiscal';
import type { GeneralBudgetDetailTemplates, GeneralBudgetOverallTemplates, GeneralBudgetStructureTemplates } from './sections/generalBudget';
import type { BasicTemplates } from './sections/basic';
import type { ThreePublicTemplates } from './sections/threePublic';
import type { FundTableTemplates } from './sections/fundTable';
import type { AssetsTemplates, OfficeCostTemplates, ProcurementTemplates } from './sections/otherMatters';
import type { PerformanceTemplates } from './sections/performance';
import type { Part1Templates } from './sections/part1';

export interface PresetSettings {
  /** `1,488.29` rather than `1488.29`. */
  readonly separators: boolean;
  /** List items of 0.00 (新疆) or leave them out (上海). */
  readonly listZeroItems: boolean;
  /** Shares listed in one sentence sum to 100.00%: the last non-zero item takes the residual. */
  readonly tailAdjust: boolean;
}

export type SectionId =
  | 'overview'
  | 'income'
  | 'expenditure'
  | 'fiscal'
  | 'generalBudgetOverall'
  | 'generalBudgetStructure'
  | 'generalBudgetDetail'
  | 'basic'
  | 'threePublic'
  | 'govFund'
  | 'stateCapital'
  | 'officeCost'
  | 'procurement'
  | 'assets'
  | 'performance';

export interface SectionLayout {
  readonly number: string;
  readonly title: string;
  /** Generated content; a section with sub-sections has none of its own. */
  readonly id?: SectionId;
  readonly subsections?: readonly { readonly number: string; readonly title: string; readonly id: SectionId }[];
}

export interface Preset {
  readonly id: string;
  readonly name: string;
  readonly settings: PresetSettings;
  /** 增减 wording per case; {增减额} {增减率}. */
  readonly change: Readonly<Record<ChangeKind, string>>;
  /** 预算 comparison: {差异率} (signed, 新疆) or {完成率} (上海); fixed words when the budget is 0. */
  readonly variance: { readonly rate: string; readonly bothZero: string; readonly budgetZero: string };
  readonly document: {
    /** {单位名称} {年度} */
    readonly title: string;
    readonly parts: readonly [string, string, string, string];
    /** 第四部分 items: {序号} {表名}. */
    readonly tableItem: string;
  };
  readonly part1: Part1Templates & { readonly functionsTitle: string; readonly organisationTitle: string };
  readonly sections: readonly SectionLayout[];
  readonly templates: {
    readonly overview: OverviewTemplates;
    readonly income: StructureTemplates;
    readonly expenditure: StructureTemplates;
    readonly fiscal: FiscalTemplates;
    readonly generalBudgetOverall: GeneralBudgetOverallTemplates;
    readonly generalBudgetStructure: GeneralBudgetStructureTemplates;
    readonly generalBudgetDetail: GeneralBudgetDetailTemplates;
    readonly basic: BasicTemplates;
    readonly threePublic: ThreePublicTemplates;
    readonly govFund: FundTableTemplates;
    readonly stateCapital: FundTableTemplates;
    readonly officeCost: OfficeCostTemplates;
    readonly procurement: ProcurementTemplates;
    readonly assets: AssetsTemplates;
    readonly performance: PerformanceTemplates;
  };
  readonly glossary: readonly { readonly term: string; readonly text: string }[];
}

/** Settings a user may change in the pane or on the command line. */
export function withSettings(preset: Preset, settings: Partial<PresetSettings>): Preset {
  return { ...preset, settings: { ...preset.settings, ...settings } };
}
