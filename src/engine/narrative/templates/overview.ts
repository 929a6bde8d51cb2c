/** 一、收入支出决算总体情况说明: 收入总计 and 支出总计 of table 01 against the prior year. */
import { Infer, list, object, pattern } from '../schema';
import { changePlaceholders } from './common';

export const OVERVIEW_SCHEMA = object({
  paragraphs: list(
    pattern(
      '收入总计',
      /** 收入总计, which is 支出总计 too (上海 speaks of one figure): a gap where the two differ. */
      '收入支出总计',
      /** The change of that one figure: a gap where the 收入 and 支出 totals or their 上年数 differ. */
      '收入支出增减',
      '本年收入合计',
      '使用非财政拨款结余',
      '年初结转和结余',
      ...changePlaceholders('收入'),
      '支出总计',
      '本年支出合计',
      '结余分配',
      '年末结转和结余',
      ...changePlaceholders('支出'),
    ),
    true,
  ),
});

export type OverviewTemplates = Infer<typeof OVERVIEW_SCHEMA>;
