/**
 * A 三公 item's change against last year told by its way alone, no figure (相比2018年公务接待费有所减少 in a 2019 document;
 * 公务用车运行维护费比上年有所增加): the way must be that of the table's 决算 against the 说明数据's 上年数. No figure, text-change-words
 * had nothing to hold: a way turned round passed (helper-h288). Read narrowly: only the 三公 items (their 上年数 the 说明数据's),
 * only against last year (上年, 去年, or the year before the document's), only a way that ends its clause (有所减少，…; not
 * 减少0.06万元, text-change-words'), only where the figures went the other way (unchanged ones are text-unchanged's 持平).
 */
import { defineRule } from '../rule';
import { amount, moneyValues } from '../measure';
import { indicatorKeyOf } from '../shared/budgetText';
import { openedOnOtherYear, tablesYear } from '../shared/documentYear';
import { priorAndCurrent } from '../shared/knownFigures';
import { sentenceSpans, textCells } from '../shared/textScan';

/** The 三公 items by the names departments write (quotes gone, brackets half-width); not the 国内 part of the 接待 alone. */
const ITEM = '(?:(?:财政拨款)?三公经费|因公出国\\(境\\)(?:费|经费)|公务用车购置及运行(?:维护)?(?:费|经费)|公务用车购置(?:费|经费)|公务用车运行(?:维护)?(?:费|经费)|(?<!国内)公务接待(?:费|经费))';
/** Last year as the comparison names it: group the year's digits where written. */
const LAST_YEAR = '(?:上一?年度?|去年|(\\d{4})年度?)(?:同期)?(?:决算数?)?';
/** The way, alone: its degree words before it; ending its clause (no figure, no 的原因, no 幅度 after). */
const WAY = '(?:有所|略有|稍有|明显|大幅度?|小幅)?(增加|减少|增长|下降|上升|降低)(?=[,，;；。]|$)';
const SPENT = '(?:支出)?(?:决算数?)?';

/**
 * 与2018年相比，公务接待费有所减少 / 相比上年，…: the comparison first (group 1 its year, 2 the item's year, 3 the item, 4 the way).
 * 公务接待费比上年有所减少 / …较2018年有所减少: the item first (group 5 the item, 6 the year, 7 the way).
 */
const CHANGE_WAY = new RegExp(
  `(?:^|[,，:：;；])(?:与|同|较|相比|比)${LAST_YEAR}(?:相比|比较)?,?(?:本年度?|今年|(\\d{4})年度?)?(${ITEM})${SPENT}${WAY}` +
    `|(${ITEM})${SPENT}(?:与|同|较|比)${LAST_YEAR}(?:相比|比较)?,?${WAY}`,
  'g',
);

const DOWN = /减少|下降|降低/;
/** 0.01 万元 in 分: the precision of the 说明数据's 上年数. */
const CENT_OF_WAN = 10_000;

export default defineRule({
  id: 'text-change-way',
  title: '公开说明中未写金额的“三公”经费增减方向与上年相比一致',
  severity: 'error',
  tables: ['07'],
  messages: {
    way: '说明文字“{phrase}”：{name}本年 {current}，上年 {prior}（说明数据），应为{right}。',
  },
  check(ctx) {
    const year = tablesYear(ctx);
    for (const t of textCells(ctx)) {
      if (!/增|减|降|升/.test(t.text)) continue;
      for (const { sentence, start } of sentenceSpans(t.text)) {
        for (const m of sentence.matchAll(CHANGE_WAY)) {
          const [lastYear, itemYear, item, word] = m[5] === undefined ? [m[1], m[2], m[3], m[4]] : [m[6], undefined, m[5], m[7]];
          // Only last year: a year named must be the one before the document's, the item's own the document's.
          if (lastYear !== undefined && (year === undefined || Number(lastYear) !== year - 1)) continue;
          if (itemYear !== undefined && Number(itemYear) !== year) continue;
          // Nor a sentence or clause opening on another year (2021年公务接待费比上年有所增加; …，2020年度公务接待费较上年有所增加):
          // that year's change against its own last year, not the tables' (review r293: held to them, a right text was a 错误).
          const before = sentence.slice(0, m.index! + (m[0].length - m[0].replace(/^[,，:：;；]/, '').length));
          const clause = before.slice(before.search(/[^,，:：;；]*$/));
          if (openedOnOtherYear(before, year) || openedOnOtherYear(clause, year)) continue;
          const key = indicatorKeyOf(item!);
          const known = key === undefined ? undefined : priorAndCurrent(ctx, key);
          const f = known?.current && { current: known.current.fen, prior: known.prior, priorCell: known.priorCell };
          // At the 说明数据's 0.01 万元: a table in 元 (2,004.00 against 上年 0.20 万元) moved by less than its 上年数 tells, the
          // way written may be the true one (review r293: 本年 0.20，上年 0.20，应为减少 was a 错误).
          if (!f || Math.round(f.current / CENT_OF_WAN) === Math.round(f.prior / CENT_OF_WAN)) continue;
          const down = DOWN.test(word!);
          if (down === f.current < f.prior) continue;
          const phrase = m[0].replace(/^[,，:：;；]/, '');
          ctx.report({
            messageId: 'way',
            data: { phrase, name: item!, current: amount(f.current, '万元'), prior: amount(f.prior, '万元'), right: f.current < f.prior ? '减少' : '增加' },
            cells: f.priorCell ? [t.cell, f.priorCell] : [t.cell],
            key: `${start + m.index!}${phrase}`,
            ...moneyValues([f.current, f.prior], f.current - f.prior, '万元'),
          });
        }
      }
    }
  },
});
