/** 单位概况: paragraphs of 事项 (主要职能, 机构设置, 人员, 决算单位构成) under the preset's headings. */
import type { NarrativeContext } from '../context';
import type { Block } from '../document';
import type { ProfileSectionLayout } from '../preset';

export function profileParagraphs(ctx: NarrativeContext, paragraphs: readonly string[]): Block[] {
  return paragraphs.map((pattern) => ({ kind: 'paragraph' as const, runs: ctx.render(pattern, {}) }));
}

/** The units a 决算单位构成 lists: `上海市XX局（本级）、上海市XX中心`, one a line or after 、，；. */
export function unitNames(composition: string): string[] {
  return composition
    .split(/[、，,；;\n]/)
    .map((s) => s.trim().replace(/[。.]$/, ''))
    .filter((s) => s !== '');
}

/**
 * A section of 单位概况 with its title. One naming `singleUnit` is written as the department is made (the rule of
 * PROFILE_SECTION_SCHEMA): of several units (决算单位构成 lists more than one), as the section says; of a single unit
 * (决算单位构成 lists one, or is not given while 机构设置 is), as `singleUnit` says, never claiming 下属单位; with
 * neither 事项 given, one paragraph asks for the one that applies.
 */
export function profileSection(ctx: NarrativeContext, layout: ProfileSectionLayout): { title: string; blocks: Block[] } {
  const chosen = (l: { title: string; paragraphs: readonly string[] }) => ({ title: l.title, blocks: profileParagraphs(ctx, l.paragraphs) });
  if (!layout.singleUnit) return chosen(layout);
  const composition = ctx.matter('决算单位构成');
  if (composition) return chosen(unitNames(String(composition.value)).length > 1 ? layout : layout.singleUnit);
  if (ctx.matter('机构设置')) return chosen(layout.singleUnit);
  const runs = [
    ...ctx.gap('事项.决算单位构成', `决算单位构成（有下属单位的部门，本节为“${layout.title}”）`),
    { text: '或' },
    ...ctx.gap('事项.机构设置', `机构设置（仅有一个单位的部门，本节为“${layout.singleUnit.title}”）`),
  ];
  return { title: layout.title, blocks: [{ kind: 'paragraph', runs }] };
}
