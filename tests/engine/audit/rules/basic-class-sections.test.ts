import rule from '../../../../src/engine/audit/rules/basicClassSections';
import { sample, testRule } from '../../../support/ruleTester';
import { withBasicOneBlock } from '../../../support/layouts';
import type { CellValue } from '../../../../src/engine/grid/cell';

const T6 = '一般公共预算财政拨款基本支出决算表';
// Table 06 as one block (合计 | 人员经费 | 公用经费): 301 on row 5, 30101 on row 6, a 款's 公用经费 given 4.00 where it was blank.
const withPublicOn30101 = () => withBasicOneBlock(sample(), (key, row: CellValue[]) => (key === '30101' ? row.map((v, c) => (c === 4 ? 4 : v)) : row));

testRule(rule, {
  valid: [{ name: 'the sample' }, { name: 'table 06 as one block (合计 | 人员经费 | 公用经费), each column adding up', grid: () => withBasicOneBlock(sample()) }],
  invalid: [{ name: 'a 款 changed', edits: [['一般公共预算财政拨款基本支出决算表', 'C7', 136.62]], errors: [{ severity: 'error', first: '一般公共预算财政拨款基本支出决算表!C6', includes: ['一般公共预算财政拨款基本支出决算表!C7'], message: '301 工资福利支出' }] },
    {
      name: 'table 06 as one block: a 款’s 公用经费 that its 类’s does not hold (each column of the split held as the 合计 is)',
      grid: withPublicOn30101,
      errors: [
        { severity: 'error', first: `${T6}!E5`, includes: [`${T6}!E6`], message: '“301 工资福利支出”的公用经费' },
      ],
    },
  ],
});
