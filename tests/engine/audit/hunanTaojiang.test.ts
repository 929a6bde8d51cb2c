/**
 * 湖南 桃江 2019 (http://taojiang.gov.cn/26631/26632/content_2001885.html): its section on the 三公 as it was published, in
 * the sample's year (2022 for 2019: the sample book's). The page prints no table: table 07 built to the text's own
 * figures (预算 44.52, of which the page names no part: 公务用车运行费 4.52 and 公务接待费 40.00 here; 决算 22.62 = 公务接待费
 * 20.10 + 公务用车运行维护费 2.52), its counts in the 说明数据.
 * Found (helper-h283): every figure read; its claim “决算数未超过…预算数” was unread (a 决算 above the 预算 passed).
 * Left: “相比上年公务接待费有所减少” (a direction with no figure) is held to nothing.
 */
import { sampleGrid, textFindings } from '../../support/sampleText';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';

/** The sample's table 07 with the page's figures in its one row of amounts. */
function withThreePublic(row: readonly number[]): WorkbookGrid {
  return { sheets: sampleGrid().sheets.map((s) => (s.name.includes('三公') ? { ...s, rows: s.rows.map((r, i) => (i === 6 ? [...row] : r)) } : s)) };
}
const grid = withThreePublic([44.52, 0, 4.52, 0, 4.52, 40, 22.62, 0, 2.52, 0, 2.52, 20.1]);
const supplement = {
  ...changji2022Supplement,
  事项: { ...changji2022Supplement.事项, 公务用车保有量: 2, 国内公务接待批次: 520, 国内公务接待人次: 4200 },
};
const HEADING = '七、财政拨款“三公”经费支出决算情况说明';
const SECTION =
  '2022年度“三公”经费财政拨款支出预算为44.52万元,2022年实际支出“三公经费”决算为22.62万元。其中公务接待费为20.10万元,占88.86%;公务用车运行维护费为2.52万元,占11.14%。本年度“三公经费”决算数未超过2022年预算数。无因公出国(境)人数,公务用车保有量为2辆,国内公务接待批次为520个,接待人次为4200人。';
const found = (text: string, g: WorkbookGrid = grid) => textFindings([HEADING, text], g, supplement).map((f) => `${f.rule}: ${f.message}`);

describe('桃江 2019 (湖南): the 三公 section', () => {
  it('as published, in the table’s figures: no finding', () => {
    expect(found(SECTION)).toEqual([]);
  });

  it.each([
    ['预算为44.52', '预算为45.52', 'text-budget-figures: 说明文字“2022年度三公经费财政拨款支出预算为45.52万元,2022年实际支出三公经费决算为22.62万元”写预算为 45.52万元，而财政拨款“三公”经费支出决算表中为 44.52 万元。'],
    ['公务接待费为20.10', '公务接待费为21.10', 'text-figures: 说明文字写“公务接待费21.10万元”，而财政拨款“三公”经费支出决算表中为 20.10 万元。'],
    ['运行维护费为2.52', '运行维护费为3.52', 'text-figures: 说明文字写“公务用车运行维护费3.52万元”，而财政拨款“三公”经费支出决算表中为 2.52 万元。'],
    ['占88.86%', '占89.86%', 'text-shares: 说明文字“20.10万元,占89.86%”：占比应为 88.86%（20.10万元 ÷ 22.62万元），文中为 89.86%。'],
    ['占11.14%', '占12.14%', 'text-shares: 说明文字“2.52万元,占12.14%”：占比应为 11.14%（2.52万元 ÷ 22.62万元），文中为 12.14%。'],
    ['保有量为2辆', '保有量为3辆', 'text-counts: 说明文字写“公务用车保有量为3辆”，而说明数据“事项·公务用车保有量”为 2。'],
    ['接待人次为4200人', '接待人次为4300人', 'text-counts: 说明文字写“国内公务接待批次为520个,接待人次为4300人”，而说明数据“事项·国内公务接待人次”为 4200。'],
  ])('one wrong figure (%s → %s) is one 错误 with the right one', (right, wrong, message) => {
    expect(found(SECTION.replace(right, wrong))).toEqual([message]);
  });

  // The 决算 total wrong: its own 错误, and its parts' shares, which the text takes of it, are wrong of it too.
  it('a wrong 决算 total is found with the table’s', () => {
    expect(found(SECTION.replace('决算为22.62', '决算为23.62'))).toContain('text-figures: 说明文字写“三公经费23.62万元”，而财政拨款“三公”经费支出决算表中为 22.62 万元。');
  });

  // A 决算 above the 预算 said not to be (the table's 预算 20.00, the text's in its figures): the words contradicted.
  it('“决算数未超过预算数” where the 决算 is above the 预算 is a 错误', () => {
    const over = withThreePublic([20, 0, 4.52, 0, 4.52, 15.48, 22.62, 0, 2.52, 0, 2.52, 20.1]);
    expect(found(SECTION.replace('预算为44.52', '预算为20.00'), over)).toEqual([
      'text-budget-comparison: 说明文字“决算数未超过2022年预算数”与数字不符：预算 20.00万元、决算 22.62万元。请改正比较用词或数字。',
    ]);
  });
});
