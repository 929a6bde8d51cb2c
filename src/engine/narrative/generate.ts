/**
 * Writing the whole 公开说明 from the recognised workbook, its 说明数据 and a preset: the parts in the preset's
 * order (新疆: 单位概况, 情况说明, 名词解释, the table list; 上海: 概况, the tables, 情况说明, 名词解释). Every number
 * in the result points back to its source; every missing input is a visible gap, listed once.
 */
import type { BlockTableId, Recognition } from '../recognise/recognise';
import type { Supplement } from '../supplement/supplement';
import { TABLE_SPECS } from '../tables/specs';
import { NarrativeContext } from './context';
import type { Block, DocPart, DocSection, PlacedChart, NarrativeDocument } from './document';
import { plain, tidy } from './fragment';
import type { PartLayout, Preset, SectionId, SectionLayout } from './preset';
import { buildChart, chartsAfter } from './charts';
import { generateSection } from './sections';
import { profileSection } from './sections/profile';
import { glossaryBlocks } from './sections/glossary';
import { chineseNumber } from './chinese';

const tidyBlocks = (blocks: readonly Block[]): Block[] => blocks.map((b) => (b.kind === 'paragraph' ? { ...b, runs: tidy(b.runs) } : b));

/** Numbers the charts 图1, 图2 … in document order. */
class Figures {
  private count = 0;
  /** The charts the preset asks for after section `id`, placed before the next block. */
  after(ctx: NarrativeContext, id: SectionId, before: number): PlacedChart[] {
    return chartsAfter(ctx, id).flatMap((chartId) => {
      const built = buildChart(ctx, chartId);
      return built ? [{ before, chart: { ...built, number: ++this.count } }] : [];
    });
  }
}

function section(ctx: NarrativeContext, layout: SectionLayout, numbering: Figures): DocSection {
  ctx.section = layout.number;
  const blocks: Block[] = [];
  const figures: PlacedChart[] = [];
  if (layout.id) {
    blocks.push(...tidyBlocks(generateSection(ctx, layout.id, ctx.preset.templates)));
    figures.push(...numbering.after(ctx, layout.id, blocks.length));
  }
  for (const sub of layout.subsections ?? []) {
    blocks.push({ kind: 'heading', text: `${sub.number}${sub.title}` });
    blocks.push(...tidyBlocks(generateSection(ctx, sub.id, ctx.preset.templates)));
    figures.push(...numbering.after(ctx, sub.id, blocks.length));
  }
  return { number: layout.number, title: layout.title, blocks, ...(figures.length ? { figures } : {}) };
}

function partSections(ctx: NarrativeContext, layout: PartLayout, numbering: Figures): DocSection[] {
  switch (layout.kind) {
    case 'profile':
      return layout.sections.map((s, i) => {
        const { title, blocks } = profileSection(ctx, s);
        return { number: chineseNumber(i + 1), title, blocks: tidyBlocks(blocks) };
      });
    case 'explanation':
      return layout.sections.map((s) => section(ctx, s, numbering));
    case 'glossary':
      return [{ number: '', title: '', blocks: tidyBlocks(glossaryBlocks(ctx, layout.item, layout.terms)) }];
    case 'tables': {
      const tables = TABLE_SPECS.filter((s) => s.code !== '10' && !s.extra).map((spec, i) => ({
        kind: 'table' as const,
        code: spec.code,
        text: plain(ctx.render(layout.item, { 序号: () => [{ text: chineseNumber(i + 1) }], 表名: () => [{ text: ctx.tableTitle(spec.id as BlockTableId) }] })),
      }));
      return [{ number: '', title: '', blocks: tables }];
    }
  }
}

function part(ctx: NarrativeContext, layout: PartLayout, index: number, numbering: Figures): DocPart {
  const number = `第${chineseNumber(index + 1)}部分`;
  ctx.section = number;
  const title = plain(tidy(ctx.render(layout.title, {})));
  // Gaps are listed by the part's name (单位概况) outside the numbered sections.
  ctx.section = title;
  return { kind: layout.kind, number, title, sections: partSections(ctx, layout, numbering) };
}

export function generateNarrative(recognition: Recognition, supplement: Supplement, preset: Preset): NarrativeDocument {
  const ctx = new NarrativeContext(recognition, supplement, preset);
  const numbering = new Figures();
  const parts = preset.parts.map((layout, i) => part(ctx, layout, i, numbering));
  ctx.section = '标题';
  const title = plain(ctx.render(preset.title, {}));
  return { title, preset: preset.id, parts, gaps: ctx.gaps };
}
