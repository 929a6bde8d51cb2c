/**
 * 五、一般公共预算财政拨款支出决算情况说明: （一）总体 against the prior year and as a share of 本年支出合计,
 * （二）结构 by 类 with shares of the 合计, （三）具体 one numbered paragraph per 项: first the 项 with a
 * figure this year in code order, then those that fell to 0.
 */
import { shares } from '../../derive/arithmetic';
import { functionalSubject } from '../../subjects/functional';
import { findRow } from '../../tables/model';
import type { RowModel } from '../../tables/model';
import type { Amount, NarrativeContext } from '../context';
import { derived } from '../context';
import type { Block } from '../document';
import type { Fragment } from '../fragment';

export interface GeneralBudgetOverallTemplates {
  /** {年度} {金额} {占比} {增减} {主要原因} */
  readonly sentence: string;
}

export interface GeneralBudgetStructureTemplates {
  /** {序号} {类名} {金额} {占比}: one paragraph per 类, or items of `sentence` when it is given. */
  readonly item: string;
  /** {年度} {合计} {明细}: the 类 in one paragraph, joined by `separator`. */
  readonly sentence?: string;
  readonly separator?: string;
}

export interface GeneralBudgetDetailTemplates {
  /**
   * {序号} {类名} {款名} {项名} {金额} {增减} {主要原因} {年初预算} {差异} {差异说明} {主要用于}: one paragraph
   * per 项.
   */
  readonly item: string;
  /** The 预算 comparison phrase inside {差异} (default: the preset's). */
  readonly varianceRate?: string;
  /** {差异说明} when 决算 is above, below or equal to 年初预算; {原因} is the 预决算差异原因. */
  readonly above?: string;
  readonly below?: string;
  readonly equal?: string;
}

const KEY = '一般公共预算财政拨款支出';

export function generalBudgetOverall(ctx: NarrativeContext, t: GeneralBudgetOverallTemplates): Block[] {
  const total = ctx.table('generalBudgetExpenditure', 'total', 'total');
  const base = ctx.table('summary', 'yearExpenditure', 'amount', 'expenditure');
  return [
    {
      kind: 'paragraph',
      runs: ctx.render(t.sentence, {
        年度: () => ctx.year(),
        金额: () => ctx.money(total, '表05.合计', '一般公共预算财政拨款支出决算表合计'),
        占比: () => {
          const rate = total && base ? shares([total.cents], base.cents, false)[0] : undefined;
          return rate === undefined ? ctx.gap('表01.本年支出合计', '收入支出决算总表“本年支出合计”') : ctx.percent(rate, [total!.source, base!.source]);
        },
        增减: () => ctx.change(total, KEY),
        主要原因: () => ctx.reason(KEY, '主要原因'),
      }),
    },
  ];
}

function subjectRows(ctx: NarrativeContext): readonly RowModel[] {
  return ctx.recognition.tables.generalBudgetExpenditure?.rows.filter((r) => r.code) ?? [];
}

/** A subject's name: its label in table 05, else the name in the 功能分类 (subject rows are keyed by code). */
function subjectName(ctx: NarrativeContext, code: string): string {
  const table = ctx.recognition.tables.generalBudgetExpenditure;
  const row = table && findRow(table, code);
  return (row?.label || functionalSubject(code)?.name || '').replace(/\s+/g, '');
}

function nameOf(ctx: NarrativeContext, code: string): Fragment {
  const name = subjectName(ctx, code);
  return name ? [{ text: name }] : ctx.gap(`科目.${code}`, `科目${code}的名称`);
}

export function generalBudgetStructure(ctx: NarrativeContext, t: GeneralBudgetStructureTemplates): Block[] {
  const total = ctx.table('generalBudgetExpenditure', 'total', 'total');
  const classes = subjectRows(ctx)
    .filter((r) => r.level === 'class')
    .map((r) => ({ code: r.code!, amount: ctx.table('generalBudgetExpenditure', r.key, 'total')! }))
    .filter((c) => c.amount && c.amount.cents !== 0)
    .sort((a, b) => a.code.localeCompare(b.code));
  const rates = total ? shares(classes.map((c) => c.amount.cents), total.cents, ctx.preset.settings.tailAdjust) : [];
  const items = classes.map((c, i) =>
    ctx.render(t.item, {
      序号: () => [{ text: String(i + 1) }],
      类名: () => nameOf(ctx, c.code),
      金额: () => ctx.money(c.amount, `表05.${c.code}`, `科目${c.code}`),
      占比: () => (rates[i] === undefined ? ctx.gap('表05.合计', '一般公共预算财政拨款支出决算表合计') : ctx.percent(rates[i]!, [c.amount.source, total!.source])),
    }),
  );
  if (t.sentence === undefined) return items.map((runs) => ({ kind: 'paragraph' as const, runs }));
  const runs = ctx.render(t.sentence, {
    年度: () => ctx.year(),
    合计: () => ctx.money(total, '表05.合计', '一般公共预算财政拨款支出决算表合计'),
    明细: () => ctx.list(items, t.separator ?? '；'),
  });
  return [{ kind: 'paragraph', runs }];
}

interface ItemLine {
  readonly code: string;
  readonly amount: Amount;
}

/** 项 with a figure this year (code order), then 项 of 说明数据 whose 上年数 fell to 0 this year. */
function detailItems(ctx: NarrativeContext): ItemLine[] {
  const current = subjectRows(ctx)
    .filter((r) => r.level === 'item')
    .map((r) => ({ code: r.code!, amount: ctx.table('generalBudgetExpenditure', r.key, 'total')! }))
    .filter((l) => l.amount);
  const present = current.filter((l) => l.amount.cents !== 0).sort((a, b) => a.code.localeCompare(b.code));
  const presentCodes = new Set(present.map((l) => l.code));
  const byCode = new Map(current.map((l) => [l.code, l]));
  const fallen = [...ctx.supplement.指标.keys()]
    .filter((code) => /^\d{7}$/.test(code) && !presentCodes.has(code))
    .filter((code) => (ctx.input(code, '上年数')?.cents ?? 0) !== 0)
    .sort()
    .map((code) => byCode.get(code) ?? { code, amount: { cents: 0, source: derived([]) } });
  return [...present, ...fallen];
}

/** `行政运行（2010301）`: how a gap names a 项. */
function codeLabel(ctx: NarrativeContext, code: string): string {
  const name = subjectName(ctx, code);
  return name ? `${name}（${code}）` : code;
}

export function generalBudgetDetail(ctx: NarrativeContext, t: GeneralBudgetDetailTemplates): Block[] {
  // Without 年初预算数 the gap shows once, at {年初预算}; the comparison phrases that depend on it stay empty.
  const showsBudget = t.item.includes('{年初预算}');
  return detailItems(ctx).map((line, i) => {
    const label = codeLabel(ctx, line.code);
    const budget = ctx.input(line.code, '年初预算数');
    const budgetGap = () => ctx.gap(`指标.${line.code}.年初预算数`, `${label}年初预算数`);
    const explain = (): Fragment => {
      if (!budget) return showsBudget ? [] : budgetGap();
      const pattern = line.amount.cents > budget.cents ? t.above : line.amount.cents < budget.cents ? t.below : t.equal;
      return pattern === undefined ? [] : ctx.render(pattern, { 原因: () => ctx.reason(line.code, '预决算差异原因', `${label}预决算差异原因`) });
    };
    return {
      kind: 'paragraph' as const,
      runs: ctx.render(t.item, {
        序号: () => [{ text: String(i + 1) }],
        类名: () => nameOf(ctx, line.code.slice(0, 3)),
        款名: () => nameOf(ctx, line.code.slice(0, 5)),
        项名: () => nameOf(ctx, line.code),
        金额: () => ctx.money(line.amount, `表05.${line.code}`, `科目${line.code}`),
        增减: () => ctx.change(line.amount, line.code, label),
        主要原因: () => ctx.reason(line.code, '主要原因', `${label}主要原因`),
        年初预算: () => (budget ? ctx.money(budget, '', '') : budgetGap()),
        差异: () => (budget || !showsBudget ? ctx.variance(line.amount, budget, `指标.${line.code}.年初预算数`, `${label}年初预算数`, t.varianceRate) : []),
        差异说明: explain,
        主要用于: () => ctx.reason(line.code, '主要用于', `${label}主要用于`),
      }),
    };
  });
}
