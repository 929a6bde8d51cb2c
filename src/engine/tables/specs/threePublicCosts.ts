/**
 * 公开07表 财政拨款“三公”经费支出决算表: one data row, 预算数 and 决算数 for each item. Three column
 * layouts exist (DOMAIN §2), so the reader classifies every column by the labels on its header path.
 */
import type { ThreePublicCostsSpec } from '../spec';

export const threePublicCostsSpec: ThreePublicCostsSpec = {
  code: '07',
  id: 'threePublicCosts',
  kind: 'threePublicCosts',
  titles: [
    '财政拨款“三公”经费支出决算表',
    '一般公共预算财政拨款“三公”经费支出决算表',
    '财政拨款“三公”经费、会议费、培训费支出决算表',
    '一般公共预算财政拨款“三公”经费、会议费、培训费支出决算表',
    // 陕西 prints 及 before the two (一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表).
    '财政拨款“三公”经费及会议费、培训费支出决算表',
    '一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表',
    // 上海's districts (2017 and after) print 机关运行经费 in a last column of the same table.
    '财政拨款“三公”经费及机关运行经费支出决算表',
    '一般公共预算财政拨款“三公”经费及机关运行经费支出决算表',
    // 安徽 (巢湖市人民法院 2021): the two funds named, and a 合计 | 一般公共预算 | 政府性基金 block under each measure (helper-h210:
    // not found, the 07 missing).
    '一般公共预算及政府性基金财政拨款“三公”经费支出决算表',
  ],
};

/**
 * The measures (the model's rows) as departments head a column or label a row, once a year or 本年 in front is taken
 * off: 预算 (预算数, 年初预算, 全年预算数, 调整预算数, 预算安排数, 预算金额, 预算数（年初）: group 1 or 2 says which
 * 预算) and 决算 (决算数, 支出决算, 决算支出数, 决算金额, 实际支出数, 实际数, 支出数, 预算执行数).
 */
export const THREE_PUBLIC_MEASURES = {
  budget: /^(?:(年初|全年|调整后?)预算|预算(?:安排)?)(?:数|金额)?(?:\((年初|全年|调整后?)\))?$/,
  actual: /^(?:支出)?决算(?:支出)?(?:数|金额)?$|^(?:实际(?:支出)?|(?:预算)?执行|支出)(?:数|金额)?$/,
} as const;

export type ThreePublicItem =
  | 'total'
  | 'overseasTravel'
  | 'vehicles'
  | 'vehiclePurchase'
  | 'vehicleOperation'
  | 'reception'
  | 'meeting'
  | 'training'
  | 'officeCost';

/** Item labels. `小计`/`合计` under 公务用车 mean `vehicles`; `合计` elsewhere means `total`. */
export const THREE_PUBLIC_ITEMS: Readonly<Record<ThreePublicItem, readonly string[]>> = {
  // 一、“三公”经费支出 over its items, under the 合计 of a table with 会议费 and 培训费 rows (it adds them in).
  // 总计 closing the items as rows (安徽 巢湖市人民法院 2021).
  total: ['合计', '总计', '三公经费合计', '三公经费小计', '三公经费', '三公经费支出', '三公经费支出合计', '三公经费支出小计'],
  overseasTravel: ['因公出国(境)费', '因公出国(境)费用', '因公出国境费', '因公出国(境)'],
  vehicles: ['公务用车购置及运行费', '公务用车购置及运行维护费', '公务用车费'],
  vehiclePurchase: ['公务用车购置费', '购置费', '公务用车购置'],
  vehicleOperation: ['公务用车运行费', '公务用车运行维护费', '运行费', '运行维护费', '公务用车运行维护', '公务用车运行'],
  reception: ['公务接待费'],
  meeting: ['会议费'],
  training: ['培训费'],
  // 上海's districts print it in a last column, one label over every header row (机关运行经费决算数): no 三公 item, its
  // 决算 the department's 机关运行经费 (office-cost holds it to table 06 and the 说明数据).
  officeCost: ['机关运行经费', '机关运行经费决算数', '机关运行经费决算', '机关运行经费支出', '机关运行经费支出决算数', '机关运行经费支出决算'],
};

/** Each item as a message names it (the 2014 template's words, which every layout's header reads as the item). */
export const THREE_PUBLIC_ITEM_NAMES: Readonly<Record<ThreePublicItem, string>> = {
  total: '合计',
  overseasTravel: '因公出国（境）费',
  vehicles: '公务用车购置及运行费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行费',
  reception: '公务接待费',
  meeting: '会议费',
  training: '培训费',
  officeCost: '机关运行经费',
};

/** The name of each row of the model: a measure, and the 年初 and 全年 预算 of a table that has a block of each. */
export const THREE_PUBLIC_ROW_NAMES: Readonly<Record<string, string>> = {
  budget: '预算数',
  actual: '决算数',
  // Last year's 决算, where the table prints it beside this year's (layout D: a 2022年决算数 row).
  priorActual: '上年决算数',
  initialBudget: '年初预算数',
  adjustedBudget: '全年预算数',
};

/** How a check names a row of the model: its measure (预算数), and a unit's row (TableModel.unitRows) its unit's too (“XX中心”预算数). */
export function threePublicRowName(row: { readonly block: string; readonly key: string; readonly label: string }): string {
  const measure = THREE_PUBLIC_ROW_NAMES[row.key] ?? row.label;
  return row.block === 'unit' ? `“${row.label}”${measure}` : measure;
}

/**
 * The rows in the order a check of each reports them: a 年初 or 全年 block's own row before the 预算数 row that repeats
 * the first of them, so that a finding on those cells names the block (`年初预算数合计`), the repeat then adding none.
 */
export function measureRowsInReportOrder<R extends { readonly key: string }>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => Number(a.key === 'budget') - Number(b.key === 'budget'));
}

/**
 * The row of the 预算 named `kind` (年初 or 全年): its own row where the table has both a 年初预算数 and a 全年预算数
 * block (the reader then adds `initialBudget` and `adjustedBudget`), else the table's one 预算数 row, `budget`, unless
 * the reader named that row the other 预算 (undefined: the table has none of this one).
 */
export function budgetRowKey(table: { readonly rows: readonly { readonly key: string; readonly label: string }[] } | undefined, kind: '年初' | '全年'): string | undefined {
  const own = kind === '年初' ? 'initialBudget' : 'adjustedBudget';
  if (table?.rows.some((r) => r.key === own)) return own;
  // The table's one 预算, named the other one (a lone 全年预算数 block for a 年初 figure): it has none of this one.
  const other = kind === '年初' ? 'adjustedBudget' : 'initialBudget';
  return table?.rows.some((r) => r.key === 'budget' && r.label === THREE_PUBLIC_ROW_NAMES[other]) ? undefined : 'budget';
}
