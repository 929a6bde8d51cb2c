/**
 * The 重庆 template as a 乡镇 published it: 重庆市开州区大进镇人民政府2024年度决算公开说明
 * (http://www.cqkz.gov.cn/qzfjz_238/hfjdbsc_81980/zwgk_73112/fdzdgknr_73114/ysjs/jsgk/202509/t20250922_15031132.html). Its
 * §二（一） states table 01's totals: 收入总计 = 收入合计 = 支出总计 4,697.76 (no 年初结转和结余), 上年 4,697.76 + 956.31 =
 * 5,654.07 (956.31 / 5,654.07 = 16.91%: its 16.9% right). The page's tables are attachments: table 01's totals are rebuilt
 * here (the sample's workbook, its year 2024; the split of 4,697.76 by source and subject is not stated: all 一般公共预算财政拨款
 * under 2010301 here), the others left the sample's. The stored copy ends inside §二（一）2 (…下降16.9%，主要).
 * Before helper-h239, both changes went unread, a wrong amount or rate passing:
 *   - 收、支与2023年度相比，减少956.31万元，下降16.9%: a sentence opening on a bare 收、支 after the one stating the totals;
 *   - 2024年度收入合计4697.76万元，2023年度相比，减少…: the comparison's 与 left out (the page's slip), 2023年度相比 taken for a name;
 *     and 收入合计 (the template's name of 本年收入合计) named no 说明数据 指标: a pair agreeing with itself passed.
 */
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { textFindings } from '../../support/sampleText';
import { oneItemBook } from '../../support/oneItemBook';

const TOTAL = 4697.76;

const supplement = JSON.parse(JSON.stringify(changji2022Supplement));
supplement.年度 = 2024;
Object.assign(supplement.指标.收入总计, { 上年数: 5654.07 });
Object.assign(supplement.指标.支出总计, { 上年数: 5654.07 });
supplement.指标.本年收入合计 = { 上年数: 5654.07 };

/** §二（一）1–2 as published, to where the stored copy ends (its last clause closed here). */
const PUBLISHED = [
  '（一）收入支出决算总体情况说明',
  '1.总体情况。2024年度收入总计4697.76万元，支出总计4697.76万元。收、支与2023年度相比，减少956.31万元，下降16.9%，主要原因是2024年上级对我单位各类项目投入量有所减少，故造成本年收支总体略有减少。',
  '2.收入情况。2024年度收入合计4697.76万元，2023年度相比，减少956.31万元，下降16.9%。',
];

const grid = oneItemBook(2024, TOTAL);
const findings = (lines: readonly string[]) => textFindings(lines, grid, supplement).map((f) => `${f.rule} ${f.cells[0]}: ${f.message}`);
const TOTALS_CHANGE = '减少956.31万元，下降16.9%，主要原因';
const INCOME_CHANGE = '减少956.31万元，下降16.9%。';

describe('重庆市开州区大进镇人民政府 2024: §二（一） read against its table 01', () => {
  it('agrees with it: no finding', () => {
    expect(findings(PUBLISHED)).toEqual([]);
  });

  it.each([
    ['收入总计4697.76', '收入总计4679.76', 'text-figures 公开说明!A2'],
    ['支出总计4697.76', '支出总计4679.76', 'text-figures 公开说明!A2'],
    // 收、支与2023年度相比: unread before helper-h239.
    [TOTALS_CHANGE, TOTALS_CHANGE.replace('956.31', '965.31'), 'text-change-words 公开说明!A2'],
    [TOTALS_CHANGE, TOTALS_CHANGE.replace('16.9%', '19.6%'), 'text-change-words 公开说明!A2'],
    ['收入合计4697.76', '收入合计4679.76', 'text-figures 公开说明!A3'],
    // 收入合计…，2023年度相比，减少…: unread before helper-h239.
    [INCOME_CHANGE, INCOME_CHANGE.replace('956.31', '965.31'), 'text-change-words 公开说明!A3'],
    [INCOME_CHANGE, INCOME_CHANGE.replace('16.9%', '19.6%'), 'text-change-words 公开说明!A3'],
    // A pair agreeing with itself (4,697.76 + 856.31 = 5,554.07; 15.42%), wrong against 本年收入合计's 上年数: 收入合计 named no
    // 说明数据 指标 before helper-h239.
    [INCOME_CHANGE, '减少856.31万元，下降15.42%。', 'text-change-words 公开说明!A3'],
    [TOTALS_CHANGE, '减少856.31万元，下降15.42%，主要原因', 'text-change-words 公开说明!A2'],
  ])('finds %s written as %s', (right, wrong, finding) => {
    const lines = PUBLISHED.map((l) => l.replace(right, wrong));
    expect(lines).not.toEqual(PUBLISHED);
    expect(findings(lines).map((f) => f.slice(0, f.indexOf(':')))).toContain(finding);
  });

  it('holds a change compared with a year not last (…，2022年度相比，…) to no 上年数: no false 错误', () => {
    const other = ['1.总体情况。2024年度收入总计4697.76万元，2022年度相比，减少100.00万元，下降2.08%。', '2.收入情况。2024年度收入合计4697.76万元，2022年度相比，减少100.00万元，下降2.08%。'];
    expect(findings(other)).toEqual([]);
  });
});
