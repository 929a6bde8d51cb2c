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

describe('reading damaged files', () => {
  it('either reads a damaged .xlsx or says it is damaged, never anything else', async () => {
    const { promises: fs } = await import('fs');
    const { readXlsx, XlsxReadError } = await import('../../src/hosts/xlsx/read');
    const { SAMPLE_XLSX } = await import('../../fixtures/build-sample');
    const bytes = await fs.readFile(SAMPLE_XLSX);
    const damage = fc.array(fc.record({ at: fc.nat({ max: bytes.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(damage, async (edits) => {
        const copy = Buffer.from(bytes);
        for (const e of edits) copy[e.at] = e.value;
        const outcome = await readXlsx(copy).then(
          (grid) => recognise(grid),
          (e: unknown) => e,
        );
        if (outcome instanceof Error) expect(outcome).toBeInstanceOf(XlsxReadError);
      }),
      { numRuns: 40 },
    );
  });

  it('either reads a damaged .xls or .et (BIFF8) or says it cannot, never anything else, and never hangs', async () => {
    const { promises: fs } = await import('fs');
    const { readWorkbookBytes } = await import('../../src/hosts/files/open');
    // As the command line parses them: on a worker thread a deadline ends (some damage makes SheetJS loop for ever).
    const { legacyThreadParser } = await import('../../src/cli/legacyThread');
    const parseLegacy = legacyThreadParser(() => 10_000);
    const { XlsxReadError } = await import('../../src/hosts/xlsx/file');
    const { SAMPLE_XLSX } = await import('../../fixtures/build-sample');
    const { xlsxToXls } = await import('../../fixtures/legacy');
    const bytes = xlsxToXls(await fs.readFile(SAMPLE_XLSX));
    const edit = fc.record({ at: fc.nat({ max: bytes.length - 1 }), value: fc.integer({ min: 0, max: 255 }) });
    // Bytes overwritten anywhere (the header and the sector tables included), then maybe cut short.
    const damage = fc.record({ edits: fc.array(edit, { minLength: 1, maxLength: 20 }), length: fc.option(fc.nat({ max: bytes.length }), { nil: undefined }) });
    await fc.assert(
      fc.asyncProperty(damage, async ({ edits, length }) => {
        const copy = Buffer.from(bytes);
        for (const e of edits) copy[e.at] = e.value;
        const outcome = await readWorkbookBytes(copy.subarray(0, length ?? copy.length), { parseLegacy }).then(
          (grid) => recognise(grid),
          (e: unknown) => e,
        );
        if (outcome instanceof Error) expect(outcome).toBeInstanceOf(XlsxReadError);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
