/**
 * 天津's 2022 部门决算 prints no 说明 under its empty tables: it says them empty on a page of their own after the tables,
 * 十二、关于空表的说明, item by item, each naming its table (天津市审计局
 * https://cz.tj.gov.cn/zwgk_53713/yjsgktypt/jsgk/2022bmjs/202308/t20230829_6389325.html; 天津市滨海新区大港桃李园小学
 * https://jtj.tjbh.gov.cn/contents/9930/278426.html: “十二、关于空表的说明 1.天津市…”; the item's words after its table's
 * title are the 说明 the sample's own 08 gives under it). Read as no 说明 at all before (helper-h209): 《…》没有数据，表下却没有说明,
 * in 识别 and again in 检查, for the 政府性基金 and the 国有资本经营 table of every such department. Only under that heading:
 * elsewhere (a 公开说明's §八, the generated one's too) a sentence that the table is empty is no 说明 printed with it.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import { runAudit } from '../../../src/engine/audit/audit';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

const GOV_FUND = '政府性基金预算财政拨款收入支出决算表';
const STATE_CAPITAL = '国有资本经营预算财政拨款收入支出决算表';
const { supplement } = parseSupplementJson(JSON.parse(JSON.stringify(changji2022Supplement)));

/** The sample with empty 08 and 09, nothing under either, and 天津's page of 说明 after the tables. */
function tianjin(...page: string[]): WorkbookGrid {
  const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { shanghaiEmptyFunds: true, columnNumbers: false }));
  for (const name of [GOV_FUND, STATE_CAPITAL]) {
    const rows = grid.sheets.find((s) => s.name === name)!.rows as CellValue[][];
    const first = rows.findIndex((r) => typeof r[0] === 'string' && /^(注|说明)/.test(r[0]));
    if (first >= 0) rows.splice(first, rows.length - first);
  }
  return page.length === 0 ? grid : { sheets: [...grid.sheets, { name: '关于空表的说明', rows: page.map((l) => [l]) }] };
}

const said = (grid: WorkbookGrid) => {
  const recognition = recognise(grid);
  return [
    ...recognition.problems.filter((p) => p.kind === 'empty-table-without-note').map((p) => `识别 ${p.table}`),
    ...runAudit({ recognition, supplement, grid }).filter((f) => f.rule === 'empty-table-note').map((f) => `检查 ${f.message.slice(1, f.message.indexOf('》'))}`),
  ];
};

const HEADING = '十二、关于空表的说明';
const FUND = '1.天津市审计局2022年度政府性基金预算财政拨款收入支出决算表为空表，本单位2022年度无政府性基金预算财政拨款收入、支出及结转和结余。';
const CAPITAL = '2.天津市审计局2022年度国有资本经营预算财政拨款收入支出决算表为空表，本单位2022年度无国有资本经营预算财政拨款收入、支出及结转和结余。';

describe('天津 2022: the empty tables said so on a page of their own (关于空表的说明)', () => {
  it('with nothing said anywhere, both empty tables are said without a 说明, in 识别 and in 检查', () => {
    expect(said(tianjin())).toEqual(['识别 08', '识别 09', `检查 ${GOV_FUND}`, `检查 ${STATE_CAPITAL}`]);
  });

  it('said on the page, item by item: neither', () => {
    expect(said(tianjin(HEADING, FUND, CAPITAL))).toEqual([]);
  });

  it('one item said: the other table still is', () => {
    expect(said(tianjin(HEADING, FUND))).toEqual(['识别 09', `检查 ${STATE_CAPITAL}`]);
  });

  it('both in one item: neither', () => {
    expect(said(tianjin(HEADING, `1.天津市审计局2022年度${GOV_FUND}、${STATE_CAPITAL}为空表。`))).toEqual([]);
  });

  it('not under the heading 关于空表的说明 (a 公开说明’s §八 and §九 saying so): no 说明 printed with the tables', () => {
    expect(said(tianjin('八、政府性基金预算财政拨款收入支出决算情况说明', FUND, '九、国有资本经营预算财政拨款收入支出决算情况说明', CAPITAL))).toEqual([
      '识别 08',
      '识别 09',
      `检查 ${GOV_FUND}`,
      `检查 ${STATE_CAPITAL}`,
    ]);
  });

  it('a line naming the table that does not say it is empty is no 说明 of it', () => {
    expect(said(tianjin(HEADING, `1.${GOV_FUND}反映政府性基金预算财政拨款收入支出及结转和结余情况。`, CAPITAL))).toEqual(['识别 08', `检查 ${GOV_FUND}`]);
  });
});
