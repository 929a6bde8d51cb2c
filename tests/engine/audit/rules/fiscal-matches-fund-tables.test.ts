import rule from '../../../../src/engine/audit/rules/fiscalMatchesFundTables';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample (both funds empty)' }],
  invalid: [{ name: 'table 08 spends what table 04 does not', edits: [['政府性基金预算财政拨款收入支出决算表', 'E6', 1]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!H35', includes: ['政府性基金预算财政拨款收入支出决算表!E6'], message: '政府性基金' }] }],
});
