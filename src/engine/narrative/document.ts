/** The generated 公开说明: parts, sections, blocks of text whose numbers point back to their sources. */
import type { TableCode } from '../tables/model';
import type { Fragment } from './fragment';
import type { ChartId } from './templates/charts';

export type Block =
  | { readonly kind: 'paragraph'; readonly runs: Fragment }
  /** A sub-section heading such as （一）一般公共预算财政拨款支出决算总体情况. */
  | { readonly kind: 'heading'; readonly text: string }
  /** One of the tables, listed in 第四部分 (the .docx reproduces it). */
  | { readonly kind: 'table'; readonly code: TableCode; readonly text: string };

/** The figures of one chart (narrative/charts.ts builds them from what the section's text quotes). */
export interface ChartItem {
  readonly label: string;
  /** 0.01 万元. */
  readonly cents: number;
  /** The share as the text prints it (`89.41`, no `%`), where the text quotes one. */
  readonly share?: string;
  /** 预算数 (0.01 万元) of a budget-against-actual chart. */
  readonly budgetCents?: number;
}

export interface ChartData {
  readonly id: ChartId;
  /** 图1, 图2 … in document order. */
  readonly number: number;
  readonly title: string;
  /** pie: parts of a whole; bar: parts of a whole with many items; budgetActual: 预算数 and 决算数 side by side. */
  readonly kind: 'pie' | 'bar' | 'budgetActual';
  /** The table the figures come from, for the caption. */
  readonly source: string;
  readonly items: readonly ChartItem[];
  /** 合计 (0.01 万元): the base of the shares, or the 决算 合计 of the budget chart. */
  readonly totalCents: number;
}

/** A chart placed in a section: before `blocks[before]` (after the sub-section whose shares it shows). */
export interface PlacedChart {
  readonly before: number;
  readonly chart: ChartData;
}

export interface DocSection {
  readonly number: string;
  readonly title: string;
  readonly blocks: readonly Block[];
  /** The charts the preset asks for (preset `charts`); text outputs leave them out. */
  readonly figures?: readonly PlacedChart[];
}

export interface DocPart {
  /** 概况, 情况说明 (the sections 一、二、…), 名词解释, or the list of tables: in the preset's order. */
  readonly kind: 'profile' | 'explanation' | 'glossary' | 'tables';
  readonly number: string;
  readonly title: string;
  readonly sections: readonly DocSection[];
}

/** A missing input: the text shows 【请填写：label】 where it is needed. */
export interface Gap {
  /** Where to fill it: `指标.收入总计.上年数`, `事项.公务用车保有量`, `单位名称`. */
  readonly field: string;
  readonly label: string;
  /** Sections (第二部分 numbers, or part names) whose text shows the gap. */
  readonly sections: readonly string[];
}

export interface NarrativeDocument {
  readonly title: string;
  readonly preset: string;
  readonly parts: readonly DocPart[];
  readonly gaps: readonly Gap[];
}

/** The part with the sections 一、二、… (第二部分 in 新疆, 第三部分 in 上海). */
export function explanationPart(doc: NarrativeDocument): DocPart {
  const part = doc.parts.find((p) => p.kind === 'explanation');
  if (!part) throw new Error('公开说明没有情况说明部分。');
  return part;
}
