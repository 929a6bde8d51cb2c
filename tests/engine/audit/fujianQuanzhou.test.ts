/**
 * 福建 泉州台商投资区 2022年政府预决算相关重要事项说明 (http://www.840388.com/zwgk/zdxxgk/czyjs/qjczjs/202307/t20230718_2905492.htm,
 * a stored copy): each 款 named by its code, a dash, then its name (1、20103-政府办公厅（室）及相关机构事务9185万元，较2021年
 * 决算数增加2686万元，增长41.33%; the 类 alike: （一）201-一般公共服务支出23653万元…). The page prints no table: its wording is
 * put on the sample's figures (table 05: 20103 1,225.73, 2010302 718.22 with 说明数据 上年数 68.00), and its own sentences are
 * read for their agreement: every rate right as published (增长100% from nothing aside), and its own slip found —
 * 11、20123-民族事务156万元，与2022年决算数持平 in a 2022 document (上年 is 2021).
 * Unread before helper-h208: a 款's or 项's amount after code-dash-name (20103-…, 2010302-…): a wrong one passed.
 */
import { textFindings } from '../../support/sampleText';

const messages = (lines: string | readonly string[], rule?: string) =>
  textFindings(lines)
    .filter((f) => rule === undefined || f.rule === rule)
    .map((f) => f.message);

const PAGE = [
  '一、泉州台商投资区支出决算说明',
  '2022年度泉州台商投资区一般公共预算支出数为242259万元，比2021年度决算数增加63678万元，增长35.66%。具体情况如下（分款级科目表述）：',
  '（一）201-一般公共服务支出23653万元，较2021年决算数增加2954万元，增长14.27%，其中：',
  '1、20103-政府办公厅（室）及相关机构事务9185万元，较2021年决算数增加2686万元，增长41.33%。',
  '2、20104-发展与改革事务1182万元，较2021年决算数增加138万元，增长13.22%。',
  '3、20105-统计信息事务50万元，较2021年决算数减少87万元，下降63.5%。',
  '7、20109-海关事务50万元，较2021年决算数增加50万元，增长100%。',
  '11、20123-民族事务156万元，与2022年决算数持平。',
  '16、20133-宣传事务593万元，较2021年决算数增加430万元，增长263.8%。',
];

describe('泉州台商投资区 2022 (福建): code-dash-name, then the amount', () => {
  it('as published: its rates agree; its 与2022年决算数持平 is found', () => {
    expect(messages(PAGE, 'text-change-words')).toEqual([]);
    expect(messages(PAGE, 'text-template-leftovers')).toEqual(['工作表“公开说明”的说明文字中“与2022年决算”应与上年（2021年）相比：请改为2021年。']);
  });

  describe('on the sample’s figures', () => {
    it.each([
      '1、20103-政府办公厅（室）及相关机构事务1225.73万元。',
      '（一）201-一般公共服务支出1225.73万元。',
      '1、2010302-一般行政管理事务718.22万元，较2021年决算数增加650.22万元，增长956.21%。',
    ])('right: %s', (text) => {
      expect(messages(text)).toEqual([]);
    });

    it.each([
      ['1、20103-政府办公厅（室）及相关机构事务1252.73万元。', '说明文字写“20103政府办公厅(室)及相关机构事务1252.73万元”，而一般公共预算财政拨款支出决算表中为 1,225.73 万元。'],
      // The amount wrong, its change from the 上年数 made to agree: only table 05 tells.
      ['1、2010302-一般行政管理事务700.22万元，较2021年决算数增加632.22万元，增长929.74%。', '说明文字写“2010302一般行政管理事务700.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元。'],
    ])('wrong, found: %s', (text, message) => {
      expect(messages(text, 'text-figures')).toEqual([message]);
    });
  });
});
