/**
 * The 说明数据 as a form (the pane's, in Excel and on the web alike): every entry the chosen preset's 公开说明
 * asks for, grouped by the section that uses it, each indicator with its 本年数 from the tables beside the
 * fields the accountant fills; what is still missing for that preset first. Typing in the form writes the
 * 说明数据 sheet: one plan per change (supplementEditPlan), which keeps everything else in the sheet as typed.
 *
 * Which entries a preset asks for: the gaps of the 公开说明 written without any 说明数据 (every entry its
 * sentences can use for these tables), plus the gaps of the current text (an entry that applies only once
 * another is known, such as the reason for a budget variance).
 */
import type { WorkbookGrid } from '../grid/cell';
import { cellAt, cellText } from '../grid/cell';
import { CellRef, qualifiedA1, toA1 } from '../grid/address';
import { normalizeText } from '../grid/normalize';
import { centsOfFen, formatCents } from '../derive/arithmetic';
import type { Plan, PlanValue } from '../plan/plan';
import { targetSummary } from '../plan/owned';
import { recognise } from '../recognise/recognise';
import { generateNarrative } from '../narrative/generate';
import type { Gap, NarrativeDocument } from '../narrative/document';
import type { Preset } from '../narrative/preset';
import { resolveSupplement } from '../workflow';
import type { SheetSettings } from '../workflow';
import { parseTyped } from '../edit/typed';
import { yuanSignOutOfUnit } from '../tables/readers/figures';
import { AMOUNT_FIELDS, AmountField, canonicalIndicatorKey, canonicalMatterKey, MATTER_KEYS, TEXT_FIELDS, TextField, UNIT_KINDS } from './keys';
import { indicatorRows, IndicatorRowSpec, refsCents } from './indicators';
import { AMOUNT_UNIT, entryCell, ownUnitAmount, shownText, unreadableFigure } from './readSheet';
import { parseFigure } from './amount';
import { META_KEYS, supplementSheetPlan } from './sheet';
import { EMPTY_SUPPLEMENT, Supplement } from './supplement';
import { ASSET_MATTERS, printedMatter } from './printedMatters';

type MetaKey = (typeof META_KEYS)[number];

/** Where an entry lives: a header field, one field of an indicator, or a 事项. */
export type FormEntry =
  | { readonly meta: MetaKey }
  | { readonly indicator: string; readonly field: AmountField | TextField }
  | { readonly matter: string };

/** How a field is typed and checked. */
export type FieldKind = 'amount' | 'count' | 'area' | 'text' | 'longText' | 'year' | 'unitKind';

export interface FormField {
  /** The gap's field: `指标.收入总计.上年数`, `事项.公务用车保有量`, `单位性质`. */
  readonly path: string;
  readonly entry: FormEntry;
  readonly label: string;
  readonly kind: FieldKind;
  /** What the 说明数据 sheet holds, as the accountant typed it (a mistake too). */
  readonly value: string;
  /** The chosen preset's text shows a gap for it now. */
  readonly missing: boolean;
  /** What is wrong with the value, said at the field. */
  readonly problem?: string;
  /** Its cell in the 说明数据 sheet, once the sheet exists. */
  readonly cell?: string;
  /**
   * What the text takes while the field is empty, where a table prints it (江西's 国有资产占用情况表: 车辆价值):
   * 留空即取国有资产占用情况表合计行的车辆 72.85 万元.
   */
  readonly printed?: string;
}

export interface FormIndicator {
  readonly key: string;
  readonly name: string;
  /** 本年数 from the tables in 万元 (`1,488.29`), when a table holds it. */
  readonly current?: string;
  readonly fields: readonly FormField[];
}

export interface FormSection {
  /** The section number (一, 二 …) or the part's title (单位概况, 名词解释). */
  readonly id: string;
  readonly title: string;
  readonly indicators: readonly FormIndicator[];
  /** 事项 and header fields. */
  readonly others: readonly FormField[];
  readonly missing: number;
}

export interface SupplementForm {
  readonly sections: readonly FormSection[];
  /** The gaps of the chosen preset's text now, in text order. */
  readonly gaps: readonly Gap[];
  /** The sheet the form writes, and whether it exists yet (the first change creates it). */
  readonly sheet: string;
  readonly exists: boolean;
}

const FIELD_ORDER: readonly string[] = ['本年数', '上年数', '年初预算数', '全年预算数', '主要原因', '预决算差异原因', '主要用于'];

/** The entry a gap's field names, or undefined for one the form cannot hold. */
export function entryOf(path: string): FormEntry | undefined {
  if ((META_KEYS as readonly string[]).includes(path)) return { meta: path as MetaKey };
  const [head, ...rest] = path.split('.');
  if (head === '事项' && rest.length === 1) {
    const matter = canonicalMatterKey(rest[0]!);
    return matter ? { matter } : undefined;
  }
  if (head === '指标' && rest.length === 2) {
    const indicator = canonicalIndicatorKey(rest[0]!);
    const field = rest[1]!;
    if (!indicator || ![...AMOUNT_FIELDS, ...TEXT_FIELDS].includes(field as AmountField)) return undefined;
    return { indicator, field: field as AmountField | TextField };
  }
  return undefined;
}

function kindOf(entry: FormEntry): FieldKind {
  if ('meta' in entry) return entry.meta === '年度' ? 'year' : entry.meta === '单位性质' ? 'unitKind' : 'text';
  if ('matter' in entry) {
    const kind = MATTER_KEYS[entry.matter]!;
    return kind === 'text' ? 'longText' : kind;
  }
  return (AMOUNT_FIELDS as readonly string[]).includes(entry.field) ? 'amount' : 'longText';
}

function shown(v: PlanValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** The section keys in the order the document has them, with their headings. */
function sectionTitles(doc: NarrativeDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of doc.parts) {
    if (part.kind === 'explanation') for (const s of part.sections) out.set(s.number, `${s.number}、${s.title}`);
    else out.set(part.title, `${part.number} ${part.title}`);
  }
  return out;
}

function currentText(spec: IndicatorRowSpec | undefined): string | undefined {
  if (!spec) return undefined;
  if (spec.current.kind === 'zero') return '0.00';
  if (spec.current.kind !== 'table') return undefined;
  return formatCents(refsCents(spec.current.refs), true);
}

/** The form for the chosen preset, from the workbook as read (its 说明数据 sheet, found by its mark). */
export function supplementForm(grid: WorkbookGrid, preset: Preset): SupplementForm {
  const recognition = recognise(grid);
  const resolved = resolveSupplement(grid);
  const now = generateNarrative(recognition, resolved.supplement, preset);
  const blank = generateNarrative(recognition, EMPTY_SUPPLEMENT, preset);
  const missing = new Set(now.gaps.map((g) => g.field));
  const wanted = new Map<string, Gap>();
  for (const g of [...blank.gaps, ...now.gaps]) if (!wanted.has(g.field)) wanted.set(g.field, g);
  for (const g of printedMatterGaps(recognition, preset)) if (!wanted.has(g.field)) wanted.set(g.field, g);

  const specs = new Map(indicatorRows(recognition, resolved.supplement).map((s) => [s.key, s]));
  const sheet = resolved.target.existing;
  // Problems of the sheet name their cell (A1 on the 说明数据 sheet); a field shows the one at its cell.
  const problems = new Map(resolved.problems.flatMap((p) => ('cell' in p && p.cell ? [[p.cell, p.message] as const] : [])));
  const field = (path: string, entry: FormEntry): FormField => {
    const inputs = resolved.inputs;
    const value =
      'meta' in entry ? inputs.meta[entry.meta] : 'matter' in entry ? inputs.matters.get(entry.matter) : inputs.indicators.get(entry.indicator)?.[entry.field];
    const ref = sheet ? (entryAt(sheet, entry) ?? undefined) : undefined;
    const address = ref ? qualifiedA1(ref) : undefined;
    const problem = ref ? problems.get(toA1(ref.row, ref.col)) : undefined;
    const label = 'meta' in entry ? entry.meta : 'matter' in entry ? entry.matter : entry.field;
    const printed = 'matter' in entry ? printedMatter(recognition, entry.matter) : undefined;
    return {
      path,
      entry,
      label,
      kind: kindOf(entry),
      value: shown(value),
      missing: missing.has(path),
      ...(problem ? { problem } : {}),
      ...(address ? { cell: address } : {}),
      ...(printed ? { printed: `留空即取${printed.name} ${formatCents(centsOfFen(printed.figure.fen ?? 0), true)} 万元` } : {}),
    };
  };

  const titles = sectionTitles(blank);
  const order = [...titles.keys()];
  const groups = new Map<string, { indicators: Map<string, FormField[]>; others: FormField[] }>();
  for (const [path, gap] of wanted) {
    const entry = entryOf(path);
    if (!entry) continue;
    const section = gap.sections.find((s) => titles.has(s)) ?? gap.sections[0] ?? '';
    const group = groups.get(section) ?? { indicators: new Map<string, FormField[]>(), others: [] };
    groups.set(section, group);
    if ('indicator' in entry) group.indicators.set(entry.indicator, [...(group.indicators.get(entry.indicator) ?? []), field(path, entry)]);
    else group.others.push(field(path, entry));
  }
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const sections = [...groups]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([id, g]): FormSection => {
      const indicators = [...g.indicators].map(([key, fields]): FormIndicator => {
        const spec = specs.get(key);
        const current = currentText(spec);
        return {
          key,
          name: spec?.name && spec.name !== key ? `${spec.name}（${key}）` : key,
          ...(current !== undefined ? { current } : {}),
          fields: [...fields].sort((a, b) => FIELD_ORDER.indexOf(a.label) - FIELD_ORDER.indexOf(b.label)),
        };
      });
      const all = [...indicators.flatMap((i) => i.fields), ...g.others];
      return { id, title: titles.get(id) ?? (id || '其他'), indicators, others: g.others, missing: all.filter((f) => f.missing).length };
    });
  return { sections, gaps: now.gaps, sheet: resolved.target.sheet, exists: resolved.target.existing !== undefined };
}

/**
 * The 事项 a table prints that the preset's text uses (江西's A10: 房屋价值, 车辆价值): the text written without
 * 说明数据 takes the table's, so it leaves no gap for them, yet the accountant may still type one (the table's is then
 * held to it, supplement-assets). They are the gaps of the text written as if the table printed none.
 */
function printedMatterGaps(recognition: ReturnType<typeof recognise>, preset: Preset): readonly Gap[] {
  const keys = new Set<string>(ASSET_MATTERS.filter(([key]) => printedMatter(recognition, key)).map(([key]) => `事项.${key}`));
  if (keys.size === 0) return [];
  const { assets: _printed, ...tables } = recognition.tables;
  return generateNarrative({ ...recognition, tables }, EMPTY_SUPPLEMENT, preset).gaps.filter((g) => keys.has(g.field));
}

/** The cell of an entry in the 说明数据 sheet: header fields by their label in column A, the rest as the reader finds them. */
function entryAt(sheet: NonNullable<ReturnType<typeof resolveSupplement>['target']['existing']>, entry: FormEntry): CellRef | undefined {
  if (!('meta' in entry)) return entryCell(sheet, entry);
  for (let r = 0; r < Math.min(sheet.rows.length, 10); r++) {
    if (normalizeText(cellText(cellAt(sheet, r, 0))) === entry.meta) return { sheet: sheet.name, row: r, col: 1 };
  }
  return undefined;
}

/** What the accountant typed, as the sheet keeps it: numbers as numbers where a number belongs, anything else as typed. */
export function formValue(kind: FieldKind, text: string): PlanValue {
  if (text.trim() === '') return null;
  if (kind === 'amount' || kind === 'count' || kind === 'area' || kind === 'year') {
    // An amount with a yuan sign, most likely 元, is kept as typed for the sheet's reader to ask (stored as a number of
    // 万元, the sign was lost and the amount ten thousand times what was meant).
    if (kind === 'amount' && yuanSignOutOfUnit(text, AMOUNT_UNIT)) return text.trim();
    // An amount typed with the field's own unit (`12.50万元`) is the number, as the sheet's reader reads it; another
    // unit (`125000元`) is kept as typed for the reader to ask.
    const own = kind === 'amount' ? ownUnitAmount(text.trim()) : undefined;
    if (own !== undefined) return own;
    // An area typed with its unit (`1200平方米`) is the number, as the sheet's reader reads it.
    const area = kind === 'area' ? parseFigure(text.trim(), 'area') : undefined;
    if (area?.kind === 'number') return area.value;
    const typed = parseTyped(text.trim());
    return typed.kind === 'number' ? typed.value : text.trim();
  }
  return kind === 'longText' ? text.replace(/\s+$/, '') : text.trim();
}

/** A check at the field before writing, the same the sheet's reader makes after (nothing is refused: it is kept). */
export function fieldProblem(kind: FieldKind, text: string): string | undefined {
  const value = formValue(kind, text);
  if (value === null) return undefined;
  // Why a figure cannot be read, as the sheet's reader says it (a space inside it, a decimal comma, a unit, a yuan sign).
  const why = typeof value === 'string' && (kind === 'amount' || kind === 'count' || kind === 'area') ? unreadableFigure(value, kind === 'amount', (t) => `“${t}”`) : undefined;
  if (why !== undefined) return why;
  // Quoted on one line, a character that does not show named (as the sheet's reader quotes it).
  const shown = shownText(text.trim());
  switch (kind) {
    case 'amount':
      return typeof value === 'number' ? undefined : `“${shown}”不是数字：请填金额（万元），不知道时留空。`;
    case 'area':
      return typeof value === 'number' ? undefined : `“${shown}”不是数字：请填面积（平方米）。`;
    case 'count':
      // Said as an accountant says it: 不是数字 or 是负数, not 不是非负数.
      if (typeof value !== 'number') return `“${shown}”不是数字：请用阿拉伯数字填数量，如 3。`;
      return value >= 0 ? undefined : `“${shown}”是负数：数量应为 0 或正数，如 3。`;
    case 'year':
      return typeof value === 'number' && Number.isInteger(value) && value > 1990 && value < 2200 ? undefined : `“${shown}”不是年份：请填四位数的年份，如 2022。`;
    case 'unitKind':
      return (UNIT_KINDS as readonly string[]).includes(String(value)) ? undefined : `请选择 ${UNIT_KINDS.join('、')} 之一。`;
    default:
      return undefined;
  }
}

export interface FormEdit {
  readonly path: string;
  readonly text: string;
}

/**
 * Writes changes made in the form into the 说明数据 sheet (creating it on the first change): the sheet is written
 * as a refresh writes it, with these entries changed and everything else the accountant typed kept as it was.
 */
export function supplementEditPlan(grid: WorkbookGrid, edits: readonly FormEdit[], settings: SheetSettings = {}): Plan {
  const resolved = resolveSupplement(grid);
  const meta: Partial<Record<MetaKey, PlanValue>> = { ...resolved.inputs.meta };
  const indicators = new Map([...resolved.inputs.indicators].map(([k, v]) => [k, { ...v }]));
  const matters = new Map(resolved.inputs.matters);
  const keys = new Map(resolved.supplement.指标);
  const said: string[] = [];
  for (const edit of edits) {
    const entry = entryOf(edit.path);
    if (!entry) throw new Error(`说明数据中没有“${edit.path}”一项。`);
    const value = formValue(kindOf(entry), edit.text);
    said.push(value === null ? `清空${describe(entry)}` : `${describe(entry)}：${String(value).length > 30 ? `${String(value).slice(0, 30)}…` : String(value)}`);
    if ('meta' in entry) {
      if (value === null) delete meta[entry.meta];
      else meta[entry.meta] = value;
    } else if ('matter' in entry) {
      if (value === null) matters.delete(entry.matter);
      else matters.set(entry.matter, value);
    } else {
      const row = indicators.get(entry.indicator) ?? {};
      if (value === null) delete row[entry.field];
      else row[entry.field] = value;
      indicators.set(entry.indicator, row);
      if (!keys.has(entry.indicator)) keys.set(entry.indicator, {});
    }
  }
  const supplement: Supplement = { ...resolved.supplement, 指标: keys };
  const plan = supplementSheetPlan(recognise(grid), supplement, { meta, indicators, matters }, resolved, { ...settings, grid });
  return { ops: plan.ops, summary: [...targetSummary(resolved.target), `在工作表“${resolved.target.sheet}”写入 ${said.join('；')}。`] };
}

function describe(entry: FormEntry): string {
  if ('meta' in entry) return entry.meta;
  if ('matter' in entry) return `事项“${entry.matter}”`;
  return `${entry.indicator}的${entry.field}`;
}
