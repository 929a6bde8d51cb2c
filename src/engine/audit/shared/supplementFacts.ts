/**
 * Relations between 说明数据 facts (政府采购, 车辆, 绩效) and the table figures they summarise. Amounts are kept
 * in 分 and compared with the tolerance of displayed figures in the coarser unit (说明数据 amounts are in 万元,
 * DOMAIN §4); counts exactly. A finding names each 说明数据 entry (说明数据“事项·政府采购支出总额”) and its cell:
 * the cell it was read from, or, when it came from a JSON file, the cell the workbook's 说明数据 sheet keeps it in.
 */
import { toA1 } from '../../grid/address';
import type { CellRef } from '../../grid/address';
import { toFen } from '../../grid/money';
import type { Unit } from '../../grid/money';
import { entryCell, SupplementEntry } from '../../supplement/readSheet';
import { supplementTarget } from '../../supplement/sheet';
import type { Sourced } from '../../supplement/supplement';
import type { MoneyFigure } from '../../tables/model';
import { amount, amountGap, moneyValues } from '../measure';
import type { RuleContext } from '../rule';
import { comparison, inUnit } from '../relations';
import { classify, coarser } from '../tolerance';
import { sentenceSpans, textCells } from './textScan';

export interface Fact {
  /** An amount in 分, or a count. */
  readonly value: number;
  /** The unit an amount is shown in: 万元 for 说明数据 (DOMAIN §4), a table's own for its figure; none for a count. */
  readonly unit?: Unit;
  readonly cell?: CellRef;
  /** What a message calls it: the 说明数据 entry, or the table the figure is from. */
  readonly source: string;
}

function entryName(entry: SupplementEntry): string {
  return 'matter' in entry ? `说明数据“事项·${entry.matter}”` : `说明数据“指标·${entry.indicator}·${entry.field}”`;
}

/** A 说明数据 value as a fact: amounts (in 万元 there) to 分, with the entry's cell wherever the workbook has one. */
export function fact(ctx: RuleContext, v: Sourced<string | number> | undefined, entry: SupplementEntry, kind: 'amount' | 'count'): Fact | undefined {
  if (!v || typeof v.value !== 'number') return undefined;
  // The add-in's 说明数据 sheet, found by its mark (an accountant's own sheet may bear the name).
  const sheet = supplementTarget(ctx.grid).existing;
  const cell = v.source.kind === 'cell' ? v.source.cell : sheet && entryCell(sheet, entry);
  const source = `${entryName(entry)}${cell ? `（${toA1(cell.row, cell.col)}）` : ''}`;
  const where = { ...(cell ? { cell } : {}), source };
  return kind === 'amount' ? { value: toFen(v.value, '万元'), unit: '万元', ...where } : { value: v.value, ...where };
}

export function matterFact(ctx: RuleContext, key: string, kind: 'amount' | 'count'): Fact | undefined {
  return fact(ctx, ctx.supplement.事项.get(key), { matter: key }, kind);
}

/**
 * A closing date (截至2021年12月31日, 2021年末, 上年末), the year in the first group or 上年 in the second; not one compared
 * with (与2021年末相比，…: what follows is this year's).
 */
const CLOSING_DATE = /(?:(\d{4})年(?:12月31日|年末|末|底|度末)|(上一?年|去年)(?:12月31日|末|底))(?![^,，;；]*(?:相比|比较))/g;

/**
 * A statement its own clause places in another year (上年在职人员35人, 2021年实有人数40人, 2021年末共有车辆4辆，价值90.00万元),
 * or, its clause naming none, the last closing date of its sentence before it (…；上年末，房屋600.00平方米，价值150.00万元; 截至
 * 2021年12月31日，本部门房屋…: read as this year's, a 错误 held to this year's 房屋价值, review r307): not this year's, so held
 * to nothing the 说明数据 or the tables of this year give.
 */
export function ofAnotherPeriod(match: RegExpMatchArray, year: number | undefined): boolean {
  const before = match.input!.slice(0, match.index);
  const clause = before.split(/[,，;；。]/).pop()!;
  if (/上一?年|去年/.test(clause)) return true;
  const named = /(\d{4})年/.exec(clause);
  if (named) return year !== undefined && Number(named[1]) !== year;
  const closing = [...before.matchAll(CLOSING_DATE)].pop();
  if (!closing) return false;
  return closing[2] !== undefined || (year !== undefined && Number(closing[1]) !== year);
}

/**
 * The explanation's statements of 说明数据 事项, sentence by sentence: each match of an 事项's patterns, with the fact
 * the 说明数据 gives for it (none given: not yielded), where the match ends in the text, and the text cell's index in textCells
 * (its headings and the cell before it: text-counts reads a count under a heading of the foreign 接待 as that part's). What the statement must
 * agree with is the caller's.
 */
export function* statedFacts(
  ctx: RuleContext,
  patterns: readonly (readonly [string, RegExp])[],
  kind: 'amount' | 'count',
  knownOf: (key: string) => Fact | undefined = (key) => matterFact(ctx, key, kind),
): Generator<{ readonly cell: CellRef; readonly match: RegExpMatchArray; readonly key: string; readonly known: Fact; readonly at: number; readonly index: number }> {
  // A 事项 with no fact (the 说明数据 gives no number for it, nor, where the caller looks there, a table) yields nothing:
  // its pattern is not looked for, and where none has one (a workbook without 说明数据) no text is read.
  const facts = new Map(patterns.map(([key]) => [key, knownOf(key)] as const));
  const asked = patterns.filter(([key]) => facts.get(key) !== undefined);
  if (asked.length === 0) return;
  for (const [index, t] of textCells(ctx).entries()) {
    for (const { sentence, start } of sentenceSpans(t.text)) {
      for (const [key, pattern] of asked) {
        // Most sentences state none of the 事项: a test first, without the clone of the pattern matchAll makes.
        pattern.lastIndex = 0;
        if (!pattern.test(sentence)) continue;
        pattern.lastIndex = 0;
        for (const match of sentence.matchAll(pattern)) {
          const known = facts.get(key);
          // Where the statement ends in the text (its amount or count last): the same statement twice in one text is told
          // apart by it (occurrences).
          if (known) yield { cell: t.cell, match, key, known, at: start + match.index! + match[0].length, index };
        }
      }
    }
  }
}

/** A table's money figure as a fact (blank is 0); undefined when unreadable. */
export function figureFact(figure: MoneyFigure | undefined, unit: Unit, table: string): Fact | undefined {
  return figure && !figure.invalid ? { value: figure.fen ?? 0, unit, cell: figure.cell, source: table } : undefined;
}

const cellsOf = (facts: readonly Fact[]) => facts.flatMap((f) => (f.cell ? [f.cell] : []));

type Amount = Fact & { readonly unit: Unit };

/** The facts' amounts in the coarser of their units, and that unit. */
function inOneUnit(facts: readonly Amount[]): { unit: Unit; fen: number[] } {
  const unit = coarser(...facts.map((f) => f.unit));
  return { unit, fen: facts.map((f) => inUnit(f.value, f.unit, unit)) };
}

const amounts = (facts: readonly Fact[]): facts is readonly Amount[] => facts.every((f) => f.unit !== undefined);

interface FactOptions<M extends string> {
  readonly messageId: M;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Compare counts of this unit exactly instead of amounts. */
  readonly count?: '个' | '辆';
}

/** left = Σ right: amounts with the rounding tolerance, counts exactly. `{leftName}` names the left fact. */
export function checkFactSum<M extends string>(ctx: RuleContext<M>, left: Fact | undefined, right: readonly (Fact | undefined)[], options: FactOptions<M>): void {
  if (!left || right.some((f) => !f)) return;
  const facts = [left, ...(right as Fact[])];
  const common = { messageId: options.messageId, cells: cellsOf(facts) };
  const names = { leftName: left.source };
  if (options.count) {
    const diff = left.value - facts.slice(1).reduce((s, f) => s + f.value, 0);
    if (diff === 0) return;
    const data = { ...options.data, ...names, left: left.value, right: left.value - diff, difference: diff };
    ctx.report({ ...common, data, values: facts.map((f) => f.value), difference: diff, unit: options.count, severity: 'error' });
    return;
  }
  if (!amounts(facts)) return;
  const { unit, fen } = inOneUnit(facts);
  const [l, ...parts] = fen as [number, ...number[]];
  const r = parts.reduce((s, f) => s + f, 0);
  const severity = classify(l - r, parts.length, unit);
  if (!severity) return;
  const data = { ...options.data, ...names, left: amount(l, unit), right: amount(r, unit), difference: amount(l - r, unit), gap: amountGap(l - r, unit) };
  ctx.report({ ...common, data, ...moneyValues(fen, l - r, unit), comparison: comparison(facts, unit, parts.length), severity });
}

interface AtMostOptions<M extends string> {
  readonly messageId: M;
  readonly data?: Readonly<Record<string, string | number>>;
  /**
   * 'error': a part of a figure that cannot exceed it (外宾接待费 of table 07's 公务接待费), a 错误 beyond the rounding of
   * two figures and a 尾差 within it; by default any excess is a 提示.
   */
  readonly severity?: 'error';
}

/**
 * part ≤ whole, a 提示 when not (or as `severity` says). `{leftName}` and `{rightName}` name the two facts; `{left}`,
 * `{right}` and `{difference}` (part − whole) are their amounts in the coarser unit, `{gap}` the difference worded (多 / 少).
 */
export function checkFactAtMost<M extends string>(ctx: RuleContext<M>, part: Fact | undefined, whole: Fact | undefined, options: AtMostOptions<M>): void {
  if (!part || !whole) return;
  const both = [part, whole];
  if (!amounts(both)) return;
  const { unit, fen } = inOneUnit(both);
  const [p, w] = fen as [number, number];
  if (p <= w) return;
  const severity = options.severity === 'error' ? classify(p - w, 2, unit)! : 'warning';
  ctx.report({
    messageId: options.messageId,
    data: { ...options.data, leftName: part.source, rightName: whole.source, left: amount(p, unit), right: amount(w, unit), difference: amount(p - w, unit), gap: amountGap(p - w, unit) },
    cells: cellsOf([part, whole]),
    ...moneyValues([p, w], p - w, unit),
    comparison: comparison(both, unit, 2),
    severity,
  });
}
