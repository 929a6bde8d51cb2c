import rule from '../../../../src/engine/audit/rules/threePublicTotal';
import { testRule } from '../../../support/ruleTester';
import { THREE_PUBLIC_SHEET, threePublicByUnit } from '../../../support/threePublicByUnit';
import { changji2022 } from '../../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../../fixtures/workbook';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [
    {
      name: '公务接待费 决算 changed',
      edits: [['财政拨款三公经费支出决算表', 'L7', 1.2]],
      errors: [{ severity: 'error', first: '财政拨款三公经费支出决算表!G7', includes: ['财政拨款三公经费支出决算表!L7'], message: '《财政拨款“三公”经费支出决算表》的决算数合计' }],
    },
    {
      // Named 《“三公”经费支出决算表》 before, a title neither template prints.
      name: '公务接待费 决算 changed in a table titled as older templates title it: named as its page is titled',
      grid: () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { oldTitles: true })),
      edits: [['财政拨款三公经费支出决算表', 'L7', 1.2]],
      errors: [{ severity: 'error', first: '财政拨款三公经费支出决算表!G7', message: '《一般公共预算财政拨款“三公”经费支出决算表》的决算数合计' }],
    },
  ],
});

const SHEET = THREE_PUBLIC_SHEET;
const byUnit = threePublicByUnit;

testRule(rule, {
  valid: [{ name: 'two units, each adding up', grid: byUnit([2, 0, 1.8, 0, 1.8, 0.2, 2, 0, 1.8, 0, 1.8, 0.2]) }],
  invalid: [
    {
      // Its 合计 the 合计 row's share (5.00 = 3.00 + 2.00, the 合计 row adding up): nothing else tells it.
      name: 'a unit’s 预算数 合计 not its three items’ sum: flagged at the unit’s row, named',
      grid: byUnit([2, 0, 2, 0, 2, 0.2, 2, 0, 1.8, 0, 1.8, 0.2]),
      errors: [{ severity: 'error', first: `${SHEET}!B7`, includes: [`${SHEET}!D7`, `${SHEET}!G7`], message: '《财政拨款“三公”经费支出决算表》的“昌吉州公共资源交易中心”预算数合计 2.00 万元，与三项之和 2.20 万元不符，少 0.20 万元。' }],
    },
  ],
});
