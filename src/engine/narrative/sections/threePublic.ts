/**
 * 七、财政拨款“三公”经费支出决算情况说明: the 决算 of table 07 against the prior year with each item's share,
 * the details of each item from 事项, and the comparison with the 全年预算数 of table 07.
 */
import { shares } from '../../derive/arithmetic';
import type { Amount, NarrativeContext } from '../context';
import { derived } from '../context';
import type { Block } from '../document';
import type { Fragment } from '../fragment';

export interface ThreePublicTemplates {
  /** {年度} {合计} {增减} {主要原因} {明细} */
  readonly summary: string;
  /** {名称} {金额} {占比} {增减} {主要原因} */
  readonly item: string;
  readonly separator: string;
  /** {金额} {开支内容} {团组数} {人次} */
  readonly overseas: string;
  /** {金额} {购置费} {运行维护费} {开支内容} {购置数} {保有量} */
  readonly vehicles: string;
  /** {金额} {开支内容} {批次} {人次} */
  readonly reception: string;
  /** {预算} {决算} {差异} {差异原因} {明细} */
  readonly budget: string;
  /** {名称} {预算} {决算} {差异} {差异原因} */
  readonly budgetItem: string;
  readonly budgetVarianceRate?: string;
  /** Printed names: the three items and the four budget lines. */
  readonly names: {
    readonly overseasTravel: string;
    readonly vehicles: string;
    readonly reception: string;
    readonly vehiclePurchase: string;
    readonly vehicleOperation: string;
  };
}

type Item = 'overseasTravel' | 'vehicles' | 'vehiclePurchase' | 'vehicleOperation' | 'reception' | 'total';

/** 说明数据 keys of the items. */
const INPUT_KEY: Readonly<Record<Item, string>> = {
  total: '三公经费合计',
  overseasTravel: '因公出国（境）费',
  vehicles: '公务用车购置及运行维护费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  reception: '公务接待费',
};

function figure(ctx: NarrativeContext, measure: 'budget' | 'actual', item: Item): Amount | undefined {
  const own = ctx.table('threePublicCosts', measure, item);
  if (own || item !== 'vehicles') return own;
  // Layouts without a 小计 column: the subtotal is 购置费 + 运行费.
  const a = ctx.table('threePublicCosts', measure, 'vehiclePurchase');
  const b = ctx.table('threePublicCosts', measure, 'vehicleOperation');
  return a && b ? { cents: a.cents + b.cents, source: derived([a.source, b.source]) } : undefined;
}

export function threePublic(ctx: NarrativeContext, t: ThreePublicTemplates): Block[] {
  const actual = (i: Item) => figure(ctx, 'actual', i);
  const budget = (i: Item) => figure(ctx, 'budget', i);
  const money = (a: Amount | undefined, item: Item, measure = '决算数') => ctx.money(a, `表07.${measure}.${INPUT_KEY[item]}`, `“三公”经费支出决算表${measure}“${INPUT_KEY[item]}”`);
  const total = actual('total');
  const items: Item[] = ['overseasTravel', 'vehicles', 'reception'];
  const amounts = items.map(actual);
  const rates = total && amounts.every(Boolean) ? shares(amounts.map((a) => a!.cents), total.cents, ctx.preset.settings.tailAdjust) : [];
  const itemParts: Fragment[] = items.map((item, i) =>
    ctx.render(t.item, {
      名称: () => [{ text: t.names[item as 'overseasTravel'] }],
      金额: () => money(amounts[i], item),
      占比: () => (rates[i] === undefined ? ctx.gap('表07.决算数.合计', '“三公”经费决算合计') : ctx.percent(rates[i]!, [amounts[i]!.source, total!.source])),
      增减: () => ctx.change(amounts[i], INPUT_KEY[item]),
      主要原因: () => ctx.reason(INPUT_KEY[item], '主要原因'),
    }),
  );
  const budgetItems: Item[] = ['overseasTravel', 'vehiclePurchase', 'vehicleOperation', 'reception'];
  const budgetParts: Fragment[] = budgetItems.map((item) =>
    ctx.render(t.budgetItem, {
      名称: () => [{ text: t.names[item as 'overseasTravel'] }],
      预算: () => money(budget(item), item, '预算数'),
      决算: () => money(actual(item), item),
      差异: () => ctx.variance(actual(item), budget(item), `表07.预算数.${INPUT_KEY[item]}`, `“三公”经费支出决算表预算数“${INPUT_KEY[item]}”`, t.budgetVarianceRate),
      差异原因: () => ctx.reason(INPUT_KEY[item], '预决算差异原因'),
    }),
  );
  const paragraph = (runs: Fragment): Block => ({ kind: 'paragraph', runs });
  return [
    paragraph(
      ctx.render(t.summary, {
        年度: () => ctx.year(),
        合计: () => money(total, 'total'),
        增减: () => ctx.change(total, INPUT_KEY.total),
        主要原因: () => ctx.reason(INPUT_KEY.total, '主要原因'),
        明细: () => ctx.list(itemParts, t.separator),
      }),
    ),
    paragraph(
      ctx.render(t.overseas, {
        金额: () => money(actual('overseasTravel'), 'overseasTravel'),
        开支内容: () => ctx.matterText('因公出国（境）开支内容'),
        团组数: () => ctx.matterCount('因公出国（境）团组数'),
        人次: () => ctx.matterCount('因公出国（境）人次'),
      }),
    ),
    paragraph(
      ctx.render(t.vehicles, {
        金额: () => money(actual('vehicles'), 'vehicles'),
        购置费: () => money(actual('vehiclePurchase'), 'vehiclePurchase'),
        运行维护费: () => money(actual('vehicleOperation'), 'vehicleOperation'),
        开支内容: () => ctx.matterText('公务用车运行维护费开支内容'),
        购置数: () => ctx.matterCount('公务用车购置数'),
        保有量: () => ctx.matterCount('公务用车保有量'),
      }),
    ),
    paragraph(
      ctx.render(t.reception, {
        金额: () => money(actual('reception'), 'reception'),
        开支内容: () => ctx.matterText('公务接待费开支内容'),
        批次: () => ctx.matterCount('国内公务接待批次'),
        人次: () => ctx.matterCount('国内公务接待人次'),
      }),
    ),
    paragraph(
      ctx.render(t.budget, {
        预算: () => money(budget('total'), 'total', '预算数'),
        决算: () => money(total, 'total'),
        差异: () => ctx.variance(total, budget('total'), '表07.预算数.三公经费合计', '“三公”经费支出决算表预算数“合计”', t.budgetVarianceRate),
        差异原因: () => ctx.reason(INPUT_KEY.total, '预决算差异原因'),
        明细: () => ctx.list(budgetParts, t.separator),
      }),
    ),
  ];
}
