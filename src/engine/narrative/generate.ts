/**
 * Writing the whole 公开说明 from the recognised workbook, its 说明数据 and a preset: 第一部分 from 事项,
 * 第二部分 sections 一–十一, 第三部分 名词解释, 第四部分 the table list. Every number in the result points back
 * to its source; every missing input is a visible gap, listed once.
 */
import type { Recognition } from '../recognise/recognise';
import type { Supplement } from '../supplement/supplement';
import { TABLE_SPECS } from '../tables/specs';
import { NarrativeContext } from './context';
import type { Block, DocPart, DocSection, NarrativeDocument } from './document';
import { plain, render, tidy } from './fragment';
import type { Preset, SectionLayout } from './preset';
import { SECTION_GENERATORS } from './sections';
import { part1Functions, part1Organisation } from './sections/part1';

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function section(ctx: NarrativeContext, layout: SectionLayout): DocSection {
  ctx.section = layout.number;
  const blocks: Block[] = [];
  const generate = (id: SectionLayout['id'] & string) =>
    SECTION_GENERATORS[id](ctx, ctx.preset.templates).map((b) => (b.kind === 'paragraph' ? { ...b, runs: tidy(b.runs) } : b));
  if (layout.id) blocks.push(...generate(layout.id));
  for (const sub of layout.subsections ?? []) {
    blocks.push({ kind: 'heading', text: `${sub.number}${sub.title}` });
    blocks.push(...generate(sub.id));
  }
  return { number: layout.number, title: layout.title, blocks };
}

export function generateNarrative(recognition: Recognition, supplement: Supplement, preset: Preset): NarrativeDocument {
  const ctx = new NarrativeContext(recognition, supplement, preset);
  const [p1, p2, p3, p4] = preset.document.parts;
  ctx.section = p1;
  const part1: DocPart = {
    number: '第一部分',
    title: p1,
    sections: [
      { number: '一', title: preset.part1.functionsTitle, blocks: part1Functions(ctx, preset.part1) },
      { number: '二', title: preset.part1.organisationTitle, blocks: part1Organisation(ctx, preset.part1) },
    ],
  };
  const part2: DocPart = { number: '第二部分', title: p2, sections: preset.sections.map((s) => section(ctx, s)) };
  const part3: DocPart = {
    number: '第三部分',
    title: p3,
    sections: [{ number: '', title: '', blocks: preset.glossary.map((g) => ({ kind: 'paragraph' as const, runs: [{ text: `${g.term}：${g.text}` }] })) }],
  };
  const tables = TABLE_SPECS.filter((s) => s.code !== '10').map((spec, i) => ({
    kind: 'table' as const,
    code: spec.code,
    text: plain(render(preset.document.tableItem, { 序号: () => [{ text: CHINESE_NUMBERS[i]! }], 表名: () => [{ text: spec.titles[0]! }] })),
  }));
  const part4: DocPart = { number: '第四部分', title: p4, sections: [{ number: '', title: '', blocks: tables }] };
  ctx.section = '标题';
  const title = plain(render(preset.document.title, { 单位名称: () => ctx.unitName(), 年度: () => ctx.year() }));
  return { title, preset: preset.id, parts: [part1, part2, part3, part4], gaps: ctx.gaps };
}
