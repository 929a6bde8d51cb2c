/**
 * The user actions as engine calls, shared by the command line and the pane: find the 说明数据 (the JSON
 * given, else the add-in's 说明数据 sheet — found by its mark, plan/owned.ts — else nothing), write the 公开说明,
 * and plan the fill.
 */
import type { WorkbookGrid } from './grid/cell';
import { recognise, Recognition } from './recognise/recognise';
import type { Problem } from './tables/problems';
import { EMPTY_SUPPLEMENT, Supplement } from './supplement/supplement';
import { parseSupplementJson, SupplementProblem } from './supplement/json';
import { inputsOf, SupplementInputs, SupplementPlace, supplementSheetPlan, SupplementSheetOptions, supplementTarget } from './supplement/sheet';
import { readSupplementSheet } from './supplement/readSheet';
import { ReplacedInput, replacedInputs, replacedInputsList } from './supplement/replacedInputs';
import { generateNarrative } from './narrative/generate';
import type { NarrativeDocument } from './narrative/document';
import type { Preset } from './narrative/preset';
import { narrativeSheetPlan, removeChartsPlan } from './narrative/sheet';
import { selfEvaluationPlan } from './derive/selfEvaluation';
import { mergePlans, Plan } from './plan/plan';
import { runAudit } from './audit/audit';
import { RULES } from './audit/rules';
import { PlanRefused } from './plan/errors';
import { flagPlan, Mark, readMarks } from './audit/flags';
import { indicatorRows, refsCents } from './supplement/indicators';
import type { Finding } from './audit/finding';
import supplementCurrentFigures from './audit/rules/supplementCurrentFigures';
import supplementThreePublicBudgets from './audit/rules/supplementThreePublicBudgets';

export interface ResolvedSupplement extends SupplementPlace {
  readonly supplement: Supplement;
  readonly inputs: SupplementInputs;
  /** Where it came from, for messages. */
  readonly origin: 'json' | 'sheet' | 'none';
  readonly problems: readonly (Problem | SupplementProblem)[];
  /**
   * What the accountant typed into the workbook's 说明数据 sheet that the JSON given instead replaces or blanks, as the
   * sheet is written from the JSON alone (replacedInputs); empty when no JSON is given or the workbook has no sheet.
   */
  readonly replaced: readonly ReplacedInput[];
}

/**
 * Whether a field of an indicator typed in the 说明数据 sheet stays as typed when the sheet is written from a JSON: a
 * value typed over a grey formula cell (supplementSheetPlan keeps it) — a 本年数 of a row a table feeds, a 全年预算数 table
 * 05 prints. A 本年数 that is an input (机关运行经费 of a 混合 department) is the JSON's.
 */
function staysTyped(recognition: Recognition, supplement: Supplement, typedGrey: SupplementInputs['typedGrey']) {
  const specs = new Map(indicatorRows(recognition, supplement).map((s) => [s.key, s]));
  return (key: string, field: string): boolean => {
    const spec = specs.get(key);
    if (!spec || typedGrey?.get(key)?.[field as '本年数'] === undefined) return false;
    if (field === '本年数') return spec.current.kind !== 'input';
    return field === '全年预算数' && spec.adjustedBudget !== undefined;
  };
}

export function resolveSupplement(grid: WorkbookGrid, json?: unknown, recognition?: Recognition): ResolvedSupplement {
  const target = supplementTarget(grid);
  const sheet = target.existing;
  const read = sheet ? readSupplementSheet(sheet) : undefined;
  const previousHeight = read?.height ?? 0;
  if (json !== undefined) {
    const { supplement, problems } = parseSupplementJson(json);
    // Values typed over the sheet's grey cells are no 说明数据 a JSON gives: they stay as the sheet holds them.
    // So are the accountant's own rows among the indicators.
    const { typedGrey, extraRows } = read?.inputs ?? {};
    const inputs = { ...inputsOf(supplement), ...(typedGrey ? { typedGrey } : {}), ...(extraRows ? { extraRows } : {}) };
    // What stays typed over a formula is replaced by nothing: fill --data refused a workbook for a 本年数 typed there.
    const stays = typedGrey ? staysTyped(recognition ?? recognise(grid), supplement, typedGrey) : undefined;
    const replaced = read && sheet ? replacedInputs(read, { supplement, inputs }, { ...(stays ? { stays } : {}), grid: sheet }) : [];
    // A 本年数 that stays typed over its formula is read as the sheet holds it, from its cell, as without a JSON: what the
    // sheet shows and the text does not quote is then said (supplement-current-figures), not left silent.
    const kept = read && stays ? [...read.supplement.指标].filter(([key, input]) => input.本年数 !== undefined && stays(key, '本年数')) : [];
    if (kept.length === 0) return { supplement, inputs, origin: 'json', problems, target, previousHeight, replaced };
    const 指标 = new Map(supplement.指标);
    for (const [key, input] of kept) 指标.set(key, { ...指标.get(key), 本年数: input.本年数! });
    return { supplement: { ...supplement, 指标 }, inputs, origin: 'json', problems, target, previousHeight, replaced };
  }
  if (read) return { supplement: read.supplement, inputs: read.inputs, origin: 'sheet', problems: read.problems, target, previousHeight, replaced: [] };
  return { supplement: EMPTY_SUPPLEMENT, inputs: inputsOf(EMPTY_SUPPLEMENT), origin: 'none', problems: [], target, previousHeight: 0, replaced: [] };
}

export interface Explained {
  readonly recognition: Recognition;
  readonly resolved: ResolvedSupplement;
  readonly document: NarrativeDocument;
  /**
   * The 错误 that make every figure of `document` wrong (narrativeBlockers): while there is one, the document is
   * not to be written, copied or compared against (the pane and the command line refuse, saying why).
   */
  readonly blockers: readonly Finding[];
  /** The preset (with its settings) the document was written with: the 说明数据 sheet written beside it follows it too. */
  readonly preset: Preset;
  /**
   * The 本年数 the 说明数据 gives (typed over the sheet's formula, or in the JSON) for an indicator a table holds, where
   * it is not the table's: the text takes the table's figure (DOMAIN §4: a 本年数 is given only for a figure no table
   * holds), and each is said beside the text with its cell, both figures and what to do (currentFigureLines).
   */
  readonly overrides: readonly Finding[];
}

/**
 * The 错误 of supplement-current-figures and supplement-three-public-budgets: a 本年数, or a 三公 item's 预算数, given in
 * the 说明数据 that is not the table's the text quotes.
 */
export function currentFigureOverrides(recognition: Recognition, supplement: Supplement, grid: WorkbookGrid): Finding[] {
  return runAudit({ recognition, supplement, grid }, [supplementCurrentFigures, supplementThreePublicBudgets]).filter((f) => f.severity === 'error');
}

/** What the command line and the pane say of them: one line each, its cells first. */
export function currentFigureLines(overrides: readonly Finding[]): string[] {
  return overrides.map((f) => `注意：${f.cells.join('、')}：${f.message}`);
}

/**
 * The 错误 of the rules that say the workbook was read wrong as a whole (`blocksNarrative`: a table in 元 read as
 * 万元, the 说明数据 typed in 元). A 公开说明 whose every amount is 10,000 times too large, or whose every change is,
 * reads like a real one (helper-76: 收入总计11,984,757.30万元): worse than none.
 */
function narrativeBlockers(recognition: Recognition, resolved: ResolvedSupplement, grid: WorkbookGrid): Finding[] {
  const rules = RULES.filter((r) => r.blocksNarrative);
  return runAudit({ recognition, supplement: resolved.supplement, grid }, rules).filter((f) => f.severity === 'error');
}

export function explain(grid: WorkbookGrid, preset: Preset, json?: unknown): Explained {
  const recognition = recognise(grid);
  const resolved = resolveSupplement(grid, json, recognition);
  return {
    recognition,
    resolved,
    document: generateNarrative(recognition, resolved.supplement, preset),
    blockers: narrativeBlockers(recognition, resolved, grid),
    preset,
    overrides: currentFigureOverrides(recognition, resolved.supplement, grid),
  };
}

/**
 * Why the 公开说明 is not written, in Chinese: a first line, then each blocker's message with its first cell (where
 * to put it right). Empty when it may be written.
 */
export function narrativeRefusal(explained: Explained): string[] {
  const { tables, projects } = explained.recognition;
  // Not one table read (another workbook opened, or titles no template has): a 公开说明 of nothing but 【请填写】 (128 of
  // them on an empty workbook), which check refused as 9 missing tables (helper-148).
  if (Object.keys(tables).length === 0 && projects.length === 0) {
    return ['公开说明没有生成：工作簿中没有找到任何一张部门决算表。', '请打开部门决算表所在的工作簿；如已打开，请检查各表的标题是否为模板的表名（如“收入支出决算总表”）。'];
  }
  if (explained.blockers.length === 0) return [];
  return [
    '公开说明没有生成：金额单位有误，生成的数字会是错的。请先改正：',
    ...explained.blockers.map((f) => (f.cells[0] ? `${f.cells[0]}：${f.message}` : f.message)),
  ];
}

/**
 * Everything `fill` writes: the 说明数据 sheet, the 自评表 formulas, the 公开说明 sheet (`drawsCharts: false` where
 * the writer draws no chart: its summary promises none).
 */
export function fillPlan(grid: WorkbookGrid, explained: Explained, options: { readonly drawsCharts?: boolean } = {}): Plan {
  refuseBlocked(explained);
  const { recognition, resolved, document, preset } = explained;
  const plan = mergePlans(
    // The sheet's shares as the text's: tail-adjusted as the preset says (its settings as the user chose them).
    supplementSheetPlan(recognition, resolved.supplement, resolved.inputs, resolved, { tailAdjust: preset.settings.tailAdjust, grid }),
    selfEvaluationPlan(grid, recognition.projects),
    narrativeSheetPlan(grid, document, options),
  );
  // A 本年数 of the 说明数据 that the text does not quote: said first, with both figures and what to do.
  return { ...plan, summary: [...currentFigureLines(explained.overrides), ...plan.summary] };
}

export interface Checked {
  readonly recognition: Recognition;
  readonly resolved: ResolvedSupplement;
  readonly findings: readonly Finding[];
}

/** 单位名称 as the 公开说明 takes it: the 说明数据's, else the workbook's cover or title, else table 01's 编制单位 line. */
export function unitName(checked: { readonly recognition: Recognition; readonly resolved: ResolvedSupplement }): string | undefined {
  return checked.resolved.supplement.单位名称?.value ?? checked.recognition.document.department?.value ?? checked.recognition.tables.summary?.department;
}

/** Runs every audit rule over the workbook and its 说明数据. */
export function check(grid: WorkbookGrid, json?: unknown): Checked {
  const recognition = recognise(grid);
  const resolved = resolveSupplement(grid, json, recognition);
  return { recognition, resolved, findings: runAudit({ recognition, supplement: resolved.supplement, grid }) };
}

// --- the pane's actions, as functions from the workbook as read to the plan to write -------------------

/**
 * The chosen preset's settings the 说明数据 sheet follows (tailAdjust: its shares are the text's); unset, the defaults
 * (DOMAIN §5: shares listed together sum to 100.00%).
 */
export type SheetSettings = Pick<SupplementSheetOptions, 'tailAdjust'>;

/** Creates or refreshes the 说明数据 sheet from the workbook's own 说明数据 (or the JSON given). */
export function supplementPlan(grid: WorkbookGrid, json?: unknown, settings: SheetSettings = {}): Plan {
  const recognition = recognise(grid);
  const resolved = resolveSupplement(grid, json, recognition);
  const sheetPlan = supplementSheetPlan(recognition, resolved.supplement, resolved.inputs, resolved, { ...settings, grid });
  // A 本年数 given that is not the table's the text quotes: said with the sheet it stays in.
  const plan = { ...sheetPlan, summary: [...currentFigureLines(currentFigureOverrides(recognition, resolved.supplement, grid)), ...sheetPlan.summary] };
  // A JSON written over what the accountant typed into the sheet: said before it is done (the pane's preview).
  const { replaced } = resolved;
  if (replaced.length === 0) return plan;
  return { ...plan, summary: [`将替换说明数据表中您填写的 ${replaced.length} 项（${replacedInputsList(replaced)}）。`, ...plan.summary] };
}

/**
 * Whether `previous` can be last year's workbook of `grid`, by the years the two state as recognise reads a
 * workbook's year (a cover title, else the year most tables' titles state). `refusal`: it is of this year or a later
 * one, and its 本年数 are not last year's (used, they would show every change against last year as 0); `note`: a
 * year further back than the last, or a year not read on either side — said, the accountant decides.
 */
export function priorYearCheck(grid: WorkbookGrid, previous: WorkbookGrid): { readonly refusal?: string; readonly note?: string } {
  const year = recognise(grid).document.year?.value;
  const before = recognise(previous).document.year?.value;
  if (year === undefined) return before === undefined ? { note: '两个工作簿都没有读到年度：请确认所选的是上一年度的决算工作簿。' } : { note: `没有读到本工作簿的年度（所选的是 ${before} 年度）：请确认所选的是上一年度的决算工作簿。` };
  if (before === undefined) return { note: `没有读到所选工作簿的年度：请确认它是 ${year - 1} 年度的决算工作簿。` };
  const choose = `请选择 ${year - 1} 年度的决算工作簿。`;
  if (before === year) return { refusal: `这是 ${before} 年度的决算，与本工作簿同一年度，不是上年工作簿，其中的数字没有使用。${choose}` };
  if (before > year) return { refusal: `这是 ${before} 年度的决算，晚于本工作簿的 ${year} 年度，不是上年工作簿，其中的数字没有使用。${choose}` };
  if (before < year - 1) return { note: `这是 ${before} 年度的决算，不是上一年度（${year - 1} 年度）：填入的上年数将是 ${before} 年度的数字。` };
  return {};
}

/**
 * Imports the prior year's workbook: each indicator's 本年数 there becomes 上年数 here, only where the 说明数据
 * sheet has none yet (nothing typed is replaced). Returns the plan and how many 上年数 it fills. Refused (PlanRefused,
 * nothing written) for a workbook of this year or a later one (priorYearCheck).
 */
export function priorYearPlan(grid: WorkbookGrid, previous: WorkbookGrid, settings: SheetSettings = {}): { plan: Plan; filled: number } {
  const { refusal } = priorYearCheck(grid, previous);
  if (refusal) throw new PlanRefused(`没有写入任何内容。${refusal}`);
  const resolved = resolveSupplement(grid);
  const before = indicatorRows(recognise(previous), EMPTY_SUPPLEMENT);
  const indicators = new Map(resolved.inputs.indicators);
  const keys = new Map(resolved.supplement.指标);
  let filled = 0;
  for (const row of before) {
    if (row.current.kind !== 'table') continue;
    const existing = indicators.get(row.key) ?? {};
    if (existing.上年数 !== undefined && existing.上年数 !== null && existing.上年数 !== '') continue;
    const wan = refsCents(row.current.refs) / 100;
    indicators.set(row.key, { ...existing, 上年数: wan });
    if (!keys.has(row.key)) keys.set(row.key, {});
    filled++;
  }
  const supplement: Supplement = { ...resolved.supplement, 指标: keys };
  const plan = supplementSheetPlan(recognise(grid), supplement, { ...resolved.inputs, indicators }, resolved, { ...settings, grid });
  return { plan: { ...plan, summary: [`从上年工作簿取得 ${filled} 个上年数（只填空白的上年数）。`, ...plan.summary] }, filled };
}

/** Throws PlanRefused (nothing is written) while a blocker stands. */
function refuseBlocked(explained: Explained): void {
  const refusal = narrativeRefusal(explained);
  if (refusal.length > 0) throw new PlanRefused(`没有写入任何内容。${refusal.join('')}`);
}

/**
 * Writes (or rewrites) the 公开说明 sheet; refused while the workbook's amounts are read wrong (narrativeBlockers).
 * `drawsCharts: false` for a host that draws no chart: its summary promises none.
 * The pane's 写入: a 本年数 of the 说明数据 the text does not quote (explained.overrides) is not in its summary, the pane
 * says it once in its notice beside the text, before and after the write alike.
 */
export function narrativePlan(grid: WorkbookGrid, preset: Preset, options: { readonly drawsCharts?: boolean } = {}): Plan {
  const explained = explain(grid, preset);
  refuseBlocked(explained);
  return narrativeSheetPlan(grid, explained.document, options);
}

/**
 * 删除图表: the add-in's charts and their data removed from its 公开说明 sheet, the text kept. The chart data of a
 * sheet written before it carried fingerprints is compared with what this run writes under the preset's text: what
 * differs is kept (removeChartsPlan). Not refused while the amounts are read wrong: it writes no figure, and data
 * unlike this run's stays.
 */
export function removeChartsWorkflowPlan(grid: WorkbookGrid, preset: Preset): Plan {
  return removeChartsPlan(grid, explain(grid, preset).document);
}

/**
 * Flags every finding in place, keeping the marks of the 检查结果 sheet, with the changes given: a new mark, or
 * null to undo one (the finding is flagged again). `findings`: the grid's audit when the caller holds it already.
 */
export function flagsPlan(grid: WorkbookGrid, changes?: ReadonlyMap<string, Mark | null>, findings: readonly Finding[] = check(grid).findings): Plan {
  const merged = new Map(readMarks(grid));
  for (const [id, mark] of changes ?? []) {
    if (mark) merged.set(id, mark);
    else merged.delete(id);
  }
  return flagPlan(grid, findings, merged);
}
