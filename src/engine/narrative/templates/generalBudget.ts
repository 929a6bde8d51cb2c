/** 五、一般公共预算财政拨款支出决算情况说明: （一）总体, （二）结构, （三）具体. */
import { Infer, list, object, optional, pattern, text } from '../schema';
import { changePlaceholders, SUBJECT_ITEM_PLACEHOLDERS, VARIANCE_RATE, VERSUS_BUDGET } from './common';

export const GENERAL_BUDGET_OVERALL_SCHEMA = object({
  paragraphs: list(pattern('金额', '占比', ...changePlaceholders()), true),
});

export const GENERAL_BUDGET_STRUCTURE_SCHEMA = object(
  {
    /** One 类: {序号} {类名} {金额} {占比}; a paragraph each, or the items of `sentence`. */
    item: pattern('序号', '类名', '金额', '占比'),
    /** All 类 in one paragraph: {合计} {明细}. */
    sentence: optional(pattern('合计', '明细')),
    separator: optional(text()),
    /** A department whose table 05 spent nothing (its 合计 0, no 类): a fixed sentence instead of none at all. */
    empty: optional(pattern()),
  },
  { 明细: ['separator'] },
);

export const GENERAL_BUDGET_DETAIL_SCHEMA = object({
  /** Before the 项: the 合计 against its 年初预算 (上海). */
  intro: optional(pattern('年初预算', '金额', '差异', '差异说明', '差异原因')),
  /** One paragraph per 项. */
  item: pattern(...SUBJECT_ITEM_PLACEHOLDERS, ...changePlaceholders()),
  varianceRate: VARIANCE_RATE,
  versusBudget: VERSUS_BUDGET,
  /** A department whose table 05 spent nothing and that has no 项 to speak of: a fixed sentence instead of none at all. */
  empty: optional(pattern()),
});

export type GeneralBudgetOverallTemplates = Infer<typeof GENERAL_BUDGET_OVERALL_SCHEMA>;
export type GeneralBudgetStructureTemplates = Infer<typeof GENERAL_BUDGET_STRUCTURE_SCHEMA>;
export type GeneralBudgetDetailTemplates = Infer<typeof GENERAL_BUDGET_DETAIL_SCHEMA>;
