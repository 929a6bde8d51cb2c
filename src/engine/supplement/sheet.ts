/**
 * The 说明数据 sheet (DOMAIN §4): one row per indicator with 本年数 as a formula pointing at its table cell,
 * input columns for what the tables do not hold, and 增减额 / 增减率 / 预决算差异率 / 占比 as formulas; then a
 * 事项 block. Refreshing writes back exactly what the user had typed in the input cells.
 */
import { columnLetters } from '../grid/address';
import { fromFen } from '../grid/money';
import {
  Basis,
  belowShownShare,
  centsOfWan,
  Cents,
  overWhole,
  ratio,
  shares,
  signedChangeRate,
  varianceRate,
} from '../derive/arithmetic';
import { DERIVED_FORMULAS, DerivedFormulas, SHARE_BELOW, SHARE_OVER_WHOLE, ShareGroup, textAmountOperand } from '../derive/formulas';
import { readSheetAmount } from './amount';
import { byCodeUnit } from '../grid/order';
import { blockRowHeights } from '../plan/rowHeight';
import type { Plan, PlanCell, PlanValue } from '../plan/plan';
import { OWNED_SHEET_NAMES } from '../plan/plan';
import { OwnedTarget, ownSheetOps, resolveOwnedSheet, targetSummary } from '../plan/owned';
import { isLegacyOwnedSheet } from '../plan/legacy';
import { cellAt, isBlank } from '../grid/cell';
import type { SheetGrid, WorkbookGrid } from '../grid/cell';
import type { Recognition } from '../recognise/recognise';
import { AMOUNT_FIELDS, AmountField, MATTER_KEYS, TEXT_FIELDS, TextField } from './keys';
import { indicatorRows, IndicatorRowSpec, PrintedField, refsCents, TableRef } from './indicators';
import { printedMatter } from './printedMatters';
import type { Supplement } from './supplement';

/** The 说明数据 sheet's name when it is free; the sheet itself is found by its mark (plan/owned.ts). */
export const SUPPLEMENT_SHEET = OWNED_SHEET_NAMES.supplement;

/** The add-in's 说明数据 sheet: the marked one, or an earlier version's adopted, or a new one. */
export function supplementTarget(grid: WorkbookGrid): OwnedTarget {
  return resolveOwnedSheet(grid, 'supplement', (sheet: SheetGrid) => isLegacyOwnedSheet('supplement', sheet));
}

/** Where the 说明数据 is written, and how many rows its earlier version used (a shorter refresh clears the rest). */
export interface SupplementPlace {
  readonly target: OwnedTarget;
  readonly previousHeight: number;
}

/** Column of each field, 0-based. */
export const COLUMNS = {
  键: 0,
  名称: 1,
  本年数: 2,
  上年数: 3,
  年初预算数: 4,
  全年预算数: 5,
  增减额: 6,
  增减率: 7,
  预决算差异率: 8,
  占比: 9,
  主要原因: 10,
  预决算差异原因: 11,
  主要用于: 12,
} as const;

export const HEADER = ['键', '名称', '本年数', '上年数', '年初预算数', '全年预算数', '增减额', '增减率(%)', '预决算差异率(%)', '占比(%)', '主要原因', '预决算差异原因', '主要用于'];
export const META_KEYS = ['单位名称', '年度', '单位性质'] as const;
export const MATTER_HEADER = ['事项', '内容', '说明'];
const MATTER_KIND_NOTE = { text: '文字', count: '数量', amount: '金额（万元）', area: '面积（平方米）' } as const;

const META_TOP = 2;
const HEADER_ROW = 6;
/**
 * Column widths: the key narrow (its text wraps: a 功能分类 code fits, and for most indicators it repeats the name
 * beside it), the name and the reasons wide enough to read, the figures as wide as 1,234,567.89.
 */
const WIDTHS = [12, 28, 12, 12, 12, 12, 12, 10, 13, 10, 36, 36, 26];

/** The columns of an indicator row that are grey (the add-in's formulas) in some rows or all: 本年数, 全年预算数, 增减额 to 占比. */
export const GREY_FIELDS = ['本年数', '全年预算数', '增减额', '增减率', '预决算差异率', '占比'] as const;
export type GreyField = (typeof GREY_FIELDS)[number];

/** What the user typed, kept exactly as typed (so that refreshing loses nothing, not even a mistake). */
export interface SupplementInputs {
  readonly meta: Readonly<Partial<Record<(typeof META_KEYS)[number], PlanValue>>>;
  readonly indicators: ReadonlyMap<string, Readonly<Partial<Record<AmountField | TextField, PlanValue>>>>;
  readonly matters: ReadonlyMap<string, PlanValue>;
  /**
   * Values the sheet holds, not formulas, in the columns that are grey in some rows or all (GREY_FIELDS), read back
   * from the sheet (a JSON gives none): where the add-in would write its formula, the typed value stays instead.
   */
  readonly typedGrey?: ReadonlyMap<string, Readonly<Partial<Record<GreyField, PlanValue>>>>;
  /** Rows among the indicators the reader could not take (a key unknown, or none): written back whole, after them. */
  readonly extraRows?: readonly ExtraRow[];
}

/** A row of the accountant's among the indicators: where it was (0-based) and its cells (values, or formulas) from column A. */
export interface ExtraRow {
  readonly row: number;
  readonly cells: readonly PlanCell[];
  /** A second row of an indicator's key: the row (0-based) that key was first read from, whose data the text uses. */
  readonly duplicateOf?: number;
}

export function inputsOf(supplement: Supplement): SupplementInputs {
  const indicators = new Map<string, Partial<Record<AmountField | TextField, PlanValue>>>();
  for (const [key, input] of supplement.指标) {
    const row: Partial<Record<AmountField | TextField, PlanValue>> = {};
    for (const field of [...AMOUNT_FIELDS, ...TEXT_FIELDS]) {
      const v = input[field];
      if (v) row[field] = v.value;
    }
    indicators.set(key, row);
  }
  return {
    meta: {
      ...(supplement.单位名称 ? { 单位名称: supplement.单位名称.value } : {}),
      ...(supplement.年度 ? { 年度: supplement.年度.value } : {}),
      ...(supplement.单位性质 ? { 单位性质: supplement.单位性质.value } : {}),
    },
    indicators,
    matters: new Map([...supplement.事项].map(([k, v]) => [k, v.value])),
  };
}

const a1 = (col: number, row: number) => `${columnLetters(col)}${row + 1}`;


/** Whether a cell holds something typed (a value the refresh must keep). */
function isTyped(v: PlanValue | undefined): v is string | number | boolean {
  return v !== undefined && !isBlank(v);
}

/**
 * An input's amount as the engine reads it: a number, or text it reads as one (`12.50万元`, `1,801.23`), kept as typed;
 * of text only what the formulas read too (readSheetAmount: `△12.5` is unread, as the sheet's reader says).
 */
function numeric(v: PlanValue | undefined): number | undefined {
  return v === undefined ? undefined : readSheetAmount(v);
}

/** An input cell as a formula takes it: text the engine reads as an amount through textAmountOperand, else the cell. */
function operand(cell: string, v: PlanValue | undefined): string {
  return typeof v === 'string' && numeric(v) !== undefined ? textAmountOperand(cell) : cell;
}

const money = (cents: Cents | undefined): PlanValue => (cents === undefined ? '' : cents / 100);

/**
 * A 占比 cell's value (the twin of its formula): the share in %, or what the text says instead of a figure (a part larger
 * than its whole, one whose share rounds to 0.00: NarrativeContext.share); blank where there is none.
 */
function shareValue(rate: Basis | undefined, part: Cents | undefined, base: Cents | undefined): PlanValue {
  if (rate === undefined || part === undefined || base === undefined) return '';
  if (overWhole(part, base, rate)) return SHARE_OVER_WHOLE;
  return belowShownShare(rate, part) ? SHARE_BELOW : rate / 100;
}

interface BuiltRow {
  readonly spec: IndicatorRowSpec;
  readonly current?: Cents;
  /** The 本年数 cell as a formula takes it (operand): typed text there is read through textAmountOperand. */
  readonly currentCell: string;
}

export interface SupplementSheetOptions {
  /** The formulas to spell the derived columns with (the add-in's of now unless told: addinCells asks for former ones). */
  readonly formulas?: DerivedFormulas;
  /**
   * Whether the shares of parts listed together take the residual of their rounding (the preset's tailAdjust, DOMAIN §5:
   * on by default): the sheet's shares are then the text's.
   */
  readonly tailAdjust?: boolean;
  /**
   * The workbook: a table cell holding its figure as text is read as a number by the formula that takes it (amountSum's
   * textValue), as the engine reads it. Without it every formula takes the cell as it stands.
   */
  readonly grid?: WorkbookGrid;
  /**
   * Every grey cell as the add-in's formula, also where a value is typed over it (addinCells: the cell stays ours), the
   * values typed over grey cells still read (a 本年数 typed as text taken by the row's formulas through textAmountOperand).
   */
  readonly formulasOverTyped?: boolean;
}

/** The refs with the engine's reading of each cell that holds its figure as text (AmountRef.textValue). */
function textAware(grid: WorkbookGrid | undefined): (refs: readonly TableRef[]) => readonly TableRef[] {
  if (!grid) return (refs) => refs;
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  return (refs) =>
    refs.map((ref) => {
      const sheet = sheets.get(ref.cell.sheet);
      const v = sheet ? cellAt(sheet, ref.cell.row, ref.cell.col) : null;
      return typeof v === 'string' ? { ...ref, textValue: fromFen((ref.fen ?? 0) * (ref.shownDivisor ?? 1), ref.unit) } : ref;
    });
}

/** A row's place in its group of listed shares (IndicatorRowSpec.listedShare), and the group's shares as the text's. */
interface GroupPlace {
  readonly group: ShareGroup;
  readonly k: number;
  readonly rates: readonly (Basis | undefined)[];
  /** The group's parts and base, in 0.01 万元. */
  readonly parts: readonly (Cents | undefined)[];
  readonly base: Cents | undefined;
}

/**
 * The groups of parts whose shares are listed together, each by its base, in the order the text lists them: 功能分类
 * codes in code order (§五（二）, whatever order table 05 prints them in), the others in the sheet's; with the shares the
 * text works out (shares(): tail-adjusted only where every part is known, as generalBudgetClasses does).
 */
function shareGroups(
  built: readonly BuiltRow[],
  rowOf: ReadonlyMap<string, number>,
  currentOf: ReadonlyMap<string, Cents | undefined>,
  currentCellOf: ReadonlyMap<string, string>,
  tailAdjust: boolean,
): Map<string, GroupPlace> {
  const byBase = new Map<string, BuiltRow[]>();
  for (const b of built) {
    const base = b.spec.shareBase;
    if (!b.spec.listedShare || base === undefined || !rowOf.has(base)) continue;
    byBase.set(base, [...(byBase.get(base) ?? []), b]);
  }
  const places = new Map<string, GroupPlace>();
  for (const [base, rows] of byBase) {
    const members = rows.every((r) => /^\d+$/.test(r.spec.key)) ? [...rows].sort((a, b) => byCodeUnit(a.spec.key, b.spec.key)) : rows;
    const group: ShareGroup = {
      // Each 本年数 as the formulas take it: typed text there (12.50万元) read as the engine reads it.
      parts: members.map((m) => currentCellOf.get(m.spec.key)!),
      shares: members.map((m) => a1(COLUMNS.占比, rowOf.get(m.spec.key)!)),
      base: currentCellOf.get(base)!,
    };
    const baseCents = currentOf.get(base);
    const parts = members.map((m) => m.current);
    const known = parts.every((p): p is Cents => p !== undefined);
    const worked =
      baseCents === undefined
        ? parts.map(() => undefined)
        : known
          ? shares(parts, baseCents, tailAdjust)
          : parts.map((p) => (p === undefined ? undefined : ratio(p, baseCents)));
    // No share of or in a figure below 0, as the text states none (its gap): the formula leaves it blank.
    const rates = worked.map((r, k) => (baseCents === undefined || baseCents < 0 || (parts[k] ?? 0) < 0 ? undefined : r));
    members.forEach((m, k) => places.set(m.spec.key, { group, k, rates, parts, base: baseCents }));
  }
  return places;
}

/** What the summary says of grey cells holding typed values: which, that they are no formulas now, how to get the formula back. */
function keptSummary(sheet: string, kept: readonly { readonly cell: string; readonly what: string; readonly value: PlanValue }[]): string[] {
  if (kept.length === 0) return [];
  const shown = kept.slice(0, 6).map((k) => `${k.cell}（${k.what}，${String(k.value)}）`).join('、');
  return [
    `工作表“${sheet}”中 ${kept.length} 个灰色单元格填有您输入的数值，已原样保留，没有改回公式：${shown}${kept.length > 6 ? ' 等' : ''}。` +
      '这些单元格现在是输入的数值，不再随决算表自动更新。要恢复公式，请清空这些单元格后再运行一次。',
  ];
}

/** What the summary says of the accountant's rows among the indicators: where they were, where they are now, why. */
function extraSummary(sheet: string, extraRows: readonly ExtraRow[], top: number): string[] {
  if (extraRows.length === 0) return [];
  const duplicates = extraRows.filter((e) => e.duplicateOf !== undefined);
  if (duplicates.length > 0) {
    // A key given twice: the text reads the first row (blank fields from the later one); the later row stays too.
    const shown = duplicates
      .slice(0, 3)
      .map((e) => `第 ${e.row + 1} 行“${String(e.cells[COLUMNS.键]?.value)}”（与第 ${e.duplicateOf! + 1} 行重复）`)
      .join('、');
    const others = extraRows.filter((e) => e.duplicateOf === undefined);
    return [
      `工作表“${sheet}”中 ${duplicates.length} 行的键与上面的行重复：${shown}${duplicates.length > 3 ? ' 等' : ''}。` +
        '公开说明用先出现的一行的数据，它空着的栏取重复行的；重复行原样保留在指标之后，没有删除。请把数据合并到先出现的一行，再删去重复行。',
      ...extraSummary(sheet, others, top),
    ];
  }
  const label = (e: ExtraRow) => {
    const key = e.cells[COLUMNS.键]?.value;
    return isTyped(key) ? `第 ${e.row + 1} 行“${String(key)}”` : `第 ${e.row + 1} 行（没有键）`;
  };
  const shown = extraRows.slice(0, 3).map(label).join('、');
  const moved = extraRows.some((e, i) => e.row !== top + i);
  const to = extraRows.length === 1 ? `第 ${top + 1} 行` : `第 ${top + 1}–${top + extraRows.length} 行`;
  return [
    `工作表“${sheet}”中您加入的 ${extraRows.length} 行（${shown}${extraRows.length > 3 ? ' 等' : ''}）不是可识别的指标，已原样保留${moved ? '，移到指标之后的' : '在'}${to}；` +
      '这些行的数据不用于公开说明。需要时请在键列填写模板中的指标名或科目编码。',
  ];
}

export function supplementSheetPlan(
  recognition: Recognition,
  supplement: Supplement,
  inputs: SupplementInputs,
  place: SupplementPlace,
  options: SupplementSheetOptions = {},
): Plan {
  const formulas = options.formulas ?? DERIVED_FORMULAS;
  const text = textAware(options.grid);
  const { target, previousHeight } = place;
  const sheet = target.sheet;
  const specs = indicatorRows(recognition, supplement);
  const firstRow = HEADER_ROW + 1;
  const rowOf = new Map(specs.map((s, i) => [s.key, firstRow + i]));
  const built: BuiltRow[] = specs.map((spec) => {
    const held = spec.current.kind === 'input' ? inputs.indicators.get(spec.key)?.本年数 : inputs.typedGrey?.get(spec.key)?.本年数;
    const typed = numeric(held);
    // A figure typed over the 本年数 formula stays (below), and the row's formulas compute from it, as Excel will.
    const current =
      typed !== undefined ? centsOfWan(typed) : spec.current.kind === 'table' ? refsCents(spec.current.refs) : spec.current.kind === 'zero' ? 0 : undefined;
    const currentCell = operand(a1(COLUMNS.本年数, rowOf.get(spec.key)!), held);
    return current === undefined ? { spec, currentCell } : { spec, current, currentCell };
  });
  const currentCellOf = new Map(built.map((b) => [b.spec.key, b.currentCell]));
  const currentOf = new Map(built.map((b) => [b.spec.key, b.current]));
  const tailAdjust = options.tailAdjust ?? true;
  const groups = shareGroups(built, rowOf, currentOf, currentCellOf, tailAdjust);

  const cells: (PlanCell | undefined)[][] = [];
  const put = (row: number, col: number, cell: PlanCell) => {
    while (cells.length <= row) cells.push([]);
    cells[row]![col] = cell;
  };
  /** Grey cells holding a value the accountant typed over the formula: kept, and named in the summary. */
  const kept: { readonly cell: string; readonly what: string; readonly value: PlanValue }[] = [];
  /** A grey cell of an indicator row: the add-in's formula, unless a value is typed there, which stays as typed. */
  const derived = (row: number, col: number, key: string, field: string, cell: PlanCell, typed: PlanValue | undefined) => {
    if (!isTyped(typed) || options.formulasOverTyped) return put(row, col, cell);
    kept.push({ cell: a1(col, row), what: `“${key}”的${field}`, value: typed });
    put(row, col, { value: typed, style: 'inputAmount' });
  };
  put(0, 0, { value: '说明数据（决算公开助手）', style: 'title' });
  put(1, 0, { value: '白色格由您填写，灰色格是公式、随决算表自动更新。金额单位：万元；增减率、差异率、占比单位：%。', style: 'note' });
  META_KEYS.forEach((key, i) => {
    put(META_TOP + i, 0, { value: key, style: 'labelWrap' });
    put(META_TOP + i, 1, { value: inputs.meta[key] ?? null, style: 'input' });
  });
  put(META_TOP + 2, 2, { value: '行政单位、参公事业单位、事业单位或混合', style: 'note' });
  HEADER.forEach((h, c) => put(HEADER_ROW, c, { value: h, style: 'header' }));

  built.forEach(({ spec, current }, i) => {
    const r = firstRow + i;
    const typed = inputs.indicators.get(spec.key) ?? {};
    const grey = inputs.typedGrey?.get(spec.key) ?? {};
    const ref = (field: keyof typeof COLUMNS) => a1(COLUMNS[field], r);
    put(r, COLUMNS.键, { value: spec.key, style: 'labelWrap' });
    put(r, COLUMNS.名称, { value: spec.name, style: 'label' });
    if (spec.current.kind === 'table') {
      derived(r, COLUMNS.本年数, spec.key, '本年数', { formula: formulas.amountSum(text(spec.current.refs)), value: money(current), style: 'derivedAmount' }, grey.本年数);
    } else if (spec.current.kind === 'input') {
      put(r, COLUMNS.本年数, { value: typed.本年数 ?? null, style: 'inputAmount' });
    } else {
      // A 项 without a figure this year: 0 as a formula, so that it reads as derived, not typed.
      derived(r, COLUMNS.本年数, spec.key, '本年数', spec.current.kind === 'zero' ? { formula: '0', value: 0, style: 'derivedAmount' } : { value: null, style: 'derivedAmount' }, grey.本年数);
    }
    // A figure table 05 prints (上年决算数, 年初预算数 beside the 决算) is taken by formula where nothing is typed; a typed
    // one stays (never overwritten), and general-budget-supplement-figures holds it to the table.
    const printed = (field: PrintedField) => (typed[field] === undefined || typed[field] === null || typed[field] === '' ? spec.printed?.[field] : undefined);
    const fromTable = (refs: readonly TableRef[]): PlanCell => ({ formula: formulas.amountSum(text(refs)), value: money(refsCents(refs)), style: 'derivedAmount' });
    const cellOf = (field: PrintedField): PlanCell => {
      const refs = printed(field);
      return refs ? fromTable(refs) : { value: typed[field] ?? null, style: 'inputAmount' };
    };
    /** A field's amount as the row holds it: typed, else the table's it takes. */
    const centsOf = (field: PrintedField): Cents | undefined => {
      const refs = printed(field);
      if (refs) return refsCents(refs);
      const v = numeric(typed[field]);
      return v === undefined ? undefined : centsOfWan(v);
    };
    put(r, COLUMNS.上年数, cellOf('上年数'));
    put(r, COLUMNS.年初预算数, cellOf('年初预算数'));
    // 全年预算数 the table prints as 调整预算数 is its formula; a figure typed over it stays, and counts.
    const adjusted = isTyped(grey.全年预算数) ? undefined : spec.adjustedBudget;
    if (spec.adjustedBudget) derived(r, COLUMNS.全年预算数, spec.key, '全年预算数', fromTable(spec.adjustedBudget), grey.全年预算数);
    else put(r, COLUMNS.全年预算数, cellOf('全年预算数'));

    /** What a cell of the row holds where it is a value (typed), not the add-in's formula: what its operand reads. */
    const held = (field: '本年数' | PrintedField): PlanValue | undefined => {
      if (field === '本年数') return spec.current.kind === 'input' ? typed.本年数 : grey.本年数;
      if (field === '全年预算数' && spec.adjustedBudget) return grey.全年预算数;
      return printed(field) ? undefined : typed[field];
    };
    /** A cell of the row as the formulas take it: typed text the engine reads as an amount (`12.50万元`) read as a number. */
    const read = (field: '本年数' | PrintedField) => operand(ref(field), held(field));
    const priorCents = centsOf('上年数');
    const known = current !== undefined && priorCents !== undefined;
    derived(r, COLUMNS.增减额, spec.key, '增减额', {
      formula: formulas.change(read('本年数'), read('上年数')),
      value: known ? money(current - priorCents) : '',
      style: 'derivedAmount',
    }, grey.增减额);
    derived(r, COLUMNS.增减率, spec.key, '增减率', {
      formula: formulas.changeRate(read('本年数'), read('上年数')),
      value: known ? signedChangeRate(current, priorCents) / 100 : '',
      style: 'derivedRate',
    }, grey.增减率);
    const budgetField = spec.varianceBudget;
    const budgetCents = budgetField === '全年预算数' && adjusted ? refsCents(adjusted) : centsOf(budgetField);
    // None of a figure below 0, as the text works out none (its gap): the formula leaves it blank.
    const variance = current !== undefined && budgetCents !== undefined && current >= 0 && budgetCents >= 0 ? varianceRate(current, budgetCents) : undefined;
    derived(r, COLUMNS.预决算差异率, spec.key, '预决算差异率', {
      formula: formulas.variance(read('本年数'), read(budgetField)),
      value: variance === undefined ? '' : variance / 100,
      style: 'derivedRate',
    }, grey.预决算差异率);
    const baseRow = spec.shareBase === undefined ? undefined : rowOf.get(spec.shareBase);
    const listed = groups.get(spec.key);
    if (listed) {
      const formula = tailAdjust ? formulas.groupShare(listed.group, listed.k) : formulas.share(read('本年数'), listed.group.base);
      const value = shareValue(listed.rates[listed.k], listed.parts[listed.k], listed.base);
      derived(r, COLUMNS.占比, spec.key, '占比', { formula, value, style: 'derivedRate' }, grey.占比);
    } else if (baseRow !== undefined) {
      const base = currentOf.get(spec.shareBase!);
      const share = current !== undefined && base !== undefined && current >= 0 && base >= 0 ? ratio(current, base) : undefined;
      derived(r, COLUMNS.占比, spec.key, '占比', { formula: formulas.share(read('本年数'), currentCellOf.get(spec.shareBase!)!), value: shareValue(share, current, base), style: 'derivedRate' }, grey.占比);
    } else {
      derived(r, COLUMNS.占比, spec.key, '占比', { value: null, style: 'derivedRate' }, grey.占比);
    }
    for (const field of TEXT_FIELDS) put(r, COLUMNS[field], { value: typed[field] ?? null, style: 'inputText' });
  });

  // The accountant's rows the reader could not take, whole, after the indicators: the text columns as text inputs.
  const extraRows = inputs.extraRows ?? [];
  const extraTop = firstRow + built.length;
  extraRows.forEach((extra, i) =>
    extra.cells.forEach((cell, c) => {
      const style = c === COLUMNS.键 || c === COLUMNS.名称 ? 'input' : c >= COLUMNS.主要原因 ? 'inputText' : 'inputAmount';
      put(extraTop + i, c, { ...cell, style });
    }),
  );
  const matterTop = firstRow + built.length + extraRows.length + 1;
  MATTER_HEADER.forEach((h, c) => put(matterTop, c, { value: h, style: 'header' }));
  const matterKeys = Object.keys(MATTER_KEYS);
  matterKeys.forEach((key, i) => {
    const r = matterTop + 1 + i;
    const kind = MATTER_KEYS[key]!;
    put(r, 0, { value: key, style: 'labelWrap' });
    put(r, 1, { value: inputs.matters.get(key) ?? null, style: kind === 'text' ? 'inputText' : kind === 'amount' ? 'inputAmount' : 'input' });
    // An amount a table prints (江西's 国有资产占用情况表: 车辆价值): the text takes the table's where the cell is left empty.
    const printed = printedMatter(recognition, key);
    put(r, 2, { value: printed ? `${MATTER_KIND_NOTE[kind]}；留空即取${printed.name}` : MATTER_KIND_NOTE[kind], style: 'note' });
  });
  // 事项 keys the user typed that this version does not know stay in the sheet, below the known ones.
  const extra = [...inputs.matters.keys()].filter((k) => !(k in MATTER_KEYS));
  extra.forEach((key, i) => {
    const r = matterTop + 1 + matterKeys.length + i;
    put(r, 0, { value: key, style: 'labelWrap' });
    put(r, 1, { value: inputs.matters.get(key) ?? null, style: 'input' });
  });
  const height = cells.length;
  const ops: Plan['ops'][number][] = [...ownSheetOps(target), { op: 'setCells', sheet, row: 0, col: 0, cells }];
  if (previousHeight > height) {
    ops.push({ op: 'clearRange', sheet, top: height, left: 0, bottom: previousHeight - 1, right: HEADER.length - 1 });
  }
  ops.push(
    { op: 'setColumnWidths', sheet, widths: WIDTHS },
    // Rows as tall as their wrapped text (reasons, 事项 texts, long keys); rows left from a longer sheet standard again.
    { op: 'setRowHeights', sheet, row: 0, heights: [...blockRowHeights(cells, WIDTHS), ...Array.from({ length: Math.max(0, previousHeight - height) }, () => null)] },
    // The header row stays in sight while scrolling and heads every printed page; A4 landscape, one page wide.
    { op: 'setSheetLayout', sheet, freezeRows: HEADER_ROW + 1, print: { orientation: 'landscape', fitToWidth: true, repeatRows: { top: HEADER_ROW, bottom: HEADER_ROW } } },
  );
  const fromTables = built.filter((b) => b.spec.current.kind === 'table').length;
  return {
    ops,
    summary: [
      ...targetSummary(target),
      `在工作表“${sheet}”写入 ${built.length} 个指标（其中 ${fromTables} 个本年数是指向决算表的公式）和 ${matterKeys.length} 个事项；已填写的内容原样保留。`,
      ...keptSummary(sheet, kept),
      ...extraSummary(sheet, extraRows, extraTop),
    ],
  };
}
