/** Classifying header columns: code columns, the label column, ignored columns, figure columns. */
import { labelSet } from '../../grid/normalize';
import { CODE_COLUMN_LABELS, CODE_PART_LABELS, ColumnRule, IGNORED_COLUMN_LABELS, LABEL_COLUMN_LABELS } from '../spec';

export type ColumnRole =
  | { readonly role: 'code'; readonly part?: '类' | '款' | '项' }
  | { readonly role: 'label' }
  | { readonly role: 'ignored' }
  | { readonly role: 'figure' }
  | { readonly role: 'empty' };

const CODE = labelSet(CODE_COLUMN_LABELS);
const CODE_PART = labelSet(CODE_PART_LABELS);
const LABEL = labelSet(LABEL_COLUMN_LABELS);
const IGNORED = labelSet(IGNORED_COLUMN_LABELS);

/**
 * A subject column's header as departments also word it: the classification named (`功能分类科目编码`,
 * `经济分类科目名称`, `支出功能分类科目代码`), the levels in brackets after it (`科目编码（类/款/项）`, `科目名称(类款项)`).
 * Unread, the name column's 合计 row was dropped (gaps for 本年收入 in §二), and a code column so headed left the table
 * unfound (a false 缺表 错误).
 */
const SUBJECT_HEADER = /^(?:支出)?(?:(?:功能|经济)分类)?科目(编码|代码|名称)(?:\([类款项/、\s]*\))?$/;

/**
 * One column for both, each cell `2010301 行政运行` (功能分类科目, 科目编码及名称, 科目编码/名称): a label column, whose
 * cells carry their code. Unread, the table was not found (a false 缺表).
 */
const SUBJECT_BOTH_HEADER = /^(?:支出)?(?:(?:功能|经济)分类)?科目(?:编码(?:及|和|与|\/|、)?名称|名称(?:及|和|与|\/|、)?编码)?$/;

function subjectHeader(label: string): 'code' | 'label' | undefined {
  const m = SUBJECT_HEADER.exec(label);
  if (m) return m[1] === '名称' ? 'label' : 'code';
  return SUBJECT_BOTH_HEADER.test(label) ? 'label' : undefined;
}

export function columnRole(path: readonly string[], extraLabels: ReadonlySet<string>): ColumnRole {
  const leaf = path[path.length - 1];
  if (leaf === undefined) return { role: 'empty' };
  if (CODE.has(leaf) || subjectHeader(leaf) === 'code') return { role: 'code' };
  // Under a code's header (科目编码 over 类 | 款 | 项), or headed by nothing else than the subject's (项目 merged over
  // 类 | 款 | 项 | 科目名称, or the parts on the header's one row): unread, the table was not found (a false 缺表 错误).
  const above = path.slice(0, -1);
  if (CODE_PART.has(leaf) && (above.some((a) => CODE.has(a) || /编码|代码/.test(a)) || above.every((a) => LABEL.has(a)))) {
    return { role: 'code', part: leaf as '类' | '款' | '项' };
  }
  if (LABEL.has(leaf) || extraLabels.has(leaf) || subjectHeader(leaf) === 'label') return { role: 'label' };
  if (IGNORED.has(leaf)) return { role: 'ignored' };
  return { role: 'figure' };
}

interface CompiledRule {
  readonly key: string;
  readonly labels: ReadonlySet<string>;
  readonly under?: ReadonlySet<string>;
  readonly notUnder?: ReadonlySet<string>;
}

export function compileRules(rules: readonly ColumnRule[]): readonly CompiledRule[] {
  return rules.map((r) => ({
    key: r.key,
    labels: labelSet(r.labels),
    ...(r.under ? { under: labelSet(r.under) } : {}),
    ...(r.notUnder ? { notUnder: labelSet(r.notUnder) } : {}),
  }));
}

/** A column that totals the columns beside it under one header (`基本支出 {小计 | 人员经费 | 公用经费}`). */
const SUBTOTAL = new Set(['小计', '合计']);

/** The key of the first rule that the column's header path satisfies. */
export function classifyColumn(path: readonly string[], rules: readonly CompiledRule[]): string | undefined {
  // The 合计 (小计) under a header a rule names is that header's own column (财政拨款收入 {合计 | 一般公共预算 | …}), not
  // the table's 合计 its label alone would name: read so, the part was unread and the row's sum of parts held it as 0
  // (a false 错误 a row; review38).
  const last = path[path.length - 1];
  if (last !== undefined && SUBTOTAL.has(last) && path.length >= 2) {
    const own = matchRule(path.slice(0, -1), rules);
    if (own !== undefined) return own;
  }
  const direct = matchRule(path, rules);
  if (direct !== undefined || path.length < 2) return direct;
  // A label broken over two header rows (基本 / 支出, as a narrow column gets typed) reads as one.
  const joined = matchRule([...path.slice(0, -2), path[path.length - 2]! + path[path.length - 1]!], rules);
  if (joined !== undefined) return joined;
  // The 小计 of a header split into parts no rule names (基本支出 {小计 | 人员经费 | 公用经费}, 财政拨款收入 {小计 | 一般公共预算
  // | …}) is the header's own column: unread, every row's total was held to parts without it (a false 错误 a row).
  if (SUBTOTAL.has(last!)) return matchRule(path.slice(0, -1), rules);
  // This year's figure of a header split by year (合计 | 基本支出 | 项目支出 each over 本年数 | 上年数): the header's own
  // column. Unread, table 05 had none of its 栏目 and §五 was all gaps.
  return THIS_YEAR.test(last!) ? matchRule(path.slice(0, -1), rules) : undefined;
}

/** A column's label naming this year's figure of the header above it (本年数, 本年决算数, 决算数, 本年金额). */
const THIS_YEAR = /^(?:本年度?(?:决算)?(?:数|金额)?|决算数?|金额)$/;

/** A column's label naming last year's figure of the header above it (上年数, 上年决算数, 上年金额). */
export const LAST_YEAR = /^上年度?(?:决算)?(?:数|金额)?$/;

/**
 * A column headed by its year and its measure in one label (`2024年度决算数`), or by its year alone (`2022年`, the
 * measure the 决算数): the year, and the measure.
 */
export const YEAR_AND_MEASURE = /^(\d{4})年度?((?:决算数?|本年数|金额))?$/;

function matchRule(path: readonly string[], rules: readonly CompiledRule[]): string | undefined {
  const last = path[path.length - 1];
  if (last === undefined) return undefined;
  // `2023年度决算数 | 2024年度决算数`: each the measure (blockTable.ts keeps the later year's, as with a year above).
  const year = YEAR_AND_MEASURE.exec(last);
  const leaf = year ? (year[2] ?? '决算数') : last;
  const ancestors = path.slice(0, -1);
  for (const rule of rules) {
    if (!rule.labels.has(leaf)) continue;
    if (rule.under && !ancestors.some((a) => rule.under!.has(a))) continue;
    if (rule.notUnder && ancestors.some((a) => rule.notUnder!.has(a))) continue;
    return rule.key;
  }
  return undefined;
}
