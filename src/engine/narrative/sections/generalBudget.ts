/**
 * 五、一般公共预算财政拨款支出决算情况说明: （一）总体 against the prior year and as a share of 本年支出合计,
 * （二）结构 by 类 with shares of the 合计, （三）具体 one numbered paragraph per 项 (上海: after the 合计 against
 * its 年初预算): first the 项 with a figure this year in code order, then the 项 of 说明数据 that have none this
 * year but had one last year or a budget this year (what the paragraph compares).
 */
import { Basis, shares } from '../../derive/arithmetic';
import { byCodeUnit } from '../../grid/order';
import type { Amount, NarrativeContext } from '../context';
import { classParts, zeroOverSpending } from '../../tables/model';
import type { Block } from '../document';
import { when } from '../fragment';
import type { GeneralBudgetDetailTemplates, GeneralBudgetOverallTemplates, GeneralBudgetStructureTemplates } from '../templates';
import { codeLabel, figureWithoutRow, renderWithoutItemsLead, itemCodes, nameOf, spentOutsideGeneralBudget, spokenOfWithoutFigure, SubjectLine, subjectItemValues, subjectName, supplementItems, tableItems, tableOfItem, underLeaf } from './subjectItems';

const KEY = '一般公共预算财政拨款支出';
const T5 = 'generalBudgetExpenditure';

export function generalBudgetOverall(ctx: NarrativeContext, t: GeneralBudgetOverallTemplates): Block[] {
  const total = ctx.table(T5, 'total', 'total');
  const base = ctx.table('summary', 'yearExpenditure', 'amount', 'expenditure');
  const values = {
    金额: () => ctx.money(total, '表05.合计', `${ctx.tableTitle(T5)}合计`),
    占比: ctx.share(
      total && base ? shares([total.cents], base.cents, false)[0] : undefined,
      total,
      base,
      () => ctx.gap('表01.本年支出合计', `${ctx.tableTitle('summary')}“本年支出合计”`),
      KEY,
      '本年支出合计',
    ),
    ...ctx.changeValues('', total, KEY),
  };
  return t.paragraphs.map((pattern) => ({ kind: 'paragraph' as const, runs: ctx.render(pattern, values) }));
}

/** A 类 of table 05 with a figure, and its share of the 合计 as §五（二） quotes it. */
export interface ClassShare {
  readonly code: string;
  /** Undefined where the 类's figure cannot be read (an error value, text): a gap in the text. */
  readonly amount: Amount | undefined;
  readonly rate: Basis | undefined;
}

/**
 * The non-zero 类 of table 05 in code order with their shares (tail-adjusted as the preset says): the sentence and the
 * chart quote these. A 类 whose figure cannot be read is listed without an amount or a share (a gap in the text), and
 * the others' shares are then not adjusted: dropped, the shares printed summed to 98.65%.
 */
export function generalBudgetClasses(ctx: NarrativeContext): { readonly total: Amount | undefined; readonly classes: readonly ClassShare[] } {
  const total = ctx.table(T5, 'total', 'total');
  const t5 = ctx.recognition.tables[T5];
  const classes = [...(t5 ? classParts(t5) : [])]
    // A 类 (or, where the table prints no 类 row, one of the 款 making it up) read as 0 over 款 or 项 that spent (its
    // row a blank heading, no 小计 closing its block): a gap, neither left out nor the sum of its other 款.
    .map(([code, rows]) => ({ code, amount: rows.some((r) => zeroOverSpending(t5!, r, 'total')) ? undefined : ctx.tableSum(T5, rows.map((r) => r.key), 'total') }))
    .filter((c) => c.amount === undefined || c.amount.cents !== 0)
    .sort((a, b) => byCodeUnit(a.code, b.code));
  const known = classes.flatMap((c) => (c.amount === undefined ? [] : [c.amount.cents]));
  const rates = total ? shares(known, total.cents, ctx.preset.settings.tailAdjust && known.length === classes.length) : [];
  let k = 0;
  return { total, classes: classes.map((c) => ({ ...c, rate: c.amount === undefined ? undefined : rates[k++] })) };
}

/**
 * The preset's sentence for a department whose table 05 spent nothing (read, its 合计 0 or blank), where a part of §五
 * has nothing to list: its heading stood alone. Never where the 合计 holds money (a table of unread rows).
 */
function spentNothing(ctx: NarrativeContext, empty: string | undefined, total: Amount | undefined): Block[] | undefined {
  return empty !== undefined && total?.none === true ? [{ kind: 'paragraph', runs: ctx.render(empty, {}) }] : undefined;
}

/**
 * How a gap names a 类: by its name and level, as the text names it (卫生健康支出（类）占比), its code only where the
 * table gives no name (a gap of 科目210占比 asked the accountant to look the code up).
 */
function classLabel(ctx: NarrativeContext, code: string): string {
  const name = subjectName(ctx, T5, code);
  return name ? `${name}（类）` : `科目${code}`;
}

export function generalBudgetStructure(ctx: NarrativeContext, t: GeneralBudgetStructureTemplates): Block[] {
  const { total, classes } = generalBudgetClasses(ctx);
  if (classes.length === 0) {
    const empty = spentNothing(ctx, t.empty, total);
    if (empty) return empty;
  }
  const items = classes.map((c, i) => {
    const label = classLabel(ctx, c.code);
    return ctx.render(t.item, {
      序号: () => [{ text: String(i + 1) }],
      类名: () => nameOf(ctx, T5, c.code),
      金额: () => ctx.money(c.amount, `表05.${c.code}`, label),
      占比: ctx.share(
        c.rate,
        c.amount,
        total,
        () => (c.amount === undefined ? ctx.gap(`表05.${c.code}`, label) : ctx.gap('表05.合计', `${ctx.tableTitle(T5)}合计`)),
        label,
        `${KEY}合计`,
      ),
    });
  });
  if (t.sentence === undefined) return items.map((runs) => ({ kind: 'paragraph' as const, runs }));
  const runs = ctx.render(t.sentence, {
    合计: () => ctx.money(total, '表05.合计', `${ctx.tableTitle(T5)}合计`),
    // Within `[…]` a department without a 类 of spending says nothing more (it wrote 主要用于以下方面：。).
    明细: when(
      () => items.length > 0,
      () => ctx.list(items, t.separator ?? '；'),
    ),
  });
  return [{ kind: 'paragraph', runs }];
}

/**
 * 项 with a figure this year, then 说明数据 codes with none this year that the paragraph has something to say
 * about. Codes of tables 08 and 09 are theirs, not table 05's, a 项 that spent nothing this year too (it was
 * listed here, with the 政府性基金 budget it had).
 */
function detailItems(ctx: NarrativeContext, t: GeneralBudgetDetailTemplates): SubjectLine[] {
  const present = tableItems(ctx, T5, 'total');
  const elsewhere = new Set([...present.map((l) => l.code), ...itemCodes(ctx, 'govFund'), ...itemCodes(ctx, 'stateCapital')]);
  // Those of table 05's 款 or 类, and those no table places (most 项 are 一般公共预算's) unless spent from another fund.
  const ofTable05 = (code: string) => (tableOfItem(ctx, code) ?? (spentOutsideGeneralBudget(ctx, code) ? undefined : T5)) === T5;
  const candidates = supplementItems(ctx).filter((code) => !elsewhere.has(code) && ofTable05(code) && !underLeaf(ctx, T5, code));
  const none = figureWithoutRow(ctx, T5, ['total']);
  const fallen = spokenOfWithoutFigure(ctx, t.item, candidates).map((code) => ({ code, amount: ctx.table(T5, code, 'total') ?? none }));
  return [...present, ...fallen];
}

export function generalBudgetDetail(ctx: NarrativeContext, t: GeneralBudgetDetailTemplates): Block[] {
  const blocks: Block[] = [];
  const items = detailItems(ctx, t);
  if (items.length === 0 && t.intro === undefined) {
    const empty = spentNothing(ctx, t.empty, ctx.table(T5, 'total', 'total'));
    if (empty) return empty;
  }
  if (t.intro !== undefined) {
    const total = ctx.table(T5, 'total', 'total');
    const budget = ctx.input(KEY, '年初预算数');
    const gapField = `指标.${KEY}.年初预算数`;
    const gapLabel = `${KEY}年初预算数`;
    const values = {
      金额: () => ctx.money(total, '表05.合计', `${ctx.tableTitle(T5)}合计`),
      年初预算: () => ctx.money(budget, gapField, gapLabel),
      ...ctx.budgetValues(total, budget, {
        gapField,
        gapLabel,
        reasonKey: KEY,
        reasonLabel: `${KEY}预决算差异原因`,
        budgetShown: t.intro.includes('{年初预算}'),
        varianceShown: t.intro.includes('{差异}'),
        rate: t.varianceRate,
        versus: t.versusBudget,
      }),
    };
    blocks.push({ kind: 'paragraph', runs: items.length > 0 ? ctx.render(t.intro, values) : renderWithoutItemsLead(ctx, t.intro, values) });
  }
  items.forEach((line, i) => {
    const values = {
      ...subjectItemValues(ctx, T5, line, i, t),
      ...ctx.changeValues('', line.amount, line.code, codeLabel(ctx, T5, line.code)),
    };
    blocks.push({ kind: 'paragraph', runs: ctx.render(t.item, values) });
  });
  return blocks;
}
