/**
 * The figures of a paragraph, and those of the accountant's paragraph that differ from the generated one. A
 * figure is a number with its unit (万元, %, 个, 年…) and its label: the words just before it in its clause
 * (`收入总计`, `减少`). Each figure of the accountant's is paired with the generated figure of the same unit whose
 * label ends the same way (`labelAgreement`), or, when no label helps, with the one at the same place among the
 * figures of that unit if both paragraphs have as many. A figure with no counterpart is not marked:
 * only a figure that says something else than the generated text does is.
 */
import { normalizeText } from '../grid/normalize';

export interface Figure {
  /** Position in the paragraph as written (code units), the unit included. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly label: string;
}

export interface FigureDifference {
  readonly start: number;
  readonly end: number;
  /** The accountant's figure as written, and the generated text's. */
  readonly text: string;
  readonly expected: string;
}

/** Full-width digits and signs to ASCII, one character for one, so that positions stay those of the text. */
function halfWidth(text: string): string {
  return text.replace(/[０-９．％－，]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const FIGURE = /(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(万元|亿元|元|%|个|辆|人|次|项|平方米|家|年度|年)?/g;
const UNIT_CLASS: Readonly<Record<string, string>> = { 年度: '年' };

export function figuresOf(text: string): Figure[] {
  const half = halfWidth(text);
  const out: Figure[] = [];
  let clauseStart = 0;
  for (const m of half.matchAll(FIGURE)) {
    const start = m.index!;
    // The label: the words since the previous figure or the start of the clause, whichever is nearer.
    const before = half.slice(clauseStart, start);
    const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('：'));
    const label = normalizeText(cut >= 0 ? before.slice(cut + 1) : before).replace(/[^\p{L}]/gu, '');
    const unit = m[2] ?? '';
    out.push({ start, end: start + m[0].length, text: text.slice(start, start + m[0].length), value: Number(m[1]!.replace(/,/g, '')), unit: UNIT_CLASS[unit] ?? unit, label });
    clauseStart = start + m[0].length;
  }
  return out;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * How surely two labels name the same figure: the length of their common ending, counted only when one label is
 * the ending of the other (`减少` and `比上年减少`) or the ending is long (four characters or more); `支出类` alone
 * is what `一般公共服务支出类` and `卫生健康支出类` share, and says nothing.
 */
function labelAgreement(a: string, b: string): number {
  const n = commonSuffix(a, b);
  return n >= 2 && (n === Math.min(a.length, b.length) || n >= 4) ? n : 0;
}

/** The generated figure that says the same thing as `f`, if one can be told. */
function counterpart(f: Figure, mine: readonly Figure[], theirs: readonly Figure[], used: ReadonlySet<Figure>): Figure | undefined {
  const same = theirs.filter((g) => g.unit === f.unit);
  const ordinal = mine.filter((g) => g.unit === f.unit).indexOf(f);
  let best: Figure | undefined;
  let bestScore = 0;
  for (const g of same) {
    if (used.has(g)) continue;
    const score = labelAgreement(f.label, g.label);
    if (score === 0) continue;
    const nearer = best === undefined || Math.abs(same.indexOf(g) - ordinal) < Math.abs(same.indexOf(best) - ordinal);
    if (score > bestScore || (score === bestScore && nearer)) {
      best = g;
      bestScore = score;
    }
  }
  if (best) return best;
  const sameCount = mine.filter((g) => g.unit === f.unit).length === same.length;
  const byPlace = same[ordinal];
  return sameCount && byPlace && !used.has(byPlace) ? byPlace : undefined;
}

export function figureDifferences(accountant: string, generated: string): FigureDifference[] {
  const mine = figuresOf(accountant);
  const theirs = figuresOf(generated);
  const used = new Set<Figure>();
  const out: FigureDifference[] = [];
  mine.forEach((f) => {
    const g = counterpart(f, mine, theirs, used);
    if (!g) return;
    used.add(g);
    if (Math.abs(g.value - f.value) > 1e-9) out.push({ start: f.start, end: f.end, text: f.text, expected: g.text });
  });
  return out;
}
