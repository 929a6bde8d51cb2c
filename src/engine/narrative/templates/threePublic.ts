/** 七、财政拨款“三公”经费支出决算情况说明: table 07 against the prior year and its 预算数, item by item. */
import { boolean, either, Infer, list, object, oneOf, optional, pattern, text } from '../schema';
import { changePlaceholders, VARIANCE_RATE, VERSUS_BUDGET } from './common';

export type ThreePublicItem = 'overseasTravel' | 'vehicles' | 'vehiclePurchase' | 'vehicleOperation' | 'reception';

/** The prefix of an item's placeholders: {出国决算}, {用车增减}, {接待开支内容} … */
export const ITEM_PREFIX: Readonly<Record<ThreePublicItem, string>> = {
  overseasTravel: '出国',
  vehicles: '用车',
  vehiclePurchase: '购置',
  vehicleOperation: '运行',
  reception: '接待',
};

/** The three items whose shares make up the total. */
export const SHARED_ITEMS: readonly ThreePublicItem[] = ['overseasTravel', 'vehicles', 'reception'];

/**
 * 事项 text of what an item paid for: {出国开支内容} …, left out (in […]) when the item spent nothing (unless the preset
 * asks it of every item: `contentOfNothingSpent`), or refunded more than it spent (a 决算 below 0) and the 说明数据 says
 * nothing of it.
 */
export const CONTENT_MATTER: Readonly<Partial<Record<ThreePublicItem, string>>> = {
  overseasTravel: '因公出国（境）开支内容',
  vehiclePurchase: '公务用车购置开支内容',
  vehicleOperation: '公务用车运行维护费开支内容',
  reception: '公务接待费开支内容',
};

function itemPlaceholders(item: ThreePublicItem): string[] {
  const p = ITEM_PREFIX[item];
  return [
    `${p}决算`,
    `${p}预算`,
    `${p}差异`,
    `${p}差异原因`,
    ...changePlaceholders(p),
    ...(SHARED_ITEMS.includes(item) ? [`${p}占比`] : []),
    ...(CONTENT_MATTER[item] ? [`${p}开支内容`] : []),
    `${p}退回`,
  ];
}

export const THREE_PUBLIC_PLACEHOLDERS = [
  '合计',
  '预算',
  '预算名',
  '差异',
  '差异说明',
  '差异原因',
  ...changePlaceholders(),
  '明细',
  '预算明细',
  /** The 事项 外宾接待费 (a part of 公务接待费), 0.00 where the 公务接待费 决算 is none. */
  '外宾接待费',
  ...(Object.keys(ITEM_PREFIX) as ThreePublicItem[]).flatMap(itemPlaceholders),
];

export const THREE_PUBLIC_SCHEMA = object(
  {
    /**
     * The whole section when the 决算 is 0 and the 预算 too (上海: …无“三公”经费财政拨款支出。); a 预算 left unspent is
     * compared in the paragraphs (完成预算的0.00%, and why).
     */
    empty: optional(pattern()),
    /** Paragraphs, and sub-headings as { "heading": "（一）…" }. */
    paragraphs: list(either(pattern(...THREE_PUBLIC_PLACEHOLDERS), object({ heading: text() })), true),
    /** One item of {明细} (出国, 用车, 接待): {名称} {金额} {占比} {增减} {增减词} {主要原因}. */
    item: optional(pattern('名称', '金额', '占比', ...changePlaceholders())),
    /**
     * The 预算 that {预算} quotes where table 07 has both a 年初预算数 and a 全年预算数 block (新疆 compares with the 全年,
     * 上海 with the 年初). A table with one 预算 block is quoted as it is, whatever its header says.
     */
    budget: optional(oneOf(['年初预算数', '全年预算数'] as const)),
    /**
     * How {预算名} names the 预算 that {预算} quotes (上海: 年初预算, 全年预算). Given, a table whose one 预算 block is
     * headed the other 预算 (a lone 全年预算数 where 上海 names the 年初) is quoted as that one, so named; left out,
     * that 预算 is a gap (a paragraph naming its 预算 in words would state one 预算 as the other).
     */
    budgetNames: optional(object({ 年初预算数: text(), 全年预算数: text() })),
    /** One item of {预算明细} (出国, 购置, 运行, 接待): {名称} {预算} {决算} {差异} {差异原因}. */
    budgetItem: optional(pattern('名称', '预算', '决算', '差异', '差异原因')),
    separator: optional(text()),
    varianceRate: VARIANCE_RATE,
    versusBudget: VERSUS_BUDGET,
    /** Names printed in {明细} and {预算明细}. */
    names: optional(object({ overseasTravel: text(), vehicles: text(), vehiclePurchase: text(), vehicleOperation: text(), reception: text() })),
    /**
     * {出国退回} {用车退回} {购置退回} {运行退回} {接待退回}: an item whose 决算 is below 0 (a refund, 收回以前年度支出, no
     * spending), said so with {名称} the item's 说明数据 name (上海: {名称}决算为负数，系收回以前年度支出，冲减本年支出。); it
     * applies only to such an item (write it in […]).
     */
    refund: optional(pattern('名称')),
    /**
     * {出国开支内容} … asked of an item that spent nothing too, as 新疆 states one for every item (开支内容包括我单位无因公
     * 出国（境）费); otherwise asked only of an item that spent something (上海). Never of a refund the 说明数据 says
     * nothing of.
     */
    contentOfNothingSpent: optional(boolean()),
  },
  {
    明细: ['item', 'separator', 'names'],
    预算明细: ['budgetItem', 'separator', 'names'],
    预算名: ['budget', 'budgetNames'],
    ...Object.fromEntries(Object.values(ITEM_PREFIX).map((p) => [`${p}退回`, ['refund' as const]])),
  },
);

export type ThreePublicTemplates = Infer<typeof THREE_PUBLIC_SCHEMA>;
