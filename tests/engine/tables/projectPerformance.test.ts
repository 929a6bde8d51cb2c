/** The 项目支出绩效自评表 reader against the nine forms of the reference, several per sheet or one per sheet. */
import { recognise } from '../../../src/engine/recognise/recognise';
import type { ProjectPerformanceModel } from '../../../src/engine/tables/model';
import type { CellValue } from '../../../src/engine/grid/cell';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import type { ProjectData } from '../../../fixtures/data';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { withColumnCopy, withRowsAbove } from '../../support/layouts';
import { toA1 } from '../../../src/engine/grid/address';
import { runAudit } from '../../../src/engine/audit/audit';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';

const fen = (wan: number) => Math.round(wan * 1_000_000);

/** What the model says about a form, in the shape of the readable data. */
function asData(p: ProjectPerformanceModel) {
  const funds = (k: 'total' | 'fiscal' | 'carryover' | 'other') => {
    const row = p.funds[k]!;
    return [row.initialBudget!.fen, row.adjustedBudget!.fen, row.actual!.fen];
  };
  return {
    name: p.name?.text,
    department: p.department?.text,
    implementer: p.implementer?.text,
    funds: { total: funds('total'), fiscal: funds('fiscal'), carryover: funds('carryover'), other: funds('other') },
    fundWeight: p.funds.total!.weight!.value,
    fundRate: p.funds.total!.rate!.value,
    fundScore: p.funds.total!.score!.value,
    expectedGoals: p.goals.expected?.text,
    achievedGoals: p.goals.achieved?.text,
    indicators: p.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      name: i.name.text,
      target: i.target?.text,
      achieved: i.achieved?.text,
      weight: i.weight?.value,
      score: i.score?.value,
      deviation: i.deviation?.text,
    })),
    totalWeight: p.total?.weight?.value,
    totalScore: p.total?.score?.value,
  };
}

function expected(d: ProjectData) {
  const funds = (k: keyof ProjectData['funds']) => d.funds[k].map(fen);
  return {
    name: d.name,
    department: d.department,
    implementer: d.implementer,
    funds: { total: funds('total'), fiscal: funds('fiscal'), carryover: funds('carryover'), other: funds('other') },
    fundWeight: d.fundWeight,
    fundRate: d.fundRate,
    fundScore: d.fundScore,
    expectedGoals: d.expectedGoals,
    achievedGoals: d.achievedGoals,
    // Rows of a 二级指标 without indicators (经济效益指标) carry nothing to read.
    indicators: d.indicators
      .filter((i) => i.name !== undefined)
      .map((i) => ({
        level1: i.level1,
        level2: i.level2,
        name: i.name,
        target: i.target,
        achieved: i.achieved,
        weight: i.weight,
        score: i.score,
        deviation: i.deviation,
      })),
    totalWeight: d.totalWeight,
    totalScore: d.totalScore,
  };
}

describe('项目支出绩效自评表', () => {
  it('reads all nine forms of the sample from one sheet, every field', () => {
    const rec = recognise(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))));
    expect(rec.problems).toEqual([]);
    expect(rec.projects).toHaveLength(9);
    rec.projects.forEach((p, i) => expect(asData(p)).toEqual(expected(changji2022.projects[i]!)));
  });

  it('keeps a part a row does not hold absent, never present as undefined, and the parts in the model’s order', () => {
    // What the JSON outputs and a `'weight' in row` see: a fund row without 分值 (its column not printed), an indicator without 偏差原因.
    const fundOrder = ['label', 'initialBudget', 'adjustedBudget', 'actual', 'weight', 'rate', 'score'];
    const indicatorOrder = ['level1', 'level2', 'name', 'target', 'achieved', 'weight', 'score', 'deviation'];
    const inOrder = (o: object, order: readonly string[]) => {
      expect(Object.entries(o).filter(([, v]) => v === undefined)).toEqual([]);
      expect(Object.keys(o)).toEqual(order.filter((k) => k in o));
    };
    // The sample's fund rows hold every part: the first form without its funds' 分值 column (header and figures), as a
    // form without scores prints it.
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const { total, other } = recognise(grid).projects[0]!.funds;
    const col = total!.weight!.cell.col;
    const top = total!.label.cell.row - 1;
    const bottom = other!.label.cell.row;
    const sheets = grid.sheets.map((s) =>
      s.name !== total!.label.cell.sheet ? s : { ...s, rows: s.rows.map((row, r) => (r < top || r > bottom ? row : row.map((v, c) => (c === col ? null : v)))) },
    );
    const projects = recognise({ ...grid, sheets }).projects;
    expect(projects[0]!.funds.total!.score!.value).toBe(total!.score!.value);
    const rows = projects.flatMap((p) => Object.values(p.funds).filter((row) => row !== undefined));
    const indicators = projects.flatMap((p) => p.indicators);
    for (const row of rows) inOrder(row, fundOrder);
    for (const indicator of indicators) inOrder(indicator, indicatorOrder);
    // Both kinds with a part absent and with it present, so that the order and the absence are both seen.
    const someAbsent = (objects: readonly object[], order: readonly string[]) =>
      order.filter((k) => objects.some((o) => k in o) && objects.some((o) => !(k in o)));
    expect([someAbsent(rows, fundOrder), someAbsent(indicators, indicatorOrder)]).toEqual([['weight'], ['deviation']]);
  });

  it('reads forms one per sheet with 执行率 and 得分 written as text (100.00%, 10.00 分)', () => {
    const plan = changji2022.projects.map((_, i) => ({ name: `自评表${i + 1}`, projects: [i] }));
    const rec = recognise(toGrid(buildWorkbook(changji2022, plan, { projectTextFigures: true })));
    expect(rec.problems.filter((p) => p.kind !== 'missing-table')).toEqual([]);
    expect(rec.projects.map((p) => p.sheet)).toEqual(plan.map((p) => p.name));
    rec.projects.forEach((p, i) => {
      const want = expected(changji2022.projects[i]!);
      expect(p.funds.total!.rate!.value).toBeCloseTo(want.fundRate, 10);
      expect({ ...asData(p), fundRate: want.fundRate }).toEqual(want);
    });
  });

  it.each([
    ['its title again (（续）), a unit line under it and the indicators’ header', true],
    ['the indicators’ header alone, repeated at the top of a page', false],
  ])('reads a form cut in parts among its indicators (%s): the same indicators, no problem', (_what, titled) => {
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const first = recognise(grid).projects[0]!;
    const sheet = grid.sheets.find((s) => s.name === first.sheet)!;
    const headerAt = sheet.rows.findIndex((row, r) => r > first.range.top && row.some((v) => v === '三级指标'));
    expect(headerAt).toBeGreaterThan(first.range.top);
    const cut = headerAt + 4;
    const width = sheet.rows[headerAt]!.length;
    const part = [
      ...(titled ? [['项目支出绩效自评表（续）'], [...Array.from({ length: width - 1 }, () => null), '单位：万元']] : []),
      [...sheet.rows[headerAt]!],
    ];
    const rows = [...sheet.rows.slice(0, cut), ...part, ...sheet.rows.slice(cut)];
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows, merges: undefined } : s)) });
    expect(rec.problems).toEqual([]);
    expect(rec.projects).toHaveLength(9);
    expect(asData(rec.projects[0]!)).toEqual(expected(changji2022.projects[0]!));
  });

  it('reads forms set side by side, two to a page’s width (A:I and K:S), each as its own form', () => {
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const forms = recognise(grid).projects;
    const sheet = grid.sheets.find((s) => s.name === forms[0]!.sheet)!;
    const rowsOf = (i: number) => (forms[i] ? sheet.rows.slice(forms[i]!.range.top, forms[i]!.range.bottom + 1) : []);
    const rows: CellValue[][] = [];
    for (let i = 0; i < forms.length; i += 2) {
      const [left, right] = [rowsOf(i), rowsOf(i + 1)];
      for (let k = 0; k < Math.max(left.length, right.length); k++) {
        const row: CellValue[] = Array.from({ length: 19 }, () => null);
        (left[k] ?? []).forEach((v, c) => (row[c] = v));
        (right[k] ?? []).forEach((v, c) => (row[10 + c] = v));
        rows.push(row);
      }
      rows.push([], []);
    }
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows, merges: undefined } : s)) });
    expect(rec.problems).toEqual([]);
    expect(rec.projects).toHaveLength(9);
    const byName = new Map(rec.projects.map((p) => [p.name?.text, p]));
    changji2022.projects.forEach((d) => expect(asData(byName.get(d.name)!)).toEqual(expected(d)));
  });

  it.each([
    ['in its funds block: the title again without （续）, the year line and the funds header', 'funds', false, true, ''],
    ['in its funds block: the page’s top again (title, year line, 项目名称, 主管部门) and the funds header', 'funds', true, true, ''],
    ['among its indicators: the title again without （续）, the year line and the indicators’ header', 'indicators', false, true, ''],
    // Print titles $1:$4: the 实施单位's name under 分值 was read as an indicator's figure that is not a number.
    ['among its indicators: the page’s top again (title, year line, 项目名称, 主管部门 and 实施单位), no header', 'indicators', true, false, ''],
    // Counted as a form of its own, its project was a tenth for nine, and both halves false 错误.
    ['among its indicators: the page’s top again, its 项目名称 marked （续）, and the indicators’ header', 'indicators', true, true, '（续）'],
    ['in its funds block: the page’s top again, its 项目名称 marked (续表), and the funds header', 'funds', true, true, '(续表)'],
  ] as const)('reads a form cut by a page that repeats its top (%s) as one form', (_what, where, withName, withHeader, mark) => {
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const first = recognise(grid).projects[0]!;
    const sheet = grid.sheets.find((s) => s.name === first.sheet)!;
    const top = first.range.top;
    const headerAt = sheet.rows.findIndex((row, r) => r > top && row.some((v) => v === (where === 'funds' ? '全年预算数' : '三级指标')));
    const nameAt = sheet.rows.findIndex((row, r) => r > top && row.some((v) => v === '项目名称'));
    expect(headerAt).toBeGreaterThan(nameAt);
    const cut = headerAt + 2;
    const page = [
      [],
      [...sheet.rows[top]!],
      [...sheet.rows[top + 1]!],
      ...(withName ? [sheet.rows[nameAt]!.map((v) => (v === first.name!.text ? `${v}${mark}` : v)), [...sheet.rows[nameAt + 1]!]] : []),
      ...(withHeader ? [[...sheet.rows[headerAt]!]] : []),
    ];
    expect(page[1]).toContain('项目支出绩效自评表');
    if (withName) expect(page.flat()).toContain(`${first.name!.text}${mark}`);
    const rows = [...sheet.rows.slice(0, cut), ...page, ...sheet.rows.slice(cut)];
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows, merges: undefined } : s)) });
    expect(rec.problems).toEqual([]);
    expect(rec.projects).toHaveLength(9);
    expect(asData(rec.projects[0]!)).toEqual(expected(changji2022.projects[0]!));
  });

  it('reads the 栏次 row under the indicators’ header (1 2 3 …, or 栏次 1 2 3 …) as no indicator', () => {
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const first = recognise(grid).projects[0]!;
    const sheet = grid.sheets.find((s) => s.name === first.sheet)!;
    const headerAt = sheet.rows.findIndex((row, r) => r > first.range.top && row.includes('三级指标'));
    const width = sheet.rows[headerAt]!.length;
    for (const numbers of [Array.from({ length: width }, (_, c) => c + 1), ['栏次', ...Array.from({ length: width - 1 }, (_, c) => c + 1)]]) {
      const rows = [...sheet.rows.slice(0, headerAt + 1), numbers, ...sheet.rows.slice(headerAt + 1)];
      const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows, merges: undefined } : s)) });
      expect(rec.problems).toEqual([]);
      expect(rec.projects).toHaveLength(9);
      expect(asData(rec.projects[0]!)).toEqual(expected(changji2022.projects[0]!));
    }
    // Among the indicators, a row of 分值 1 and 得分 2 without its name is no 栏次 row (1 2 …): said, not passed over.
    const second = first.indicators[1]!;
    const bare = Array.from({ length: width }, (_, c): CellValue => (c === second.weight!.cell.col ? 1 : c === second.score!.cell.col ? 2 : null));
    const at = second.name.cell.row + 1;
    const rows = [...sheet.rows.slice(0, at), bare, ...sheet.rows.slice(at)];
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows, merges: undefined } : s)) });
    expect(rec.problems.length).toBeGreaterThan(0);
  });

  it('reads a form in 万元 whose unit line stands over its own title in 万元, after a form in 元 above it', () => {
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const forms = recognise(grid).projects;
    const sheet = grid.sheets.find((s) => s.name === forms[0]!.sheet)!;
    const second = forms[1]!.range.top;
    // The first form in 元 (its 项目资金（元） and figures ×10,000), then 单位：万元 over the second's title.
    const rows = sheet.rows.flatMap((row, r): CellValue[][] => {
      const first = r <= forms[0]!.range.bottom;
      const inSecond = r >= second && r <= forms[1]!.range.bottom;
      const funds = typeof row[2] === 'string' && /年度资金总额|财政拨款|上年结转|其他资金/.test(row[2]);
      // The second form's own 项目资金 names no unit: only the line over its title does.
      const header = (v: CellValue) => (v !== '项目资金（万元）' ? v : first ? '项目资金（元）' : inSecond ? '项目资金' : v);
      const own = row.map((v, c) => (first && funds && c >= 3 && c <= 5 && typeof v === 'number' ? v * 10_000 : header(v)));
      return r === second ? [['单位：万元'], own] : [own];
    });
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows, merges: undefined } : s)) });
    expect(rec.projects.slice(0, 3).map((p) => p.unit)).toEqual(['元', '万元', '万元']);
    expect(rec.projects.map((p) => p.funds.total!.adjustedBudget!.fen)).toEqual(forms.map((p) => p.funds.total!.adjustedBudget!.fen));
  });

  it('counts no project for a list of projects, one a row, titled as the form (no indicators, no 年度资金总额), and says why', () => {
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const sheet = grid.sheets.find((s) => s.name === recognise(grid).projects[0]!.sheet)!;
    const list: CellValue[][] = [
      ['项目支出绩效自评表'],
      ['单位：万元'],
      ['序号', '项目名称', '全年预算数', '全年执行数', '执行率', '自评得分'],
      [1, '甲项目', 120, 118.2, 0.985, 99.85],
      [2, '乙项目', 50, 40, 0.8, 98],
    ];
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { name: s.name, rows: list } : s)) });
    expect(rec.projects).toEqual([]);
    expect(rec.problems.map((p) => p.kind)).toEqual(['incomplete-form', 'missing-table']);
  });

  it('counts a form copied to a sheet of its own once, and says so (a sheet of all forms beside one sheet per form)', () => {
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const forms = recognise(grid).projects;
    const sheet = grid.sheets.find((s) => s.name === forms[0]!.sheet)!;
    const copy = { name: '甲', rows: sheet.rows.slice(forms[0]!.range.top, forms[0]!.range.bottom + 1).map((r) => [...r]) };
    const rec = recognise({ ...grid, sheets: [...grid.sheets, copy] });
    expect(rec.projects).toHaveLength(9);
    expect(rec.problems.map((p) => `${p.kind} ${p.sheet}!${p.cell}`)).toEqual(['duplicate-table 甲!A1']);
  });

  it.each([
    ['under the first title only', 'under'],
    ['over the first title', 'over'],
  ] as const)('reads forms titled one by one in the unit stated once %s (金额单位：元), not in 万元', (_what, where) => {
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const forms = recognise(grid).projects;
    const sheet = grid.sheets.find((s) => s.name === forms[0]!.sheet)!;
    // Every form's funds in 元, its 项目资金 naming no unit; the unit line once.
    const inYuan = sheet.rows.map((row) => {
      const funds = typeof row[2] === 'string' && /年度资金总额|财政拨款|上年结转|其他资金/.test(row[2]);
      return row.map((v, c) => (v === '项目资金（万元）' ? '项目资金' : funds && c >= 3 && c <= 5 && typeof v === 'number' ? Math.round(v * 1_000_000) / 100 : v));
    });
    const line = ['金额单位：元'];
    const rows = where === 'under' ? [...inYuan.slice(0, 2), line, ...inYuan.slice(2)] : [line, ...inYuan];
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows, merges: undefined } : s)) });
    expect(rec.projects).toHaveLength(9);
    expect(rec.projects.map((p) => p.unit)).toEqual(forms.map(() => '元'));
    expect(rec.projects.map((p) => p.funds.total!.adjustedBudget!.fen)).toEqual(forms.map((p) => p.funds.total!.adjustedBudget!.fen));
  });

  it.each([
    ['each under its own title', false],
    ['stacked under one title', true],
  ])('reads two forms of projects of the same name (two 实施单位’ 访惠聚经费) as two, the second after the first’s 总分 (%s)', (_what, untitled) => {
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const forms = recognise(grid).projects;
    const sheet = grid.sheets.find((s) => s.name === forms[0]!.sheet)!;
    const second = forms[1]!.name!.cell;
    const rows = sheet.rows.map((row, r) =>
      row.map((v, c) => (r === second.row && c === second.col ? forms[0]!.name!.text : untitled && r > forms[0]!.range.bottom && v === '项目支出绩效自评表' ? null : v)),
    );
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows, merges: undefined } : s)) });
    expect(rec.projects).toHaveLength(9);
    expect({ ...asData(rec.projects[1]!), name: changji2022.projects[1]!.name }).toEqual(expected(changji2022.projects[1]!));
  });

  it.each([
    ['each title cell left empty', (row: readonly CellValue[]) => row.map((v) => (v === '项目支出绩效自评表' ? null : v))],
    ['the title, the year line and the empty rows between forms taken out', () => undefined],
  ])('reads every form stacked under one title, the later ones with no title of their own (%s)', (_what, later) => {
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const forms = recognise(grid).projects;
    const sheet = grid.sheets.find((s) => s.name === forms[0]!.sheet)!;
    const starts = new Set(forms.slice(1).map((p) => p.range.top));
    // The rows from the end of one form to the 项目名称 of the next: its title, its year line, empty rows between.
    const between = (r: number) => forms.slice(1).some((p, i) => r > forms[i]!.range.bottom && r < p.range.top + 2);
    const rows = sheet.rows.flatMap((row, r) => {
      if (!between(r)) return [row];
      const kept = starts.has(r) ? later(row) : later === undefined ? row : undefined;
      return kept === undefined ? [] : [kept as CellValue[]];
    });
    expect(rows.filter((row) => row.includes('项目支出绩效自评表'))).toHaveLength(1);
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows, merges: undefined } : s)) });
    expect(rec.problems).toEqual([]);
    expect(rec.projects).toHaveLength(9);
    rec.projects.forEach((p, i) => expect(asData(p)).toEqual(expected(changji2022.projects[i]!)));
    for (let i = 1; i < rec.projects.length; i++) expect(rec.projects[i]!.range.top).toBeGreaterThan(rec.projects[i - 1]!.range.bottom);
  });

  it('reads a stacked form that names no unit in the unit of the form above it', () => {
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const forms = recognise(grid).projects;
    const sheet = grid.sheets.find((s) => s.name === forms[0]!.sheet)!;
    let seen = 0;
    // One title over all; the first form's funds in 元, the others' funds label naming no unit.
    const respelt = (v: CellValue): CellValue => {
      if (v === '项目支出绩效自评表') return seen++ === 0 ? v : null;
      return v === '项目资金（万元）' ? (seen === 1 ? '项目资金（元）' : '项目资金') : v;
    };
    const rows = sheet.rows.map((row) => row.map(respelt));
    const rec = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows } : s)) });
    expect(rec.projects.map((p) => p.unit)).toEqual(forms.map(() => '元'));
    expect(rec.projects.map((p) => p.funds.total!.actual!.fen)).toEqual(forms.map((p) => p.funds.total!.actual!.fen! / 10_000));
  });

  it('keeps each form within its own rows when several share a sheet', () => {
    const rec = recognise(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))));
    const ranges = rec.projects.map((p) => [p.range.top, p.range.bottom]);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1]!);
    const sum = (k: 'adjustedBudget' | 'actual') => rec.projects.reduce((s, p) => s + p.funds.total![k]!.fen!, 0);
    // The reference's §十一: 全年预算数 748.11 万元, 全年执行数 728.90 万元.
    expect(sum('adjustedBudget')).toBe(fen(748.11));
    expect(sum('actual')).toBe(fen(728.9));
  });

  it('reads the last form of a sheet whose 总分 row stands 250,000 rows below its indicators (the stack overflowed)', () => {
    // As a damaged file read: the rows between are empty, the form reaches to the far row.
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const last = recognise(grid).projects[8]!;
    const far = 250_000;
    const sheets = grid.sheets.map((s) => {
      if (s.name !== last.sheet) return s;
      const totalRow = last.range.bottom;
      const rows = [...s.rows.slice(0, totalRow), ...Array.from({ length: far - totalRow }, () => []), s.rows[totalRow]!, ...s.rows.slice(totalRow + 1)];
      return { ...s, rows, merges: undefined };
    });
    const rec = recognise({ ...grid, sheets });
    expect(rec.projects).toHaveLength(9);
    expect(rec.projects[8]!.range.bottom).toBe(far);
    expect(asData(rec.projects[8]!)).toEqual(expected(changji2022.projects[8]!));
  });

  it('reads the unit a form names in 元 (项目资金（元）), and its figures in it', () => {
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const first = recognise(grid).projects[0]!;
    // The form's own unit label, respelt as accountants do.
    let relabelled = 0;
    const respelt = (v: CellValue): CellValue => {
      if (typeof v !== 'string' || !v.includes('万元')) return v;
      relabelled++;
      return v.replace('（万元）', '（元）').replace('(万元)', '（元）').replace(/单位[:：]\s*万元/, '单位： 元');
    };
    const { top, bottom } = first.range;
    const inYuan = {
      ...grid,
      sheets: grid.sheets.map((s) => (s.name !== first.sheet ? s : { ...s, rows: s.rows.map((row, r) => (r < top || r > bottom ? row : row.map(respelt))) })),
    };
    expect(relabelled).toBeGreaterThan(0);
    const reread = recognise(inYuan).projects[0]!;
    expect(reread.unit).toBe('元');
    expect(reread.funds.total!.actual!.fen).toBe(first.funds.total!.actual!.fen! / 10_000);
  });

  it('does not take the unit from a 预期目标 text that ends in a 成本 target’s unit (人均补助标准（元）)', () => {
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const first = recognise(grid).projects[0]!;
    const goal = first.goals.expected!.cell;
    const withGoal = {
      ...grid,
      sheets: grid.sheets.map((s) =>
        s.name !== goal.sheet ? s : { ...s, rows: s.rows.map((row, r) => (r !== goal.row ? row : row.map((v, c) => (c === goal.col ? `${String(v)}目标4：人均补助标准（元）` : v)))) },
      ),
    };
    const reread = recognise(withGoal).projects[0]!;
    expect(reread.unit).toBe(first.unit);
    expect(reread.funds.total!.actual!.fen).toBe(first.funds.total!.actual!.fen);
  });

  it('finds unit labels by 元 alone: no other character folds (NFKC) to text holding 元', () => {
    // The reader folds only the cells that hold 元 as typed (readers/projectPerformance.ts): exact only while this holds.
    const folding: string[] = [];
    for (let cp = 0; cp < 0x30000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const ch = String.fromCodePoint(cp);
      if (ch !== '元' && ch.normalize('NFKC').includes('元')) folding.push(ch);
    }
    expect(folding).toEqual([]);
  });
});

describe('a 自评表 with a hidden copy of a column before it (last year’s 全年执行数 kept out of sight)', () => {
  it('reads the visible column, every form as without the copy; a host that cannot tell reads the copy', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const forms = recognise(g).projects;
    const actual = forms[0]!.funds.total!.actual!.cell;
    const firstData = actual.row;
    const read = (x: typeof g) => recognise(x).projects.map(asData);
    const copied = withColumnCopy(g, actual.sheet, actual.col, firstData, true);
    expect(read(copied)).toEqual(read(g));
    // Said at the hidden column of each form's funds header, naming the visible one.
    const notices = recognise(copied).problems.filter((p) => p.message.includes('已隐藏'));
    expect(notices.length).toBeGreaterThanOrEqual(forms.length);
    expect(notices[0]!.message).toMatch(/的列“全年执行数”已隐藏，与[A-Z]+\d+的可见列栏目相同/);
    expect(read(withColumnCopy(g, actual.sheet, actual.col, firstData, false))).not.toEqual(read(g));
  });
});

describe('a 自评表 with a hidden copy of its label column before it (项目名称, 年度资金总额, 总分 … kept out of sight)', () => {
  it('reads every label of a row from the visible column, every form as without the copy', () => {
    // Each row's labels are met in the hidden copy first: a label looked for in one row (a form's top, its 总分) is the
    // shown one, the hidden one only where no cell of the row shows it.
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const forms = recognise(g).projects;
    const label = forms[0]!.funds.total!.label.cell;
    const read = (x: typeof g) => recognise(x).projects.map(asData);
    const copied = withColumnCopy(g, label.sheet, label.col, label.row, true);
    expect(read(copied)).toEqual(read(g));
    expect(recognise(copied).projects.map((f) => f.name?.cell.col)).toEqual(forms.map((f) => (f.name ? f.name.cell.col + 1 : undefined)));
  });
});

describe('a 自评表 whose hidden column starts a merged area that shows (the 实施单位 value merged over it and the next)', () => {
  it('reads the text the merged area shows', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const form = recognise(g).projects[0]!;
    const sheet = g.sheets.find((s) => s.name === form.sheet)!;
    const k = form.funds.total!.weight!.cell.col;
    const implementer = form.implementer!;
    // Excel: a column inserted before 分值 (k), this year's figures typed into it, last year's 分值 (now k + 1) hidden;
    // the merged areas over k move or widen, so the 实施单位 value's area starts in the hidden column.
    const rows = sheet.rows.map((row, r) => {
      const line = [...row];
      while (line.length < k + 1) line.push(null);
      line.splice(k, 0, r > implementer.cell.row ? (line[k] ?? null) : null);
      return line;
    });
    const merges = (sheet.merges ?? []).map((m) => (m.left >= k ? { ...m, left: m.left + 1, right: m.right + 1 } : m.right >= k ? { ...m, right: m.right + 1 } : m));
    const moved = { ...g, sheets: g.sheets.map((s) => (s === sheet ? { ...s, rows, merges, hiddenColumns: [k + 1] } : s)) };
    expect(recognise(moved).projects[0]!.implementer!.text).toBe(implementer.text);
  });
});

describe('a 自评表 with a hidden copy of a funds row above it (last year’s 年度资金总额 kept out of sight)', () => {
  it('reads the shown row and says which it left; a host that cannot tell reads the copy', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const form = recognise(g).projects[0]!;
    const at = form.funds.total!.label.cell.row;
    const copy = (g.sheets.find((s) => s.name === form.sheet)!.rows[at] ?? []).map((v) => (typeof v === 'number' ? Math.round(v * 150) / 100 : v));
    const withCopy = (hidden: boolean) => withRowsAbove(g, form.sheet, at, [copy], hidden);
    const first = (x: typeof g) => asData(recognise(x).projects[0]!);
    expect(first(withCopy(true))).toEqual(first(g));
    const notices = recognise(withCopy(true)).problems.filter((p) => p.message.includes('已隐藏'));
    expect(notices.map((p) => [p.kind, p.cell])).toEqual([['duplicate-row', toA1(at, form.funds.total!.label.cell.col)]]);
    expect(first(withCopy(false))).not.toEqual(first(g));
  });
});

describe('a 自评表 printed over two pages whose print titles reach into its funds block (the funds header and rows again among the indicators)', () => {
  it('reads the repeated funds rows as the page’s top, not as indicators whose 分值 and 执行率 are no numbers', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const form = recognise(g).projects[0]!;
    const rows = g.sheets.find((s) => s.name === form.sheet)!.rows;
    const fundsTop = form.funds.total!.label.cell.row - 1;
    const among = form.indicators[3]!.score!.cell.row;
    const repeated = withRowsAbove(g, form.sheet, among, rows.slice(fundsTop, fundsTop + 3), false);
    const rec = recognise(repeated);
    expect(rec.projects.map(asData)).toEqual(recognise(g).projects.map(asData));
    expect(rec.problems.filter((p) => p.sheet === form.sheet)).toEqual([]);
  });
});

describe('a 自评表 with a hidden copy of an indicator row above it (last year’s row kept out of sight)', () => {
  it('reads the shown indicators only and says which row it left; a host that cannot tell reads one indicator more', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const form = recognise(g).projects[0]!;
    const at = form.indicators[0]!.name.cell.row;
    const withCopy = (hidden: boolean) => withRowsAbove(g, form.sheet, at, [g.sheets.find((s) => s.name === form.sheet)!.rows[at] ?? []], hidden);
    const first = (x: typeof g) => asData(recognise(x).projects[0]!);
    expect(first(withCopy(true))).toEqual(first(g));
    const notices = recognise(withCopy(true)).problems.filter((p) => p.message.includes('已隐藏'));
    expect(notices.map((p) => [p.kind, p.cell])).toEqual([['duplicate-row', toA1(at, form.indicators[0]!.name.cell.col)]]);
    expect(recognise(withCopy(false)).projects[0]!.indicators).toHaveLength(form.indicators.length + 1);
  });
});

describe('a 自评表 with hidden copies of its 项目名称 row and its goals row above them (last year’s kept out of sight)', () => {
  it('reads the shown name and goals and says nothing of text; a host that cannot tell reads the copies', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const form = recognise(g).projects[0]!;
    const sheet = g.sheets.find((s) => s.name === form.sheet)!;
    const lastYear = (r: number) => (sheet.rows[r] ?? []).map((v) => (typeof v === 'string' && v.length > 6 ? `上年：${v}` : v));
    const nameRow = form.name!.cell.row;
    const goalsRow = form.goals.expected!.cell.row;
    expect(goalsRow).toBeGreaterThan(nameRow);
    // The lower copy first, so that the name row is where it was when its copy goes in.
    const withCopies = (hidden: boolean) =>
      withRowsAbove(withRowsAbove(g, form.sheet, goalsRow, [lastYear(goalsRow)], hidden), form.sheet, nameRow, [lastYear(nameRow)], hidden);
    const first = (x: typeof g) => recognise(x).projects[0]!;
    const read = first(withCopies(true));
    expect([read.name?.text, read.goals.expected?.text, read.goals.achieved?.text]).toEqual([form.name!.text, form.goals.expected!.text, form.goals.achieved?.text]);
    expect([read.name!.cell.row, read.goals.expected!.cell.row]).toEqual([nameRow + 1, goalsRow + 2]);
    expect(asData(read)).toEqual(asData(form));
    expect(recognise(withCopies(true)).problems.filter((p) => p.message.includes('已隐藏'))).toEqual([]);
    const shown = first(withCopies(false));
    expect([shown.name?.text, shown.goals.expected?.text]).toEqual([`上年：${form.name!.text}`, `上年：${form.goals.expected!.text}`]);
  });
});

describe('a 自评表 whose indicator names a unit in brackets (成本指标 “人均补助标准（元）”)', () => {
  it('reads the form’s funds in the unit its funds header names (项目资金（万元）), not in the indicator’s', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const form = recognise(g).projects[0]!;
    const at = form.indicators[0]!.name.cell;
    const withUnitInName = {
      ...g,
      sheets: g.sheets.map((s) =>
        s.name !== form.sheet ? s : { ...s, rows: s.rows.map((r, i) => (i === at.row ? r.map((v, c) => (c === at.col ? '人均补助标准（元）' : v)) : r)) },
      ),
    };
    const read = recognise(withUnitInName).projects[0]!;
    expect(read.indicators[0]!.name.text).toBe('人均补助标准（元）');
    expect(read.unit).toBe('万元');
    expect(read.funds).toEqual(form.funds);
  });
});

describe('a 自评表 whose funds block is spelt as the 财政部 form writes it', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const respelt = (f: (row: readonly CellValue[]) => CellValue[]) => ({ ...g, sheets: g.sheets.map((s) => ({ ...s, rows: s.rows.map(f) })) });
  const all = (x: typeof g) => recognise(x).projects.map(asData);

  it('reads the columns 全年预算数（A）, 全年执行数（B） and 执行率（B/A） as without the letters', () => {
    const lettered = respelt((r) =>
      r.map((v) => (v === '全年预算数' ? '全年预算数（A）' : v === '全年执行数' ? '全年执行数（B）' : v === '执行率' ? '执行率（B/A）' : v)),
    );
    expect(JSON.stringify(lettered)).toContain('执行率（B/A）');
    expect(all(lettered)).toEqual(all(g));
  });

  it('reads the row 年度资金总额： (with a colon) as 年度资金总额', () => {
    const colon = respelt((r) => r.map((v) => (v === '年度资金总额' ? '年度资金总额：' : v)));
    expect(JSON.stringify(colon)).toContain('年度资金总额：');
    expect(all(colon)).toEqual(all(g));
  });

  it('reads the row 合计 above 其中：财政拨款 as 年度资金总额 (unread, §十一 had gaps and 总分 a false 错误)', () => {
    const total = respelt((r) => r.map((v) => (v === '年度资金总额' ? '合计' : v)));
    expect(all(total)).toEqual(all(g));
  });

  it('reads a 执行率 under 执行率（%） in percentage points however small (1 is 1%), a text with its own % as written', () => {
    const points = respelt((r) => r.map((v) => (v === '执行率' ? '执行率（%）' : v)));
    const rates = recognise(points).projects.map((p) => p.funds.total!.rate!.value);
    // The sample's rates are fractions (1 for 100%): under a (%) header each is read as that many percent.
    expect(rates.slice(0, 2)).toEqual([0.01, 0.01]);
    const text = respelt((r) => r.map((v, c) => (v === '执行率' ? '执行率（%）' : c === 7 && v === 1 && r[2] === '年度资金总额' ? '100%' : v)));
    expect(recognise(text).projects[0]!.funds.total!.rate!.value).toBe(1);
  });

  it('reads 执行率（%） as the 执行率, its figures in percentage points (98.5 for 98.50%)', () => {
    const points = respelt((r) => r.map((v, c) => (v === '执行率' ? '执行率（%）' : c === 7 && typeof v === 'number' && r[2] === '年度资金总额' ? Math.round(v * 10000) / 100 : v)));
    expect(JSON.stringify(points)).toContain('执行率（%）');
    expect(all(points)).toEqual(all(g));
  });
});

describe('a 自评表 as 四川 prints it (部门预算项目支出绩效自评表: 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分, 总额)', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const words: Readonly<Record<string, string>> = {
    项目支出绩效自评表: '部门预算项目支出绩效自评表',
    年初预算数: '年初预算',
    全年预算数: '调整后预算数',
    全年执行数: '预算执行数',
    执行率: '预算执行率',
    分值: '权重',
    年度资金总额: '总额',
  };
  const sichuan = { ...g, sheets: g.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((v) => (typeof v === 'string' && words[v] !== undefined ? words[v]! : v))) })) };

  it('reads every form as the template’s: the title with 预算 in front, the funds and indicators under their headers', () => {
    expect(JSON.stringify(sichuan)).toContain('部门预算项目支出绩效自评表');
    const rec = recognise(sichuan);
    expect(rec.missing).not.toContain('10');
    expect(rec.projects.map(asData)).toEqual(recognise(g).projects.map(asData));
  });

  it('reads a 全年 budget headed 调整预算数 (年初预算数 | 调整预算数 | 全年执行数) as the 全年预算数, with no 错误 of the 总分', () => {
    // helper-143: unread, each form's funds were a 提示, §十一 a gap, and 总分 ≠ Σ 得分 two false 错误 a form.
    const adjusted = { ...g, sheets: g.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((v) => (v === '全年预算数' ? '调整预算数' : v))) })) };
    expect(JSON.stringify(adjusted)).toContain('调整预算数');
    const rec = recognise(adjusted);
    expect(rec.projects.map(asData)).toEqual(recognise(g).projects.map(asData));
    expect(runAudit({ recognition: rec, supplement: parseSupplementJson(changji2022Supplement).supplement, grid: adjusted }).filter((f) => f.table === '10' && f.severity === 'error')).toEqual([]);
  });
});

describe('a 自评表 whose top writes each label and its value in one cell (项目名称：…, 主管部门：…)', () => {
  const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  // 项目名称 | | name → 项目名称：name; 主管部门 | | dept | | | 实施单位 | unit → 主管部门：dept | 实施单位：unit.
  const inline = (r: readonly CellValue[]): CellValue[] => {
    if (r[0] === '项目名称') return [`项目名称：${String(r[2])}`];
    if (r[0] === '主管部门') return [`主管部门：${String(r[2])}`, `实施单位：${String(r[6])}`];
    return [...r];
  };
  const all = (x: typeof g) => recognise(x).projects.map(asData);

  it('reads every form with its name, department and unit as from their own cells', () => {
    const oneCell = { ...g, sheets: g.sheets.map((s) => ({ ...s, rows: s.rows.map(inline) })) };
    expect(JSON.stringify(oneCell)).toContain('项目名称：12345云呼叫中心平台技术服务运维费');
    expect(all(oneCell)).toEqual(all(g));
    expect(recognise(oneCell).projects.map((p) => [p.name?.text, p.department?.text, p.implementer?.text])).toEqual(
      recognise(g).projects.map((p) => [p.name?.text, p.department?.text, p.implementer?.text]),
    );
  });

  it('splits nine forms stacked under one title at each 项目名称：… (§十一 counted one project for nine)', () => {
    const stacked = {
      ...g,
      sheets: g.sheets.map((s) => {
        if (!s.rows.some((r) => r[0] === '项目名称')) return s;
        // Only the first form keeps its title and year lines.
        let titles = 0;
        const rows = s.rows.filter((r) => !(r[0] === '项目支出绩效自评表' || r[0] === '(2022年度)') || titles++ < 2).map(inline);
        return { ...s, rows, merges: [] };
      }),
    };
    expect(recognise(stacked).projects.map((p) => p.name?.text)).toEqual(recognise(g).projects.map((p) => p.name?.text));
  });
});
