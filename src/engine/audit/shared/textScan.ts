/**
 * Reading an explanation the accountant typed (a 公开说明 sheet, or any sheet holding its paragraphs): the text
 * cells outside the recognised tables, split into sentences, and the figures the text names by label.
 */
import { isBlank } from '../../grid/cell';
import type { WorkbookGrid } from '../../grid/cell';
import type { CellRef, RangeRef } from '../../grid/address';
import { normalizeText } from '../../grid/normalize';
import { centsOfFen, Cents } from '../../derive/arithmetic';
import type { Recognition } from '../../recognise/recognise';
import type { MoneyFigure } from '../../tables/model';
import { figureOf } from '../../tables/model';
import type { RuleContext } from '../rule';
import { markedSheets } from '../../plan/owned';
import { hasOwnedTitle } from '../../plan/legacy';

export interface TextCell {
  readonly cell: CellRef;
  /** Normalised: half-width, no whitespace, no quotes (what the patterns read). */
  readonly text: string;
}

function tableRanges(rec: Recognition): RangeRef[] {
  return [...Object.values(rec.tables).map((t) => t.range), ...rec.projects.map((p) => p.range)];
}

function inside(ranges: readonly RangeRef[], cell: CellRef): boolean {
  return ranges.some((r) => r.sheet === cell.sheet && cell.row >= r.top && cell.row <= r.bottom && cell.col >= r.left && cell.col <= r.right);
}

// Five rules read the same text cells; scanning a large workbook once instead of five times matters at 20,000 rows.
const scanned = new WeakMap<WorkbookGrid, WeakMap<Recognition, readonly TextCell[]>>();

/**
 * The add-in's data sheets (说明数据, 检查结果), found by their mark or, unmarked, by our title in A1: their text is
 * ours, not an explanation. A sheet of the accountant's that bears one of those names is read like any other.
 */
function dataSheets(grid: WorkbookGrid): Set<string> {
  const marked = markedSheets(grid);
  const out = new Set(grid.sheets.filter(hasOwnedTitle).map((s) => s.name));
  for (const role of ['supplement', 'results'] as const) {
    const sheet = marked.get(role);
    if (sheet) out.add(sheet.name);
  }
  return out;
}

/** Cells of explanation text: long enough, speaking of 万元 or %, outside the tables and the add-in's data sheets. */
export function textCells(ctx: RuleContext): readonly TextCell[] {
  let byRecognition = scanned.get(ctx.grid);
  if (!byRecognition) scanned.set(ctx.grid, (byRecognition = new WeakMap()));
  let cells = byRecognition.get(ctx.recognition);
  if (!cells) byRecognition.set(ctx.recognition, (cells = scanTextCells(ctx.grid, ctx.recognition)));
  return cells;
}

function scanTextCells(grid: WorkbookGrid, recognition: Recognition): TextCell[] {
  const ranges = tableRanges(recognition);
  const skipped = dataSheets(grid);
  const out: TextCell[] = [];
  for (const sheet of grid.sheets) {
    if (skipped.has(sheet.name)) continue;
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== 'string' || isBlank(v) || v.length < 12) return;
        const text = normalizeText(v);
        if (!/万元|%/.test(text) && !/X{2}|×{2}|\*{2}|增加\(减少\)|下降\(增长\)|【请填写/.test(text)) return;
        const cell = { sheet: sheet.name, row: r, col: c };
        if (!inside(ranges, cell)) out.push({ cell, text });
      }),
    );
  }
  return out;
}

/** Sentences, each ending with its 。 (the last may have none). */
export function sentences(text: string): string[] {
  return text.split(/(?<=。)/).filter((s) => s.length > 0);
}

export const AMOUNT = '(-?[\\d,]+(?:\\.\\d+)?)万元';

export function parseAmount(text: string): Cents {
  return Math.round(Number(text.replace(/,/g, '')) * 100);
}

export interface NamedFigure {
  readonly cents: Cents;
  readonly cell: CellRef;
}

function named(f: MoneyFigure | undefined): NamedFigure | undefined {
  return f && !f.invalid ? { cents: f.fen === null ? 0 : centsOfFen(f.fen), cell: f.cell } : undefined;
}

type Lookup = (rec: Recognition) => NamedFigure | undefined;

const at = (id: keyof Recognition['tables'], row: string, column: string, block?: string): Lookup => (rec) => {
  const t = rec.tables[id];
  return t ? named(figureOf(t, row, column, block)) : undefined;
};

/**
 * Labels the text uses for figures of the tables (normalised spelling), and the figure each names. Longer labels
 * win where labels overlap (财政拨款收入总计 over 收入总计).
 */
export const LABELS: readonly (readonly [string, Lookup])[] = [
  ['财政拨款收入总计', at('fiscalSummary', 'grandTotal', 'amount', 'income')],
  ['财政拨款支出总计', at('fiscalSummary', 'grandTotal', 'total', 'expenditure')],
  ['财政拨款本年收入', at('fiscalSummary', 'yearIncome', 'amount', 'income')],
  ['财政拨款本年支出', at('fiscalSummary', 'yearExpenditure', 'total', 'expenditure')],
  ['年初财政拨款结转和结余', at('fiscalSummary', 'openingBalance', 'amount', 'income')],
  ['年末财政拨款结转和结余', at('fiscalSummary', 'closingBalance', 'total', 'expenditure')],
  ['一般公共预算财政拨款基本支出', at('generalBudgetExpenditure', 'total', 'basic')],
  ['一般公共预算财政拨款支出', at('generalBudgetExpenditure', 'total', 'total')],
  ['收入总计', at('summary', 'grandTotal', 'amount', 'income')],
  ['支出总计', at('summary', 'grandTotal', 'amount', 'expenditure')],
  ['本年收入合计', at('summary', 'yearIncome', 'amount', 'income')],
  ['本年支出合计', at('summary', 'yearExpenditure', 'amount', 'expenditure')],
  ['本年收入', at('summary', 'yearIncome', 'amount', 'income')],
  ['本年支出', at('summary', 'yearExpenditure', 'amount', 'expenditure')],
  ['使用非财政拨款结余', at('summary', 'useOfNonFiscalSurplus', 'amount', 'income')],
  ['年初结转和结余', at('summary', 'openingBalance', 'amount', 'income')],
  ['年末结转和结余', at('summary', 'closingBalance', 'amount', 'expenditure')],
  ['结余分配', at('summary', 'surplusDistribution', 'amount', 'expenditure')],
  ['财政拨款收入', at('income', 'total', 'fiscal')],
  ['上级补助收入', at('income', 'total', 'superiorSubsidy')],
  ['事业收入', at('income', 'total', 'businessIncome')],
  ['经营收入', at('income', 'total', 'operatingIncome')],
  ['附属单位上缴收入', at('income', 'total', 'affiliateRemittance')],
  ['其他收入', at('income', 'total', 'otherIncome')],
  ['基本支出', at('expenditure', 'total', 'basic')],
  ['项目支出', at('expenditure', 'total', 'project')],
  ['上缴上级支出', at('expenditure', 'total', 'remittanceToSuperior')],
  ['经营支出', at('expenditure', 'total', 'operatingExpenditure')],
  ['对附属单位补助支出', at('expenditure', 'total', 'subsidyToAffiliates')],
  ['人员经费', at('generalBudgetBasic', 'personnelTotal', 'amount')],
  ['公用经费', at('generalBudgetBasic', 'publicTotal', 'amount')],
  ['三公经费支出决算', at('threePublicCosts', 'actual', 'total')],
  ['因公出国(境)费', at('threePublicCosts', 'actual', 'overseasTravel')],
  ['公务用车购置及运行维护费', at('threePublicCosts', 'actual', 'vehicles')],
  ['公务用车购置及运行费', at('threePublicCosts', 'actual', 'vehicles')],
  ['公务用车购置费', at('threePublicCosts', 'actual', 'vehiclePurchase')],
  ['公务用车运行维护费', at('threePublicCosts', 'actual', 'vehicleOperation')],
  ['公务用车运行费', at('threePublicCosts', 'actual', 'vehicleOperation')],
  ['公务接待费', at('threePublicCosts', 'actual', 'reception')],
];

/** Words allowed between a label and its amount: `收入总计1,488.29万元`, `公务接待费支出0.20万元`. */
const CONNECTOR = '(?:支出决算数为|支出决算为|支出决算|决算数为|决算为|支出为|支出|合计|为)?';

/** 收入总计 of a sentence about 财政拨款 (上海: 财政拨款收入总计…，支出总计…) is the 财政拨款 one. */
const FISCAL_CONTEXT: Readonly<Record<string, string>> = { 收入总计: '财政拨款收入总计', 支出总计: '财政拨款支出总计', 本年收入: '财政拨款本年收入', 本年支出: '财政拨款本年支出' };

/** Amounts a sentence states for a label, with their position (longest label at a position wins). */
export function namedAmounts(text: string): { label: string; lookup: Lookup; cents: Cents; index: number }[] {
  const found: { label: string; lookup: Lookup; cents: Cents; index: number; end: number }[] = [];
  for (const [label, lookup] of LABELS) {
    const re = new RegExp(`${escape(label)}${CONNECTOR}${AMOUNT}`, 'g');
    for (const m of text.matchAll(re)) {
      const index = m.index!;
      // Not part of a longer word (财政拨款收入总计 contains 收入总计; 其他收入 is not 一般收入…).
      if (index > 0 && /[\u4e00-\u9fa5]/.test(text[index - 1]!) && LABELS.some(([l]) => l.length > label.length && text.slice(0, index + label.length).endsWith(l))) continue;
      const fiscal = FISCAL_CONTEXT[label];
      const own = fiscal && text.slice(0, index).includes('财政拨款') ? LABELS.find(([l]) => l === fiscal)! : undefined;
      found.push({ label: own ? own[0] : label, lookup: own ? own[1] : lookup, cents: parseAmount(m[1]!), index, end: index + m[0].length });
    }
  }
  // Where two labels claim the same amount, the longer label (earlier start) wins.
  return found
    .sort((a, b) => a.index - b.index || b.label.length - a.label.length)
    .filter((f, i, all) => !all.slice(0, i).some((g) => g.end === f.end));
}

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
