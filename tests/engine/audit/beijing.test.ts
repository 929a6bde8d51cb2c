/**
 * Real published 部门决算 of 北京 (FY2023, the 北京 市级部门 template), read against their tables.
 *
 * 中国致公党北京市委员会 2023年度部门决算 (https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/gongkai/caizheng/czzt/2023js/202408/t20240819_3776826.html,
 * its 说明 only as far as the stored copy goes; the tables are an attachment, 报表详见附件1): “2023年度收、支总计1257.59万元，比上年
 * 减少98.97万元，下降7.3%。 (一)收入决算说明 2023年度本年收入合计1257.59万元，比上年减少98.97万元，下降7.3%。 财政拨款收入1257.59
 * 万元，占收入合计的100%。” Rebuilt from it: table 01's 收入/支出 总计, 本年收入合计 and 一般公共预算财政拨款收入 1,257.59 (the 其中
 * after 财政拨款收入 is cut off in the copy: all of it 一般公共预算 assumed), no 结转; table 02's and 04's 合计 rows the same; the
 * 上年数 1,356.56 (1,257.59 + 98.97: 98.97 / 1,356.56 = 7.2957%, printed 7.3%). The rest of the workbook is the sample's (the text
 * read names none of it).
 * 北京市文化和旅游局综合事务中心 2023年度部门决算 (https://whlyj.beijing.gov.cn/zfxxgkpt/zdgk/ysjs/erjdw/202409/t20240911_3864818.html):
 * “2023年度收、支总计4937.14万元，比上年减少40.78万元，下降0.82%。” 上年 4,977.92 (40.78 / 4,977.92 = 0.8192%).
 * Both agree with their tables: neither page has an error of its own in what was read.
 */
import { check, explain } from '../../../src/engine/workflow';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { FinalAccountsData, FixedLine, SubjectLine } from '../../../fixtures/data';

/** The sample with its totals the page's (`total`): table 01's, 02's and 04's, all of it 一般公共预算财政拨款 in 一般公共服务支出. */
function beijingBook(total: number): WorkbookGrid {
  const data = JSON.parse(JSON.stringify(changji2022)) as FinalAccountsData & { year: number };
  data.year = 2023;
  const only = (lines: readonly FixedLine[], keys: readonly string[]) => {
    for (const l of lines) (l as { amount: number }).amount = keys.includes(l.key) ? total : 0;
  };
  only(data.summary.income, ['fiscalGeneralBudget', 'yearIncome', 'grandTotal']);
  only(data.summary.expenditure, ['201', 'yearExpenditure', 'grandTotal']);
  only(data.fiscalSummary.income, ['generalBudget', 'yearIncome', 'grandTotal']);
  const totalRow = (rows: readonly SubjectLine[]) => rows.find((r) => r.code === 'total')!.values as Record<string, number>;
  Object.assign(totalRow(data.income), { yearIncome: total, fiscal: total, otherIncome: 0 });
  return toGrid(buildWorkbook(data, standardPlan(data)));
}

function supplementOf(prior: number) {
  const json = JSON.parse(JSON.stringify(changji2022Supplement));
  json.年度 = 2023;
  for (const key of ['收入总计', '支出总计', '本年收入合计']) json.指标[key] = { 上年数: prior };
  return json;
}

function textFindings(grid: WorkbookGrid, json: unknown, lines: readonly string[]): string[] {
  const withText = { sheets: [...grid.sheets, { name: '公开说明', rows: lines.map((l): CellValue[] => [l]) }] };
  return check(withText, json)
    .findings.filter((f) => f.severity !== 'rounding' && f.cells.some((c) => c.startsWith('公开说明!')))
    .map((f) => `${f.rule} ${f.cells[0]}`);
}

describe('中国致公党北京市委员会 2023', () => {
  const grid = beijingBook(1257.59);
  const json = supplementOf(1356.56);
  const page = [
    '2023年度收、支总计1257.59万元,比上年减少98.97万元,下降7.3%。',
    '2023年度本年收入合计1257.59万元,比上年减少98.97万元,下降7.3%。',
    '财政拨款收入1257.59万元,占收入合计的100%。',
  ];

  it('its text agrees with its tables: no finding (7.3% at one decimal is 7.30%)', () => {
    expect(textFindings(grid, json, page)).toEqual([]);
  });

  it.each([
    ['收、支总计1257.59', '收、支总计1275.59', 'text-figures 公开说明!A1'],
    ['收、支总计1257.59万元,比上年减少98.97', '收、支总计1257.59万元,比上年减少89.97', 'text-change-words 公开说明!A1'],
    ['下降7.3%。', '下降3.7%。', 'text-change-words 公开说明!A1'],
    ['本年收入合计1257.59', '本年收入合计1275.59', 'text-figures 公开说明!A2'],
    ['本年收入合计1257.59万元,比上年减少98.97', '本年收入合计1257.59万元,比上年减少98.79', 'text-change-words 公开说明!A2'],
    ['财政拨款收入1257.59', '财政拨款收入1275.59', 'text-figures 公开说明!A3'],
    ['占收入合计的100%', '占收入合计的10%', 'text-shares 公开说明!A3'],
  ])('each figure made wrong is found: %s → %s', (from, to, finding) => {
    const wrong = page.map((l) => l.replace(from, to));
    expect(wrong).not.toEqual(page);
    expect(textFindings(grid, json, wrong)).toContain(finding);
  });

  it.each([
    ['xinjiang', ['收入总计1,257.59万元', '收入总计与上年相比，减少98.97万元，下降7.30%', '支出总计与上年相比，减少98.97万元，下降7.30%']],
    ['shanghai', ['收入支出总计1257.59万元', '收入支出总计减少98.97万元，下降7.30%']],
  ])('our §一 (%s preset) states the page’s figures', (preset, stated) => {
    const text = documentLines(explain(grid, PRESETS[preset]!, json).document)
      .map((l) => l.text)
      .join('\n');
    for (const s of stated) expect(text).toContain(s);
  });
});

describe('北京市文化和旅游局综合事务中心 2023', () => {
  const grid = beijingBook(4937.14);
  const json = supplementOf(4977.92);
  const line = '2023年度收、支总计4937.14万元,比上年减少40.78万元,下降0.82%。';

  it('agrees with its table; a figure made wrong is found', () => {
    expect(textFindings(grid, json, [line])).toEqual([]);
    expect(textFindings(grid, json, [line.replace('4937.14', '4973.14')])).toContain('text-figures 公开说明!A1');
    expect(textFindings(grid, json, [line.replace('40.78', '47.08')])).toContain('text-change-words 公开说明!A1');
    expect(textFindings(grid, json, [line.replace('0.82%', '0.28%')])).toContain('text-change-words 公开说明!A1');
  });
});

/**
 * The 北京 template's 公务接待费 paragraph (as the 中央 one): “4.公务接待费支出X万元，…。其中：国内公务接待支出X万元，接待X批次，
 * X人次；外事接待支出0万元，接待0批次，0人次。” — here on the sample's figures (公务接待费 0.20, 3 批次, 18 人次). With a foreign
 * part stated beside it, the 国内 amount was never compared (it is only a part of table 07's 公务接待费): a wrong one passed
 * (国内公务接待支出0.3万元 of a 公务接待费 of 0.20, 外事 0). Where every foreign figure the sentence states is 0, the 国内 part is
 * the whole 公务接待费 (helper-h201).
 */
describe('北京: 国内公务接待支出X万元…；外事接待支出0万元', () => {
  const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const findings = (text: string) => textFindings(grid, changji2022Supplement, [text]);
  const text = '4.公务接待费支出0.2万元,与年初预算持平。其中:国内公务接待支出0.2万元,接待3批次,18人次;外事接待支出0万元,接待0批次,0人次。';

  it('right: no finding', () => {
    expect(findings(text)).toEqual([]);
  });

  it('a wrong 国内 amount beside a foreign part of 0 is found', () => {
    expect(findings(text.replace('国内公务接待支出0.2', '国内公务接待支出0.3'))).toEqual(['text-figures 公开说明!A1']);
    expect(findings(text.replace('外事接待支出0万元', '外事接待支出0.00万元').replace('国内公务接待支出0.2', '国内公务接待支出0.3'))).toEqual(['text-figures 公开说明!A1']);
  });

  it('beside a foreign part of more than 0, the 国内 amount is a part: not compared with the whole', () => {
    expect(findings(text.replace('外事接待支出0万元,接待0批次,0人次', '外事接待支出0.05万元,接待1批次,3人次').replace('国内公务接待支出0.2', '国内公务接待支出0.15'))).toEqual([]);
    // A foreign part told by its count alone (no amount): a part all the same.
    expect(findings('其中:国内公务接待支出0.15万元,接待3批次,18人次;外事接待2批次,6人次。')).toEqual([]);
  });

  it('a foreign amount of 0 beside a count is no foreign money: the 国内 amount is still the whole', () => {
    expect(findings(text.replace('外事接待支出0万元,接待0批次', '外事接待支出0万元,接待1批次').replace('国内公务接待支出0.2', '国内公务接待支出0.15'))).toEqual(['text-figures 公开说明!A1']);
  });
});
