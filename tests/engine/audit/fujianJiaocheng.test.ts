/**
 * 福建 宁德市蕉城区 2022年区本级财政总决算相关重要事项说明 (福建省财政厅 闽财预〔2019〕4号 template; stored copy at
 * http://www.gibraltarinsight.com/zwgk/czzj/zfyjsgk/zfjsgk/202310/t20231017_1872322.htm): every change is written 较上年增支… /
 * 减支…, then its rate (一般公共服务支出48639万元，较上年减支5273万元，下降9.8%; 人大事务1087万元，较上年增支204万元，增长23.1%). The
 * page prints no table: its sentences are read for their own agreement (each rate of its amount and change: all right as
 * published), and its wording put on the sample's figures (一般公共预算财政拨款支出 1,363.45, 说明数据 上年数 702.89).
 * Unread before helper-h208: 增支/减支 (and 增收/减收) were no change's words; a wrong amount or rate passed. And the page's
 * completion rate 占调整预算数115.8% (占…预算数 with no 的): a wrong one passed.
 */
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { sampleGrid, textFindings } from '../../support/sampleText';

const changeFindings = (lines: string | readonly string[]) =>
  textFindings(lines)
    .filter((f) => f.rule === 'text-change-words')
    .map((f) => f.message);

const PAGE = [
  '2022年度蕉城区本级一般公共预算支出数为459989万元，占调整预算数115.8%，增支42991万元，增长10.3%。主要项目支出情况如下：',
  '（一）一般公共服务支出48639万元，较上年减支5273万元，下降9.8%，主要是上年档案馆新馆建设支出以及宁德市城市更新建设发展有限公司启动资金支出的影响。其中：',
  '1.人大事务1087万元，较上年增支204万元，增长23.1%；',
  '2.政协事务805万元，较上年增支187万元，增长30.3%；',
  '3.政府办公厅（室）及相关机构事务18524万元，较上年减支2484万元，下降11.8%，主要是上年宁德市城市更新建设发展有限公司启动资金支出的影响；',
  '6.财政事务2261万元，较上年增支379万元，增长20.1%；主要是工资改革增支；',
  '7.税收事务2200万元，较上年减支1100万元，下降33.3%，主要是区税务局部分征收经费在2023年度支出的影响；',
  '9.海关事务20万元，较上年减支20万元，下降50%；',
  '15.档案事务95万元，较上年减支4167万元，下降97.8%，主要是档案馆新馆建设支出减少影响；',
];

describe('蕉城区 2022 (福建): 较上年增支…/减支…，增长/下降…%', () => {
  it('as published: each rate agrees with its amount and change', () => {
    expect(changeFindings(PAGE)).toEqual([]);
  });

  it.each([
    ['增长23.1%', '增长32.1%', '说明文字“增支204万元,增长32.1%”：本年 1087万元、增加 204万元，则上年为 883.00万元，增减率应为 23.10%，而文中为 32.1%。'],
    ['减支5273万元', '减支5723万元', '说明文字“减支5723万元,下降9.8%”：本年 48639万元、减少 5723万元，则上年为 54,362.00万元，增减率应为 10.53%，而文中为 9.8%。'],
    ['下降97.8%', '下降79.8%', '说明文字“减支4167万元,下降79.8%”：本年 95万元、减少 4167万元，则上年为 4,262.00万元，增减率应为 97.77%，而文中为 79.8%。'],
    ['增长10.3%', '增长13.0%', '说明文字“增支42991万元,增长13.0%”：本年 459989万元、增加 42991万元，则上年为 416,998.00万元，增减率应为 10.31%，而文中为 13.0%。'],
  ])('a figure made wrong is found: %s → %s', (from, to, message) => {
    const at = PAGE.findIndex((l) => l.includes(from));
    expect(changeFindings(PAGE.map((l, i) => (i === at ? l.replace(from, to) : l)))).toEqual([message]);
  });

  describe('on the sample’s figures (一般公共预算财政拨款支出 1,363.45, 上年 702.89)', () => {
    const RIGHT = '2022年度一般公共预算财政拨款支出1363.45万元，较上年增支660.56万元，增长93.98%。';
    it('right: no finding', () => {
      expect(textFindings(RIGHT)).toEqual([]);
      expect(textFindings('2022年度一般公共预算财政拨款收入1363.45万元，较上年增收660.56万元，增长93.98%。')).toEqual([]);
    });
    it.each([
      ['增长93.98%', '增长39.98%'],
      ['增支660.56万元', '增支606.56万元'],
      ['增支660.56万元', '减支660.56万元'],
    ])('%s → %s: found', (from, to) => {
      expect(changeFindings(RIGHT.replace(from, to)).length).toBeGreaterThan(0);
    });
    it('a wrong 增收 is found', () => {
      expect(changeFindings('2022年度一般公共预算财政拨款收入1363.45万元，较上年增收606.56万元，增长93.98%。')).toContain(
        '说明文字“增收606.56万元,增长93.98%”：本年 1363.45万元、增加 606.56万元，则上年为 756.89万元，增减率应为 80.14%，而文中为 93.98%。',
      );
    });
  });
});

describe('蕉城区 2022 (福建): …支出数为…万元，占调整预算数…%', () => {
  // The sample's 说明数据 with a 全年预算数 for 财政拨款支出总计 (1,300.00: 1,363.45 / 1,300.00 = 104.88%).
  const supplement = JSON.parse(JSON.stringify(changji2022Supplement)) as { 指标: Record<string, Record<string, unknown>> };
  supplement.指标['财政拨款支出总计']!.全年预算数 = 1300;
  const budgetFindings = (text: string) =>
    textFindings(text, sampleGrid(), supplement)
      .filter((f) => f.rule === 'text-budget')
      .map((f) => f.message);
  const RIGHT = '2022年度财政拨款支出总计数为1363.45万元，占调整预算数104.88%，增支660.56万元，增长93.98%。';

  it('right: no finding', () => {
    expect(textFindings(RIGHT, sampleGrid(), supplement)).toEqual([]);
  });

  it('a wrong rate is found against the 全年预算数; the 年初 one alike', () => {
    expect(budgetFindings(RIGHT.replace('104.88%', '114.88%'))).toEqual(['说明文字“占调整预算数114.88%”：按预算 1,300.00万元、决算 1363.45万元 应为 104.88%，文中为 114.88%。']);
    expect(budgetFindings('2022年度财政拨款支出总计为1363.45万元，占年初预算数123.02%。')).toEqual(['说明文字“占年初预算数123.02%”：按预算 1,206.34万元、决算 1363.45万元 应为 113.02%，文中为 123.02%。']);
    expect(budgetFindings('2022年度财政拨款支出总计为1363.45万元，占年初预算数113.02%。')).toEqual([]);
  });
});
