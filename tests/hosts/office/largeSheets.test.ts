/**
 * Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded): the values, formulas and formats
 * of a ledger of some 100,000 cells kept beside the tables are more than that. The Office host then reads the cells
 * in blocks of rows, and every action works as on a workbook that fits. The stand-in's limit is set lower here, with
 * a ledger to match, so that the tests stay quick: what they test is the way round a refused response.
 */
import { ExcelStandIn, Value } from '../../support/excelStandIn';
import { OfficeHost } from '../../../src/hosts/office/host';
import { HostError } from '../../../src/hosts/office/environment';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { check, explain, fillPlan } from '../../../src/engine/workflow';
import { flagPlan } from '../../../src/engine/audit/flags';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { sample, sampleData } from '../../support/ruleTester';

/** The stand-in's response limit in these tests: a ledger of 3,000 rows is some ten times more. */
const LIMIT = 64 * 1024;

const data = sampleData();
const fill = (grid: WorkbookGrid) => fillPlan(grid, explain(grid, xinjiang, data));

function ledgerRows(count: number): Value[][] {
  return Array.from({ length: count }, (_, r) => [`2022-${String((r % 12) + 1).padStart(2, '0')}`, `记-${r + 1}`, r % 3 === 0 ? '办公费' : '差旅费', Math.round(r * 137.3) / 100, null, `第${r + 1}笔`]);
}

/** The sample with a ledger sheet after its tables (below A1: the used range starts at B3), and the limit set. */
function withLedger(limit: number, ledger: Value[][] = ledgerRows(3000)): ExcelStandIn {
  const excel = new ExcelStandIn('1.18');
  for (const s of sample().sheets) excel.addSheet(s.name, s.rows.map((r) => [...r]) as Value[][]);
  excel.addSheet('明细账').setRows(ledger, 2, 1);
  excel.responseLimit = limit;
  return excel;
}

/** Every sheet's cells, for comparing two workbooks after the same action. */
function cells(excel: ExcelStandIn) {
  return excel.sheets.map((s) => ({
    name: s.name,
    cells: [...s.cells].filter(([, c]) => c.value !== null || c.formula !== undefined).map(([k, c]) => [k, c.value, c.formula ?? null]).sort(),
    formats: s.conditionalFormats.map((f) => [f.address, f.formula]),
    notes: [...s.notes].sort(),
  }));
}

describe('a workbook whose cells are too many for one response (Excel on the web’s 5 MB)', () => {
  it('is read block by block, to the same grid as where they fit, every response within the limit', async () => {
    const limited = withLedger(LIMIT);
    const read = await new OfficeHost(limited.environment()).read();
    const whole = withLedger(Infinity);
    expect(read).toEqual(await new OfficeHost(whole.environment()).read());
    // The refused response, the ranges' places, then the blocks: more syncs only where it does not fit.
    expect(whole.runs).toEqual([2]);
    expect(limited.runs[0]).toBeGreaterThan(4);
    const ledger = read.sheets.find((s) => s.name === '明细账')!;
    expect(ledger.rows).toHaveLength(3002);
    expect(ledger.rows[3001]).toEqual([null, '2022-12', '记-3000', '差旅费', Math.round(2999 * 137.3) / 100, null, '第3000笔']);
  });

  it('is more than one response holds: loaded at once, the stand-in refuses it', async () => {
    const excel = withLedger(LIMIT);
    await expect(
      excel.environment().run(async (context) => {
        context.workbook.worksheets.getItem('明细账').getUsedRangeOrNullObject(true).load('values,formulas,numberFormat');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('says which sheet and row cannot be read when one row alone is too large', async () => {
    const ledger = ledgerRows(20);
    ledger[9]![5] = '摘要'.repeat(LIMIT);
    const read = new OfficeHost(withLedger(LIMIT, ledger).environment()).read();
    await expect(read).rejects.toThrow(HostError);
    await expect(read).rejects.toThrow(/工作表“明细账”第 12 行的内容超过了 Excel 一次能读取的大小/);
  });

  it('is filled by one action as a workbook that fits is', async () => {
    const limited = withLedger(LIMIT);
    const whole = withLedger(Infinity);
    const a = await new OfficeHost(limited.environment()).act(fill);
    const b = await new OfficeHost(whole.environment()).act(fill);
    expect(a.skipped).toEqual(b.skipped);
    expect(cells(limited)).toEqual(cells(whole));
    expect(limited.sheet('公开说明').peek(0, 0)!.value).toBe('新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明');
  });

  it('takes a plan applied to it, with the checks before writing loaded again beside the blocks', async () => {
    const results = [];
    for (const limit of [4 * 1024, Infinity]) {
      const grid = sample();
      (grid.sheets.find((s) => s.name === '收入决算表')!.rows[8] as unknown[])[3] = 224.14;
      const excel = new ExcelStandIn('1.18');
      for (const s of grid.sheets) excel.addSheet(s.name, s.rows.map((r) => [...r]) as Value[][]);
      const host = new OfficeHost(excel.environment());
      await host.act(fill);
      await host.act((g) => flagPlan(g, check(g, data).findings));
      // Writing again the 说明数据 and the 公开说明, which `apply` reads first (the guard): now past the limit.
      excel.responseLimit = limit;
      await host.apply(fill(await host.read()));
      results.push({ cells: cells(excel), applySyncs: excel.runs.at(-1)! });
    }
    expect(results[0]!.cells).toEqual(results[1]!.cells);
    // The refused response, the checks and places again, the blocks.
    expect(results[0]!.applySyncs).toBeGreaterThan(results[1]!.applySyncs + 2);
  });
});

describe('the block reader, a chunk of its own (only a workbook past the limit loads it)', () => {
  it('says so, with nothing written, when it cannot be fetched', async () => {
    let Host: typeof OfficeHost | undefined;
    jest.isolateModules(() => {
      jest.doMock('../../../src/hosts/office/readBlocks', () => {
        throw new Error('ChunkLoadError: Loading chunk office-blocks failed.');
      });
      ({ OfficeHost: Host } = jest.requireActual<typeof import('../../../src/hosts/office/host')>('../../../src/hosts/office/host'));
    });
    const read = new Host!(withLedger(LIMIT).environment()).read();
    await expect(read).rejects.toThrow(/分块读取所需的程序文件无法载入.*没有写入任何内容/);
  });
});
