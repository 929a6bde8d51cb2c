/**
 * What a table spec declares. Specs are data: one file per table under `specs/`; the readers under
 * `readers/` interpret them. Labels are written as they appear in templates; they are normalised on use.
 */
import type { TableCode, TableId } from './model';

/** A figure column: its own header label is one of `labels`; `under`/`notUnder` constrain its ancestors. */
export interface ColumnRule {
  readonly key: string;
  readonly labels: readonly string[];
  readonly under?: readonly string[];
  readonly notUnder?: readonly string[];
}

/** A fixed row matched by its label. `after`: only below the row of that key (T04's 年初 sub-rows). */
export interface RowRule {
  readonly key: string;
  readonly labels: readonly string[];
  readonly after?: string;
  /**
   * The labels mean this row only in a block whose header names one of these (a 合计 closing table 06's 人员经费 panel), or
   * below a heading row of that name (BlockSpec.headings) where the 合计 closes the panel, not the list (blockTable.ts).
   */
  readonly under?: readonly string[];
  /** The labels mean this row only below a subject row of the block: a row closing the block's subjects, not one above them. */
  readonly belowSubjects?: true;
}

export interface BlockSpec {
  readonly key: string;
  /** Ancestor labels that name this block in a side-by-side layout (收入 / 支出). */
  readonly headerLabels?: readonly string[];
  /** Label-column spellings that name this block when there is no ancestor (收入项目). */
  readonly anchorLabels?: readonly string[];
  /** Rows keyed by subject code read from code columns. */
  readonly subjects?: 'functional' | 'economic';
  /** Rows whose label is the name of a 功能分类 类 (table 01 and 04 支出). */
  readonly classRows?: boolean;
  readonly rows: readonly RowRule[];
  readonly columns: readonly ColumnRule[];
  /** Column keys without which the block cannot be read. */
  readonly required: readonly string[];
  /**
   * Rows a layout may give as a column of another row instead (table 06 printed as one block, 科目编码 | 科目名称 | 合计 |
   * 人员经费 | 公用经费, gives its 人员经费合计 as the 合计 row's 人员经费): made, as `column` of `row`'s figure under
   * the key `as`, only where the block has no row of `key` of its own.
   */
  readonly rowsFromColumns?: readonly { readonly key: string; readonly row: string; readonly column: string; readonly as: string }[];
  /**
   * A required column a layout may leave out where each row gives its figure in one of `columns` instead (table 06 as
   * 科目编码 | 科目名称 | 人员经费 | 公用经费, no 合计: a 工资福利支出 row's amount under 人员经费, a 商品和服务支出 row's under
   * 公用经费). A row's figure in `key` is then the one of `columns` it fills; a row filling several (the 合计) has none.
   */
  readonly eitherOf?: { readonly key: string; readonly columns: readonly string[] };
  /**
   * Labels that may head a part of the block in its rows (table 06 printed as one list: `人员经费` over the 301 and 303
   * rows, its total only in the 合计 row): a row so labelled with no figure at all is that heading, not the row. Read as
   * the row, its blanks were the total: 人员经费0.00万元 in §六 and three false 错误 (review40).
   */
  readonly headings?: readonly string[];
  /**
   * Columns a layout may print only as their parts, with no 小计 (table 04's 一般公共预算财政拨款 as 基本支出 | 项目支出;
   * table 02's 财政拨款收入 as 一般公共预算财政拨款 | 政府性基金预算财政拨款): the block is read with the column made of
   * them, each row's figure their sum (model.ts: ColumnModel.parts), so every rule, the text and the checks of a typed
   * text take the figure where they would take the printed one.
   */
  readonly printedAsParts?: readonly PrintedAsParts[];
}

/** A column of BlockSpec.printedAsParts and its parts. */
export interface PrintedAsParts {
  readonly key: string;
  readonly columns: readonly string[];
  /**
   * Parts a form may have no column for (a province's table 02 splits 财政拨款收入 into the funds it has: 国有资本经营预算
   * left out): then 0. The others must all be printed for the column to be made of them.
   */
  readonly optional?: readonly string[];
}

interface BaseSpec {
  readonly code: TableCode;
  readonly id: TableId;
  /** Canonical title, then older or regional titles. */
  readonly titles: readonly string[];
  /**
   * A table of a province's set beyond the nine (江苏's 财政拨款支出决算表(功能科目)): read and checked where the workbook
   * prints it, never said missing, not in the 公开说明's list of tables.
   */
  readonly extra?: true;
}

/** Tables of one or more blocks side by side, each with a label column and figure columns. */
export interface BlockTableSpec extends BaseSpec {
  readonly kind: 'blocks';
  readonly blocks: readonly BlockSpec[];
  /** Every block of the sheet follows `blocks[0]` (table 06 repeats one block two or three times). */
  readonly repeatBlock?: boolean;
  /** Published empty when the department has no such funds (tables 08 and 09, with a note saying so). */
  readonly mayBeEmpty?: boolean;
}

export interface ThreePublicCostsSpec extends BaseSpec {
  readonly kind: 'threePublicCosts';
}

export interface ProjectPerformanceSpec extends BaseSpec {
  readonly kind: 'projectPerformance';
}

export type TableSpec = BlockTableSpec | ThreePublicCostsSpec | ProjectPerformanceSpec;

/** Label-column spellings shared by every block table. */
export const LABEL_COLUMN_LABELS: readonly string[] = ['项目', '科目名称', '收入项目', '支出项目', '名称', '科目', '项目名称', '收支项目'];
/** Code-column spellings; `类`/`款`/`项` count only under a code header. */
export const CODE_COLUMN_LABELS: readonly string[] = [
  '科目编码',
  '功能分类科目编码',
  '经济分类科目编码',
  '科目代码',
  '编码',
  '代码',
];
export const CODE_PART_LABELS: readonly string[] = ['类', '款', '项'];
/** Columns that carry no figures. */
export const IGNORED_COLUMN_LABELS: readonly string[] = ['行次', '栏次', '序号'];
