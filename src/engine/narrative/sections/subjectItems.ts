/**
 * One paragraph per 项 of a subject table (§五（三） for table 05, §八 and §九 for tables 08 and 09): the names
 * of its 类, 款 and 项 as the table prints them, its figure, its 年初预算 with the comparison and the reason, and
 * what it paid for (主要用于), all keyed in 说明数据 by the 项's code.
 */
import { functionalSubject, fundOfSubject } from '../../subjects/functional';
import { byCodeUnit } from '../../grid/order';
import { findRow, hasColumn } from '../../tables/model';
import type { RowModel, TableModel } from '../../tables/model';
import { derived } from '../context';
import type { Amount, NarrativeContext } from '../context';
import { plain, when } from '../fragment';
import type { Fragment, Values } from '../fragment';

export type SubjectTableId = 'generalBudgetExpenditure' | 'govFund' | 'stateCapital';

const TABLE_CODE: Readonly<Record<SubjectTableId, string>> = { generalBudgetExpenditure: '05', govFund: '08', stateCapital: '09' };

export interface SubjectLine {
  readonly code: string;
  /** Undefined when its table was not read: the figure is unknown (a gap), not 0. */
  readonly amount: Amount | undefined;
}

export interface SubjectItemTemplates {
  readonly item: string;
  readonly varianceRate?: string | undefined;
  readonly versusBudget?: { readonly above: string; readonly below: string; readonly equal: string } | undefined;
}

export function subjectRows(ctx: NarrativeContext, table: SubjectTableId): readonly RowModel[] {
  return ctx.recognition.tables[table]?.rows.filter((r) => r.code) ?? [];
}

/**
 * The subject rows with no row under them: the 项, and a 款 (or a 类) that the table prints without 项 under it
 * (229 其他支出 → 22999 其他支出, and no 2299999). Such a 款 is spent as it stands: read as the 项 alone, its 18.55
 * 万元 went missing from §五（三）, which then added up to less than the table's 合计, with nothing said. Rows under
 * a code at any depth count (a table printing 类 and 项 without their 款 leaves no 类 a leaf).
 */
function leafRows(rows: readonly RowModel[]): RowModel[] {
  const codes = rows.map((r) => r.code!).sort(byCodeUnit);
  // The next code in order extends it (a row repeating the same code is no child: each stays a leaf).
  const parents = new Set(codes.filter((code, i) => codes[i + 1] !== code && codes[i + 1]?.startsWith(code)));
  return rows.filter((r) => !parents.has(r.code!));
}

/**
 * The 项 (and 款 without 项: leafRows) of a table with a figure this year, in code order; and those whose figure
 * cannot be read (an error value, text), with no amount: the text shows a gap for it. Left out, or read as 0, the
 * text said 支出决算数为0.00万元，下降100% of a 项 that spent 223.14 万元.
 */
export function tableItems(ctx: NarrativeContext, table: SubjectTableId, columns: string | readonly string[]): SubjectLine[] {
  const parts = typeof columns === 'string' ? [columns] : columns;
  return leafRows(subjectRows(ctx, table))
    .map((r) => ({ code: r.code!, amount: rowAmount(ctx, table, r.key, parts), unreadable: parts.some((c) => r.figures[c]?.invalid === true) }))
    .filter((l) => l.unreadable || (l.amount !== undefined && l.amount.cents !== 0))
    .map(({ code, amount }) => ({ code, amount }))
    .sort((a, b) => byCodeUnit(a.code, b.code));
}

/** A row's figure in a column, or the sum of its figures in several (a total the table prints only as its parts). */
export function rowAmount(ctx: NarrativeContext, table: SubjectTableId, row: string, columns: readonly string[]): Amount | undefined {
  return columns.length === 1 ? ctx.table(table, row, columns[0]!) : ctx.tableRowSum(table, row, columns);
}

const SUBJECT_TABLES: readonly SubjectTableId[] = ['generalBudgetExpenditure', 'govFund', 'stateCapital'];

/**
 * The table (05, 08 or 09) a 项 with no row of its own belongs to (one the 说明数据 speaks of, that spent nothing
 * this year): that of its fund where the 政府收支分类科目 give the 款 to one fund only (22960 彩票公益金 is 政府性基金's,
 * wherever table 05 prints its 类 229), else the one table that prints its 款, else the one that prints its 类;
 * undefined when none or several do. A 政府性基金 项 with only a 年初预算 (22960 彩票公益金 in table 08 alone) was
 * listed under 一般公共预算 in §五（三）.
 */
export function tableOfItem(ctx: NarrativeContext, code: string): SubjectTableId | undefined {
  const fund = fundOfSubject(code);
  if (fund !== undefined) return fund;
  for (const parent of [code.slice(0, 5), code.slice(0, 3)]) {
    const holders = SUBJECT_TABLES.filter((id) => {
      const t = ctx.recognition.tables[id];
      return t !== undefined && holdsSubject(t, parent);
    });
    if (holders.length > 0) return holders.length === 1 ? holders[0] : undefined;
  }
  return undefined;
}

/**
 * Whether a 项 no table among 05, 08 and 09 places (tableOfItem) was spent from another fund than 一般公共预算: its 款
 * (else its 类) is a row of table 03 (支出决算表, all funds) but of no row of table 05, which lists its subjects. With
 * table 08 left out or printed blank, 2296002 (彩票公益金, 145.60万元 spent) was listed in §五（三） as 一般公共预算's,
 * 支出决算为0.00万元.
 */
export function spentOutsideGeneralBudget(ctx: NarrativeContext, code: string): boolean {
  const general = ctx.recognition.tables.generalBudgetExpenditure;
  const all = ctx.recognition.tables.expenditure;
  // Only a table 05 that lists its subjects tells which are not its own.
  if (all === undefined || general === undefined || subjectRows(ctx, 'generalBudgetExpenditure').length === 0) return false;
  for (const parent of [code.slice(0, 5), code.slice(0, 3)]) {
    if (holdsSubject(general, parent)) return false;
    if (holdsSubject(all, parent)) return true;
  }
  return false;
}

/**
 * Whether the table prints the 类 or 款 `parent`: its row, or a row under it where the table prints no row of it (its
 * 款 and 项 only, or its 项 alone). Asked of the row alone, a 项 that fell to 0 under a 款 the table does not print
 * (2013499 under 20134 of 201) was placed in no table, and its paragraph, 上年数 and reason were dropped unsaid.
 */
function holdsSubject(table: TableModel, parent: string): boolean {
  return findRow(table, parent) !== undefined || table.rows.some((r) => r.code !== undefined && r.code.startsWith(parent));
}

/**
 * Whether the table prints `code` no finer than one of its 款 or 类: a row of it with no row under it (a table
 * printed to the 款). The 说明数据 may still key a 项 of it (2010301 under 20103), whose figure the table does not
 * give: said as 0.00万元，下降100%, it was wrong, and the 款's own paragraph speaks of the money.
 */
export function underLeaf(ctx: NarrativeContext, table: SubjectTableId, code: string): boolean {
  const leaves = new Set(itemCodes(ctx, table));
  return [code.slice(0, 5), code.slice(0, 3)].some((parent) => parent !== code && leaves.has(parent));
}

/** The words at a paragraph's end that lead into the 项 listed below it (`…其中：`, `…支出具体情况如下：`). */
const ITEMS_LEAD = /[，,]?(?:其中|(?:支出)?具体(?:情况)?如下)[：:]$/;

/**
 * A paragraph that leads into the 项 below it, for when there are none to list: without its lead, which would dangle,
 * and ending its sentence (the lead may follow a figure, `支出0.00万元，支出具体情况如下：`).
 */
export function renderWithoutItemsLead(ctx: NarrativeContext, pattern: string, values: Values): Fragment {
  const runs = ctx.render(pattern.replace(ITEMS_LEAD, ''), values);
  return /[。！？]$/.test(plain(runs)) ? runs : [...runs, { text: '。' }];
}

/** The 项 codes the 说明数据 speaks of. */
export function supplementItems(ctx: NarrativeContext): string[] {
  return [...ctx.supplement.指标.keys()].filter((code) => /^\d{7}$/.test(code));
}

/** The 项 codes the 说明数据 speaks of that are no row of any subject table: 项 that spent nothing this year. */
export function itemsWithoutRow(ctx: NarrativeContext): string[] {
  const rows = new Set(SUBJECT_TABLES.flatMap((id) => itemCodes(ctx, id)));
  return supplementItems(ctx).filter((code) => !rows.has(code));
}

/** The figure of a 项 with no row in its table: nothing this year. */
const NO_FIGURE: Amount = { cents: 0, source: derived([]), none: true };

/**
 * The figure of a 项 without a row in `table` (its 合计 in `columns`, summed): nothing this year where the table lists
 * its subjects, or spent nothing; unknown (undefined: a gap) where the table was not read, or its figure's columns
 * were not (a 05 headed 决算数 | 基本支出 | 项目支出 with the first unread: every 项 said 支出决算数为0.00万元, 下降100%),
 * or spent without a subject row read (a 合计 with its rows unread, or printed alone): said as 支出决算为0.00万元,
 * each 项 was wrong.
 */
export function figureWithoutRow(ctx: NarrativeContext, table: SubjectTableId, columns: readonly string[]): Amount | undefined {
  const t = ctx.recognition.tables[table];
  if (t === undefined || !columns.every((c) => hasColumn(t, c))) return undefined;
  const listsSubjects = subjectRows(ctx, table).length > 0;
  return listsSubjects || columns.every((c) => (ctx.table(table, 'total', c)?.cents ?? 0) === 0) ? NO_FIGURE : undefined;
}

/** The codes of a table's 项 rows (and 款 without 项), whatever their figures. */
export function itemCodes(ctx: NarrativeContext, table: SubjectTableId): string[] {
  return leafRows(subjectRows(ctx, table)).map((r) => r.code!);
}

/**
 * Of `codes`, those a 项's paragraph (`pattern`) still has something to say about without a figure this year: a
 * 上年数 (the change) or a 年初预算数 (the budget), as far as the pattern speaks of them; in code order. They follow
 * the 项 with a figure, as the reference lists them.
 */
export function spokenOfWithoutFigure(ctx: NarrativeContext, pattern: string, codes: Iterable<string>): string[] {
  const speaksOf = (field: '上年数' | '年初预算数', placeholders: readonly string[]) => placeholders.some((p) => pattern.includes(`{${p}}`)) && field;
  const fields = [speaksOf('上年数', ['增减', '增减词']), speaksOf('年初预算数', ['年初预算', '差异', '差异说明'])].filter((f): f is '上年数' | '年初预算数' => f !== false);
  return [...codes].filter((code) => fields.some((f) => (ctx.input(code, f)?.cents ?? 0) !== 0)).sort(byCodeUnit);
}

/** A subject's name: its label in the table, else the name in the 功能分类 (subject rows are keyed by code). */
export function subjectName(ctx: NarrativeContext, table: SubjectTableId, code: string): string {
  const t = ctx.recognition.tables[table];
  const row = t && findRow(t, code);
  const label = row?.label ? withoutLevel(row.label.replace(/\s+/g, '')) : '';
  const name = functionalSubject(code)?.name ?? '';
  // A name the table wraps onto the row below (机关事业单位基本养老保 / 险缴费支出) is the 功能分类's whole name.
  const plain = label.replace(/（/g, '(').replace(/）/g, ')');
  if (label && !(plain.length < name.length && name.startsWith(plain))) return label;
  // A subject with no row (a 项 that spent nothing) named from the 功能分类, in the brackets its table prints: one
  // paragraph said 政府办公厅（室）…（款）其他政府办公厅(室)…（项）. Looked for only here: a search of the table's rows
  // for every subject named made §五 quadratic in them (20,000 rows: 8 s).
  return t?.rows.some((r) => withoutLevel(r.label).includes('（')) ? name.replace(/\(/g, '（').replace(/\)/g, '）') : name;
}

/** A name without the level a table may print behind it (一般公共服务支出（类）): the sentence puts its own. */
function withoutLevel(label: string): string {
  return label.replace(/[（(][类款项][)）]$/, '');
}

export function nameOf(ctx: NarrativeContext, table: SubjectTableId, code: string): Fragment {
  const name = subjectName(ctx, table, code);
  return name ? [{ text: name }] : ctx.gap(`科目.${code}`, `科目${code}的名称`);
}

/** `行政运行（2010301）`: how a gap names a 项. */
export function codeLabel(ctx: NarrativeContext, table: SubjectTableId, code: string): string {
  const name = subjectName(ctx, table, code);
  return name ? `${name}（${code}）` : code;
}

/** The values of one 项's paragraph; `{增减}` and its kin are added by the caller where the preset compares years. */
export function subjectItemValues(ctx: NarrativeContext, table: SubjectTableId, line: SubjectLine, index: number, t: SubjectItemTemplates): Values {
  const label = codeLabel(ctx, table, line.code);
  const budget = ctx.input(line.code, '年初预算数');
  const gapField = `指标.${line.code}.年初预算数`;
  const gapLabel = `${label}年初预算数`;
  // Without 年初预算数 the gap shows once, at {年初预算} when the pattern shows it.
  const budgetShown = t.item.includes('{年初预算}');
  return {
    序号: () => [{ text: String(index + 1) }],
    类名: () => nameOf(ctx, table, line.code.slice(0, 3)),
    // A 款 without 项 (or a 类 without 款) is named down to its own level: `[{项名}(项)]` leaves the rest out.
    款名: when(() => line.code.length >= 5, () => nameOf(ctx, table, line.code.slice(0, 5))),
    项名: when(() => line.code.length >= 7, () => nameOf(ctx, table, line.code)),
    金额: () => ctx.money(line.amount, `表${TABLE_CODE[table]}.${line.code}`, label),
    年初预算: () => ctx.money(budget, gapField, gapLabel),
    ...ctx.budgetValues(line.amount, budget, {
      gapField,
      gapLabel,
      reasonKey: line.code,
      reasonLabel: `${label}预决算差异原因`,
      name: label,
      budgetShown,
      varianceShown: t.item.includes('{差异}'),
      rate: t.varianceRate,
      versus: t.versusBudget,
    }),
    主要用于: () => ctx.reason(line.code, '主要用于', `${label}主要用于`),
  };
}
