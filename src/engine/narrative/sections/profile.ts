/** 单位概况: paragraphs of 事项 (主要职能, 机构设置, 人员, 决算单位构成) under the preset's headings. */
import type { NarrativeContext } from '../context';
import type { Block } from '../document';
import type { Fragment, Values } from '../fragment';
import { join, plain, sourced, when } from '../fragment';
import type { ProfileSectionLayout } from '../preset';

/**
 * The placeholders of a 概况 pattern besides the global ones: {决算单位} the units 决算单位构成 lists (joined by 、),
 * {决算单位数} how many; a gap asking for 决算单位构成 where it is not given. {本级决算} is `{单位名称}本级决算`, only
 * where 决算单位构成 names the 本级 (mainUnit): within `[…]` a department whose list names none says nothing of one
 * (上海's 包括：XX局本级决算、下属行政事业单位决算 was said of any several units).
 */
function profileValues(ctx: NarrativeContext): Values {
  const composition = ctx.matter('决算单位构成');
  const names = composition ? unitNames(String(composition.value)) : [];
  const ask = () => ctx.gap('事项.决算单位构成', '决算单位构成');
  // The department's name as the text writes it (a gap, and listed as one, only where the text writes it).
  const department = () => {
    const unit = ctx.unitName();
    return unit.some((r) => 'gap' in r) ? undefined : plain(unit);
  };
  return {
    决算单位: () => (composition && names.length ? join(names.map((n) => sourced(n, composition.source)), '、') : ask()),
    决算单位数: () => (composition && names.length ? sourced(String(names.length), composition.source) : ask()),
    本级决算: when(
      () => !composition || names.length === 0 || names.some((n) => mainUnit(n, department())),
      () => (composition && names.length ? [...ctx.unitName(), { text: '本级决算' }] : ask()),
    ),
  };
}

/**
 * Whether a unit 决算单位构成 lists is the department's 本级: the department itself (上海市XX局, or its name shortened:
 * 示范服务局), or so named with 本级 or 机关 (上海市XX局（本级）, XX局机关, 局本级). Without the department's name, one
 * named 本级 or 机关.
 */
export function mainUnit(name: string, department: string | undefined): boolean {
  const text = name.replace(/\s+/g, '');
  const core = text.replace(/[（(]?(?:本级|机关)[）)]?$/, '');
  if (department === undefined) return core !== text;
  return core === '' || department.replace(/\s+/g, '').endsWith(core);
}

export function profileParagraphs(ctx: NarrativeContext, paragraphs: readonly string[]): Block[] {
  const values = profileValues(ctx);
  return paragraphs.map((pattern) => ({ kind: 'paragraph' as const, runs: ctx.render(pattern, values) }));
}

/** The units a 决算单位构成 lists: `上海市XX局（本级）、上海市XX中心`, one a line or after 、，；. */
export function unitNames(composition: string): string[] {
  return composition
    .split(/[、，,；;\n]/)
    .map((s) => s.trim().replace(/[。.]$/, ''))
    .filter((s) => s !== '');
}

const SUB = '(?:下属|所属|直属|下辖|二级)';
const KIND = '(?:行政事业|行政|事业|预算|二级预算|基层预算)?单位';
const COUNT = '(\\d+|[零一二两三四五六七八九十]+)';
/** 单位无下属预算单位, 没有所属单位, 下属单位0个, 所属0个事业单位. */
const NO_UNITS = new RegExp(`(?:无|没有|不含|未设|不设)${SUB}?${KIND}|${SUB}${KIND}(?:为|共|有)?(?:0|零)个|${SUB}(?:有)?(?:0|零)个${KIND}`, 'g');
/**
 * 下属事业单位2个, 所属2个事业单位, 内设3个处室和1个事业单位, 所属单位：上海市XX中心. A bare 所属事业单位 is not one: a
 * unit describes itself so (XX中心是XX局所属事业单位).
 */
const SOME_UNITS = [
  new RegExp(`${SUB}(?:各类?)?${KIND}(?:共|有|共有)?${COUNT}个`),
  new RegExp(`${SUB}(?:有|共|共有)?${COUNT}个${KIND}`),
  new RegExp(`${COUNT}个${SUB}?(?:行政事业|行政|事业|预算|二级预算)单位`),
  new RegExp(`${SUB}${KIND}(?:[:：]|包括|有)\\s*[\\u4e00-\\u9fa5]`),
];

/**
 * What a 机构设置 text says of the department's units: `one` where it says there is no 下属单位 (the 新疆 sample's
 * 单位无下属预算单位), `several` where it counts or lists some (下属事业单位2个, 所属单位：…), undefined where it says
 * neither (局内设办公室、规划处: 处室 are no units) or both.
 */
export function unitsInSetting(setting: string): 'one' | 'several' | undefined {
  const text = setting.replace(/\s+/g, '');
  const none = NO_UNITS.test(text);
  NO_UNITS.lastIndex = 0;
  const rest = text.replace(NO_UNITS, '');
  const some = SOME_UNITS.some((re) => {
    const m = re.exec(rest);
    return m !== null && (m[1] === undefined || !/^(?:0+|零)$/.test(m[1]));
  });
  if (none === some) return undefined;
  return none ? 'one' : 'several';
}

/** Why the data shows a single unit, and why several: each a short clause for a gap's label. */
export function unitEvidence(ctx: NarrativeContext): { readonly one: string[]; readonly several: string[] } {
  const one: string[] = [];
  const several: string[] = [];
  const composition = ctx.matter('决算单位构成');
  if (composition) {
    const n = unitNames(String(composition.value)).length;
    if (n > 1) several.push(`决算单位构成列出${n}个单位`);
    else if (n === 1) one.push('决算单位构成只列出一个单位');
  }
  const setting = ctx.matter('机构设置');
  const stated = setting ? unitsInSetting(String(setting.value)) : undefined;
  if (stated === 'one') one.push('机构设置写明无下属单位');
  if (stated === 'several') several.push('机构设置写有下属单位');
  // 混合: a department whose units are of different kinds (DOMAIN §4), so of more than one unit.
  if (ctx.unitKind() === '混合') several.push('单位性质为“混合”（所属单位性质不同）');
  // The 部门's tables read beside its 本级's (部门：XX局 and 部门：XX局本级): a 本级 is one unit of several.
  const units = ctx.recognition.units;
  const benji = units?.others.find((o) => o.startsWith(units.read) && /本级/.test(o.slice(units.read.length)));
  if (benji) several.push(`工作簿中另有“${benji}”的决算表`);
  return { one, several };
}

/**
 * A section of 单位概况 with its title. One naming `singleUnit` is written as the department is made (the rule of
 * PROFILE_SECTION_SCHEMA), and only as the data shows it: of several units (决算单位构成 lists more than one), as the
 * section says; of a single unit (决算单位构成 lists one, or 机构设置 says there is no 下属单位), as `singleUnit` says.
 * Otherwise (nothing says how many units there are, or the data disagrees: a 机构设置 counting 下属单位, a 混合
 * department, beside a 决算单位构成 of one unit) no claim either way: the paragraphs both ways share, and a gap asking
 * for the one that applies.
 */
export function profileSection(ctx: NarrativeContext, layout: ProfileSectionLayout): { title: string; blocks: Block[] } {
  const chosen = (l: { title: string; paragraphs: readonly string[] }) => ({ title: l.title, blocks: profileParagraphs(ctx, l.paragraphs) });
  const single = layout.singleUnit;
  if (!single) return chosen(layout);
  const { one, several } = unitEvidence(ctx);
  const composition = ctx.matter('决算单位构成');
  const listed = composition ? unitNames(String(composition.value)).length : 0;
  if (several.length === 0 && one.length > 0) return chosen(single);
  if (one.length === 0 && listed > 1) return chosen(layout);
  // A paragraph written either way (新疆's 实有人数) is written; the gap stands where the two ways part.
  const blocks: Block[] = [];
  let asked = false;
  for (const p of layout.paragraphs) {
    if (single.paragraphs.includes(p)) blocks.push(...profileParagraphs(ctx, [p]));
    else if (!asked) {
      blocks.push({ kind: 'paragraph', runs: askForUnits(ctx, layout, single.title, one, several) });
      asked = true;
    }
  }
  if (!asked) blocks.push({ kind: 'paragraph', runs: askForUnits(ctx, layout, single.title, one, several) });
  return { title: layout.title, blocks };
}

/** The gap of a section whose units the data does not settle, saying what it does say. */
function askForUnits(ctx: NarrativeContext, layout: ProfileSectionLayout, singleTitle: string, one: readonly string[], several: readonly string[]): Fragment {
  // 新疆 titles the section alike either way: no 本节为 to tell.
  const titled = (title: string) => (layout.title === singleTitle ? '' : `，本节为“${title}”`);
  const severalCase = `有下属单位的部门逐一列出各单位${titled(layout.title)}`;
  const singleCase = `仅有一个单位的部门填本单位名称${titled(singleTitle)}`;
  if (one.length > 0 && several.length > 0) {
    return ctx.gap('事项.决算单位构成', `决算单位构成（说明数据前后不一：${one.join('、')}，但${several.join('、')}；请核对，${severalCase}；${singleCase}）`);
  }
  if (several.length > 0) return ctx.gap('事项.决算单位构成', `决算单位构成（${several.join('、')}，部门有多个单位：请逐一列出${titled(layout.title)}）`);
  if (ctx.matter('机构设置')) return ctx.gap('事项.决算单位构成', `决算单位构成（机构设置未说明有无下属单位：${severalCase}；${singleCase}）`);
  return [
    ...ctx.gap('事项.决算单位构成', `决算单位构成（有下属单位的部门${titled(layout.title)}）`),
    { text: '或' },
    ...ctx.gap('事项.机构设置', `机构设置（仅有一个单位的部门${titled(singleTitle)}）`),
  ];
}
