/** What a 说明数据 JSON would replace of the inputs typed into the sheet (fill --data over a filled workbook). */
import { replacedInputs, replacedInputsMessage } from '../../../src/engine/supplement/replacedInputs';
import type { SupplementInputs } from '../../../src/engine/supplement/sheet';

const inputs = (over: Partial<SupplementInputs> = {}): SupplementInputs => ({ meta: {}, indicators: new Map(), matters: new Map(), ...over });

describe('replacedInputs', () => {
  it('lists each input typed in the sheet that the JSON gives otherwise or not at all, in meta, indicators and matters', () => {
    const sheet = inputs({
      meta: { 单位名称: '某局', 年度: 2022 },
      indicators: new Map([
        ['收入总计', { 上年数: 1500, 主要原因: '人员减少' }],
        ['支出总计', { 上年数: 1200 }],
      ]),
      matters: new Map([['国有资产占用情况', '房屋 2 处']]),
    });
    const json = inputs({
      meta: { 单位名称: '某局', 年度: 2023 },
      indicators: new Map([['收入总计', { 上年数: 1500.5 }]]),
      matters: new Map(),
    });
    expect(replacedInputs(sheet, json)).toEqual([
      { what: '年度', sheet: 2022, json: 2023 },
      { what: '“收入总计”的上年数', sheet: 1500, json: 1500.5 },
      { what: '“收入总计”的主要原因', sheet: '人员减少', json: undefined },
      { what: '“支出总计”的上年数', sheet: 1200, json: undefined },
      { what: '“国有资产占用情况”', sheet: '房屋 2 处', json: undefined },
    ]);
  });

  it('lists nothing the JSON says alike (text up to spaces at its ends), nor a blank of the sheet’s', () => {
    const sheet = inputs({ meta: { 单位名称: ' 某局 ' }, indicators: new Map([['收入总计', { 上年数: 1500, 主要原因: '', 全年预算数: null }]]) });
    const json = inputs({ meta: { 单位名称: '某局' }, indicators: new Map([['收入总计', { 上年数: 1500, 全年预算数: 10 }]]) });
    expect(replacedInputs(sheet, json)).toEqual([]);
  });

  it('says how many, the first three with both values, and what to do', () => {
    const four = ['甲', '乙', '丙', '丁'].map((k, i) => ({ what: `“${k}”的上年数`, sheet: i + 1, json: i === 0 ? 9 : undefined }));
    expect(replacedInputsMessage(four)).toBe(
      '工作簿的说明数据表中有 4 项您填写的内容与 --data 的 JSON 不同（“甲”的上年数：表中 1，JSON 中 9；“乙”的上年数：表中 2，JSON 中没有；“丙”的上年数：表中 3，JSON 中没有；……）。' +
        '按 JSON 写入会替换或清空它们，因此没有写入任何内容。请去掉 --data，使用表中的说明数据；或先把这些内容改进 JSON。',
    );
  });
});
