/**
 * The parts of the document, in the preset's order: 单位概况 (paragraphs of 事项), the 情况说明 (the sections),
 * 名词解释 (terms), the list of tables. 新疆 and 上海 order them differently.
 */
import { Infer, list, object, oneOf, optional, pattern, text, variant } from '../schema';
import { SECTION_IDS } from './index';

/** Where a term explains what an income was (主要是：…收入等), only for an income the unit has. */
export const GLOSSARY_PLACEHOLDERS = ['事业收入主要内容', '经营收入主要内容', '其他收入主要内容'];

export const SECTION_LAYOUT_SCHEMA = object({
  number: text(),
  title: text(),
  /** Generated content; a section with sub-sections may have none of its own. */
  id: optional(oneOf(SECTION_IDS)),
  subsections: optional(list(object({ number: text(), title: text(), id: oneOf(SECTION_IDS) }), true)),
});

export const PART_SCHEMA = variant('kind', {
  profile: object({ title: pattern(), sections: list(object({ title: text(), paragraphs: list(pattern(), true) }), true) }),
  explanation: object({ title: pattern(), sections: list(SECTION_LAYOUT_SCHEMA, true) }),
  glossary: object({ title: pattern(), item: pattern('序号', '术语', '解释'), terms: list(object({ term: text(), text: pattern(...GLOSSARY_PLACEHOLDERS) }), true) }),
  tables: object({ title: pattern(), item: pattern('序号', '表名') }),
});

export type SectionLayout = Infer<typeof SECTION_LAYOUT_SCHEMA>;
export type PartLayout = Infer<typeof PART_SCHEMA>;
export type PartKind = PartLayout['kind'];
