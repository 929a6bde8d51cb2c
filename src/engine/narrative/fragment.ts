/**
 * Narrative text as runs: plain text, a number that knows its source, or a visible gap. A preset's sentence
 * patterns are rendered by filling `{名称}` placeholders with fragments; only the placeholders a pattern uses
 * are computed, so a preset that does not mention 年初预算 never asks for it.
 */
import type { Source } from '../supplement/supplement';

/** Where a number comes from: a cell or a 说明数据 entry, or a computation over several of them. */
export type NarrativeSource = Source | { readonly kind: 'derived'; readonly from: readonly Source[] };

export type Run =
  | { readonly text: string }
  | { readonly text: string; readonly source: NarrativeSource }
  | { readonly text: string; readonly gap: string };

export type Fragment = readonly Run[];

export const text = (t: string): Fragment => (t ? [{ text: t }] : []);

export const sourced = (t: string, source: NarrativeSource): Fragment => [{ text: t, source }];

export function plain(fragment: Fragment): string {
  return fragment.map((r) => r.text).join('');
}

export function join(parts: readonly Fragment[], separator: string): Fragment {
  const out: Run[] = [];
  parts.forEach((p, i) => {
    if (i > 0 && separator) out.push({ text: separator });
    out.push(...p);
  });
  return out;
}

/** Every source a fragment's numbers come from (for a derived figure). */
export function sourcesOf(fragment: Fragment): Source[] {
  const out: Source[] = [];
  for (const run of fragment) {
    if (!('source' in run)) continue;
    if (run.source.kind === 'derived') out.push(...run.source.from);
    else out.push(run.source);
  }
  return out;
}

export type Values = Readonly<Record<string, () => Fragment>>;

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** The placeholder names a pattern uses. */
export function placeholders(pattern: string): string[] {
  return [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Fills a pattern. A placeholder without a value is a preset error, reported where the preset is checked. */
export function render(pattern: string, values: Values): Fragment {
  const out: Run[] = [];
  let last = 0;
  for (const m of pattern.matchAll(PLACEHOLDER)) {
    if (m.index! > last) out.push({ text: pattern.slice(last, m.index) });
    const value = values[m[1]!];
    if (!value) throw new PresetError(`句式“${pattern}”中的“{${m[1]}}”不可用：可用的有 ${Object.keys(values).map((k) => `{${k}}`).join('')}`);
    out.push(...value());
    last = m.index! + m[0].length;
  }
  if (last < pattern.length) out.push({ text: pattern.slice(last) });
  return mergeText(out);
}

/** Adjacent plain runs as one, so that punctuation can be tidied across a placeholder that came out empty. */
function mergeText(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !('source' in last) && !('gap' in last) && !('source' in r) && !('gap' in r)) out[out.length - 1] = { text: last.text + r.text };
    else out.push(r);
  }
  return out;
}

export class PresetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PresetError';
  }
}

/**
 * Where an optional part of a pattern came out empty, the punctuation around it collapses: `万元，。` becomes
 * `万元。`, `，，` becomes `，`. Only plain text runs are touched.
 */
export function tidy(fragment: Fragment): Fragment {
  const runs = mergeText([...fragment]).map((r) => ('source' in r || 'gap' in r ? r : { text: r.text.replace(/[，,；](?=[。；，,])/g, '') }));
  return runs.filter((r) => r.text !== '');
}
