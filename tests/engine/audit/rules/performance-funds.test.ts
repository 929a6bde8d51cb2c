import rule from '../../../../src/engine/audit/rules/performanceFunds';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '当年财政拨款 执行数 changed', edits: [['项目支出绩效自评表', 'F7', 229]], errors: [{ severity: 'error', first: '项目支出绩效自评表!F6', includes: ['项目支出绩效自评表!F7'], message: '全年执行数' }] }],
});
