import rule from '../../../../src/engine/audit/rules/fiscalFundParts';
import type { CellValue, WorkbookGrid } from '../../../../src/engine/grid/cell';
import { testRule } from '../../../support/ruleTester';

const FUNDS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];

/** Table 04 as 财政部's form prints it: 合计 | each fund {小计 | 基本支出 | 项目支出}; one 类 paid from 政府性基金. */
function split(): WorkbookGrid {
  const heads: CellValue[] = ['项目', '决算数', '项目', '合计'];
  const subheads: CellValue[] = [null, null, null, null];
  for (const f of FUNDS) ['小计', '基本支出', '项目支出'].forEach((p, i) => (heads.push(i === 0 ? f : null), subheads.push(p)));
  const fund = ([basic, project]: number[]) => [basic! + project!, basic!, project!];
  const line = (general: number[], gov: number[]): CellValue[] => [general[0]! + general[1]! + gov[0]! + gov[1]!, ...fund(general), ...fund(gov), ...fund([0, 0])];
  const rows: CellValue[][] = [
    ['财政拨款收入支出决算总表'],
    ['部门：某某局', ...Array<null>(11), '单位：万元'],
    ['收入', null, '支出'],
    heads,
    subheads,
    ['一、一般公共预算财政拨款', 300, '一、一般公共服务支出', ...line([200, 100], [0, 0])],
    ['二、政府性基金预算财政拨款', 100, '二、城乡社区支出', ...line([0, 0], [0, 100])],
    ['三、国有资本经营预算财政拨款', 0, '三、其他支出', ...line([0, 0], [0, 0])],
    ['本年收入合计', 400, '本年支出合计', ...line([200, 100], [0, 100])],
    ['年初财政拨款结转和结余', 0, '年末财政拨款结转和结余', ...line([0, 0], [0, 0])],
    ['一般公共预算财政拨款', 0],
    ['政府性基金预算财政拨款', 0],
    ['国有资本经营预算财政拨款', 0],
    ['总计', 400, '总计', ...line([200, 100], [0, 100])],
  ];
  return { sheets: [{ name: '表4', rows }] };
}

testRule(rule, {
  valid: [{ name: 'the sample (no fund split)' }, { name: 'every fund split, every row adding up', grid: split }],
  invalid: [
    {
      name: 'the 政府性基金 项目支出 of a 类 changed',
      grid: split,
      edits: [['表4', 'J7', 90]],
      errors: [{ severity: 'error', first: '表4!H7', includes: ['表4!I7', '表4!J7'], message: '行的政府性基金预算财政拨款小计' }],
    },
  ],
});
