/**
 * 2015年内蒙古自治区文化厅部门决算公示说明—三公经费 (区直文化系统, a stored copy at
 * http://0532keji.com/html/.xxczsg201710..201611t20161104_156525.html; the copy drops the 年 after 2014: put back). Its 三公:
 * 394.85 = 186.42 + 15.71 + 192.72 (公务用车运行维护费 192.72, 购置 0); 上年 247.15 (394.85 − 147.70), 因公出国 上年 23.45
 * (186.42 − 162.97); 部门预算 451.62 (the items' 预算 not printed: chosen, the text compares none with them); counts 16 批次 136 人次
 * abroad, 168 批次 1,284 人次 received. Every figure of the page is right.
 * Before helper-h275 three of them were unread, a wrong one passing: the total's change (…394.85万元与2014年247.15万元相比较增长
 * 147.70万元: 相比较, not 相比), 因公出国's (…186.42万元比2014年23.45万元部门决算支出增加162.97万元: the year's amount named as its
 * 部门决算支出 before the change) and the 接待 批次 (国内公务接待批次累计168次). Still unread: the 部门预算's change from 2014's
 * (287.17, a 预算 of last year no 说明数据 holds), the 出国 counts (累计16个批次、出国累计136人次) and 公务车购置0万元.
 */
import { textFindings } from '../../support/sampleText';
import { threePublicBook, threePublicSupplement } from '../../support/threePublicPage';

const GRID = threePublicBook(
  2015,
  { total: 451.62, overseasTravel: 190, vehicles: 241.62, vehiclePurchase: 0, vehicleOperation: 241.62, reception: 20 },
  { total: 394.85, overseasTravel: 186.42, vehicles: 192.72, vehiclePurchase: 0, vehicleOperation: 192.72, reception: 15.71 },
);
const SUPPLEMENT = threePublicSupplement(
  '内蒙古自治区文化厅',
  2015,
  { 三公经费合计: 247.15, '因公出国（境）费': 23.45 },
  { '因公出国（境）团组数': 16, '因公出国（境）人次': 136, 国内公务接待批次: 168, 国内公务接待人次: 1284 },
);
const PAGE = [
  '区直文化系统厅本级和11家直属单位2015年共计支出“三公经费”394.85万元,其中:因公出国(境)支出186.42万元,公务接待费支出15.71万元,公务用车购置及运行维护费支出192.72万元(公务用车运行维护费192.72万元、公务车购置0万元)。',
  '因公出国(境)支出186.42万元。主要是按上级部门和自治区政府安排的临时出访、对外文化交流、学术交流和出国培训任务,2015年累计16个批次、出国累计136人次。',
  '公务接待费支出15.71万元。公务接待费是指按规定开支的各类公务接待费。部门12个单位国内公务接待批次累计168次,国内公务接待人次1284人,主要用于来华参加各项文化交流活动的代表团和各单位为执行公务或业务活动支出的接待费。',
  '公务用车购置及运行维护费支出192.72万元。其中:公务用车购置费0元,公务用车运行维护费192.72万元,是区直文化系统各单位公务用车运行的燃料费、过路费、汽车修理费、保险费等。',
  '2015年区直文化系统“三公”经费394.85万元与2014年247.15万元相比较增长147.70万元,主要原因为2015年我厅系统“三公经费”部门预算451.62万元比2014年 “三公经费”部门预算287.17万元增加164.45万元,从而造成部门决算“三公经费”相应增长,其中:',
  '1、因公出国(境)费186.42万元比2014年23.45万元部门决算支出增加162.97万元,2015年累计出国批次和人次比2014年分别增长12个批次和119人次。',
];
const findings = (lines: readonly string[]) => textFindings(lines, GRID, SUPPLEMENT).map((f) => `${f.rule} ${f.cells[0]} ${f.message}`);
const wrongAt = (from: string, to: string) => {
  const wrong = PAGE.map((l) => l.replace(from, to));
  expect(wrong).not.toEqual(PAGE);
  return findings(wrong);
};

describe('内蒙古 文化厅 2015: “三公”经费X万元与2014年Y万元相比较增长Z万元', () => {
  it('right: no finding', () => {
    expect(findings(PAGE)).toEqual([]);
  });

  it('the total’s change after 相比较 is read', () => {
    expect(wrongAt('相比较增长147.70万元', '相比较增长174.70万元')).toEqual([
      'text-change-words 公开说明!A5 说明文字“增长174.70万元”：三公经费合计本年 394.85万元，说明数据的上年数 247.15 万元，与上年相比应为增加147.70 万元。',
    ]);
    expect(wrongAt('与2014年247.15万元', '与2014年274.15万元')).toEqual([
      'text-change-words 公开说明!A5 说明文字写上年为 274.15万元，而说明数据中三公经费合计的上年数为 247.15 万元。',
    ]);
  });

  it('因公出国’s change after last year’s amount named as its 部门决算支出 is read', () => {
    expect(wrongAt('增加162.97万元', '增加126.97万元')).toEqual([
      'text-change-words 公开说明!A6 说明文字“增加126.97万元”：因公出国（境）费本年 186.42万元，说明数据的上年数 23.45 万元，与上年相比应为增加162.97 万元。',
    ]);
    expect(wrongAt('比2014年23.45万元', '比2014年32.45万元')).toEqual([
      'text-change-words 公开说明!A6 说明文字写上年为 32.45万元，而说明数据中因公出国（境）费的上年数为 23.45 万元。',
    ]);
  });

  it('the same words naming a year before last: not held to last year’s (review r278)', () => {
    // 2013's 三公 no 说明数据 holds: neither read nor a 错误 (held to 2014's 247.15, each drew a false 错误).
    const changes = (line: string) => findings([line]).filter((f) => f.startsWith('text-change-words'));
    expect(changes('2015年区直文化系统“三公”经费394.85万元与2013年300.00万元相比较增长94.85万元。')).toEqual([]);
    expect(changes('2015年区直文化系统“三公”经费394.85万元与2013年相比较增长94.85万元。')).toEqual([]);
    expect(changes('因公出国(境)费186.42万元比2013年20.00万元部门决算支出增加166.42万元。')).toEqual([]);
    // 2014's, last year's, still held.
    expect(changes('2015年区直文化系统“三公”经费394.85万元与2014年相比较增长174.70万元。')).toHaveLength(1);
  });

  it('国内公务接待批次累计168次 is read', () => {
    expect(wrongAt('批次累计168次', '批次累计186次')).toEqual([
      'text-counts 公开说明!A3 说明文字写“国内公务接待批次累计186次”，而说明数据“事项·国内公务接待批次”为 168。',
    ]);
    // Written with 共 too; a change of the 批次 (较上年增加12次) is no count.
    const counted = (batches: string) => `公务接待费支出15.71万元。部门12个单位国内公务接待批次${batches},国内公务接待人次1284人。`;
    expect(findings([counted('共168次')])).toEqual([]);
    expect(findings([counted('共186次')])).toHaveLength(1);
    expect(findings([counted('较上年增加12次')])).toEqual([]);
  });

  it.each([
    ['394.85万元,其中', '349.85万元,其中', 'text-figures'],
    ['因公出国(境)支出186.42万元,', '因公出国(境)支出168.42万元,', 'text-figures'],
    ['公务接待费支出15.71万元,', '公务接待费支出17.51万元,', 'text-figures'],
    ['运行维护费192.72万元、', '运行维护费129.72万元、', 'text-figures'],
    ['人次1284人', '人次1248人', 'text-counts'],
    ['部门预算451.62万元', '部门预算415.62万元', 'text-budget-figures'],
    ['费186.42万元比', '费168.42万元比', 'text-figures'],
  ])('%s written as %s: found', (from, to, rule) => {
    expect(wrongAt(from, to).map((f) => f.slice(0, f.indexOf(' ')))).toContain(rule);
  });
});
