/**
 * A table read in the wrong unit: with no unit line it is read as 万元 (tableUnit says so with a notice), and a table
 * in 元 then made every figure of the 公开说明 10,000 times too large with no 错误 (helper-76: 收入总计11,984,757.30万元,
 * 增长1089423.39%): the tables agree with each other in any unit; only the 说明数据, typed in 万元, tells. Where every
 * total of such a table is about ten thousand times its 说明数据 上年数 and 预算 (no year's change comes near that),
 * the table is in 元. A table that states its unit is taken at its word (a department set up late last year has a
 * tiny 上年数: review77), and one figure of the 说明数据 off by itself is the 说明数据's.
 */
import { defineRule } from '../rule';
import { amount } from '../measure';
import { labelFigure } from '../shared/textScan';
import type { NamedFigure } from '../shared/textScan';
import { fact } from '../shared/supplementFacts';
import type { Fact } from '../shared/supplementFacts';
import type { TableModel } from '../../tables/model';

/** The 说明数据 amounts that stand for a whole year of an item, as the tables' figure does. */
const FIELDS = ['上年数', '年初预算数', '全年预算数'] as const;

/** How far from ten thousand times a figure in 元 read as 万元 may be (a year's change, a budget's gap). */
const NEAR_TEN_THOUSAND = { from: 2_000, to: 50_000 } as const;

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
  title: '未写金额单位的决算表与说明数据的数量级一致',
  severity: 'error',
  tables: ['01', '02', '03', '04', '05', '06', '07'],
  messages: {
    inYuan:
      '《{table}》找不到金额单位，已按万元读取，而其{key} {actual}是说明数据{source} {known}的约 {times} 倍：表中金额看来是以元为单位，公开说明的每个数都会大一万倍。请在表的标题下写明“单位：元”。',
  },
  check(ctx) {
    const rec = ctx.recognition;
    // The tables read as 万元 for want of a unit (tableParts.ts: tableUnit's notice, at the title), by title.
    const assumed = new Map<string, TableModel>();
    for (const t of Object.values(rec.tables)) {
      if (rec.problems.some((p) => p.kind === 'no-unit' && p.table === t.code)) assumed.set(t.title, t);
    }
    if (assumed.size === 0) return;
    const byTable = new Map<string, Comparison[]>();
    for (const [key, indicator] of ctx.supplement.指标) {
      const figure = labelFigure(key, rec, ctx.supplement);
      if (!figure || figure.fen <= 0 || !assumed.has(figure.table)) continue;
      for (const field of FIELDS) {
        const known = fact(ctx, indicator[field], { indicator: key, field }, 'amount');
        if (!known || known.value <= 0) continue;
        const list = byTable.get(figure.table) ?? [];
        list.push({ key, field, figure, known });
        byTable.set(figure.table, list);
      }
    }
    for (const comparisons of byTable.values()) {
      const ratios = comparisons.map((c) => c.figure.fen / c.known.value);
      if (!ratios.every((r) => r >= NEAR_TEN_THOUSAND.from && r <= NEAR_TEN_THOUSAND.to)) continue;
      const c = comparisons[0]!;
      ctx.report({
        messageId: 'inYuan',
        data: {
          table: c.figure.table,
          key: c.key,
          actual: amount(c.figure.fen, c.figure.unit),
          source: `“${c.key}”的${c.field}`,
          known: amount(c.known.value, '万元'),
          times: twoDigits(ratios[0]!),
        },
        cells: [assumed.get(c.figure.table)!.titleCell, c.figure.cell, ...(c.known.cell ? [c.known.cell] : [])],
        key: c.figure.table,
      });
    }
  },
});
