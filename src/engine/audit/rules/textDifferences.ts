/**
 * A 差额 stated right after two amounts (重庆: "本年收入合计1372.79万元，本年支出合计1488.29万元，差额115.50万元由使用非财政
 * 拨款结余弥补"; "年初预算5.00万元，决算4.99万元，差额0.01万元") is the difference of those two, as the text states them:
 * within 0.01 万元 (either may be rounded from 元), its sign not read (差额-115.50 and 差额115.50 say the same). The two
 * amounts are the last before it, each after its name, one clause each. Unread, a wrong one passed (helper-82).
 * Amounts in 亿元 too, at the coarser precision (福州鼓楼区 2021: 收入合计55.60亿元，支出合计49.10亿元，年终结余6.50亿元), and a
 * 年终结余 after a 收入合计 (not 本年收入合计: it leaves out the 上年结余 the 结余 holds) and its 支出 or 支出合计, the 结余 of
 * a 总决算's balance: unread before helper-257, a wrong one passed.
 */
import { defineRule } from '../rule';
import { amount, moneyValues } from '../measure';
import { atCommonPrecision, FIGURE_MONEY, mayStateAmount, moneyText, parseMoney, textCells } from '../shared/textScan';

/** A name's amount, the next name's amount, then 差额 (or 年终结余) and its amount: groups 1–2, 4–5 and 7–8 the amounts. */
const DIFFERENCE = new RegExp(
  `[\\u4e00-\\u9fa5)](?:为|是|:)?${FIGURE_MONEY}[,，](?<second>[\\u4e00-\\u9fa5()]{2,30}?)(?:为|是|:)?${FIGURE_MONEY}[,，](?<label>(?:两者|二者|收支|两项)?差额|年终结余)(?:为|是|:)?${FIGURE_MONEY}`,
  'g',
);
/** Before the first amount of a 年终结余: a 收入合计 not of the year alone (本年收入合计 leaves out the 上年结余 the 结余 holds). */
const BALANCE_INCOME = /(?<!本年)收入合计(?:为|是|:)?$/;
/** The second amount's name before a 年终结余: the 支出 or 支出合计 the 收入合计 is balanced by. */
const BALANCE_EXPENDITURE = /^支出(?:合计)?$/;

/**
 * A 收支结余 after an income and an expenditure, each perhaps followed by its rates (东阳 2023: 社会保险基金收入22.39亿元，比上年增长
 * 7.3%；社会保险基金支出19.85亿元，比上年增长19.8%。2023年收支结余2.54亿元): groups 1–2, 3–4 and 6–7 the amounts (5 the label). Not after a
 * 收入总计 (balanced by its 支出总计, it leaves no 结余), nor after a part of the income (其中：…；其他收入…). Unread before
 * helper-257, a wrong one passed.
 */
const RATES = `(?:[,，][^，,。；;%]{0,20}?\\d[\\d.]*%){0,2}`;
const SURPLUS = new RegExp(
  `收入(?:合计)?(?:为|是|:)?${FIGURE_MONEY}${RATES}[,，；;][\\u4e00-\\u9fa5()]{0,20}?支出(?:合计)?(?:为|是|:)?${FIGURE_MONEY}${RATES}[,，；;。](?:\\d{4}年度?)?(?:本年)?(?<label>收支结余)(?:为|是|:)?${FIGURE_MONEY}`,
  'g',
);

interface Difference {
  readonly index: number;
  readonly label: string;
  /** The two amounts and the stated difference, each its number and unit as written. */
  readonly numbers: readonly (readonly [string, string])[];
  readonly phrase: string;
}

/** The differences a text states: a 差额 (or 年终结余) right after its two amounts, and a 收支结余 after its income and expenditure. */
function differences(text: string): Difference[] {
  const found: Difference[] = [];
  const pairs = (m: RegExpMatchArray, groups: readonly number[]) => groups.map((g) => [m[g]!, m[g + 1]!] as const);
  for (const m of text.matchAll(DIFFERENCE)) {
    const label = m.groups!.label!;
    if (label === '年终结余' && !(BALANCE_INCOME.test(text.slice(0, m.index + 1)) && BALANCE_EXPENDITURE.test(m.groups!.second!))) continue;
    found.push({ index: m.index, label, numbers: pairs(m, [1, 4, 7]), phrase: m[0].slice(m[0].lastIndexOf(label)) });
  }
  for (const m of text.matchAll(SURPLUS)) {
    // Not the last part of a 其中 list of the income (本年收入合计…，其中：…；其他收入115.50万元，占7.76%；本年支出合计…。收支结余…):
    // a part, not the income (helper-h262: read as it, a right 收支结余 was a 错误).
    if (/其中/.test(text.slice(text.lastIndexOf('。', m.index) + 1, m.index))) continue;
    found.push({ index: m.index, label: '收支结余', numbers: pairs(m, [1, 3, 6]), phrase: m[0].slice(m[0].lastIndexOf('收支结余')) });
  }
  return found;
}

export default defineRule({
  id: 'text-differences',
  title: '公开说明中的差额与前述两数之差一致',
  severity: 'error',
  tables: [],
  messages: { mismatch: '说明文字写“{phrase}”，而前述 {first} 与 {second} 之差为 {expected}。' },
  check(ctx) {
    for (const t of textCells(ctx)) {
      // A difference is stated with its amounts (MONEY): a text stating none is not searched.
      if (!mayStateAmount(t.text)) continue;
      for (const { index, numbers, phrase } of differences(t.text)) {
        const [first, second, stated] = numbers.map(([n, u]) => parseMoney(n, u)) as [ReturnType<typeof parseMoney>, ReturnType<typeof parseMoney>, ReturnType<typeof parseMoney>];
        const expected = Math.abs(first.fen - second.fen);
        const size = { ...stated, fen: Math.abs(stated.fen) };
        const at = atCommonPrecision(size, expected, '万元');
        if (Math.abs(at.stated - at.table) <= 1) continue;
        ctx.report({
          messageId: 'mismatch',
          data: { phrase, first: moneyText(first), second: moneyText(second), expected: amount(expected, stated.unit) },
          cells: [t.cell],
          key: `${index}${phrase}`,
          ...moneyValues([size.fen, expected], (at.stated - at.table) * at.step, stated.unit),
        });
      }
    }
  },
});
