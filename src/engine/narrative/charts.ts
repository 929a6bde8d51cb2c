/**
 * The figures of the charts a preset asks for (`charts` in the preset): 收入结构 and 支出结构 (§二, §三: tables 02
 * and 03), 一般公共预算财政拨款支出 by 类 (§五（二）: table 05) and the “三公” 预算 against 决算 (§七: table 07). Each is
 * built from the very computation its section's sentence quotes (structureItems, generalBudgetClasses,
 * threePublicShares), so a share on a chart is the share in the text, tail adjustment included. A chart whose
 * figures are missing or all zero is left out rather than drawn empty. Pure data: the .docx, the web preview and
 * the Excel host each draw it their own way.
 */
import { formatCents, overWhole, ratio } from '../derive/arithmetic';
import { shareShown } from './context';
import type { NarrativeContext } from './context';
import type { ChartData, ChartItem } from './document';
import type { SectionId } from './templates';
import { structureItems } from './sections/structure';
import { generalBudgetClasses } from './sections/generalBudget';
import { threePublicFigure, threePublicShares } from './sections/threePublic';
import { subjectName } from './sections/subjectItems';
import { SHARED_ITEMS, ThreePublicItem } from './templates/threePublic';
import { CHART_SECTIONS, ChartId } from './templates/charts';

export { CHART_IDS, CHART_SECTIONS } from './templates/charts';
export type { ChartId } from './templates/charts';
export type { ChartData, ChartItem } from './document';

type Built = Omit<ChartData, 'number'>;

/** A share as the text prints it: 不足0.01 for a part other than 0 whose share rounds to 0.00 (其他收入（0.00%） was shown). */
const share = (rate: number | undefined, cents: number) => (rate === undefined ? undefined : shareShown(rate, cents, false));

/**
 * Whether a chart's items carry their shares: not where one is below 0 (a refund). That one has no share (the text
 * leaves a gap for it, 负数无占比), and a chart item has no gap to show, so it goes without. Nor do the others: their
 * shares are of a total that nets the refund out, so that they sum past 100.00% (“三公” 用车 4.79 of a 合计 of 4.59 is
 * 104.36% beside 接待 −0.20), which a chart of shares reads as slices of a whole (a pie draws the positive ones as
 * 100.00% between them). Shares of the positive items alone would be no share the text prints (it quotes each
 * against the 合计 it states), and a chart quotes the text. So the chart shows the amounts alone; the text keeps them.
 * So too where one is larger than the total (overWhole: tables that contradict each other), whose share the text leaves a
 * gap for too: 其他收入（101.98%） was shown beside the text's gap.
 */
const sharesShown = (cents: readonly number[], total: number) => cents.every((c) => c >= 0 && !overWhole(c, total, ratio(c, total) ?? 0));

function structureChart(ctx: NarrativeContext, id: 'income' | 'expenditure'): Built | undefined {
  const t = ctx.preset.templates[id];
  if (!t) return undefined;
  const { total, items } = structureItems(ctx, t, id, id === 'income' ? 'yearIncome' : 'yearExpenditure');
  if (!total || total.cents <= 0 || items.some((i) => i.amount === undefined)) return undefined;
  return {
    id,
    title: id === 'income' ? '收入决算结构' : '支出决算结构',
    kind: 'pie',
    source: ctx.tableTitle(id),
    totalCents: total.cents,
    items: items
      .filter((i) => i.amount!.cents !== 0)
      .map((i) => ({ label: i.name, cents: i.amount!.cents, ...optionalShare(sharesShown(items.map((x) => x.amount!.cents), total.cents) ? share(i.rate, i.amount!.cents) : undefined) })),
  };
}

function generalBudgetChart(ctx: NarrativeContext): Built | undefined {
  const { total, classes } = generalBudgetClasses(ctx);
  // A 类 whose figure cannot be read has no bar: no chart rather than one without it.
  if (!total || total.cents <= 0 || classes.length === 0 || classes.some((c) => c.amount === undefined)) return undefined;
  return {
    id: 'generalBudget',
    title: '一般公共预算财政拨款支出决算结构（按支出功能分类“类”级科目）',
    kind: 'bar',
    source: ctx.tableTitle('generalBudgetExpenditure'),
    totalCents: total.cents,
    items: classes.map((c) => ({
      label: subjectName(ctx, 'generalBudgetExpenditure', c.code) || c.code,
      cents: c.amount!.cents,
      ...optionalShare(sharesShown(classes.map((x) => x.amount!.cents), total.cents) ? share(c.rate, c.amount!.cents) : undefined),
    })),
  };
}

const THREE_PUBLIC_NAMES: Readonly<Record<ThreePublicItem, string>> = {
  overseasTravel: '因公出国（境）费',
  vehicles: '公务用车购置及运行维护费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  reception: '公务接待费',
};

function threePublicChart(ctx: NarrativeContext): Built | undefined {
  const t = ctx.preset.templates.threePublic;
  const { total, amounts, rates } = threePublicShares(ctx);
  const budgets = SHARED_ITEMS.map((i) => threePublicFigure(ctx, 'budget', i));
  if (!total || amounts.some((a) => !a) || budgets.some((b) => !b)) return undefined;
  if (total.cents === 0 && budgets.every((b) => b!.cents === 0)) return undefined;
  return {
    id: 'threePublic',
    title: '财政拨款“三公”经费支出预算与决算',
    kind: 'budgetActual',
    source: ctx.tableTitle('threePublicCosts'),
    totalCents: total.cents,
    items: SHARED_ITEMS.map((item, k) => ({
      label: t?.names?.[item] ?? THREE_PUBLIC_NAMES[item],
      cents: amounts[k]!.cents,
      budgetCents: budgets[k]!.cents,
      ...optionalShare(total.cents > 0 && sharesShown(amounts.map((a) => a!.cents), total.cents) ? share(rates[k], amounts[k]!.cents) : undefined),
    })),
  };
}

function optionalShare(s: string | undefined): { share?: string } {
  return s === undefined ? {} : { share: s };
}

/** The chart of `id` from the workbook as the context reads it, or nothing when its figures are missing or all zero. */
export function buildChart(ctx: NarrativeContext, id: ChartId): Built | undefined {
  switch (id) {
    case 'income':
    case 'expenditure':
      return structureChart(ctx, id);
    case 'generalBudget':
      return generalBudgetChart(ctx);
    case 'threePublic':
      return threePublicChart(ctx);
  }
}

/** `1,488.29 万元（89.41%）`: how a chart labels an item, with the text's separators setting. */
export function itemCaption(item: ChartItem, separators = true): string {
  return `${formatCents(item.cents, separators)} 万元${item.share === undefined ? '' : `（${item.share}%）`}`;
}

/** The charts the preset asks for after a section, given the section's id. */
export function chartsAfter(ctx: NarrativeContext, section: SectionId): ChartId[] {
  return (ctx.preset.charts ?? []).filter((c) => CHART_SECTIONS[c] === section);
}
