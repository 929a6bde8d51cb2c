import rule from '../../../../src/engine/audit/rules/threePublicUnits';
import { testRule } from '../../../support/ruleTester';
import { THREE_PUBLIC_SHEET, threePublicByUnit } from '../../../support/threePublicByUnit';

const SHEET = THREE_PUBLIC_SHEET;
const byUnit = threePublicByUnit;

/** byUnit's second unit split in two, the second of them hidden (row 8): the 合计 row (row 9) their sum. */
const withHiddenUnit = () => {
  const g = byUnit([1, 0, 0.8, 0, 0.8, 0.2, 1, 0, 0.8, 0, 0.8, 0.2])();
  return {
    ...g,
    sheets: g.sheets.map((s) => {
      if (s.name !== SHEET) return s;
      const rows = [...s.rows];
      rows.splice(7, 0, ['机关服务中心', 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0]);
      return { ...s, rows, hiddenRows: [7] };
    }),
  };
};

testRule(rule, {
  valid: [
    { name: 'the sample (one data row)' },
    { name: 'two units adding up to the 合计 row', grid: byUnit([2, 0, 1.8, 0, 1.8, 0.2, 2, 0, 1.8, 0, 1.8, 0.2]) },
    { name: 'three units adding up to the 合计 row, one of them hidden (still a unit)', grid: withHiddenUnit },
  ],
  invalid: [
    {
      name: 'a unit’s 预算数 公务用车运行费 not adding up to the 合计 row’s (and its 小计)',
      grid: byUnit([2, 0, 2, 0, 2, 0.2, 2, 0, 1.8, 0, 1.8, 0.2]),
      errors: [
        { severity: 'error', first: `${SHEET}!D8`, includes: [`${SHEET}!D6`, `${SHEET}!D7`], message: '《财政拨款“三公”经费支出决算表》的预算数“公务用车购置及运行费” 4.80 万元，与各单位之和 5.00 万元不符，少 0.20 万元。' },
        { severity: 'error', first: `${SHEET}!F8`, message: '《财政拨款“三公”经费支出决算表》的预算数“公务用车运行费” 4.80 万元，与各单位之和 5.00 万元不符' },
      ],
    },
  ],
});
