/**
 * The table set of 天津's 2022 部门决算 (the city's template, every department: 天津市审计局
 * https://cz.tj.gov.cn/zwgk_53713/yjsgktypt/jsgk/2022bmjs/202308/t20230829_6389325.html, 天津市交通(集团)有限公司
 * https://cz.tj.gov.cn/zwgk_53713/yjsgktypt/jsgk/2022bmjs/202308/t20230829_6388951.html, 天津市住房公积金管理中心, 天津市滨海新区
 * 教育体育局 https://jtj.tjbh.gov.cn/contents/9930/277820.html): eleven tables, 二、收入决算表（按功能分类列示） and
 * 三、收入决算表（按单位列示） for the one table 02, and 十一、项目支出决算表 (a list of projects) beside the nine.
 * Found (helper-h209): table 02 under its title there was not found (缺公开02表, its figures unread), and the 项目支出决算表
 * was taken for table 03 (支出决算表 with 项目 before it). 内蒙古巴彦淖尔市审计局 2022
 * (http://sjj.bynr.gov.cn/sjjxxgk/sjjgknr/czyjs/202309/t20230927_567087.html) prints 五、项目收入支出决算表 likewise: no 01.
 * 苍南 2022 (https://www.cncn.gov.cn/art/2023/9/20/art_1229253835_4196254.html) prints 收入决算表(分单位) and (分科目), 支出决算表 the same.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import { TitleMatcher } from '../../../src/engine/recognise/titles';
import { TABLE_SPECS } from '../../../src/engine/tables/specs';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

const matcher = new TitleMatcher(TABLE_SPECS);
const code = (text: string) => matcher.match(text)?.spec.code;

/** The sample's workbook with a table's title (its sheet's name and its title cell) as 天津 prints it. */
function retitled(grid: WorkbookGrid, from: string, to: string): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) =>
      s.name === from ? { ...s, name: to.slice(0, 31), rows: s.rows.map((r) => r.map((v) => (typeof v === 'string' && v.includes(from) && !v.includes('财政拨款') ? v.replace(from, to) : v))) } : s,
    ),
  };
}

const base = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
const tianjin: WorkbookGrid = {
  sheets: [
    ...retitled(base, '收入决算表', '收入决算表（按功能分类列示）').sheets,
    {
      name: '收入决算表（按单位列示）',
      rows: [
        ['收入决算表（按单位列示）'],
        ['部门：天津市审计局', '', '', '单位：万元'],
        ['单位名称', '本年收入合计', '财政拨款收入', '其他收入'],
        ['合计', 1488.29, 1363.45, 124.84],
        ['天津市审计局', 1488.29, 1363.45, 124.84],
      ],
    },
    {
      name: '项目支出决算表',
      rows: [
        ['项目支出决算表'],
        ['部门：天津市审计局', '', '单位：万元'],
        ['项目名称', '本年支出合计', '财政拨款支出'],
        ['合计', 88.88, 77.77],
        ['审计业务经费', 88.88, 77.77],
      ],
    },
  ],
};

describe('天津 2022: the city’s eleven-table set', () => {
  it('takes 收入决算表（按功能分类列示） for table 02, and neither the table by unit nor the 项目支出决算表 for any of the nine', () => {
    expect(code('收入决算表（按功能分类列示）')).toBe('02');
    expect(code('天津市审计局2022年度收入决算表（按功能分类列示）')).toBe('02');
    expect(code('收入决算表(分科目)')).toBe('02');
    expect(code('支出决算表(分科目)')).toBe('03');
    expect(code('收入决算表（按单位列示）')).toBeUndefined();
    expect(code('收入决算表(分单位)')).toBeUndefined();
    expect(code('支出决算表(分单位)')).toBeUndefined();
    expect(code('项目支出决算表')).toBeUndefined();
    expect(code('十一、项目支出决算表')).toBeUndefined();
    expect(code('2022年度项目支出决算表')).toBeUndefined();
    expect(code('项目收入支出决算表')).toBeUndefined();
  });

  it('reads the sample’s tables under 天津’s titles: table 02 found, table 03 the 支出决算表 and not the list of projects', () => {
    const rec = recognise(tianjin);
    expect(rec.missing).toEqual([]);
    expect(rec.tables.income?.sheet).toBe('收入决算表（按功能分类列示）');
    expect(rec.tables.expenditure?.sheet).toBe('支出决算表');
    // The same figures as the sample's read under its own titles.
    const fens = (r: ReturnType<typeof recognise>, id: 'income' | 'expenditure') =>
      r.tables[id]?.rows.map((row) => [row.key, Object.entries(row.figures).map(([c, f]) => `${c}=${f?.fen}`).join(' ')]);
    const plain = recognise(base);
    expect(fens(rec, 'income')).toEqual(fens(plain, 'income'));
    expect(fens(rec, 'expenditure')).toEqual(fens(plain, 'expenditure'));
    expect(rec.tables.income?.rows.length).toBeGreaterThan(3);
    // The list of projects is no second copy of table 03 set aside with a word about it.
    expect(rec.setAside.filter((r) => r.sheet === '项目支出决算表')).toEqual([]);
    expect(rec.problems.filter((p) => JSON.stringify(p).includes('项目支出决算表'))).toEqual([]);
  });
});
