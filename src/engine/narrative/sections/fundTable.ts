/**
 * 八、政府性基金 and 九、国有资本经营预算财政拨款收入支出决算情况说明: the fixed sentence when the table is empty
 * (no figure in table 08/09 and none in table 04's column of that fund), else its 合计 row.
 */
import type { NarrativeContext } from '../context';
import type { Block } from '../document';

export interface FundTableTemplates {
  /** The sentence for an empty table ({年度}). */
  readonly empty: string;
  /** {年度} {年初结转和结余} {本年收入} {本年支出} {基本支出} {项目支出} {年末结转和结余} */
  readonly figures: string;
}

export function fundTable(ctx: NarrativeContext, t: FundTableTemplates, id: 'govFund' | 'stateCapital'): Block[] {
  const table = ctx.recognition.tables[id];
  const fiscalColumn = id;
  const t4 = ctx.recognition.tables.fiscalSummary;
  const nonZero = (fen: number | null | undefined) => fen !== null && fen !== undefined && fen !== 0;
  const inTable = table?.rows.some((r) => Object.values(r.figures).some((f) => nonZero(f.fen))) ?? false;
  const inT4 = t4?.rows.some((r) => nonZero(r.figures[fiscalColumn]?.fen)) ?? false;
  if (!inTable && !inT4) return [{ kind: 'paragraph', runs: ctx.render(t.empty, { 年度: () => ctx.year() }) }];
  const code = id === 'govFund' ? '08' : '09';
  const name = id === 'govFund' ? '政府性基金预算财政拨款收入支出决算表' : '国有资本经营预算财政拨款收入支出决算表';
  const money = (column: string, label: string) => () => ctx.money(ctx.table(id, 'total', column), `表${code}.合计.${label}`, `${name}合计“${label}”`);
  return [
    {
      kind: 'paragraph',
      runs: ctx.render(t.figures, {
        年度: () => ctx.year(),
        年初结转和结余: money('openingBalance', '年初结转和结余'),
        本年收入: money('yearIncome', '本年收入'),
        本年支出: money('yearExpenditure', '本年支出'),
        基本支出: money('basic', '基本支出'),
        项目支出: money('project', '项目支出'),
        年末结转和结余: money('closingBalance', '年末结转和结余'),
      }),
    },
  ];
}
