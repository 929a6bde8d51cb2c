import fc from 'fast-check';
import { Labels } from '../../../src/engine/tables/readers/formLabels';
import { headerLabel } from '../../../src/engine/tables/readers/header';
import { labelSet } from '../../../src/engine/grid/normalize';
import type { CellValue, SheetGrid } from '../../../src/engine/grid/cell';

/** Labels as a 自评表 writes them, a label with its value in one cell, numbers and blanks. */
const POOL: readonly CellValue[] = ['项目名称', '项目名称：乡村道路养护', '主管部门：交通局', '合计', '年度资金总额', '资金', '总分', '项目资金（万元）', 12.5, 0, '', null];
const WANTED = [labelSet(['项目名称']), labelSet(['合计', '总分']), labelSet(['主管部门', '资金']), labelSet(['年度资金总额', '项目资金']), labelSet(['实施单位'])];

/** By definition: the first cell of the rows, in reading order, whose label is wanted; a shown one before a hidden one. */
function firstByDefinition(sheet: SheetGrid, from: number, to: number, wanted: ReadonlySet<string>): { r: number; c: number } | undefined {
  let hidden: { r: number; c: number } | undefined;
  for (let r = from; r < to; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === '') continue;
      const folded = headerLabel(String(v));
      const key = /^(项目名称|主管部门|实施单位):(.+)$/s.exec(folded)?.[1] ?? folded;
      if (!wanted.has(key)) continue;
      if (!(sheet.hiddenColumns ?? []).includes(c) && !(sheet.hiddenRows ?? []).includes(r)) return { r, c };
      hidden ??= { r, c };
    }
  }
  return hidden;
}

describe('Labels.find', () => {
  it('gives the first wanted label of the rows in reading order, a shown one before a hidden one, over a few rows and over many', () => {
    const sheetArb = fc.record({
      rows: fc.array(fc.array(fc.constantFrom(...POOL), { maxLength: 6 }), { minLength: 1, maxLength: 14 }),
      hiddenColumns: fc.uniqueArray(fc.nat(5), { maxLength: 3 }),
      hiddenRows: fc.uniqueArray(fc.nat(13), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(sheetArb, fc.nat(14), fc.nat(14), fc.nat(14), fc.nat(14), fc.nat(WANTED.length - 1), (s, a, b, x, y, w) => {
        const sheet: SheetGrid = { name: '自评表', rows: s.rows, merges: [], state: 'visible', hiddenColumns: s.hiddenColumns, hiddenRows: s.hiddenRows };
        // A view of the sheet's labels (as the forms stacked in it are), asked of rows inside and across its edges.
        const [top, end] = [Math.min(a, b), Math.max(a, b) + 1];
        const [from, to] = [Math.min(x, y), Math.max(x, y) + 1];
        const labels = Labels.of(sheet, 0, sheet.rows.length).view(top, end);
        const [lo, hi] = [Math.max(from, top), Math.min(to, end, sheet.rows.length)];
        expect(labels.find(from, to, WANTED[w]!)).toEqual(firstByDefinition(sheet, lo, hi, WANTED[w]!));
      }),
      { numRuns: 3000 },
    );
  });
});
