/**
 * The 政府采购 paragraph must add up in itself: 货物 + 工程 + 服务 = 政府采购支出总额 (政府采购金额), the amounts
 * granted to 中小企业 not above the total, 小微企业 not above 中小企业, and their shares of the total right.
 * 新疆: "政府采购支出总额55.51万元，其中：政府采购货物支出21.46万元、…；授予中小企业合同金额55.51万元，占政府采购支出
 * 总额的100.00%，其中：授予小微企业合同金额…"; 上海: "政府采购金额（以合同签订为准）为X万元，其中：货物采购金额…。…
 * 在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额…；…在其他政府采购项目中，由中小企业
 * 供应商中标或成交的，采购金额…". The paragraphs of one sheet make one statement (they stand in separate cells).
 */
import { defineRule } from '../rule';
import type { CellRef } from '../../grid/address';
import { formatBasis, ratio } from '../../derive/arithmetic';
import { formatAmount, fromFen } from '../../grid/money';
import { agreesAtPrecision, CONNECTOR, mayStateAmount, MONEY, moneyText, NOT_ROUGH, oneScale, parseMoney, RATE_NUMBER, rateNumber, sentences, shareTolerance, statedWithin, textCells, TextMoney } from '../shared/textScan';
import { matterFact } from '../shared/supplementFacts';
import { statesMatterAmount } from '../shared/procurementAmounts';

type Fact = 'total' | 'goods' | 'works' | 'services' | 'sme' | 'micro' | 'smeReservedWon' | 'smeOtherWon';

const NAMES: Readonly<Record<Fact, string>> = {
  total: '政府采购支出总额',
  goods: '货物',
  works: '工程',
  services: '服务',
  sme: '授予中小企业合同金额',
  micro: '授予小微企业合同金额',
  smeReservedWon: '面向中小企业预留项目中由中小企业中标或成交的金额',
  smeOtherWon: '其他项目中由中小企业中标或成交的金额',
};

const TOTAL = new RegExp(`政府采购(?:支出)?(?:总额|总金额|金额)(?:\\(以合同签订为准\\))?${CONNECTOR}${MONEY}`);
// Also 占比90.00% and …的比例为90.00% (北京, 中央), and 占90.00% naming no whole (group 4: the 占 alone; the total stated in
// the sentence before: unread, a wrong share passed); not a bound (占比90%以上: the amount is read, the share is not).
// 约占 (group 3): a share cut, not rounded, as textShares allows it (unread, a wrong one passed).
// 占授予中小企业合同金额的99% (group 5, 四川: 小微企业's of 中小企业's; unread, a wrong one passed); group 6 the share; group 7
// the words naming the total (占政府采购支出总额的…: the share of a part stated alone is read by them).
const SHARE = `(?:[,，](约)?(?:占比|(占政府采购(?:支出)?(?:总额|总金额|金额)的(?:比例|比重)?)|(占授予中小企业(?:的)?(?:合同)?(?:金额)?的(?:比例|比重)?)|(占))(?:为|是)?(${RATE_NUMBER})%${NOT_ROUGH})?`;
// Each with its share of the total (政府采购货物支出21.46万元，占政府采购支出总额的38.66%: unread, a wrong one passed).
const PARTS: readonly [Fact, RegExp][] = [
  ['goods', new RegExp(`(?:政府采购)?货物(?:采购)?(?:支出|金额)?${CONNECTOR}${MONEY}${SHARE}`)],
  ['works', new RegExp(`(?:政府采购)?工程(?:采购)?(?:支出|金额)?${CONNECTOR}${MONEY}${SHARE}`)],
  ['services', new RegExp(`(?:政府采购)?服务(?:采购)?(?:支出|金额)?${CONNECTOR}${MONEY}${SHARE}`)],
];
const GRANTS: readonly [Fact, RegExp][] = [
  ['sme', new RegExp(`授予中小企业(?:的)?(?:合同)?(?:金额)?${CONNECTOR}${MONEY}${SHARE}`)],
  ['micro', new RegExp(`授予小微企业(?:的)?(?:合同)?(?:金额)?${CONNECTOR}${MONEY}${SHARE}`)],
  ['smeReservedWon', new RegExp(`面向中小企业预留的?政府采购项目中,由中小企业供应商中标或成交的,采购金额${CONNECTOR}${MONEY}`)],
  ['smeOtherWon', new RegExp(`其他政府采购项目中,由中小企业供应商中标或成交的,采购金额${CONNECTOR}${MONEY}`)],
];

interface Stated {
  readonly money: TextMoney;
  readonly cell: CellRef;
  /** `bare`: 占X% naming no whole (of 小微企业's, the 中小企业 amount may be meant); `rough`: 约占. */
  readonly share?: { readonly written: string; readonly phrase: string; readonly bare: boolean; readonly rough: boolean; readonly ofSme: boolean };
  /** Whether text-matter-amounts reads the amount in this wording (and so holds it to the 说明数据 itself). */
  readonly matterRead: boolean;
  /** The amount the text wrote, where `money` is the 说明数据's instead (withOneHeld). */
  readonly written?: TextMoney;
}

/** The 说明数据 事项 of each fact (the two last have none). */
const MATTERS: Readonly<Partial<Record<Fact, string>>> = {
  total: '政府采购支出总额',
  goods: '政府采购货物支出',
  works: '政府采购工程支出',
  services: '政府采购服务支出',
  sme: '授予中小企业合同金额',
  micro: '授予小微企业合同金额',
};

/** A fact read by a pattern ending on MONEY and SHARE in `sentence`: its amount, and its share where one is stated. */
function statedOf(fact: Fact, m: RegExpExecArray, cell: CellRef, sentence: string): Stated {
  const share = m[7] === undefined ? {} : { share: { written: m[7], phrase: m[0], bare: m[6] !== undefined, rough: m[3] !== undefined, ofSme: m[5] !== undefined } };
  const money = parseMoney(m[1]!, m[2]!);
  return { money, cell, matterRead: matterReads(fact, sentence, money), ...share };
}

/** Whether text-matter-amounts reads the fact's amount in its sentence (a fact with no 说明数据 事项 it reads never). */
function matterReads(fact: Fact, sentence: string, money: TextMoney): boolean {
  const matter = MATTERS[fact];
  return matter !== undefined && statesMatterAmount(sentence, matter, money);
}

/** Whether a fact's share names the 政府采购 total (占政府采购支出总额的…): SHARE's group 4. */
const namesTotal = (m: RegExpExecArray) => m[4] !== undefined;

export default defineRule({
  id: 'text-procurement',
  title: '公开说明中的政府采购金额自洽：货物、工程、服务之和等于总额，中小企业、小微企业不超过总额',
  severity: 'error',
  tables: [],
  messages: {
    sum: '说明文字中政府采购总额 {total}，而货物 {goods}、工程 {works}、服务 {services} 之和为 {sum}，总额{gap}：请核对各项金额。',
    exceeds: '说明文字中{part} {partAmount}，大于{whole} {wholeAmount}：部分不能大于总额，请核对。',
    share: '说明文字“{phrase}”：{part} ÷ {whole} 应为 {expected}%，文中为 {stated}%：请改正。',
  },
  check(ctx) {
    const bySheet = new Map<string, Map<Fact, Stated>>();
    for (const t of textCells(ctx)) {
      // Every fact is an amount the text states (MONEY): a sheet whose texts state none (the tables' footnotes) has none
      // to check. (Text cells come sheet by sheet: the sheets' order is kept.)
      if (!mayStateAmount(t.text)) continue;
      const facts = bySheet.get(t.cell.sheet) ?? new Map<Fact, Stated>();
      bySheet.set(t.cell.sheet, facts);
      for (const sentence of sentences(t.text)) {
        const total = TOTAL.exec(sentence);
        if (total && !facts.has('total')) {
          const money = parseMoney(total[1]!, total[2]!);
          facts.set('total', { money, cell: t.cell, matterRead: matterReads('total', sentence, money) });
          // The parts are listed after the total, in its sentence.
          const rest = sentence.slice(total.index + total[0].length);
          for (const [fact, re] of PARTS) {
            const m = re.exec(rest);
            if (m) facts.set(fact, statedOf(fact, m, t.cell, sentence));
          }
        }
        // A part stated alone with its share of the total named (广东: 政府采购货物支出21.46万元，占政府采购支出总额的38.66%).
        if (!total) {
          for (const [fact, re] of PARTS) {
            const m = re.exec(sentence);
            if (m && namesTotal(m) && !facts.has(fact)) facts.set(fact, statedOf(fact, m, t.cell, sentence));
          }
        }
        for (const [fact, re] of GRANTS) {
          const m = re.exec(sentence);
          if (m && !facts.has(fact)) facts.set(fact, statedOf(fact, m, t.cell, sentence));
        }
      }
    }
    for (const facts of bySheet.values()) check(withOneHeld(facts));

    /** The 说明数据's amount of a fact, where it has one. */
    function knownOf(fact: Fact): number | undefined {
      const matter = MATTERS[fact];
      return matter === undefined ? undefined : matterFact(ctx, matter, 'amount')?.value;
    }

    /**
     * The one amount the text states off the 说明数据, as the 说明数据 gives it, where text-matter-amounts says so (it reads that
     * wording: matterRead) and every other fact is held as the 说明数据 does: the sum and the shares are then of the right amounts.
     * Of the stated one, a total written 56.51 for 55.51 was three 错误 more (the sum, the two shares of it) beside its own
     * (helper-h317); a part written 22.46 for 21.46 one more (the sum), a 中小企业 amount 56.51 two (above the total, its share).
     * Not where another fact is off too, or has no 说明数据 amount: the text may agree with itself and not with the 说明数据, and
     * which one is wrong is not known.
     */
    function withOneHeld(facts: Map<Fact, Stated>): Map<Fact, Stated> {
      if (facts.size < 2) return facts;
      const off: [Fact, Stated, number][] = [];
      for (const [fact, s] of facts) {
        const known = knownOf(fact);
        if (known === undefined) return facts;
        if (!agreesAtPrecision(s.money, known, '万元')) off.push([fact, s, known]);
      }
      if (off.length !== 1 || !off[0]![1].matterRead) return facts;
      const [fact, stated, known] = off[0]!;
      const money = { fen: known, unit: '万元' as const, written: formatAmount(fromFen(known, '万元'), { separators: stated.money.written.includes(',') }) };
      return new Map([...facts, [fact, { ...stated, money, written: stated.money }]]);
    }

    /** The 说明数据's 政府采购支出总额, where the text states a share of it (the cell: the share's own). */
    function knownTotal(facts: Map<Fact, Stated>): Stated | undefined {
      const cell = (['sme', 'micro', 'goods', 'works', 'services'] as const).map((f) => facts.get(f)?.cell).find((c) => c !== undefined);
      const known = cell && matterFact(ctx, '政府采购支出总额', 'amount');
      return known && cell ? { money: { fen: known.value, unit: '万元', written: formatAmount(fromFen(known.value, '万元'), { separators: true }) }, cell, matterRead: false } : undefined;
    }

    function check(facts: Map<Fact, Stated>): void {
      const total = facts.get('total');
      // The shares of a total the sheet does not state are of the 说明数据's (the paragraph left out, or in another
      // cell of another sheet): not checked, a wrong share passed.
      const shareBase = total ?? knownTotal(facts);
      const held = (['goods', 'works', 'services'] as const).map((f) => facts.get(f));
      // The held amounts (withOneHeld) adding up, the one off is text-matter-amounts' 错误. Where they do not, the sum is told of
      // the amounts the text wrote: a text adding up as written beside a 说明数据 off (货物21.46 where it says 22.46: the 说明数据
      // may be the wrong one) was a second 错误 quoting a 22.46 the text never wrote (review r339).
      if (total && held.every((x) => x !== undefined) && gapOf(total, ...(held as Stated[])) !== 0) {
        const [goods, works, services] = held.map((x) => asWritten(x!)) as [Stated, Stated, Stated];
        const sumTotal = asWritten(total);
        const diff = gapOf(sumTotal, goods, works, services);
        // Three parts rounded to 0.01 万元 may miss their rounded total by 0.01: 尾差. Amounts in 元 are exact.
        const rounding = [sumTotal, goods, works, services].every((x) => x.money.unit === '万元') && Math.abs(diff) <= 1;
        if (diff !== 0) {
          const sumFen = goods.money.fen + works.money.fen + services.money.fen;
          ctx.report({
            messageId: 'sum',
            severity: rounding ? 'rounding' : 'error',
            data: { total: moneyText(sumTotal.money), goods: moneyText(goods.money), works: moneyText(works.money), services: moneyText(services.money), sum: asText(sumFen, sumTotal.money), gap: `${diff < 0 ? '少' : '多'}${asText(Math.abs(sumTotal.money.fen - sumFen), sumTotal.money)}` },
            cells: unique([sumTotal.cell, goods.cell, works.cell, services.cell]),
            key: 'sum',
            ...inUnitOf(sumTotal.money, [sumTotal.money, goods.money, works.money, services.money]),
          });
        }
      }
      const atMost = (part: Fact, whole: Stated | undefined, wholeName: string, partMoney?: TextMoney) => {
        const heldPart = facts.get(part);
        if (!heldPart || !whole || !exceeds(partMoney ?? heldPart.money, whole.money)) return;
        // As the sum: not where the amounts as written keep within (a 说明数据 off, which text-matter-amounts tells).
        const [p, w] = [asWritten(heldPart), asWritten(whole)];
        const amount = partMoney ?? p.money;
        if (!exceeds(amount, w.money)) return;
        ctx.report({
          messageId: 'exceeds',
          data: { part: NAMES[part], partAmount: partMoney ? asText(partMoney.fen, p.money) : moneyText(p.money), whole: wholeName, wholeAmount: moneyText(w.money) },
          cells: unique([p.cell, w.cell]),
          key: `exceeds-${part}`,
          ...inUnitOf(w.money, [amount, w.money]),
        });
      };
      atMost('sme', total, NAMES.total);
      atMost('micro', facts.get('sme'), NAMES.sme);
      atMost('smeReservedWon', total, NAMES.total);
      atMost('smeOtherWon', total, NAMES.total);
      const reserved = facts.get('smeReservedWon');
      const other = facts.get('smeOtherWon');
      if (reserved && other && total) {
        const both: TextMoney = { fen: reserved.money.fen + other.money.fen, unit: reserved.money.unit, written: '' };
        const [a, b] = oneScale(both, total.money) as [number, number];
        if (a > b && oneScale(reserved.money, total.money)[0]! <= b && oneScale(other.money, total.money)[0]! <= b) {
          ctx.report({
            messageId: 'exceeds',
            data: { part: '由中小企业中标或成交的金额合计', partAmount: asText(both.fen, reserved.money), whole: NAMES.total, wholeAmount: moneyText(total.money) },
            cells: unique([reserved.cell, other.cell, total.cell]),
            key: 'exceeds-smeWon',
            ...inUnitOf(total.money, [both, total.money]),
          });
        }
      }
      for (const fact of ['goods', 'works', 'services', 'sme', 'micro'] as const) {
        const s = facts.get(fact);
        // A part's 占X% naming no whole, in the total's sentence, is text-shares' (of the amount the sentence opens with).
        if (!s?.share || !shareBase || (s.share.bare && fact !== 'sme' && fact !== 'micro')) continue;
        // Of 中小企业's: 小微企业's share of it, against the 中小企业 amount stated.
        const base = s.share.ofSme ? (fact === 'micro' ? facts.get('sme') : undefined) : shareBase;
        if (!base) continue;
        const [a, b] = oneScale(s.money, base.money) as [number, number];
        const expected = ratio(a, b);
        const stated = Math.round(rateNumber(s.share.written) * 100);
        // Within half a unit of its last digit (占90% for 90.40%), at least 0.01; a whole unit where it is about one (约占).
        const tolerance = shareTolerance(s.share.written, s.share.rough);
        if (expected === undefined || statedWithin(stated, [expected], tolerance)) continue;
        // Right for the amounts as the text wrote them, one of them held (withOneHeld): that amount is the one 错误, not its share.
        if ((s.written || base.written) && statedWithin(stated, sharesOf(s.written ?? s.money, base.written ?? base.money), tolerance)) continue;
        const sme = facts.get('sme');
        // 小微企业's share naming no whole may be of the 中小企业 amount.
        if (fact === 'micro' && s.share.bare && sme) {
          const [c, d] = oneScale(s.money, sme.money) as [number, number];
          const ofSme = ratio(c, d);
          if (ofSme !== undefined && statedWithin(stated, [ofSme], tolerance)) continue;
        }
        ctx.report({
          messageId: 'share',
          data: { phrase: s.share.phrase, part: moneyText(s.money), whole: moneyText(base.money), expected: formatBasis(expected), stated: s.share.written },
          cells: unique([s.cell, base.cell]),
          key: `share-${fact}`,
          values: [stated / 100, expected / 100],
          unit: '%',
          difference: (stated - expected) / 100,
        });
      }
    }
  },
});

/** A fact as the text wrote it (withOneHeld may hold its amount at the 说明数据's). */
function asWritten(s: Stated): Stated {
  return s.written ? { ...s, money: s.written } : s;
}

/** The total less its three parts, on one scale. */
function gapOf(total: Stated, ...parts: Stated[]): number {
  const scaled = oneScale(total.money, ...parts.map((p) => p.money));
  return scaled.reduce((gap, x, i) => (i === 0 ? x : gap - x), 0);
}

/** Whether a part is above its whole. */
function exceeds(part: TextMoney, whole: TextMoney): boolean {
  const [a, b] = oneScale(part, whole) as [number, number];
  return a > b;
}

/** The share of `part` in `whole`, where there is one. */
function sharesOf(part: TextMoney, whole: TextMoney): number[] {
  const [a, b] = oneScale(part, whole) as [number, number];
  const share = ratio(a, b);
  return share === undefined ? [] : [share];
}

/** An amount in 分 written in the unit of another amount of the text. */
function asText(fen: number, like: TextMoney): string {
  return `${formatAmount(fromFen(fen, like.unit), { separators: like.written.includes(',') })}${like.unit}`;
}

/** A finding's values in the unit the text wrote its total in. */
function inUnitOf(like: TextMoney, amounts: readonly TextMoney[]) {
  return { values: amounts.map((a) => fromFen(a.fen, like.unit)), unit: like.unit };
}

function unique(cells: readonly CellRef[]): CellRef[] {
  return cells.filter((c, i) => cells.findIndex((d) => d.sheet === c.sheet && d.row === c.row && d.col === c.col) === i);
}
