/**
 * Derived figures as Excel formulas, so they stay live when the accountant corrects a table. Every formula
 * has an engine twin (arithmetic.ts) that computes the same value; a test recalculates the formulas with
 * LibreOffice and compares.
 */
import { CellRef, qualifiedA1 } from '../grid/address';
import type { Unit } from '../grid/money';

const DIVISOR: Readonly<Record<Unit, number>> = { 万元: 1, 千元: 10, 元: 10_000 };

/** A table figure in 万元 with two decimals: `ROUND(收入支出决算总表!C9,2)`, `ROUND('表 1'!C9/10000,2)`. */
export function amountFormula(ref: CellRef, unit: Unit): string {
  const d = DIVISOR[unit];
  return `ROUND(${qualifiedA1(ref)}${d === 1 ? '' : `/${d}`},2)`;
}

/** 增减额: current − prior, blank until both are known. */
export function changeFormula(current: string, prior: string): string {
  return `IF(OR(${current}="",${prior}=""),"",ROUND(${current}-${prior},2))`;
}

/** 增减率 (%), signed: ±100 from zero (by the sign of the figure), 0 when both are zero. */
export function changeRateFormula(current: string, prior: string): string {
  return `IF(OR(${current}="",${prior}=""),"",IF(${prior}=0,SIGN(${current})*100,ROUND((${current}-${prior})/ABS(${prior})*100,2)))`;
}

/** 预决算差异率 (%), signed; blank when the budget is missing or 0. */
export function varianceFormula(actual: string, budget: string): string {
  return `IF(OR(${actual}="",${budget}="",${budget}=0),"",ROUND((${actual}-${budget})/${budget}*100,2))`;
}

/** 占比 (%) of a base; blank when the base is 0. */
export function shareFormula(part: string, base: string): string {
  return `IF(OR(${part}="",${base}="",${base}=0),"",ROUND(${part}/${base}*100,2))`;
}
