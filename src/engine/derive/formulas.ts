/**
 * Derived figures as Excel formulas, so they stay live when the accountant corrects a table. Every formula
 * has an engine twin (arithmetic.ts) that computes the same value; a test recalculates the formulas with
 * LibreOffice and compares.
 */
import { CellRef, qualifiedA1 } from '../grid/address';
import type { Unit } from '../grid/money';

const DIVISOR: Readonly<Record<Unit, number>> = { 万元: 1, 千元: 10, 元: 10_000 };

/**
 * A table figure in 万元 with two decimals: `ROUND(收入支出决算总表!C9,2)`, `ROUND('表 1'!C9/10000,2)`. A cell whose
 * format shows its stored figure divided (`0!.0000`: 元 kept, 万元 shown) is divided by that too, as the grid reads it.
 */
export function amountFormula(ref: CellRef, unit: Unit, shownDivisor = 1): string {
  // A 千元 figure as its table shows it first (47.945 千元 is 47.95, 4.80 万元: shownFen), a 万元 one rounded once.
  return `ROUND(${scaled(ref, unit, shownDivisor, undefined, unit === '千元')},2)`;
}

/** amountFormula as versions before 2026-12-06 wrote it: a 千元 figure divided as it stands (FORMER_SUM_FORMULAS). */
function formerAmountFormula(ref: CellRef, unit: Unit, shownDivisor = 1): string {
  return `ROUND(${scaled(ref, unit, shownDivisor)},2)`;
}

/**
 * A table cell in 万元, unrounded: `'表 1'!C9/10000`. A cell holding its figure as text (`１２３．４５`, `1,372.79`) is
 * read as a number first, as the engine reads it: `IFERROR(VALUE(ASC(…)),123.45)` (ASC makes full-width digits
 * half-width; a text VALUE cannot read, such as `-` for 0, is the engine's reading): ROUND of the text itself is #VALUE!
 * once Excel or LibreOffice recalculates.
 */
function scaled(ref: CellRef, unit: Unit, shownDivisor = 1, textValue?: number, shown = false): string {
  const operand = textValue === undefined ? qualifiedA1(ref) : `IFERROR(VALUE(ASC(${qualifiedA1(ref)})),${textValue})`;
  // `shown`: a 万元 or 千元 figure as its table shows it, to two decimals of its unit (the engine reads it so: shownFen);
  // a 元 figure stands as it is (the 分 it shows).
  if (shown && unit !== '元') {
    const inUnit = `ROUND(${operand}${shownDivisor === 1 ? '' : `/${shownDivisor}`},2)`;
    return DIVISOR[unit] === 1 ? inUnit : `${inUnit}/${DIVISOR[unit]}`;
  }
  const d = DIVISOR[unit] * shownDivisor;
  return `${operand}${d === 1 ? '' : `/${d}`}`;
}

/**
 * A table figure: its cell, the table's unit, and the divisor its number format shows it by (absent: 1); `textValue`:
 * where the cell holds its figure as text, the engine's reading of it as stored (a formula reads the text as a number).
 */
export interface AmountRef {
  readonly cell: CellRef;
  readonly unit: Unit;
  readonly shownDivisor?: number;
  readonly textValue?: number;
}

/**
 * A figure that is the sum of several table cells (公务用车 as 购置费 + 运行费 where table 07 prints no 小计, a fund
 * table's 本年支出 as 基本 + 项目) in 万元 with two decimals: the cells added as they stand and rounded once, as the
 * text adds them (NarrativeContext.tableRowSum: in 分, rounded once). Rounded one by one, 4,950 元 + 4,950 元 made
 * 1.00 万元 in the sheet where the text says 0.99.
 */
export function amountSumFormula(refs: readonly AmountRef[]): string {
  // Cells of a 万元 or 千元 table each as the table shows it (0.004 + 4.794 万元 shows 0.00 and 4.79: the text's 4.79,
  // where the cells added as they stand made 4.80); one cell of a 万元 table needs no more than the one ROUND.
  const shown = (r: AmountRef) => refs.length > 1 || r.unit === '千元';
  return `ROUND(${refs.map((r) => scaled(r.cell, r.unit, r.shownDivisor, r.textValue, shown(r))).join('+')},2)`;
}

/** amountSumFormula as versions before 2026-12-06 wrote it: the cells added as they stand, whatever their unit. */
function formerAmountSumFormula(refs: readonly AmountRef[]): string {
  return `ROUND(${refs.map((r) => scaled(r.cell, r.unit, r.shownDivisor, r.textValue)).join('+')},2)`;
}

/**
 * An operand as the engine counts it: to the 分 (0.01 万元). A table's figure is rounded already (`amountFormula`);
 * a typed one may not be (an amount pasted as 元 / 10,000 keeps every decimal), and the engine computes every rate
 * of the explanation from the amount rounded to the 分 (`centsOfWan`): unrounded, the sheet's 增减率 could read
 * 49.99 where the text says 50.00%.
 */
const cents = (ref: string) => `ROUND(${ref},2)`;

/**
 * An input cell of the 说明数据 that holds its amount as text the engine reads (`12.50万元`, the field's own unit; `1,801.23`
 * kept as text), read as a number by the formula that takes it: the cell stays as the accountant typed it (the add-in
 * never overwrites it), and ROUND of the text was #VALUE! (`12.50万元`) or left to the host's coercion. ASC makes
 * full-width digits half-width, as scaled() reads a table's text. A zero in another unit of money (`0元`, `0.00千元`)
 * is 0, as the reader reads it (supplement/amount.ts): read as 万元 alone, VALUE made it #VALUE! where the engine
 * worked the 增减额 from 0, and no problem said why. Another figure in another unit (`5元`, which the reader asks to
 * convert) is #N/A. No fallback figure: the formula is the same whatever the text says (it stays live, and stays the
 * add-in's when the accountant retypes the figure); a text VALUE cannot read is an error, beside the reader's problem of it.
 * Taken only for text the engine reads and this reads to the same number in every host (supplement/amount.ts
 * sheetFormulasRead): `△12.5`, `−12.5`, `12.5-`, `1 372.79`, `12.5万 元` are unread by the reader too, which asks for
 * the plain number (readSheet.ts formulaUnreadAmount).
 */
export function textAmountOperand(cell: string): string {
  const wan = `VALUE(TRIM(SUBSTITUTE(ASC(${cell}),"万元","")))`;
  const zero = `IF(VALUE(TRIM(SUBSTITUTE(SUBSTITUTE(ASC(${cell}),"千元",""),"元","")))=0,0,NA())`;
  return `IFERROR(${wan},${zero})`;
}

/** textAmountOperand as written now, and as written before 0元 was read (h202: the 万元 reading alone). */
const TEXT_AMOUNT =
  /IFERROR\(VALUE\(TRIM\(SUBSTITUTE\(ASC\(([^()]+)\),"万元",""\)\)\),IF\(VALUE\(TRIM\(SUBSTITUTE\(SUBSTITUTE\(ASC\(\1\),"千元",""\),"元",""\)\)\)=0,0,NA\(\)\)\)|VALUE\(TRIM\(SUBSTITUTE\(ASC\(([^()]+)\),"万元",""\)\)\)/g;

/**
 * A formula with every textAmountOperand as the cell it reads (an operand's own cell, whose blank says the figure is not
 * known, as the formulas below test it): two formulas the same but for which input cells held
 * text when each was written are the same formula of the add-in's (addinCells).
 */
export function withoutTextAmountOperands(formula: string): string {
  return formula.replace(TEXT_AMOUNT, (_, now: string | undefined, before: string | undefined) => (now ?? before)!);
}

/** 增减额: current − prior, blank until both are known. Either operand may be a textAmountOperand. */
export function changeFormula(current: string, prior: string): string {
  return `IF(OR(${withoutTextAmountOperands(current)}="",${withoutTextAmountOperands(prior)}=""),"",ROUND(${cents(current)}-${cents(prior)},2))`;
}

/** 增减率 (%), signed: ±100 from zero (by the sign of the figure), 0 when both are zero. */
export function changeRateFormula(current: string, prior: string): string {
  const [c, p] = [cents(current), cents(prior)];
  return `IF(OR(${withoutTextAmountOperands(current)}="",${withoutTextAmountOperands(prior)}=""),"",IF(${p}=0,SIGN(${c})*100,ROUND((${c}-${p})/ABS(${p})*100,2)))`;
}

/**
 * 预决算差异率 (%), signed; blank when the budget is missing or 0, or either figure is below 0 (a refund: the text works
 * out no rate of it, a gap asks for the figures to be checked; the sheet showed 预决算差异率 -200.00 beside it).
 */
export function varianceFormula(actual: string, budget: string): string {
  return variance(actual, budget, true);
}

function variance(actual: string, budget: string, noneBelowZero: boolean): string {
  const [a, b] = [cents(actual), cents(budget)];
  const blank = noneBelowZero ? `OR(${b}=0,${a}<0,${b}<0)` : `${b}=0`;
  return `IF(OR(${withoutTextAmountOperands(actual)}="",${withoutTextAmountOperands(budget)}=""),"",IF(${blank},"",ROUND((${a}-${b})/${b}*100,2)))`;
}

/**
 * What a 占比 cell shows where the text states no figure for the share (NarrativeContext.share): a part larger than its
 * whole (overWhole: the tables contradict each other; the text leaves a gap saying so, the sheet showed 104.36 for 用车
 * 4.79 of a 合计 of 4.59, and 22724.17 for 1,363.45 of 6.00), and a part other than 0 whose share rounds to 0.00 (the
 * text's 不足0.01%; the sheet showed 0.00 for 0.01 of 123,456.78, as if nothing was received).
 */
export const SHARE_OVER_WHOLE = '大于整体：请核对表格';
export const SHARE_BELOW = '不足0.01';

/**
 * How a version spelled the 占比 formulas. `noneBelowZero`: blank for a part or a base below 0, and the residual taken only
 * where no part is (versions before 2026-12-05 did neither). `bounded`: SHARE_OVER_WHOLE and SHARE_BELOW where the text
 * states no figure, and no residual taken to 0.00 nor beside a part larger than the whole (versions before 2026-12-06
 * showed the figure, and took it).
 */
interface ShareSpelling {
  readonly noneBelowZero: boolean;
  readonly bounded: boolean;
}

const NOW: ShareSpelling = { noneBelowZero: true, bounded: true };

/**
 * 占比 (%) of a base; blank when the base is 0, or the part or the base is below 0 (the text states no share of it);
 * SHARE_OVER_WHOLE and SHARE_BELOW as the text says them.
 */
export function shareFormula(part: string, base: string): string {
  return share(part, base, NOW);
}

function share(part: string, base: string, spelling: ShareSpelling): string {
  const [p, b] = [cents(part), cents(base)];
  const own = `ROUND(${p}/${b}*100,2)`;
  return `IF(OR(${withoutTextAmountOperands(part)}="",${withoutTextAmountOperands(base)}=""),"",IF(${blankShare(p, b, spelling)},"",${spelling.bounded ? bounded(p, b, own) : own}))`;
}

function blankShare(p: string, b: string, spelling: ShareSpelling): string {
  return spelling.noneBelowZero ? `OR(${b}=0,${p}<0,${b}<0)` : `${b}=0`;
}

/**
 * A share `own` (rounded) of `p` in `b` (each to the 分) as the text states it: overWhole (arithmetic.ts) over it by more
 * than the 0.01 of rounding 元 to 万元 or by a share above 100.00%, belowShownShare a part other than 0 whose share rounds
 * to 0.00 (ROUND(p-b,2): 0.01 is no more than 0.01 in binary figures).
 */
function bounded(p: string, b: string, own: string): string {
  return `IF(AND(${p}>${b},OR(${own}>100,ROUND(${p}-${b},2)>0.01)),"${SHARE_OVER_WHOLE}",IF(AND(${own}=0,${p}<>0),"${SHARE_BELOW}",${own}))`;
}

/** The parts of one base whose shares the text lists in one sentence (the 类 of table 05, the three 三公 items). */
export interface ShareGroup {
  /** The parts' 本年数 cells, in the order the text lists them (a textAmountOperand of one holding typed text). */
  readonly parts: readonly string[];
  /** Their 占比 cells, in the same order. */
  readonly shares: readonly string[];
  /** The base's 本年数 cell (or its textAmountOperand). */
  readonly base: string;
}

/**
 * 占比 (%) of the part `k` of a group, the residual of the shares' rounding taken as the text takes it (shares() with
 * tailAdjust, DOMAIN §5): by the last part other than 0, when every part is known and none is below 0 (whose own share is
 * blank: the text states none), the parts make up the base (their sum's share rounds to 100.00%), this part's share is
 * not exact nor 0.00, and taking it leaves the share above 0 (not at 0.00: residualTaker). Without it the sheet showed
 * 其他支出 1.36% where the text says 1.35% [ref: 18.55 / 1,363.45]. shares() also asks that the
 * residual be at most ⌊n/2⌋ × 0.01 for n parts other than 0; where the parts make up the base it always is (each share
 * is rounded by less than half a 0.01 %, or by half of one away from zero, and their sum's by at most half), so the
 * formula does not ask it again (tailShareFormula.test.ts holds the two to the same figures).
 *
 * Each part's formula says when it is the one that takes the residual (every part after it is 0), so the formula is
 * the same whatever the figures: it stays right when the accountant corrects a table, and the page knows it as ours.
 * It takes the residual as 100 less the shares of the parts before it, which then are their own roundings (a later part
 * other than 0 takes it, not they), and refers to no 占比 after it: no circular reference. The first part takes none
 * (as the only part other than 0, a residual of ⌊1/2⌋ = 0).
 */
export function tailShareFormula(group: ShareGroup, k: number): string {
  return tailShare(group, k, NOW);
}

/**
 * tailShareFormula as `spelling` writes it. Bounded: no part takes the residual where a part is larger than the base by
 * more than 0.01 (its share is SHARE_OVER_WHOLE, which SUM reads as nothing: the part after it took 100 less the others;
 * shares() takes none there, the parts' shares adding up to 100.00% with a part over the whole only where every other
 * rounds to 0.00), nor where its share would be 0.00 or is (residualTaker). A SHARE_BELOW before it is its 0 in the SUM, as in
 * shares().
 */
function tailShare(group: ShareGroup, k: number, spelling: ShareSpelling): string {
  const part = group.parts[k]!;
  if (k === 0) return share(part, group.base, spelling);
  const b = cents(group.base);
  const own = `ROUND(${cents(part)}/${b}*100,2)`;
  const taken = `ROUND(100-SUM(${group.shares.slice(0, k).join(',')}),2)`;
  const takes = [
    `COUNT(${group.parts.join(',')})=${group.parts.length}`,
    `${part}<>0`,
    ...(spelling.noneBelowZero ? [`MIN(${group.parts.join(',')})>=0`] : []),
    ...(spelling.bounded ? [`ROUND(ROUND(MAX(${group.parts.join(',')}),2)-${b},2)<=0.01`] : []),
    ...group.parts.slice(k + 1).map((p) => `${p}=0`),
    `ROUND(ROUND(SUM(${group.parts.join(',')}),2)/${b}*100,2)=100`,
    `ROUND(${own}*${b},4)<>ROUND(${cents(part)}*100,4)`,
    // Bounded: taken only by a share above 0.00 (a 0.00 share is the text's 不足0.01: raised, 0.01 of 100,000.00 showed 0.01).
    ...(spelling.bounded ? [`${own}>0`, `${taken}>0`] : [`${taken}>=0`]),
  ];
  // IFERROR: a part that is an error (#REF! in its table) is not known, so no part takes the residual; bare, AND passed
  // the error on to every share of the group, where only the part's own share is one.
  const ownShown = spelling.bounded ? bounded(cents(part), b, own) : own;
  return `IF(OR(${withoutTextAmountOperands(part)}="",${withoutTextAmountOperands(group.base)}=""),"",IF(${blankShare(cents(part), b, spelling)},"",IF(IFERROR(AND(${takes.join(',')}),FALSE),${taken},${ownShown})))`;
}

/** The formulas of the 说明数据 sheet's derived columns: those the add-in writes now, and those it wrote before. */
export interface DerivedFormulas {
  readonly amountSum: (refs: readonly AmountRef[]) => string;
  readonly change: (current: string, prior: string) => string;
  readonly changeRate: (current: string, prior: string) => string;
  readonly variance: (actual: string, budget: string) => string;
  readonly share: (part: string, base: string) => string;
  /** 占比 of a part of a group the text lists together, where its shares take the residual of their rounding. */
  readonly groupShare: (group: ShareGroup, k: number) => string;
}

export const DERIVED_FORMULAS: DerivedFormulas = {
  amountSum: amountSumFormula,
  change: changeFormula,
  changeRate: changeRateFormula,
  variance: varianceFormula,
  share: shareFormula,
  groupShare: tailShareFormula,
};

/**
 * As versions before 2026-12-05 wrote them: a 预决算差异率 and a 占比 of a figure below 0 worked out, and the residual of
 * the shares' rounding taken beside a part below 0 (the sheet keeps such a formula as ours, recomputed in the formulas
 * of now).
 */
export const FORMER_NEGATIVE_FORMULAS: DerivedFormulas = {
  ...DERIVED_FORMULAS,
  variance: (a, b) => variance(a, b, false),
  share: (p, b) => share(p, b, { noneBelowZero: false, bounded: false }),
  groupShare: (g, k) => tailShare(g, k, { noneBelowZero: false, bounded: false }),
};

/**
 * As versions before 2026-12-06 wrote them: a 占比 of a part larger than its whole worked out (104.36), one that rounds
 * to 0.00 shown so, and the residual taken to 0.00, from 0.00 or beside a part over the whole (the sheet keeps such a formula as
 * ours, recomputed in the formulas of now).
 */
export const FORMER_UNBOUNDED_FORMULAS: DerivedFormulas = {
  ...DERIVED_FORMULAS,
  share: (p, b) => share(p, b, { noneBelowZero: true, bounded: false }),
  groupShare: (g, k) => tailShare(g, k, { noneBelowZero: true, bounded: false }),
};

/**
 * As versions before 2026-12-06 wrote them: a 本年数 of several cells of a 万元 or 千元 table, or of one 千元 cell, added
 * as the cells stand (the sheet keeps such a formula as ours, recomputed in the formulas of now).
 */
export const FORMER_SUM_FORMULAS: DerivedFormulas = { ...DERIVED_FORMULAS, amountSum: formerAmountSumFormula };

/**
 * As versions before 2026-12 wrote them, each operand unrounded: a 说明数据 sheet written then still holds them, and they
 * are still the add-in's (the page recomputes them, writing the formulas of now; a refresh rewrites the sheet).
 */
export const FORMER_DERIVED_FORMULAS: DerivedFormulas = {
  amountSum: (refs) =>
    refs.length === 1
      ? formerAmountFormula(refs[0]!.cell, refs[0]!.unit, refs[0]!.shownDivisor)
      : `ROUND(${refs.map((r) => formerAmountFormula(r.cell, r.unit, r.shownDivisor)).join('+')},2)`,
  change: (c, p) => `IF(OR(${c}="",${p}=""),"",ROUND(${c}-${p},2))`,
  changeRate: (c, p) => `IF(OR(${c}="",${p}=""),"",IF(${p}=0,SIGN(${c})*100,ROUND((${c}-${p})/ABS(${p})*100,2)))`,
  variance: (a, b) => `IF(OR(${a}="",${b}="",${b}=0),"",ROUND((${a}-${b})/${b}*100,2))`,
  share: (p, b) => `IF(OR(${p}="",${b}="",${b}=0),"",ROUND(${p}/${b}*100,2))`,
  groupShare: (g, k) => `IF(OR(${g.parts[k]}="",${g.base}="",${g.base}=0),"",ROUND(${g.parts[k]}/${g.base}*100,2))`,
};
