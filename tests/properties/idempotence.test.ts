/**
 * Properties of what the add-in writes: flag then clear gives back the workbook exactly (values, styles,
 * notes, conditional formats, in a real .xlsx); fill twice gives the same workbook as fill once.
 */
import fc from 'fast-check';
import { loadXlsx, readXlsx } from '../../src/hosts/xlsx/read';
import { applyPlan } from '../../src/hosts/xlsx/apply';
import { check, explain, fillPlan } from '../../src/engine/workflow';
import { clearFlagsPlan, flagPlan } from '../../src/engine/audit/flags';
import { applyPlanToGrid } from '../../src/engine/plan/applyToGrid';
import { xinjiang } from '../../src/engine/narrative/presets';
import { expectedFigures, toGrid, toXlsx } from '../../fixtures/workbook';
import { roundTrip, snapshot } from '../support/workbookSnapshot';
import { consistentBook } from './arbitraries';

/** A consistent workbook with up to three figures changed, so that there is something to flag. */
const flawedBook = consistentBook.chain((book) =>
  fc.record({
    book: fc.constant(book),
    changes: fc.array(fc.record({ figure: fc.constantFrom(...expectedFigures(book)), value: fc.integer({ min: -100_000, max: 100_000 }) }), { maxLength: 3 }),
  }),
);

describe('writing into the workbook', () => {
  it('flag then clear is the identity on the .xlsx', async () => {
    await fc.assert(
      fc.asyncProperty(flawedBook, async ({ book, changes }) => {
        const wb = await loadXlsx(await toXlsx(book));
        for (const c of changes) wb.getWorksheet(c.figure.sheet)!.getCell(c.figure.cellRow + 1, c.figure.cellCol + 1).value = c.value / 100;
        const before = await roundTrip(wb);
        const grid = await readXlsx(new Uint8Array(await before.xlsx.writeBuffer()));
        applyPlan(before, flagPlan(grid, check(grid).findings));
        const flagged = await roundTrip(before);
        applyPlan(flagged, clearFlagsPlan(await readXlsx(new Uint8Array(await flagged.xlsx.writeBuffer()))));
        expect(snapshot(await roundTrip(flagged))).toEqual(snapshot(await roundTrip(wb)));
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it('fill twice gives the same workbook as fill once', () => {
    fc.assert(
      fc.property(consistentBook, (book) => {
        const grid = toGrid(book);
        const once = applyPlanToGrid(grid, fillPlan(grid, explain(grid, xinjiang)));
        const twice = applyPlanToGrid(once, fillPlan(once, explain(once, xinjiang)));
        expect(twice).toEqual(once);
      }),
      { numRuns: 25 },
    );
  });
});
