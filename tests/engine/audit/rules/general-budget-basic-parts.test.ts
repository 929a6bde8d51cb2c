import rule from '../../../../src/engine/audit/rules/generalBudgetBasicParts';
import type { CellValue } from '../../../../src/engine/grid/cell';
import { sample, testRule } from '../../../support/ruleTester';
import { withSheetRows } from '../../../support/layouts';

const T5 = '一般公共预算财政拨款支出决算表';

/** The sample's table 05 with its 基本支出 split as 上海's form prints it: 小计 | 人员经费 (80%) | 公用经费 (the rest). */
function split() {
  return withSheetRows(sample(), T5, (rows) =>
    rows.map((r, i): CellValue[] => {
      if (i === 2) return ['项目', null, '合计', '基本支出', null, null, '项目支出'];
      if (i === 3) return ['科目编码', '科目名称', null, '小计', '人员经费', '公用经费', null];
      if (i === 4) return [null, '栏次', 1, 2, 3, 4, 5];
      if (i < 5 || typeof r[3] !== 'number') return [...r];
      const personnel = Math.round(r[3] * 80) / 100;
      return [r[0]!, r[1]!, r[2]!, r[3], personnel, Math.round((r[3] - personnel) * 100) / 100, r[4]!];
    }),
  );
}

testRule(rule, {
  valid: [{ name: 'the sample (no split)' }, { name: 'the split, every row adding up', grid: split }],
  invalid: [
    {
      name: '人员经费 of a 项 changed',
      grid: split,
      edits: [[T5, 'E10', 100]],
      errors: [{ severity: 'error', first: `${T5}!D10`, includes: [`${T5}!E10`, `${T5}!F10`], message: '行的基本支出' }],
    },
  ],
});
