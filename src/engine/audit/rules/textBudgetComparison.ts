/**
 * The words comparing 决算 with 预算 must agree with the figures: "决算数大于预算数的主要原因" where the 决算 is
 * smaller, "决算数与预算数持平" or "等于" where they differ, "存在差异" where they are equal. The figures are those
 * of the statement the words follow (上海: "年初预算为 X 万元，支出决算为 Y 万元。决算数大于预算数的主要原因：…"): the
 * last one before the words, or the last one about the same item when the words name it ("“三公”经费支出决算数
 * 小于预算数"; none when that item's figures are not stated); a completion or variance rate stands in for the
 * figures when they are not stated.
 */
import { defineRule } from '../rule';
import { budgetKindOf, budgetStatements, BudgetStatement, itemKey, statedBudget } from '../shared/budgetText';
import { tablesYear } from '../shared/documentYear';
import { moneyText, oneScale, textCells } from '../shared/textScan';

type Relation = 'greater' | 'less' | 'equal' | 'nearlyEqual' | 'different' | 'bothZero' | 'notGreater' | 'notLess';

const WORDS: Readonly<Record<string, Relation>> = {
  大于: 'greater', 高于: 'greater', 超过: 'greater', 超出: 'greater', 多于: 'greater',
  小于: 'less', 低于: 'less', 少于: 'less',
  等于: 'equal', 持平: 'equal', 一致: 'equal', 相等: 'equal', 相同: 'equal', 相符: 'equal',
  基本持平: 'nearlyEqual', 基本一致: 'nearlyEqual', 基本相符: 'nearlyEqual',
  存在差异: 'different', 有差异: 'different', 有所差异: 'different',
  均为0: 'bothZero',
};

const INVERSE: Readonly<Partial<Record<Relation, Relation>>> = { greater: 'less', less: 'greater' };
/** The order words denied (未超过, 没有超出, 不高于): not greater, or not less; the one the figures cannot contradict by being equal. */
const DENIED: Readonly<Partial<Record<Relation, Relation>>> = { greater: 'notGreater', less: 'notLess' };
/** The words that order the two (大于, 低于…), and 等于, which the order words denied (ORDER_ONLY) do not take: 不等于 is no order. */
const ORDER_WORDS = ['大于', '高于', '超过', '超出', '多于', '小于', '低于', '少于'] as const;
const ORDER_ONLY = ORDER_WORDS.join('|');
const ORDER = [...ORDER_WORDS, '等于'].join('|');
const LIKE = '基本持平|基本一致|基本相符|持平|一致|相等|相同|相符|存在差异|有差异|有所差异|均为0';
/** Which 预算 (年初, 全年, or named as adjusted: 调整预算, 调整后预算数, 年中调整预算, helper-h95: unread), not captured. */
const KIND_WORDS = '年初|全年|调整后?|年中调整';
const KIND = `(?:${KIND_WORDS})?`;
/**
 * 湖南 桃江 2019 (http://taojiang.gov.cn/26631/26632/content_2001885.html): “本年度“三公经费”决算数未超过2019年预算数”, the
 * order word denied and the 预算 named by its year: unread, a 决算 above the 预算 passed (helper-h283). Not a bare 不: 不等于
 * is no order.
 */
const DENIAL = '(?:未|没有|不)';
/**
 * The 预算's year, captured: only the document's own is this year's 预算 (决算数未超过2021年预算数 in a 2022 text compares with
 * another year's, which no table holds: held to this year's 年初预算 4.00 below a 决算 of 4.99, a right text was a 错误; helper-h289).
 */
const YEAR = '(?:((?:19|20)\\d{2})年度?)?';
const PHRASES: readonly [RegExp, boolean, boolean?][] = [
  [new RegExp(`决算数?(${ORDER})${KIND}预算数?`, 'g'), false],
  [new RegExp(`决算数?${DENIAL}(${ORDER_ONLY})${YEAR}${KIND}预算数?`, 'g'), false, true],
  [new RegExp(`决算数?与${KIND}预算数?(${LIKE})`, 'g'), false],
  [new RegExp(`${KIND}预算数?(${ORDER})决算数?`, 'g'), true],
  [new RegExp(`${KIND}预算数?与决算数?(${LIKE})`, 'g'), false],
];

/** "Basically equal" is a judgement: within 5% of the 预算. */
const NEARLY_BASIS = 500;

interface Evidence {
  /** 决算 − 预算 as a sign, and |决算 − 预算| ÷ 预算 in 0.01 % where the 预算 is not 0. */
  readonly sign: number;
  readonly gapBasis?: number;
  readonly bothZero: boolean;
  readonly text: string;
}

function evidenceOf(s: BudgetStatement): Evidence | undefined {
  if (s.budget && s.actual) {
    const [a, b] = oneScale(s.actual, s.budget) as [number, number];
    const gap = b === 0 ? undefined : Math.round((Math.abs(a - b) * 10_000) / Math.abs(b));
    return { sign: Math.sign(a - b), ...(gap === undefined ? {} : { gapBasis: gap }), bothZero: a === 0 && b === 0, text: `预算 ${moneyText(s.budget)}、决算 ${moneyText(s.actual)}` };
  }
  if (s.rate) {
    const gap = s.rate.kind === 'completion' ? Math.round(s.rate.value * 100) - 10_000 : Math.round(s.rate.value * 100);
    return { sign: Math.sign(gap), gapBasis: Math.abs(gap), bothZero: false, text: s.rate.phrase };
  }
  return undefined;
}

/**
 * The text's statements, a clause whose 决算 or 预算 is written in 亿 as read in 亿元 too (决算38.72亿元，预算45.00亿元。决算数大于预算数…:
 * budgetStatements' inYi), where read in 万元 and 元 alone it gives no 预算 and 决算: the words after it were held to nothing, or
 * to a clause before (helper-h274: unread, words the figures contradict passed). Each compared at the 0.01 亿 it is written to.
 */
function withYi(text: string): BudgetStatement[] {
  const inWan = budgetStatements(text);
  if (!text.includes('亿')) return inWan;
  const inYi = budgetStatements(text, true).filter((y) => [y.actual, y.budget].some((m) => m?.writtenUnit?.startsWith('亿') === true));
  const out = inWan.map((s) => (s.budget && s.actual ? s : (inYi.find((y) => y.start === s.start && y.budget && y.actual) ?? s)));
  for (const y of inYi) if (y.budget && y.actual && !out.some((s) => s.start === y.start)) out.push(y);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The item a statement is about, its subject read with the 支出 subjectOf drops (上海: "一般公共预算财政拨款支出年初预算为…，支出
 * 决算为…，决算数小于预算数": the subject 一般公共预算财政拨款 keys nothing, the words' clause keys 一般公共预算财政拨款支出, and the
 * words, naming an item no statement had, were held to nothing: unread, words the figures contradict passed).
 */
function statementKey(s: BudgetStatement): string | undefined {
  return itemKey(s.subject) ?? (s.subject === '' ? undefined : itemKey(`${s.subject}支出`));
}

/**
 * The evidence of the 预算 the words name (决算数小于全年预算数) where the clause states a 年初 and a 全年 one (…4.99万元，年初预算数为
 * 4.50万元，全年预算数为5.00万元): held to the first, the 年初's, right words were a 错误 (review r294).
 */
const KIND_NAMED = new RegExp(`(${KIND_WORDS})预算`);
function namedBudgetEvidence(s: BudgetStatement, words: string): Evidence | undefined {
  const kind = budgetKindOf(KIND_NAMED.exec(words)?.[1]);
  return s.budget && s.actual && kind !== '' ? evidenceOf({ ...s, budget: statedBudget(s, kind) }) : evidenceOf(s);
}

function agrees(relation: Relation, e: Evidence): boolean {
  switch (relation) {
    case 'greater':
      return e.sign > 0;
    case 'less':
      return e.sign < 0;
    case 'equal':
      return e.sign === 0;
    case 'nearlyEqual':
      return e.sign === 0 || (e.gapBasis !== undefined && e.gapBasis <= NEARLY_BASIS);
    case 'different':
      return e.sign !== 0;
    case 'bothZero':
      return e.bothZero;
    case 'notGreater':
      return e.sign <= 0;
    case 'notLess':
      return e.sign >= 0;
  }
}

export default defineRule({
  id: 'text-budget-comparison',
  title: '公开说明中决算数与预算数的比较用词与数字一致',
  severity: 'error',
  tables: [],
  messages: { mismatch: '说明文字“{phrase}”与数字不符：{evidence}。请改正比较用词或数字。' },
  check(ctx) {
    for (const t of textCells(ctx)) {
      if (!/预算/.test(t.text) || !/决算/.test(t.text)) continue;
      const statements = withYi(t.text)
        .map((s) => ({ s, e: evidenceOf(s), key: statementKey(s) }))
        .filter((x): x is { s: BudgetStatement; e: Evidence; key: string | undefined } => x.e !== undefined);
      for (const [re, inverted, denied] of PHRASES) {
        for (const m of t.text.matchAll(re)) {
          const word = m[1]!;
          if (m[2] !== undefined && Number(m[2]) !== (tablesYear(ctx) ?? Number(m[2]))) continue;
          const stated = inverted ? (INVERSE[WORDS[word]!] ?? WORDS[word]!) : WORDS[word]!;
          const relation = denied ? DENIED[stated]! : stated;
          // The words may name their item: "2024年度三公经费支出决算数小于预算数".
          const clauseStart = Math.max(...['。', ';', '其中:'].map((mark) => t.text.lastIndexOf(mark, m.index! - 1) + 1));
          const key = itemKey(t.text.slice(clauseStart, m.index!));
          // Words that name their item speak of that item's figures only; others of the last figures before them.
          const before = statements.filter((x) => x.s.start <= m.index! && (!key || x.key === key));
          const chosen = before[before.length - 1];
          const evidence = chosen && namedBudgetEvidence(chosen.s, m[0]);
          if (!chosen || !evidence || agrees(relation, evidence)) continue;
          ctx.report({
            messageId: 'mismatch',
            data: { phrase: m[0], evidence: evidence.text },
            cells: [t.cell],
            key: `${m.index}${m[0]}`,
            severity: relation === 'nearlyEqual' ? 'warning' : 'error',
          });
        }
      }
    }
  },
});
