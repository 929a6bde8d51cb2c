/**
 * A 事业单位 in the 重庆 template: 重庆市綦江区公路事务中心2023年度决算公开说明
 * (http://cqqj.gov.cn/zwgk_159/fdzdgknr/czyjs/js/jtj/202410/t20241022_13728183_wap.html). Its §二（一） states table 01's totals:
 * 收入总计 = 收入合计 = 支出总计 10,328.56 (no 年初结转和结余 this year), 上年 10,328.56 − 418.97 = 9,909.59 (4.23%), 收入合计 上年
 * 10,328.56 − 1,894.61 = 8,433.95 (22.46%). Rebuilt on the sample's workbook as 开州区大进镇's (its split by source and subject
 * not stated: all 一般公共预算财政拨款 under 2010301 here). Its reasons state other items' changes (一般公共财政拨款收入较上年增加
 * 2296.45万元，…，年初结转结余减少1475.63万元): no 上年数 of ours, no finding. Read before helper-h239 only by their rates:
 * 收支较上年决算数增加… (a bare 收支) and 收入合计's change against its 上年数.
 */
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { textFindings } from '../../support/sampleText';
import { oneItemBook } from '../../support/oneItemBook';

const TOTAL = 10328.56;

const supplement = JSON.parse(JSON.stringify(changji2022Supplement));
supplement.年度 = 2023;
Object.assign(supplement.指标.收入总计, { 上年数: 9909.59 });
Object.assign(supplement.指标.支出总计, { 上年数: 9909.59 });
supplement.指标.本年收入合计 = { 上年数: 8433.95 };

/** §二（一）1–2 as published (its punctuation as the page has it), to where the stored copy ends its sentence. */
const PUBLISHED = [
  '(一)收入支出决算总体情况说明。',
  '1.总体情况。2023年度收入总计10328.56万元,支出总计10328.56万元。收支较上年决算数增加418.97万元,增长4.23%,主要原因是一般公共财政拨款收入较上年增加2296.45万元,政府性基金减少401.85万元,年初结转结余减少1475.63万元。',
  '2.收入情况。2023年度收入合计10328.56万元,较上年决算数增加1894.61万元,增长22.46%,主要原因是上年年初结转资金1475.63万元,实际较上年增加资金418.98万元。',
];
const grid = oneItemBook(2023, TOTAL);
const findings = (lines: readonly string[]) => textFindings(lines, grid, supplement).map((f) => `${f.rule} ${f.cells[0]}: ${f.message}`);

describe('重庆市綦江区公路事务中心 2023: its §二（一） read against its table 01', () => {
  it('agrees with it, its reasons’ changes no false 错误: no finding', () => {
    expect(findings(PUBLISHED)).toEqual([]);
  });

  it.each([
    ['增加418.97万元', '增加481.97万元'],
    ['增长4.23%', '增长3.24%'],
    // A pair agreeing with itself (10,328.56 − 518.97 = 9,809.59; 5.29%), wrong against the 上年数.
    ['增加418.97万元,增长4.23%', '增加518.97万元,增长5.29%'],
    ['增加1894.61', '增加1849.61'],
    ['增长22.46%', '增长24.26%'],
    // 10,328.56 − 1,994.61 = 8,333.95; 23.93%.
    ['增加1894.61万元,增长22.46%', '增加1994.61万元,增长23.93%'],
  ])('finds %s written as %s', (right, wrong) => {
    const lines = PUBLISHED.map((l) => l.replace(right, wrong));
    expect(lines).not.toEqual(PUBLISHED);
    expect(findings(lines).map((f) => f.split(' ')[0])).toContain('text-change-words');
  });
});
