/** Property: reading never throws, whatever the grid: random cells, or the sample with cells and rows broken. */
import fc from 'fast-check';
import { recognise } from '../../src/engine/recognise/recognise';
import { check, explain, fillPlan } from '../../src/engine/workflow';
import { xinjiang } from '../../src/engine/narrative/presets';
import { sample } from '../support/ruleTester';
import { perturbed, randomGrid } from './arbitraries';

describe('recognition on any grid', () => {
  it('never throws on random grids, and every problem it reports names its place', () => {
    fc.assert(
      fc.property(randomGrid, (grid) => {
        const rec = recognise(grid);
        for (const p of rec.problems) if (p.cell !== null) expect(p.message).toContain(`工作表“${p.sheet}”${p.cell}`);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on the sample with cells overwritten and rows dropped, through the explanation, the fill and the audit', () => {
    fc.assert(
      fc.property(perturbed(sample()), (grid) => {
        recognise(grid);
        const explained = explain(grid, xinjiang);
        fillPlan(grid, explained);
        check(grid);
      }),
      { numRuns: 60 },
    );
  });
});
