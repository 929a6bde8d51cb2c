/**
 * A table read in the wrong unit: with no unit line it is read as 万元 (tableUnit says so with a notice), and a table
 * in 元 then made every figure of the 公开说明 10,000 times too large with no 错误 (helper-76: 收入总计11,984,757.30万元,
 * 增长1089423.39%): the tables agree with each other in any unit; only the 说明数据, typed in 万元, tells. Where every
 * total of such a table is about ten thousand times its 说明数据 上年数 and 预算 (no year's change comes near that),
 * the table is in 元. A table that states its unit is mostly right (a department set up late last year has a tiny
 * 上年数: review77): where two tables or more are so, a 提示, once. The 说明数据 typed in 元 shows the other way round, every
 * table a ten-thousandth of it (review79: the text said 减少18,010,811.71万元 with no finding). One figure of the
 * 说明数据 off by itself is that figure's (the supplement rules, and the text's checks of it).
 * One table stating 万元 with 元 in it, or in 千元 with no unit line, is told by the other tables (shared/tableScale.ts:
 * the figures they repeat are 10,000 or 10 times its): a 错误 naming its unit cell and the factor (helper-146: table 07
 * in 元 under 单位：万元 made §七 say 49,900.00万元 with no finding). A table whose totals agree with the 说明数据 is
 * not so named: where the others are off from it, they are the ones to check. Every other 不符 of a table so named
 * with another place (the cross-table rules' 收入支出决算总表的本年收入合计 13,727.90 万元，与收入决算表…不符, eight of
 * them for one table) is its consequence: runAudit folds them into this finding, which counts them.
 * Every table in 千元 with no unit line agrees with every other, and against the 说明数据 ten times reads as growth: only
 * the 公开说明 tells, most of its amounts each exactly a tenth of the tables' figures (a ten-thousandth: 元). One 错误
 * names those tables (before: none, and 86 错误 of the text rules; the generated text ten times too large).
 */
import { defineRule } from '../rule';
import { amount } from '../measure';
import { atWrittenPrecision, FIGURE_MONEY, labelFigure, mayStateAmount, moneyText, namedAmounts, ownAmounts, sentenceSpans, textCells } from '../shared/textScan';
import type { NamedFigure, TextMoney } from '../shared/textScan';
import type { CellRef } from '../../grid/address';
import type { RuleContext } from '../rule';
import { fact } from '../shared/supplementFacts';
import type { Fact } from '../shared/supplementFacts';
import { shownTitle } from '../../tables/model';
import type { TableModel } from '../../tables/model';
import { fenPerUnit, UNITS } from '../../grid/money';
import type { Unit } from '../../grid/money';
import { toA1 } from '../../grid/address';
import { misreadTables, sameScale, tableScales } from '../shared/tableScale';
import type { Misread } from '../shared/tableScale';

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

/** The unit a table read in `read` is in, its figures read 10^exponent times too large. */
function trueUnit(read: Unit, exponent: number): Unit {
  return UNITS.find((u) => Math.round(Math.log10(fenPerUnit(read) / fenPerUnit(u))) === exponent)!;
}

/** An amount the 公开说明 states of a table's figure, and at how many powers of ten below it (0: equal). */
interface TextPair {
  readonly label: string;
  readonly stated: TextMoney;
  readonly figure: NamedFigure;
  readonly cell: CellRef;
  readonly exponent: number;
}

/** Powers of ten a table read as 万元 for want of a unit line may be off by: 千元 (10 times), 元 (10,000 times). */
const TEXT_EXPONENTS = [1, 4] as const;

/** How many of the text's amounts must say a factor, and how many times those equal to the tables', for it to tell. */
const TEXT_WITNESSES = 3;

/**
 * The amounts the 公开说明 states of figures of the tables `open` admits (by title as printed), each equal to its figure
 * or to its figure over 10 or 10,000 exactly, at the digits the text writes. An amount of another year, or equal at no
 * such factor (a typing error, last year's), says nothing.
 */
function textPairs(ctx: RuleContext, open: (table: string) => boolean): TextPair[] {
  const rec = ctx.recognition;
  const year = rec.document.year?.value;
  const pairs: TextPair[] = [];
  for (const t of textCells(ctx)) {
    if (!mayStateAmount(t.text)) continue;
    for (const { sentence } of sentenceSpans(t.text)) {
      for (const n of ownAmounts(namedAmounts(sentence, year, FIGURE_MONEY, t.headings), rec, ctx.supplement)) {
        if (n.year !== undefined || n.money.fen <= 0) continue;
        const figure = n.lookup(rec, ctx.supplement);
        if (!figure || figure.fen <= 0 || !open(figure.table)) continue;
        const exponent = [0, ...TEXT_EXPONENTS].find((k) => {
          const at = atWrittenPrecision(n.money, figure.fen / 10 ** k, figure.unit);
          return at.stated === at.table;
        });
        if (exponent !== undefined) pairs.push({ label: n.label, stated: n.money, figure, cell: t.cell, exponent });
      }
    }
  }
  return pairs;
}

export default defineRule({
  id: 'table-unit-scale',
  title: '决算表的金额单位与其他决算表、说明数据一致',
  severity: 'error',
  tables: ['01', '02', '03', '04', '05', '06', '07', '08', '09'],
  // A table in 元 read as 万元 makes every amount of the text 10,000 times too large; the 说明数据 in 元, every change.
  blocksNarrative: true,
  messages: {
    inYuan:
      '《{table}》找不到金额单位，已按万元读取，而其{key} {actual}是说明数据{source} {known}的约 {times} 倍：表中金额看来是以元为单位，公开说明的每个数都会大一万倍。请在表的标题下写明“单位：元”；如确是万元，请写明“单位：万元”，并核对说明数据的上年数和预算数。{alike}',
    statedWan:
      '《{table}》写明以{unit}为单位，而其{key} {actual}是说明数据{source} {known}的约 {times} 倍，其他表也是如此：请核对各表的金额单位（表中金额如是元，请把单位改为“单位：元”），或说明数据的金额。',
    misread:
      '《{table}》写明以{unit}为单位（{unitCell}），而其{mine} {actual}{relation}：表中金额看来是以{trueUnit}为单位，按{unit}读取，每个数都{scale}，公开说明的数字都会错。请把{unitCell}的单位改为“单位：{trueUnit}”；如表中金额确是{unit}，请改正这些金额。{alike}',
    misreadNoUnit:
      '《{table}》找不到金额单位，已按{unit}读取，而其{mine} {actual}{relation}：表中金额看来是以{trueUnit}为单位，按{unit}读取，每个数都{scale}，公开说明的数字都会错。请在表的标题下写明“单位：{trueUnit}”；如确是{unit}，请写明“单位：{unit}”并改正表中的金额。{alike}',
    misreadByText:
      '{tables}找不到金额单位，已按万元读取，而公开说明中的 {count} 个金额都正好是表中相应数的 1/{factor}（如“{label}{stated}”，{table}中为 {actual}）：表中金额看来是以{trueUnit}为单位，按万元读取，每个数都是实际的 {factor} 倍，据此生成的公开说明的数字都会错。请在{which}的标题下写明“单位：{trueUnit}”；如表中金额确是万元，请写明“单位：万元”，并改正公开说明中的金额。',
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
    const reportMisread = (m: Misread, noUnit: boolean) => {
      const { mine, other } = m.evidence;
      const t = m.table;
      const factor = twoDigits(10 ** Math.abs(m.exponent));
      const exact = mine.fen > 0 && other.fen > 0 && Math.abs(Math.log10(mine.fen / other.fen) - m.exponent) < 0.05;
      const relation = !exact
        ? mine.fen > other.fen
          ? `大于《${shownTitle(other.table)}》${other.name} ${amount(other.fen, other.table.unit)}，却是其一部分`
          : `小于《${shownTitle(other.table)}》${other.name} ${amount(other.fen, other.table.unit)}，而后者是其一部分`
        : m.exponent > 0
          ? `是《${shownTitle(other.table)}》${other.name} ${amount(other.fen, other.table.unit)}的 ${factor} 倍`
          : `只是《${shownTitle(other.table)}》${other.name} ${amount(other.fen, other.table.unit)}的 1/${factor}`;
      ctx.report({
        messageId: noUnit ? 'misreadNoUnit' : 'misread',
        data: {
          table: shownTitle(t),
          unit: t.unit,
          // A unit stated only by the figure columns' labels (`决算数（元）`): those labels are what to change.
          unitCell: t.unitCell ? toA1(t.unitCell.row, t.unitCell.col) : '各金额列标题',
          mine: mine.name,
          actual: amount(mine.fen, t.unit),
          relation,
          trueUnit: trueUnit(t.unit, m.exponent),
          scale: m.exponent > 0 ? `是实际的 ${factor} 倍` : `只有实际的 1/${factor}`,
          // The tables its figures join only to tables read wrong (tableScale: misread's alike), named by it alone.
          alike: m.alike?.length
            ? `${m.alike.map((x) => `《${shownTitle(x)}》`).join('、')}也按${t.unit}读取，其数与读错的表重复的数相等，看来同样是以${trueUnit(t.unit, m.exponent)}为单位：请一并改正单位。`
            : '',
        },
        cells: [t.unitCell ?? t.titleCell, mine.cell, other.cell],
        key: t.title,
        // Every 不符 of this table with the others (and with the text, the 说明数据) comes of it: folded into this one;
        // and of the tables alike.
        explains: [t.code, ...(m.alike ?? []).map((x) => x.code)],
        exponent: m.exponent,
      });
    };
    // Tables in 元 with no unit line (a 错误); tables stating 万元 with 元 in them, or a department's first year with a
    // tiny 上年数, where two tables or more say so (a 提示: which it is, the accountant knows).
    // Tables the other tables say are read in the wrong unit (but not one that agrees with the 说明数据 while they do not).
    const fits = (t: TableModel) => {
      const cs = byTable.get(shownTitle(t));
      return cs !== undefined && cs.every((c) => ratio(c) >= 1 / 3 && ratio(c) <= 3);
    };
    const confirms = (t: TableModel, k: number) => {
      const cs = byTable.get(shownTitle(t));
      return cs !== undefined && cs.every((c) => ratio(c) >= 10 ** k / 5 && ratio(c) <= 10 ** k * 5);
    };
    const threePublic = ctx.recognition.tables.threePublicCosts;
    const misread = misreadTables(rec, (k) => threePublic !== undefined && confirms(threePublic, k), fits).filter((m) => !fits(m.table));
    for (const m of misread) reportMisread(m, assumed.has(shownTitle(m.table)));
    const told = new Set(misread.flatMap((m) => [m.table, ...(m.alike ?? [])]).map(shownTitle));
    const large = [...byTable.values()].filter((cs) => allNear(cs, false) && !told.has(cs[0]!.figure.table)).map((cs) => cs[0]!);
    const report = (c: Comparison, messageId: 'inYuan' | 'statedWan', severity?: 'warning', alike: readonly TableModel[] = []) =>
      ctx.report({
        messageId,
        ...(severity ? { severity } : {}),
        data: {
          ...data(c, ratio(c)),
          alike: alike.length > 0 ? `${alike.map((t) => `《${shownTitle(t)}》`).join('、')}也找不到金额单位，已按万元读取，与此表一致，看来同样是以元为单位：请一并写明单位。` : '',
        },
        cells: [titleCells.get(c.figure.table)!, c.figure.cell, ...(c.known.cell ? [c.known.cell] : [])],
        key: byShown.get(c.figure.table)!.title,
        // A table in 元 read as 万元 (a 错误, not the 提示 of a table stating 万元): every 不符 of the text with its figures
        // comes of it, folded as a misread table's are; and with those of the tables alike.
        ...(messageId === 'inYuan' ? { explains: [byShown.get(c.figure.table)!.code, ...alike.map((t) => t.code)], exponent: 4 } : {}),
      });
    const inYuan = large.filter((x) => assumed.has(x.figure.table));
    // Tables read as 万元 for want of a unit line too, that the 说明数据 tells nothing of (no 指标 is theirs alone: 02, 03)
    // and whose repeated figures (tableScale: 01's 本年收入合计 is 02's) put them at the scale of a table it tells is in
    // 元: in 元 by the same cause. No finding named them, and every 不符 of the text with their figures stayed beside the
    // causes (the text's 财政拨款收入1,363.45万元 "而收入决算表中为 13,634,500.00 万元"): the first cause names and folds
    // them. A table in 万元 among them (a ten-thousandth of the others) is not; nor one no figure joins to them, nor one
    // of no figure but 0 (08, 09 of a department without such funds: in no unit to tell).
    const hasAmount = (t: TableModel) => t.rows.some((r) => Object.values(r.figures).some((f) => f.fen !== null && f.fen !== 0));
    // Of the group of such a table (tableScales): a table of another group reads 0 against its own, whatever its unit
    // (02 and 03 in 万元, their relations with 04 in 元 broken, were said to be in 元 too).
    const scale = inYuan.length === 0 ? undefined : tableScales(rec);
    const scaleOf = (t: TableModel | undefined) => (t ? scale?.get(t) : undefined);
    const yuanScales = inYuan.map((c) => scaleOf(byShown.get(c.figure.table)));
    const alike = Object.values(rec.tables).filter(
      (t) => assumed.has(shownTitle(t)) && !byTable.has(shownTitle(t)) && !told.has(shownTitle(t)) && yuanScales.some((k) => sameScale(scaleOf(t), k)) && hasAmount(t),
    );
    inYuan.forEach((c, i) => report(c, 'inYuan', undefined, i === 0 ? alike : []));
    // Tables read as 万元 for want of a unit line that nothing above tells of: every table in 千元 with none (the tables
    // agree with each other, and the 说明数据's 上年数 and 预算 cannot tell ten times from a year's growth). The 公开说明
    // can: where most of its amounts are exactly a tenth of the tables' (a ten-thousandth: 元), that is one cause, said
    // once, the text's 不符 with those tables folded into it (before: no unit finding and 86 错误 of the text rules, the
    // accountant's right text held to figures ten times too large, and the generated text stating them so).
    const toldAbove = new Set([...told, ...inYuan.map((c) => c.figure.table), ...alike.map(shownTitle)]);
    // Read only where a table is left so (most workbooks state every unit): the text is scanned for its amounts anew.
    const open = (title: string) => assumed.has(title) && !toldAbove.has(title);
    const pairs = [...assumed].some(open) ? textPairs(ctx, open) : [];
    const k = TEXT_EXPONENTS.find((e) => {
      const n = pairs.filter((p) => p.exponent === e).length;
      return n >= TEXT_WITNESSES && n >= 2 * (pairs.length - n);
    });
    if (k !== undefined) {
      const at = pairs.filter((p) => p.exponent === k);
      const countOf = (title: string, e: number) => pairs.filter((p) => p.figure.table === title && p.exponent === e).length;
      // Each table most of whose amounts the text states at that factor, and those its repeated figures put at its
      // scale (tableScale: 02 and 03, whose figures 01 repeats) with no amount of theirs stated equal.
      const stated = new Set(at.map((p) => p.figure.table).filter((title) => countOf(title, k) > countOf(title, 0)));
      const scales = tableScales(rec);
      const kin = [...stated].map((title) => scales.get(byShown.get(title)!)).filter((x) => x !== undefined);
      const tables = Object.values(rec.tables)
        .filter(
          (t) =>
            stated.has(shownTitle(t)) ||
            (assumed.has(shownTitle(t)) && !toldAbove.has(shownTitle(t)) && countOf(shownTitle(t), 0) === 0 && hasAmount(t) && kin.some((x) => sameScale(scales.get(t), x))),
        )
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
      if (tables.length > 0) {
        const first = at.find((p) => p.figure.table === shownTitle(tables[0]!)) ?? at[0]!;
        ctx.report({
          messageId: 'misreadByText',
          data: {
            tables: tables.map((t) => `《${shownTitle(t)}》`).join('、'),
            count: at.length,
            factor: twoDigits(10 ** k),
            label: first.label,
            stated: moneyText(first.stated),
            table: `《${first.figure.table}》`,
            actual: amount(first.figure.fen, first.figure.unit),
            trueUnit: trueUnit('万元', k),
            which: tables.length > 1 ? '各表' : '表',
          },
          cells: [tables[0]!.unitCell ?? tables[0]!.titleCell, first.cell, first.figure.cell],
          key: 'text',
          explains: tables.map((t) => t.code),
          exponent: k,
        });
      }
    }
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
