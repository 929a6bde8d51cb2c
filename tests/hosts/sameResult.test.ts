/**
 * One pane, two hosts: the pane's actions (识别, 说明数据, 生成说明, 检查, 清除) run through the WPS host on the ET
 * stand-in and through the .xlsx host (the web page's, on ExcelJS), from the same workbook. Each action reads the
 * same grid, so computes the same plan, and leaves the same workbook: values, formulas, number formats, bold,
 * fills, links, highlights, notes, column widths, row heights, frozen rows, print setups, and the workbook names
 * that mark the add-in's own sheets (which the next action reads to find them). Flag then clear gives back the workbook as it was in both.
 */
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import type { Plan } from '../../src/engine/plan/plan';
import type { PaneHost } from '../../src/taskpane/host';
import { clearFlagsPlan } from '../../src/engine/audit/flags';
import { flagsPlan, narrativePlan, supplementPlan } from '../../src/engine/workflow';
import { xinjiang } from '../../src/engine/narrative/presets';
import { recognise } from '../../src/engine/recognise/recognise';
import { inspectReport } from '../../src/engine/report/inspect';
import { XlsxHost } from '../../src/web/xlsxHost';
import { WpsHost } from '../../src/hosts/wps/host';
import { EtStandIn } from '../support/etStandIn';
import { etNames, etState, excelJsNames, excelJsState, SheetState } from '../support/hostState';
import { sample, sampleData } from '../support/ruleTester';

/** The sample with a mistake (其他收入 on 收入决算表 D9), so that 检查 has a 错误 to flag. */
function workbook(): WorkbookGrid {
  const grid = sample();
  (grid.sheets.find((s) => s.name === '收入决算表')!.rows[8] as unknown[])[3] = 224.14;
  return grid;
}

function excelJsFrom(grid: WorkbookGrid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of grid.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }));
  }
  return wb;
}

function etFrom(grid: WorkbookGrid): EtStandIn {
  const et = new EtStandIn();
  for (const s of grid.sheets) et.addSheet(s.name, s.rows);
  return et;
}

const ACTIONS: readonly [string, (g: WorkbookGrid) => Plan][] = [
  ['说明数据', (g) => supplementPlan(g, sampleData())],
  ['生成说明', (g) => narrativePlan(g, xinjiang)],
  ['检查', (g) => flagsPlan(g)],
  ['清除', (g) => clearFlagsPlan(g)],
];

describe('the WPS host and the .xlsx host, action by action', () => {
  const grid = workbook();
  const wb = excelJsFrom(grid);
  const et = etFrom(grid);
  const hosts: [string, PaneHost, () => SheetState[]][] = [
    ['xlsx', new XlsxHost('决算.xlsx', wb, () => undefined), () => excelJsState(wb)],
    ['wps', new WpsHost(() => et.application()), () => etState(et)],
  ];
  const states = new Map<string, SheetState[]>();
  const marks = new Map<string, string[]>();

  it('识别: both read the same tables from the same workbook', async () => {
    const [a, b] = await Promise.all(hosts.map(([, h]) => h.read()));
    expect(inspectReport(recognise(b!))).toEqual(inspectReport(recognise(a!)));
    expect(excelJsState(wb)).toEqual(etState(et));
  });

  it('the accountant’s own note and conditional format are there before anything runs', () => {
    wb.getWorksheet('收入决算表')!.getCell('D9').note = '会计的批注';
    wb.getWorksheet('收入决算表')!.addConditionalFormatting({ ref: 'C6:C10', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['1000'], priority: 1, style: { font: { bold: true } } }] });
    et.sheet('收入决算表').comments.set('D9', '会计的批注');
    et.sheet('收入决算表').formatConditions.push({ id: 999, appliesTo: [{ top: 5, left: 2, bottom: 9, right: 2 }], type: 1, formula1: '=1000' });
    expect(etState(et)).toEqual(excelJsState(wb));
  });

  it.each(ACTIONS)('%s: the same plan, and the same workbook after it', async (action, compute) => {
    const results = [];
    for (const [, host] of hosts) results.push(await host.act(compute));
    const [xlsx, wps] = results as [Awaited<ReturnType<PaneHost['act']>>, Awaited<ReturnType<PaneHost['act']>>];
    expect(wps.plan).toEqual(xlsx.plan);
    expect(wps.plan.ops.length).toBeGreaterThan(0);
    const [xlsxState, wpsState] = hosts.map(([, , state]) => state());
    expect(wpsState).toEqual(xlsxState);
    expect(etNames(et)).toEqual(excelJsNames(wb));
    states.set(action, wpsState!);
    marks.set(action, etNames(et));
  });

  it('检查 flagged cells and wrote notes, kept the accountant’s note; 清除 gave back the workbook of 生成说明', () => {
    const flagged = states.get('检查')!;
    const income = flagged.find((s) => s.name === '收入决算表')!;
    expect(income.formats.filter((f) => f.endsWith(' error')).length).toBeGreaterThan(0);
    expect(income.notes.D9).toBe('会计的批注');
    expect(Object.values(flagged.flatMap((s) => Object.values(s.notes))).some((n) => n.startsWith('【决算公开助手】'))).toBe(true);
    expect(flagged.find((s) => s.name === '检查结果')).toBeDefined();
    expect(states.get('清除')).toEqual(states.get('生成说明'));
  });

  it('each action marked the sheet it created, and 清除 removed the mark of the 检查结果 it deleted', () => {
    expect(marks.get('说明数据')).toEqual(['_juesuan_supplement → 说明数据!$A$1']);
    expect(marks.get('生成说明')).toEqual(['_juesuan_narrative → 公开说明!$A$1', '_juesuan_supplement → 说明数据!$A$1']);
    expect(marks.get('检查')).toEqual(['_juesuan_narrative → 公开说明!$A$1', '_juesuan_results → 检查结果!$A$1', '_juesuan_supplement → 说明数据!$A$1']);
    expect(marks.get('清除')).toEqual(marks.get('生成说明'));
  });
});

describe('what the comparison covers', () => {
  it('formulas, number formats, bold, fills, links, highlights, notes, widths, row heights, frozen rows and print setups all appear in the compared states', async () => {
    const et = etFrom(workbook());
    const host = new WpsHost(() => et.application());
    for (const [, compute] of ACTIONS.slice(0, 3)) await host.act(compute);
    const cells = etState(et).flatMap((s) => Object.values(s.cells));
    const count = (p: (c: (typeof cells)[number]) => boolean) => cells.filter(p).length;
    const seen = {
      formulas: count((c) => c.formula !== undefined),
      numberFormats: count((c) => c.numberFormat !== undefined),
      bold: count((c) => c.bold === true),
      fills: count((c) => c.fill !== undefined),
      links: count((c) => c.link !== undefined),
      highlights: etState(et).flatMap((s) => s.formats).length,
      notes: etState(et).flatMap((s) => Object.keys(s.notes)).length,
      widths: etState(et).flatMap((s) => Object.keys(s.widths)).length,
      heights: etState(et).flatMap((s) => Object.keys(s.heights)).length,
      frozenRows: etState(et).filter((s) => s.frozenRows > 0).length,
      printSetups: etState(et).filter((s) => s.print !== undefined).length,
    };
    console.log(`compared after 检查: ${JSON.stringify(seen)}`);
    for (const [what, n] of Object.entries(seen)) expect([what, n > 0]).toEqual([what, true]);
  });
});

describe('an amount typed as text in the 说明数据 (12.50万元), refreshed through each host', () => {
  // helper-h202: the refresh wrote 12.5 over the accountant's 12.50万元; kept as text, 增减额 was #VALUE! in Excel/WPS.
  it('stays as typed in both, and the 增减额 beside it reads it, in the same formula and value', async () => {
    const grid = workbook();
    const wb = excelJsFrom(grid);
    const et = etFrom(grid);
    const hosts: [PaneHost, () => SheetState[]][] = [
      [new XlsxHost('决算.xlsx', wb, () => undefined), () => excelJsState(wb)],
      [new WpsHost(() => et.application()), () => etState(et)],
    ];
    for (const [host] of hosts) await host.act((g) => supplementPlan(g, sampleData()));
    // Typed by the accountant in D8 (收入总计's 上年数), as each workbook holds it.
    wb.getWorksheet('说明数据')!.getCell('D8').value = '1801.23万元';
    et.sheet('说明数据').cells.get('7,3')!.value = '1801.23万元';
    const plans = [];
    for (const [host] of hosts) plans.push((await host.act((g) => supplementPlan(g))).plan);
    expect(plans[1]).toEqual(plans[0]);
    const [xlsx, wps] = hosts.map(([, state]) => state().find((s) => s.name === '说明数据')!);
    expect(wps).toEqual(xlsx);
    expect(xlsx!.cells.D8).toMatchObject({ value: '1801.23万元' });
    expect(xlsx!.cells.G8).toMatchObject({ formula: expect.stringContaining('ROUND(IFERROR(VALUE(TRIM(SUBSTITUTE(ASC(D8),"万元",""))),IF(VALUE(TRIM(SUBSTITUTE(SUBSTITUTE(ASC(D8),"千元",""),"元","")))=0,0,NA())),2)') });
    const g8 = plans[0]!.ops.flatMap((op) => (op.op === 'setCells' && op.sheet === '说明数据' ? [op.cells[7]?.[6]] : []))[0];
    expect(g8?.value).toBe(-312.94);
  });
});
