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

/**
 * The 三公 items by the names departments write (quotes gone, brackets half-width); not the 国内 part of the 接待 alone. The
 * car items' whole joined by 费及, 和 or 与 first (上海/中央's 公务用车购置费及运行维护费): read as 购置费, its way was held to 购置费's.
 */
const ITEM =
  '(?:(?:财政拨款)?三公经费|因公出国\\(境\\)(?:费|经费)|公务用车购置费?[及和与]运行(?:维护)?(?:费|经费)|公务用车购置(?:费|经费)|公务用车运行(?:维护)?(?:费|经费)|(?<!国内)公务接待(?:费|经费))';
const SPENT = '(?:支出)?(?:决算数?)?';
/**
 * Items sharing one way (与上年相比，公务接待费和公务用车运行维护费有所增加; …均有所减少): each named and joined by 、和及与 alone,
 * nothing else between (not 三公经费中公务接待费: one item, unread).
 */
const ITEMS = `${ITEM}${SPENT}(?:[、和及与]${ITEM}${SPENT})*`;
/** Last year as the comparison names it: group `y` the year's digits where written. */
const lastYear = (y: string) => `(?:上一?年度?|去年|(?<${y}>\\d{4})年度?)(?:同期)?(?:决算数?)?`;
/** The way, alone: its degree words before it; ending its clause (no figure, no 的原因, no 幅度 after); group `w`. */
const way = (w: string) => `(?:有所|略有|稍有|明显|大幅度?|小幅)?(?<${w}>增加|减少|增长|下降|上升|降低)(?=[,，;；。]|$)`;
/**
 * The item's own amount before the comparison (公务接待费0.20万元，比上年有所增加; …支出决算为4.79万元，占95.99%，较上年有所增加): its
 * 决算 (SPENT: not a 预算, 公务接待费预算0.30万元，比上年… is the budget's change) and at most its share, nothing else between
 * (共接待3批次，比上年有所增加 is the counts').
 */
const OWN_AMOUNT = '(?:为|是)?\\d[\\d,]*(?:\\.\\d+)?万?元[,，]?(?:占[^,，;；。]{0,20}?\\d+(?:\\.\\d+)?%[,，]?)?';
const AGAINST = '(?:与|同|较|比)';

/**
 * Three forms, each with its items, the year compared with and the way:
 * 与2018年相比，公务接待费有所减少 / 相比上年，…和…均有所增加: the comparison first (`y1`, the items' own year `own`, `items1`, `w1`);
 * 公务接待费比上年有所减少 / …和…均较2018年有所减少: the items first (`items2`, `y2`, `w2`);
 * 公务接待费0.20万元，比上年有所增加: one item, its amount, then the comparison (`items3`, `y3`, `w3`).
 */
const CHANGE_WAY = new RegExp(
  `(?:^|[,，:：;；])(?:与|同|较|相比|比)${lastYear('y1')}(?:相比|比较)?,?(?:本年度?|今年|(?<own>\\d{4})年度?)?(?<items1>${ITEMS})(?:均|都)?${way('w1')}` +
    `|(?<items2>${ITEMS})(?:均|都)?${AGAINST}${lastYear('y2')}(?:相比|比较)?,?(?:均|都)?${way('w2')}` +
    `|(?<items3>${ITEM})${SPENT}${OWN_AMOUNT}${AGAINST}${lastYear('y3')}(?:相比|比较)?,?${way('w3')}`,
  'g',
);
const ONE_ITEM = new RegExp(ITEM, 'g');
/** An item with its amount (公务用车购置费0.00万元): before the third form's in its clause, the way may be the list's whole's. */
const ITEM_AMOUNT = new RegExp(`${ITEM}${SPENT}${OWN_AMOUNT}`);
/**
 * An item joined to the one before the third form's amount (公务接待费和公务用车购置及运行维护费4.99万元，比上年有所减少): the amount
 * and the way are the items' sum's, not the last one's (review r306: held to the car items' 4.79 up, a right text was a 错误).
 */
const JOINED_BEFORE = new RegExp(`${ITEM}${SPENT}[、和及与]$`);

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
          const g = m.groups!;
          const lastYear = g.y1 ?? g.y2 ?? g.y3;
          const items = (g.items1 ?? g.items2 ?? g.items3)!;
          const word = (g.w1 ?? g.w2 ?? g.w3)!;
          // Only last year: a year named must be the one before the document's, the item's own the document's.
          if (lastYear !== undefined && (year === undefined || Number(lastYear) !== year - 1)) continue;
          if (g.own !== undefined && Number(g.own) !== year) continue;
          // Nor a sentence or clause opening on another year (2021年公务接待费比上年有所增加; …，2020年度公务接待费较上年有所增加):
          // that year's change against its own last year, not the tables' (review r293: held to them, a right text was a 错误).
          const before = sentence.slice(0, m.index! + (m[0].length - m[0].replace(/^[,，:：;；]/, '').length));
          const clause = before.slice(before.search(/[^,，:：;；]*$/));
          if (openedOnOtherYear(before, year) || openedOnOtherYear(clause, year)) continue;
          // Named after other items' amounts in its clause (其中：公务用车购置费0.00万元，公务用车运行维护费4.79万元，比上年有所增加;
          // “三公”经费4.99万元，其中公务接待费0.20万元，比上年…): the way may be of them all, or of the whole before: unread.
          const clauseBefore = sentence.slice(0, m.index).split(/[;；:：]/).pop()!;
          if (g.items3 !== undefined && (ITEM_AMOUNT.test(clauseBefore) || JOINED_BEFORE.test(clauseBefore))) continue;
          const phrase = m[0].replace(/^[,，:：;；]/, '');
          // Each item of those sharing the way, each its own 错误.
          for (const [item] of items.matchAll(ONE_ITEM)) {
            const key = indicatorKeyOf(item);
            const known = key === undefined ? undefined : priorAndCurrent(ctx, key);
            const f = known?.current && { current: known.current.fen, prior: known.prior, priorCell: known.priorCell };
            // At the 说明数据's 0.01 万元: a table in 元 (2,004.00 against 上年 0.20 万元) moved by less than its 上年数 tells, the
            // way written may be the true one (review r293: 本年 0.20，上年 0.20，应为减少 was a 错误).
            if (!f || Math.round(f.current / CENT_OF_WAN) === Math.round(f.prior / CENT_OF_WAN)) continue;
            const down = DOWN.test(word);
            if (down === f.current < f.prior) continue;
            ctx.report({
              messageId: 'way',
              data: { phrase, name: item, current: amount(f.current, '万元'), prior: amount(f.prior, '万元'), right: f.current < f.prior ? '减少' : '增加' },
              cells: f.priorCell ? [t.cell, f.priorCell] : [t.cell],
              key: `${start + m.index!}${phrase}${item}`,
              ...moneyValues([f.current, f.prior], f.current - f.prior, '万元'),
            });
          }
        }
      }
    }
  },
});
