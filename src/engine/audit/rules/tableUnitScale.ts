/**
 * A table read in the wrong unit: its totals ten thousand times the 说明数据's 上年数 and 预算 of the same items (or a
 * ten-thousandth of them). Tables in 元 without a unit line are read as 万元 (tableUnit says so with a notice), and
 * every figure of the 公开说明 came out 10,000 times too large with no 错误 (helper-76: 收入总计11,984,757.30万元, 增长
 * 1089423.39%): the tables agree with each other in any unit, only the 说明数据, typed in 万元, tells. No year's change
 * or budget gap comes near a factor of a thousand, so one that large is the unit, not the department.
 */
import { defineRule } from '../rule';
import { amount } from '../measure';
import { labelFigure } from '../shared/textScan';
import type { NamedFigure } from '../shared/textScan';
import { fact } from '../shared/supplementFacts';
import type { Fact } from '../shared/supplementFacts';

/** The 说明数据 amounts that stand for a whole year of an item, as the tables' figure does. */
const FIELDS = ['上年数', '年初预算数', '全年预算数'] as const;

/** A table's figure at least this many times its 说明数据 amount, or at most its inverse, is in another unit. */
const FACTOR = 1_000;

interface Comparison {
  readonly key: string;
  readonly field: (typeof FIELDS)[number];
  readonly figure: NamedFigure;
  readonly known: Fact;
}

/** A factor to two significant digits, with thousands separators (10,895.3 → 11,000). */
function twoDigits(factor: number): string {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(factor)) - 1);
  return String(Math.round(factor / step) * step).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export default defineRule({
  id: 'table-unit-scale',
  title: '决算表的金额单位与说明数据的数量级一致',
  severity: 'error',
  tables: ['01', '02', '03', '04', '05', '06', '07'],
  messages: {
    tooLarge:
      '《{table}》的{key} {actual}是说明数据{source} {known}的约 {times} 倍：表中金额看来是以元为单位，却按{unit}读取，公开说明的每个数都会大一万倍。请在表的标题下写明“单位：元”。',
    // The 说明数据 typed in 元 looks the same from here: both are named.
    tooSmall:
      '《{table}》的{key} {actual}只有说明数据{source} {known}的约 {times} 分之一：两者的金额单位不一致。说明数据的金额应以万元填写；如表中金额是以万元为单位，请改正表的单位（现按{unit}读取）。',
  },
  check(ctx) {
    const byTable = new Map<string, Comparison[]>();
    for (const [key, indicator] of ctx.supplement.指标) {
      const figure = labelFigure(key, ctx.recognition, ctx.supplement);
      if (!figure || figure.fen <= 0) continue;
      for (const field of FIELDS) {
        const known = fact(ctx, indicator[field], { indicator: key, field }, 'amount');
        if (!known || known.value <= 0) continue;
        const list = byTable.get(figure.table) ?? [];
        list.push({ key, field, figure, known });
        byTable.set(figure.table, list);
      }
    }
    for (const comparisons of byTable.values()) {
      // Every comparison of the table says so: one 说明数据 amount typed in 元 by mistake is not the table's unit.
      const ratios = comparisons.map((c) => c.figure.fen / c.known.value);
      const large = ratios.every((r) => r >= FACTOR);
      const small = ratios.every((r) => r <= 1 / FACTOR);
      if (!large && !small) continue;
      const c = comparisons[0]!;
      const ratio = ratios[0]!;
      const times = twoDigits(large ? ratio : 1 / ratio);
      ctx.report({
        messageId: large ? 'tooLarge' : 'tooSmall',
        data: {
          table: c.figure.table,
          key: c.key,
          actual: amount(c.figure.fen, c.figure.unit),
          source: `“${c.key}”的${c.field}`,
          known: amount(c.known.value, '万元'),
          times,
          unit: c.figure.unit,
        },
        cells: c.known.cell ? [c.figure.cell, c.known.cell] : [c.figure.cell],
        key: c.figure.table,
      });
    }
  },
});
