import rule from '../../../../src/engine/audit/rules/fiscalExpenditureTotal';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '年末结转 changed', edits: [['财政拨款收入支出决算总表', 'F36', 1]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!F37', includes: ['财政拨款收入支出决算总表!F36'], message: '“合计”列' }] }],
});
