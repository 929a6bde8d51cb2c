import rule from '../../../../src/engine/audit/rules/smallBusinessShare';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '小微 larger than 中小企业', data: (j) => (j.事项['授予小微企业合同金额'] = 60), errors: [{ severity: 'warning', first: null, message: '说明数据“事项·授予小微企业合同金额” 60.00 万元，大于说明数据“事项·授予中小企业合同金额” 55.51 万元。' }] }],
});
