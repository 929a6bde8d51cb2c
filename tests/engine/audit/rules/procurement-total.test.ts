import rule from '../../../../src/engine/audit/rules/procurementTotal';
import type { WorkbookGrid } from '../../../../src/engine/grid/cell';
import { applyPlanToGrid } from '../../../../src/engine/plan/applyToGrid';
import { supplementPlan } from '../../../../src/engine/workflow';
import { sample, sampleData, sampleWithSupplementSheet, sheet, testRule } from '../../../support/ruleTester';

/** The accountant's own sheet named 说明数据 (a draft with the same entry), and the add-in's under 说明数据（2）. */
function besideTheAccountantsOwn(): WorkbookGrid {
  const base = sample();
  const own = sheet('说明数据', [['事项', '内容', '说明'], ['政府采购支出总额', 99, '草稿']]);
  const grid = { ...base, sheets: [...base.sheets, own] };
  return applyPlanToGrid(grid, supplementPlan(grid, sampleData()));
}

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [
    {
      name: '服务支出 off by 1.00: the 说明数据 entry is named (the JSON has no cell)',
      data: (j) => (j.事项['政府采购服务支出'] = 33.19),
      errors: [{ severity: 'error', first: null, message: '说明数据“事项·政府采购支出总额” 55.51 万元，与货物、工程、服务支出之和 56.51 万元不符，少 1.00 万元。' }],
    },
    {
      name: 'the same with a 说明数据 sheet in the workbook: the entries point at their cells there',
      grid: sampleWithSupplementSheet,
      data: (j) => (j.事项['政府采购服务支出'] = 33.19),
      errors: [{ severity: 'error', first: '说明数据!B66', includes: ['说明数据!B67', '说明数据!B68', '说明数据!B69'], message: '说明数据“事项·政府采购支出总额”（B66） 55.51 万元' }],
    },
    {
      name: 'the add-in’s 说明数据 found by its mark, not by its name: the accountant’s own 说明数据 is not pointed at',
      grid: besideTheAccountantsOwn,
      data: (j) => (j.事项['政府采购服务支出'] = 33.19),
      errors: [{ severity: 'error', first: "'说明数据（2）'!B66", message: '说明数据“事项·政府采购支出总额”（B66） 55.51 万元' }],
    },
  ],
});
