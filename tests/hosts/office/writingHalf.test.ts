/**
 * The Office host loads its writing half (hosts/office/apply.ts, the `office-write` chunk) only when it needs it:
 * it reads in two syncs without it; it requests it once the workbook has been read, loads it once, and writes
 * exactly what apply.ts writes; a writing half that cannot be fetched fails the action with a Chinese message,
 * writes nothing, and is fetched again by the next action.
 */
import { ExcelStandIn, nameFormula } from '../../support/excelStandIn';
import { OfficeHost, OfficeWriter, WRITER_UNAVAILABLE } from '../../../src/hosts/office/host';
import * as apply from '../../../src/hosts/office/apply';
import { readWorkbook } from '../../../src/hosts/office/read';
import { explain, fillPlan } from '../../../src/engine/workflow';
import { xinjiang } from '../../../src/engine/narrative/presets';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { sample, sampleData } from '../../support/ruleTester';

function standIn(): ExcelStandIn {
  const excel = new ExcelStandIn('1.18');
  for (const s of sample().sheets) excel.addSheet(s.name, s.rows.map((r) => [...r]) as never);
  return excel;
}

function contents(excel: ExcelStandIn) {
  return {
    sheets: excel.sheets.map((s) => ({ name: s.name, cells: [...s.cells].map(([k, c]) => [k, c.value, c.formula ?? null]).sort() })),
    names: excel.names.map((n) => [n.name, nameFormula(n)]),
  };
}

const data = sampleData();
const fill = (grid: WorkbookGrid) => fillPlan(grid, explain(grid, xinjiang, data));

/** The real writing half, counting how often it is asked for. */
function countingLoader() {
  let calls = 0;
  const load = (): Promise<OfficeWriter> => {
    calls += 1;
    return Promise.resolve(apply);
  };
  return { calls: () => calls, load };
}

describe('the Office host’s writing half, loaded on demand', () => {
  it('reads the workbook in two syncs without the writing half, and only then asks for it', async () => {
    const excel = standIn();
    const loader = countingLoader();
    const host = new OfficeHost(excel.environment(), loader.load);
    expect(host.label).toBe('当前工作簿');
    expect(host.supportsNotes).toBe(true);
    expect(loader.calls()).toBe(0);
    const grid = await host.read();
    expect(excel.runs).toEqual([2]);
    expect(loader.calls()).toBe(1);
    expect(grid).toEqual(await readWorkbook(standIn().environment()));
  });

  it('says notes are not supported below ExcelApi 1.18', () => {
    expect(new OfficeHost(new ExcelStandIn('1.17').environment()).supportsNotes).toBe(false);
  });

  it('writes what apply.ts writes, in one action of three syncs, loading the writing half once for every action', async () => {
    const excel = standIn();
    const loader = countingLoader();
    const host = new OfficeHost(excel.environment(), loader.load);
    await host.read();
    const result = await host.act(fill);
    expect(excel.runs).toEqual([2, 3]);
    const reference = standIn();
    const expected = await apply.act(reference.environment(), fill);
    expect(contents(excel)).toEqual(contents(reference));
    expect(result.skipped).toEqual(expected.skipped);
    expect(result.plan.summary).toEqual(expected.plan.summary);
    await host.apply({ ops: [], summary: [] });
    expect(loader.calls()).toBe(1);
  });

  it('loads the writing half from its own module when no loader is given', async () => {
    const excel = standIn();
    const result = await new OfficeHost(excel.environment()).act(fill);
    expect(excel.runs).toEqual([3]);
    expect(result.plan.summary.length).toBeGreaterThan(0);
    expect(excel.sheets.map((s) => s.name)).toContain('说明数据');
  });

  it('fails an action whose writing half cannot be fetched with a Chinese message, writes nothing, and fetches again next time', async () => {
    const excel = standIn();
    let attempts = 0;
    const host = new OfficeHost(excel.environment(), () => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('ChunkLoadError: Loading chunk office-write failed.')) : Promise.resolve(apply);
    });
    const before = contents(excel);
    await expect(host.act(fill)).rejects.toThrow(WRITER_UNAVAILABLE);
    expect(WRITER_UNAVAILABLE).toMatch(/工作簿没有改动/);
    expect(contents(excel)).toEqual(before);
    expect(excel.runs).toEqual([]);
    await host.act(fill);
    expect(attempts).toBe(2);
    expect(excel.runs).toEqual([3]);
    expect(excel.sheets.map((s) => s.name)).toContain('说明数据');
  });

  it('does not let a failed fetch after reading fail the reading', async () => {
    const excel = standIn();
    const host = new OfficeHost(excel.environment(), () => Promise.reject(new Error('offline')));
    const grid = await host.read();
    expect(grid.sheets.length).toBe(sample().sheets.length);
    await expect(host.act(fill)).rejects.toThrow(WRITER_UNAVAILABLE);
    await expect(host.apply({ ops: [], summary: [] })).rejects.toThrow(WRITER_UNAVAILABLE);
  });
});
