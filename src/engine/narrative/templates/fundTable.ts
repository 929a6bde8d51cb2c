/** 八、政府性基金 and 九、国有资本经营预算财政拨款收入支出决算情况说明. */
import { Infer, list, object, optional, pattern } from '../schema';
import { SUBJECT_ITEM_PLACEHOLDERS, VARIANCE_RATE, VERSUS_BUDGET } from './common';

export const FUND_TABLE_SCHEMA = object({
  /** The whole section when the table is empty: {表名} the table's title as the workbook prints it. */
  empty: pattern('表名'),
  /** The 合计 row: {年初结转和结余} {本年收入} {本年支出} {基本支出} {项目支出} {年末结转和结余}. */
  paragraphs: list(pattern('年初结转和结余', '本年收入', '本年支出', '基本支出', '项目支出', '年末结转和结余'), true),
  /** Then one paragraph per 项 of the table (上海). */
  item: optional(pattern(...SUBJECT_ITEM_PLACEHOLDERS)),
  varianceRate: VARIANCE_RATE,
  versusBudget: VERSUS_BUDGET,
});

export type FundTableTemplates = Infer<typeof FUND_TABLE_SCHEMA>;
