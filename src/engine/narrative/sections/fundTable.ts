/**
 * 八、政府性基金 and 九、国有资本经营预算财政拨款收入支出决算情况说明: the fixed sentence when the table is empty
 * (no figure in table 08/09 and none in table 04's column of that fund), else its 合计 row, then (上海) one
 * paragraph per 项 against its 年初预算.
 */
import type { NarrativeContext } from '../context';
import type { Block } from '../document';
import type { FundTableTemplates } from '../templates';
import { subjectItemValues, tableItems } from './subjectItems';

/** Whether the fund has any figure, in its own table or in table 04's column. */
export function fundHasFigures(ctx: NarrativeContext, id: 'govFund' | 'stateCapital'): boolean {
  const nonZero = (fen: number | null | undefined) => fen !== null && fen !== undefined && fen !== 0;
  const inTable = ctx.recognition.tables[id]?.rows.some((r) => Object.values(r.figures).some((f) => nonZero(f.fen))) ?? false;
  const inT4 = ctx.recognition.tables.fiscalSummary?.rows.some((r) => nonZero(r.figures[id]?.fen)) ?? false;
  return inTable || inT4;
}

export function fundTable(ctx: NarrativeContext, t: FundTableTemplates, id: 'govFund' | 'stateCapital'): Block[] {
  if (!fundHasFigures(ctx, id)) return [{ kind: 'paragraph', runs: ctx.render(t.empty, {}) }];
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
    tableItems(ctx, id, 'yearExpenditure').forEach((line, i) => {
      blocks.push({ kind: 'paragraph', runs: ctx.render(item, subjectItemValues(ctx, id, line, i, { ...t, item })) });
    });
  }
  return blocks;
}
