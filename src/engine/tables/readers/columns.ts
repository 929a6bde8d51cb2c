/** Classifying header columns: code columns, the label column, ignored columns, figure columns. */
import { labelSet } from '../../grid/normalize';
import { CODE_COLUMN_LABELS, CODE_PART_LABELS, ColumnRule, IGNORED_COLUMN_LABELS, LABEL_COLUMN_LABELS } from '../spec';

export type ColumnRole =
  | { readonly role: 'code'; readonly part?: '类' | '款' | '项' }
  | { readonly role: 'label' }
  | { readonly role: 'ignored' }
  | { readonly role: 'figure' }
  | { readonly role: 'empty' };

const CODE = labelSet(CODE_COLUMN_LABELS);
const CODE_PART = labelSet(CODE_PART_LABELS);
const LABEL = labelSet(LABEL_COLUMN_LABELS);
const IGNORED = labelSet(IGNORED_COLUMN_LABELS);

export function columnRole(path: readonly string[], extraLabels: ReadonlySet<string>): ColumnRole {
  const leaf = path[path.length - 1];
  if (leaf === undefined) return { role: 'empty' };
  if (CODE.has(leaf)) return { role: 'code' };
  if (CODE_PART.has(leaf) && path.slice(0, -1).some((a) => CODE.has(a) || /编码|代码/.test(a))) {
    return { role: 'code', part: leaf as '类' | '款' | '项' };
  }
  if (LABEL.has(leaf) || extraLabels.has(leaf)) return { role: 'label' };
  if (IGNORED.has(leaf)) return { role: 'ignored' };
  return { role: 'figure' };
}

interface CompiledRule {
  readonly key: string;
  readonly labels: ReadonlySet<string>;
  readonly under?: ReadonlySet<string>;
  readonly notUnder?: ReadonlySet<string>;
}

export function compileRules(rules: readonly ColumnRule[]): readonly CompiledRule[] {
  return rules.map((r) => ({
    key: r.key,
    labels: labelSet(r.labels),
    ...(r.under ? { under: labelSet(r.under) } : {}),
    ...(r.notUnder ? { notUnder: labelSet(r.notUnder) } : {}),
  }));
}

/** The key of the first rule that the column's header path satisfies. */
export function classifyColumn(path: readonly string[], rules: readonly CompiledRule[]): string | undefined {
  const direct = matchRule(path, rules);
  if (direct !== undefined || path.length < 2) return direct;
  // A label broken over two header rows (基本 / 支出, as a narrow column gets typed) reads as one.
  return matchRule([...path.slice(0, -2), path[path.length - 2]! + path[path.length - 1]!], rules);
}

function matchRule(path: readonly string[], rules: readonly CompiledRule[]): string | undefined {
  const leaf = path[path.length - 1];
  if (leaf === undefined) return undefined;
  const ancestors = path.slice(0, -1);
  for (const rule of rules) {
    if (!rule.labels.has(leaf)) continue;
    if (rule.under && !ancestors.some((a) => rule.under!.has(a))) continue;
    if (rule.notUnder && ancestors.some((a) => rule.notUnder!.has(a))) continue;
    return rule.key;
  }
  return undefined;
}
