import rule from '../../../../src/engine/audit/rules/procurementTotal';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '服务支出 off by 1.00', data: (j) => (j.事项['政府采购服务支出'] = 33.19), errors: [{ severity: 'error', first: null, message: '相差 -1.00 万元' }] }],
});
