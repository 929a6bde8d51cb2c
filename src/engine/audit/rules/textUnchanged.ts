/**
 * "持平" against the prior year only where the figures did not change (上海: "与2023年度相比，收入支出总计持平"
 * is the form "（如持平作持平表述）" asks for when nothing changed). The 本年 figure is the one the paragraph states
 * for the item, else the table's; the 上年 figure is the 说明数据's 上年数. "基本持平" beyond 5% is a 提示.
 * (持平 between 决算 and 预算 is the text-budget-comparison rule's.)
 */
import { defineRule } from '../rule';
import type { CellRef } from '../../grid/address';
import { normalizeText } from '../../grid/normalize';
import { indicatorKeyOf } from '../shared/budgetText';
import { chainBefore, subjectByNames } from '../shared/subjectText';
import { priorAndCurrent } from '../shared/knownFigures';
import { amountLike, FIGURE_MONEY, moneyText, namedAmounts, sentenceSpans, statedFor, textCells, TextMoney } from '../shared/textScan';
import { amount, moneyValues } from '../measure';
import type { Unit } from '../../grid/money';
import type { RuleContext } from '../rule';

const PRIOR = '(?:上年度?|上一年度?|去年|\\d{4}年度?)';
/**
 * "与2023年度相比，收入支出总计持平", "收入总计与上年持平", "比上年基本持平"; 广西's "比去年无增减变化" too (梧州 2020: …公务接待费支出决算
 * 比预算无增减变化，比去年无增减变化 where it grew passed; helper-h189).
 */
const UNCHANGED = new RegExp(`(?:(?:与|同|较|比)${PRIOR}(?:相比|比较)?[,:]?([\\u4e00-\\u9fa5()]*?)|([\\u4e00-\\u9fa5()]*?)(?:与|同|较|比)${PRIOR}(?:相比|比较)?)(基本)?(持平|无增减变化|无变化|没有变化)`, 'g');
/**
 * What the words name when they come after (较上年无变化的是人员编制: the 编制's, whatever amount came before; also 持平的项目有：…,
 * 无变化的主要是…, 持平的包括…: read as the amount before them, a right text was a 错误 or a wrong one passed).
 */
// Every item of a list there (持平的项目有：A、B; 的主要是A、B和C: namedItems): the first alone read, the others' passed
// unchecked (helper-h207).
const NAMED_AFTER = /^的(?:项目|科目|支出|经费|内容)?(?:主要)?(?:是|为|有|包括)[:：]?([\u4e00-\u9fa5()“”"、]+)/;

/**
 * The items a list after 持平 names (NAMED_AFTER): split at 、, and the last at 和 where what stands before it is an item
 * of its own, one of the 说明数据's or an item's 编制 or 标准 (公用经费和人员编制, 人员编制和公用经费; not 社会保障和就业支出,
 * a name of its own). The list ends before an item saying a change or a clause of its own (…人员编制、增加的是公用经费;
 * 、公用经费有所减少): that item is no 持平 one (read as one, a text saying it changed was a 错误: helper-h213).
 */
function namedItems(list: string): string[] {
  const all = list.split('、').filter((i) => i.length > 0);
  const end = all.findIndex((item, i) => i > 0 && OWN_CLAUSE.test(item));
  const items = end === -1 ? all : all.slice(0, end);
  const last = items.pop() ?? '';
  const both = last.split('和');
  const first = both[0]!.replace(/^\d{4}年度?/, '');
  const split = both.length === 2 && both[1]!.length >= 2 && (indicatorKeyOf(first) !== undefined || NOT_AMOUNT.test(first));
  return [...items, ...(split ? both : [last])];
}
/**
 * Words of a clause of its own in a list after 持平 (增加的是…, …有所减少, …变化较大): no item's name (not a bare 减 or 变: 污染减排,
 * 应对气候变化 are names).
 */
const OWN_CLAUSE = /增加|减少|增长|下降|降低|上升|提高|变化|变动|的(?:是|有|为|主要|包括)/;
/** An item's 标准, 定额, 政策, 口径 or 编制 (人员经费标准比上年无变化, 公用经费定额与上年持平): not its amount. */
const NOT_AMOUNT = /(?:标准|定额|政策|口径|编制)$/;
/**
 * A basis the comparison is made on, after the item (收入总计按可比口径与上年持平, 按同口径计算): the item's amount all the
 * same (read as the item's 口径, it went unchecked), but the 说明数据's 上年数 is the figure as published, not as adjusted to
 * the basis: a text saying so is right where the two differ by what the basis takes out, so a difference is a 警告 to check
 * (held as a 错误, a right text was one).
 */
const ON_BASIS = /(?:按|在)(?:可比|同|相同|统一)口径(?:计算|下|上)?$/;
const BASIS_SAID = /(?:按|在)(?:可比|同|相同|统一)口径/;
/** The item a clause opens on, named before its first comparison (因公出国支出决算比预算无增减变化，比去年无增减变化). */
const CLAUSE_ITEM = /^[,:]?(?:其中[,:]?)?([\u4e00-\u9fa5()“”"]{2,30}?)(?:与|同|较|比)/;

interface Amounts {
  readonly current: number;
  /** 本年 as the text wrote it, or as the table shows it. */
  readonly currentText: string;
  readonly prior: number;
  /** The unit the 本年 figure is written in (the text's, the table's, or 说明数据's 万元): the finding speaks it. */
  readonly unit: Unit;
  readonly priorCell?: CellRef;
  readonly key: string;
  /** The text's amount where it states one: its unit and precision (亿元: to 0.01 亿) the comparison and the message keep. */
  readonly stated?: TextMoney;
}

/** 本年 (the text's amount for the item, else the table's) and 上年 (说明数据) of an item, in 分. */
function amountsOf(ctx: RuleContext, key: string, subject: string, paragraph: string): Amounts | undefined {
  const known = priorAndCurrent(ctx, key);
  if (!known) return undefined;
  const base = { prior: known.prior, key, ...(known.priorCell ? { priorCell: known.priorCell } : {}) };
  const stated = statedAmount(paragraph, subject, key);
  if (stated) return { ...base, current: stated.fen, currentText: moneyText(stated), unit: stated.unit, stated };
  const current = known.current;
  return current ? { ...base, current: current.fen, currentText: amount(current.fen, current.unit), unit: current.unit } : undefined;
}

/** The amount the paragraph states for the item: after its own words, or the named amount of its label. */
function statedAmount(paragraph: string, subject: string, key: string): TextMoney | undefined {
  for (const words of [subject, key].filter((w) => w.length >= 2)) {
    const stated = statedFor(paragraph, normalizeText(words));
    if (stated) return stated;
  }
  return namedAmounts(paragraph, undefined, inYi(paragraph)).find((n) => indicatorKeyOf(n.label) === key)?.money;
}

/**
 * The amount pattern of words writing amounts in 亿 (…支出合计38.72亿元，与上年持平): FIGURE_MONEY, which reads them (helper-h255:
 * MONEY's alone, the item went unread and a change called 持平 passed); else namedAmounts' own.
 */
function inYi(words: string): string | undefined {
  return /\d\s*亿/.test(words) ? FIGURE_MONEY : undefined;
}

export default defineRule({
  id: 'text-unchanged',
  title: '公开说明中“持平”只用于与上年相比没有变化的数字',
  severity: 'error',
  tables: [],
  messages: {
    changed: '说明文字“{phrase}”：本年 {current}，上年 {prior}（说明数据），并未持平：请写明增减额和增减率。',
    nearly: '说明文字“{phrase}”：本年 {current}，上年 {prior}（说明数据），相差 {rate}%，不宜写“基本持平”。',
    onBasis: '说明文字“{phrase}”：本年 {current}，上年 {prior}（说明数据），相差 {rate}%；文中按可比口径比较，可比口径的上年数说明数据中没有，请核对。',
  },
  check(ctx) {
    for (const t of textCells(ctx)) {
      if (!/持平|无增减变化|无变化|没有变化/.test(t.text)) continue;
      for (const { sentence, start } of sentenceSpans(t.text)) {
        for (const m of sentence.matchAll(UNCHANGED)) {
          // The item: named next to 持平 (before it, or after it: 与上年持平的是…), else the last named amount of its clause
          // (其中：因公出国（境）费0万元，与上年持平), else the item the paragraph opened with (its first named amount or 项).
          const list = NAMED_AFTER.exec(sentence.slice(m.index! + m[0].length))?.[1];
          for (const after of list ? namedItems(list) : [undefined]) {
            const named = (after || m[1] || m[2] || '').replace(/^\d{4}年度?/, '');
            // Or said before, in the sentence (按可比口径计算，收入总计与上年持平).
            const onBasis = ON_BASIS.test(named) || BASIS_SAID.test(sentence.slice(0, m.index! + m[0].length));
            const near = named.replace(ON_BASIS, '');
            // Nor an item's 标准 or 编制 (人员经费标准比上年无变化): held to its amount, a right text was a 错误 (helper-h191).
            if (NOT_AMOUNT.test(near)) continue;
            const opening = t.text.slice(0, start + m.index!);
            const among = opening.lastIndexOf('其中');
            const clause = opening.slice(Math.max(opening.lastIndexOf(';') + 1, opening.lastIndexOf('。') + 1, among === -1 ? 0 : among + 2));
            // 无增减变化 and the like: only the item its clause opens on, never the paragraph's first (the clause may be a list's
            // item whose name the paragraph states no amount for).
            const plain = m[4] === '持平';
            // Nor in a reason (主要原因是公用经费标准比上年无变化/与上年持平而人员减少): its words say what drove a change, a 标准 or a count,
            // not the amount; read as 公用经费's, a right text was a 错误 (helper-h190).
            if (/原因|由于|因为/.test(clause + m[0])) continue;
            const opened = plain ? namedAmounts(opening, undefined, inYi(opening))[0]?.label : CLAUSE_ITEM.exec(clause)?.[1];
            // Not where the clause went on to another figure after its last amount (…4.79万元，比上年增加0.04万元，公务用车保有量3辆，
            // 与上年无变化): the count's, not the amount's (held to it, a right text was a 错误: helper-h190).
            const last = namedAmounts(clause, undefined, inYi(clause)).pop();
            if (!near && last && /\d/.test(clause.slice(last.end))) continue;
            const subject = near || last?.label || opened || '';
            let key = subject ? indicatorKeyOf(subject) : undefined;
            if (!key && !near && plain) {
              const chain = chainBefore(t.text, start + m.index!);
              const t5 = ctx.recognition.tables.generalBudgetExpenditure;
              key = chain && t5 ? subjectByNames(t5.rows, chain.names)?.code : undefined;
            }
            const a = key ? amountsOf(ctx, key, subject, t.text) : undefined;
            // 说明数据 are in 万元: compare at 0.01 万元.
            // A text in 亿元 at the 0.01 亿 it writes (100 万元).
            const step = a?.stated?.writtenUnit === undefined ? 10_000 : 100_000_000;
            if (!a || Math.round(a.current / step) === Math.round(a.prior / step)) continue;
            const rate = a.prior === 0 ? 10_000 : Math.round((Math.abs(a.current - a.prior) * 10_000) / Math.abs(a.prior));
            const nearly = m[3] === '基本';
            if (nearly && rate <= 500) continue;
            // An item of a list after 持平 named in the phrase (与上年持平…公用经费): which one changed.
            ctx.report({
              messageId: onBasis ? 'onBasis' : nearly ? 'nearly' : 'changed',
              data: { phrase: after ? `${m[0]}…${after}` : m[0], current: a.currentText, prior: a.stated?.writtenUnit === undefined ? amount(a.prior, a.unit) : amountLike(a.prior, a.stated), rate: (rate / 100).toFixed(2) },
              cells: a.priorCell ? [t.cell, a.priorCell] : [t.cell],
              key: `${start + m.index!}${m[0]}${after ?? ''}`,
              ...moneyValues([a.current, a.prior], a.current - a.prior, a.unit),
              ...(nearly || onBasis ? { severity: 'warning' as const } : {}),
            });
          }
        }
      }
    }
  },
});
