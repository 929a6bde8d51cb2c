/**
 * A table read in the wrong unit, told by the other tables (tableUnitScale's cross-table half). Figures of one table
 * pasted in 元 under 单位：万元 (or in 千元 with no unit line, read as 万元) agree among themselves, so its own sums
 * hold; but every figure another table repeats (T1 收入 = T2 本年收入合计, T4 一般公共预算 = T5 合计, T5 基本支出 = T6
 * 人员经费 + 公用经费, T4 政府性基金 = T8 合计 …: DOMAIN §6) is then 10, 1,000 or 10,000 times the other's, to rounding.
 * The tables those relations join get an exponent each (how many powers of ten a table reads above its neighbours);
 * the exponent most of them share is right (but where the tables stating their unit differ from those with no unit
 * line by just the gap of the units, the figures as typed equal, the unit lines are: statedBase; so are they where
 * theirs alone explains every table: statedAlone), and a table on
 * another one, all of whose relations say the same, is read in the wrong unit by that factor. Table 07 repeats no figure of another table, only bounds: its 决算 合计 is
 * part of the 财政拨款 本年支出 of T4, and T6's 30217, 30231, 30212 and 31013 are parts of its items. It is read wrong
 * where those bounds fail as read and all hold at a factor, and some figure says that factor exactly (an item equal
 * to T6's, ten thousand times it) or the 说明数据's 三公 amounts do. In 千元 with no unit line, read ten times too large,
 * it is still within every bound: there two witnesses tell it (two items each ten times their T6 subject, or one and the
 * 说明数据's 三公 amounts). A table of zeros or blanks says nothing.
 */
import type { CellRef } from '../../grid/address';
import type { Unit } from '../../grid/money';
import { fenPerUnit } from '../../grid/money';
import { figureOf } from '../../tables/model';
import type { MoneyFigure, TableModel } from '../../tables/model';
import type { Recognition } from '../../recognise/recognise';
import { balanceColumnsOf } from '../../tables/specs/balanceColumns';
import { fiscalSummaryPlace } from '../../tables/specs/fiscalSummary';

/** Powers of ten a table read in `unit` may be off by: the read figures' size over the true ones'. */
const EXPONENTS: Readonly<Record<Unit, readonly number[]>> = {
  // 元 figures read as 万元: 10,000 times; 千元 ones: 10 times.
  万元: [4, 1],
  // 元 read as 千元: 1,000 times; 万元 read as 千元: a tenth.
  千元: [3, -1],
  // 万元 read as 元: a ten-thousandth; 千元: a thousandth.
  元: [-4, -3],
};

/** How precise a match at a factor must be: the rounding of both sides within this share of the larger. */
const PRECISION = 0.05;

/** Half of a table's displayed step, in 分 (a figure rounded to two decimals of its unit). */
const halfStep = (unit: Unit) => fenPerUnit(unit) / 200;

/** Figures of one table added (a side of a relation): their sum as read, in 分, and the first one's cell. */
interface Side {
  readonly table: TableModel;
  readonly fen: number;
  readonly count: number;
  readonly cell: CellRef;
  /** What a message calls the figure: 收入总计, 人员经费合计与公用经费合计. */
  readonly name: string;
}

function side(table: TableModel | undefined, figures: readonly (MoneyFigure | undefined)[], name: string): Side | undefined {
  if (!table) return undefined;
  let fen = 0;
  let count = 0;
  let cell: CellRef | undefined;
  for (const f of figures.flatMap((x) => x?.parts ?? (x ? [x] : []))) {
    if (f.invalid) return undefined;
    if (f.fen === null) continue;
    fen += f.fen;
    count++;
    cell ??= f.cell;
  }
  return cell && count > 0 ? { table, fen, count, cell, name } : undefined;
}

/** The rounding a side carries, in 分. */
const slack = (s: Side) => s.count * halfStep(s.table.unit);

/**
 * Whether `a` is `b` times 10^k to rounding, and precisely so (the rounding a small share of the figures: two
 * figures of 0.01 万元 say nothing of a factor).
 */
export function matchesAt(a: Side, b: Side, k: number): boolean {
  if (a.fen <= 0 || b.fen <= 0) return false;
  const f = 10 ** k;
  const gap = Math.abs(a.fen - b.fen * f);
  const allowed = slack(a) + slack(b) * f;
  return gap <= allowed && allowed <= PRECISION * Math.max(a.fen, b.fen * f);
}

/** A relation "a = b" between two tables. */
interface Link {
  readonly a: Side;
  readonly b: Side;
}

const fig = (t: TableModel | undefined, row: string, column: string, block?: string) => (t ? figureOf(t, row, column, block) : undefined);

/** The relations of DOMAIN §6 that repeat a figure of one table in another, with both sides there. */
function links(rec: Recognition): Link[] {
  const { summary: t1, income: t2, expenditure: t3, fiscalSummary: t4, generalBudgetExpenditure: t5, generalBudgetBasic: t6 } = rec.tables;
  const pairs: [Side | undefined, Side | undefined][] = [
    [side(t1, [fig(t1, 'yearIncome', 'amount', 'income')], '本年收入合计'), side(t2, [fig(t2, 'total', 'yearIncome')], '合计行的本年收入合计')],
    [side(t1, [fig(t1, 'yearExpenditure', 'amount', 'expenditure')], '本年支出合计'), side(t3, [fig(t3, 'total', 'yearExpenditure')], '合计行的本年支出合计')],
    [side(t4, [fig(t4, 'yearIncome', 'amount', 'income')], '本年收入合计'), side(t2, [fig(t2, 'total', 'fiscal')], '合计行的财政拨款收入')],
    [side(t4, [fig(t4, 'generalBudget', 'amount', 'income')], '一般公共预算财政拨款收入'), side(t1, [fig(t1, 'fiscalGeneralBudget', 'amount', 'income')], '一般公共预算财政拨款收入')],
    [side(t4, [fig(t4, 'yearExpenditure', 'generalBudget', 'expenditure')], '一般公共预算财政拨款本年支出'), side(t5, [fig(t5, 'total', 'total')], '合计')],
    [side(t5, [fig(t5, 'total', 'basic')], '基本支出合计'), side(t6, [fig(t6, 'personnelTotal', 'amount'), fig(t6, 'publicTotal', 'amount')], '人员经费合计与公用经费合计')],
  ];
  for (const id of ['govFund', 'stateCapital'] as const) {
    const t = rec.tables[id];
    const place = fiscalSummaryPlace(id, 'yearExpenditure')!;
    const name = id === 'govFund' ? '政府性基金预算财政拨款本年支出' : '国有资本经营预算财政拨款本年支出';
    if (t) pairs.push([side(t4, [fig(t4, place.row, place.column, place.block)], name), side(t, balanceColumnsOf(t, 'yearExpenditure').map((k) => fig(t, 'total', k)), '合计行的本年支出')]);
  }
  return pairs.filter((p): p is [Side, Side] => p[0] !== undefined && p[1] !== undefined && p[0].table !== p[1].table).map(([a, b]) => ({ a, b }));
}

/** A table found read in the wrong unit: its figures 10^exponent times what they are, as `evidence` shows. */
export interface Misread {
  readonly table: TableModel;
  readonly exponent: number;
  /** A figure of the table and the one it should equal (or be part of) elsewhere. */
  readonly evidence: { readonly mine: Side; readonly other: Side };
  /** Tables read wrong by the same factor whose relations join them only to tables read wrong (their figures equal this one's). */
  readonly alike?: readonly TableModel[];
}

/** The exponent at which `a` is `b` (0 for equal), among those `a`'s unit allows against `b`'s, or undefined. */
function exponentOf(a: Side, b: Side): number | undefined {
  if (matchesAt(a, b, 0)) return 0;
  const candidates = new Set([...EXPONENTS[a.table.unit], ...EXPONENTS[b.table.unit].map((k) => -k)]);
  const found = [...candidates].filter((k) => matchesAt(a, b, k));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The exponent of the tables stating their unit, where they and the tables with no unit line (read as 万元 by
 * assumption) differ by just the gap of the two units: the figures as typed are equal, only their reading differs,
 * and a unit line says more than none (收入决算表 under 单位：元 among tables with none, all in 元, was called read
 * wrong, "看来是以万元为单位", by the tables that said nothing of their unit). Undefined where the stating tables differ
 * among themselves, or the others do, or the gap is not that of their units (元 pasted under 单位：万元 among tables in
 * 万元 with no unit line: both read as 万元, the majority tells).
 */
function statedBase(
  component: ReadonlyMap<TableModel, number>,
  noUnit: ReadonlySet<string | undefined>,
  readRight: (t: TableModel) => boolean,
): number | undefined {
  const stating = [...component].filter(([t]) => !noUnit.has(t.code));
  const silent = [...component].filter(([t]) => noUnit.has(t.code));
  if (stating.length === 0 || silent.length === 0) return undefined;
  // Nor where the 说明数据 says a table with no unit line is read right (its amounts in 万元 as its figures read): then the
  // unit line is what is wrong (单位：元 over figures in 万元), and the majority tells (review h195: no finding at all).
  if (silent.some(([t]) => readRight(t))) return undefined;
  const one = <T>(xs: readonly T[]) => (new Set(xs).size === 1 ? xs[0] : undefined);
  const [es, ea] = [one(stating.map(([, e]) => e)), one(silent.map(([, e]) => e))];
  const [us, ua] = [one(stating.map(([t]) => t.unit)), one(silent.map(([t]) => t.unit))];
  if (es === undefined || ea === undefined || us === undefined || ua === undefined || es === ea) return undefined;
  return es - ea === Math.round(Math.log10(fenPerUnit(us) / fenPerUnit(ua))) ? es : undefined;
}

/**
 * Where no gap of units tells (statedBase), the exponent of the tables stating their unit, where it alone explains every
 * table of the group and the majority's does not: 单位：元 among tables in 千元 with no unit line (read as 万元, ten
 * times their size). By the majority the table in 元 read a tenth of its size, which no misreading of 元 gives, and
 * nothing was said (the text stated every amount ten times too large); by it, the others are 千元 read as 万元. Not where
 * the 说明数据 says a table with no unit line is read right.
 */
function statedAlone(
  component: ReadonlyMap<TableModel, number>,
  noUnit: ReadonlySet<string | undefined>,
  readRight: (t: TableModel) => boolean,
  majority: number,
): number | undefined {
  const stating = new Set([...component].filter(([t]) => !noUnit.has(t.code)).map(([, e]) => e));
  if (stating.size !== 1 || [...component].some(([t]) => noUnit.has(t.code) && readRight(t))) return undefined;
  const [own] = stating;
  const explains = (base: number) => [...component].every(([t, e]) => e === base || EXPONENTS[t.unit].includes(e - base));
  return own !== majority && explains(own!) && !explains(majority) ? own : undefined;
}

/**
 * The tables of 01–06, 08 and 09 read in the wrong unit, by their repeated figures, with the exponent of every table
 * the relations place (0 for the tables most of them agree with).
 */
function byRelations(
  rec: Recognition,
  readRight: (t: TableModel) => boolean = () => false,
): { misread: Misread[]; placed: Map<TableModel, number>; groups: Map<TableModel, number> } {
  const edges = new Map<TableModel, { to: TableModel; k: number; link: Link }[]>();
  for (const link of links(rec)) {
    const k = exponentOf(link.a, link.b);
    if (k === undefined) continue;
    const add = (from: TableModel, to: TableModel, e: number) => edges.set(from, [...(edges.get(from) ?? []), { to, k: e, link }]);
    // a = b × 10^k: b sits k powers of ten below a.
    add(link.a.table, link.b.table, -k);
    add(link.b.table, link.a.table, k);
  }
  const placed = new Map<TableModel, number>();
  // Each table's group: the tables its relations join, placed together. Exponents of two groups are not comparable:
  // each group's are against the tables most of it agree with, whatever the other's are.
  const groups = new Map<TableModel, number>();
  let groupCount = 0;
  const misread: Misread[] = [];
  const noUnit = new Set(rec.problems.filter((p) => p.kind === 'no-unit').map((p) => p.table));
  for (const start of edges.keys()) {
    if (placed.has(start)) continue;
    // Each table of the component placed by its path from `start`; a loop that places one twice differently is noise.
    const component = new Map<TableModel, number>([[start, 0]]);
    const queue = [start];
    let consistent = true;
    while (queue.length > 0) {
      const t = queue.shift()!;
      for (const e of edges.get(t) ?? []) {
        const at = component.get(t)! + e.k;
        const had = component.get(e.to);
        if (had === undefined) {
          component.set(e.to, at);
          queue.push(e.to);
        } else if (had !== at) consistent = false;
      }
    }
    if (!consistent) continue;
    const counts = new Map<number, number>();
    for (const e of component.values()) counts.set(e, (counts.get(e) ?? 0) + 1);
    const ranked = [...counts].sort((x, y) => y[1] - x[1]);
    const stated = statedBase(component, noUnit, readRight) ?? statedAlone(component, noUnit, readRight, ranked[0]![0]);
    // The exponent more tables share than any other; a tie (two tables, each on its own) tells nothing.
    if (stated === undefined && ranked.length > 1 && ranked[0]![1] === ranked[1]![1]) continue;
    const base = stated ?? ranked[0]![0];
    const group = groupCount++;
    // The tables read wrong that no relation joins to a table read right (03 of 01 alone, 05 of 04): named by the first
    // of their exponent that one does join (else they went unnamed: no 说明数据 tells a table in 千元 read as 万元).
    const unjoined = new Map<number, TableModel[]>();
    const first = new Map<number, Misread>();
    for (const [t, e] of component) {
      // Off by a factor no unit of its could be misread by (a 万元 table a ten-thousandth of the others): not its unit,
      // and no measure for table 07 either (NaN: no bound holds).
      const reportable = EXPONENTS[t.unit].includes(e - base);
      placed.set(t, e === base || reportable ? e - base : Number.NaN);
      groups.set(t, group);
      if (e === base || !reportable) continue;
      const edge = edges.get(t)!.find((x) => component.get(x.to) === base);
      if (!edge) {
        unjoined.set(e - base, [...(unjoined.get(e - base) ?? []), t]);
        continue;
      }
      const mineFirst = edge.link.a.table === t;
      const m: Misread = { table: t, exponent: e - base, evidence: { mine: mineFirst ? edge.link.a : edge.link.b, other: mineFirst ? edge.link.b : edge.link.a } };
      if (!first.has(m.exponent)) first.set(m.exponent, m);
      misread.push(m);
    }
    for (const [k, alike] of unjoined) {
      const m = first.get(k);
      if (m) misread[misread.indexOf(m)] = { ...m, alike };
    }
  }
  return { misread, placed, groups };
}

/** T6's 三公 subjects and the item of T7 each is a part of. */
const THREE_PUBLIC_PARTS = [
  ['30217', 'reception', '公务接待费'],
  ['30231', 'vehicleOperation', '公务用车运行费'],
  ['30212', 'overseasTravel', '因公出国（境）费'],
  ['31013', 'vehiclePurchase', '公务用车购置费'],
] as const;

/** A side with its amount divided by 10^k (a table's figures as they would be in their true unit). */
const scaledDown = (s: Side, k: number): Side => ({ ...s, fen: s.fen / 10 ** k });

/** A part of T7 in a whole elsewhere (its 合计 in T4's 本年支出), or a part elsewhere of T7's (T6's 30217 of 公务接待费). */
interface Bound {
  readonly part: Side;
  readonly whole: Side;
  readonly t7IsPart: boolean;
}

/** Whether `part` ≤ `whole` to rounding. */
const within = (part: Side, whole: Side) => part.fen <= whole.fen + slack(part) + slack(whole);

/** How far beyond its whole a part must be for its table to be read wrong rather than mistyped: three times. */
const GROSS = 3;

/**
 * Table 07 within every table it is part of as read, yet read 10^k times too large: in 千元 with no unit line, read as
 * 万元, it is ten times its true size and still a small part of 财政拨款 spending, and its items still hold T6's
 * subjects (§七 said 三公经费 49.90万元, 增长896.01%, for 4.99, with a reading notice only). Two witnesses say k: two
 * items each T6's subject at 10^k precisely, or one such item and the 说明数据's 三公 amounts (`confirms`). One item
 * ten times its subject alone is a 三公 item mostly paid from 项目支出.
 */
function heldAsRead(
  t7: TableModel,
  bounds: readonly Bound[],
  at: (k: number) => Bound[],
  confirms: (k: number) => boolean,
  evidence: (b: Bound) => Misread['evidence'],
): Misread | undefined {
  for (const k of EXPONENTS[t7.unit].filter((e) => e > 0)) {
    if (!at(k).every((b) => within(b.part, b.whole))) continue;
    const exact = bounds.filter((b) => !b.t7IsPart && matchesAt(b.whole, b.part, k)).sort((x, y) => y.whole.fen - x.whole.fen);
    if (exact.length >= 2 || (exact.length === 1 && confirms(k))) return { table: t7, exponent: k, evidence: evidence(exact[0]!) };
  }
  return undefined;
}

/**
 * Table 07 read in the wrong unit: as read it is not within the tables it is part of, at 10^k it is, and one of its
 * items equal to T6's subject at that factor, or `confirms` (the 说明数据's 三公 amounts at that factor), says k; or it
 * is grossly beyond them (three times a whole it is part of) and k is the one factor its unit allows that fits.
 */
function threePublic(rec: Recognition, placed: ReadonlyMap<TableModel, number>, confirms: (k: number) => boolean): Misread | undefined {
  const t7 = rec.tables.threePublicCosts;
  if (!t7) return undefined;
  const { fiscalSummary: t4, generalBudgetBasic: t6 } = rec.tables;
  // Figures of T4 and T6 as they would be, were they read wrong themselves.
  const fixed = (s: Side | undefined) => (s ? scaledDown(s, placed.get(s.table) ?? 0) : undefined);
  const actual = (column: string) => fig(t7, 'actual', column);
  const bounds: Bound[] = [];
  const total = side(t7, [actual('total')], '决算数合计');
  const spent = fixed(side(t4, [fig(t4, 'yearExpenditure', 'total', 'expenditure')], '本年支出合计'));
  if (total && spent) bounds.push({ part: total, whole: spent, t7IsPart: true });
  for (const [code, column, name] of THREE_PUBLIC_PARTS) {
    const item = side(t7, [actual(column)], `决算数的${name}`);
    const subject = fixed(side(t6, [fig(t6, code, 'amount')], `“${code} ${name}”`));
    if (item && subject) bounds.push({ part: subject, whole: item, t7IsPart: false });
  }
  const at = (k: number) => bounds.map((b) => (b.t7IsPart ? { ...b, part: scaledDown(b.part, k) } : { ...b, whole: scaledDown(b.whole, k) }));
  const evidence = (b: Bound) => (b.t7IsPart ? { mine: b.part, other: b.whole } : { mine: b.whole, other: b.part });
  if (at(0).every((b) => within(b.part, b.whole))) return heldAsRead(t7, bounds, at, confirms, evidence);
  const fitting = EXPONENTS[t7.unit].filter((k) => at(k).every((b) => within(b.part, b.whole)));
  for (const k of fitting) {
    // An item of 07 that is its T6 subject at 10^k (all of it paid from 基本支出), precisely.
    const exact = bounds.find((b) => !b.t7IsPart && matchesAt(b.whole, b.part, k));
    if (exact) return { table: t7, exponent: k, evidence: evidence(exact) };
  }
  const gross = bounds.find((b) => b.part.fen > GROSS * b.whole.fen + slack(b.part) + slack(b.whole));
  const told = fitting.filter(confirms);
  // By the bounds alone only the 元 / 万元 confusion (10,000 times): a 元 table an order below 06's 三公 subjects is a
  // table at odds with them, not one in 千元 (the sample's 07 in 元 with 4,950 元 of 公务用车运行费 against 06's 4.79
  // 万元 was said to be in 千元, and its text refused).
  const k = told.length === 1 ? told[0] : gross && fitting.length === 1 && Math.abs(fitting[0]!) === 4 ? fitting[0] : undefined;
  if (k === undefined) return undefined;
  const broken = gross ?? at(0).find((b) => !within(b.part, b.whole))!;
  return { table: t7, exponent: k, evidence: evidence(broken) };
}

/** A table's place among the tables its repeated figures join (tableScales). */
export interface TableScale {
  /** The tables joined by their relations, one number each: two tables of different groups share no scale as read. */
  readonly group: number;
  /** Powers of ten the table reads above the tables most of its group agree with: 0 for those, NaN for a table off by a factor no unit of its could be misread by. */
  readonly exponent: number;
}

/**
 * Where each table of 01–06, 08 and 09 the repeated figures join stands: its group and how many powers of ten it reads
 * above the tables most of that group agree with. Two tables are at one scale as read only in one group: a 元 group
 * and a 万元 group with every relation between them broken both read 0 (review h195).
 */
export function tableScales(rec: Recognition): ReadonlyMap<TableModel, TableScale> {
  const { placed, groups } = byRelations(rec);
  return new Map([...placed].map(([t, exponent]) => [t, { group: groups.get(t)!, exponent }] as const));
}

/** Whether two scales (tableScales) say their tables read at one scale: of one group, at one exponent (not NaN). */
export function sameScale(a: TableScale | undefined, b: TableScale | undefined): boolean {
  return a !== undefined && b !== undefined && a.group === b.group && a.exponent === b.exponent && !Number.isNaN(a.exponent);
}

/**
 * The tables read in the wrong unit as the other tables tell; `confirms(k)`: whether the 说明数据's 三公 amounts say
 * table 07 is read 10^k times too large (for a table that repeats no figure of another).
 */
export function misreadTables(rec: Recognition, confirms: (k: number) => boolean, readRight?: (t: TableModel) => boolean): Misread[] {
  const { misread, placed } = byRelations(rec, readRight);
  const t7 = threePublic(rec, placed, confirms);
  return t7 ? [...misread, t7] : misread;
}
