/**
 * Aligning the generated 公开说明 with the accountant's, paragraph by paragraph: first the section headings (an
 * order-keeping alignment of the two lists of headings), then, between each pair of matched headings, the
 * paragraphs by their content. Paragraphs without a counterpart stay on their own row.
 */
import type { AccountantParagraph, GeneratedParagraph } from './paragraphs';
import { headingSimilarity, onlyGaps, textSimilarity } from './similarity';

export interface AlignedRow {
  readonly generated?: GeneratedParagraph;
  readonly accountant?: AccountantParagraph;
  /** How alike the two are (0 when one side is missing). */
  readonly similarity: number;
}

/** Below these, two headings or two paragraphs are not the same one. */
const HEADING_MATCH = 0.5;
const PARAGRAPH_MATCH = 0.3;

type Step = { readonly a?: number; readonly b?: number; readonly score: number };

/**
 * The order-keeping alignment of `a` and `b` with the greatest total score, pairs scoring under `threshold`
 * never made (Needleman–Wunsch with free gaps). The steps cover every item of both, in order.
 */
export function alignSequences(n: number, m: number, score: (i: number, j: number) => number, threshold: number): Step[] {
  const s: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => score(i, j)));
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const pair = s[i - 1]![j - 1]! >= threshold ? best[i - 1]![j - 1]! + s[i - 1]![j - 1]! : -Infinity;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, pair);
    }
  }
  const steps: Step[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && s[i - 1]![j - 1]! >= threshold && best[i]![j] === best[i - 1]![j - 1]! + s[i - 1]![j - 1]!) {
      steps.push({ a: i - 1, b: j - 1, score: s[i - 1]![j - 1]! });
      i--;
      j--;
    } else if (j > 0 && (i === 0 || best[i]![j] === best[i]![j - 1])) {
      steps.push({ b: j - 1, score: 0 });
      j--;
    } else {
      steps.push({ a: i - 1, score: 0 });
      i--;
    }
  }
  return steps.reverse();
}

function row(generated: GeneratedParagraph | undefined, accountant: AccountantParagraph | undefined, similarity: number): AlignedRow {
  return { ...(generated ? { generated } : {}), ...(accountant ? { accountant } : {}), similarity };
}

/**
 * Paragraphs of one section on both sides, by content. Headings that found no partner among the headings are
 * aligned here too: whether a line the accountant typed is a heading is a guess, and the text decides.
 */
function alignSection(generated: readonly GeneratedParagraph[], accountant: readonly AccountantParagraph[]): AlignedRow[] {
  // A generated paragraph that is all gaps (【请填写：主要职能】。) has no words to be recognised by: it pairs, at the
  // least score that pairs, with a paragraph of the accountant's in its place (between the same two paired
  // paragraphs) that nothing else takes; with none there it stays alone.
  const gapsOnly = generated.map((p) => !p.heading && onlyGaps(p.text));
  const score = (i: number, j: number) => (gapsOnly[i] ? (accountant[j]!.heading ? 0 : PARAGRAPH_MATCH) : textSimilarity(generated[i]!.text, accountant[j]!.text));
  return alignSequences(generated.length, accountant.length, score, PARAGRAPH_MATCH).map((st) =>
    row(st.a === undefined ? undefined : generated[st.a], st.b === undefined ? undefined : accountant[st.b], st.score),
  );
}

export function alignExplanations(generated: readonly GeneratedParagraph[], accountant: readonly AccountantParagraph[]): AlignedRow[] {
  const gh = generated.flatMap((p, i) => (p.heading ? [i] : []));
  const ah = accountant.flatMap((p, i) => (p.heading ? [i] : []));
  const anchors = alignSequences(gh.length, ah.length, (i, j) => headingSimilarity(generated[gh[i]!]!.text, accountant[ah[j]!]!.text), HEADING_MATCH)
    .filter((st) => st.a !== undefined && st.b !== undefined)
    .map((st) => ({ g: gh[st.a!]!, a: ah[st.b!]!, score: st.score }));
  const rows: AlignedRow[] = [];
  let g = 0;
  let a = 0;
  for (const anchor of anchors) {
    rows.push(...alignSection(generated.slice(g, anchor.g), accountant.slice(a, anchor.a)));
    rows.push(row(generated[anchor.g], accountant[anchor.a], anchor.score));
    g = anchor.g + 1;
    a = anchor.a + 1;
  }
  rows.push(...alignSection(generated.slice(g), accountant.slice(a)));
  return rows;
}
