/**
 * The generator and the text audit agree on random workbooks: the 公开说明 each preset writes for a random consistent
 * 决算 (fixtures/generate.ts, in its variants: zeros, refunds, tiny and huge amounts, one 款 per 类, no projects) and a
 * random but consistent 说明数据 (上年数 → changes and rates, 年初/全年预算数 → 完成率 and 差异率, 三公 items), typed
 * into the workbook as an accountant would, passes every text rule: no 错误 and no 提示. A finding here is either a
 * wrong figure in the generated text or a rule misreading a right one; each one found is kept below as a fixed case.
 */
import fc from 'fast-check';
import { runAudit } from '../../src/engine/audit/audit';
import { RULES } from '../../src/engine/audit/rules';
import { recognise } from '../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../src/engine/supplement/json';
import { generateNarrative } from '../../src/engine/narrative/generate';
import { shanghai, xinjiang } from '../../src/engine/narrative/presets';
import type { Preset } from '../../src/engine/narrative/preset';
import { documentLines } from '../../src/engine/narrative/sheet';
import type { FinalAccountsData } from '../../fixtures/data';
import { generateAccounts, GenerateOptions } from '../../fixtures/generate';
import { buildWorkbook, BuildOptions, standardPlan, toGrid } from '../../fixtures/workbook';
import { sheet } from '../support/ruleTester';
import { changji2022 } from '../../fixtures/changji-2022/tables';
import { shanghai2024 } from '../../fixtures/shanghai-2024/tables';
import { FUNCTIONAL_SUBJECTS } from '../../src/engine/subjects/functional';

const TEXT_RULES = RULES.filter((r) => r.id.startsWith('text-'));
const PRESETS: readonly Preset[] = [xinjiang, shanghai];

/** A 预算 the 说明数据 lacks is a gap in the text: taken out, as the accountant fills it or drops it (textCoverage). */
const BUDGET_PLACEHOLDER = /年初预算(?:为|数)?【请填写：[^】]*】万元，/g;

/** How the 说明数据 is drawn: each figure it may hold, from its 本年数 and a choice per key. */
export interface SupplementPlan {
  readonly nature: '行政单位' | '参公事业单位' | '事业单位' | '混合';
  /** Per key, a choice of prior-year figure: absent, 0, the same as this year, or this year times a factor. */
  readonly prior: readonly PriorChoice[];
  readonly budget: readonly PriorChoice[];
  readonly procurement: readonly [number, number, number] | null;
  readonly officeCost: number;
  /** Counts of the 事项 (绩效 projects by grade, problems, vehicles, visits), drawn as they must add up; null: none given. */
  readonly counts: readonly [number, number, number, number, number, number] | null;
  /** 项 of last year not in this year's tables (下降100%): indexes into the 项 of the subject dictionary. */
  readonly vanished: readonly number[];
}

const DICTIONARY_ITEMS = FUNCTIONAL_SUBJECTS.filter((s) => s.code.length === 7).map((s) => s.code);
export type PriorChoice = 'none' | 'zero' | 'same' | number;


const line = (lines: FinalAccountsData['summary']['income'], key: string) => lines.find((l) => l.key === key)?.amount ?? 0;

/** This year's figure of each 说明数据 key as the tables hold it (万元). */
export function currentFigures(data: FinalAccountsData, officeCost: number): Map<string, number> {
  const s = data.summary;
  const gb = data.generalBudgetExpenditure;
  const t7 = data.threePublicCosts.actual;
  const m = new Map<string, number>([
    ['收入总计', line(s.income, 'grandTotal')],
    ['支出总计', line(s.expenditure, 'grandTotal')],
    ['本年收入合计', line(s.income, 'yearIncome')],
    ['本年支出合计', line(s.expenditure, 'yearExpenditure')],
    ['财政拨款收入总计', line(data.fiscalSummary.income, 'grandTotal')],
    ['财政拨款支出总计', data.fiscalSummary.expenditure.find((l) => l.key === 'grandTotal')!.values.total!],
    ['一般公共预算财政拨款支出', gb[0]!.values.total!],
    ['一般公共预算财政拨款基本支出', gb[0]!.values.basic!],
    ['人员经费', data.generalBudgetBasic.personnelTotal],
    ['公用经费', data.generalBudgetBasic.publicTotal],
    ['三公经费合计', t7.total!],
    ['因公出国（境）费', t7.overseasTravel!],
    ['公务用车购置及运行维护费', t7.vehicles!],
    ['公务用车购置费', t7.vehiclePurchase!],
    ['公务用车运行维护费', t7.vehicleOperation!],
    ['公务接待费', t7.reception!],
    ['机关运行经费', officeCost],
  ]);
  for (const l of gb) if (l.code !== 'total') m.set(l.code, l.values.total!);
  return m;
}

function figure(choice: PriorChoice, current: number): number | undefined {
  if (choice === 'none') return undefined;
  if (choice === 'zero') return 0;
  if (choice === 'same') return current;
  // Amounts in 万元 with two decimals, as the 说明数据 holds them.
  return Math.round((current === 0 ? Math.abs(choice) : current * choice) * 100) / 100;
}

/** The 说明数据 JSON of a plan: 上年数 and 年初/全年预算数 by choice, reasons where a sentence asks for one. */
export function supplementJson(data: FinalAccountsData, plan: SupplementPlan): Record<string, unknown> {
  const current = currentFigures(data, plan.officeCost);
  for (const i of plan.vanished) {
    const code = DICTIONARY_ITEMS[i % DICTIONARY_ITEMS.length]!;
    if (!current.has(code)) current.set(code, 0);
  }
  const keys = [...current.keys()];
  const indicators: Record<string, Record<string, unknown>> = {};
  keys.forEach((key, i) => {
    const entry: Record<string, unknown> = { 主要原因: '业务变化', 预决算差异原因: '执行变化', 主要用于: '日常运转' };
    const prior = figure(plan.prior[i % plan.prior.length] ?? 'none', current.get(key)!);
    if (prior !== undefined) entry['上年数'] = prior;
    const budget = figure(plan.budget[i % plan.budget.length] ?? 'none', current.get(key)!);
    // 三公 budgets come from table 07; the others from the 说明数据.
    if (budget !== undefined && !/^(三公|因公|公务)/.test(key)) entry[i % 2 ? '年初预算数' : '全年预算数'] = budget;
    if (key === '机关运行经费') {
      if (plan.nature !== '混合') return;
      entry['本年数'] = plan.officeCost;
    }
    indicators[key] = entry;
  });
  const matters: Record<string, unknown> = {};
  if (plan.procurement) {
    const [goods, works, services] = plan.procurement;
    const total = Math.round((goods + works + services) * 100) / 100;
    Object.assign(matters, {
      政府采购支出总额: total,
      政府采购货物支出: goods,
      政府采购工程支出: works,
      政府采购服务支出: services,
      授予中小企业合同金额: Math.round(total * 60) / 100,
      授予小微企业合同金额: Math.round(total * 30) / 100,
    });
  }
  if (plan.counts) {
    const [a, b, c, d, problems, fixed] = plan.counts;
    const reception = data.threePublicCosts.actual.reception!;
    Object.assign(matters, {
      绩效自评项目数: a + b + c + d,
      绩效优项目数: a,
      绩效良项目数: b,
      绩效合格项目数: c,
      绩效不合格项目数: d,
      绩效发现问题数: problems,
      绩效已整改数: Math.min(fixed, problems),
      绩效正在整改数: problems - Math.min(fixed, problems),
      绩效平均得分: 88.5,
      绩效目标项目数: a + b + c + d + 1,
      绩效目标金额: 100.25,
      国内公务接待批次: problems + 1,
      国内公务接待人次: (problems + 1) * 3,
      接待外宾批次: Math.min(1, problems),
      接待外宾人次: Math.min(1, problems) * 2,
      外宾接待费: reception > 0 ? Math.floor(reception * 50) / 100 : 0,
      公务用车保有量: a + 2,
      公务用车购置数: Math.min(1, data.threePublicCosts.actual.vehiclePurchase! > 0 ? 1 : 0),
      '因公出国（境）团组数': data.threePublicCosts.actual.overseasTravel! > 0 ? 1 : 0,
      '因公出国（境）人次': data.threePublicCosts.actual.overseasTravel! > 0 ? 3 : 0,
    });
  }
  if (plan.counts && plan.procurement) {
    // Parts of the 政府采购支出总额, as they must be.
    const total = Math.round(plan.procurement.reduce((x, y) => x + y, 0) * 100);
    const part = (f: number) => Math.floor(total * f) / 100;
    Object.assign(matters, {
      面向中小企业预留项目预算金额: part(0.5),
      面向小微企业预留项目预算金额: part(0.25),
      中小企业中标成交金额: part(0.4),
      小微企业中标成交金额: part(0.15),
      其他项目中小企业中标成交金额: part(0.05),
    });
  }
  return { 单位名称: data.department, 年度: data.year, 单位性质: plan.nature, 指标: indicators, 事项: matters };
}

/** The findings (not 尾差) of the text rules on the document `preset` writes, typed into the workbook. */
export function textFindings(data: FinalAccountsData, json: unknown, preset: Preset, layout: BuildOptions = {}): { lines: string[]; findings: string[] } {
  const grid = toGrid(buildWorkbook(data, standardPlan(data), layout));
  const { supplement, problems } = parseSupplementJson(json);
  expect(problems).toEqual([]);
  const lines = documentLines(generateNarrative(recognise(grid), supplement, preset)).map((l) => l.text.replace(BUDGET_PLACEHOLDER, ''));
  const withText = { ...grid, sheets: [...grid.sheets, sheet('公开说明', lines.map((l) => [l]))] };
  const findings = runAudit({ recognition: recognise(withText), supplement, grid: withText }, TEXT_RULES)
    .filter((f) => f.severity !== 'rounding')
    // A gap the 说明数据 leaves is listed as a gap, not a wrong figure.
    .filter((f) => !(f.rule === 'text-template-leftovers' && f.message.includes('【请填写：')))
    .map((f) => `${f.severity} ${f.rule}: ${f.message}`);
  return { lines, findings };
}

const priorChoice: fc.Arbitrary<PriorChoice> = fc.oneof(
  fc.constantFrom<PriorChoice>('none', 'zero', 'same'),
  fc.constantFrom(0.5, 0.9, 0.999, 1.001, 1.2, 2, 1000, 0.0001),
  fc.double({ min: 0.01, max: 5, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
);

export const supplementPlan: fc.Arbitrary<SupplementPlan> = fc.record({
  nature: fc.constantFrom('行政单位' as const, '参公事业单位' as const, '事业单位' as const, '混合' as const),
  prior: fc.array(priorChoice, { minLength: 1, maxLength: 24 }),
  budget: fc.array(priorChoice, { minLength: 1, maxLength: 24 }),
  procurement: fc.option(
    fc.tuple(fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 0, max: 1e7 })).map(
      ([a, b, c]) => [a / 100, b / 100, c / 100] as const,
    ),
  ),
  officeCost: fc.integer({ min: 0, max: 1e8 }).map((c) => c / 100),
  vanished: fc.array(fc.nat(), { maxLength: 3 }),
  counts: fc.option(fc.tuple(...[0, 1, 2, 3, 4, 5].map(() => fc.nat({ max: 9 }))) as fc.Arbitrary<[number, number, number, number, number, number]>),
});

/** Table 07's 预算数 drawn afresh, item by item (0, the 决算, or a factor of it), its sums kept. */
export function withThreePublicBudget(data: FinalAccountsData, factors: readonly [number, number, number, number]): FinalAccountsData {
  const a = data.threePublicCosts.actual;
  const [o, p, v, r] = [a.overseasTravel!, a.vehiclePurchase!, a.vehicleOperation!, a.reception!].map((x, i) => Math.round(x * factors[i]! * 100) + (x === 0 && factors[i]! > 1 ? 123 : 0));
  const w = (c: number) => c / 100;
  const budget = { total: w(o! + p! + v! + r!), overseasTravel: w(o!), vehicles: w(p! + v!), vehiclePurchase: w(p!), vehicleOperation: w(v!), reception: w(r!) };
  return { ...data, threePublicCosts: { ...data.threePublicCosts, budget } };
}

export const threePublicFactors = fc.option(fc.tuple(...[0, 1, 2, 3].map(() => fc.constantFrom(0, 1, 0.5, 1.5, 3, 0.999))) as fc.Arbitrary<[number, number, number, number]>);

/** Layouts of the tables that must not change a figure of the text: units, blanks for zeros, table 07's columns. */
export const layout: fc.Arbitrary<BuildOptions> = fc.record(
  {
    unit: fc.constantFrom('万元' as const, '元' as const, '千元' as const),
    blankZeros: fc.boolean(),
    threePublicLayout: fc.constantFrom('A' as const, 'B' as const, 'C' as const, 'SH' as const),
  },
  { requiredKeys: [] },
);

export const accountsOptions: fc.Arbitrary<{ seed: number; options: GenerateOptions }> = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  options: fc.record({
    items: fc.integer({ min: 1, max: Number(process.env.NARRATIVE_ITEMS ?? 40) }),
    projects: fc.integer({ min: 0, max: 2 }),
    scale: fc.constantFrom(1, 1, 1, 0.0001, 0.01, 1000),
    zeros: fc.constantFrom(0, 0, 0.3, 1),
    refunds: fc.constantFrom(0, 0, 0, 0.1),
    oneSection: fc.boolean(),
    allThreePublic: fc.boolean(),
    balances: fc.boolean(),
    classes: fc.integer({ min: 1, max: 25 }),
  }),
});

/** Cents of a written amount (1,234.56 or 1234.56). */
const toCents = (s: string) => Math.round(Number(s.replace(/,/g, '')) * 100);
/** a / b × 100 in hundredths of a percent, half away from zero, in integers (a, b in cents). */
function percent(a: number, b: number): number {
  const q = Math.floor((2 * Math.abs(a) * 10_000 + Math.abs(b)) / (2 * Math.abs(b)));
  return Math.sign(a) * Math.sign(b) * q;
}
const hundredths = (s: string) => Math.round(Number(s) * 100);

/**
 * Every share, change, rate and 项 amount of the document recomputed here from the workbook's figures and the
 * 说明数据, in integer cents, with none of the engine's code: the mismatches, in words.
 */
export function recomputedMismatches(
  data: FinalAccountsData,
  json: Record<string, unknown>,
  lines: readonly string[],
  officeCost: number,
): { bad: string[]; checked: number } {
  const bad: string[] = [];
  const text = lines.join('\n');
  const checked = [/占[^%]{0,12}%/g, /(增加|减少)[\d,]+\.\d{2}万元/g, /预决算差异率|完成(年初)?预算的/g, /科目\d{7}[(（]项/g].reduce((n, r) => n + (text.match(r)?.length ?? 0), 0);
  const current = new Map([...currentFigures(data, officeCost)].map(([k, v]) => [k, toCents(String(v))]));
  const indicators = json['指标'] as Record<string, Record<string, number>>;
  const matters = json['事项'] as Record<string, number>;
  const base: Record<string, number> = {
    二: current.get('本年收入合计')!,
    三: current.get('本年支出合计')!,
    五: current.get('一般公共预算财政拨款支出')!,
    七: current.get('三公经费合计')!,
  };
  // Every (增减额, 增减率) a change sentence may state.
  const changes: { word: string; delta: number; rate: string | null; key: string }[] = [];
  for (const [key, entry] of Object.entries(indicators)) {
    if (entry['上年数'] === undefined) continue;
    const cur = key === '机关运行经费' ? toCents(String(entry['本年数'])) : (current.get(key) ?? 0);
    const prior = toCents(String(entry['上年数']));
    const delta = cur - prior;
    let rate: string | null = null;
    if (prior > 0 && cur >= 0) rate = (percent(Math.abs(delta), prior) / 100).toFixed(2);
    else if (prior === 0 && cur > 0) rate = '100.00';
    else if (prior === 0 && cur === 0) rate = '0.00';
    changes.push({ word: delta >= 0 ? '增加' : '减少', delta: Math.abs(delta), rate, key });
  }
  // Amounts by the words in front of them (the longest label the words end with; 支出/决算/为 after a 三公 item).
  const t1 = data.summary;
  const t4 = data.fiscalSummary;
  const t4e = (key: string) => toCents(String(t4.expenditure.find((l) => l.key === key)!.values.total));
  const totals = (lines: readonly { code: string; values: Readonly<Record<string, number>> }[], column: string) => toCents(String(lines[0]!.values[column]));
  const amounts = new Map<string, number>([
    ['收入总计', toCents(String(line(t1.income, 'grandTotal')))],
    ['本年收入合计', toCents(String(line(t1.income, 'yearIncome')))],
    ['使用非财政拨款结余', toCents(String(line(t1.income, 'useOfNonFiscalSurplus')))],
    ['年初结转和结余', toCents(String(line(t1.income, 'openingBalance')))],
    ['支出总计', toCents(String(line(t1.expenditure, 'grandTotal')))],
    ['本年支出合计', toCents(String(line(t1.expenditure, 'yearExpenditure')))],
    ['结余分配', toCents(String(line(t1.expenditure, 'surplusDistribution')))],
    ['年末结转和结余', toCents(String(line(t1.expenditure, 'closingBalance')))],
    ['财政拨款收入总计', toCents(String(line(t4.income, 'grandTotal')))],
    ['年初财政拨款结转和结余', toCents(String(line(t4.income, 'openingBalance')))],
    ['财政拨款本年收入', toCents(String(line(t4.income, 'yearIncome')))],
    ['财政拨款支出总计', t4e('grandTotal')],
    ['年末财政拨款结转和结余', t4e('closingBalance')],
    ['财政拨款本年支出', t4e('yearExpenditure')],
    ['财政拨款收入', totals(data.income, 'fiscal')],
    ['事业收入', totals(data.income, 'businessIncome')],
    ['基本支出', totals(data.expenditure, 'basic')],
    ['项目支出', totals(data.expenditure, 'project')],
    ['一般公共预算财政拨款支出', totals(data.generalBudgetExpenditure, 'total')],
    ['一般公共预算财政拨款基本支出', totals(data.generalBudgetExpenditure, 'basic')],
    ['人员经费', current.get('人员经费')!],
    ['公用经费', current.get('公用经费')!],
    ['因公出国（境）费', current.get('因公出国（境）费')!],
    ['公务用车购置及运行维护费', current.get('公务用车购置及运行维护费')!],
    ['公务用车购置费', current.get('公务用车购置费')!],
    ['公务用车购置', current.get('公务用车购置费')!],
    ['公务用车运行维护费', current.get('公务用车运行维护费')!],
    ['公务用车运行维护', current.get('公务用车运行维护费')!],
    ['公务接待费', current.get('公务接待费')!],
  ]);
  const seen = new Set<string>();
  const labels = [...amounts.keys()].sort((a, b) => b.length - a.length);
  let section = '';
  // The 类 of §五(二) one a line (新疆) are one list of shares: joined.
  const CLASS_SHARE = /^\d+\. [^：]*\(类\)-?[\d,]+\.\d{2}万元，占/;
  const joined = lines.reduce<string[]>((out, l, i) => {
    if (i > 0 && CLASS_SHARE.test(l) && CLASS_SHARE.test(lines[i - 1]!)) out[out.length - 1] += l;
    else out.push(l);
    return out;
  }, []);
  for (const line of joined) {
    for (const m of line.matchAll(/([\u4e00-\u9fa5“”（）]+)(-?[\d,]+\.\d{2})万元/g)) {
      const words = m[1]!.replace(/为$/, '');
      let prefix = '';
      const label = labels.find((l) => {
        const at = new RegExp(/^(因公|公务)/.test(l) ? `${l}(?:支出)?(?:决算)?$` : `${l}$`).exec(words);
        prefix = at ? words.slice(0, at.index) : '';
        return at !== null;
      });
      if (!label || (prefix && /[\u4e00-\u9fa5]$/.test(prefix) && !/(度|其中|本年)$/.test(prefix))) continue;
      // Words that name another table's figure in §八/§九 (政府性基金's 基本支出, 年初结转和结余) are read where they mean these.
      const where: Record<string, string> = { 基本支出: '三', 项目支出: '三', 年初结转和结余: '一', 年末结转和结余: '一', 结余分配: '一', 财政拨款收入: '二', 事业收入: '二' };
      if (where[label] && where[label] !== section) continue;
      seen.add(label);
      if (amounts.get(label) !== toCents(m[2]!)) bad.push(`${label} is ${amounts.get(label)! / 100}, written ${m[2]} (${m[0]})`);
    }
    const heading = /^([一二三四五六七八九十]+)、/.exec(line);
    if (heading) section = heading[1]!;
    // Shares.
    const shares = [...line.matchAll(/([\d,]+\.\d{2})万元，占(本年支出合计的|政府采购支出总额的)?(-?[\d.]+)%/g)];
    const listed = shares.filter((m) => !m[2]);
    shares.forEach((m) => {
      const amount = toCents(m[1]!);
      const b =
        m[2] === '本年支出合计的' ? current.get('本年支出合计')! : m[2] === '政府采购支出总额的' ? toCents(String(matters['政府采购支出总额'])) : base[section];
      if (b === undefined) return void bad.push(`a share in section ${section} with no known base: ${m[0]}`);
      if (b === 0) return;
      const exact = percent(amount, b);
      const written = hundredths(m[3]!);
      // The last item other than 0 takes the residual of rounding, so that the shares sum to 100.00% (DOMAIN §5).
      const nonZero = listed.filter((x) => toCents(x[1]!) !== 0);
      const last = nonZero.length > 1 && m === nonZero[nonZero.length - 1];
      if (written !== exact && !(last && Math.abs(written - exact) <= nonZero.length)) bad.push(`${m[0]}: ${amount}/${b} is ${exact / 100}% (${line.slice(0, 40)})`);
      if (amount === 0 && written !== 0) bad.push(`a zero amount with a share: ${m[0]}`);
    });
    if (listed.length > 1 && base[section]) {
      const sum = listed.reduce((s, m) => s + toCents(m[1]!), 0);
      const shareSum = listed.reduce((s, m) => s + hundredths(m[3]!), 0);
      // Not where the last item's share is exact (30.00% is not printed 29.99%: 0.11, 0.38, 0.63 and 0.48 of 1.60 万元
      // print 6.88 + 23.75 + 39.38 + 30.00 = 100.01%, arithmetic.ts's choice), nor where the residual is more than
      // rounding (⌊n/2⌋ for n items other than 0) or would take the last share below 0.
      const nonZero = listed.filter((m) => toCents(m[1]!) !== 0);
      const lastOne = nonZero[nonZero.length - 1];
      const residual = 10_000 - listed.reduce((s, m) => s + percent(toCents(m[1]!), base[section]!), 0);
      const adjustable =
        lastOne !== undefined &&
        residual !== 0 &&
        Math.abs(residual) <= Math.floor(nonZero.length / 2) &&
        percent(toCents(lastOne[1]!), base[section]!) * base[section]! !== toCents(lastOne[1]!) * 10_000 &&
        percent(toCents(lastOne[1]!), base[section]!) + residual >= 0;
      const expected = adjustable ? 10_000 : 10_000 - residual;
      if (sum === base[section] && shareSum !== expected && listed.every((m) => toCents(m[1]!) >= 0))
        bad.push(`shares sum to ${shareSum / 100}%, not ${expected / 100}%: ${line.slice(0, 60)}`);
    }
    // Changes against the prior year.
    for (const m of line.matchAll(/(增加|减少)([\d,]+\.\d{2})万元(?:，(增长|下降)([\d.]+)%)?/g)) {
      const delta = toCents(m[2]!);
      const fits = changes.filter((c) => c.delta === delta && (c.word === m[1] || delta === 0));
      if (!fits.length) bad.push(`no figure changes by ${m[1]}${m[2]}: ${line.slice(0, 50)}`);
      else if (m[4] !== undefined && !fits.some((c) => c.rate === null || Number(c.rate) === Number(m[4]))) bad.push(`${m[0]}: expected ${fits.map((c) => `${c.key} ${c.rate}`).join(' / ')}`);
      if (m[3] && ((m[1] === '增加') !== (m[3] === '增长'))) bad.push(`words disagree: ${m[0]}`);
    }
    // Budgets: 差异率 and 完成率.
    for (const m of line.matchAll(/预算数([\d,]+\.\d{2})万元，决算数([\d,]+\.\d{2})万元，预决算差异率(-?[\d.]+)%/g)) {
      const [b, a] = [toCents(m[1]!), toCents(m[2]!)];
      // Both 0: 差异率0.00% (新疆's reference, a preset choice); a budget of 0 alone has no rate.
      const expected = b === 0 ? (a === 0 ? 0 : null) : percent(a - b, b);
      if (expected !== hundredths(m[3]!)) bad.push(`${m[0]}: expected ${expected === null ? 'none' : expected / 100}`);
    }
    for (const m of line.matchAll(/预算为([\d.]+)万元，支出决算为([\d.]+)万元，完成(?:年初)?预算的([\d.]+)%/g)) {
      const [b, a] = [toCents(m[1]!), toCents(m[2]!)];
      if (b === 0 || percent(a, b) !== hundredths(m[3]!)) bad.push(`${m[0]}: expected ${b ? percent(a, b) / 100 : 'none'}`);
    }
    const budget7 = data.threePublicCosts.budget;
    const items7: Record<string, number> = { '因公出国（境）费': budget7.overseasTravel!, 公务用车购置及运行维护费: budget7.vehicles!, 公务接待费: budget7.reception! };
    for (const m of line.matchAll(/(因公出国（境）费|公务用车购置及运行维护费|公务接待费)(?:支出)?决算为([\d.]+)万元，完成预算的([\d.]+)%/g)) {
      const b = toCents(String(items7[m[1]!]));
      if (b === 0 || percent(toCents(m[2]!), b) !== hundredths(m[3]!)) bad.push(`${m[0]}: budget ${b / 100}`);
    }
    // Totals stated before their budget's rate.
    for (const m of line.matchAll(/“三公”经费(?:财政拨款)?支出(?:(?:年初|全年)预算(?:为|数)[\d,.]+万元，)?(?:支出)?决算(?:数|为)?([\d,]+\.\d{2})万元/g))
      if (toCents(m[1]!) !== current.get('三公经费合计')) bad.push(`三公经费合计 is ${current.get('三公经费合计')! / 100}, written ${m[1]}`);
    for (const m of line.matchAll(/一般公共预算财政拨款支出(?:年初预算为[^，]*，)?支出决算为([\d,]+\.\d{2})万元/g))
      if (toCents(m[1]!) !== current.get('一般公共预算财政拨款支出')) bad.push(`一般公共预算财政拨款支出 is ${current.get('一般公共预算财政拨款支出')! / 100}, written ${m[1]}`);
    // Each 项's amount.
    for (const m of line.matchAll(/科目(\d{7})[(（]项[)）][：。].*?支出决算(?:数)?为([\d,]+\.\d{2})万元/g)) {
      const want = current.get(m[1]!);
      if (want !== toCents(m[2]!)) bad.push(`${m[1]} is ${want! / 100}, written ${m[2]}`);
    }
  }
  if (process.env.NARRATIVE_DEBUG) console.log([...seen].join(' '));
  return { bad, checked: checked + seen.size };
}

type Example = [{ seed: number; options: GenerateOptions }, SupplementPlan, [number, number, number, number] | null, BuildOptions];
const plan = (p: Partial<SupplementPlan>): SupplementPlan => ({
  nature: '行政单位',
  prior: ['none'],
  budget: ['none'],
  procurement: null,
  officeCost: 0,
  counts: null,
  vanished: [],
  ...p,
});
const base = { items: 1, projects: 0, scale: 1, zeros: 0, refunds: 0, oneSection: false, allThreePublic: false, balances: false };

/**
 * Shrunk cases the search met, run first every time. Each was a disagreement of the check with the text, the text
 * being right each time: 0.93 and 0.03 of 0.96 万元 are 96.88% and 3.12% (the last item other than 0 takes the residual,
 * the zeros listed after it do not); 0.00 of a 预算 of 0.00 is 预决算差异率0.00% (the reference's 因公出国); a 上年数 of
 * 0.575 万元 is 0.58; a 政府采购 of 0.00 with 中小企业 parts of it; shares of 类 not summing to 100.00% where the last
 * one is exact; the fixtures' own figures.
 */
const EXAMPLES: readonly Example[] = [
  [{ seed: 1804250342, options: { ...base, items: 3, scale: 0.0001, zeros: 0.3 } }, plan({ prior: [0.01], budget: [0.01] }), null, {}],
  [{ seed: 1, options: base }, plan({ prior: ['none'], budget: [0.5] }), [0, 1, 1, 1.5], {}],
  [{ seed: 1, options: { ...base, zeros: 1 } }, plan({ prior: [0.575, 'none'], budget: [0.01] }), [0, 0, 0, 0], {}],
  [{ seed: 1, options: base }, plan({ prior: [0.5], budget: [0.01], procurement: [0, 0, 0], counts: [0, 0, 0, 0, 0, 0] }), null, {}],
  [{ seed: 777, options: { ...base, items: 6, projects: 2, allThreePublic: true, balances: true, refunds: 0.3 } },
    plan({ nature: '混合', prior: [1.2, 'zero', 0.7, 'same', 'none'], budget: [1.1, 0.8, 'zero', 'same'], procurement: [10.5, 3.25, 7.5], officeCost: 12.34, vanished: [5, 100], counts: [1, 2, 3, 0, 4, 2] }),
    [1, 0.5, 3, 0.999], { unit: '元', blankZeros: true, threePublicLayout: 'SH' }],
  // 0.11, 0.38, 0.63 and 0.48 of 1.60 万元 in four 类: 100.01%, the last share being exact (30.00%).
  [{ seed: 23, options: { ...base, items: 6, scale: 0.0001, zeros: 0.3, classes: 6 } }, plan({ budget: [0.5] }), null, {}],
  // The fixtures: 新疆's 其他支出 18.55 of 1,363.45 printed 1.35% (the residual), the 上海 政府性基金's 基本支出.
  [{ seed: 8, options: base }, plan({ prior: [0.5], budget: [0.01] }), null, {}],
  [{ seed: 1, options: base }, plan({ budget: [0.5] }), null, {}],
];

(process.env.NARRATIVE_SKIP ? describe.skip : describe)('the 公开说明 of a random workbook', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s preset: passes every text rule, and each share, change and rate recomputes from the tables',
    (_id, preset) => {
      const runs = Number(process.env.NARRATIVE_RUNS ?? 25);
      let total = 0;
      fc.assert(
        fc.property(accountsOptions, supplementPlan, threePublicFactors, layout, ({ seed, options }, plan, factors, tables) => {
          // One book in eight is a fixture's (新疆's sample with its 尾差, the 上海 one with its 政府性基金).
          const generated = seed % 8 === 0 ? changji2022 : seed % 8 === 1 ? shanghai2024 : generateAccounts(seed, options);
          const data = factors ? withThreePublicBudget(generated, factors) : generated;
          const json = supplementJson(data, plan);
          const { lines, findings } = textFindings(data, json, preset, tables);
          expect(findings).toEqual([]);
          const { bad, checked } = recomputedMismatches(data, json, lines, plan.officeCost);
          expect(bad).toEqual([]);
          total += checked;
        }),
        { numRuns: runs, examples: [...EXAMPLES] },
      );
      // The sentences were there to check (an all-zero book has few).
      expect(total).toBeGreaterThan(runs * 5);
    },
  );
});

describe('the recomputation can fail', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s preset: each share, rate or 项 amount off by 0.01 is found', (_id, preset) => {
    const data = generateAccounts(5, { items: 10, classes: 4, balances: true, allThreePublic: true });
    const p = plan({ prior: [1.2, 0.7, 'zero', 'same'], budget: [1.1, 0.8], procurement: [10.5, 3.25, 7.5] });
    const json = supplementJson(data, p);
    const { lines } = textFindings(data, json, preset);
    expect(recomputedMismatches(data, json, lines, 0).bad).toEqual([]);
    const FIGURE = /(?<=占(?:本年支出合计的|政府采购支出总额的)?|增长|下降|差异率|预算的)-?\d+\.\d{2}(?=%)|(?<=支出决算(?:数)?为)[\d,]+\.\d{2}(?=万元)/g;
    let planted = 0;
    const missed: string[] = [];
    lines.forEach((line, i) => {
      for (const m of line.matchAll(FIGURE)) {
        const [int, dec] = m[0].replace(/,/g, '').split('.') as [string, string];
        const cents = Number(int) * 100 + Math.sign(Number(int) || 1) * Number(dec) + 1;
        const wrong = (cents / 100).toFixed(2);
        const typed = lines.map((l, j) => (j === i ? l.slice(0, m.index) + wrong + l.slice(m.index! + m[0].length) : l));
        planted++;
        if (!recomputedMismatches(data, json, typed, 0).bad.length) missed.push(`${m[0]} → ${wrong}: ${line.slice(0, 60)}`);
      }
    });
    expect(planted).toBeGreaterThan(20);
    expect(missed).toEqual([]);
  });
});

/**
 * Known gap (recorded, not fixed here): in the 上海 form of §五(三), `…科目20201（款）科目2020101（项）。主要用于：…。
 * 支出决算为1301.47万元。`, a 项 whose table name is not words (the generated books' `科目2020101`) is not matched to its
 * row by text-figures, so a mistyped 1786.31 there passes; with dictionary names (行政运行) it is found, and the 新疆 form
 * (`(项)：支出决算数为`) is found either way. `it.failing` turns red when the rule reads such names.
 */
it.failing('上海 §五(三): a wrong amount of a 项 named 科目2020101 is found by the text rules', () => {
  const data = generateAccounts(14, { items: 8, classes: 3, balances: true, allThreePublic: true, projects: 1 });
  const p = { prior: [1.2, 0.7, 'zero', 'same', 0.5] as PriorChoice[], budget: [1.1, 0.8, 1.3], procurement: [10.5, 3.25, 7.5] as const };
  const json = supplementJson(data, plan({ ...p, vanished: [3], counts: [1, 2, 0, 0, 2, 1] }));
  const { lines } = textFindings(data, json, shanghai);
  const i = lines.findIndex((l) => l.includes('科目2020101（项）'));
  const typed = lines.map((l, j) => (j === i ? l.replace('支出决算为1301.47万元', '支出决算为1786.31万元') : l));
  expect(typed[i]).not.toEqual(lines[i]);
  const grid = toGrid(buildWorkbook(data, standardPlan(data)));
  const { supplement } = parseSupplementJson(json);
  const findings = (typedLines: string[]) => {
    const book = { ...grid, sheets: [...grid.sheets, sheet('公开说明', typedLines.map((l) => [l]))] };
    return runAudit({ recognition: recognise(book), supplement, grid: book }, TEXT_RULES)
      .filter((f) => f.severity === 'error' && !f.message.includes('【请填写：'))
      .map((f) => f.message);
  };
  expect(findings(lines)).toEqual([]);
  expect(findings(typed).length).toBeGreaterThan(0);
});
