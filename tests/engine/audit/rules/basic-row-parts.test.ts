import rule from '../../../../src/engine/audit/rules/basicRowParts';
import { sample, testRule } from '../../../support/ruleTester';
import { withBasicOneBlock } from '../../../support/layouts';
import type { CellValue } from '../../../../src/engine/grid/cell';

const T6 = '一般公共预算财政拨款基本支出决算表';
const oneBlock = (change?: (key: string, row: CellValue[]) => CellValue[]) => () => withBasicOneBlock(sample(), change);
// The one-block layout's rows: title, unit, header, 合计 (row 4), then the 经济分类 in code order: 301 (row 5), 30101 (row 6)…
const plus = (key: string, col: number, wan: number) => (k: string, row: CellValue[]) => (k === key ? row.map((v, c) => (c === col ? Number(v ?? 0) + wan : v)) : row);

testRule(rule, {
  valid: [
    { name: 'the sample (its panels side by side: no split to hold)' },
    { name: 'table 06 as one block, 合计 | 人员经费 | 公用经费, each row’s split adding up', grid: oneBlock() },
  ],
  invalid: [
    {
      name: 'a row’s 人员经费 changed (its 合计 no longer its 人员经费 + 公用经费)',
      grid: oneBlock(plus('301', 3, 100)),
      errors: [{ severity: 'error', first: `${T6}!C5`, includes: [`${T6}!D5`, `${T6}!E5`], message: '“301 工资福利支出”行的合计' }],
    },
    {
      name: 'a blank 公用经费 cell given a figure',
      grid: oneBlock(plus('30101', 4, 4)),
      errors: [{ severity: 'error', first: `${T6}!C6`, includes: [`${T6}!E6`], message: '与人员经费、公用经费之和' }],
    },
  ],
});
