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

/**
 * {决算单位}: the units 决算单位构成 lists, joined by 、; {决算单位数}: how many; {本级决算}: `{单位名称}本级决算`, only
 * where 决算单位构成 names the 本级 (within `[…]`, nothing where it names none).
 */
const PROFILE_TEXT = { title: text(), paragraphs: list(pattern('决算单位', '决算单位数', '本级决算'), true) } as const;

/**
 * A section of 单位概况. The one on the units of the 部门决算 (上海's 部门决算单位构成) may name `singleUnit`: the title
 * and paragraphs written instead for a department of a single unit (上海: “仅有一个单位的部门，本部分内容为‘机构设置’”).
 * Which applies is read from the 说明数据 (profileSection), only where it shows it: 决算单位构成 naming more than one
 * unit, the section as written; naming one unit, or a 机构设置 saying there is no 下属单位, `singleUnit`; anything
 * else (nothing says how many units, or the data disagrees: a 混合 department, a 机构设置 counting 下属单位, beside a
 * 决算单位构成 of one), the paragraphs both ways share and a gap asking which applies.
 */
export const PROFILE_SECTION_SCHEMA = object({ ...PROFILE_TEXT, singleUnit: optional(object(PROFILE_TEXT)) });

export const PART_SCHEMA = variant('kind', {
  profile: object({ title: pattern(), sections: list(PROFILE_SECTION_SCHEMA, true) }),
  explanation: object({ title: pattern(), sections: list(SECTION_LAYOUT_SCHEMA, true) }),
  glossary: object({ title: pattern(), item: pattern('序号', '术语', '解释'), terms: list(object({ term: text(), text: pattern(...GLOSSARY_PLACEHOLDERS) }), true) }),
  tables: object({ title: pattern(), item: pattern('序号', '表名') }),
});

export type SectionLayout = Infer<typeof SECTION_LAYOUT_SCHEMA>;
export type ProfileSectionLayout = Infer<typeof PROFILE_SECTION_SCHEMA>;
export type PartLayout = Infer<typeof PART_SCHEMA>;
export type PartKind = PartLayout['kind'];
