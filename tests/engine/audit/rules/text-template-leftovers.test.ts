import rule from '../../../../src/engine/audit/rules/textTemplateLeftovers';
import { testRule, narrativeSheet, sheet } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the generated 公开说明', sheets: [narrativeSheet()] }],
  invalid: [
    {
      name: 'a template left as it was',
      sheets: [sheet('公开说明', [['收入总计与上年相比，增加（减少）XX万元，增长（下降）XX%。'], ['公务接待费【请填写：公务接待费主要原因】万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占位符“XX”' },
        // Quoted as the cell writes it (full-width), so that Excel's Ctrl+F finds it.
        { severity: 'error', first: '公开说明!A1', message: '“增加（减少）”' },
        { severity: 'error', first: '公开说明!A2', message: '未填写的空缺“【请填写：公务接待费主要原因】”' },
      ],
    },
  ],
});
