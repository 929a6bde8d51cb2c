/**
 * §七's items one paragraph a cell under short numbered headings (上海 2024 template's order: 1.因公出国（境）费 / 2.公务用车购置及
 * 运行维护费 / 3.公务接待费, each heading a cell of its own, as departments lay the text out in the workbook; the 中央 template's
 * parts 1.国内公务接待 / 2.外事接待 under （三）公务接待费). A heading under 12 characters was a label no text cell held: the
 * paragraph after it stayed under the heading before, its bare 支出 unread (a wrong one passed) or the earlier item's (helper-h314).
 * Every rule over the text placed in the sample (昌吉 2022: 因公出国 0.00, 公务用车 4.79 = 购置 0.00 + 运行维护 4.79, 接待 0.20
 * (上年 0.26), 3 批次 18 人次).
 */
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { textFindings } from '../../support/sampleText';

const findings = (lines: readonly string[], supplement: unknown = changji2022Supplement) =>
  textFindings(lines, undefined, supplement).map((f) => `${f.severity} ${f.rule} ${f.cells[0]}: ${f.message}`);

const ITEMS = [
  '七、财政拨款“三公”经费支出决算情况说明',
  '（二）“三公”经费财政拨款支出决算具体情况说明。',
  '1.因公出国（境）费',
  '本单位无此项支出。',
  '2.公务用车购置及运行维护费',
  '支出4.79万元，比上年增加0.04万元，增长0.84%。其中：公务用车购置费0.00万元，公务用车运行维护费4.79万元。',
  '3.公务接待费',
  '支出0.20万元，比上年减少0.06万元，下降23.08%。主要用于接待上级领导检查的就餐费。',
];

describe('上海 template order, one paragraph a cell under short numbered item headings', () => {
  it('says nothing of the right text', () => {
    expect(findings(ITEMS)).toEqual([]);
  });

  it('finds the 公务接待费 paragraph’s wrong amount under 3.公务接待费, held to the 公务接待费', () => {
    // 0.30 less 0.04 is the 说明数据's 上年 0.26, 0.04 of it 15.38%: only the amount is wrong.
    const wrong = ITEMS.map((l) => l.replace('支出0.20万元，比上年减少0.06万元，下降23.08%', '支出0.30万元，比上年增加0.04万元，增长15.38%'));
    expect(findings(wrong)).toEqual(['error text-figures 公开说明!A8: 说明文字写“公务接待费0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。']);
  });

  it('finds a none under a short numbered heading of an item table 07 has some of, and reads nothing under an unnumbered label', () => {
    const wrong = ITEMS.map((l) => l.replace('1.因公出国（境）费', '3.公务接待费'));
    expect(findings(wrong)).toEqual([
      'error text-none-stated 公开说明!A4: 说明文字写“3.公务接待费：本单位无此项支出”，而《财政拨款“三公”经费支出决算表》中公务接待费决算数为 0.20 万元。',
    ]);
    // An unnumbered label stays a label: the paragraph is not read as its item's.
    expect(findings(ITEMS.map((l) => l.replace('1.因公出国（境）费', '公务接待费')))).toEqual([]);
  });
});

describe('the 中央 template’s parts of the 公务接待 under numbered sub-headings', () => {
  const PARTS = ['（三）公务接待费', '支出0.20万元。', '1.国内公务接待', '支出0.15万元，接待3批次18人次。', '2.外事接待', '支出0.05万元。'];
  const withForeign = (amount: number) => ({ ...changji2022Supplement, 事项: { ...changji2022Supplement.事项, 外宾接待费: amount } });

  it('holds the 外事 part to the 说明数据’s 外宾接待费, never the 国内 part to the whole', () => {
    expect(findings(PARTS, withForeign(0.05))).toEqual([]);
    // No 外宾接待费 in the 说明数据: neither part is read.
    expect(findings(PARTS.map((l) => l.replace('0.05万元', '0.07万元')))).toEqual([]);
    expect(findings(PARTS.map((l) => l.replace('0.05万元', '0.07万元')), withForeign(0.05))).toEqual([
      'error text-matter-amounts 公开说明!A6: 说明文字写“2.外事接待：支出0.07万元”，而说明数据“事项·外宾接待费”为 0.05 万元。',
    ]);
  });
});
