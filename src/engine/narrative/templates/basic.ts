/** 六、一般公共预算财政拨款基本支出决算情况说明: 人员经费 and 公用经费 with the names of their 款. */
import { Infer, list, object, pattern, text } from '../schema';

export const BASIC_SCHEMA = object({
  /** {人员经费明细} and {公用经费明细} are the names of the non-zero 经济分类 款, in table order. */
  paragraphs: list(pattern('基本支出', '人员经费', '人员经费明细', '公用经费', '公用经费明细'), true),
  /** Between the names of the 款. */
  separator: text(),
});

export type BasicTemplates = Infer<typeof BASIC_SCHEMA>;
