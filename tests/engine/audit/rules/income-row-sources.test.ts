import rule from '../../../../src/engine/audit/rules/incomeRowSources';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: 'a 项 source changed', edits: [['收入决算表', 'I11', 10.34]], errors: [{ severity: 'error', first: '收入决算表!C11', includes: ['收入决算表!I11'], message: '2010350 事业运行' }] }],
});
