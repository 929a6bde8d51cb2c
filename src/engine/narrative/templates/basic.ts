/** 六、一般公共预算财政拨款基本支出决算情况说明: 人员经费 and 公用经费 with the names of their 款. */
import { Infer, list, object, optional, pattern, text } from '../schema';

export const BASIC_SCHEMA = object(
  {
    /**
     * {人员经费明细} and {公用经费明细} are the names of the 经济分类 款 with spending (above 0), in table order;
     * {人员经费退回} and {公用经费退回} those below 0 (a refund, 收回以前年度支出, is no spending to list under 包括), each
     * as `refund` words it, joined by the separator: they apply only where there are some.
     */
    paragraphs: list(pattern('基本支出', '人员经费', '人员经费明细', '人员经费退回', '公用经费', '公用经费明细', '公用经费退回'), true),
    /** Between the names of the 款. */
    separator: text(),
    /** One 款 below 0 in {人员经费退回} or {公用经费退回}: {名称} {金额} (新疆: {名称}{金额}万元). */
    refund: optional(pattern('名称', '金额')),
  },
  { 人员经费退回: ['refund'], 公用经费退回: ['refund'] },
);

export type BasicTemplates = Infer<typeof BASIC_SCHEMA>;
