/**
 * A table read in the wrong unit: with no unit line it is read as 万元 (tableUnit says so with a notice), and a table
 * in 元 then made every figure of the 公开说明 10,000 times too large with no 错误 (helper-76: 收入总计11,984,757.30万元,
 * 增长1089423.39%): the tables agree with each other in any unit; only the 说明数据, typed in 万元, tells. Where every
 * total of such a table is about ten thousand times its 说明数据 上年数 and 预算 (no year's change comes near that),
 * the table is in 元. A table that states its unit is mostly right (a department set up late last year has a tiny
 * 上年数: review77): where two tables or more are so, a 提示, once. The 说明数据 typed in 元 shows the other way round, every
 * table a ten-thousandth of it (review79: the text said 减少18,010,811.71万元 with no finding). One figure of the
 * 说明数据 off by itself is that figure's (the supplement rules, and the text's checks of it).
 */
import { defineRule } from '../rule';
import { amount } from '../measure';
import { labelFigure } from '../shared/textScan';
import type { NamedFigure } from '../shared/textScan';
import { fact } from '../shared/supplementFacts';
import type { Fact } from '../shared/supplementFacts';
import { shownTitle } from '../../tables/model';

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

/** Whether every comparison of a table is about ten thousand times (`inverse`: a ten-thousandth) its 说明数据 amount. */
function allNear(comparisons: readonly Comparison[], inverse: boolean): boolean {
  return comparisons.every((c) => {
    const r = inverse ? c.known.value / c.figure.fen : c.figure.fen / c.known.value;
    return r >= NEAR_TEN_THOUSAND.from && r <= NEAR_TEN_THOUSAND.to;
  });
}

export default defineRule({
  id: 'table-unit-scale',
  title: '决算表与说明数据的金额单位一致（万元）',
  severity: 'error',
  tables: ['01', '02', '03', '04', '05', '06', '07'],
  // A table in 元 read as 万元 makes every amount of the text 10,000 times too large; the 说明数据 in 元, every change.
  blocksNarrative: true,
  messages: {
    inYuan:
      '《{table}》找不到金额单位，已按万元读取，而其{key} {actual}是说明数据{source} {known}的约 {times} 倍：表中金额看来是以元为单位，公开说明的每个数都会大一万倍。请在表的标题下写明“单位：元”；如确是万元，请写明“单位：万元”，并核对说明数据的上年数和预算数。',
    statedWan:
      '《{table}》写明以{unit}为单位，而其{key} {actual}是说明数据{source} {known}的约 {times} 倍，其他表也是如此：请核对各表的金额单位（表中金额如是元，请把单位改为“单位：元”），或说明数据的金额。',
    supplementInYuan:
      '说明数据{source} {known}是《{table}》{key} {actual}的约 {times} 倍，其他表也是如此：说明数据的金额看来是以元填写的，公开说明的增减和完成率都会错。说明数据的金额应以万元填写：请改为万元。',
  },
  check(ctx) {
    const rec = ctx.recognition;
    // The tables read as 万元 for want of a unit (tableParts.ts: tableUnit's notice, at the title), by title as printed
    // (a figure names its table so); a finding's key is the canonical title, as it was before titles were printed.
    const assumed = new Set(Object.values(rec.tables).filter((t) => rec.problems.some((p) => p.kind === 'no-unit' && p.table === t.code)).map(shownTitle));
    const byShown = new Map(Object.values(rec.tables).map((t) => [shownTitle(t), t] as const));
    const titleCells = new Map([...byShown].map(([shown, t]) => [shown, t.titleCell] as const));
    const byTable = new Map<string, Comparison[]>();
    for (const [key, indicator] of ctx.supplement.指标) {
      const figure = labelFigure(key, rec, ctx.supplement);
      if (!figure || figure.fen <= 0 || !titleCells.has(figure.table)) continue;
      for (const field of FIELDS) {
        const known = fact(ctx, indicator[field], { indicator: key, field }, 'amount');
        if (!known || known.value <= 0) continue;
        const list = byTable.get(figure.table) ?? [];
        list.push({ key, field, figure, known });
        byTable.set(figure.table, list);
      }
    }
    const data = (c: Comparison, times: number) => ({
      table: c.figure.table,
      key: c.key,
      actual: amount(c.figure.fen, c.figure.unit),
      source: `“${c.key}”的${c.field}`,
      known: amount(c.known.value, '万元'),
      times: twoDigits(times),
      unit: c.figure.unit,
    });
    const ratio = (c: Comparison) => c.figure.fen / c.known.value;
    // Tables in 元 with no unit line (a 错误); tables stating 万元 with 元 in them, or a department's first year with a
    // tiny 上年数, where two tables or more say so (a 提示: which it is, the accountant knows).
    const large = [...byTable.values()].filter((cs) => allNear(cs, false)).map((cs) => cs[0]!);
    const report = (c: Comparison, messageId: 'inYuan' | 'statedWan', severity?: 'warning') =>
      ctx.report({
        messageId,
        ...(severity ? { severity } : {}),
        data: data(c, ratio(c)),
        cells: [titleCells.get(c.figure.table)!, c.figure.cell, ...(c.known.cell ? [c.known.cell] : [])],
        key: byShown.get(c.figure.table)!.title,
      });
    for (const c of large.filter((x) => assumed.has(x.figure.table))) report(c, 'inYuan');
    const stated = large.filter((x) => !assumed.has(x.figure.table));
    if (large.length >= 2 && stated.length > 0) report(stated[0]!, 'statedWan', 'warning');
    // The 说明数据 typed in 元: every table's totals a ten-thousandth of it (two tables or more: one amount typed so is
    // that amount's error, which the supplement rules and the text's say).
    const small = [...byTable.values()].filter((cs) => allNear(cs, true));
    if (small.length >= 2) {
      const c = small[0]![0]!;
      ctx.report({
        messageId: 'supplementInYuan',
        data: data(c, 1 / ratio(c)),
        cells: [...(c.known.cell ? [c.known.cell] : []), c.figure.cell],
        key: 'supplement',
      });
    }
  },
});
