/**
 * Audit rules, modelled on typescript-eslint: each rule is one module with metadata (a stable id, a Chinese
 * title, the tables it reads, its message templates) and a `check` that reports through the context.
 * Messages are templates filled with data, never strings built inside `check`.
 */
import type { CellRef } from '../grid/address';
import type { WorkbookGrid } from '../grid/cell';
import type { Unit } from '../grid/money';
import type { Recognition } from '../recognise/recognise';
import type { Supplement } from '../supplement/supplement';
import type { TableCode } from '../tables/model';
import type { MeasureUnit } from './measure';

/** 错误: figures disagree beyond rounding. 尾差: within the rounding tolerance. 提示: plausible but suspicious. */
export type Severity = 'error' | 'rounding' | 'warning';

export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = { error: '错误', rounding: '尾差', warning: '提示' };

export interface RuleMeta<M extends string = string> {
  /** Stable, kebab-case; findings and marks refer to it. */
  readonly id: string;
  /** What the rule checks, in Chinese, for the pane and the 检查结果 sheet. */
  readonly title: string;
  /** The severity of a violation (a relation within its tolerance reports 尾差 instead of 错误). */
  readonly severity: Severity;
  /** Tables the rule reads; the rule runs when at least one of them is present. */
  readonly tables: readonly TableCode[];
  /** Message templates with `{name}` placeholders. */
  readonly messages: Readonly<Record<M, string>>;
  /**
   * A 错误 of this rule means the workbook was read wrong as a whole (every amount in the wrong unit), so every figure
   * of a generated 公开说明 would be wrong: while one stands, the text is not written (workflow.ts narrativeBlockers).
   */
  readonly blocksNarrative?: boolean;
}

export interface ReportDescriptor<M extends string = string> {
  readonly messageId: M;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Every cell the finding is about, the one most likely wrong first. */
  readonly cells: readonly CellRef[];
  /**
   * The values of the figures involved, in `unit`: the cells' figures, or for a figure typed where it could be
   * computed (a rate, a score) the typed and the recomputed value.
   */
  readonly values?: readonly (number | null)[];
  /** The difference between the two sides of the relation, in `unit`. */
  readonly difference?: number | null;
  /** What `values` and `difference` measure (none for a finding about text or an unreadable cell). */
  readonly unit?: MeasureUnit;
  /** How an amount relation was compared, said at the end of its message. */
  readonly comparison?: AmountComparison;
  /** Overrides the rule's severity (a relation within its tolerance is 尾差). */
  readonly severity?: Severity;
  /** Tells apart two findings of one rule on the same cells (two phrases in one paragraph); part of the id. */
  readonly key?: string;
  /**
   * The table the finding is about where its first cell is in none (a table missing from the workbook): the pane
   * lists it under that table. By default, the table of the first cell.
   */
  readonly table?: TableCode;
  /**
   * Tables this finding says are read in the wrong unit (table-unit-scale): every other finding between such a table
   * and another place (a relation across tables, the text against it) is then its consequence, not a cause of its
   * own, and runAudit folds it into this one (counted at the end of its message) so that the one cause is seen.
   */
  readonly explains?: readonly TableCode[];
  /**
   * How many powers of ten the tables of `explains` read above their true size (4: 元 read as 万元): a 尾差 within such
   * a table is judged at its true unit (runAudit), as it would be read with the unit line mended.
   */
  readonly exponent?: number;
  /**
   * The cells of the tables' figures a finding was worked out from where `cells` names only the text's (a text rule
   * holding the accountant's 增减率 or 占比 to a table's figure, put for the amount the text states or divided by): not
   * shown, not part of the id. A table read in the wrong unit among them makes the finding its consequence, folded as
   * one naming its cell is (helper-h175: table 07 in 千元 gave six 错误 on a right §七 beside the one naming the unit).
   */
  readonly sources?: readonly CellRef[];
}

/** An amount relation: the tolerance it allows (in the finding's unit) and the tables whose finer unit it converted. */
export interface AmountComparison {
  readonly tolerance: number;
  readonly converted: readonly { readonly source: string; readonly unit: Unit }[];
}

export interface RuleContext<M extends string = string> {
  readonly recognition: Recognition;
  readonly supplement: Supplement;
  readonly grid: WorkbookGrid;
  report(descriptor: ReportDescriptor<M>): void;
}

export interface Rule<M extends string = string> extends RuleMeta<M> {
  check(context: RuleContext<M>): void;
}

/** Declares a rule; the identity function, there for the types and for the reader. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** What the end of a message says about how amounts were compared (filled like the rules' own templates). */
export const COMPARISON_NOTES = {
  converted: '{source}的金额单位为{from}，按{to}比较',
  tolerance: '在尾差允许的 {tolerance}以内',
  folded: '{which}与别处（其他表、说明数据或说明文字）的另 {count} 处不符由此而来，未逐一列出：改正金额单位后请再检查一次',
  withinAtTrueUnit: '{which}金额看来实际以{unit}为单位，见其金额单位的错误，以上按{unit}列出：在尾差允许的 {tolerance}以内',
  atTrueUnit: '{which}金额看来实际以{unit}为单位，见其金额单位的错误，以上按{unit}列出',
  beyondAtTrueUnit: '{which}金额看来实际以{unit}为单位，见其金额单位的错误，以上按{unit}列出：超出尾差允许的 {tolerance}',
  scaleInDoubt: '所引金额按{tables}现有的单位读取，而{which}的金额单位看来有误（见其金额单位的错误），实际金额不是这样；占比与单位无关',
} as const;

/** Fills `{name}` in a template. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{([^{}]+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
