/**
 * The wording of a real published 部门决算 from 甘肃: 天水市幼儿园 2017年度部门决算公开 (http://www.kmxxf.com/jyj/info/1217/105784.htm,
 * the text only: no table is on the page). Its §三 states 一般公共预算财政拨款支出总计1741.75万元，与上年相比减少53.7万元，降低2.99%
 * (1795.45 before: 53.7 / 1795.45 = 2.99%, right); 完成年初预算100%，决算数大于预算数55.93万元 (1741.75 / 1685.82 = 103.32%: the
 * document's own error, 100% and 大于 cannot both hold), and 教育支出 likewise. Read here against the sample's tables (table 05's 合计
 * 1,363.45, 说明数据 上年数 702.89): the sentence in the sample's figures, then as published.
 * Found unread (helper-h189): 一般公共预算财政拨款支出总计 (a wrong figure, amount or rate passed).
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { runAudit } from '../../../src/engine/audit/audit';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { sheet } from '../../support/ruleTester';

const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
const { supplement } = parseSupplementJson(JSON.parse(JSON.stringify(changji2022Supplement)));
const audit = (lines: readonly string[]) => {
  const withText = { sheets: [...grid.sheets, sheet('公开说明', lines.map((l) => [l]))] };
  return runAudit({ recognition: recognise(withText), supplement, grid: withText })
    .filter((f) => f.severity !== 'rounding' && f.cells.some((c) => c.startsWith('公开说明!')))
    .map((f) => `${f.rule} ${f.cells[0]}`);
};
const HEADING = '三、一般公共预算财政拨款支出决算情况。';
// 1,363.45 − 702.89 = 660.56; 660.56 / 702.89 = 93.98%.
const RIGHT = '2022年度，本单位一般公共预算财政拨款支出总计1363.45万元，与上年相比增加660.56万元，增长93.98%。';

describe('天水市幼儿园 2017 (甘肃): 一般公共预算财政拨款支出总计 …', () => {
  it('in the sample’s figures: no finding', () => {
    expect(audit([HEADING, RIGHT])).toEqual([]);
  });

  it.each([
    ['总计1363.45', '总计1463.45', 'text-figures 公开说明!A2'],
    ['增加660.56', '增加600.56', 'text-change-words 公开说明!A2'],
    ['增长93.98%', '增长83.98%', 'text-change-words 公开说明!A2'],
  ])('a wrong figure is found: %s → %s', (from, to, finding) => {
    expect(audit([HEADING, RIGHT.replace(from, to)])).toContain(finding);
  });

  it('as published: its figures are not the sample’s, and its own error (完成年初预算100% beside 决算数大于预算数55.93万元) is found', () => {
    const published = '2022年度，本单位一般公共预算财政拨款支出总计1741.75万元，与上年相比减少53.7万元，降低2.99%；完成年初预算100%，决算数大于预算数55.93万元，主要原因：职工工资调标个人部分增加，及增加学前教育免保教费资金补助。';
    const found = audit([HEADING, published]);
    expect(found).toContain('text-budget-comparison 公开说明!A2');
    expect(found).toContain('text-figures 公开说明!A2');
  });
});
