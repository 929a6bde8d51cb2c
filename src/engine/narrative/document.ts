/** The generated 公开说明: parts, sections, blocks of text whose numbers point back to their sources. */
import type { TableCode } from '../tables/model';
import type { Fragment } from './fragment';

export type Block =
  | { readonly kind: 'paragraph'; readonly runs: Fragment }
  /** A sub-section heading such as （一）一般公共预算财政拨款支出决算总体情况. */
  | { readonly kind: 'heading'; readonly text: string }
  /** One of the tables, listed in 第四部分 (the .docx reproduces it). */
  | { readonly kind: 'table'; readonly code: TableCode; readonly text: string };

export interface DocSection {
  readonly number: string;
  readonly title: string;
  readonly blocks: readonly Block[];
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
