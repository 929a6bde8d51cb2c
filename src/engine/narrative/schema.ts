/**
 * A small schema language for presets. One description serves twice: as the TypeScript type of a preset
 * (`Infer<typeof SCHEMA>`) and as the checker of a preset a user loads from a .json file, whose messages name
 * the JSON path of each problem (`templates.overview.paragraphs[0]`). Patterns carry the placeholders their
 * section offers, so a `{收入总计X}` where the section has no such figure is caught before any text is written.
 */
import { canonicalMatterKey } from '../supplement/keys';

interface Base {
  /** The field may be left out. */
  readonly optional?: true;
}

export interface TextSchema extends Base {
  readonly kind: 'text';
}

export interface PatternSchema extends Base {
  readonly kind: 'pattern';
  /** Placeholders the generator offers here, besides the global ones. */
  readonly placeholders: readonly string[];
}

export interface BooleanSchema extends Base {
  readonly kind: 'boolean';
}

export interface OneOfSchema extends Base {
  readonly kind: 'oneOf';
  readonly values: readonly string[];
}

export interface ListSchema extends Base {
  readonly kind: 'list';
  readonly of: Schema;
  readonly nonEmpty?: boolean;
}

export interface ObjectSchema extends Base {
  readonly kind: 'object';
  readonly fields: Readonly<Record<string, Schema>>;
  /** Optional fields a placeholder needs: where any pattern of the object uses `{明细}`, `item` must be given. */
  readonly requires?: Readonly<Record<string, readonly string[]>>;
}

/** A text or an object: a paragraph pattern, or `{ "heading": "（一）…" }` among paragraphs. */
export interface EitherSchema extends Base {
  readonly kind: 'either';
  readonly text: Schema;
  readonly object: ObjectSchema;
}

/** Objects told apart by a tag field (`{ "kind": "glossary", … }`). */
export interface VariantSchema extends Base {
  readonly kind: 'variant';
  readonly tag: string;
  readonly options: Readonly<Record<string, ObjectSchema>>;
}

export type Schema = TextSchema | PatternSchema | BooleanSchema | OneOfSchema | ListSchema | ObjectSchema | EitherSchema | VariantSchema;

// --- builders ---------------------------------------------------------------------------------------------

export const text = () => ({ kind: 'text' }) as const;
export const boolean = () => ({ kind: 'boolean' }) as const;
export const pattern = (...placeholders: readonly string[]) => ({ kind: 'pattern', placeholders }) as const;
export const oneOf = <const V extends readonly string[]>(values: V) => ({ kind: 'oneOf', values }) as const;
export const list = <const S extends Schema>(of: S, nonEmpty = false) => ({ kind: 'list', of, ...(nonEmpty ? { nonEmpty: true } : {}) }) as const;
export const object = <const F extends Record<string, Schema>>(fields: F, requires?: Readonly<Record<string, readonly (keyof F & string)[]>>) =>
  ({ kind: 'object', fields, ...(requires ? { requires } : {}) }) as const;
export const either = <const T extends Schema, const O extends ObjectSchema>(textSchema: T, objectSchema: O) =>
  ({ kind: 'either', text: textSchema, object: objectSchema }) as const;
export const variant = <const T extends string, const O extends Record<string, ObjectSchema>>(tag: T, options: O) => ({ kind: 'variant', tag, options }) as const;
export const optional = <const S extends Schema>(schema: S): S & { readonly optional: true } => ({ ...schema, optional: true });

// --- the type a schema describes -------------------------------------------------------------------------

type Simplify<T> = { [K in keyof T]: T[K] } & unknown;

type FieldsOf<F> = Simplify<
  { readonly [K in keyof F as F[K] extends { optional: true } ? never : K]: Infer<F[K]> } & {
    readonly [K in keyof F as F[K] extends { optional: true } ? K : never]?: Infer<F[K]>;
  }
>;

export type Infer<S> = S extends { kind: 'text' | 'pattern' }
  ? string
  : S extends { kind: 'boolean' }
    ? boolean
    : S extends { kind: 'oneOf'; values: readonly (infer V)[] }
      ? V
      : S extends { kind: 'list'; of: infer O }
        ? readonly Infer<O>[]
        : S extends { kind: 'object'; fields: infer F }
          ? FieldsOf<F>
          : S extends { kind: 'either'; text: infer T; object: infer O }
            ? Infer<T> | Infer<O>
            : S extends { kind: 'variant'; tag: infer T extends string; options: infer O }
              ? { [K in keyof O]: Simplify<{ readonly [P in T]: K } & Infer<O[K]>> }[keyof O]
              : never;

// --- checking a value against a schema --------------------------------------------------------------------

export interface SchemaProblem {
  /** JSON path: `templates.overview.paragraphs[0]`, or '' for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** Placeholders every pattern may use: the unit, the year, the prior year, any 事项 (`{事项:公务用车保有量}`). */
export const GLOBAL_PLACEHOLDERS = ['单位名称', '年度', '上年度'] as const;

const PLACEHOLDER = /\{([^{}]*)\}/g;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** What is wrong with a pattern: unknown placeholders, unbalanced or nested optional parts `[…]`, stray braces. */
export function patternProblems(value: string, allowed: readonly string[]): string[] {
  const problems: string[] = [];
  const offered = [...GLOBAL_PLACEHOLDERS, ...allowed];
  for (const m of value.matchAll(PLACEHOLDER)) {
    const name = m[1]!;
    if (name.startsWith('事项:')) {
      const key = name.slice(3);
      if (canonicalMatterKey(key) !== key) problems.push(`“{${name}}”：说明数据没有事项“${key}”。`);
      continue;
    }
    if (!offered.includes(name)) problems.push(`“{${name}}”在这里不可用，可用的有：${offered.map((p) => `{${p}}`).join('')}，以及 {事项:事项名}。`);
  }
  const braces = value.replace(PLACEHOLDER, '');
  if (/[{}]/.test(braces)) problems.push('花括号不成对：占位符写作 {名称}。');
  let depth = 0;
  for (const ch of value.replace(PLACEHOLDER, '')) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (depth > 1) return [...problems, '可省略的部分 […] 不能套在另一个 […] 里。'];
    if (depth < 0) return [...problems, '方括号不成对：可省略的部分写作 […]。'];
  }
  if (depth !== 0) problems.push('方括号不成对：可省略的部分写作 […]。');
  return problems;
}

function kindName(schema: Schema): string {
  switch (schema.kind) {
    case 'text':
    case 'pattern':
      return '文字';
    case 'boolean':
      return '布尔值（true 或 false）';
    case 'oneOf':
      return `${schema.values.map((v) => `"${v}"`).join('、')} 之一`;
    case 'list':
      return '列表 […]';
    case 'either':
      return '文字或对象 {…}';
    default:
      return '对象 {…}';
  }
}

/** Every problem of `value` against `schema`, each with its JSON path. */
export function check(value: unknown, schema: Schema, path = ''): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const wrong = () => out.push({ path, message: `应是${kindName(schema)}。` });
  switch (schema.kind) {
    case 'text':
      if (typeof value !== 'string') wrong();
      break;
    case 'pattern':
      if (typeof value !== 'string') wrong();
      else for (const message of patternProblems(value, schema.placeholders)) out.push({ path, message });
      break;
    case 'boolean':
      if (typeof value !== 'boolean') wrong();
      break;
    case 'oneOf':
      if (typeof value !== 'string' || !schema.values.includes(value)) wrong();
      break;
    case 'list':
      if (!Array.isArray(value)) wrong();
      else if (schema.nonEmpty && value.length === 0) out.push({ path, message: '列表不能为空。' });
      else value.forEach((v, i) => out.push(...check(v, schema.of, `${path}[${i}]`)));
      break;
    case 'either':
      out.push(...(typeof value === 'string' ? check(value, schema.text, path) : isRecord(value) ? check(value, schema.object, path) : [{ path, message: `应是${kindName(schema)}。` }]));
      break;
    case 'variant': {
      if (!isRecord(value)) {
        wrong();
        break;
      }
      const tag = value[schema.tag];
      const option = typeof tag === 'string' ? schema.options[tag] : undefined;
      if (!option) {
        out.push({ path: at(path, schema.tag), message: `应是${Object.keys(schema.options).map((v) => `"${v}"`).join('、')} 之一。` });
        break;
      }
      const { [schema.tag]: _tag, ...rest } = value;
      out.push(...check(rest, option, path));
      break;
    }
    case 'object': {
      if (!isRecord(value)) {
        wrong();
        break;
      }
      for (const [key, field] of Object.entries(schema.fields)) {
        if (value[key] === undefined) {
          if (!field.optional) out.push({ path: at(path, key), message: `缺少这一项（${kindName(field)}）。` });
        } else out.push(...check(value[key], field, at(path, key)));
      }
      for (const key of Object.keys(value)) {
        if (!(key in schema.fields)) out.push({ path: at(path, key), message: `未知的项“${key}”：这里可有 ${Object.keys(schema.fields).join('、')}。` });
      }
      const used = strings(value).join('\n');
      for (const [placeholder, needed] of Object.entries(schema.requires ?? {})) {
        if (!used.includes(`{${placeholder}}`)) continue;
        for (const key of needed) {
          if (value[key] === undefined) out.push({ path: at(path, key), message: `句式用了“{${placeholder}}”，需要这一项（${kindName(schema.fields[key]!)}）。` });
        }
      }
      break;
    }
  }
  return out;
}

/** Every string inside a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isRecord(value)) return Object.values(value).flatMap(strings);
  return [];
}
