/**
 * The wording of a 梧州 (广西) 2023年度 单位决算 printed as HTML from its PDF
 * (http://117.141.250.58:10060/wzyjsgkpt/uploadFile/upload1443/upload20241014/553A6CF7F3D64A49C4A6E4DE805B91F7.html, the part
 * stored: its §二 and §三 on 收入/支出): “5.经营收入 0.00 万，为事业单位…”, “7.使用非财政拨款结余(含专用结余)0.00 万元，主要是…”,
 * “8.上年结转和结余 8.02 万元，为以前年度支出预算…。较 2022 年度决算数增加 0.78 万元，增长 10.8%” (0.78 / 7.24 = 10.77%),
 * “(二)本单位 2023 年度总支出 125.08 万元，其中本年支出 116.12 万元，较 2022 年度决算数增加 19.68 万元”: its own figures agree
 * as far as they go. Its wording put on the sample's figures (使用非财政拨款结余 115.50, 年初结转和结余 0, 总计 1,488.29).
 * Two of its labels were unread, a wrong figure after them passing (helper-h201): 使用非财政拨款结余(含专用结余) (table 01's own
 * label in many regions, DOMAIN §2) and 上年结转和结余 (table 01's 年初结转和结余 as the 2023 forms of several regions name it).
 */
import { textFindings } from '../../support/sampleText';

function findings(text: string): string[] {
  return textFindings(text).map((f) => `${f.rule}: ${f.message}`);
}

describe('梧州 2023: its labels of table 01 in §二', () => {
  const surplus = '7.使用非财政拨款结余(含专用结余)115.50 万元,主要是所属事业单位在当年的“财政拨款收入”“事业收入”“经营收入”及“其他收入”不能保证其支出的情况下,使用以前年度积累的非财政拨款结余、专用结余弥补本年度收支缺口的资金。';
  const opening = '8.上年结转和结余 0.00 万元,为以前年度支出预算因客观条件变化未执行完毕、结转到本年度按有关规定继续使用的资金。';

  it('right: no finding', () => {
    expect(findings(surplus)).toEqual([]);
    expect(findings(opening)).toEqual([]);
  });

  it('使用非财政拨款结余(含专用结余) made wrong is found', () => {
    expect(findings(surplus.replace('115.50', '151.50'))).toEqual(['text-figures: 说明文字写“使用非财政拨款结余(含专用结余)151.50万元”，而收入支出决算总表中为 115.50 万元。']);
  });

  it('上年结转和结余 made wrong is found', () => {
    expect(findings(opening.replace('0.00 万元', '8.02 万元'))).toEqual(['text-figures: 说明文字写“上年结转和结余8.02万元”，而收入支出决算总表中为 0.00 万元。']);
  });
});
