/**
 * Golden test (DESIGN.md "Quality bar"): from the bundled sample and its 说明数据, the 新疆 preset reproduces
 * 第二部分 of fixtures/reference/xinjiang-changji-2022-disclosure.txt (the published reference) sentence by sentence, reasons included.
 *
 * Comparison folds two things that are not wording:
 *  - whitespace: the reference is a PDF extraction, with spaces around every number and lines broken
 *    mid-sentence;
 *  - character width (NFKC): the reference mixes full-width and half-width punctuation inside one section
 *    (§五（三） items 1–4 use “,” and “:”, the rest “，” and “：”); the preset writes one form throughout.
 * There is no other difference.
 */
import { promises as fs, readFileSync } from 'fs';
import path from 'path';
import { readXlsx } from '../../../src/hosts/xlsx/read';
import { recognise, Recognition } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { explanationLayout } from '../../../src/engine/narrative/preset';
import { plain } from '../../../src/engine/narrative/fragment';
import { explanationPart } from '../../../src/engine/narrative/document';
import type { DocSection, NarrativeDocument } from '../../../src/engine/narrative/document';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../../fixtures/build-sample';
import { unsourcedFigures } from '../../support/narrative';

// A copy of shared/reference/xinjiang-changji-2022-disclosure.txt, kept in the repository so that CI has it.
const REFERENCE = path.join(__dirname, '..', '..', '..', 'fixtures', 'reference', 'xinjiang-changji-2022-disclosure.txt');

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Sentences of a text: split after each 。, whitespace and width folded. */
function sentences(textOfSection: string): string[] {
  return fold(textOfSection)
    .split(/(?<=。)/)
    .filter((s) => s.length > 0);
}

/** 第二部分 of the reference, cut at each section heading of the preset's layout. */
function referenceSections(): Map<string, string> {
  const text = readFileSync(REFERENCE, 'utf8');
  const body = text.slice(text.lastIndexOf('第二部分 部门决算情况说明'));
  const end = body.indexOf('项目支出绩效自评表\n');
  const part = body.slice(0, end);
  const layout = explanationLayout(xinjiang).sections;
  const headings = layout.map((s) => `${s.number}、${s.title}`);
  const out = new Map<string, string>();
  let from = 0;
  headings.forEach((h, i) => {
    const start = part.indexOf(`\n${h}\n`, from);
    if (start < 0) throw new Error(`heading ${h} not found in the reference`);
    const next = i + 1 < headings.length ? part.indexOf(`\n${headings[i + 1]}\n`, start) : part.length;
    out.set(layout[i]!.number, part.slice(start + h.length + 2, next));
    from = start + 1;
  });
  return out;
}

function sectionText(section: DocSection): string {
  return section.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text)).join('\n');
}

let doc: NarrativeDocument;
let rec: Recognition;
beforeAll(async () => {
  rec = recognise(await readXlsx(await fs.readFile(SAMPLE_XLSX)));
  const { supplement, problems } = parseSupplementJson(JSON.parse(await fs.readFile(SAMPLE_DATA, 'utf8')));
  expect(problems).toEqual([]);
  doc = generateNarrative(rec, supplement, xinjiang);
});

describe('新疆 preset against the published reference', () => {
  const reference = referenceSections();

  it.each([...reference.keys()])('第二部分 §%s: sentence by sentence', (number) => {
    const ours = explanationPart(doc).sections.find((s) => s.number === number)!;
    expect(sentences(sectionText(ours))).toEqual(sentences(reference.get(number)!));
  });

  it('has all eleven sections and no gaps', () => {
    expect(explanationPart(doc).sections.map((s) => s.number)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一']);
    expect(doc.gaps).toEqual([]);
  });

  it('reproduces the title and 第一部分 too', () => {
    const text = readFileSync(REFERENCE, 'utf8');
    expect(fold(text)).toContain(fold(doc.title));
    const part1 = doc.parts[0]!.sections.map(sectionText).join('');
    for (const s of sentences(part1)) expect(fold(text)).toContain(s);
  });

  it('points every number back to its source: a table cell, a 说明数据 entry, or a computation over them', () => {
    let numbers = 0;
    for (const section of explanationPart(doc).sections) {
      for (const block of section.blocks) {
        if (block.kind !== 'paragraph') continue;
        for (const run of block.runs) {
          if (!/\d/.test(run.text) || !('source' in run)) continue;
          numbers++;
          const s = run.source;
          if (s.kind === 'derived') expect(s.from.every((f) => f.kind === 'cell' || f.kind === 'data')).toBe(true);
          else expect(['cell', 'data']).toContain(s.kind);
        }
      }
    }
    expect(numbers).toBeGreaterThan(150);
    // 收入总计 1,488.29 is 收入支出决算总表's 总计 cell.
    const first = explanationPart(doc).sections[0]!.blocks[0]!;
    const run = first.kind === 'paragraph' ? first.runs.find((r) => r.text === '1,488.29') : undefined;
    expect(run && 'source' in run ? run.source : undefined).toEqual({ kind: 'cell', cell: rec.tables.summary!.rows.find((r) => r.key === 'grandTotal' && r.block === 'income')!.figures.amount!.cell });
  });

  it('leaves no figure (an amount or a rate with decimals) in 第二部分 without a source', () => {
    expect(unsourcedFigures(doc)).toEqual([]);
  });
});
