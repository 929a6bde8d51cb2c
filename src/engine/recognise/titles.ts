/**
 * Finding table titles. A table is identified by its title, never by sheet name or position (DOMAIN §2).
 * Titles come spaced out, with a year or a department in front, with `(公开01表)` or `(2022年度)` behind.
 */
import { normalizeLabel } from '../grid/normalize';
import type { TableSpec } from '../tables/spec';
import { withoutContinuedMark } from '../tables/readers/location';

export interface TitleMatch {
  readonly spec: TableSpec;
  /** The variant that matched, normalised. */
  readonly variant: string;
  /** The title of a table's continuation (`收入决算表（续）`, `收入决算表续表`): the rows below it belong to the table above. */
  readonly continued?: true;
}

// What may follow a title in the same cell: a 表号, a year in brackets, the unit (`收入决算表\n（单位：万元）`), a
// word that the table is empty (`（空表）`, `（无数据）`).
// Also the 表号 as other forms write it (（财决公开08表）, （公开表8）, （表八）, （附表8）), and what the table is classified by
// (（按功能分类）; 天津's （按功能分类列示）, 苍南's （分科目）: the table by subject, where a table by unit (（按单位列示）, （分单位）)
// is printed beside it and stays unread; 江苏's (功能科目), (经济科目)), and which part of table 06 a page holds (（人员经费）, （公用经费）: basicParts.ts).
const TITLE_SUFFIX =
  /(\((公开|财决|财决公开)?\d+表\)|(公开|财决)\d+表|\((?:公开|附)?表[\d一二三四五六七八九十]+\)|\(按(?:功能|经济)分类(?:列示)?\)|\((?:功能|经济)(?:分类)?科目\)|\(分科目\)|\((?:人员|公用)经费(?:部分)?\)|\(\d{4}年度?\)|\d{4}年度?|\(?(金额)?单位:(万元|千元|元)\)?|\((空表|无数据)\))$/;
const SUFFIXES_AT_MOST = 3;
// Words that, in front of a title, would make it another table or a sentence about one.
const FORBIDDEN_PREFIX = /财政拨款|预算|基本|三公|收入|支出|绩效|说明|情况|见|《|。|,|;/;
// Before a year only the department's name stands, which may hold those words (财政预算评审中心, 预算绩效管理中心):
// there only what makes a sentence is forbidden.
const SENTENCE_PREFIX = /说明|情况|见|《|。|,|;/;
const YEAR = /\d{4}年度?/g;
// Words right before a title that name other money than the department's (the 财决 set's 财政专户管理资金收入支出决算表,
// 非财政拨款…, 社会保险基金…, 上级补助…): 云南's short 收入支出决算表 and 财政拨款收入支出决算表 would take them for 01 and 04.
// Or a part of it: 天津's 十一、项目支出决算表 (a list of projects) was taken for table 03, 巴彦淖尔's 项目收入支出决算表 would be 01;
// 江苏's 政府采购支出决算表 and (财政拨款)机关运行经费支出决算表 would be 03.
// Not before a 自评表's title, where they end its project's name (办案业务经费项目支出绩效自评表, …专项资金…): no other
// table's title ends as a 自评表's does, and the form went unread.
const OTHER_MONEY = /(?:专户|资金|基金|补助|非|项目|采购|经费)$/;
const MAX_PREFIX = 40;
/** The columns a title may stand in: the scan for titles (and for titles of tables not read) stops there. */
export const TITLE_SCAN_COLUMNS = 30;

/**
 * Whether the words in front of a title make it something else: checked after the last year when there is one.
 * Before the year, a table's own words are still no department (一般公共预算财政拨款2024年度支出决算表 is table 05's
 * title with the year put in, not table 03's): whether they and the title make a longer one of `variants`.
 */
function forbiddenPrefix(prefix: string, title: string, variants: readonly { readonly text: string }[]): boolean {
  if (!title.endsWith('自评表') && OTHER_MONEY.test(prefix)) return true;
  const years = [...prefix.matchAll(YEAR)];
  const year = years[years.length - 1];
  if (!year) return FORBIDDEN_PREFIX.test(prefix);
  const before = prefix.slice(0, year.index);
  return SENTENCE_PREFIX.test(before) || endsWithLongerTitle(before + title, title, variants) || FORBIDDEN_PREFIX.test(prefix.slice(year.index! + year[0].length));
}

/**
 * Whether `text` ends with a title of `variants` longer than `title`. Given the variants, not a closure made in
 * `match`: a closure there (holding the matcher) gave every call a context object, and `match` is asked about every
 * text cell of the workbook (≈ 0.4 MB a check of a department-sized one, for the dozen cells that are titles).
 */
function endsWithLongerTitle(text: string, title: string, variants: readonly { readonly text: string }[]): boolean {
  return variants.some((w) => w.text.length > title.length && text.endsWith(w.text));
}
const MAY_BE_TITLE = /[决自占\u2e80-\u2fdf\u3200-\u33ff\uf900-\ufaff\ud87e]/;

/**
 * Every title names a 表 and says 决算 or 自评 (or is 江西's 国有资产占用情况表): a cell without 表 (no character folds into
 * it), or with none of 决, 自, 占 nor a character NFKC could fold into one (Kangxi radicals, enclosed and compatibility ideographs), is no title,
 * and is not normalised to find that out. Asked of every text cell of the workbook: the plain search first.
 */
export function mayBeTitle(cellText: string): boolean {
  return cellText.indexOf('表') !== -1 && MAY_BE_TITLE.test(cellText);
}

export class TitleMatcher {
  private readonly variants: { readonly text: string; readonly spec: TableSpec }[];

  constructor(specs: readonly TableSpec[]) {
    // Longest first, so 财政拨款收入支出决算总表 wins over 收入支出决算总表.
    this.variants = specs
      .flatMap((spec) => spec.titles.map((t) => ({ text: normalizeLabel(t), spec })))
      .sort((a, b) => b.text.length - a.text.length);
  }

  match(cellText: string): TitleMatch | undefined {
    if (cellText.length > 160 || !mayBeTitle(cellText)) return undefined;
    let text = normalizeLabel(cellText);
    // 江西's 国有资产占用情况表 (a table beyond the nine, specs/assets.ts) says neither.
    if (!/决算|自评|国有资产占用情况表/.test(text)) return undefined;
    let continued = false;
    // The 续 mark may stand before or after a 表号 or a unit (`收入决算表（续）（公开02表）`, `…（公开02表）（续）`).
    for (let i = 0; i < SUFFIXES_AT_MOST; i++) {
      const unmarked = withoutContinuedMark(text.replace(TITLE_SUFFIX, ''));
      text = unmarked.text;
      continued ||= unmarked.continued;
    }
    for (const v of this.variants) {
      if (!text.endsWith(v.text)) continue;
      const prefix = text.slice(0, text.length - v.text.length);
      if (prefix.length > MAX_PREFIX || forbiddenPrefix(prefix, v.text, this.variants)) continue;
      return continued ? { spec: v.spec, variant: v.text, continued: true } : { spec: v.spec, variant: v.text };
    }
    return undefined;
  }
}
