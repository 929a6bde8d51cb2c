/** Pieces of section templates that several sections share: 增减 placeholders, 预算 comparisons, subject items. */
import { object, optional, pattern } from '../schema';

/**
 * The placeholders of one 增减 against the prior year: `{收入增减}` the phrase (增加 x 万元，增长 y%, or 持平),
 * `{收入增减词}` the word alone (增加/减少), `{收入主要原因}` the reason, `{收入比较词}` the word before the year
 * compared with: 比, or 与 where nothing changed (比2023年度增加…, 与2023年度持平: 比…持平 is no Chinese). The word and
 * the reason do not apply when nothing changed: an optional part `[…]` holding them is left out then.
 */
export function changePlaceholders(prefix = ''): string[] {
  return [`${prefix}增减`, `${prefix}增减词`, `${prefix}主要原因`, `${prefix}比较词`];
}

/** The 预算 comparison phrase, when a section words it its own way (完成年初预算的{完成率}%). */
export const VARIANCE_RATE = optional(pattern('完成率', '差异率'));

/** `{差异说明}`: what to say when the 决算 is above, below or equal to the 预算; `{原因}` is the 预决算差异原因. */
export const VERSUS_BUDGET = optional(object({ above: pattern('原因'), below: pattern('原因'), equal: pattern('原因') }));

/** One paragraph per 项 of a subject table: its names, figure, 年初预算 and what it paid for. */
export const SUBJECT_ITEM_PLACEHOLDERS = ['序号', '类名', '款名', '项名', '金额', '年初预算', '差异', '差异说明', '差异原因', '主要用于'];
