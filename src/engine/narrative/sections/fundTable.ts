/**
 * 八、政府性基金 and 九、国有资本经营预算财政拨款收入支出决算情况说明: the fixed sentence when the fund has nothing the
 * section would quote, else its 合计 row, then (上海) one paragraph per 项 against its 年初预算.
 */
import { derived } from '../context';
import type { NarrativeContext } from '../context';
import type { Block } from '../document';
import type { FundTableTemplates } from '../templates';
import { itemCodes, spokenOfWithoutFigure, SubjectLine, subjectItemValues, tableItems } from './subjectItems';

/** The figures of the 合计 row the paragraphs quote, by placeholder. */
const TOTAL_COLUMNS: Readonly<Record<string, string>> = {
  年初结转和结余: 'openingBalance',
  本年收入: 'yearIncome',
  本年支出: 'yearExpenditure',
  基本支出: 'basic',
  项目支出: 'project',
  年末结转和结余: 'closingBalance',
};

const nonZero = (fen: number | null | undefined) => fen !== null && fen !== undefined && fen !== 0;

/**
 * Whether the fund has a figure that the section's paragraphs quote, in its own table (or, without the table, in
 * table 04's column of it). The fixed sentences say what the fund lacks: 新疆 收入、支出及结转和结余 (its paragraph quotes
 * all six figures), 上海 收入和支出 (its paragraph quotes those two: a balance carried over alone is no 收入 or 支出).
 */
export function fundHasFigures(ctx: NarrativeContext, id: 'govFund' | 'stateCapital', paragraphs: readonly string[]): boolean {
  const table = ctx.recognition.tables[id];
  if (!table) return ctx.recognition.tables.fiscalSummary?.rows.some((r) => nonZero(r.figures[id]?.fen)) ?? false;
  const quoted = Object.entries(TOTAL_COLUMNS)
    .filter(([placeholder]) => paragraphs.some((p) => p.includes(`{${placeholder}}`)))
    .map(([, column]) => column);
  return table.rows.some((r) => quoted.some((c) => nonZero(r.figures[c]?.fen)));
}

/** 项 that spent this year, then 项 of the table that spent nothing but have a 年初预算 (or 上年数) to speak of. */
function fundItems(ctx: NarrativeContext, id: 'govFund' | 'stateCapital', item: string): SubjectLine[] {
  const present = tableItems(ctx, id, 'yearExpenditure');
  const listed = new Set(present.map((l) => l.code));
  const zero = { cents: 0, source: derived([]) };
  const unspent = spokenOfWithoutFigure(ctx, item, itemCodes(ctx, id).filter((c) => !listed.has(c)));
  return [...present, ...unspent.map((code) => ({ code, amount: ctx.table(id, code, 'yearExpenditure') ?? zero }))];
}

export function fundTable(ctx: NarrativeContext, t: FundTableTemplates, id: 'govFund' | 'stateCapital'): Block[] {
  const items = t.item === undefined ? [] : fundItems(ctx, id, t.item);
  if (items.length === 0 && !fundHasFigures(ctx, id, t.paragraphs)) return [{ kind: 'paragraph', runs: ctx.render(t.empty, {}) }];
  const code = id === 'govFund' ? '08' : '09';
  const name = id === 'govFund' ? '政府性基金预算财政拨款收入支出决算表' : '国有资本经营预算财政拨款收入支出决算表';
  const money = (column: string, label: string) => () => ctx.money(ctx.table(id, 'total', column), `表${code}.合计.${label}`, `${name}合计“${label}”`);
  const values = {
    年初结转和结余: money('openingBalance', '年初结转和结余'),
    本年收入: money('yearIncome', '本年收入'),
    本年支出: money('yearExpenditure', '本年支出'),
    基本支出: money('basic', '基本支出'),
    项目支出: money('project', '项目支出'),
    年末结转和结余: money('closingBalance', '年末结转和结余'),
  };
  const blocks: Block[] = t.paragraphs.map((pattern) => ({ kind: 'paragraph' as const, runs: ctx.render(pattern, values) }));
  if (t.item !== undefined) {
    const item = t.item;
    items.forEach((line, i) => {
      blocks.push({ kind: 'paragraph', runs: ctx.render(item, subjectItemValues(ctx, id, line, i, { ...t, item })) });
    });
  }
  return blocks;
}
