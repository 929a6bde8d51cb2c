/** 四、财政拨款收入支出决算总体情况说明: table 04's totals against the prior year and the 年初预算. */
import { Infer, list, object, pattern } from '../schema';
import { changePlaceholders } from './common';

export const FISCAL_SCHEMA = object({
  paragraphs: list(
    pattern(
      '财政拨款收入总计',
      /** 财政拨款收入总计, which is 财政拨款支出总计 too (上海 speaks of one figure): a gap where the two differ. */
      '财政拨款收入支出总计',
      /** The change of that one figure: a gap where the 收入 and 支出 totals or their 上年数 differ. */
      '收入支出增减',
      '年初财政拨款结转和结余',
      '财政拨款本年收入',
      ...changePlaceholders('收入'),
      '财政拨款支出总计',
      '年末财政拨款结转和结余',
      '财政拨款本年支出',
      ...changePlaceholders('支出'),
      '收入预算',
      '收入决算',
      '收入差异',
      '收入差异原因',
      '支出预算',
      '支出决算',
      '支出差异',
      '支出差异原因',
    ),
    true,
  ),
});

export type FiscalTemplates = Infer<typeof FISCAL_SCHEMA>;
