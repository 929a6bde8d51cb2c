/**
 * 七、财政拨款“三公”经费支出决算情况说明: the 决算 of table 07 against its 预算数 and the prior year, item by item,
 * each item's share of the total, and what each paid for (事项). 上海 says one fixed sentence when there was no
 * “三公” spending at all and no “三公” 预算 either (a 预算 left unspent is compared as any other).
 */
import { Basis, formatCents, shares } from '../../derive/arithmetic';
import type { Amount, NarrativeContext } from '../context';
import type { Block } from '../document';
import { Fragment, PresetError, sourced, Value, when } from '../fragment';
import type { ThreePublicTemplates } from '../templates';
import { CONTENT_MATTER, ITEM_PREFIX, SHARED_ITEMS, ThreePublicItem } from '../templates/threePublic';
import { budgetRowKey } from '../../tables/specs/threePublicCosts';

type Item = ThreePublicItem | 'total';

/** 说明数据 keys of the items. */
const INPUT_KEY: Readonly<Record<Item, string>> = {
  total: '三公经费合计',
  overseasTravel: '因公出国（境）费',
  vehicles: '公务用车购置及运行维护费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  reception: '公务接待费',
};

/** The lines of {预算明细}. */
const BUDGET_ITEMS: readonly ThreePublicItem[] = ['overseasTravel', 'vehiclePurchase', 'vehicleOperation', 'reception'];

type BudgetName = '年初预算数' | '全年预算数';

/**
 * The 预算 of table 07 that {预算} quotes, and its name: the one the preset names (its `budget`), from its own row where
 * the table has both a 年初预算数 and a 全年预算数 block, else the table's 预算数. A table whose one 预算 block is headed
 * the other 预算 (上海's 年初预算为… beside a lone 全年预算数 block) is quoted as that one where the preset can name it
 * (its `budgetNames`: 全年预算为…), else not at all (a gap, not that one's figure under this one's name).
 */
function quotedBudget(ctx: NarrativeContext): { readonly row: string | undefined; readonly name: BudgetName | undefined } {
  const t = ctx.preset.templates.threePublic;
  const named = t?.budget;
  if (named === undefined) return { row: 'budget', name: undefined };
  const table = ctx.recognition.tables.threePublicCosts;
  const row = budgetRowKey(table, named === '年初预算数' ? '年初' : '全年');
  if (row !== undefined || t?.budgetNames === undefined) return { row, name: named };
  const other: BudgetName = named === '年初预算数' ? '全年预算数' : '年初预算数';
  return { row: budgetRowKey(table, other === '年初预算数' ? '年初' : '全年'), name: other };
}

/** The row of table 07 a measure is read from (undefined: the table has no 预算 the preset can quote). */
function rowOf(ctx: NarrativeContext, measure: 'budget' | 'actual'): string | undefined {
  return measure === 'actual' ? measure : quotedBudget(ctx).row;
}

function figure(ctx: NarrativeContext, measure: 'budget' | 'actual', item: Item): Amount | undefined {
  const row = rowOf(ctx, measure);
  // The table prints only the other 预算, which the preset cannot name: a gap, not that one's figure.
  if (row === undefined) return undefined;
  const own = ctx.table('threePublicCosts', row, item);
  if (own) return own;
  // Layouts without a 小计 column: the subtotal is 购置费 + 运行费.
  if (item === 'vehicles') return ctx.tableRowSum('threePublicCosts', row, VEHICLE_PARTS);
  // Layouts without a 合计 column: the items added up, in 分 (an unreadable 合计 stays a gap).
  if (item !== 'total' || ctx.figure('threePublicCosts', row, 'total') !== undefined) return undefined;
  const vehicles = ctx.figure('threePublicCosts', row, 'vehicles') !== undefined ? ['vehicles'] : VEHICLE_PARTS;
  return ctx.tableRowSum('threePublicCosts', row, ['overseasTravel', ...vehicles, 'reception']);
}

const VEHICLE_PARTS = ['vehiclePurchase', 'vehicleOperation'];

function need<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new PresetError(`“三公”经费一节的句式用到了列表，但格式中没有 ${field}。`);
  return value;
}

/** 出国, 用车, 接待: their 决算 and shares of the 合计 as §七 quotes them (the chart quotes the same). */
export function threePublicShares(ctx: NarrativeContext): { readonly total: Amount | undefined; readonly amounts: readonly (Amount | undefined)[]; readonly rates: readonly (Basis | undefined)[] } {
  const total = figure(ctx, 'actual', 'total');
  const amounts = SHARED_ITEMS.map((i) => figure(ctx, 'actual', i));
  const rates = total && amounts.every(Boolean) ? shares(amounts.map((a) => a!.cents), total.cents, ctx.preset.settings.tailAdjust) : [];
  return { total, amounts, rates };
}

/** A figure of table 07 (the 用车 subtotal computed where the layout has no 小计 column). */
export function threePublicFigure(ctx: NarrativeContext, measure: 'budget' | 'actual', item: ThreePublicItem | 'total'): Amount | undefined {
  return figure(ctx, measure, item);
}

/** Whether `part` can be a part of `whole`: between 0 and it (a whole below 0, a refund, has parts from it up to 0). */
function partOf(part: number, whole: number): boolean {
  return whole >= 0 ? part <= whole : part <= 0 && part >= whole;
}

export function threePublic(ctx: NarrativeContext, t: ThreePublicTemplates): Block[] {
  const actual = (i: Item) => figure(ctx, 'actual', i);
  const budget = (i: Item) => figure(ctx, 'budget', i);
  const total = actual('total');
  // Only when nothing was spent: not when 40 元 shows as 0.00 万元, nor when the 合计 is left blank beside its items.
  const nothingSpent = total?.none === true && SHARED_ITEMS.map(actual).every((a) => a === undefined || a.none === true);
  // Nor when a 预算 was left unspent: the one sentence dropped 年初预算为57.00万元 (table 07 prints it), 完成预算的0.00%
  // and the 预决算差异原因 the 说明数据 gives, which (一) of the template asks for. A 预算 of 40 元 is none to compare (it
  // would read 年初预算为0.00万元，支出决算为0.00万元，预算数与决算数均为0), and 无“三公”经费财政拨款支出 stays true.
  const nothingBudgeted = (['total', ...SHARED_ITEMS, ...BUDGET_ITEMS] as const).map(budget).every((b) => b === undefined || b.cents === 0);
  if (t.empty !== undefined && nothingSpent && nothingBudgeted) return [{ kind: 'paragraph', runs: ctx.render(t.empty, {}) }];

  const money = (a: Amount | undefined, item: Item, measure = '决算数') =>
    ctx.money(a, `表07.${measure}.${INPUT_KEY[item]}`, `${ctx.tableTitle('threePublicCosts')}${measure}“${INPUT_KEY[item]}”`);
  const { amounts, rates } = threePublicShares(ctx);
  const share = (k: number): Value =>
    ctx.share(rates[k], amounts[k], total, () => ctx.gap('表07.决算数.合计', '“三公”经费决算合计'), INPUT_KEY[SHARED_ITEMS[k]!], '“三公”经费决算合计');
  const shown = t.paragraphs.filter((p): p is string => typeof p === 'string').join('');
  /**
   * `budgetShown`: the pattern states the item's 预算 itself (its gap stands there, once); else the missing 预算 shows at
   * {差异} (上海's items: 因公出国（境）费决算为…，【请填写…】). 上海's total said it three times: at 年初预算为…, at 完成预算的
   * and as the 差异 sentence.
   */
  const comparison = (item: Item, budgetShown = shown.includes(item === 'total' ? '{预算}' : `{${ITEM_PREFIX[item]}预算}`)) =>
    ctx.budgetValues(actual(item), budget(item), {
      gapField: `表07.预算数.${INPUT_KEY[item]}`,
      gapLabel: `${ctx.tableTitle('threePublicCosts')}预算数“${INPUT_KEY[item]}”`,
      reasonKey: INPUT_KEY[item],
      reasonLabel: `${INPUT_KEY[item]}预决算差异原因`,
      budgetShown,
      varianceShown: shown.includes(item === 'total' ? '{差异}' : `{${ITEM_PREFIX[item]}差异}`),
      rate: t.varianceRate,
      versus: t.versusBudget,
    });

  /** {出国决算} {出国预算} {出国差异} {出国增减} {出国占比} {出国开支内容} … */
  const itemValues = (item: ThreePublicItem): Record<string, Value> => {
    const p = ITEM_PREFIX[item];
    const cmp = comparison(item);
    const values: Record<string, Value> = {
      [`${p}决算`]: () => money(actual(item), item),
      [`${p}预算`]: () => money(budget(item), item, '预算数'),
      [`${p}差异`]: cmp['差异']!,
      [`${p}差异原因`]: cmp['差异原因']!,
      ...ctx.changeValues(p, actual(item), INPUT_KEY[item]),
    };
    const k = SHARED_ITEMS.indexOf(item);
    if (k >= 0) values[`${p}占比`] = share(k);
    const matter = CONTENT_MATTER[item];
    // What an item paid for is asked only where it spent something (40 元 too, shown as 0.00 万元), or of every item where
    // the preset says so: not of a refund (a 决算 below 0), which it asked for as of money spent; what the 说明数据 says
    // of it is kept.
    const refunded = () => (actual(item)?.cents ?? 0) < 0;
    if (matter) {
      const asked = () => (t.contentOfNothingSpent === true || actual(item)?.none !== true) && (!refunded() || ctx.matter(matter) !== undefined);
      values[`${p}开支内容`] = when(asked, () => ctx.matterText(matter));
    }
    values[`${p}退回`] = when(refunded, () => ctx.render(need(t.refund, 'refund'), { 名称: () => [{ text: INPUT_KEY[item] }] }));
    return values;
  };

  const names = () => need(t.names, 'names');
  const separator = () => need(t.separator, 'separator');
  const details = (): Fragment =>
    ctx.list(
      SHARED_ITEMS.map((item, k) =>
        ctx.render(need(t.item, 'item'), {
          名称: () => [{ text: names()[item] }],
          金额: () => money(amounts[k], item),
          占比: share(k),
          ...ctx.changeValues('', amounts[k], INPUT_KEY[item]),
        }),
      ),
      separator(),
    );
  const budgetDetails = (): Fragment =>
    ctx.list(
      BUDGET_ITEMS.map((item) => {
        const cmp = comparison(item, need(t.budgetItem, 'budgetItem').includes('{预算}'));
        return ctx.render(need(t.budgetItem, 'budgetItem'), {
          名称: () => [{ text: names()[item] }],
          预算: () => money(budget(item), item, '预算数'),
          决算: () => money(actual(item), item),
          差异: cmp['差异']!,
          差异原因: () => ctx.reason(INPUT_KEY[item], '预决算差异原因'),
        });
      }),
      separator(),
    );

  /**
   * {外宾接待费}: the 事项, a part of the 公务接待费 决算. Where the 决算 is none the part is 0.00 too: asked for, it stood
   * as a gap in 国内公务接待支出0.00万元（含外宾接待支出【请填写：外宾接待费】万元）. One larger than the 决算 is a gap
   * that says so (it printed 国内公务接待支出0.00万元（含外宾接待支出0.80万元））. Of a 决算 below 0 (a refund) the part lies
   * between it and 0: 0.00 is no part larger than -0.20 (it asked the accountant to check a 0.00 that was right).
   */
  const foreignReception = (): Fragment => {
    const key = '外宾接待费';
    const reception = actual('reception');
    const foreign = ctx.matterAmountValue(key);
    if (foreign === undefined) return reception?.none === true ? sourced(formatCents(0, ctx.separators), reception.source) : ctx.gap(`事项.${key}`, key);
    if (reception !== undefined && !partOf(foreign.cents, reception.cents)) {
      const shown = (a: Amount) => formatCents(a.cents, ctx.separators);
      const how = reception.cents >= 0 ? `大于公务接待费决算${shown(reception)}万元` : `不在公务接待费决算${shown(reception)}万元与 0 之间`;
      return ctx.gap(`事项.${key}`, `${key}（${shown(foreign)}万元，${how}：请核对）`);
    }
    return ctx.money(foreign, `事项.${key}`, key);
  };

  const values: Record<string, Value> = {
    合计: () => money(total, 'total'),
    外宾接待费: foreignReception,
    预算: () => money(budget('total'), 'total', '预算数'),
    预算名: () => [{ text: need(t.budgetNames, 'budgetNames')[quotedBudget(ctx).name ?? need(t.budget, 'budget')] }],
    ...comparison('total'),
    ...ctx.changeValues('', total, INPUT_KEY.total),
    明细: details,
    预算明细: budgetDetails,
    ...Object.assign({}, ...(Object.keys(ITEM_PREFIX) as ThreePublicItem[]).map(itemValues)),
  };
  return t.paragraphs.map((p): Block => (typeof p === 'string' ? { kind: 'paragraph', runs: ctx.render(p, values) } : { kind: 'heading', text: p.heading }));
}
