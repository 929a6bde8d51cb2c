/** 单位概况: paragraphs of 事项 (主要职能, 机构设置, 人员, 决算单位构成) under the preset's headings. */
import type { NarrativeContext } from '../context';
import type { Block } from '../document';

export function profileParagraphs(ctx: NarrativeContext, paragraphs: readonly string[]): Block[] {
  return paragraphs.map((pattern) => ({ kind: 'paragraph' as const, runs: ctx.render(pattern, {}) }));
}
