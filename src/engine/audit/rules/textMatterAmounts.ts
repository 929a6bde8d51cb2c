/**
 * The amounts of §十's paragraphs that the 说明数据 holds (政府采购, its 货物/工程/服务 and 中小企业 parts, 固定资产原值, 房屋价值, 车辆价值,
 * 上海's 绩效 amounts) must be
 * the 说明数据's: the generated text takes them from there, and one typed or left from last year's text is a wrong
 * figure in a public document. Compared at the text's precision; an entry the 说明数据 does not give is not compared.
 * 新疆: "截止2022年12月31日，固定资产原值532.65万元，房屋0.00平方米，价值0.00万元。车辆3辆，价值72.85万元，…"; 上海:
 * "政府采购金额（以合同签订为准）为X万元".
 */
import { defineRule } from '../rule';
import { amount, moneyValues } from '../measure';
import { figureFact, matterFact, ofAnotherPeriod, statedFacts } from '../shared/supplementFacts';
import type { Fact } from '../shared/supplementFacts';
import type { RuleContext } from '../rule';
import { houseValueCeiling, printedMatter } from '../../supplement/printedMatters';
import { occurrences } from '../shared/occurrences';
import type { Occurrences } from '../shared/occurrences';
import { AMOUNT_LIST, atCommonPrecision, CONNECTOR, DEPARTMENT_VEHICLES, listItems, MONEY, moneyText, parseMoney, textCells } from '../shared/textScan';
import { tablesYear } from '../shared/documentYear';
import { bareAmountUnderForeignReception } from '../shared/threePublicHeadings';
import { PROCUREMENT_TOTAL_AND_PARTS, SME_AMOUNTS } from '../shared/procurementAmounts';

/** 房屋X平方米，价值Y万元 (§十（三）), the amount last. */
const HOUSE_VALUE = new RegExp(`房屋(?:面积)?[\\d,.]+平方米[,，](?:账面)?价值${CONNECTOR}${MONEY}`, 'g');

/** Each amount's 说明数据 事项 and the wordings that state it (the text normalised: brackets half-width), the amount last. */
const AMOUNTS: readonly (readonly [string, RegExp])[] = [
  ...PROCUREMENT_TOTAL_AND_PARTS,
  ['固定资产原值', new RegExp(`固定资产(?:原值|账面原值)${CONNECTOR}${MONEY}`, 'g')],
  ['房屋价值', HOUSE_VALUE],
  ['车辆价值', new RegExp(`${DEPARTMENT_VEHICLES}[,，](?:账面)?价值${CONNECTOR}${MONEY}`, 'g')],
  // 上海 §七: 国内公务接待支出X万元（含外宾接待支出X万元）.
  // The 中央 wording: 外事接待支出X万元 (the foreign part of 公务接待费; compared with nothing before helper-h202).
  ['外宾接待费', new RegExp(`(?:外宾|外事)接待(?:费|支出)${CONNECTOR}${MONEY}`, 'g')],
  ...SME_AMOUNTS,
  // 上海's 预算绩效管理情况: "…项目X个，涉及预算金额X万元".
  ['绩效目标金额', new RegExp(`编报绩效目标的(?:\\d{4}年度?)?项目\\d+个,涉及预算金额${CONNECTOR}${MONEY}`, 'g')],
  ['绩效跟踪金额', new RegExp(`绩效跟踪评价的(?:\\d{4}年度?)?项目\\d+个,涉及预算金额${CONNECTOR}${MONEY}`, 'g')],
  ['绩效自评金额', new RegExp(`绩效自评的(?:\\d{4}年度?)?项目\\d+个,涉及预算金额${CONNECTOR}${MONEY}`, 'g')],
];

/**
 * The parts of 政府采购 listed with 分别 (2022年度政府采购货物、工程、服务支出分别为21.46万元、1.86万元、32.19万元): each kind its
 * amount in turn, in the order the words name them. Groups: the kinds, the amounts. Unread, a wrong one passed (helper-h105).
 */
const PROCUREMENT_LIST = new RegExp(
  `政府采购(?:支出中)?[,，]?((?:货物|工程|服务)(?:(?:、|和|及|与)(?:货物|工程|服务))+)(?:类)?(?:采购)?(?:支出|金额)?分别(?:为|是)?:?${AMOUNT_LIST}`,
  'g',
);

/**
 * The amounts held at a year's end (§十（三）), which a text sets beside last year's; a year's spending named by another
 * year (2024年度…预留…) is still held, as before.
 */
const YEAR_END_STOCKS: ReadonlySet<string> = new Set(['固定资产原值', '房屋价值', '车辆价值']);

/**
 * The 说明数据's amount of 事项 `key`; where it has no entry for it, the figure a table prints for it (江西's 国有资产占用情况表:
 * 房屋价值, 车辆价值, supplement/printedMatters.ts), which the generated text then writes: a wrong 车辆价值 beside an empty
 * 说明数据 passed, held to nothing.
 */
function knownAmount(ctx: RuleContext, key: string): Fact | undefined {
  if (ctx.supplement.事项.has(key)) return matterFact(ctx, key, 'amount');
  const printed = printedMatter(ctx.recognition, key);
  return printed && figureFact(printed.figure, printed.table.unit, printed.name);
}

/**
 * Where neither the 说明数据 nor the table gives the 房屋价值, only a 房屋构筑物 other than 0 (the houses with their 构筑物,
 * houseValueCeiling), the text's 房屋X平方米，价值Y万元 was held to nothing: one above it cannot be right and passed
 * (helper-h301). At or below it, right or not, nothing is said (the 构筑物 may be the rest). Above it a 提示, not a 错误
 * (review r307): the text quotes the houses' 原值 beside 固定资产原值, the table may print 净值 (its 资产总额 adds it up), and
 * the first can be above the second. Where the 说明数据 gives it, the text is held to it, and it to the table (supplement-assets).
 */
function aboveBuildings(ctx: RuleContext<'aboveBuildings'>, place: Occurrences<'aboveBuildings'>, year: number | undefined): void {
  const ceiling = matterFact(ctx, '房屋价值', 'amount') ? undefined : houseValueCeiling(ctx.recognition);
  const most = ceiling && figureFact(ceiling.figure, ceiling.table.unit, ceiling.name);
  if (!most) return;
  for (const { cell, match, known, at: end } of statedFacts(ctx, [['房屋价值', HOUSE_VALUE]], 'amount', () => most)) {
    if (ofAnotherPeriod(match, year)) continue;
    place.at(end);
    const stated = parseMoney(match[match.length - 2]!, match[match.length - 1]!);
    const unit = known.unit ?? '万元';
    const at = atCommonPrecision(stated, known.value, unit);
    if (at.stated <= at.table) continue;
    ctx.report({
      messageId: 'aboveBuildings',
      data: { phrase: match[0], source: known.source, expected: amount(known.value, unit) },
      cells: known.cell ? [cell, known.cell] : [cell],
      key: `房屋价值${moneyText(stated)}`,
      ...moneyValues([stated.fen, known.value], (at.stated - at.table) * at.step, stated.unit),
      severity: 'warning',
    });
  }
}

export default defineRule({
  id: 'text-matter-amounts',
  title: '公开说明中的政府采购、中小企业、固定资产、房屋、车辆和绩效金额与说明数据一致',
  severity: 'error',
  tables: [],
  messages: {
    mismatch: '说明文字写“{phrase}”，而{source}为 {expected}。',
    aboveBuildings:
      '说明文字写“{phrase}”，大于{source} {expected}：房屋是房屋构筑物的一部分，同为原值或同为账面净值时房屋价值不能大于它。请核对说明文字的房屋价值与该表是否同一口径（原值或账面净值），或该表的房屋构筑物。',
  },
  check(rule) {
    // Keyed by the 事项 and the amount written: the same wrong amount stated twice in one text (固定资产原值600.00万元。…
    // 固定资产原值600.00万元…) had one id, the second dropped (helper-h132): told apart by where the amount stands.
    const place = occurrences(rule);
    const ctx = place.context;
    const year = tablesYear(ctx);
    for (const { cell, match, key, known, at: end } of statedFacts(ctx, AMOUNTS, 'amount', (key) => knownAmount(ctx, key))) {
      // Last year's holdings beside this year's (…；2021年末共有车辆4辆，价值90.00万元): a 错误 held to this year's, where
      // text-counts already passed the 4辆 (review r280).
      if (YEAR_END_STOCKS.has(key) && ofAnotherPeriod(match, year)) continue;
      place.at(end);
      const stated = parseMoney(match[match.length - 2]!, match[match.length - 1]!);
      const unit = known.unit ?? '万元';
      const at = atCommonPrecision(stated, known.value, unit);
      if (at.stated === at.table) continue;
      ctx.report({
        messageId: 'mismatch',
        data: { phrase: match[0], source: known.source, expected: amount(known.value, unit) },
        cells: known.cell ? [cell, known.cell] : [cell],
        key: `${key}${moneyText(stated)}`,
        ...moneyValues([stated.fen, known.value], (at.stated - at.table) * at.step, stated.unit),
      });
    }
    aboveBuildings(ctx, place, year);
    const cells = textCells(ctx);
    const foreign = matterFact(ctx, '外宾接待费', 'amount');
    for (const [i, t] of cells.entries()) {
      // A paragraph opening on its spending bare under the heading of the 公务接待's foreign part (（三）公务接待费 / 2.外事接待 /
      // 支出0.05万元。): the 说明数据's 外宾接待费, where it gives one (the heading was a short label, unread: helper-h314).
      const bare = foreign && bareAmountUnderForeignReception(t, cells[i - 1], ctx.grid, year);
      if (foreign && bare) {
        const unit = foreign.unit ?? '万元';
        const at = atCommonPrecision(bare.money, foreign.value, unit);
        if (at.stated !== at.table) {
          place.at(bare.end);
          ctx.report({
            messageId: 'mismatch',
            data: { phrase: `${t.headings![t.headings!.length - 1]}：${bare.match[0]}`, source: foreign.source, expected: amount(foreign.value, unit) },
            cells: foreign.cell ? [t.cell, foreign.cell] : [t.cell],
            key: `外宾接待费${moneyText(bare.money)}`,
            ...moneyValues([bare.money.fen, foreign.value], (at.stated - at.table) * at.step, bare.money.unit),
          });
        }
      }
      for (const m of t.text.matchAll(PROCUREMENT_LIST)) {
        const kinds = m[1]!.split(/、|和|及|与/);
        const amounts = listItems(m[2]!);
        const listStart = m.index! + m[0].length - m[2]!.length;
        if (kinds.length !== amounts.length) continue;
        kinds.forEach((kind, i) => {
          const known = matterFact(ctx, `政府采购${kind}支出`, 'amount');
          const stated = amounts[i]!.money;
          if (!known) return;
          const at = atCommonPrecision(stated, known.value, '万元');
          if (at.stated === at.table) return;
          place.at(listStart + amounts[i]!.index + amounts[i]!.length);
          ctx.report({
            messageId: 'mismatch',
            data: { phrase: `${kind}${moneyText(stated)}`, source: known.source, expected: amount(known.value, '万元') },
            cells: known.cell ? [t.cell, known.cell] : [t.cell],
            key: `政府采购${kind}支出${moneyText(stated)}`,
            ...moneyValues([stated.fen, known.value], (at.stated - at.table) * at.step, stated.unit),
          });
        });
      }
    }
  },
});
