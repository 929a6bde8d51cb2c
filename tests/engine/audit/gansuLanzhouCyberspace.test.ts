/**
 * 甘肃 2023年度兰州市委网络安全和信息化委员会办公室部门决算公开说明 (a stored copy at https://xxmncs.com/cases/3141.html: a
 * reposting site; its words as it has them, 根本原因 where the 甘肃 template says 主要原因). All its money is 一般公共预算财政拨款:
 * 收、支总计 = 财政拨款收、支总计 = 一般公共预算财政拨款支出 = 1,201.05, each 上年 1,793.83 (1,201.05 + 592.78; 592.78 / 1,793.83
 * = 33.05%: right). Tables 01, 04 and 05 rebuilt with that one amount (oneFiscalItemBook: all 基本支出 of 2010301; the page's
 * split by subject is in its attachments, not read here). Every figure of the page is right, and each is read: made wrong,
 * one 错误 (an amount's change made wrong also puts its rate off: two).
 */
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { textFindings } from '../../support/sampleText';
import { oneFiscalItemBook } from '../../support/oneItemBook';

const TOTAL = 1201.05;
const PRIOR = 1793.83;

const supplement = JSON.parse(JSON.stringify(changji2022Supplement));
supplement.单位名称 = '兰州市委网络安全和信息化委员会办公室';
supplement.年度 = 2023;
for (const key of ['收入总计', '支出总计', '财政拨款收入总计', '财政拨款支出总计', '一般公共预算财政拨款支出']) Object.assign(supplement.指标[key], { 上年数: PRIOR });
supplement.指标.本年收入合计 = { 上年数: PRIOR };

const REASON = '根本原因是严格落实过“紧日子”要求，大力压减一般性支出，一般公共预算财政拨款减少。';
const PAGE = [
  `2023年度收、支总计均为1201.05万元。与上年度相比，收、支总计减少592.78万元，下降33.05%，${REASON}`,
  `2023年度财政拨款收、支总计均为1201.05万元。与上年相比，减少592.78万元，下降33.05%。${REASON}`,
  `2023年度一般公共预算财政拨款支出1201.05万元，较上年决算数减少592.78万元，下降33.05%。${REASON}`,
];
const grid = oneFiscalItemBook(2023, TOTAL);
const findings = (lines: readonly string[]) => textFindings(lines, grid, supplement).map((f) => `${f.rule} ${f.severity} ${f.cells[0]}: ${f.message}`);
/** PAGE with `from` made `to` in line `at` (1-based) alone. */
const wrongIn = (at: number, from: string, to: string) => findings(PAGE.map((l, i) => (i === at - 1 ? l.replace(from, to) : l)));

const NAMES = ['收入支出决算总表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表'];
const AMOUNTS = ['“收、支总计1210.05万元”', '“财政拨款收、支总计1210.05万元”', '“一般公共预算财政拨款支出1210.05万元”'];
const KEYS = ['收入总计', '财政拨款收入总计', '一般公共预算财政拨款支出'];

describe('兰州市委网信办 2023: 收、支总计均为…，与上年度相比…减少…，下降…', () => {
  it('as published: no finding', () => {
    expect(findings(PAGE)).toEqual([]);
  });

  it('as stored (half-width commas): no finding', () => {
    expect(findings(PAGE.map((l) => l.replace(/，/g, ',')))).toEqual([]);
  });

  it.each([1, 2, 3])('line %i: its amount made wrong is one 错误, the table’s figure in it', (at) => {
    expect(wrongIn(at, '1201.05', '1210.05')).toEqual([
      `text-figures error 公开说明!A${at}: 说明文字写${AMOUNTS[at - 1]}，而${NAMES[at - 1]}中为 1,201.05 万元。`,
    ]);
  });

  // Its rate, 33.05%, is 592.78 over the 上年数 1,793.83: right, no second 错误 (helper-h317). Worked back from the wrong 529.78 it
  // was one, its message asking for 30.61%, a wrong figure (review r325: the helper's change, this expectation left as it was).
  it.each([1, 2, 3])('line %i: its change made wrong is one 错误, against the 说明数据’s 上年数', (at) => {
    expect(wrongIn(at, '592.78', '529.78')).toEqual([
      `text-change-words error 公开说明!A${at}: 说明文字“减少529.78万元,下降33.05%”：${KEYS[at - 1]}本年 1201.05万元，说明数据的上年数 1,793.83 万元，与上年相比应为减少592.78 万元。`,
    ]);
  });

  it.each([1, 2, 3])('line %i: its rate made wrong is one 错误', (at) => {
    expect(wrongIn(at, '33.05%', '35.03%')).toEqual([
      `text-change-words error 公开说明!A${at}: 说明文字“减少592.78万元,下降35.03%”：本年 1201.05万元、减少 592.78万元，则上年为 1,793.83万元，增减率应为 33.05%，而文中为 35.03%。`,
    ]);
  });
});
