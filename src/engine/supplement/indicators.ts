/**
 * Where each indicator's 本年数 comes from (DOMAIN §4): a cell of a recognised table (table 08 or 09 for a 项 of a
 * fund table that table 05 does not list), an input (机关运行经费 of a 混合 department), or 0 for a 项 that has no
 * figure this year (and for 机关运行经费 of a 事业单位, which has none). Also the 全年预算数 that table 07 holds,
 * which budget the 预决算差异率 compares with, and the base of each 占比.
 */
import type { CellRef } from '../grid/address';
import type { Unit } from '../grid/money';
import type { Recognition, BlockTableId } from '../recognise/recognise';
import { displayDivisorOf } from '../recognise/displayScales';
import { classParts, columnsOf, figureOf, figureParts, zeroOverSpending } from '../tables/model';
import type { MoneyFigure, RowModel, TableModel } from '../tables/model';
import { budgetRowKey } from '../tables/specs/threePublicCosts';
import { functionalSubject } from '../subjects/functional';
import type { Supplement } from './supplement';
import { INDICATOR_KEYS } from './keys';
import type { AmountField } from './keys';
import { centsOfFen, Cents } from '../derive/arithmetic';

export interface TableRef {
  readonly cell: CellRef;
  readonly unit: Unit;
  /** 分, or null for a blank cell. */
  readonly fen: number | null;
  /** What the cell's stored figure is divided by to show it (元 stored, 万元 shown: 10,000); absent: 1. */
  readonly shownDivisor?: number;
}

/**
 * The amount of an indicator that is one table figure or the sum of several, as displayed: added in 分 and rounded
 * once, as the text adds them (NarrativeContext.tableRowSum) and as the sheet's formula does (amountSumFormula).
 */
export function refsCents(refs: readonly TableRef[]): Cents {
  return centsOfFen(refs.reduce((s, r) => s + (r.fen ?? 0), 0));
}

/** The reference to a table's figure, with the divisor its number format shows it by where that is not 1. */
function tableRef(rec: Recognition, cell: CellRef, unit: Unit, fen: number | null): TableRef {
  const shownDivisor = displayDivisorOf(rec.displayScales, cell);
  return shownDivisor === 1 ? { cell, unit, fen } : { cell, unit, fen, shownDivisor };
}

export type CurrentValue =
  | { readonly kind: 'table'; readonly refs: readonly TableRef[] }
  | { readonly kind: 'input' }
  | { readonly kind: 'zero' }
  | { readonly kind: 'missing' };

export interface IndicatorRowSpec {
  readonly key: string;
  readonly name: string;
  readonly current: CurrentValue;
  /** Table 07's 预算数, shown in the 全年预算数 column instead of an input. */
  readonly adjustedBudget?: readonly TableRef[];
  /** Which budget 预决算差异率 compares with. */
  readonly varianceBudget: '年初预算数' | '全年预算数';
  /** Key of the row whose 本年数 is this row's 占比 base. */
  readonly shareBase?: string;
  /**
   * The row is one of the parts that make up its base, whose shares are a structure (the 类 of table 05 as §五（二） lists
   * them, the three 三公 items as §七 does, 人员经费 and 公用经费): their shares take the residual of their rounding as
   * the text's do (DOMAIN §5), so that the sheet never says 1.36% where the text says 1.35%, nor shows a structure
   * summing to 100.01% that the text would print as 100.00%.
   */
  readonly listedShare?: true;
  /**
   * The 上年数, 年初预算数 and 全年预算数 a table prints for the indicator (printedFigure), each where it does: the sheet
   * takes them by formula where nothing is typed.
   */
  readonly printed?: Readonly<Partial<Record<PrintedField, readonly TableRef[]>>>;
}

/** The 说明数据 amounts a table may print beside this year's 决算 (本年数 is the 决算 itself). */
export type PrintedField = Exclude<AmountField, '本年数'>;
export const PRINTED_FIELDS: readonly PrintedField[] = ['上年数', '年初预算数', '全年预算数'];

/** Table 05's column of each field it may print (specs/generalBudgetExpenditure.ts). */
const T5_COLUMNS: Readonly<Partial<Record<AmountField, string>>> = { 上年数: 'priorActual', 年初预算数: 'initialBudget', 全年预算数: 'adjustedBudget' };

/** The indicator of table 05's 合计 row: its printed 上年决算数 and 预算 are this one's. */
const T5_TOTAL = '一般公共预算财政拨款支出';


/**
 * The figure a table prints for a 说明数据 amount: table 05's 上年决算数, 年初预算数 or 全年预算数 beside a subject's 决算 (its
 * 合计 row's for 一般公共预算财政拨款支出; a province's form), table 07's 上年决算数 row for a 三公 item. It stands for the
 * 说明数据's where that gives none (the sheet takes it by formula, which reads back as no input), and is held to it
 * where it does (supplement-printed-figures). A blank cell of table 05's is none (PARTIAL_COLUMNS: a form filling the
 * column in part, or not at all): read as 0, a blank 合计 of 年初预算数 was published as 年初预算为0.00万元 with 预算数为0
 * and 决算数大于预算数, and the sheet took it by formula as 0.00.
 */
export function printedFigure(rec: Recognition, key: string, field: AmountField): { readonly figure: MoneyFigure; readonly table: TableModel } | undefined {
  const t7 = rec.tables.threePublicCosts;
  // 机关运行经费 as 上海's districts print it in table 07's last column: a 混合 department's, which no other table holds.
  if (key === '机关运行经费' && field === '本年数') {
    const f = t7 && officeCostFigure(t7);
    return f && t7 ? { figure: f, table: t7 } : undefined;
  }
  // A 三公 indicator's item in table 07 (FIXED: its 决算's source), whose 上年决算数 row (layout D) prints its 上年数.
  const source = FIXED[key]?.source;
  const item = source?.[0] === 'threePublicCosts' ? source[2] : undefined;
  if (item !== undefined) {
    const f = field === '上年数' && t7 ? figureOf(t7, 'priorActual', item) : undefined;
    return f && t7 ? { figure: f, table: t7 } : undefined;
  }
  const t5 = rec.tables.generalBudgetExpenditure;
  const column = T5_COLUMNS[field];
  const row = key === T5_TOTAL ? 'total' : /^\d+$/.test(key) ? key : undefined;
  const f = column === undefined || row === undefined || !t5 ? undefined : figureOf(t5, row, column);
  return f && f.fen !== null && t5 ? { figure: f, table: t5 } : undefined;
}

/** Table 07's 机关运行经费决算数 (上海's districts: a last column of …“三公”经费及机关运行经费支出决算表), where it prints one. */
function officeCostFigure(t7: TableModel): MoneyFigure | undefined {
  return figureOf(t7, 'actual', 'officeCost');
}

/**
 * Table 07's 全年预算数 of a 三公 indicator (its 预算数 row, as the sheet's formula and §七 take it), or its 年初预算数 where it
 * prints a block of that name: a 全年预算数 or 年初预算数 the 说明数据 types for the item is held to it (supplement-three-public-budgets). The text and the sheet quote the table's, so a
 * typed one that differs went unread and unsaid (全年预算数 6.00 beside a table's 5.00: no finding, 5.00 in the text).
 */
export function threePublicBudgetFigure(rec: Recognition, key: string, field: AmountField): { readonly figure: MoneyFigure; readonly table: TableModel } | undefined {
  const budget = FIXED[key]?.budget;
  const t7 = rec.tables.threePublicCosts;
  if (budget?.[0] !== 'threePublicCosts' || !t7) return undefined;
  // A 年初预算数 only where the table has a block of its own for it: its one 预算数 block may be either (新疆 reads it as the
  // 全年 one, as the sheet does), and a 年初预算数 differing from a 全年 one is no error.
  const row = field === '全年预算数' ? budgetRowKey(t7, '全年') : field === '年初预算数' && t7.rows.some((r) => r.key === 'initialBudget') ? 'initialBudget' : undefined;
  const f = row === undefined ? undefined : figureOf(t7, row, budget[2]);
  return f ? { figure: f, table: t7 } : undefined;
}

/** The fields a table prints for the indicator, as references to its cells; none where it prints none. */
function printedOf(rec: Recognition, key: string): IndicatorRowSpec['printed'] {
  const out: Partial<Record<PrintedField, readonly TableRef[]>> = {};
  for (const field of PRINTED_FIELDS) {
    const found = printedFigure(rec, key, field);
    if (found && !found.figure.invalid) out[field] = [tableRef(rec, found.figure.cell, found.table.unit, found.figure.fen)];
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

type Source = readonly [BlockTableId, string, string, string?];

const FIXED: Readonly<Record<string, { source?: Source; budget?: Source; shareBase?: string; listedShare?: true; varianceBudget?: '全年预算数' }>> = {
  收入总计: { source: ['summary', 'grandTotal', 'amount', 'income'] },
  支出总计: { source: ['summary', 'grandTotal', 'amount', 'expenditure'] },
  本年收入合计: { source: ['summary', 'yearIncome', 'amount', 'income'] },
  本年支出合计: { source: ['summary', 'yearExpenditure', 'amount', 'expenditure'] },
  财政拨款收入总计: { source: ['fiscalSummary', 'grandTotal', 'amount', 'income'] },
  财政拨款支出总计: { source: ['fiscalSummary', 'grandTotal', 'total', 'expenditure'] },
  一般公共预算财政拨款支出: { source: ['generalBudgetExpenditure', 'total', 'total'], shareBase: '本年支出合计' },
  一般公共预算财政拨款基本支出: { source: ['generalBudgetExpenditure', 'total', 'basic'] },
  人员经费: { source: ['generalBudgetBasic', 'personnelTotal', 'amount'], shareBase: '一般公共预算财政拨款基本支出', listedShare: true },
  公用经费: { source: ['generalBudgetBasic', 'publicTotal', 'amount'], shareBase: '一般公共预算财政拨款基本支出', listedShare: true },
  三公经费合计: { source: ['threePublicCosts', 'actual', 'total'], budget: ['threePublicCosts', 'budget', 'total'], varianceBudget: '全年预算数' },
  '因公出国（境）费': {
    source: ['threePublicCosts', 'actual', 'overseasTravel'],
    budget: ['threePublicCosts', 'budget', 'overseasTravel'],
    shareBase: '三公经费合计',
    listedShare: true,
    varianceBudget: '全年预算数',
  },
  公务用车购置及运行维护费: {
    source: ['threePublicCosts', 'actual', 'vehicles'],
    budget: ['threePublicCosts', 'budget', 'vehicles'],
    shareBase: '三公经费合计',
    listedShare: true,
    varianceBudget: '全年预算数',
  },
  公务用车购置费: { source: ['threePublicCosts', 'actual', 'vehiclePurchase'], budget: ['threePublicCosts', 'budget', 'vehiclePurchase'], varianceBudget: '全年预算数' },
  公务用车运行维护费: {
    source: ['threePublicCosts', 'actual', 'vehicleOperation'],
    budget: ['threePublicCosts', 'budget', 'vehicleOperation'],
    varianceBudget: '全年预算数',
  },
  公务接待费: {
    source: ['threePublicCosts', 'actual', 'reception'],
    budget: ['threePublicCosts', 'budget', 'reception'],
    shareBase: '三公经费合计',
    listedShare: true,
    varianceBudget: '全年预算数',
  },
  机关运行经费: { source: ['generalBudgetBasic', 'publicTotal', 'amount'] },
};

function refs(rec: Recognition, source: Source | undefined): TableRef[] | undefined {
  if (!source) return undefined;
  const [id, named, column, block] = source;
  const table = rec.tables[id];
  if (!table) return undefined;
  // The 说明数据's 预算 of a 三公 item is its 全年预算数: of table 07's two 预算 blocks, when it has both, that one.
  // A table whose one 预算 is its 年初预算数 has none.
  const row = id === 'threePublicCosts' && named === 'budget' ? budgetRowKey(table, '全年') : named;
  if (row === undefined) return undefined;
  const own = figureOf(table, row, column, block);
  // A figure printed as its parts (MoneyFigure.parts) is their sum: a formula of their cells.
  if (own && !own.invalid) return figureParts(own).map((f) => tableRef(rec, f.cell, table.unit, f.fen));
  // Table 07 without a 小计 column: 公务用车 = 购置费 + 运行费.
  if (id === 'threePublicCosts' && column === 'vehicles') {
    const parts = ['vehiclePurchase', 'vehicleOperation'].map((c) => figureOf(table, row, c, block));
    if (parts.every((p) => p && !p.invalid)) return parts.map((p) => tableRef(rec, p!.cell, table.unit, p!.fen));
  }
  return undefined;
}

/**
 * A code table 05 does not list, as table 08 or 09 lists it (a 项 of 政府性基金 or 国有资本经营, which the 上海 §八/§九
 * compare with its 年初预算): its name and its 本年支出, or 基本支出 + 项目支出 where the table prints no 本年支出 合计.
 * Taken as 0, the sheet showed 0.00 and a 预决算差异率 of -100% beside a 项 the text says spent 30.00万元.
 */
function fundTableRow(rec: Recognition, code: string): { readonly name: string; readonly current: CurrentValue } | undefined {
  for (const id of ['govFund', 'stateCapital'] as const) {
    const table = rec.tables[id];
    const row = table?.rows.find((r) => r.code === code);
    if (!table || !row) continue;
    const name = row.label.replace(/\s+/g, '');
    // The columns §八/§九 take the 本年支出 from (fundTable.ts spendingColumns): the sheet and the text agree.
    const figures = columnsOf(table, 'yearExpenditure', ['basic', 'project']).map((c) => row.figures[c]);
    if (figures.every((f) => f && !f.invalid)) return { name, current: { kind: 'table', refs: figures.map((f) => tableRef(rec, f!.cell, table.unit, f!.fen)) } };
    return { name, current: { kind: 'missing' } };
  }
  return undefined;
}

/**
 * A 类 table 05 prints no row for (its 款 or 项 alone: classParts) as a row of the sheet all the same, before its first
 * part, its amount their sum: §五（二） lists it so, and its share takes part in the 类's residual (listedShare). Without
 * it the sheet's 类 were not all the text lists, their shares each their own rounding: 1.36% where the text says 1.35%.
 * Undefined for a 类 the table prints.
 */
function unprintedClassRow(rec: Recognition, t5: TableModel, code: string, parts: readonly RowModel[] | undefined): IndicatorRowSpec | undefined {
  if (!parts || parts.length === 0 || (parts.length === 1 && parts[0]!.code === code)) return undefined;
  const figures = parts.map((p) => p.figures.total);
  // A 款 read as 0 over 项 that spent (a blank heading): no figure of the 类, as §五（二） says (a gap), not its other 款'.
  const known = figures.every((f) => f !== undefined && !f.invalid) && !parts.some((p) => zeroOverSpending(t5, p, 'total'));
  return {
    key: code,
    name: functionalSubject(code)?.name ?? '',
    current: known ? { kind: 'table', refs: figures.flatMap((f) => figureParts(f!).map((p) => tableRef(rec, p.cell, t5.unit, p.fen))) } : { kind: 'missing' },
    varianceBudget: '年初预算数',
    shareBase: '一般公共预算财政拨款支出',
    listedShare: true,
  };
}

/**
 * A 混合 department's 机关运行经费 本年数: typed, unless table 07 prints it (上海's districts' last column), then that
 * cell's (typed over, office-cost holds the two together). Left an input beside the table's figure, the sheet showed an
 * empty cell while the text quoted the table (printedFigure), or a gap while the table held it.
 */
function mixedOfficeCost(rec: Recognition): CurrentValue {
  const t7 = rec.tables.threePublicCosts;
  const f = t7 && officeCostFigure(t7);
  return f && !f.invalid && t7 ? { kind: 'table', refs: [tableRef(rec, f.cell, t7.unit, f.fen)] } : { kind: 'input' };
}

/** The rows of the 说明数据 sheet: the fixed indicators, every 功能分类 code of table 05, then codes of 说明数据. */
export function indicatorRows(rec: Recognition, supplement: Supplement): IndicatorRowSpec[] {
  const rows: IndicatorRowSpec[] = [];
  const mixed = supplement.单位性质?.value === '混合';
  // A 事业单位 has no 机关运行经费 (DOMAIN §1; 上海: …年度无机关运行经费支出, 新疆 speaks of its 公用经费): 0, not its 公用经费
  // (the sheet showed table 06's 公用经费 as its 机关运行经费 beside a text saying there is none).
  const institution = supplement.单位性质?.value === '事业单位';
  for (const key of INDICATOR_KEYS) {
    const spec = FIXED[key]!;
    const found = refs(rec, spec.source);
    const budget = refs(rec, spec.budget);
    const printed = printedOf(rec, key);
    rows.push({
      key,
      name: key,
      current:
        key === '机关运行经费' && mixed ? mixedOfficeCost(rec) : key === '机关运行经费' && institution ? { kind: 'zero' } : found ? { kind: 'table', refs: found } : { kind: 'missing' },
      ...(budget ? { adjustedBudget: budget } : {}),
      varianceBudget: spec.varianceBudget ?? '年初预算数',
      ...(spec.shareBase ? { shareBase: spec.shareBase } : {}),
      ...(spec.listedShare ? { listedShare: true as const } : {}),
      ...(printed ? { printed } : {}),
    });
  }
  const codes = new Set<string>();
  const t5 = rec.tables.generalBudgetExpenditure;
  const classes = t5 ? classParts(t5) : undefined;
  for (const row of t5?.rows ?? []) {
    if (!row.code || !t5) continue;
    const cls = row.code.slice(0, 3);
    const unprinted = codes.has(cls) ? undefined : unprintedClassRow(rec, t5, cls, classes?.get(cls));
    if (unprinted) {
      codes.add(cls);
      rows.push(unprinted);
    }
    codes.add(row.code);
    const total = row.figures.total;
    const printed = printedOf(rec, row.code);
    rows.push({
      key: row.code,
      name: row.label.replace(/\s+/g, '') || functionalSubject(row.code)?.name || '',
      // A 类 read as 0 over the 款 or 项 that spent (a blank heading no 小计 closes): missing, as §五（二） says.
      current: total && !total.invalid && !(row.level === 'class' && zeroOverSpending(t5, row, 'total')) ? { kind: 'table', refs: [tableRef(rec, total.cell, t5.unit, total.fen)] } : { kind: 'missing' },
      varianceBudget: '年初预算数',
      ...(row.level === 'class' ? { shareBase: '一般公共预算财政拨款支出', listedShare: true as const } : {}),
      ...(printed ? { printed } : {}),
    });
  }
  for (const key of [...supplement.指标.keys()].filter((k) => /^\d+$/.test(k) && !codes.has(k)).sort()) {
    const fund = fundTableRow(rec, key);
    rows.push({
      key,
      name: fund?.name || functionalSubject(key)?.name || '',
      current: fund ? fund.current : { kind: 'zero' },
      varianceBudget: '年初预算数',
    });
  }
  return rows;
}
