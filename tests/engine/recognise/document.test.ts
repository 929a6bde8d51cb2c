/**
 * The document's 年度 and 单位名称 as the workbook states them (issue "Real documents": the year and the unit name
 * come from the workbook when the 说明数据 has none).
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

function sample(): WorkbookGrid {
  return toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
}

function withSheet(grid: WorkbookGrid, sheet: SheetGrid, first = true): WorkbookGrid {
  return { sheets: first ? [sheet, ...grid.sheets] : [...grid.sheets, sheet] };
}

function retitle(grid: WorkbookGrid, sheetName: string, title: string, extraRow?: readonly CellValue[]): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== sheetName) return s;
      const rows = s.rows.map((r) => [...r]);
      rows[0]![0] = title;
      if (extraRow) rows.splice(1, 0, [...extraRow]);
      return { ...s, rows };
    }),
  };
}

describe('document year and department', () => {
  it('reads both from a cover title such as 上海市XX局2024年度部门决算表, with its cell', () => {
    const grid = withSheet(sample(), { name: '封面', rows: [[null], [null, '上海市 XX 局 2024 年度部门决算表']] });
    const doc = recognise(grid).document;
    expect(doc.year).toEqual({ value: 2024, cell: { sheet: '封面', row: 1, col: 1 } });
    expect(doc.department).toEqual({ value: '上海市XX局', cell: { sheet: '封面', row: 1, col: 1 } });
  });

  it('reads them from a prefix of a table title when there is no cover', () => {
    const grid = retitle(sample(), '收入支出决算总表', '新疆昌吉州政务服务和公共资源交易管理局2022年度收入支出决算总表');
    const doc = recognise(grid).document;
    expect(doc.year?.value).toBe(2022);
    expect(doc.department?.value).toBe('新疆昌吉州政务服务和公共资源交易管理局');
    expect(recognise(grid).tables.summary).toBeDefined();
  });

  it('reads the year from a 2024年度 line under a title', () => {
    const grid = retitle(sample(), '收入决算表', '收入决算表', [null, null, '（2024年度）']);
    expect(recognise(grid).document.year).toEqual({ value: 2024, cell: { sheet: '收入决算表', row: 1, col: 2 } });
  });

  it('ignores covers on hidden sheets (last year’s workbook) and implausible years', () => {
    const hidden = withSheet(sample(), { name: '去年', state: 'hidden', rows: [['上海市XX局2023年度部门决算表']] });
    // The sample's own year stands under its 自评表 title: （2022年度）.
    expect(recognise(hidden).document).toEqual({ year: { value: 2022, cell: { sheet: '项目支出绩效自评表', row: 1, col: 0 } } });
    const odd = withSheet(sample(), { name: '封面', rows: [['某局1899年度部门决算']] });
    expect(recognise(odd).document.year?.value).toBe(2022);
  });

  it('says nothing when the workbook states neither', () => {
    const withoutProjects = { sheets: sample().sheets.filter((s) => s.name !== '项目支出绩效自评表') };
    expect(recognise(withoutProjects).document).toEqual({});
  });
});
