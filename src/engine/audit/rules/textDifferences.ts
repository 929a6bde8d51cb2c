/**
 * A 差额 stated right after two amounts (重庆: "本年收入合计1372.79万元，本年支出合计1488.29万元，差额115.50万元由使用非财政
 * 拨款结余弥补"; "年初预算5.00万元，决算4.99万元，差额0.01万元") is the difference of those two, as the text states them:
 * within 0.01 万元 (either may be rounded from 元), its sign not read (差额-115.50 and 差额115.50 say the same). The two
 * amounts are the last before it, each after its name, one clause each. Unread, a wrong one passed (helper-82).
 */
import { defineRule } from '../rule';
import { amount, moneyValues } from '../measure';
import { atCommonPrecision, mayStateAmount, MONEY, moneyText, parseMoney, textCells } from '../shared/textScan';

/** A name's amount, the next name's amount, then 差额 and its amount: groups 1–2, 3–4 and 5–6 the amounts. */
const DIFFERENCE = new RegExp(`[\\u4e00-\\u9fa5)](?:为|是|:)?${MONEY}[,，][\\u4e00-\\u9fa5()]{2,30}?(?:为|是|:)?${MONEY}[,，](?:两者|二者|收支|两项)?差额(?:为|是|:)?${MONEY}`, 'g');

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
      for (const m of t.text.matchAll(DIFFERENCE)) {
        const [first, second, stated] = [1, 3, 5].map((g) => parseMoney(m[g]!, m[g + 1]!)) as [ReturnType<typeof parseMoney>, ReturnType<typeof parseMoney>, ReturnType<typeof parseMoney>];
        const expected = Math.abs(first.fen - second.fen);
        const size = { ...stated, fen: Math.abs(stated.fen) };
        const at = atCommonPrecision(size, expected, '万元');
        if (Math.abs(at.stated - at.table) <= 1) continue;
        const phrase = m[0].slice(m[0].lastIndexOf('差额'));
        ctx.report({
          messageId: 'mismatch',
          data: { phrase, first: moneyText(first), second: moneyText(second), expected: amount(expected, stated.unit) },
          cells: [t.cell],
          key: `${m.index}${phrase}`,
          ...moneyValues([size.fen, expected], (at.stated - at.table) * at.step, stated.unit),
        });
      }
    }
  },
});
