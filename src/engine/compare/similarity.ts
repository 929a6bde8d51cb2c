/**
 * How alike two pieces of Chinese text are, for aligning paragraphs and finding the sentence a copied one
 * replaces: the Dice coefficient of character pairs, after normalising width and whitespace and masking every
 * number (so that a paragraph whose figures differ is still recognised as the same paragraph).
 */
import { normalizeText } from '../grid/normalize';

const NUMBER = /\d[\d,.]*/g;
const HEADING_NUMBER = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[、.](?!\d))/;

function pairs(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const p = text.slice(i, i + 2);
    out.set(p, (out.get(p) ?? 0) + 1);
  }
  return out;
}

function dice(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  if (a.length < 2 || b.length < 2) return 0;
  const pa = pairs(a);
  const pb = pairs(b);
  let common = 0;
  for (const [p, n] of pa) common += Math.min(n, pb.get(p) ?? 0);
  return (2 * common) / (a.length - 1 + b.length - 1);
}

/** A gap of the generated text (【请填写：…】): it stands where the accountant wrote a figure or their own words. */
const GAP = /【请填写[^】]*】/g;

const masked = (text: string) => normalizeText(text).replace(GAP, '#').replace(NUMBER, '#');

/** Whether a text has a gap of the generated text's (【请填写：…】). */
export function hasGap(text: string): boolean {
  return text.search(GAP) !== -1;
}

/** Whether a paragraph is all gaps (【请填写：主要职能】。): nothing in it to recognise its counterpart by. */
export function onlyGaps(text: string): boolean {
  // Gaps offered as alternatives (【请填写：决算单位构成…】或【请填写：机构设置…】) are all gaps too.
  const alternatives = text.replace(/或/g, '');
  const rest = alternatives.replace(GAP, '');
  return rest !== alternatives && !/[\p{L}\p{N}]/u.test(rest);
}

/** Paragraphs and sentences: 0 (nothing shared) to 1 (the same but for figures and gaps). */
export function textSimilarity(a: string, b: string): number {
  return dice(masked(a), masked(b));
}

/** Headings: compared without their numbering (一、 or （三）), which the accountant may have changed. */
export function headingSimilarity(a: string, b: string): number {
  return dice(normalizeText(a).replace(HEADING_NUMBER, ''), normalizeText(b).replace(HEADING_NUMBER, ''));
}
