/**
 * A 本年数 the 说明数据 gives for an indicator a table holds (supplement/indicators.ts: its 本年数 is a formula of the
 * table's cells; DOMAIN §4: 本年数 is typed only for a figure no table holds). The 公开说明 takes the table's figure, and
 * the typed one is read by nothing: a 公用经费 typed as 50.00 over the formula, or given in a JSON file, against table 06's
 * 100.00, and the text quoted 100.00 with no word why (helper-h130). Where the two differ, one of them is wrong: the
 * table, which the text follows, or the number typed, which the 说明数据 sheet's own 增减额 and 占比 then follow.
 *
 * 机关运行经费 is office-cost's: its 本年数 is typed for a 混合 department (no table holds it) and held to table 06 for a
 * 行政单位 or 参公事业单位, in words of its own.
 */
import type { CellRef } from '../../grid/address';
import type { Recognition } from '../../recognise/recognise';
import { indicatorRows } from '../../supplement/indicators';
import type { TableRef } from '../../supplement/indicators';
import { shownTitle } from '../../tables/model';
import { defineRule } from '../rule';
import { checkFactSum, fact } from '../shared/supplementFacts';
import type { Fact } from '../shared/supplementFacts';

/** The title of the table a cell is in (a message names where the figure is), else its sheet. */
function tableAt(recognition: Recognition, cell: CellRef): string {
  const table = Object.values(recognition.tables).find(
    (t) => t.range.sheet === cell.sheet && cell.row >= t.range.top && cell.row <= t.range.bottom && cell.col >= t.range.left && cell.col <= t.range.right,
  );
  return table ? shownTitle(table) : `工作表“${cell.sheet}”`;
}

function refFact(recognition: Recognition, ref: TableRef): Fact {
  return { value: ref.fen ?? 0, unit: ref.unit, cell: ref.cell, source: tableAt(recognition, ref.cell) };
}

export default defineRule({
  id: 'supplement-current-figures',
  title: '说明数据中填写的本年数与决算表一致',
  severity: 'error',
  tables: [],
  messages: {
    mismatch: '{leftName} {left}，与决算表中的本年数 {right}不符，{gap}：公开说明按决算表的数写，这个填写的数没有用到。请核对：决算表有误就改正决算表，否则删去这个数（说明数据的本年数取自决算表）。',
    // Typed over the sheet's formula: the sheet shows it and computes its 增减额, 增减率 and 占比 from it, the text does not.
    typedOver:
      '{leftName} {left}，与决算表中的本年数 {right}不符，{gap}：这个数是填在公式上的，说明数据表按它计算本行的增减额、增减率和占比，公开说明却按决算表的 {right}写，两处对不上。请核对：决算表有误就改正决算表；否则清空这个单元格，再刷新说明数据表（命令行：fill），恢复取自决算表的公式。',
  },
  check(ctx) {
    // Most 说明数据 give no 本年数 at all: no indicator's source is looked up.
    const typed = [...ctx.supplement.指标].filter(([key, input]) => key !== '机关运行经费' && input.本年数 !== undefined);
    if (typed.length === 0) return;
    const sources = new Map(indicatorRows(ctx.recognition, ctx.supplement).map((spec) => [spec.key, spec.current]));
    for (const [key, input] of typed) {
      const current = sources.get(key);
      if (current?.kind !== 'table') continue;
      const given = fact(ctx, input.本年数, { indicator: key, field: '本年数' }, 'amount');
      const messageId = input.本年数?.source.kind === 'cell' ? 'typedOver' : 'mismatch';
      checkFactSum(ctx, given, current.refs.map((ref) => refFact(ctx.recognition, ref)), { messageId });
    }
  },
});
