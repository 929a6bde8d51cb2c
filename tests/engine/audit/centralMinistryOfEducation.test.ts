/**
 * Real published 部门决算 of a 中央部门: 教育部 2024年度部门决算 (its 说明 as the page quotes it, 来源：教育部:
 * http://www.senqingzn.com/dy/article/K5BL5JMR0516ARVT.html; the tables are not in the copy). Read: §一 收入/支出总计 and their
 * change, §二 本年收入合计 with last year's and its parts with their shares (the 中央 wording: 其中：财政拨款…，占40.2%; 经营收入…，
 * 附属单位上缴收入…，两项合计占0.1%), §三 本年支出合计 and its parts, §五 高等教育（项） 年初预算, 决算 and 完成率.
 * Rebuilt from it: tables 01–03 with those figures (all under 205 教育支出; 使用非财政拨款结余 0, 年初结转和结余 the rest of 收入总计,
 * 年末结转和结余 the rest of 支出总计), table 05 with 高等教育 11,708,985.36 (the rest of 04–07 chosen consistent: the text reads
 * none of it), last year's totals (62,035,858.09 = 64,999,264.21 − 2,963,406.12; 40,616,051.67; 41,814,652.58) and 高等教育's
 * 年初预算 10,623,328.45 in 说明数据.
 * The page agrees with itself and its tables everywhere read. Its 两项合计占0.1% is (16,348.77 + 3,363.59) / 42,828,112.97 =
 * 0.046%: the shares the page prints add up to 100.0% (40.2 + 43.2 + 0.1 + 16.5), the largest remainder given to the small pair;
 * within half a unit of its last digit of the 0.05% worked out, not a 错误.
 * Before helper-h222 two of its figures were unread: 财政拨款 bare (its amount; a wrong one passed) and the share of the two
 * amounts' sum (0.9% passed).
 * Before helper-h228 two incomes (or expenditure parts) joined by 和/及/与 with one amount and no 合计 (经营收入和附属单位上缴收入
 * 19,712.36万元，占0.1%) were read as the last one's amount: a right sum and its share were each a 错误.
 */
import { check, explain } from '../../../src/engine/workflow';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { LayoutOptions } from '../../../fixtures/writers/options';
import { moe2024 } from '../../../fixtures/moe-2024/tables';


function moeGrid(options: LayoutOptions = {}): WorkbookGrid {
  return toGrid(buildWorkbook(moe2024, standardPlan(moe2024), options));
}

function moeSupplement() {
  const json = JSON.parse(JSON.stringify(changji2022Supplement));
  json.单位名称 = '教育部';
  json.年度 = 2024;
  json.指标 = {
    收入总计: { 上年数: 62035858.09 },
    支出总计: { 上年数: 62035858.09 },
    本年收入合计: { 上年数: 40616051.67 },
    本年支出合计: { 上年数: 41814652.58 },
    '2050205': { 年初预算数: 10623328.45 },
  };
  return json;
}

const MOE_PAGE = [
  '教育部2024年度收入总计64,999,264.21万元，支出总计64,999,264.21万元。与2023年相比，收、支总计各增加2,963,406.12万元，增长4.8%。主要原因是事业收入和财政拨款收入等有所增加，相应支出增加。',
  '教育部2024年度本年收入合计42,828,112.97万元，比2023年的40,616,051.67万元，增加2,212,061.3万元，增长5.4%。其中：财政拨款17,229,526.68万元，占40.2%；事业收入18,512,156.91万元，占43.2%；经营收入16,348.77万元，附属单位上缴收入3,363.59万元，两项合计占0.1%；其他收入7,066,717.02万元，占16.5%。',
  '教育部2024年度本年支出合计43,665,710.31万元，比2023年的41,814,652.58万元，增加1,851,057.73万元，增长4.4%。其中：基本支出25,851,686.15万元，占59.2%；项目支出17,799,199.76万元，占40.8%；经营支出14,694.4万元，对附属单位补助支出130万元。',
  '其中：高等教育（项）年初预算为10,623,328.45万元，支出决算为11,708,985.36万元，完成年初预算的110.2%。决算数大于年初预算数的主要原因是中央财政根据教育事业发展需要按规定追加我部高等教育项目预算，支出相应增加。',
];

function textFindings(grid: WorkbookGrid, json: unknown, lines: readonly string[]): string[] {
  const withText = { sheets: [...grid.sheets, { name: '公开说明', rows: lines.map((l): CellValue[] => [l]) }] };
  return check(withText, json)
    .findings.filter((f) => f.severity !== 'rounding' && f.cells.some((c) => c.startsWith('公开说明!')))
    .map((f) => `${f.rule} ${f.cells[0]}`);
}

describe('教育部 2024 (中央部门)', () => {
  const grid = moeGrid();
  const json = moeSupplement();

  it('the rebuilt tables hold (no finding of the tables), and the page agrees with them: no finding at all', () => {
    const withText = { sheets: [...grid.sheets, { name: '公开说明', rows: MOE_PAGE.map((l): CellValue[] => [l]) }] };
    expect(check(withText, json).findings.filter((f) => f.severity !== 'rounding').map((f) => `${f.rule} ${f.cells[0]}`)).toEqual([]);
  });

  it.each([
    ['收入总计64,999,264.21', '收入总计64,999,246.21', 'text-figures 公开说明!A1'],
    ['支出总计64,999,264.21', '支出总计64,999,246.21', 'text-figures 公开说明!A1'],
    ['各增加2,963,406.12', '各增加2,963,460.12', 'text-change-words 公开说明!A1'],
    ['增长4.8%', '增长8.4%', 'text-change-words 公开说明!A1'],
    ['本年收入合计42,828,112.97', '本年收入合计42,828,121.97', 'text-figures 公开说明!A2'],
    ['比2023年的40,616,051.67', '比2023年的40,616,015.67', 'text-change-words 公开说明!A2'],
    ['增加2,212,061.3', '增加2,212,016.3', 'text-change-words 公开说明!A2'],
    ['增长5.4%', '增长4.5%', 'text-change-words 公开说明!A2'],
    // The 中央 wording: 财政拨款 bare, opening the list of income sources (unread before helper-h222).
    ['财政拨款17,229,526.68', '财政拨款17,229,562.68', 'text-figures 公开说明!A2'],
    ['占40.2%', '占42.0%', 'text-shares 公开说明!A2'],
    ['事业收入18,512,156.91', '事业收入18,512,165.91', 'text-figures 公开说明!A2'],
    ['占43.2%', '占34.2%', 'text-shares 公开说明!A2'],
    ['经营收入16,348.77', '经营收入16,384.77', 'text-figures 公开说明!A2'],
    ['附属单位上缴收入3,363.59', '附属单位上缴收入3,336.59', 'text-figures 公开说明!A2'],
    // One share of two amounts' sum (unread before helper-h222).
    ['两项合计占0.1%', '两项合计占0.9%', 'text-shares 公开说明!A2'],
    ['其他收入7,066,717.02', '其他收入7,066,771.02', 'text-figures 公开说明!A2'],
    ['占16.5%', '占15.6%', 'text-shares 公开说明!A2'],
    ['本年支出合计43,665,710.31', '本年支出合计43,665,701.31', 'text-figures 公开说明!A3'],
    ['比2023年的41,814,652.58', '比2023年的41,814,625.58', 'text-change-words 公开说明!A3'],
    ['增加1,851,057.73', '增加1,851,075.73', 'text-change-words 公开说明!A3'],
    ['增长4.4%', '增长5.4%', 'text-change-words 公开说明!A3'],
    ['基本支出25,851,686.15', '基本支出25,851,668.15', 'text-figures 公开说明!A3'],
    ['占59.2%', '占52.9%', 'text-shares 公开说明!A3'],
    ['项目支出17,799,199.76', '项目支出17,799,191.76', 'text-figures 公开说明!A3'],
    ['占40.8%', '占48.0%', 'text-shares 公开说明!A3'],
    ['经营支出14,694.4', '经营支出14,649.4', 'text-figures 公开说明!A3'],
    ['对附属单位补助支出130万元', '对附属单位补助支出310万元', 'text-figures 公开说明!A3'],
    ['年初预算为10,623,328.45', '年初预算为10,623,382.45', 'text-budget-figures 公开说明!A4'],
    ['支出决算为11,708,985.36', '支出决算为11,708,958.36', 'text-budget-figures 公开说明!A4'],
    ['完成年初预算的110.2%', '完成年初预算的101.2%', 'text-budget 公开说明!A4'],
  ])('each figure made wrong is found: %s → %s', (from, to, finding) => {
    const wrong = MOE_PAGE.map((l) => l.replace(from, to));
    expect(wrong).not.toEqual(MOE_PAGE);
    expect(textFindings(grid, json, wrong)).toContain(finding);
  });

  it('the sum\'s share a unit off its last digit is found', () => {
    const line = (share: string) => MOE_PAGE[1]!.replace('两项合计占0.1%', share);
    expect(textFindings(grid, json, [MOE_PAGE[0]!, line('两项合计占0.2%')])).toEqual(['text-shares 公开说明!A2']);
  });

  it('the two named together with their sum (经营收入和附属单位上缴收入合计…): the sum compared, right or wrong', () => {
    const joined = (sum: string) => MOE_PAGE[1]!.replace('经营收入16,348.77万元，附属单位上缴收入3,363.59万元，两项合计占0.1%', `经营收入和附属单位上缴收入合计${sum}万元，占0.1%`);
    expect(textFindings(grid, json, [MOE_PAGE[0]!, joined('19,712.36')])).toEqual([]);
    expect(textFindings(grid, json, [MOE_PAGE[0]!, joined('19,721.36')])).toContain('text-figures 公开说明!A2');
  });

  it('two incomes joined by 和/及/与 with one amount and no 合计 (经营收入和附属单位上缴收入19,712.36万元): their sum, its share the sum\'s', () => {
    const joined = (words: string) => MOE_PAGE[1]!.replace('经营收入16,348.77万元，附属单位上缴收入3,363.59万元，两项合计占0.1%', words);
    for (const joiner of ['和', '及', '与']) {
      // Right: no finding (read as 附属单位上缴收入's own, both the amount and its share were a 错误: helper-h228).
      expect(textFindings(grid, json, [MOE_PAGE[0]!, joined(`经营收入${joiner}附属单位上缴收入19,712.36万元，占0.1%`)])).toEqual([]);
      // A wrong sum, a wrong share: found.
      expect(textFindings(grid, json, [MOE_PAGE[0]!, joined(`经营收入${joiner}附属单位上缴收入19,721.36万元，占0.1%`)])).toEqual(['text-figures 公开说明!A2']);
      expect(textFindings(grid, json, [MOE_PAGE[0]!, joined(`经营收入${joiner}附属单位上缴收入19,712.36万元，占0.9%`)])).toEqual(['text-shares 公开说明!A2']);
    }
    // The last one's own amount for the sum, its share right for the sum: the amount is the 错误, the share of the tables' sum
    // (of the stated one, the share too was a 错误, asking for 0.0%), with 合计 or without.
    expect(textFindings(grid, json, [MOE_PAGE[0]!, joined('经营收入和附属单位上缴收入3,363.59万元，占0.1%')])).toEqual(['text-figures 公开说明!A2']);
    expect(textFindings(grid, json, [MOE_PAGE[0]!, joined('经营收入和附属单位上缴收入合计3,363.59万元，占0.1%')])).toEqual(['text-figures 公开说明!A2']);
    // The last one's own amount where only it is named, as before.
    expect(textFindings(grid, json, [MOE_PAGE[0]!, joined('经营收入16,348.77万元，附属单位上缴收入19,712.36万元')])).toEqual(['text-figures 公开说明!A2']);
    // Three named (上级补助收入 0): their sum.
    expect(textFindings(grid, json, ['其中：上级补助收入、经营收入及附属单位上缴收入19,712.36万元。'])).toEqual([]);
    expect(textFindings(grid, json, ['其中：上级补助收入、经营收入及附属单位上缴收入3,363.59万元。'])).toEqual(['text-figures 公开说明!A1']);
  });

  it('expenditure parts joined with one amount (基本支出和项目支出…, 人员经费和公用经费…): their sum', () => {
    const line = (words: string) => MOE_PAGE[2]!.replace('基本支出25,851,686.15万元，占59.2%；项目支出17,799,199.76万元，占40.8%', words);
    // 25,851,686.15 + 17,799,199.76 = 43,650,885.91.
    expect(textFindings(grid, json, [line('基本支出和项目支出43,650,885.91万元，占99.97%')])).toEqual([]);
    expect(textFindings(grid, json, [line('基本支出和项目支出43,650,858.91万元，占99.97%')])).toEqual(['text-figures 公开说明!A1']);
    expect(textFindings(grid, json, [line('基本支出和项目支出43,650,885.91万元，占90.97%')])).toEqual(['text-shares 公开说明!A1']);
    // 经营支出 and 对附属单位补助支出: 14,694.4 + 130.
    expect(textFindings(grid, json, [MOE_PAGE[2]!.replace('经营支出14,694.4万元，对附属单位补助支出130万元', '经营支出和对附属单位补助支出14,824.4万元')])).toEqual([]);
    expect(textFindings(grid, json, [MOE_PAGE[2]!.replace('经营支出14,694.4万元，对附属单位补助支出130万元', '经营支出和对附属单位补助支出130万元')])).toEqual(['text-figures 公开说明!A1']);
    // A fund's words opening the list are the later names' too (helper-h230: 项目支出 was table 03's, the sum asked for
    // 27,799,199.76 = table 05's 基本支出 + table 03's 项目支出).
    const fiscal = (sum: string) => [`2024年度一般公共预算财政拨款基本支出和项目支出${sum}万元。`];
    expect(textFindings(grid, json, fiscal('17,500,000.00'))).toEqual([]);
    expect(textFindings(grid, json, fiscal('27,799,199.76'))).toEqual(['text-figures 公开说明!A1']);
    // 人员经费 and 公用经费 of table 06 (8,000,000 + 2,000,000).
    expect(textFindings(grid, json, ['2024年度一般公共预算财政拨款基本支出中，人员经费和公用经费10,000,000.00万元。'])).toEqual([]);
    expect(textFindings(grid, json, ['2024年度一般公共预算财政拨款基本支出中，人员经费和公用经费2,000,000.00万元。'])).toEqual(['text-figures 公开说明!A1']);
  });

  it('names joined in another sense keep their reading: one name with 和 inside, totals', () => {
    // 商品和服务支出 is one name; 收入总计和支出总计 each the amount (not a sum of totals).
    expect(textFindings(grid, json, ['教育部2024年度收入总计和支出总计64,999,264.21万元。'])).not.toContain('text-figures 公开说明!A1');
    // 工资福利支出和商品和服务支出: 商品 no name of its own (the sum of two 经济分类 类 is not read, as before).
    expect(textFindings(grid, json, ['2024年度主要用于工资福利支出和商品和服务支出10,000,000.00万元。'])).toEqual([]);
  });

  it('the funds named bare (一般公共预算…) are read only in the brackets after this year\'s 财政拨款 amount, whichever reader finds them', () => {
    // Outside them, in a 分别 list or a sum (财政拨款支出中): no figure of the tables (held to table 01's income, a right one was
    // a 错误: helper-h230).
    expect(textFindings(grid, json, ['本年财政拨款支出中，一般公共预算、政府性基金预算分别为17,500,000.00万元、0万元。'])).toEqual([]);
    expect(textFindings(grid, json, ['本年财政拨款支出中，一般公共预算和政府性基金预算分别为17,500,000.00万元、0万元。'])).toEqual([]);
    expect(textFindings(grid, json, ['本年财政拨款支出17,500,000.00万元，其中一般公共预算和政府性基金预算合计17,500,000.00万元。'])).not.toContain('text-figures 公开说明!A1');
    // Nor by its name alone, its change (of 财政拨款支出, no 上年数 known): held to table 01's income, a right one was a 错误.
    expect(textFindings(grid, json, ['2024年度财政拨款支出中，一般公共预算比上年增加1.00万元，增长5.00%。'])).toEqual([]);
    // In the brackets after 财政拨款支出, their sum is of table 04's by fund.
    const aside = (sum: string) => `本年财政拨款支出17,500,000.00万元（其中，一般公共预算和政府性基金预算合计${sum}万元）。`;
    expect(textFindings(grid, json, [aside('17,500,000.00')])).not.toContain('text-figures 公开说明!A1');
    expect(textFindings(grid, json, [aside('17,229,526.68')])).toContain('text-figures 公开说明!A1');
    // After the 财政拨款 amount of a year named, where the tables say none (these do not): read as the amount is.
    const named = (fund: string) => `2024年度财政拨款收入17,229,526.68万元（其中，一般公共预算${fund}万元）。`;
    expect(textFindings(grid, json, [named('17,229,526.68')])).toEqual([]);
    expect(textFindings(grid, json, [named('17,229,562.68')])).toEqual(['text-figures 公开说明!A1']);
  });

  it('财政拨款 bare is read only opening an item of a list of income sources', () => {
    // Beside no other income source: any 财政拨款 it may be (a budget's, a part of a spending), not compared.
    expect(textFindings(grid, json, ['2024年度基本支出中，财政拨款1.00万元。'])).toEqual([]);
    // Nor listed with other sources of a spending or a balance (helper-h230: read as 财政拨款收入, a right one was a 错误).
    for (const whole of ['2024年度基本支出中，', '本年支出合计43,665,710.31万元，其中：', '年初结转和结余22,171,151.24万元，其中：'])
      expect(textFindings(grid, json, [`${whole}财政拨款1.00万元，其他资金2.00万元，事业收入可用于…。`]).filter((f) => f.startsWith('text-figures'))).toEqual([]);
    // Inside a longer name (一般公共预算财政拨款…): not the bare word.
    expect(textFindings(grid, json, ['其中：一般公共预算财政拨款1.00万元；事业收入18,512,156.91万元。'])).toEqual([]);
    // A budget's parts (年初预算…其中：财政拨款…): not the 决算's, as 其他收入 there is not.
    expect(textFindings(grid, json, ['2024年度收入年初预算数2,000.00万元，其中：财政拨款1,900.00万元，其他收入100.00万元。'])).toEqual([]);
    // Right: no finding; wrong: found.
    expect(textFindings(grid, json, ['其中：财政拨款17,229,526.68万元；事业收入18,512,156.91万元。'])).toEqual([]);
    expect(textFindings(grid, json, ['其中：财政拨款1.00万元；事业收入18,512,156.91万元。'])).toEqual(['text-figures 公开说明!A1']);
  });

  it('the tables as the 中央 template prints them (行次 and 栏次 columns, numbered titles) read the same: no finding, a wrong figure found', () => {
    const central = moeGrid({ rowNumbers: true, columnNumbers: true, tableNumbers: true });
    expect(textFindings(central, json, MOE_PAGE)).toEqual([]);
    const withText = { sheets: [...central.sheets, { name: '公开说明', rows: MOE_PAGE.map((l): CellValue[] => [l]) }] };
    expect(check(withText, json).findings.filter((f) => f.severity !== 'rounding').map((f) => `${f.rule} ${f.cells[0]}`)).toEqual([]);
    const wrong = MOE_PAGE.map((l) => l.replace('财政拨款17,229,526.68', '财政拨款17,229,562.68').replace('两项合计占0.1%', '两项合计占0.9%'));
    expect(textFindings(central, json, wrong)).toEqual(['text-figures 公开说明!A2', 'text-shares 公开说明!A2']);
  });

  it.each([
    ['xinjiang', ['收入总计64,999,264.21万元', '增加2,963,406.12万元', '本年收入42,828,112.97万元', '财政拨款收入17,229,526.68万元，占40.23%', '事业收入18,512,156.91万元，占43.22%', '基本支出25,851,686.15万元，占59.20%', '项目支出17,799,199.76万元，占40.76%', '对附属单位补助支出130.00万元']],
    ['shanghai', ['收入支出总计64999264.21万元', '增加2963406.12万元', '本年收入合计42828112.97万元', '其他收入7066717.02万元，占16.50%', '本年支出合计43665710.31万元', '年初预算为10623328.45万元，支出决算为11708985.36万元']],
  ])('our text (%s preset) states the page\'s figures', (preset, stated) => {
    const text = documentLines(explain(grid, PRESETS[preset]!, json).document)
      .map((l) => l.text)
      .join('\n');
    for (const s of stated) expect(text).toContain(s);
  });
});
