/**
 * The 预算 and the 决算 of the item a 预算 statement speaks of (budgetText.ts), where the tables or the 说明数据 hold
 * them: the 三公 columns of table 07, a 说明数据 指标 (年初预算数 / 全年预算数), a 项 of table 05 named before the
 * statement (上海 §五（三）: "1、…(类)…(款)…(项)。主要用于：…。年初预算为…，支出决算为…").
 */
import { findRow, shownTitle } from '../../tables/model';
import type { CellRef } from '../../grid/address';
import { toFen, Unit } from '../../grid/money';
import type { AmountField } from '../../supplement/keys';
import type { Sourced } from '../../supplement/supplement';
import type { MoneyFigure, RowModel, TableModel } from '../../tables/model';
import { budgetRowKey } from '../../tables/specs/threePublicCosts';
import type { RuleContext } from '../rule';
import { BudgetKind, budgetStatements, BudgetStatement, indicatorOf, statedBudget, threePublicColumn } from './budgetText';
import { codedItemsIn, itemRowBefore, unlistedItemCodeBefore } from './subjectText';
import { aboutThreePublicAlone, ALTERNATIVES, LABELS, labelFigure, MEETING_TRAINING_PART, NamedFigure, namedFigure, threePublicCell } from './textScan';
import { normalizeText } from '../../grid/normalize';
import type { Recognition } from '../../recognise/recognise';
import { tablesYear } from './documentYear';

/**
 * A 三公 total whose sentence lists 会议费 or 培训费 after 其中 (…“三公”经费年初预算8.00万元，支出决算8.59万元，其中：…会议费…):
 * the five's, of no column table 07's 三公 total is read from (陕西's 合计 is set aside as no 三公 total, its items' sum
 * read instead): unread (held to the 三公's, two right figures were 错误; review h245).
 */
function withMeetingTraining(s: BudgetStatement, text: string): boolean {
  return threePublicColumn(s.subject) === 'total' && (meetingTrainingAmong ??= new RegExp(`^[^。]*其中[^。]*${MEETING_TRAINING_PART}`)).test(text.slice(s.start));
}
// With an amount of theirs: named in a reason after the 其中 (…主要原因是严格控制会议费支出) they are no part (review h251).
// Made at first use: textScan, whose pattern it is, is still loading when this module is (an import cycle).
let meetingTrainingAmong: RegExp | undefined;

export interface KnownFigure {
  readonly fen: number;
  readonly unit: Unit;
  readonly name: string;
  readonly source: string;
  readonly cell?: CellRef;
  /** Figures the subject may mean instead (textScan's ALTERNATIVES: §五's 基本支出 is table 05's): equal to one, the text is right. */
  readonly alternatives?: readonly { readonly fen: number; readonly unit: Unit }[];
}

/**
 * A 类's figures in the tables that print one, by the money they are of: 一般公共预算's (table 05's 合计 first, then
 * table 04's 一般公共预算 column), then those of other scopes (table 04's 合计 and fund columns, table 03's and 01's of all
 * sources, 08's and 09's of a fund). A text naming the 类 without its table may mean any of them; undefined where a table
 * has no such figure. One list for text-figures (which figure a 类's amount may be) and text-change-words (whether it is
 * surely table 05's, whose 上年数 the 说明数据 keeps).
 */
export function classFiguresByScope(rec: Recognition, code: string): { readonly generalBudget: (NamedFigure | undefined)[]; readonly otherScopes: (NamedFigure | undefined)[] } {
  const { generalBudgetExpenditure: t5, fiscalSummary: t4, expenditure: t3, summary: t1, govFund: t8, stateCapital: t9 } = rec.tables;
  const of = (t: TableModel | undefined, row: RowModel | undefined, column: string) => (t && row ? namedFigure(t, row.figures[column]) : undefined);
  const t4Row = t4 && findRow(t4, code, 'expenditure');
  return {
    generalBudget: [of(t5, t5 && findRow(t5, code), 'total'), of(t4, t4Row, 'generalBudget')],
    otherScopes: [
      ...['total', 'govFund', 'stateCapital'].map((column) => of(t4, t4Row, column)),
      of(t3, t3 && findRow(t3, code), 'yearExpenditure'),
      of(t1, t1 && findRow(t1, code, 'expenditure'), 'amount'),
      of(t8, t8 && findRow(t8, code), 'yearExpenditure'),
      of(t9, t9 && findRow(t9, code), 'yearExpenditure'),
    ],
  };
}

/**
 * The subject a statement naming nothing but its year (以2020年为例，实际支出1.78亿元，比预算减少1.71亿元) speaks of: the 三公 where the
 * sentence before names it alone (山西 省级 2020: “三公”经费节支力度更为显著。; aboutThreePublicAlone), as text-figures reads its 实际支出.
 * Unread, a wrong 比预算减少 passed (helper-h330). Its own subject otherwise.
 */
function subjectOfStatement(ctx: RuleContext, s: BudgetStatement, text: string): string {
  const bare = SPENT_BARE.exec(s.subject);
  const year = tablesYear(ctx);
  if (!bare || (bare[1] !== undefined && year !== undefined && Number(bare[1]) !== year)) return s.subject;
  // The statement opens its sentence (the clause is the sentence's first).
  const sentenceStart = text.lastIndexOf('。', s.start - 1) + 1;
  if (sentenceStart === 0 || sentenceStart !== s.start) return s.subject;
  const previousStart = text.lastIndexOf('。', sentenceStart - 2) + 1;
  return aboutThreePublicAlone(text.slice(previousStart, sentenceStart), year) ? '三公经费' : s.subject;
}
/**
 * A statement's subject naming nothing but the year and that it is spent (以2020年为例,实际; 执行): group 1 the year. Not one naming
 * nothing at all (…。主要用于：严格控制“三公”经费。年初预算为…: a 项's, named before; review of helper-h330's own change).
 */
const SPENT_BARE = /^(?:以(\d{4})年度?为例[,，]?)?(?:实际|执行)$/;

/** A 三公 column of table 07's row `key` (budget, actual), when `subject` names one (the 预算: threePublicBudget). */
export function threePublicFigure(ctx: RuleContext, subject: string, key: 'budget' | 'actual', name: string, kind: BudgetKind = ''): KnownFigure | undefined {
  const column = threePublicColumn(subject);
  const t7 = ctx.recognition.tables.threePublicCosts;
  if (!column || !t7) return undefined;
  const f = key === 'budget' ? threePublicBudget(t7, column, kind) : threePublicCell(t7, key, column);
  return f && !f.invalid ? { fen: f.fen ?? 0, unit: t7.unit, name, source: shownTitle(t7), cell: f.cell } : undefined;
}

/**
 * Table 07's 预算 of a column for a statement naming `kind`: that block's where the table has a 年初 and a 全年 block.
 * A statement naming neither (上海's items: "因公出国（境）费决算为…，完成预算的…", the 年初 said once before them)
 * is held to the 预算数 where the two blocks agree, and to neither where they differ: which one it means is not said.
 */
function threePublicBudget(t7: TableModel, column: string, kind: BudgetKind): MoneyFigure | undefined {
  const figureOf = (k: '年初' | '全年') => {
    const key = budgetRowKey(t7, k);
    return key === undefined ? undefined : threePublicCell(t7, key, column);
  };
  if (kind !== '') return figureOf(kind);
  const [initial, adjusted] = (['年初', '全年'] as const).map(figureOf);
  return initial?.fen === adjusted?.fen ? threePublicCell(t7, 'budget', column) : undefined;
}

/** The tables whose 项 a §五（三）, §八 or §九 paragraph names, and the column of each that holds the 项's 决算. */
const ITEM_TABLES = [
  ['generalBudgetExpenditure', 'total'],
  ['govFund', 'yearExpenditure'],
  ['stateCapital', 'yearExpenditure'],
] as const;

/**
 * The 项 the text names right before the statement (the statement names no item of its own): of table 05, else of
 * table 08 or 09 (上海 §八: 1、其他支出（类）彩票公益金安排的支出（款）…（项）。…年初预算为…，支出决算为…).
 */
function itemBefore(ctx: RuleContext, s: BudgetStatement, text: string): { row: RowModel; table: TableModel; column: string } | undefined {
  const position = itemPosition(ctx, s);
  for (const [id, column] of ITEM_TABLES) {
    const table = ctx.recognition.tables[id];
    const row = itemRowBefore(table, text, position);
    if (row && table) return { row, table, column };
  }
  return undefined;
}

/** Where the statement's 项 is named by: a clause opening with the 项 itself (…行政运行（项）：年初预算…) names it within. */
function itemPosition(ctx: RuleContext, s: BudgetStatement): number {
  return namesItem(ctx, s.subject) ? s.start + s.clause.length : s.start;
}

/**
 * The code of the 项 named before a statement: its row's, or where table 05 has no row for it (nothing spent this year:
 * 上海 §五（三） "…其他政府办公厅（室）及相关机构事务支出（项）。…年初预算为30.00万元，支出决算为0.00万元") the dictionary's, so
 * that its 预算 is the 说明数据's as any 项's is.
 */
function itemCodeBefore(ctx: RuleContext, s: BudgetStatement, text: string): string | undefined {
  return itemBefore(ctx, s, text)?.row.code ?? unlistedItemCodeBefore(ctx.recognition.tables.generalBudgetExpenditure, text, itemPosition(ctx, s));
}

/**
 * Whether the clause's subject is a 项 chain (…（类）…（款）…（项）, a colon after it): the statement is that 项's, as
 * one about the 项 named before it is (上海 §五（三） on one line: "…行政运行（项）：年初预算…，决算数…，完成年初预算的…").
 * Read as a label of the tables, it named none, and neither figure was compared.
 */
function namesItem(ctx: RuleContext, subject: string): boolean {
  if (/\(项\):?$/.test(subject)) return true;
  // A 项 named with its code (1.行政运行（2010301）：年初预算为…; 2010301行政运行：…): read as a label, it named none, and a
  // wrong 预算 passed (helper-h100).
  const words = subject.replace(/:$/, '');
  return codedItemsIn(words, ctx.recognition.tables.generalBudgetExpenditure).some((c) => c.end >= words.length);
}

/** Whether a statement is another year's (上年…, 下年…, 2021年度… in a 2022 document): budgetText's period. */
export function anotherYear(ctx: RuleContext, s: BudgetStatement): boolean {
  const year = tablesYear(ctx);
  return s.period === 'last' || s.period === 'next' || (typeof s.period === 'number' && year !== undefined && s.period !== year);
}

/** The 预算 of the item a statement speaks of; `kind` names which one (none: the 全年, else the 年初). */
export function knownBudget(ctx: RuleContext, s: BudgetStatement, text: string, kind: BudgetKind = s.rate?.of ?? ''): KnownFigure | undefined {
  // The 自评表's totals: text-performance's, no table's nor 说明数据 指标's; another year's are no table's either.
  if (s.selfEvaluation || anotherYear(ctx, s) || withMeetingTraining(s, text)) return undefined;
  const own = threePublicFigure(ctx, subjectOfStatement(ctx, s, text), 'budget', '预算数', kind || s.budgetKind || kindSaidBefore(s, text));
  if (own) return own;
  const fields: AmountField[] = kind === '年初' ? ['年初预算数'] : kind === '全年' ? ['全年预算数'] : ['全年预算数', '年初预算数'];
  // The subject comes without its 支出 (subjectOf): 一般公共预算财政拨款支出年初预算为… names the 指标 with it.
  const key = (s.subject && !namesItem(ctx, s.subject) ? (indicatorOf(s.subject) ?? indicatorOf(`${s.subject}支出`)) : undefined) ?? itemCodeBefore(ctx, s, text);
  const indicator = key ? ctx.supplement.指标.get(key) : undefined;
  const found = fields.flatMap((field) => {
    const v = indicator?.[field];
    return v ? [{ fen: toFen(v.value, '万元'), unit: '万元' as const, name: field, source: `说明数据“${key}”`, ...(v.source.kind === 'cell' ? { cell: v.source.cell } : {}) }] : [];
  });
  // A bare 预算 (预算1,206.34万元，决算…) may be either where the 说明数据 holds both: the 全年, with the 年初 as an
  // alternative (helper-h93: the 年初 one was a false 错误).
  return found[0] && (found.length > 1 && found[1]!.fen !== found[0].fen ? { ...found[0], alternatives: [{ fen: found[1]!.fen, unit: found[1]!.unit }] } : found[0]);
}

/**
 * The 预算 a statement naming none speaks of, as its sentence named it before it: 上海 §七 names it once, for the total
 * ("“三公”经费财政拨款支出全年预算为…，…，其中：因公出国（境）费决算为…，完成预算的…"), its items' 完成预算的 on that one.
 * Beside a lone 全年预算数 block (or two blocks that differ) the items' rates went unchecked.
 */
function kindSaidBefore(s: BudgetStatement, text: string): BudgetKind {
  const sentence = text.lastIndexOf('。', s.start - 1) + 1;
  const before = budgetStatements(text).filter((b) => b.start >= sentence && b.start < s.start);
  return before.map((b) => b.budgetKind || (b.rate?.of ?? '')).filter((k) => k !== '').pop() ?? '';
}

/** The figure of the tables a subject names as a whole (its 支出 taken off by subjectOf): none for any other words. */
function labelled(ctx: RuleContext, subject: string): KnownFigure | undefined {
  const withSpending = labelFigure(`${subject}支出`, ctx.recognition, ctx.supplement);
  const label = withSpending ? `${subject}支出` : subject;
  const f = withSpending ?? labelFigure(subject, ctx.recognition, ctx.supplement);
  if (!f) return undefined;
  const alternatives = (ALTERNATIVES[label] ?? []).flatMap((lookup) => lookup(ctx.recognition, ctx.supplement) ?? []);
  return { fen: f.fen, unit: f.unit, name: '决算数', source: f.table, cell: f.cell, ...(alternatives.length > 0 ? { alternatives } : {}) };
}

/** The 决算 of the item a statement speaks of: table 07's 决算 (三公), or the 项's figure in table 05. */
export function knownActual(ctx: RuleContext, s: BudgetStatement, text: string): KnownFigure | undefined {
  if (s.selfEvaluation || anotherYear(ctx, s) || withMeetingTraining(s, text)) return undefined;
  const own = threePublicFigure(ctx, s.subject, 'actual', '决算数');
  if (own) return own;
  // A clause naming a total of the tables (一般公共预算财政拨款支出年初预算为…，支出决算为…): its figure.
  if (s.subject && !namesItem(ctx, s.subject)) return labelled(ctx, s.subject);
  // Only a clause naming nothing itself, or the 项, speaks of the 项 before its figures.
  const item = itemBefore(ctx, s, text);
  const f = item?.row.figures[item.column];
  return f && !f.invalid ? { fen: f.fen ?? 0, unit: item!.table.unit, name: '决算数', source: shownTitle(item!.table), cell: f.cell } : undefined;
}

/** An item's 上年数 in the 说明数据 and its 决算, each in 分 (`priorAndCurrent`). */
export interface PriorAndCurrent {
  readonly prior: number;
  readonly priorCell?: CellRef;
  /** The tables' figure the item's label reads (LABELS), else the 说明数据's 本年数; undefined where neither holds it. */
  readonly current?: { readonly fen: number; readonly unit: Unit };
}

/** A 说明数据 上年数 in 分, its cells where typed in a cell, and whether it is the parts' sum (`typedPrior`). */
export interface TypedPrior {
  readonly fen: number;
  readonly cells: readonly CellRef[];
  readonly ofParts: boolean;
}

/** The car items' sum and its two parts, as the 说明数据 keys them (supplement-prior-year holds the sum to them). */
const VEHICLES_SUM = '公务用车购置及运行维护费';
const VEHICLE_PARTS = ['公务用车购置费', '公务用车运行维护费'] as const;

/**
 * The 上年数 the 说明数据 gives an 指标: its own, else for the car items' sum (公务用车购置及运行维护费) that of its two parts
 * added, where both are given (a 说明数据 typing 上年数 of 购置费 and 运行维护费 alone: 公务用车购置费及运行维护费比上年增加… was
 * unread, a wrong one passed; helper-h313). Last year's tables added the two as this year's do.
 */
export function typedPrior(ctx: Pick<RuleContext, 'supplement'>, key: string): TypedPrior | undefined {
  const cellsOf = (v: Sourced<number>) => (v.source.kind === 'cell' ? [v.source.cell] : []);
  const own = ctx.supplement.指标.get(key)?.上年数;
  if (own) return { fen: toFen(own.value, '万元'), cells: cellsOf(own), ofParts: false };
  if (key !== VEHICLES_SUM) return undefined;
  const parts = VEHICLE_PARTS.map((p) => ctx.supplement.指标.get(p)?.上年数);
  if (parts.some((v) => v === undefined)) return undefined;
  return { fen: parts.reduce((sum, v) => sum + toFen(v!.value, '万元'), 0), cells: parts.flatMap((v) => cellsOf(v!)), ofParts: true };
}

/**
 * What a change of a 说明数据 指标 said in words alone is held to (text-unchanged's 持平, text-change-way's 有所增加): its 上年数,
 * which only the 说明数据 holds (the car items' sum's may be its parts', typedPrior), and this year's figure. Undefined where the
 * 上年数 is not given.
 */
export function priorAndCurrent(ctx: RuleContext, key: string): PriorAndCurrent | undefined {
  const indicator = ctx.supplement.指标.get(key);
  const typed = typedPrior(ctx, key);
  if (!typed) return undefined;
  const priorCell = typed.cells.length > 0 ? { priorCell: typed.cells[0]! } : {};
  const table = LABELS.find(([l]) => normalizeText(l) === normalizeText(key))?.[1](ctx.recognition, ctx.supplement);
  const own = indicator?.本年数;
  const current = table ? { fen: table.fen, unit: table.unit } : own ? { fen: toFen(own.value, '万元'), unit: '万元' as const } : undefined;
  return { prior: typed.fen, ...priorCell, ...(current ? { current } : {}) };
}

/**
 * Where text-budget holds a difference from the 预算 (财政拨款支出总计决算1,363.45万元，比年初预算增加157.11万元; 比年初预算1,206.34
 * 万元增加…): the end, in `text`, of each difference phrase whose clause states its 决算 and has its 预算 (stated, or known).
 * text-change-words reads the same words as a change against the budget and leaves these to it: both held them, and one
 * wrong amount was two 错误 (helper-h317). Budget differences are text-budget's, 比上年 ones text-change-words'.
 */
export function budgetDifferencesHeld(ctx: RuleContext, text: string): ReadonlySet<number> {
  const ends = new Set<number>();
  for (const s of budgetStatements(text)) {
    const d = s.difference;
    if (!d || !s.actual) continue;
    const budget = statedBudget(s, d.kind) ?? knownBudget(ctx, s, text, d.kind || s.budgetKind);
    const at = s.clause.indexOf(d.phrase);
    if (budget && at >= 0) ends.add(s.start + at + d.phrase.length);
  }
  return ends;
}
