/**
 * 六、一般公共预算财政拨款基本支出决算情况说明: the total, then 人员经费 and 公用经费 with the names of their
 * non-zero 经济分类 款 in table order (an empty list does not apply: its optional part `[…]` is left out).
 */
import { PERSONNEL_CLASSES, PUBLIC_CLASSES } from '../../subjects/economic';
import { findRow } from '../../tables/model';
import type { RowModel } from '../../tables/model';
import type { Amount, NarrativeContext } from '../context';
import type { Block } from '../document';
import { join, plain, when } from '../fragment';
import type { Fragment } from '../fragment';
import type { BasicTemplates } from '../templates';

/** The non-zero 经济分类 款 of table 06 under `classes`, in table order: block by block (left to right), top to bottom. */
function sectionRows(ctx: NarrativeContext, classes: readonly string[]): RowModel[] {
  const rows = ctx.recognition.tables.generalBudgetBasic?.rows ?? [];
  return rows
    .filter((r) => r.level === 'section' && classes.includes(r.code!.slice(0, 3)))
    .filter((r) => (r.figures.amount?.fen ?? 0) !== 0)
    .sort((a, b) => (a.labelCell?.col ?? 0) - (b.labelCell?.col ?? 0) || (a.labelCell?.row ?? 0) - (b.labelCell?.row ?? 0));
}

const nameOf = (r: RowModel) => r.label.replace(/\s+/g, '');

const CLASSES_OF = { personnelTotal: PERSONNEL_CLASSES, publicTotal: PUBLIC_CLASSES } as const;

/**
 * Table 06's 人员经费合计 or 公用经费合计. Where the table prints no such row but prints its 类 (a department leaving
 * the 合计 rows out), their sum (DOMAIN §6: 人员经费合计 = 301 + 303, 公用经费合计 = 302 + 310 (+307 +399)), added
 * in 分: the text had a gap for a figure the workbook holds.
 */
export function economicTotal(ctx: NarrativeContext, key: keyof typeof CLASSES_OF): Amount | undefined {
  const t6 = ctx.recognition.tables.generalBudgetBasic;
  if (!t6 || findRow(t6, key)) return ctx.table('generalBudgetBasic', key, 'amount');
  const classes = CLASSES_OF[key].filter((code) => findRow(t6, code));
  return classes.length > 0 ? ctx.tableSum('generalBudgetBasic', classes, 'amount') : undefined;
}

export function basic(ctx: NarrativeContext, t: BasicTemplates): Block[] {
  const total = ctx.table('generalBudgetExpenditure', 'total', 'basic');
  const personnel = economicTotal(ctx, 'personnelTotal');
  const pub = economicTotal(ctx, 'publicTotal');
  // The names apply where there are some, or where money was spent without them (a gap asks for them); 0.00万元 has
  // nothing to name (新疆 asked for a list of 经济分类 款 of nothing). Only 款 above 0 are named: a 款 below 0 (a refund,
  // 收回以前年度支出) is no spending, and is stated with its figure where the preset says {人员经费退回} (奖励金-0.50万元),
  // never dropped: a preset without that place has a gap for it in the list.
  const refundShown = t.paragraphs.some((p) => p.includes('{人员经费退回}') || p.includes('{公用经费退回}'));
  const refundText = (rows: readonly RowModel[]): Fragment =>
    join(
      rows.map((r) =>
        ctx.render(t.refund ?? '{名称}{金额}万元', {
          名称: () => [{ text: nameOf(r) }],
          金额: () => ctx.money(ctx.displayed(r.figures.amount), `表06.${r.code}`, nameOf(r)),
        }),
      ),
      t.separator,
    );
  const names = (classes: readonly string[], label: string, amount: Amount | undefined) => {
    const spent = () => sectionRows(ctx, classes).filter((r) => r.figures.amount!.fen! > 0);
    const refunds = () => sectionRows(ctx, classes).filter((r) => r.figures.amount!.fen! < 0);
    const unplaced = () => (refundShown ? [] : refunds());
    return when(
      () => spent().length > 0 || unplaced().length > 0 || (refunds().length === 0 && amount !== undefined && amount.none !== true),
      () => {
        const listed: Fragment[] = spent().map((r) => [{ text: nameOf(r) }]);
        if (unplaced().length > 0) listed.push(ctx.gap(`表06.${label}退回`, `${label}中为负数的款（退回，不是支出）：${plain(refundText(unplaced()))}：格式中没有{${label}退回}，请另行说明`));
        return listed.length > 0 ? join(listed, t.separator) : ctx.gap(`表06.${label}`, `${ctx.tableTitle('generalBudgetBasic')}${label}明细`);
      },
    );
  };
  const refunds = (classes: readonly string[]) =>
    when(
      () => sectionRows(ctx, classes).some((r) => r.figures.amount!.fen! < 0),
      () => refundText(sectionRows(ctx, classes).filter((r) => r.figures.amount!.fen! < 0)),
    );
  const values = {
    基本支出: () => ctx.money(total, '表05.合计.基本支出', `${ctx.tableTitle('generalBudgetExpenditure')}合计“基本支出”`),
    人员经费: () => ctx.money(personnel, '表06.人员经费合计', '人员经费合计'),
    人员经费明细: names(PERSONNEL_CLASSES, '人员经费', personnel),
    公用经费: () => ctx.money(pub, '表06.公用经费合计', '公用经费合计'),
    公用经费明细: names(PUBLIC_CLASSES, '公用经费', pub),
    人员经费退回: refunds(PERSONNEL_CLASSES),
    公用经费退回: refunds(PUBLIC_CLASSES),
  };
  return t.paragraphs.map((pattern) => ({ kind: 'paragraph' as const, runs: ctx.render(pattern, values) }));
}
