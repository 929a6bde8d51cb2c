/** 第一部分 单位概况: 主要职能, 机构设置及人员情况 — from 事项. */
import type { NarrativeContext } from '../context';
import type { Block } from '../document';

export interface Part1Templates {
  /** {主要职能} */
  readonly functions: string;
  /** {单位名称} {年度} {实有人数} {在职人数} {离休人数} {退休人数} {机构设置}: one paragraph each. */
  readonly organisation: readonly string[];
}

export function part1Functions(ctx: NarrativeContext, t: Part1Templates): Block[] {
  return [{ kind: 'paragraph', runs: ctx.render(t.functions, { 主要职能: () => ctx.matterSentence('主要职能') }) }];
}

export function part1Organisation(ctx: NarrativeContext, t: Part1Templates): Block[] {
  return t.organisation.map((pattern) => ({
    kind: 'paragraph' as const,
    runs: ctx.render(pattern, {
      单位名称: () => ctx.unitName(),
      年度: () => ctx.year(),
      实有人数: () => ctx.matterCount('实有人数'),
      在职人数: () => ctx.matterCount('在职人数'),
      离休人数: () => ctx.matterCount('离休人数'),
      退休人数: () => ctx.matterCount('退休人数'),
      机构设置: () => ctx.matterSentence('机构设置'),
    }),
  }));
}
