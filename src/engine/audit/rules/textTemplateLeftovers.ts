/**
 * Template leftovers anywhere in the document, headings and the tables' footnotes included: placeholders (XX局,
 * XXX, ××), unchosen words (增加（减少）, 下降（增长）), an unfilled 【请填写】, the template's own instructions
 * ("（如持平作持平表述）", "（不涉及的不列）", "无…的，仍保留该表格式，并在本表下方作下述说明："), its ellipsis
 * ("奖金……其他对个人和家庭的补助"), doubled punctuation, and a year other than the document's own where the year
 * must be it: a heading, a footnote, the opening of a paragraph ("2021年度收入总计…"), a date ("截至2021年12月31日");
 * "与2022年度相比" must name the year before.
 */
import { defineRule } from '../rule';
import type { RuleContext } from '../rule';
import { documentYear, thisYearNamedAt } from '../shared/documentYear';
import { agreesAtPrecision, namedAmounts, textCells } from '../shared/textScan';
import type { NamedAmount, TextMoney } from '../shared/textScan';
import { asWritten } from '../shared/asWritten';
import { budgetStatements, indicatorKeyOf } from '../shared/budgetText';
import type { BudgetStatement } from '../shared/budgetText';
import { knownActual } from '../shared/knownFigures';
import { toFen } from '../../grid/money';
import type { Unit } from '../../grid/money';

const LEFTOVERS: readonly [RegExp, string][] = [
  [/X{2,}|x{2,}|×{2,}|\*{2,}|○{2,}|□{2,}/, '占位符'],
  // Not 大小于 after a negation in its clause (不存在大小于预算的情况: neither, the writer's own shorthand; helper-h114). The
  // template's merged 决算数大小于预算数的主要原因 is one (杜集 2021). The negation may stand a long subject before it (不存在一般公共
  // 预算财政拨款支出决算数大小于…) or be 不会 (helper-h117: correct sentences were 错误); not 未 or 无 of another verb (项目未实施
  // 导致决算数大小于…, 无法…: a leftover passed).
  [/增加\(减少\)|减少\(增加\)|增长\(下降\)|下降\(增长\)|大于\(小于\)|小于\(大于\)|(?<!(?:不存在|没有|无(?!法)|未(?:出现|发生|存在|有)|不会|不曾)[^,;。]{0,24})大小于|增加\/减少|增长\/下降/, '未选定的增减用词'],
  [/【请填写[:：][^】]*】/, '未填写的空缺'],
  // A share or a change whose figure the template left blank (湛江 2017: 占 %，比上年减少 万元; the spaces go in normalising).
  // Not 万元以上/以下, an order of size (均未增加万元以上: helper-h111).
  [/(?:占|增加|减少|增长|下降|降低)(?:比|了)?(?:%|万元(?!以上|以下)|元(?=[,，;；。]|$))/, '未填写的数字'],
];

const INSTRUCTIONS =
  /\(如持平作持平表述\)|\(不涉及的不列\)|\(制度名称\)|按上述格式依次说明[^。]*|预决算持平的不用说明变动原因|无[^。,]{0,40}的(?:部门|单位)?,?(?:仍保留该表格式,?)?(?:并在本表下方)?作下述说明:?|仍保留该表格式|列明公务用车购置数量|列明公务接待批次、人次/;
// Not a contents line's dot leaders before its page number (1.收入支出决算总表……………1).
const ELLIPSIS = /(?:\.{3,}|…+)(?![.…]*\s*(?:第\s*)?\d+\s*页?\s*$)/;
const DOUBLED = /[。,;:、!?]{2,}/;

/** Where a year must be the document's: a heading or footnote (any year), a date, a paragraph's opening. */
/** The closing date of the year ("截至2022年12月31日", "截至2022年末"); a bare "2021年末" may compare with last year. */
// A date compared with (较2021年12月31日增加…) is the prior year's end: PRIOR's.
// A bare date as history is none (2021年12月31日前已完成…, 自2021年12月31日起…, 2021年12月31日印发的通知: helper-h110), nor
// an event's date or a period's end (于2021年12月31日完成…, 预计于2023年12月31日完成…, 合同期限至2023年12月31日: helper-h111).
const DATE = /(?:截至|截止)(?:到)?(\d{4})年(?:12月31日|年末|末|底|度末)|(?<!截至|截止|到|至|于|与|同|较|比)(\d{4})年12月31日(?!(?:以|之)?前|起|印发|发布|出台)/g;
const OPENING = /^(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|\d+[、.])?(?:本部门|本单位|我单位|我部门)?(\d{4})年度/;
/**
 * A paragraph opening on an earlier year and a comma, then a figure of the tables, and never naming this year (2021年，
 * 收入总计1,801.23万元。): last year's figures left in, which text-figures leaves unread as that year's. Not a history
 * (2019年，根据…组建…; 2020年，我局立项…，总投资…), nor a comparison (…；2022年，…; …本年…) (review47).
 */
const YEAR_COMMA_OPENING = /^(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|\d+[、.])?(\d{4})年[,，]/;

function leftOnEarlierYear(text: string, year: number): string | undefined {
  const m = YEAR_COMMA_OPENING.exec(text);
  if (!m || Number(m[1]) >= year || new RegExp(`本年|(?<!\\d)${year}年`).test(text)) return undefined;
  // Up to the clause's end (not a thousands separator: 1,801.23).
  const firstClause = text.slice(m[0].length).split(/[，;；。]|,(?!\d{3})/)[0] ?? '';
  return namedAmounts(firstClause).length > 0 ? m[0].slice(0, -1) : undefined;
}
const PRIOR = /(?:与|同|较|比)(\d{4})年度?(?:相比|比较|决算)?/g;
const ANY_YEAR = /(\d{4})年度?/g;

export default defineRule({
  id: 'text-template-leftovers',
  title: '公开说明中不能留有模板占位符、填写说明、未选定的用词、重复标点和错误的年份',
  severity: 'error',
  tables: [],
  messages: {
    leftover: '工作表“{sheet}”的说明文字中留有{kind}“{text}”：请改为实际内容。',
    instruction: '工作表“{sheet}”的说明文字中留有模板的填写说明“{text}”：请删去。',
    punctuation: '工作表“{sheet}”的说明文字中有重复的标点“{text}”：请删去多余的标点。',
    year: '工作表“{sheet}”的说明文字中“{text}”的年份不是本说明的年度（{year}年）：请改为{year}年。',
    prior: '工作表“{sheet}”的说明文字中“{text}”应与上年（{prior}年）相比：请改为{prior}年。',
    pandemic: '工作表“{sheet}”的说明文字中“{text}”未与上年（{prior}年）相比：如为与疫情前相比，请注明“（疫情前）”；否则请改为{prior}年。',
    olderYear: '工作表“{sheet}”的说明文字中“{text}”未与上年（{prior}年）相比：如为有意与更早的年度相比，可不改；否则请改为{prior}年。',
  },
  check(ctx) {
    const year = documentYear(ctx);
    for (const t of textCells(ctx)) {
      const sheet = t.cell.sheet;
      const report = (messageId: 'leftover' | 'instruction' | 'punctuation' | 'year' | 'prior' | 'pandemic' | 'olderYear', text: string, key: string, data: Record<string, string | number> = {}) =>
        // A comparison with 2019 alone may be the 疫情前 one unmarked, one in words alone with an older year on purpose: a 提示,
        // not a 错误 (pandemicYear, statesFigures).
        ctx.report({ messageId, data: { sheet, text, ...data }, cells: [t.cell], key, ...(messageId === 'pandemic' || messageId === 'olderYear' ? { severity: 'warning' as const } : {}) });
      for (const [pattern, kind] of LEFTOVERS) {
        const m = pattern.exec(t.text);
        // Quoted as the cell writes it (【请填写：…（…）】), so that Ctrl+F in Excel finds it.
        if (m) report('leftover', asWritten(ctx.grid, t.cell, m[0]), m[0], { kind });
      }
      const instruction = INSTRUCTIONS.exec(t.text);
      if (instruction) report('instruction', instruction[0], instruction[0]);
      const ellipsis = ELLIPSIS.exec(t.text);
      if (ellipsis) report('leftover', ellipsis[0], ellipsis[0], { kind: '模板的省略号' });
      const doubled = DOUBLED.exec(t.text);
      if (doubled) report('punctuation', doubled[0], doubled[0]);
      if (year !== undefined) checkYears(ctx, t.text, year, report);
    }
  },
});

type Report = (messageId: 'year' | 'prior' | 'pandemic' | 'olderYear', text: string, key: string, data: Record<string, string | number>) => void;

/**
 * A heading: short, no sentence in it, no amount, not a sentence broken off at a comma (`…1,488.29万元，与2021年度相比，`
 * in one cell, the change in the next).
 */
function isHeading(text: string): boolean {
  return !text.includes('。') && text.length <= 60 && !/[,，:：;；]$/.test(text) && !/\d万?元/.test(text);
}

/**
 * A comparison with a budget (比2022年“三公”经费预算减少…, 与2022年度年初预算相比): of this year's, not the prior year's.
 * Not 一般公共预算(财政拨款), which names a fund.
 */
function comparesWithBudget(text: string, after: number): boolean {
  return /^[^,，;；。]{0,24}?(?<!一般公共)预算(?!财政拨款)/.test(text.slice(after));
}

/**
 * A budget compared with this year's 决算 named by its year (“三公”经费预算5.00万元，比2022年决算4.99万元多0.01万元): the 预算
 * its clause states before is this year's, the 决算 too. Read as a comparison with last year, a right text was a 错误
 * (helper-h289). Only a 预算 stating its amount (预算为5.00万元, 预算安排5.00万元): a fund's name (政府性基金预算支出0.00万元，
 * 比2022年决算… ) or a 预算单位 is no budget compared, and that leftover passed (review r292); a bare 比2022年决算 with no
 * 预算 before stays one.
 */
const STATED_BUDGET = /(?<!一般公共|政府性基金|国有资本经营)预算(?:数|金额)?(?:安排)?(?:为|是)?\d/g;
function budgetWithThisYearsActual(text: string, m: RegExpMatchArray): boolean {
  if (!m[0].endsWith('决算')) return false;
  const clause = text.slice(0, m.index).split(/[。;；]/).pop() ?? '';
  const budget = [...clause.matchAll(STATED_BUDGET)].pop();
  // The 预算 the subject, not itself compared with (…决算4.99万元，比年初预算减少0.01万元，比2022年决算…: a leftover still),
  // and no 决算 stated between.
  return budget !== undefined && !/(?:比|较|与|同)[^,，]{0,6}$/.test(clause.slice(0, budget.index)) && !clause.slice(budget.index!).includes('决算');
}

/** A paragraph on the next year's plans, the plan right after its year (2023年度，我单位将进一步加强…). */
const PLAN = /^(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|\d+[、.])?(?:本部门|本单位|我单位|我部门)?\d{4}年度?[,，]?(?:本部门|本单位|我单位|我部门)?(?:将|计划|拟|下一步)/;

/**
 * Another year a heading or a footnote rightly names: the month of publishing under the title (…公开说明 2023年9月),
 * the next year's plans (2023年度工作计划), last year's figures in a note that names this year or 上年 too (注：2021年度
 * 数据已按2022年度口径调整; 说明：2021年数据为上年决算数).
 */
function rightlyOtherYear(text: string, m: RegExpMatchArray, year: number): boolean {
  const y = Number(m[1]);
  const before = text.slice(0, m.index);
  const after = text.slice(m.index! + m[0].length);
  // The month of publishing, never a closing date (截至2023年12月31日 is a leftover).
  if (y === year + 1) return (/^\d{1,2}月(?!31日)/.test(after) && !/(?:截至|截止)$/.test(before)) || /计划|打算|工作安排|工作思路/.test(text);
  // Last year's figures named as such: 2021年度数据…, 2021年数据为上年决算数; not a note left at last year's.
  if (y !== year - 1 || !/^(?:注|说明)[:：]/.test(text)) return false;
  const clause = text.slice(0, m.index! + m[0].length + 12).split(/[,，;；。]/).find((c) => c.includes(m[0])) ?? '';
  return /^(?:的)?(?:数据|决算数|口径)/.test(after) || /上一?年/.test(clause);
}

/**
 * A paragraph opening on last year's 结转 and saying what became of it this year (2021年度结转的项目资金在本年度全部支出
 * 完毕…): last year's by its words. Not a figure of last year's left in place (2021年度结余分配0.00万元…).
 */
function lastYearsBalance(after: string, year: number): boolean {
  return /^(?:的)?(?:结转的|结转资金|结余资金|结转结余资金)/.test(after) && new RegExp(`本年度?|${year}年`).test(after);
}

/** A comparison with the start of this year (较2022年初, 与2022年年初相比, 比2022年1月1日): this year's, rightly. */
const THIS_YEARS_START = /^(?:年?初|1月1日)/;

/** A sentence opening on this year and comparing with last year (2022年度人员经费577.84万元，比上年减少…). */
const thisYearsChange = (year: number) => new RegExp(`^${year}年度?[^。]{0,30}?(?:(?:比|较|与)(?:上一?年|${year - 1}年)|同比)`);

/** A change of nothing: the year's figure is last year's. */
const LEVEL = /持平|没有变化|无变化|未发生变化/;

/**
 * A sentence opening with last year's figure and going on to this year's (2021年度收入总计1,801.23万元，2022年度收入总计
 * 1,488.29万元，减少…): a comparison, not last year's text left in (review41). This year's may follow a ； as well
 * (2021年度…预算5.10万元，决算5.01万元；2022年度…): the sentence is one comparison to its 。.
 */
function comparesWithThisYear(ctx: RuleContext, text: string, year: number): boolean {
  const [first = '', next = ''] = text.split('。');
  if (new RegExp(`(?<!\\d)${year}年`).test(first)) return true;
  // This year named by 本年 or 今年 too (2021年度“三公”经费支出5.01万元，本年“三公”经费支出4.99万元，比上年减少…: a right
  // comparison was a 错误; review r324), not 本年 in a line's name of that year (2021年度本年支出…), nor after this year's
  // figure under last year's year (2021年度收入总计1,488.29万元，主要原因是：本年退休1人: the year not updated).
  const thisYear = thisYearNamedAt(first, 0, year);
  if (thisYear !== -1 && !namedAmounts(first.slice(0, thisYear)).some((n) => thisYearsOnly(ctx, n.money, n.label, n.lookup(ctx.recognition, ctx.supplement)))) return true;
  // Last year's figure alone, this year's change from it in the next sentence (2021年度收入总计1,801.23万元。2022年度较上年
  // 减少…): a 错误 on a correct sentence (helper-h119). Its figure must be the 上年数, none this year's (the year not updated).
  // An item whose 上年数 the workbook does not hold (机关运行经费, 人员经费: no 说明数据 上年数) cannot be shown wrong there: a
  // comparison too, unless its figure is this year's (helper-h122: a 错误 on a correct sentence).
  // Level with last year (2022年度均与上年持平): this year's figure is last year's too, so an amount equal to it is no sign
  // of a year not updated (helper-h124: 2021年度因公出国（境）费、公务用车购置费均为0万元。2022年度均与上年持平。 was a 错误).
  const amounts = namedAmounts(first);
  const level = LEVEL.test(next);
  return (
    thisYearsChange(year).test(next) &&
    amounts.some((n) => lastYears(ctx, n.money, n.label) || priorUnknown(ctx, n.label)) &&
    (level || !amounts.some((n) => thisYearsOnly(ctx, n.money, n.label, n.lookup(ctx.recognition, ctx.supplement))))
  );
}

/** Words that speak of a paragraph's year as the current one: a change from its own 上年, or a share of its own total. */
const AS_CURRENT = /与上一?年度?相比|(?:比|较)上一?年度?|同比|上年同期|占[^,，;；。]{0,12}?(?:合计|总计|总额|的)\d/;

/**
 * A paragraph opening on last year that states last year's budget against its 决算 (2021年度“三公”经费预算5.10万元，决算
 * 5.01万元。), or its 决算 and the rate of its budget (决算5.01万元，完成全年预算的98.24%): many departments write it beside this year's, and its figures are last year's, not this year's text left in.
 * Flagged as a leftover, a correct sentence was a 错误. It is a leftover still where it speaks of its year as the current
 * one (与上年相比…, 占…的…%, 与2020年度相比: last year's paragraph kept whole), or where a 决算 it states is this year's
 * figure and not the item's 上年数 (the year was not updated: 2021年度“三公”经费预算5.00万元，决算4.99万元).
 */
function statesLastYearsBudget(ctx: RuleContext, text: string, year: number): boolean {
  const first = /^[^。]*/.exec(text)![0];
  if (AS_CURRENT.test(first) || new RegExp(`(?<!\\d)${year - 2}年`).test(first)) return false;
  const statements = budgetStatements(first);
  // A 决算 with its rate of the budget states the budget too (决算5.01万元，完成全年预算的98.24%).
  const compared = statements.filter((s) => (s.budget && (s.actual || s.rate)) || (s.actual && s.rate));
  if (compared.length === 0 || statements.some((s) => s.period !== year - 1 && s.period !== 'last' && s.period !== undefined)) return false;
  // Each 决算 it states, held to the item's figures: this year's and not last year's, the paragraph was not updated.
  const actualsCurrent = statements.some((s) => s.actual && thisYearsOnly(ctx, s.actual, s.subject, knownActual(ctx, { ...s, period: year }, text)));
  return !actualsCurrent && !namedAmounts(first).some((n) => thisYearsOnly(ctx, n.money, n.label, n.lookup(ctx.recognition, ctx.supplement)));
}

/**
 * A paragraph opening on last year that states that year's figures (2021年度收入总计1801.23万元；支出总计1801.23万元。2021年，收入
 * 总计1,801.23万元。): the year is right for them, no leftover (helper-h329: a right statement of last year's was a 错误 asking for
 * 2022, and beside a wrong figure after its ； the year was asked to change with its right 上年数, text-change-words naming the
 * figure). Only where one of its amounts is its item's 上年数 and none this year's only (the year not updated: 2021年度收入总计
 * 1488.29万元), and no sentence of it not naming this year speaks of its year as the current one (比上年…, 占…%: last year's
 * paragraph kept whole) or names the year before it, and the text states this year's figure of one of them (statesThisYearsFigure).
 */
function statesLastYearsFigures(ctx: RuleContext, text: string, year: number): boolean {
  const own = text.split('。').filter((s) => !new RegExp(`(?<!\\d)${year}年|本年|今年`).test(s));
  if (own.some((s) => AS_CURRENT.test(s) || new RegExp(`(?<!\\d)${year - 2}年`).test(s))) return false;
  const amounts = own.flatMap((s) => namedAmounts(s));
  if (amounts.some((n) => thisYearsOnly(ctx, n.money, n.label, n.lookup(ctx.recognition, ctx.supplement)))) return false;
  return amounts.some((n) => lastYears(ctx, n.money, n.label) && statesThisYearsFigure(ctx, n, year));
}

/**
 * Whether the text states this year's figure of the item an amount names, anywhere (a label after another year not read as
 * this year's: namedAmounts). Last year's figures beside this year's are a comparison; stated where this year's never is
 * (2021年，收入总计1,801.23万元。 and no 收入总计 of 2022), they are last year's paragraph left in and this year's figure was never
 * written: no year named rightly (review r340; helper-h329 let it pass).
 */
function statesThisYearsFigure(ctx: RuleContext, last: NamedAmount, year: number): boolean {
  const key = indicatorKeyOf(last.label);
  const current = last.lookup(ctx.recognition, ctx.supplement);
  if (key === undefined || !current) return false;
  const sameItem = (label: string) => indicatorKeyOf(label) === key;
  return textCells(ctx).some((t) =>
    t.text
      .split('。')
      .flatMap((s) => namedAmounts(s, year))
      .some((n) => (sameItem(n.label) || (n.shared ?? []).some((o) => sameItem(o.label))) && agreesAtPrecision(n.money, current.fen, current.unit)),
  );
}

/**
 * A sentence opening on last year that states its budget alone (2021年度人员经费预算为1000.00万元。), the next opening on this
 * year and comparing with last year (2022年度人员经费577.84万元，比上年减少22.16万元。): last year's figure beside this year's
 * change, as comparesWithThisYear's 决算 is. No 决算 or rate in it (statesLastYearsBudget's), none of its amounts this year's
 * figure only (the year not updated). Flagged as a leftover, a correct sentence was a 错误 (helper-h125).
 */
function lastYearsBudgetBeforeChange(ctx: RuleContext, text: string, year: number): boolean {
  const [first = '', next = ''] = text.split('。');
  if (AS_CURRENT.test(first) || !thisYearsChange(year).test(next)) return false;
  const statements = budgetStatements(first);
  const lastYears = (s: BudgetStatement) => s.period === year - 1 || s.period === 'last' || s.period === undefined;
  if (!statements.some((s) => s.budget) || statements.some((s) => s.actual || s.rate || s.selfEvaluation || !lastYears(s))) return false;
  return !namedAmounts(first).some((n) => thisYearsOnly(ctx, n.money, n.label, n.lookup(ctx.recognition, ctx.supplement)));
}

/**
 * An amount equal to this year's figure of its item and not to the item's 上年数 (说明数据): this year's only. Equal to
 * both (因公出国（境）费0.00万元 both years), it may be last year's.
 */
function thisYearsOnly(ctx: RuleContext, stated: TextMoney, item: string, current: { readonly fen: number; readonly unit: Unit } | undefined): boolean {
  if (!current || !agreesAtPrecision(stated, current.fen, current.unit)) return false;
  return !lastYears(ctx, stated, item);
}

/** Whether the 说明数据 holds no 上年数 of the item a label names. */
function priorUnknown(ctx: RuleContext, item: string): boolean {
  const key = indicatorKeyOf(item);
  return key === undefined || ctx.supplement.指标.get(key)?.上年数 === undefined;
}

/** An amount equal to its item's 上年数 (说明数据). */
function lastYears(ctx: RuleContext, stated: TextMoney, item: string): boolean {
  const key = indicatorKeyOf(item);
  const prior = key === undefined ? undefined : ctx.supplement.指标.get(key)?.上年数;
  return !!prior && agreesAtPrecision(stated, toFen(prior.value, '万元'), '万元');
}

function checkYears(ctx: RuleContext, text: string, year: number, report: Report): void {
  const wrong = (y: string) => Number(y) !== year;
  // A heading (no sentence in it) or a table's footnote names the document's year wherever it names one; a year it compares
  // with (（二）与2019年决算对比, 2022年度与2021年度决算比较) as a sentence's (helper-h217: a 错误 on a comparison's heading).
  if (isHeading(text) || /^(?:注|说明)[:：]/.test(text)) {
    const compared = [...text.matchAll(PRIOR)];
    for (const m of text.matchAll(ANY_YEAR)) {
      if (compared.some((p) => m.index! >= p.index! && m.index! < p.index! + p[0].length)) continue;
      if (wrong(m[1]!) && !rightlyOtherYear(text, m, year)) report('year', m[0], `year${m.index}`, { year });
    }
    checkPriors(text, year, report, false);
    return;
  }
  // Last year's bare date after this year's closing date (截至2022年12月31日，公务用车3辆…；2021年12月31日公务用车4辆): a comparison
  // (helper-h111: a 错误 on a correct sentence).
  const closesThisYear = new RegExp(`(?:截至|截止)(?:到)?${year}年(?:12月31日|年末|末|底|度末)`).test(text);
  for (const m of text.matchAll(DATE)) {
    if (m[2] !== undefined && Number(m[2]) === year - 1 && closesThisYear) continue;
    if (wrong(m[1] ?? m[2]!)) report('year', m[0], `date${m.index}`, { year });
  }
  const opening = OPENING.exec(text);
  const openingYear = Number(opening?.[1]);
  const rightOpening =
    (openingYear === year + 1 && PLAN.test(text)) ||
    // A period up to this year (2019年度至2022年度，…累计…: helper-h119).
    (openingYear < year && new RegExp(`^[至到—-]${year}年`).test(text.slice(opening![0].length))) ||
    (openingYear === year - 1 &&
      (lastYearsBalance(text.slice(opening?.[0].length), year) ||
        comparesWithThisYear(ctx, text, year) ||
        statesLastYearsBudget(ctx, text, year) ||
        lastYearsBudgetBeforeChange(ctx, text, year) ||
        statesLastYearsFigures(ctx, text, year)));
  if (opening && wrong(opening[1]!) && !rightOpening) report('year', opening[0], 'opening', { year });
  const earlier = leftOnEarlierYear(text, year);
  if (earlier && !(Number(/\d{4}/.exec(earlier)![0]) === year - 1 && statesLastYearsFigures(ctx, text, year))) report('year', earlier, 'opening', { year });
  checkPriors(text, year, report);
}

/**
 * Each year the text compares with (与2020年度相比, 比2019年): last year's, or a 提示/错误. In a sentence, an earlier year only
 * where it states a figure (statesFigures); a heading's (（二）与2019年决算对比) announces its section's figures.
 */
function checkPriors(text: string, year: number, report: Report, sentence = true): void {
  for (const m of text.matchAll(PRIOR)) {
    const after = text.slice(m.index! + m[0].length);
    if (Number(m[1]) === year && (comparesWithBudget(text, m.index! + m[0].length) || THIS_YEARS_START.test(after) || budgetWithThisYearsActual(text, m))) continue;
    if (Number(m[1]) < year - 1 && secondReference(text, m.index!, after, year)) continue;
    if (Number(m[1]) !== year - 1 && otherYearCompared(text, m.index!, Number(m[1]), year)) continue;
    // In words alone, a 提示: a leftover as often as on purpose (与2022年相比，业务量有所增加 in a 2024 text; review r309: unreported,
    // 比2020年有所减少 left from the 2021 text passed).
    const inWords = Number(m[1]) < year - 1 && sentence && !statesFigures(text, m.index!);
    if (Number(m[1]) !== year - 1) report(pandemicYear(Number(m[1]), year) ? 'pandemic' : inWords ? 'olderYear' : 'prior', m[0], `prior${m.index}`, { prior: year - 1 });
  }
}

/**
 * An earlier year compared with on purpose beside last year (广东 2023: 比上年决算数增加…；比2019年(疫情前)决算数减少…): a
 * second reference point, not a year left from an old text. Marked 疫情前 in its clause (与2019年疫情前相比, 较2019年下降
 * 37.63%（疫情前）), the unit's founding (比2019年成立时增加10人; helper-h117: a correct sentence was a 提示), or after the
 * text has compared with last year.
 */
function secondReference(text: string, at: number, after: string, year: number): boolean {
  return /^(?:[^,;。]*疫情前|成立|组建|挂牌|机构改革)/.test(after) || new RegExp(`(?:与|同|较|比)(?:上一?年度?|${year - 1}年度?)`).test(text.slice(0, at));
}

/**
 * A comparison whose subject is another year, named right before it (山西 省级: …2022年，…安排“三公”经费为3.35亿元，…2018年为4.3亿元，
 * 其中，2022年比2018年减少近1亿元, in a text of 2020): two years' own figures, not this year's against an old one (helper-h320: a
 * 提示 asked a right text to compare with 上年). Only where the text has stated the older year's own figure before (2018年为4.3亿元:
 * a list of years): else it is last year's sentence left whole (收入合计1,000万元，2019年比2018年增加100万元 in a text of 2020 was a
 * 错误 before, and passed unreported; review r322). Two older years a gap apart (2020年较2018年减少1.00万元 in a text of 2022, 2018's
 * figure not stated) stay a 错误 too: a comparison over years is rare in a 决算 text, and one that states none of its figures is
 * more likely an old text's sentence than a right one (helper-h332 weighed a 提示 and kept the 错误).
 */
function otherYearCompared(text: string, at: number, prior: number, year: number): boolean {
  const subject = /(\d{4})年度?[,，]?$/.exec(text.slice(Math.max(0, at - 8), at));
  if (subject === null || Number(subject[1]) === year) return false;
  return new RegExp(`${prior}年度?[^,，;；。\\d]{0,12}\\d`).test(text.slice(0, at - subject[0].length));
}

/**
 * Whether a comparison at `at` states a figure up to its clause's end (the next 。 or ；): an amount in 元 or 万元, or a rate
 * of money (公务接待费比2020年下降20%: money named in the clause before it too). An earlier year than last compared with in words alone (与2020年相比，本单位业务量有所
 * 增加; 与“十三五”末相比…) is a comparison over several years on purpose as often as one left from an old text, and states
 * nothing the tables could show wrong: asked to be last year, a right text was a 错误 (helper-h298). With an amount (比2020年度减少
 * 25.56万元) it is last year's change under an old year, a leftover still.
 */
function statesFigures(text: string, at: number): boolean {
  const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at), text.lastIndexOf(';', at)) + 1;
  const end = text.slice(at).search(/[。;；]/);
  const compared = text.slice(at, end === -1 ? undefined : at + end);
  return /\d\s*万?元/.test(compared) || (/%/.test(compared) && /支出|收入|经费|费|预算|决算|结转|结余|拨款/.test(text.slice(start, at) + compared));
}

/**
 * 2019 compared with alone in a document of 2021 to 2023 (比2019年分别减少…, no 疫情前, no 上年 before it): the years many
 * regions asked for a comparison with before the epidemic, often unmarked, so it may be on purpose; or a year left from
 * an old text. Which, the text does not tell: a 提示 (helper-h114; as a 错误, a correct sentence was one).
 */
function pandemicYear(compared: number, year: number): boolean {
  return compared === 2019 && year >= 2021 && year <= 2023;
}
