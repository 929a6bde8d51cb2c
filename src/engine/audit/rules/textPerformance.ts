/**
 * 预算绩效的情况说明 (新疆 §十一): "我单位2022年度开展预算绩效评价项目9个，全年预算数748.11万元，全年执行数728.90万元"
 * must be the workbook's 项目支出绩效自评表, their number and Σ 年度资金总额 全年预算数 / 全年执行数 (DOMAIN §6), as the
 * generated text states them. Read only as that statement: the number of projects evaluated (开展/完成…绩效评价项目N个,
 * not a 重点 or 部门 evaluation, nor 上海's count of projects self-evaluated, which the 说明数据 gives), then the totals
 * after it (a project's own 全年预算数, or §七's, is not the sum).
 */
import { defineRule } from '../rule';
import { amount, moneyValues } from '../measure';
import { centsOfFen, formatBasis, ratio } from '../../derive/arithmetic';
import { occurrences } from '../shared/occurrences';
import { agreesAtPrecision, atCommonPrecision, CONNECTOR, lookupOf, MONEY, moneyText, NO_RATE_MARK, NOT_ROUGH, parseMoney, RATE_NUMBER, rateNumber, rateTolerance, sentenceSpans, statedWithin, textCells } from '../shared/textScan';
import type { TextMoney } from '../shared/textScan';
import type { ProjectPerformanceModel } from '../../tables/model';
import type { CellRef } from '../../grid/address';
import type { RuleContext } from '../rule';
import { normalizeText } from '../../grid/normalize';
import { ECONOMIC_SUBJECTS } from '../../subjects/economic';
import { score as roundScore, usable } from '../shared/performanceScoring';
import { budgetStatements } from '../shared/budgetText';
import type { BudgetStatement } from '../shared/budgetText';
import { anotherYear, knownActual } from '../shared/knownFigures';

const COUNT = /(?:开展|完成)(?:了)?(?:\d{4}年度?)?(?:预算)?(?<!重点|部门|财政)绩效(?:评价|自评)(?:的)?项目(?:共)?(\d+)个/g;
/**
 * The 中央 and 陕西 wordings of the count of projects self-evaluated (本单位组织对9个项目开展了绩效自评，涉及全年预算数…;
 * 开展绩效自评的9个项目全年预算数合计…): one group holds the count. A department may publish the forms of only some of
 * them (中央, 上海), so a count above the forms' is no error; one below is a 提示 (each form is a self-evaluation), and the
 * totals after it are the forms' only where the count is theirs.
 */
const SELF_COUNT = /对(\d+)个项目(?:开展|进行)(?:了)?(?:预算)?绩效自评|(?:开展|进行)(?:了)?(?:预算)?绩效自评的(\d+)个项目/g;
/** The amount left unspent after the totals (…全年执行数合计728.90万元，未执行19.21万元): their difference as the text states them. */
const UNSPENT = new RegExp(`未执行(?:数|金额|资金)?${CONNECTOR}${MONEY}`);
const TOTALS = [
  ['adjustedBudget', '全年预算数', new RegExp(`全年预算(?:数|金额)?${CONNECTOR}${MONEY}`, 'g')],
  ['actual', '全年执行数', new RegExp(`全年执行(?:数|金额)?${CONNECTOR}${MONEY}`, 'g')],
] as const;

/** The 执行率 after the totals (…全年执行数728.90万元，执行率97.43%): 全年执行数 ÷ 全年预算数 of the same sums; not a bound (执行率97%以上). */
const RATE = new RegExp(`(?:预算)?执行率(?:为|是|达|达到)?(${RATE_NUMBER})%${NOT_ROUGH}`);

/** Σ of the forms' 年度资金总额 (or 当年财政拨款: `row`) in one column, in 分; undefined when a form lacks it. */
function formsTotal(projects: readonly ProjectPerformanceModel[], field: 'initialBudget' | 'adjustedBudget' | 'actual', row: 'total' | 'fiscal' = 'total'): number | undefined {
  let sum = 0;
  for (const p of projects) {
    const f = p.funds[row]?.[field];
    if (!f || f.invalid) return undefined;
    sum += f.fen ?? 0;
  }
  return sum;
}

/**
 * One project's own figures (§十一: "“一件事”统一受理系统项目全年预算数170.00万元，执行数170.00万元，完成预算的100%，项目
 * 自评得分88.00分"; 河北, 四川, 甘肃, 宁夏 alike): named by its form's 项目名称 exactly, they must be that form's 年度资金总额
 * (全年预算数, or 年初预算数 where the text says 年初; a bare 预算 either), 全年执行数, 执行率 and 总分. Read in the name's
 * clause, up to another form's name, a 其中 (a part of the funds: 其中财政拨款…) or last year's words. Unread, a wrong one
 * passed (helper-82). A name inside a longer word (政府采购公告费 is no 公告费) is not read.
 */
const PROJECT_BUDGET = new RegExp(`(全年|年初|调整后?)?预算(?:数|金额|资金)?${CONNECTOR}${MONEY}`);
const PROJECT_ACTUAL = new RegExp(`(?:全年|实际)?(?:执行(?!率)(?:数|金额|资金)?|实际支出)${CONNECTOR}${MONEY}`);
// Of the 全年 预算, also named as adjusted (完成调整预算的, 完成调整后预算的: helper-h95, unread), as PROJECT_BUDGET reads it.
const PROJECT_RATE = new RegExp(`(?:(?:预算)?执行率|完成(?:全年|调整后?)?预算(?:数)?的?)(?:为|是|达|达到)?(${RATE_NUMBER})%${NOT_ROUGH}`);
// The whole score: 自评得分, 评价得分, 综合得分, 总分, or 得分 opening a clause; not a part's (预算执行得分, 满意度指标得分).
const PROJECT_SCORE = new RegExp(`(?:(?:自评|评价|综合|总)(?:得分|评分)|总分|(?<=[,，:])得分)(?:为|是|达|达到|:)?(\\d+(?:\\.\\d+)?)分${NOT_ROUGH}`);
/** A clause stating the 执行率, right before a bare 得分 (…执行率35.70%，得分…): that 得分 is the 预算执行's. */
const AFTER_RATE = new RegExp(`执行率(?:为|是|达|达到)?${RATE_NUMBER}%[,，]$`);
/** Words of a project's 自评 statement: its 执行 (数, 率) or its score. */
const ANY_DIGIT = /\d/;
const SELF_EVALUATION = /执行|实际支出|得分|评分|总分/;
/** Where a project's figures end: another clause, a part of its funds, last year's or a reason. */
const PROJECT_END = /[;。]|其中|上一?年|去年|以前年度|原因/;
/**
 * What right after a project's name makes it one of several the figures are of (…运维费等9个项目，涉及全年预算数…;
 * A和B两个项目…; A、B项目合计…): their totals, not the one project's (helper-84: three false 错误).
 */
const GROUPED = /^(?:项目)?(?:等|和|及|与|、|,?(?:合计|共计|总计)|[两二三四五六七八九十\d]+个)/;
/** What may stand right before a project's name: no character of a longer word, or a word that introduces it. */
const BEFORE_NAME = /(?:^|[^\u4e00-\u9fa5]|其中|包括|对|如|即|有|是)$/;

interface ProjectNamed {
  readonly project: ProjectPerformanceModel;
  readonly index: number;
  readonly end: number;
}

/** Names of the tables' items (公务接待费, 培训费…): a form so named is spoken of as a project only with 项目 after it. */
const ITEM_NAMES = new Set(ECONOMIC_SUBJECTS.map((e) => normalizeText(e.name)));

/**
 * The forms' names the text writes, the longest at each place, in text order: followed by 项目, or in a sentence about
 * projects or 绩效 (其中“…”全年预算数…), and never a name of the tables' items without 项目 after it.
 */
function projectsNamed(text: string, projects: readonly ProjectPerformanceModel[]): ProjectNamed[] {
  const found: ProjectNamed[] = [];
  for (const project of projects) {
    const name = project.name && normalizeText(project.name.text);
    if (!name || name.length < 2) continue;
    const anItem = ITEM_NAMES.has(name) || lookupOf(name) !== undefined;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const end = i + name.length;
      const sentence = text.slice(text.lastIndexOf('。', i) + 1, text.indexOf('。', end) < 0 ? text.length : text.indexOf('。', end));
      const asProject = text.startsWith('项目', end) || (!anItem && /绩效|自评|项目/.test(sentence));
      if (asProject && BEFORE_NAME.test(text.slice(0, i))) found.push({ project, index: i, end });
    }
  }
  return found
    .sort((a, b) => a.index - b.index || b.end - a.end)
    .filter((f, i, all) => !all.slice(0, i).some((g) => f.index < g.end));
}

/** Whether a stated number agrees with one of the values within half a unit of its last written digit (at least 0.005). */
function writtenAgrees(written: string, values: readonly number[]): boolean {
  const decimals = written.split('.')[1]?.length ?? 0;
  const half = Math.max(0.5 * 10 ** -decimals, 0.005);
  return values.some((v) => Math.abs(Number(written) - v) <= half + 1e-9);
}

/** 未执行 after the totals: their difference as stated, within 0.01 万元 (either may be rounded from 元). */
function checkUnspent(ctx: RuleContext<PerformanceMessages>, cell: CellRef, after: string): void {
  const [budget, actual] = TOTALS.map(([, , pattern]) => [...after.matchAll(pattern)][0]);
  const unspent = UNSPENT.exec(after);
  if (!budget || !actual || !unspent) return;
  const [b, a, u] = [budget, actual, unspent].map((m) => parseMoney(m[m.length - 2]!, m[m.length - 1]!)) as [TextMoney, TextMoney, TextMoney];
  const expected = b.fen - a.fen;
  const at = atCommonPrecision(u, expected, '万元');
  if (Math.abs(at.stated - at.table) <= 1) return;
  ctx.report({
    messageId: 'unspent',
    data: { phrase: unspent[0], budget: moneyText(b), actual: moneyText(a), expected: amount(expected, u.unit === '元' ? '元' : '万元') },
    cells: [cell],
    key: unspent[0],
    ...moneyValues([u.fen, expected], (at.stated - at.table) * at.step, u.unit),
  });
}

type PerformanceMessages = 'count' | 'selfCount' | 'amount' | 'statementAmount' | 'rate' | 'unspent' | 'projectAmount' | 'projectRate' | 'projectNoRate' | 'projectScore';

/**
 * The forms' totals stated with no count before them (budgetText's SELF_EVALUATION: "项目支出全年预算数748.11万元，全年执行数
 * 728.90万元，执行率97.43%"): the 预算 (年初 or 全年 as said, either where not said) and the 执行 against Σ 年度资金总额, or Σ 当年
 * 财政拨款 (一般公共预算项目支出…), the 未执行 and the 执行率 as after a count. A statement naming one project of the forms
 * (not several: …等9个项目) is checkProject's.
 */
function checkStatement(ctx: RuleContext<PerformanceMessages>, cell: CellRef, s: BudgetStatement, projects: readonly ProjectPerformanceModel[], text: string): void {
  // Another year's (上年项目支出全年预算数…, 2021年度…) are no form's totals.
  if (anotherYear(ctx, s) || projectsNamed(s.clause, projects).some((n) => !GROUPED.test(s.clause.slice(n.end)))) return;
  // An 执行 that is the tables' 项目支出 (一般公共预算财政拨款项目支出全年预算…，执行数718.22万元) speaks of the tables, its
  // 预算 of no form: held to the forms, a correct one was a 错误.
  const { selfEvaluation: _, ...asTables } = s;
  const table = s.actual && knownActual(ctx, asTables, text);
  if (table && s.actual && [table, ...(table.alternatives ?? [])].some((f) => agreesAtPrecision(s.actual!, f.fen, f.unit))) return;
  const clause = s.clause.replace(/[。;,，:：]+$/, '');
  const budgetFields = s.budgetKind === '年初' ? (['initialBudget'] as const) : s.budgetKind === '全年' ? (['adjustedBudget'] as const) : (['adjustedBudget', 'initialBudget'] as const);
  const pairs = [
    [s.budget, budgetFields, s.budgetKind === '年初' ? '年初预算数' : '全年预算数'],
    [s.actual, ['actual'] as const, '全年执行数'],
  ] as const;
  for (const [stated, fields, column] of pairs) {
    if (!stated) continue;
    const totals = fields.flatMap((f) => (['total', 'fiscal'] as const).map((row) => formsTotal(projects, f, row))).filter((t) => t !== undefined);
    const own = totals[0];
    if (own === undefined) continue;
    if (totals.some((total) => agreesAtPrecision(stated, total, '万元'))) continue;
    const at = atCommonPrecision(stated, own, '万元');
    ctx.report({
      messageId: 'statementAmount',
      data: { clause, stated: moneyText(stated), column, expected: amount(own, '万元') },
      cells: [cell, ...projects.flatMap((p) => p.funds.total?.[fields[0]]?.cell ?? [])],
      key: `${s.start}${column}`,
      ...moneyValues([stated.fen, own], (at.stated - at.table) * at.step, stated.unit),
    });
  }
  checkUnspent(ctx, cell, clause);
}

/** A project's 执行率 written as none (公告费项目执行率--; NO_RATE_MARK), in PROJECT_RATE's words. */
const PROJECT_NO_RATE = new RegExp(`(?:(?:预算)?执行率|完成(?:全年|调整后?)?预算(?:数)?的?)(?:为|是|达|达到)?${NO_RATE_MARK}`);

/**
 * A project's 执行率 written as none with no 预算 stated beside it (公告费项目执行率--，项目自评得分3.57分): right only where its
 * form's 全年预算数 is 0 (or, a bare dash, where its 执行 is 0 too: nil). With a 预算 stated, text-budget holds the mark to
 * it (budgetStatements); with none, nothing read it and a wrong one passed silently (helper-h219).
 */
function checkProjectNoRate(ctx: RuleContext<PerformanceMessages>, cell: CellRef, p: ProjectPerformanceModel, segment: string): void {
  const project = p.name!.text;
  const total = p.funds.total;
  const m = PROJECT_NO_RATE.exec(segment);
  if (!m || !total?.actual || !total.adjustedBudget || total.actual.invalid || total.adjustedBudget.invalid || (total.adjustedBudget.fen ?? 0) === 0) return;
  const worked = ratio(total.actual.fen ?? 0, total.adjustedBudget.fen!)!;
  if (worked === 0 && !m[0].includes('不可比')) return;
  ctx.report({
    messageId: 'projectNoRate',
    data: { phrase: m[0], project, budget: amount(total.adjustedBudget.fen!, p.unit), expected: formatBasis(worked) },
    cells: [cell, total.actual.cell, total.adjustedBudget.cell],
    key: `${project}${m[0]}`,
  });
}

function checkProject(ctx: RuleContext<PerformanceMessages>, cell: CellRef, named: ProjectNamed, segment: string): void {
  const p = named.project;
  const project = p.name!.text;
  const funds = [p.funds.total, p.funds.fiscal].filter((f) => f !== undefined);
  const amountOf = (m: RegExpExecArray | null, columns: readonly ('initialBudget' | 'adjustedBudget' | 'actual')[], what: string) => {
    if (!m) return;
    const stated = parseMoney(m[m.length - 2]!, m[m.length - 1]!);
    const figures = funds.flatMap((f) => columns.map((c) => f[c])).filter((f) => f !== undefined && !f.invalid);
    const own = p.funds.total?.[columns[0]!];
    if (!own || own.invalid || figures.length === 0) return;
    if (figures.some((f) => agreesAtPrecision(stated, f!.fen ?? 0, p.unit))) return;
    const at = atCommonPrecision(stated, own.fen ?? 0, p.unit);
    ctx.report({
      messageId: 'projectAmount',
      data: { phrase: m[0], project, column: what, expected: amount(own.fen ?? 0, p.unit) },
      cells: [cell, own.cell],
      key: `${project}${m[0]}`,
      ...moneyValues([stated.fen, own.fen ?? 0], (at.stated - at.table) * at.step, stated.unit),
    });
  };
  const budget = PROJECT_BUDGET.exec(segment);
  const kind = budget?.[1];
  amountOf(budget, kind === '年初' ? ['initialBudget'] : kind ? ['adjustedBudget'] : ['adjustedBudget', 'initialBudget'], kind === '年初' ? '年初预算数' : '全年预算数');
  amountOf(PROJECT_ACTUAL.exec(segment), ['actual'], '全年执行数');
  const total = p.funds.total;
  const rate = PROJECT_RATE.exec(segment);
  if (!rate && !budget) checkProjectNoRate(ctx, cell, p, segment);
  if (rate && total?.actual && total.adjustedBudget && !total.actual.invalid && !total.adjustedBudget.invalid && (total.adjustedBudget.fen ?? 0) !== 0) {
    const worked = ratio(total.actual.fen ?? 0, total.adjustedBudget.fen!)!;
    const printed = usable(total.rate) ? [Math.round(total.rate.value * 10_000)] : [];
    const stated = Math.round(rateNumber(rate[1]!) * 100);
    if (!statedWithin(stated, [worked], rateTolerance(rate[1]!)) && !printed.some((r) => statedWithin(stated, [r], rateTolerance(rate[1]!)))) {
      ctx.report({
        messageId: 'projectRate',
        data: { phrase: rate[0], project, expected: formatBasis(worked) },
        cells: [cell, total.actual.cell, total.adjustedBudget.cell],
        key: `${project}${rate[0]}`,
        values: [stated / 100, worked / 100],
        unit: '%',
        difference: (stated - worked) / 100,
      });
    }
  }
  // A bare 得分 right after the 执行率 may be the 预算执行's (公告费项目预算执行率35.70%，得分3.57分: its 分值 × 执行率) as well as
  // the total (…执行率100%，得分100分): held to the total only, a correct one was a 错误 (helper-85). Equal to the form's 预算执行
  // 得分, it is that one, and the total is the next score stated.
  const scores = [...segment.matchAll(new RegExp(PROJECT_SCORE.source, 'g'))];
  const fundScore = p.funds.total?.score;
  const ofFunds = (m: RegExpMatchArray) => /^得分/.test(m[0]) && AFTER_RATE.test(segment.slice(0, m.index)) && usable(fundScore) && writtenAgrees(m[1]!, [fundScore.value]);
  const scoreStated = scores[0] && ofFunds(scores[0]) ? scores[1] : scores[0];
  const printedScore = p.total?.score;
  if (scoreStated && usable(printedScore)) {
    const parts = [p.funds.total?.score, ...p.indicators.map((i) => i.score)];
    const computed = parts.every((f) => f === undefined || !f.invalid) && parts.some(usable) ? [roundScore(parts.reduce((sum, f) => sum + (usable(f) ? f.value : 0), 0))] : [];
    if (!writtenAgrees(scoreStated[1]!, [printedScore.value, ...computed])) {
      ctx.report({
        messageId: 'projectScore',
        data: { phrase: scoreStated[0], project, expected: printedScore.value },
        cells: [cell, printedScore.cell],
        key: `${project}${scoreStated[0]}`,
        values: [Number(scoreStated[1]), printedScore.value],
        unit: '分',
        difference: Number(scoreStated[1]) - printedScore.value,
      });
    }
  }
}

export default defineRule({
  id: 'text-performance',
  title: '公开说明中的绩效评价项目数、全年预算数和执行数与绩效自评表一致',
  severity: 'error',
  tables: ['10'],
  messages: {
    count: '说明文字写“{phrase}”，而工作簿中有 {expected} 张项目支出绩效自评表。',
    amount: '说明文字写“{phrase}”，而各项目支出绩效自评表年度资金总额的{column}之和为 {expected}。',
    statementAmount: '说明文字“{clause}”写{column}为 {stated}，而各项目支出绩效自评表年度资金总额的{column}之和为 {expected}。',
    rate: '说明文字写“{phrase}”，而各项目支出绩效自评表年度资金总额的全年执行数之和 ÷ 全年预算数之和为 {expected}%。',
    selfCount: '说明文字写“{phrase}”，而工作簿中有 {expected} 张项目支出绩效自评表：自评的项目不会少于自评表，请核对。',
    unspent: '说明文字写“{phrase}”，而文中全年预算数 {budget} 与全年执行数 {actual} 之差为 {expected}。',
    projectAmount: '说明文字写“{phrase}”，而项目支出绩效自评表“{project}”年度资金总额的{column}为 {expected}。',
    projectRate: '说明文字写“{phrase}”，而项目支出绩效自评表“{project}”年度资金总额的全年执行数 ÷ 全年预算数为 {expected}%。',
    projectNoRate: '说明文字“{phrase}”写执行率不可比（预算为0），而项目支出绩效自评表“{project}”年度资金总额的全年预算数为 {budget}，全年执行数 ÷ 全年预算数为 {expected}%。',
    projectScore: '说明文字写“{phrase}”，而项目支出绩效自评表“{project}”的总分为 {expected} 分。',
  },
  check(rule) {
    // Keyed by their wording (a project's by its name and phrase): the same wrong statement written twice in one text had one
    // id, the second dropped (helper-h132): told apart by where it is read (the project's name, the count, the statement).
    const place = occurrences(rule);
    const ctx = place.context;
    const projects = ctx.recognition.projects;
    if (projects.length === 0) return;
    const cells = projects.map((p) => p.titleCell);
    const budget = formsTotal(projects, 'adjustedBudget');
    const actual = formsTotal(projects, 'actual');
    /** The rate of the sums, on the 万元 the text shows them in or on the exact 分 (either is right: DOMAIN §5). */
    const expected = budget && actual !== undefined ? [ratio(centsOfFen(actual), centsOfFen(budget)), ratio(actual, budget)].filter((r) => r !== undefined) : [];
    const checkRate = (after: string, cell: (typeof cells)[number]) => {
      // In the totals' own clause: a later one (…；公告费项目…执行率35.70%) is a project's.
      const m = RATE.exec(after.split(/[;；]/)[0]!);
      if (!m || expected.length === 0) return;
      const stated = Math.round(rateNumber(m[1]!) * 100);
      if (statedWithin(stated, expected, rateTolerance(m[1]!))) return;
      ctx.report({ messageId: 'rate', data: { phrase: m[0], expected: formatBasis(expected[0]!) }, cells: [cell], key: m[0], values: [stated / 100, expected[0]! / 100], unit: '%', difference: (stated - expected[0]!) / 100 });
    };
    for (const t of textCells(ctx)) {
      // Every count, amount, rate and score read here is written in digits: a text without one states none.
      if (!ANY_DIGIT.test(t.text)) continue;
      const named = projectsNamed(t.text, projects);
      named.forEach((n, i) => {
        const rest = t.text.slice(n.end, named[i + 1]?.index ?? t.text.length);
        if (GROUPED.test(rest)) return;
        const end = PROJECT_END.exec(rest);
        const segment = end ? rest.slice(0, end.index) : rest;
        // Only a statement of the project's 自评 (its 执行 or its score said): a 年初预算 alone may be of another matter
        // (…运维费项目，年初预算30.00万元；政府采购…: review47's correct sentences).
        place.at(n.index);
        if (SELF_EVALUATION.test(segment)) checkProject(ctx, t.cell, n, segment);
      });
      for (const { sentence, start } of sentenceSpans(t.text)) {
        const count = [...sentence.matchAll(COUNT)][0];
        const self = count ? undefined : [...sentence.matchAll(SELF_COUNT)][0];
        const found = count ?? self;
        if (!found) {
          const seen = new Set<number>();
          for (const s of budgetStatements(sentence)) {
            if (!s.selfEvaluation || seen.has(s.start)) continue;
            seen.add(s.start);
            place.at(start + s.start);
            checkStatement(ctx, t.cell, s, projects, sentence);
            // A rate the statement gives of its own 预算 and 执行 is text-budget's (of the figures this rule holds to the forms).
            if (!s.rate) checkRate(s.clause, t.cell);
          }
          continue;
        }
        place.at(start + found.index!);
        const stated = Number(found[1] ?? found[2]);
        if (count && stated !== projects.length) {
          ctx.report({ messageId: 'count', data: { phrase: count[0], expected: projects.length }, cells: [t.cell, ...cells], key: count[0], values: [stated, projects.length], difference: stated - projects.length });
        }
        if (self && stated < projects.length) {
          ctx.report({ messageId: 'selfCount', data: { phrase: self[0], expected: projects.length }, cells: [t.cell, ...cells], key: self[0], severity: 'warning', values: [stated, projects.length], difference: stated - projects.length });
        }
        // The totals right after the count, before a 其中 naming projects (其中“…”全年预算数228.00万元: that project's).
        const after = sentence.slice(found.index! + found[0].length).split('其中')[0]!;
        checkUnspent(ctx, t.cell, after.split(/[;；]/)[0]!);
        if (self && stated !== projects.length) continue;
        for (const [field, column, pattern] of TOTALS) {
          const total = formsTotal(projects, field);
          if (total === undefined) continue;
          // The first only: a later one is another figure's.
          const m = [...after.matchAll(pattern)][0];
          if (!m) continue;
          const stated = parseMoney(m[1]!, m[2]!);
          const at = atCommonPrecision(stated, total, '万元');
          if (at.stated === at.table) continue;
          ctx.report({
            messageId: 'amount',
            data: { phrase: m[0], column, expected: amount(total, '万元') },
            cells: [t.cell, ...projects.flatMap((p) => p.funds.total?.[field]?.cell ?? [])],
            key: `${column}${moneyText(stated)}`,
            ...moneyValues([stated.fen, total], (at.stated - at.table) * at.step, stated.unit),
          });
        }
        checkRate(after, t.cell);
      }
    }
  },
});
