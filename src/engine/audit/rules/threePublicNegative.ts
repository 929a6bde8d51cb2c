/**
 * T7: no 预算数 or 决算数 below zero. A 三公 amount is money spent or allowed, never negative; the 公开说明 refuses a
 * share or a 完成率 of such a figure (narrative/context.ts: a gap, 负数无占比 / 负数不计算比率), so the accountant is told
 * here which cell it is. No relation of the table catches it: a −1.00 万元 公务接待费 with a 合计 lowered by as much adds
 * up. Each printed cell once (a figure the table prints only as its parts is named by those parts).
 */
import { toA1 } from '../../grid/address';
import { shownTitle } from '../../tables/model';
import { measureRowsInReportOrder, THREE_PUBLIC_ITEM_NAMES } from '../../tables/specs/threePublicCosts';
import type { ThreePublicItem } from '../../tables/specs/threePublicCosts';
import { amount, moneyValues } from '../measure';
import { defineRule } from '../rule';

// 机关运行经费 (a last column of 上海's table) is no 三公 amount: a small office's may fall below zero (收回以前年度支出).
const ITEMS = (Object.keys(THREE_PUBLIC_ITEM_NAMES) as ThreePublicItem[]).filter((i) => i !== 'officeCost');

export default defineRule({
  id: 'three-public-negative',
  title: '“三公”经费支出决算表：预算数和决算数都不能为负数',
  severity: 'error',
  tables: ['07'],
  messages: {
    negative:
      '《{table}》的{measure}“{item}”（工作表“{sheet}”{cell}）为 {value}，小于零：“三公”经费的预算和支出都不能为负数，公开说明也不计算负数的占比和完成率。请核对并改正该单元格（没有支出的留空或填 0）。',
  },
  check(ctx) {
    const t = ctx.recognition.tables.threePublicCosts;
    if (!t) return;
    // Each row a measure (预算数, 决算数, a 年初 or 全年 block's, 上年决算数); the 预算数 row repeating a block's cells
    // comes last, so that the block names them (a finding is once per cell).
    for (const r of measureRowsInReportOrder(t.rows)) {
      for (const item of ITEMS) {
        const f = r.figures[item];
        // Unreadable cells are the unreadable-figure rule's; a sum of printed parts is named by the parts.
        if (!f || f.invalid || f.parts || f.fen === null || f.fen >= 0) continue;
        ctx.report({
          messageId: 'negative',
          data: { table: shownTitle(t), measure: r.label, item: THREE_PUBLIC_ITEM_NAMES[item], sheet: f.cell.sheet, cell: toA1(f.cell.row, f.cell.col), value: amount(f.fen, t.unit) },
          cells: [f.cell],
          ...moneyValues([f.fen], f.fen, t.unit),
        });
      }
    }
  },
});
