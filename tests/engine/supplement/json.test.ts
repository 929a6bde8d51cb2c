/**
 * The 说明数据 JSON's problems as messages: a key typed with a line break, a tab or a zero-width character (pasted from a
 * web page or a document) is quoted with it named, as the sheet's messages do (shownText): quoted bare, the message said
 * 指标“收入总计”没有“上年数”一项 of a field that looked right, or broke its line.
 */
import { parseSupplementJson, supplementProblemLines } from '../../../src/engine/supplement/json';

describe('parseSupplementJson problems', () => {
  it('names an invisible character of a key it does not know', () => {
    const { problems } = parseSupplementJson({
      '年度\u200b': 2022,
      指标: { 收入总计: { '上年数\u200b': 1 }, '收入总额\t': { 上年数: 1 } },
      事项: { '机关运行经费\n': 1 },
    });
    expect(problems.map((p) => p.message)).toEqual([
      '未知的项目“年度[零宽字符]”：说明数据只有 单位名称、年度、单位性质、指标、事项。',
      '指标“收入总计”没有“上年数[零宽字符]”一项：可填 本年数、上年数、年初预算数、全年预算数、主要原因、预决算差异原因、主要用于。',
      '未知的指标“收入总额[制表符]”：指标名见 DOMAIN §4，或填 3、5、7 位功能分类科目编码。',
      '未知的事项“机关运行经费[换行]”。',
    ]);
    expect(supplementProblemLines(problems).every((l) => !/[\n\t\u200b]/.test(l))).toBe(true);
  });
});
