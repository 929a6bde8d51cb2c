/**
 * T7 laid out unit by unit (TableModel.unitRows): the 合计 row, which the text states as the department's, is the sum
 * of the units' rows, each figure of each measure. Read from its first row, §七 stated one unit's figures; a 合计
 * that is not the sum of its units is as wrong as any other.
 */
import { defineRule } from '../rule';
import { shownTitle } from '../../tables/model';
import { cell, checkSum } from '../relations';
import { THREE_PUBLIC_ITEM_NAMES, THREE_PUBLIC_ROW_NAMES } from '../../tables/specs/threePublicCosts';
import type { ThreePublicItem } from '../../tables/specs/threePublicCosts';

export default defineRule({
  id: 'three-public-units',
  title: '“三公”经费支出决算表：合计行等于各单位之和',
  severity: 'error',
  tables: ['07'],
  messages: { mismatch: '《{table}》的{measure}“{item}” {left}，与各单位之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.threePublicCosts;
    if (!t?.unitRows) return;
    for (const measure of ['budget', 'actual'] as const) {
      const department = t.rows.find((r) => r.key === measure);
      const units = t.unitRows.filter((r) => r.key === measure);
      if (!department || units.length === 0) continue;
      for (const item of Object.keys(department.figures)) {
        checkSum(ctx, cell(t, department, item), units.map((u) => cell(t, u, item)), {
          messageId: 'mismatch',
          data: { table: shownTitle(t), measure: THREE_PUBLIC_ROW_NAMES[measure]!, item: THREE_PUBLIC_ITEM_NAMES[item as ThreePublicItem] ?? item },
        });
      }
    }
  },
});
