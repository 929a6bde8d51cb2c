/** Reading a generated 公开说明 in tests. */
import type { NarrativeDocument } from '../../src/engine/narrative/document';
import { explanationPart } from '../../src/engine/narrative/document';

/**
 * Figures of the 情况说明 (an amount or a rate with decimals) written as plain text, without a source: each as
 * `[section number, text]`. Every figure should know its cell or 说明数据 entry, so this should be empty.
 */
export function unsourcedFigures(doc: NarrativeDocument): [string, string][] {
  const out: [string, string][] = [];
  for (const section of explanationPart(doc).sections) {
    for (const block of section.blocks) {
      if (block.kind !== 'paragraph') continue;
      for (const run of block.runs) {
        if (!('source' in run) && !('gap' in run) && /\d\.\d\d|\d%/.test(run.text)) out.push([section.number, run.text]);
      }
    }
  }
  return out;
}
