/**
 * The Office host as the task pane holds it (taskpane/officePaneHost.ts): it reads as OfficeHost reads, in two
 * syncs, without the writing half; it requests the writing half once the workbook has been read, loads it once,
 * and writes exactly what OfficeHost writes; a writing half that cannot be fetched fails the action with a Chinese
 * message, writes nothing, and is fetched again by the next action.
 */
import { ExcelStandIn, nameFormula } from '../support/excelStandIn';
import { OfficeHost } from '../../src/hosts/office/host';
import type { OfficeEnvironment } from '../../src/hosts/office/environment';
import { OfficePaneHost, WRITER_UNAVAILABLE } from '../../src/taskpane/officePaneHost';
import { explain, fillPlan } from '../../src/engine/workflow';
import { xinjiang } from '../../src/engine/narrative/presets';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { sample, sampleData } from '../support/ruleTester';

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
  const calls: OfficeEnvironment[] = [];
  const load = (env: OfficeEnvironment) => {
    calls.push(env);
    return Promise.resolve(new OfficeHost(env));
  };
  return { calls, load };
}

describe('the Office host of the task pane', () => {
  it('reads the workbook as OfficeHost does, in two syncs, and only then asks for the writing half', async () => {
    const excel = standIn();
    const loader = countingLoader();
    const host = new OfficePaneHost(excel.environment(), loader.load);
    expect(host.label).toBe('当前工作簿');
    expect(host.supportsNotes).toBe(true);
    expect(loader.calls).toHaveLength(0);
    const grid = await host.read();
    expect(excel.runs).toEqual([2]);
    expect(loader.calls).toHaveLength(1);
    expect(grid).toEqual(await new OfficeHost(standIn().environment()).read());
  });

  it('says notes are not supported below ExcelApi 1.18, as OfficeHost does', () => {
    const env = new ExcelStandIn('1.17').environment();
    expect(new OfficePaneHost(env).supportsNotes).toBe(false);
    expect(new OfficePaneHost(env).supportsNotes).toBe(new OfficeHost(env).supportsNotes);
  });

  it('writes what OfficeHost writes, in one action of three syncs, loading the writing half once for every action', async () => {
    const excel = standIn();
    const loader = countingLoader();
    const host = new OfficePaneHost(excel.environment(), loader.load);
    await host.read();
    const result = await host.act(fill);
    expect(excel.runs).toEqual([2, 3]);
    const reference = standIn();
    const expected = await new OfficeHost(reference.environment()).act(fill);
    expect(contents(excel)).toEqual(contents(reference));
    expect(result.skipped).toEqual(expected.skipped);
    expect(result.plan.summary).toEqual(expected.plan.summary);
    await host.apply({ ops: [], summary: [] });
    expect(loader.calls).toHaveLength(1);
  });

  it('loads the writing half from its own module when no loader is given', async () => {
    const excel = standIn();
    const result = await new OfficePaneHost(excel.environment()).act(fill);
    expect(excel.runs).toEqual([3]);
    expect(result.plan.summary.length).toBeGreaterThan(0);
    expect(excel.sheets.map((s) => s.name)).toContain('说明数据');
  });

  it('fails an action whose writing half cannot be fetched with a Chinese message, writes nothing, and fetches again next time', async () => {
    const excel = standIn();
    let attempts = 0;
    const host = new OfficePaneHost(excel.environment(), (env) => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('ChunkLoadError: Loading chunk office-write failed.')) : Promise.resolve(new OfficeHost(env));
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
    const host = new OfficePaneHost(excel.environment(), () => Promise.reject(new Error('offline')));
    const grid = await host.read();
    expect(grid.sheets.length).toBe(sample().sheets.length);
    await expect(host.act(fill)).rejects.toThrow(WRITER_UNAVAILABLE);
  });
});
