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

/**
 * A placeholder's value: its text, or its text and whether it applies here. Outside `[…]` a value is always
 * written (a reason that does not apply is still asked for, as 新疆 does); inside, a value that does not apply
 * takes its whole bracketed part with it.
 */
export type Value = (() => Fragment) | { readonly applies: () => boolean; readonly render: () => Fragment };

export type Values = Readonly<Record<string, Value>>;

/** A value that applies only when `applies()` holds. */
export const when = (applies: () => boolean, renderValue: () => Fragment): Value => ({ applies, render: renderValue });

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** The placeholder names a pattern uses. */
export function placeholders(pattern: string): string[] {
  return [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

type Token = { readonly text: string } | { readonly name: string } | { readonly optional: readonly Token[] };

/** A pattern as text, placeholders and optional parts `[…]` (not nested: checkPreset refuses that). */
function tokens(pattern: string): Token[] {
  const out: Token[] = [];
  let open: Token[] | undefined;
  const push = (t: Token) => (open ?? out).push(t);
  for (const piece of pattern.split(/(\{[^{}]+\}|\[|\])/)) {
    if (!piece) continue;
    if (piece === '[' && !open) open = [];
    else if (piece === ']' && open) {
      out.push({ optional: open });
      open = undefined;
    } else if (/^\{[^{}]+\}$/.test(piece)) push({ name: piece.slice(1, -1) });
    else push({ text: piece });
  }
  if (open) out.push({ text: '[' }, ...open);
  return out;
}

function valueOf(pattern: string, values: Values, name: string): Value {
  const value = values[name];
  if (!value) throw new PresetError(`句式“${pattern}”中的“{${name}}”不可用：可用的有 ${Object.keys(values).map((k) => `{${k}}`).join('')}`);
  return value;
}

const applies = (v: Value) => typeof v === 'function' || v.applies();
const renderValue = (v: Value) => (typeof v === 'function' ? v() : v.render());

/** Fills a pattern. A placeholder without a value is a preset error (checkPreset reports it before this). */
export function render(pattern: string, values: Values): Fragment {
  const out: Run[] = [];
  const emit = (list: readonly Token[]) => {
    for (const t of list) {
      if ('text' in t) out.push({ text: t.text });
      else if ('name' in t) out.push(...renderValue(valueOf(pattern, values, t.name)));
      else if (t.optional.every((o) => !('name' in o) || applies(valueOf(pattern, values, o.name)))) emit(t.optional);
    }
  };
  emit(tokens(pattern));
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
