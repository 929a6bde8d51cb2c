import rule from '../../../../src/engine/audit/rules/performanceFunds';
import { recognise } from '../../../../src/engine/recognise/recognise';
import { sample, testRule } from '../../../support/ruleTester';

const T10 = '项目支出绩效自评表';

testRule(rule, {
  valid: [
    { name: 'the sample' },
    {
      name: 'the fund rows as the 安徽 form prints them (其中：本年财政拨款, 上年结余)',
      edits: [
        [T10, 'C7', '其中：本年财政拨款'],
        [T10, 'C8', '上年结余'],
      ],
    },
    { name: 'a form splitting 年度资金总额 in a row of its own (财政专户管理资金): its parts are not all read, so not summed', edits: [[T10, 'C7', '其中：财政专户管理资金']] },
  ],
  invalid: [
    { name: '当年财政拨款 执行数 changed', edits: [[T10, 'F7', 229]], errors: [{ severity: 'error', first: `${T10}!F6`, includes: [`${T10}!F7`], message: '全年执行数' }] },
    {
      name: '本年财政拨款 执行数 changed (the 安徽 form)',
      edits: [
        [T10, 'C7', '其中：本年财政拨款'],
        [T10, 'F7', 229],
      ],
      errors: [{ severity: 'error', first: `${T10}!F6`, includes: [`${T10}!F7`], message: '全年执行数' }],
    },
  ],
});

test('a row of the funds block that is none of its rows is said, and its figures not read', () => {
  const grid = sample();
  (grid.sheets.find((s) => s.name === T10)!.rows[6] as unknown[])[2] = '其中：财政专户管理资金';
  const rec = recognise(grid);
  const form = rec.projects[0]!;
  expect(form.otherFundRows?.map((c) => c.text)).toEqual(['其中：财政专户管理资金']);
  expect(form.funds.fiscal).toBeUndefined();
  expect(rec.problems.filter((p) => p.kind === 'unknown-row').map((p) => p.message)).toEqual([
    expect.stringContaining('的行“其中：财政专户管理资金”不是项目支出绩效自评表项目资金的栏目'),
  ]);
});
