import rule from '../../../../src/engine/audit/rules/threePublicVehicles';
import { testRule } from '../../../support/ruleTester';
import { THREE_PUBLIC_SHEET, threePublicByUnit } from '../../../support/threePublicByUnit';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '运行费 预算 changed', edits: [['财政拨款三公经费支出决算表', 'E7', 5.8]], errors: [{ severity: 'error', first: '财政拨款三公经费支出决算表!C7', includes: ['财政拨款三公经费支出决算表!E7'], message: '预算数' }] }],
});

const SHEET = THREE_PUBLIC_SHEET;
const byUnit = threePublicByUnit;

testRule(rule, {
  valid: [{ name: 'two units, each adding up', grid: byUnit([2, 0, 1.8, 0, 1.8, 0.2, 2, 0, 1.8, 0, 1.8, 0.2]) }],
  invalid: [
    {
      name: 'a unit’s 决算数 公务用车购置及运行费 not its 购置费 and 运行费’s sum: flagged at the unit’s row, named',
      grid: byUnit([2, 0, 1.8, 0, 1.8, 0.2, 2, 0, 1.8, 0, 1.6, 0.2]),
      errors: [{ severity: 'error', first: `${SHEET}!J7`, includes: [`${SHEET}!L7`], message: '《财政拨款“三公”经费支出决算表》的“昌吉州公共资源交易中心”决算数公务用车购置及运行费 1.80 万元，与购置费、运行费之和 1.60 万元不符，多 0.20 万元。' }],
    },
  ],
});
