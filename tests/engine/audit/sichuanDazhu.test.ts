/**
 * 大竹县农业技术推广中心 2024 (四川, http://www.dazhu.gov.cn/xxgk-show-223848.html): “2024年度收、支总计17891.75万元。与2023年相比,
 * 收、支总计各增加588.09万元,增长3.4%。主要变动原因是专项资金支出增加。(图1:收、支决算总计变动情况图)” — the 四川 template with
 * one amount for both totals (neither 均为 nor 各是), one change after 各, its rate to one decimal (588.09 / 17,303.66 = 3.399%:
 * the page is right). The stored page ends there: its wording put on the sample's figures (1,488.29 both, 上年 1,801.23,
 * 减少312.94, 下降17.37%). Read already (helper-h258 found no gap): kept so that it stays read.
 */
import { textFindings } from '../../support/sampleText';

const findings = (text: string | readonly string[]) => textFindings(text).map((f) => `${f.rule}: ${f.message}`);

const PAGE = ['2022年度收、支总计1488.29万元。与2021年相比,收、支总计各减少312.94万元,下降17.4%。主要变动原因是专项资金支出增加。', '(图1:收、支决算总计变动情况图)'];

describe('大竹县农业技术推广中心 2024: 收、支总计X万元，收、支总计各增加Y万元，增长Z%', () => {
  it('right, its rate to one decimal: no finding', () => {
    expect(findings(PAGE)).toEqual([]);
  });

  it.each([
    ['收、支总计1488.29万元', '收、支总计1488.92万元', 'text-figures'],
    ['各减少312.94万元', '各减少321.94万元', 'text-change-words'],
    ['下降17.4%', '下降17.7%', 'text-change-words'],
  ])('%s written as %s: found', (right, wrong, rule) => {
    expect(findings(PAGE.map((l) => l.replace(right, wrong))).map((f) => f.split(':')[0])).toContain(rule);
  });
});
