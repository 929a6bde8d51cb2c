/**
 * Real layouts made from a readable grid, for the tests of every host and of the engine: what an accountant's own
 * workbook does that our generated ones do not.
 */
import type { CellValue, WorkbookGrid } from '../../src/engine/grid/cell';
import { BlockTableId, recognise } from '../../src/engine/recognise/recognise';
import { buildWorkbook, standardPlan, toGrid } from '../../fixtures/workbook';
import { shanghai2024 } from '../../fixtures/shanghai-2024/tables';
import { changji2022 } from '../../fixtures/changji-2022/tables';
import type { FinalAccountsData } from '../../fixtures/data';

/**
 * The table on `sheetName` with a copy of its first figure column put in before it, holding last year's figures
 * (nine tenths of this year's, the header's text the same), as a sheet copied forward keeps them; `hidden` hides the
 * copy (as an .xlsx says with `<col hidden="1">`). Merged areas move with the columns. Gives the copy's column.
 */
export function withHiddenCopy(g: WorkbookGrid, sheetName: string, hidden: boolean): { grid: WorkbookGrid; col: number } {
  const table = Object.values(recognise(g).tables).find((t) => t.sheet === sheetName)!;
  const col = table.columns[0]!.col;
  const firstData = Math.min(...table.rows.flatMap((r) => Object.values(r.figures).map((f) => f.cell.row)));
  return { grid: withColumnCopy(g, sheetName, col, firstData, hidden), col };
}

/** Column `col` of the sheet copied in before itself, its numbers from row `firstData` down nine tenths of them. */
export function withColumnCopy(g: WorkbookGrid, sheetName: string, col: number, firstData: number, hidden: boolean): WorkbookGrid {
  const sheets = g.sheets.map((s) => {
    if (s.name !== sheetName) return s;
    const rows = s.rows.map((row, r) => {
      const copy = [...row];
      while (copy.length < col) copy.push(null);
      const v = row[col] ?? null;
      copy.splice(col, 0, typeof v === 'number' && r >= firstData ? Math.round(v * 90) / 100 : v);
      return copy;
    });
    const merges = (s.merges ?? []).map((m) => (m.left >= col ? { ...m, left: m.left + 1, right: m.right + 1 } : m.right >= col ? { ...m, right: m.right + 1 } : m));
    const shifted = <T>(line: readonly T[], inserted: T, empty: T) => {
      const out = [...line];
      while (out.length < col) out.push(empty);
      out.splice(col, 0, inserted);
      return out;
    };
    // The copy holds figures, never formulas; a hidden column is 0 wide, as the .xlsx readers give it.
    const formulas = s.formulas?.map((line) => shifted<string | null>(line, null, null));
    const columnWidths = s.columnWidths ? shifted<number | null>(s.columnWidths, hidden ? 0 : null, null) : undefined;
    const uncalculated = s.uncalculated?.map(([r, c]) => [r, c >= col ? c + 1 : c] as const);
    return {
      ...s,
      rows,
      merges,
      ...(formulas ? { formulas } : {}),
      ...(columnWidths ? { columnWidths } : {}),
      ...(uncalculated ? { uncalculated } : {}),
      ...(hidden ? { hiddenColumns: [col] } : {}),
    };
  });
  return { ...g, sheets };
}

/**
 * The table on `sheetName` with a copy of one of its subject rows (the first 项 row, with a 7-digit code) put in
 * above it, holding last year's figures (nine tenths of this year's), as a sheet copied forward keeps them; `hidden`
 * hides the copy (as an .xlsx says with `<row hidden="1">`). Merged areas and the sheet's hidden rows move down with
 * the rows. Gives the copy's row (the original is the row below it).
 */
export function withHiddenRowCopy(g: WorkbookGrid, sheetName: string, hidden: boolean): { grid: WorkbookGrid; row: number } {
  const table = Object.values(recognise(g).tables).find((t) => t.sheet === sheetName)!;
  const subject = table.rows.find((r) => r.code?.length === 7)!;
  const row = Math.min(...Object.values(subject.figures).map((f) => f.cell.row));
  const figureCols = new Set(table.columns.map((c) => c.col));
  const sheet = g.sheets.find((s) => s.name === sheetName)!;
  const copy = (sheet.rows[row] ?? []).map((v, c) => (typeof v === 'number' && figureCols.has(c) ? Math.round(v * 90) / 100 : v));
  return { grid: withRowsAbove(g, sheetName, row, [copy], hidden), row };
}

/**
 * The sheet with `copies` put in above its row `at` (figures, never formulas), `hidden` hiding them; merged areas,
 * formulas, formulas without a result and the sheet's hidden rows move down with the rows below.
 */
export function withRowsAbove(g: WorkbookGrid, sheetName: string, at: number, copies: readonly (readonly CellValue[])[], hidden: boolean): WorkbookGrid {
  const n = copies.length;
  const down = (r: number) => (r >= at ? r + n : r);
  const sheets = g.sheets.map((s) => {
    if (s.name !== sheetName) return s;
    const rows = [...s.rows.slice(0, at), ...copies.map((c) => [...c]), ...s.rows.slice(at)];
    const merges = (s.merges ?? []).map((m) => ({ ...m, top: down(m.top), bottom: down(m.bottom) }));
    const formulas = s.formulas ? [...s.formulas.slice(0, at), ...copies.map((c) => c.map(() => null)), ...s.formulas.slice(at)] : undefined;
    const uncalculated = s.uncalculated?.map(([r, c]) => [down(r), c] as const);
    const hiddenRows = [...(s.hiddenRows ?? []).map(down), ...(hidden ? copies.map((_, i) => at + i) : [])].sort((a, b) => a - b);
    return {
      ...s,
      rows,
      merges,
      ...(formulas ? { formulas } : {}),
      ...(uncalculated ? { uncalculated } : {}),
      ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    };
  });
  return { ...g, sheets };
}

/** The sheet laid out anew: its rows as `layout` gives them from the old, without merged areas (a layout of its own). */
export function withSheetRows(g: WorkbookGrid, sheetName: string, layout: (rows: readonly (readonly CellValue[])[]) => CellValue[][]): WorkbookGrid {
  return { ...g, sheets: g.sheets.map((s) => (s.name === sheetName ? { ...s, merges: [], rows: layout(s.rows) } : s)) };
}

/**
 * A workbook (the sample's data by default) with table 02's 财政拨款收入 split by fund under its header (sheet 收入决算表,
 * the 合计 on row 6): `parts` its funds alone, D 一般公共预算财政拨款 | E 政府性基金预算财政拨款 (no 小计); `subtotal` D 小计 |
 * E 一般公共预算 | F 政府性基金 | G 国有资本经营预算. A subject's 政府性基金 part is its 本年收入 in table 08.
 */
export function withIncomeFiscalSplit(split: 'parts' | 'subtotal', data: FinalAccountsData = changji2022): WorkbookGrid {
  return toGrid(buildWorkbook(data, standardPlan(data), { incomeFiscalSplit: split }));
}

/** The subject table `id` as some departments print it: its 项 rows alone, without the 类 and 款 subtotals. */
export function withItemsOnly(g: WorkbookGrid, id: BlockTableId): WorkbookGrid {
  const table = recognise(g).tables[id]!;
  const subtotals = new Set(table.rows.filter((r) => r.level === 'class' || r.level === 'section').map((r) => r.labelCell!.row));
  return withSheetRows(g, table.sheet, (rows) => rows.filter((_, r) => !subtotals.has(r)).map((row) => [...row]));
}

/**
 * Table 05 (sample layout: 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 from row 6) in its older 收入支出 form, each
 * balance split as 本年支出 is: 年初结转和结余 {`parts`} | 本年收入 | 本年支出 {小计 | 基本支出 | 项目支出} | 年末结转和结余
 * {`parts`}, the balances 0 and the 本年收入 the 本年支出.
 */
export function withOlderGeneralBudgetForm(g: WorkbookGrid, sheetName: string, parts: readonly [string, string, string]): WorkbookGrid {
  const laidOut = withSheetRows(g, sheetName, (rows) =>
    rows.map((r, i): CellValue[] => {
      if (i === 2) return ['项目', null, '年初结转和结余', null, null, '本年收入', '本年支出', null, null, '年末结转和结余', null, null];
      if (i === 3) return ['科目编码', '科目名称', ...parts, null, '小计', '基本支出', '项目支出', ...parts];
      if (i === 4) return [null, '栏次', ...Array.from({ length: 10 }, (_, k) => k + 1)];
      if (i < 5 || typeof r[2] !== 'number') return [...r];
      return [r[0]!, r[1]!, 0, 0, 0, r[2], r[2], r[3]!, r[4]!, 0, 0, 0];
    }),
  );
  const merges = [
    { top: 2, left: 0, bottom: 2, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 4 },
    { top: 2, left: 5, bottom: 3, right: 5 },
    { top: 2, left: 6, bottom: 2, right: 8 },
    { top: 2, left: 9, bottom: 2, right: 11 },
  ];
  return { ...laidOut, sheets: laidOut.sheets.map((s) => (s.name === sheetName ? { ...s, merges } : s)) };
}

const FUNDS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];

/**
 * Table 04 alone (sheet 表4) as 财政部's form prints it: 合计 | each fund {小计 | 基本支出 | 项目支出} (`subtotals`), or
 * each fund as its parts alone. One 类 paid from 政府性基金 (100.00, all 项目支出); `changed` adds to that fund's 小计
 * on the 类's row (H7).
 */
export function fiscalSummaryFundsSplit(subtotals = true, changed = 0): WorkbookGrid {
  const parts = subtotals ? ['小计', '基本支出', '项目支出'] : ['基本支出', '项目支出'];
  const heads: CellValue[] = ['项目', '决算数', '项目', '合计'];
  const subheads: CellValue[] = [null, null, null, null];
  for (const f of FUNDS) parts.forEach((p, i) => (heads.push(i === 0 ? f : null), subheads.push(p)));
  const fund = ([basic, project]: number[], extra = 0) => (subtotals ? [basic! + project! + extra, basic!, project!] : [basic!, project!]);
  const line = (general: number[], gov: number[], extra = 0): CellValue[] => [general[0]! + general[1]! + gov[0]! + gov[1]!, ...fund(general), ...fund(gov, extra), ...fund([0, 0])];
  const rows: CellValue[][] = [
    ['财政拨款收入支出决算总表'],
    ['部门：某某局', ...Array<null>(11), '单位：万元'],
    ['收入', null, '支出'],
    heads,
    subheads,
    ['一、一般公共预算财政拨款', 300, '一、一般公共服务支出', ...line([200, 100], [0, 0])],
    ['二、政府性基金预算财政拨款', 100, '二、城乡社区支出', ...line([0, 0], [0, 100], changed)],
    ['三、国有资本经营预算财政拨款', 0, '三、其他支出', ...line([0, 0], [0, 0])],
    ['本年收入合计', 400, '本年支出合计', ...line([200, 100], [0, 100])],
    ['年初财政拨款结转和结余', 0, '年末财政拨款结转和结余', ...line([0, 0], [0, 0])],
    ['一般公共预算财政拨款', 0],
    ['政府性基金预算财政拨款', 0],
    ['国有资本经营预算财政拨款', 0],
    ['总计', 400, '总计', ...line([200, 100], [0, 100])],
  ];
  return { sheets: [{ name: '表4', rows }] };
}

/**
 * The sample's table 05 (on `sheetName`) with its 基本支出 split as 上海's form prints it: 项目 | | 合计 | 基本支出 {小计 |
 * 人员经费 | 公用经费} | 项目支出, each row's 人员经费 80% of its 基本支出 (rounded), the rest 公用经费.
 */
export function withBasicSplit(g: WorkbookGrid, sheetName: string): WorkbookGrid {
  return withSheetRows(g, sheetName, (rows) =>
    rows.map((r, i): CellValue[] => {
      if (i === 2) return ['项目', null, '合计', '基本支出', null, null, '项目支出'];
      if (i === 3) return ['科目编码', '科目名称', null, '小计', '人员经费', '公用经费', null];
      if (i === 4) return [null, '栏次', 1, 2, 3, 4, 5];
      if (i < 5 || typeof r[3] !== 'number') return [...r];
      const personnel = Math.round(r[3] * 80) / 100;
      return [r[0]!, r[1]!, r[2]!, r[3], personnel, Math.round((r[3] - personnel) * 100) / 100, r[4]!];
    }),
  );
}


/**
 * Table 08 or 09 (项目 | 年初 | 本年收入 | 本年支出 {合计 基本 项目} | 年末) with each balance printed as its parts alone, as
 * 财政部’s form heads them ({基本支出结转 | 项目支出结转和结余}, no 小计): each balance all 项目支出结转和结余.
 */
export function withFundBalancesAsParts(g: WorkbookGrid, sheetName: string): WorkbookGrid {
  return withSheetRows(g, sheetName, (rows) =>
    rows.map((r, i): CellValue[] => {
      if (i < 2) return [...r];
      if (i === 2) return ['项目', null, '年初结转和结余', null, '本年收入', '本年支出', null, null, '年末结转和结余', null];
      if (i === 3) return ['科目编码', '科目名称', '基本支出结转', '项目支出结转和结余', null, '合计', '基本支出', '项目支出', '基本支出结转', '项目支出结转和结余'];
      if (i === 4) return [null, '栏次', 1, 2, 3, 4, 5, 6, 7, 8];
      return r.length < 8 ? [...r] : [r[0]!, r[1]!, 0, r[2]!, r[3]!, r[4]!, r[5]!, r[6]!, 0, r[7]!];
    }),
  );
}

/** The 上海 2024 fixture (table 08 holds figures) with table 08's balances printed as their parts alone. */
export function shanghaiFundBalancesAsParts(): WorkbookGrid {
  const g = toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)));
  return withFundBalancesAsParts(g, recognise(g).tables.govFund!.sheet);
}

/**
 * The sample's table 06 as one block whose columns split each row's amount (科目编码 | 科目名称 | 合计 | 人员经费 |
 * 公用经费), as some provinces print it: each 类 and 款 of 301 and 303 in 人员经费, of 302 and 310 in 公用经费, the other
 * blank; the 合计 row first. `change` edits the rows (code or 合计, and the row's cells) before they are written.
 */
export function withBasicOneBlock(g: WorkbookGrid, change: (key: string, row: CellValue[]) => CellValue[] = (_k, row) => row): WorkbookGrid {
  const table = recognise(g).tables.generalBudgetBasic!;
  const subjects = table.rows.filter((r) => r.code).sort((a, b) => (a.code! < b.code! ? -1 : 1));
  const wan = (fen: number | null | undefined) => (fen ?? 0) / 1_000_000;
  const personnel = table.rows.find((r) => r.key === 'personnelTotal')!.figures.amount!.fen;
  const publicTotal = table.rows.find((r) => r.key === 'publicTotal')!.figures.amount!.fen;
  return withSheetRows(g, table.sheet, (rows) => [
    [rows[0]![0]!],
    [rows[1]![0]!, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
    change('total', [null, '合计', wan(personnel! + publicTotal!), wan(personnel), wan(publicTotal)]),
    ...subjects.map((r) => {
      const amount = wan(r.figures.amount!.fen);
      return change(r.code!, /^30[13]/.test(r.code!) ? [r.code!, r.label, amount, amount, null] : [r.code!, r.label, amount, null, amount]);
    }),
    ['注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。'],
  ]);
}

/**
 * The sample's table 07 without the 小计 of 公务用车购置及运行费 (its 公务用车购置费 | 公务用车运行费 alone under it), in both
 * blocks, as some departments print it.
 */
export function withThreePublicWithoutSubtotal(g: WorkbookGrid): WorkbookGrid {
  const sheet = recognise(g).tables.threePublicCosts!.sheet;
  return withSheetRows(g, sheet, (rows) => rows.map((r) => r.filter((_, c) => c !== 2 && c !== 8)));
}

/**
 * Table 07 as 上海's districts publish it (嘉定区司法局 2017: 一般公共预算财政拨款“三公”经费及机关运行经费支出决算表): the 三公
 * under one 一般公共预算财政拨款“三公”经费 header (items, then 预算数 | 决算数 pairs) and a last column 机关运行经费决算数 whose
 * one label stands over every header row; blanks for zeros. `budget` and `actual`: 合计, 因公出国, 公务用车 小计, 购置费,
 * 运行费, 公务接待费 (万元).
 */
export function shanghaiDistrictThreePublic(
  title: string,
  budget: readonly number[],
  actual: readonly number[],
  officeCost: number,
): CellValue[][] {
  const N = null;
  const blank = (v: number) => (v === 0 ? N : v);
  return [
    [title],
    ['单位:万元'],
    ['一般公共预算财政拨款“三公”经费', N, N, N, N, N, N, N, N, N, N, N, '机关运行经费决算数'],
    ['合计', N, '因公出国(境)费', N, '公务用车购置及运行费', N, N, N, N, N, '公务接待费', N, N],
    [N, N, N, N, '小计', N, '公务用车购置费', N, '公务用车运行费', N, N, N, N],
    [...Array.from({ length: 6 }, () => ['预算数', '决算数']).flat(), N],
    [...budget.flatMap((b, i) => [blank(b), blank(actual[i]!)]), officeCost],
  ];
}

/** The sample (or `data`) with its table 07 in the 上海 district layout above, the 机关运行经费 column holding `officeCost`. */
export function withShanghaiDistrictThreePublic(officeCost: number, data: FinalAccountsData = changji2022): WorkbookGrid {
  const g = toGrid(buildWorkbook(data, standardPlan(data)));
  const sheetName = recognise(g).tables.threePublicCosts!.sheet;
  const t = data.threePublicCosts;
  const items = ['total', 'overseasTravel', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;
  const of = (m: Readonly<Record<string, number | undefined>>) => items.map((i) => m[i] ?? 0);
  return withSheetRows(g, sheetName, () =>
    shanghaiDistrictThreePublic(`${data.year}年度一般公共预算财政拨款“三公”经费及机关运行经费支出决算表`, of(t.budget), of(t.actual), officeCost),
  );
}

/**
 * The subject table `id` with a `小计` row closing each 类's block (after its last 款 and 项, before the next 类),
 * holding the 类's figures, as some departments print it; `blankClass` leaves the 类 row a heading (its code and name,
 * its figures blank), `change` alters the 小计's first figure by that many units (a 小计 that does not agree).
 */
export function withClassSubtotals(g: WorkbookGrid, id: BlockTableId, blankClass: boolean, change = 0): WorkbookGrid {
  const table = recognise(g).tables[id]!;
  const figureCols = new Set(table.columns.map((c) => c.col));
  const subjectRows = table.rows.filter((r) => r.code !== undefined).map((r) => ({ row: r.labelCell!.row, level: r.level }));
  const classes = subjectRows.filter((r) => r.level === 'class').map((r) => r.row);
  const labelCol = table.rows.find((r) => r.level === 'class')!.labelCell!.col;
  const closeAfter = new Map<number, number>();
  for (let i = 0; i < classes.length; i++) {
    const next = classes[i + 1] ?? Infinity;
    const last = Math.max(...subjectRows.filter((r) => r.row >= classes[i]! && r.row < next).map((r) => r.row));
    closeAfter.set(last, classes[i]!);
  }
  return withSheetRows(g, table.sheet, (rows) =>
    rows.flatMap((row, r) => {
      const own = classes.includes(r) && blankClass ? row.map((v, c) => (figureCols.has(c) ? null : v)) : [...row];
      const cls = closeAfter.get(r);
      if (cls === undefined) return [own];
      let first = true;
      const subtotal = rows[cls]!.map((v, c) => {
        if (c === labelCol) return '小计';
        if (!figureCols.has(c)) return null;
        if (typeof v === 'number' && first) {
          first = false;
          return Math.round((v + change) * 100) / 100;
        }
        return v;
      });
      return [own, subtotal];
    }),
  );
}

/**
 * The subject table `id` with each 类 row a blank heading and a `小计` row closing each 款's block (holding the 款's
 * figures), none closing the 类: a 类 of several 款 whose figures no row gives.
 */
export function withSectionSubtotalsOnly(g: WorkbookGrid, id: BlockTableId): WorkbookGrid {
  const table = recognise(g).tables[id]!;
  const figureCols = new Set(table.columns.map((c) => c.col));
  const subjects = table.rows.filter((r) => r.code !== undefined).map((r) => ({ row: r.labelCell!.row, code: r.code! }));
  const classes = new Set(subjects.filter((r) => r.code.length === 3).map((r) => r.row));
  const labelCol = table.rows.find((r) => r.level === 'class')!.labelCell!.col;
  const closeAfter = new Map<number, number>();
  for (const s of subjects.filter((r) => r.code.length === 5)) {
    const last = Math.max(...subjects.filter((r) => r.code.startsWith(s.code)).map((r) => r.row));
    closeAfter.set(last, s.row);
  }
  return withSheetRows(g, table.sheet, (rows) =>
    rows.flatMap((row, r) => {
      const own = classes.has(r) ? row.map((v, c) => (figureCols.has(c) ? null : v)) : [...row];
      const sec = closeAfter.get(r);
      if (sec === undefined) return [own];
      return [own, rows[sec]!.map((v, c) => (c === labelCol ? '小计' : figureCols.has(c) ? v : null))];
    }),
  );
}

export const JIANGSU_FISCAL_EXPENDITURE = '财政拨款支出决算表(功能科目)';
export const JIANGSU_FISCAL_BASIC = '财政拨款基本支出决算表(经济科目)';

/**
 * 江苏's tables of every 财政拨款 (江苏开放大学 2023: 五、财政拨款支出决算表(功能科目), 六、财政拨款基本支出决算表(经济科目)),
 * in the form of tables 05 and 06: where a department spends 一般公共预算 alone (the sample's 08 and 09 are empty), a copy
 * of its tables 05 and 06 under those titles, on sheets of their own.
 */
export function withJiangsuFiscalTables(grid: WorkbookGrid): WorkbookGrid {
  const copy = (from: string, title: string) => {
    const s = grid.sheets.find((x) => x.name === from)!;
    return { name: title, rows: s.rows.map((r, i) => (i === 0 ? [title, ...r.slice(1)] : [...r])) };
  };
  return {
    ...grid,
    sheets: [...grid.sheets, copy('一般公共预算财政拨款支出决算表', JIANGSU_FISCAL_EXPENDITURE), copy('一般公共预算财政拨款基本支出决算表', JIANGSU_FISCAL_BASIC)],
  };
}

export const JIANGXI_ASSETS = '国有资产占用情况表';

/**
 * 江西's tenth table, 国有资产占用情况表 (h248's layout of the set), its 合计 row the sample's 说明数据 figures (车辆 72.85):
 * the sheet's rows.
 */
export function jiangxiAssetsRows(): CellValue[][] {
  return [
    [JIANGXI_ASSETS, null, null, null, null, null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null, null, null, null, '公开10表'],
    ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, null, null, null, null, null, null, null, '金额单位：万元'],
    ['项目', '行次', '资产总额', '流动资产', '固定资产', null, null, null, null, '对外投资', '无形资产', '其他资产'],
    [null, null, null, null, '小计', '房屋构筑物', '车辆', '单价200万元以上大型设备', '其他固定资产', null, null, null],
    ['栏次', null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ['合计', 1, 600.5, 67.85, 532.65, 0, 72.85, 0, 459.8, 0, 0, 0],
  ];
}

/**
 * jiangxiAssetsRows with 120.00 of 房屋构筑物 (its 其他固定资产 less by as much), the column headed `header` (房屋构筑物 as 江西 prints
 * it, or 房屋 alone): the houses an area measures are part of the first, all of the second.
 */
export function jiangxiHousesRows(header: string): CellValue[][] {
  return jiangxiAssetsRows().map((r) => (r[0] === '合计' ? r.map((v, c) => (c === 5 ? 120 : c === 8 ? 339.8 : v)) : r[5] === '房屋构筑物' ? r.map((v, c) => (c === 5 ? header : v)) : r));
}
