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

function withoutProjects(): WorkbookGrid {
  return { sheets: sample().sheets.filter((s) => s.name !== '项目支出绩效自评表') };
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

  it('reads them from a cover title standing low on its page (under blank rows, or under a 目录)', () => {
    const rows: CellValue[][] = [...Array.from({ length: 14 }, (): CellValue[] => [null]), [null, '上海市 XX 局 2024 年度部门决算']];
    const doc = recognise(withSheet(sample(), { name: '封面', rows })).document;
    expect(doc.year).toEqual({ value: 2024, cell: { sheet: '封面', row: 14, col: 1 } });
    expect(doc.department?.value).toBe('上海市XX局');
  });

  it('reads them from a prefix of a table title when there is no cover', () => {
    const grid = retitle(sample(), '收入支出决算总表', '新疆昌吉州政务服务和公共资源交易管理局2022年度收入支出决算总表');
    const doc = recognise(grid).document;
    expect(doc.year?.value).toBe(2022);
    expect(doc.department?.value).toBe('新疆昌吉州政务服务和公共资源交易管理局');
    expect(recognise(grid).tables.summary).toBeDefined();
  });

  it('reads the year from a 2024年度 line under a title', () => {
    const grid = retitle(withoutProjects(), '收入决算表', '收入决算表', [null, null, '（2024年度）']);
    expect(recognise(grid).document.year).toEqual({ value: 2024, cell: { sheet: '收入决算表', row: 1, col: 2 } });
  });

  it('takes the year most tables state, each table one vote: one mistyped year is outvoted', () => {
    // Tables 01 and 03 and the 自评表 (all nine one vote) say 2022; table 02 says 2024.
    let grid = retitle(sample(), '收入决算表', '收入决算表', [null, null, '（2024年度）']);
    grid = retitle(grid, '收入支出决算总表', '2022年度收入支出决算总表');
    grid = retitle(grid, '支出决算表', '2022年度支出决算表');
    const rec = recognise(grid);
    expect(rec.document.year?.value).toBe(2022);
    expect(rec.tables.income).toBeDefined();
    // Table 02 is used (there is no other), and said to be of another year.
    expect(rec.problems.map((p) => [p.kind, p.sheet])).toEqual([['other-year', '收入决算表']]);
    expect(rec.problems[0]!.message).toContain('是2024年度的表，不是本次2022年度的，因找不到本年度的这张表而照常读取');
  });

  it('nine 自评表 left at the template’s year do not outvote the tables, and are still counted (there are no others)', () => {
    const tables = { sheets: sample().sheets.filter((s) => s.name !== '项目支出绩效自评表') };
    const projects = sample().sheets.filter((s) => s.name === '项目支出绩效自评表');
    const rec = recognise({ sheets: [...ofYear(tables, 2023), ...projects] });
    expect(rec.document.year?.value).toBe(2023);
    expect(rec.projects).toHaveLength(9);
    const other = rec.problems.filter((p) => p.kind === 'other-year');
    expect(other).toHaveLength(9);
    expect(other[0]!.message).toContain('是2022年度的表，不是本次2023年度的，因找不到本年度的这张表而照常读取');
  });

  it('a stale cover (last year’s heading) does not drop this year’s 自评表', () => {
    const rec = recognise(withSheet(sample(), { name: '封面', rows: [['新疆昌吉州政务服务和公共资源交易管理局2021年度部门决算']] }));
    expect(rec.document.year?.value).toBe(2021);
    expect(rec.projects).toHaveLength(9);
    expect(rec.problems.filter((p) => p.kind === 'other-year')).toHaveLength(9);
  });

  it('ignores covers on hidden sheets (last year’s workbook) and implausible years', () => {
    const hidden = withSheet(sample(), { name: '去年', state: 'hidden', rows: [['上海市XX局2023年度部门决算表']] });
    // The sample's own year stands under its 自评表 title: （2022年度）.
    expect(recognise(hidden).document).toEqual({ year: { value: 2022, cell: { sheet: '项目支出绩效自评表', row: 1, col: 0 } } });
    const odd = withSheet(sample(), { name: '封面', rows: [['某局1899年度部门决算']] });
    expect(recognise(odd).document.year?.value).toBe(2022);
  });

  it('takes no numbered heading setting another year beside this one (二、2019年决算) for a cover: the year is the cover’s, else the tables’', () => {
    // A 公开说明 sheet first, its headings in its first rows, one of them 二、2019年决算 (a comparison with an earlier year).
    // Before: read as a cover title (year 2019, department "二、"), ahead of the cover on a later sheet, so every 2022
    // figure of the tables was then of another year.
    const notes: SheetGrid = { name: '公开说明', rows: [['一、部门概况'], ['（一）2019年度决算'], ['二、2019年决算'], ['2. 2019年度部门决算'], ['第三部分 2019年决算']] };
    const cover: SheetGrid = { name: '封面', rows: [[null], [null, '新疆昌吉州政务服务和公共资源交易管理局2022年部门决算公开']] };
    const withCover = recognise(withSheet(withSheet(sample(), notes), cover, false)).document;
    expect(withCover.year).toEqual({ value: 2022, cell: { sheet: '封面', row: 1, col: 1 } });
    expect(withCover.department?.value).toBe('新疆昌吉州政务服务和公共资源交易管理局');
    // No cover: the year the tables' titles state (the 自评表's （2022年度）), and no department "二、".
    expect(recognise(withSheet(sample(), notes)).document).toEqual({ year: { value: 2022, cell: { sheet: '项目支出绩效自评表', row: 1, col: 0 } } });
  });

  it('reads a cover with its year first (2023年XX市财政局部门决算, 2023年度XX局部门决算公开) for the year and the department', () => {
    // helper-h237: not read before (COVER wants the year right before 部门决算): the year was the tables', the department none.
    for (const [title, department] of [
      ['2023年昌吉市财政局部门决算', '昌吉市财政局'],
      ['2023年度昌吉州政务服务和公共资源交易管理局部门决算公开', '昌吉州政务服务和公共资源交易管理局'],
      ['2023年本溪市财政局部门决算', '本溪市财政局'],
    ] as const) {
      const doc = recognise(withSheet(sample(), { name: '封面', rows: [[null], [null, title]] })).document;
      expect(doc.year).toEqual({ value: 2023, cell: { sheet: '封面', row: 1, col: 1 } });
      expect(doc.department?.value).toBe(department);
    }
    // Not a department made of 度本 (2022年度本部门决算: 年度 cut after 年, 本 the text's own word), nor one beginning with another
    // year (2023年XX局2022年度部门决算: the year before 部门决算 is the document's).
    // Its year still the cover's (review h251: after f5836fd no pattern read it, the year fell back to the tables').
    for (const title of ['2023年度本部门决算', '2023年度本单位决算情况说明']) {
      const own = recognise(withSheet(sample(), { name: '封面', rows: [[null], [null, title]] })).document;
      expect([own.year?.value, own.department]).toEqual([2023, undefined]);
    }
    const twoYears = recognise(withSheet(sample(), { name: '封面', rows: [[null], [null, '2023年昌吉市财政局2022年度部门决算']] })).document;
    expect([twoYears.year?.value, twoYears.department?.value]).toEqual([2022, '昌吉市财政局']);
    // A numbered heading is still no cover (二、2019年度部门决算: the year first after its number).
    const notes: SheetGrid = { name: '公开说明', rows: [['二、2019年度某某局部门决算'], ['（一）2019年某某局部门决算']] };
    expect(recognise(withSheet(sample(), notes)).document.year?.value).toBe(2022);
  });

  it('takes the heading of the document’s own part (第二部分 2022年度部门决算情况说明) for the year only where nothing else states one', () => {
    // helper-h237: the heading was passed over (NUMBERED): a workbook whose tables state no year had none.
    const notes: SheetGrid = { name: '公开说明', rows: [['第一部分 部门概况'], ['第二部分 2021年度部门决算情况说明']] };
    expect(recognise(withSheet(withoutProjects(), notes)).document).toEqual({ year: { value: 2021, cell: { sheet: '公开说明', row: 1, col: 0 } } });
    // The tables' year wins over it (a heading left at the template's year).
    expect(recognise(withSheet(sample(), notes)).document.year?.value).toBe(2022);
  });

  it('takes the department of a heading with a colon after its part (第三部分:湛江市…2021年部门决算情况说明) without the colon', () => {
    // helper-h244: as 湛江's 目录 prints it (gosugo.com …/bmjs/2021/content/post_1669527.html); the colon was kept at the
    // name's head, the department “:湛江市人民政府行政服务中心”.
    for (const heading of ['第三部分:湛江市人民政府行政服务中心2021年部门决算情况说明', '第三部分：湛江市人民政府行政服务中心2021年部门决算情况说明', '第三部分、湛江市人民政府行政服务中心2021年部门决算情况说明']) {
      const notes: SheetGrid = { name: '公开说明', rows: [['第一部分:部门概况'], [heading]] };
      const doc = recognise(withSheet(withoutProjects(), notes)).document;
      expect(doc.year?.value).toBe(2021);
      expect(doc.department?.value).toBe('湛江市人民政府行政服务中心');
    }
  });

  it('says nothing when the workbook states neither', () => {
    expect(recognise(withoutProjects()).document).toEqual({});
  });
});

/** Every table's title with `year年度` in front, its figures times `factor` (last year's copy is another workbook's). */
function ofYear(grid: WorkbookGrid, year: number, factor = 1, suffix = ''): SheetGrid[] {
  const rec = recognise(grid);
  const titleCells = new Set(Object.values(rec.tables).map((t) => `${t.sheet}\u0000${t.titleCell.row}\u0000${t.titleCell.col}`));
  return grid.sheets.map((s) => ({
    ...s,
    name: `${s.name}${suffix}`,
    rows: s.rows.map((r, row) =>
      r.map((v, col) => {
        if (titleCells.has(`${s.name}\u0000${row}\u0000${col}`)) return `${year}年度${String(v)}`;
        return typeof v === 'number' && factor !== 1 ? Math.round(v * factor * 100) / 100 : v;
      }),
    ),
  }));
}

describe('last year’s tables beside this year’s', () => {
  it('reads this year’s tables when a visible sheet of last year’s comes first, and says the copies are duplicates', () => {
    const tables = { sheets: sample().sheets.filter((s) => s.name !== '项目支出绩效自评表') };
    const projects = sample().sheets.filter((s) => s.name === '项目支出绩效自评表');
    const grid = { sheets: [...ofYear(tables, 2021, 0.9, '(2021)'), ...ofYear(tables, 2022), ...projects] };
    const rec = recognise(grid);
    expect(rec.document.year?.value).toBe(2022);
    for (const t of Object.values(rec.tables)) expect(t.sheet.endsWith('(2021)')).toBe(false);
    expect(rec.tables.summary!.sheet).toBe('收入支出决算总表');
    const duplicates = rec.problems.filter((p) => p.kind === 'duplicate-table');
    expect(duplicates).toHaveLength(9);
    expect(duplicates.every((p) => p.sheet!.endsWith('(2021)') && p.message.includes('已使用工作表“'))).toBe(true);
    expect(rec.projects).toHaveLength(9);
  });

  it('reads this year’s table when last year’s copy comes first on a sheet named for its year, its title without one', () => {
    const tables = sample().sheets;
    const income = tables.find((s) => s.name === '收入决算表')!;
    const old = { ...income, name: '2021收入决算表', rows: income.rows.map((r) => r.map((v) => (typeof v === 'number' ? Math.round(v * 110) / 100 : v))) };
    const grid = { sheets: [{ name: '封面', rows: [['新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算']] }, old, ...tables] };
    const rec = recognise(grid);
    expect(rec.document.year?.value).toBe(2022);
    expect(rec.tables.income!.sheet).toBe('收入决算表');
    expect(rec.problems.filter((p) => p.kind === 'duplicate-table').map((p) => p.sheet)).toEqual(['2021收入决算表']);
  });

  it('takes no sheet named for the year of publishing (2023年公开-收入决算表 for 2022) for last year’s', () => {
    const tables = sample().sheets.map((s) => (s.name === '收入决算表' ? { ...s, name: '2023年公开-收入决算表' } : s));
    const draft = tables.find((s) => s.name === '2023年公开-收入决算表')!;
    const grid = { sheets: [{ name: '封面', rows: [['新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算']] }, ...tables, { ...draft, name: 'Sheet1' }] };
    const rec = recognise(grid);
    expect(rec.tables.income!.sheet).toBe('2023年公开-收入决算表');
    expect(rec.problems.filter((p) => p.kind === 'duplicate-table').map((p) => p.sheet)).toEqual(['Sheet1']);
  });

  it('reads last year’s copy of a table whose own header cannot be read, and says both', () => {
    const tables = { sheets: sample().sheets.filter((s) => s.name !== '项目支出绩效自评表') };
    const projects = sample().sheets.filter((s) => s.name === '项目支出绩效自评表');
    const thisYear = ofYear(tables, 2022).map((s) =>
      s.name === '收入决算表' ? { ...s, rows: s.rows.map((r, i) => (i === 2 || i === 3 ? r.map(() => null) : r)) } : s,
    );
    const lastYear = ofYear(tables, 2021, 0.9, '(2021)').filter((s) => s.name === '收入决算表(2021)');
    const rec = recognise({ sheets: [...thisYear, ...lastYear, ...projects] });
    expect(rec.document.year?.value).toBe(2022);
    expect(rec.tables.income!.sheet).toBe('收入决算表(2021)');
    expect(rec.problems.map((p) => [p.kind, p.sheet])).toEqual([
      ['other-year', '收入决算表(2021)'],
      ['unmatched-header', '收入决算表'],
    ]);
  });

  it('does not count a 自评表 of another year as one of this year’s projects, and says so', () => {
    const grid = sample();
    const sheet = grid.sheets.find((s) => s.name === '项目支出绩效自评表')!;
    const lastYear: SheetGrid = { ...sheet, name: '2021年自评', rows: sheet.rows.map((r) => r.map((v) => (v === '(2022年度)' ? '(2021年度)' : v))) };
    const rec = recognise({ sheets: [...grid.sheets, lastYear] });
    expect(rec.document.year?.value).toBe(2022);
    expect(rec.projects).toHaveLength(9);
    expect(rec.projects.every((p) => p.sheet === '项目支出绩效自评表')).toBe(true);
    const other = rec.problems.filter((p) => p.kind === 'other-year');
    expect(other).toHaveLength(9);
    expect(other[0]!.sheet).toBe('2021年自评');
    expect(other[0]!.message).toContain('是2021年度的表，不是本次2022年度的，未计入');
  });
});
