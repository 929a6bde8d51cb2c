/**
 * Mutation coverage: each figure cell of the sample's tables (01–09 and the money figures of the 自评表), in turn,
 * is increased by 1.00 万元; a 错误 finding must name that cell. The rate is printed and must be ≥ 95%; the
 * cells no rule sees are listed.
 */
import { runAudit } from '../../../src/engine/audit/audit';
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { qualifiedA1 } from '../../../src/engine/grid/address';
import type { CellRef } from '../../../src/engine/grid/address';
import type { CellValue } from '../../../src/engine/grid/cell';
import { sample, sampleData } from '../../support/ruleTester';

function figureCells(): CellRef[] {
  const rec = recognise(sample());
  const cells: CellRef[] = [];
  for (const t of Object.values(rec.tables)) for (const r of t.rows) for (const f of Object.values(r.figures)) cells.push(f.cell);
  for (const p of rec.projects) {
    for (const row of Object.values(p.funds)) for (const f of [row!.initialBudget, row!.adjustedBudget, row!.actual]) if (f) cells.push(f.cell);
  }
  return cells;
}

describe('mutation coverage of the audit', () => {
  it('names ≥ 95% of the figure cells in a 错误 when one of them is off by 1.00 万元', () => {
    const supplement = parseSupplementJson(sampleData()).supplement;
    const cells = figureCells();
    const missed: string[] = [];
    for (const cell of cells) {
      const grid = sample();
      const rows = grid.sheets.find((s) => s.name === cell.sheet)!.rows as CellValue[][];
      const before = rows[cell.row]![cell.col];
      rows[cell.row]![cell.col] = (typeof before === 'number' ? before : 0) + 1;
      const findings = runAudit({ recognition: recognise(grid), supplement, grid });
      const seen = findings.some((f) => f.severity === 'error' && f.cellRefs.some((c) => c.sheet === cell.sheet && c.row === cell.row && c.col === cell.col));
      if (!seen) missed.push(qualifiedA1(cell));
    }
    const rate = (cells.length - missed.length) / cells.length;
    console.log(`mutation coverage: ${cells.length - missed.length} of ${cells.length} figure cells (${(rate * 100).toFixed(1)}%); unseen: ${missed.join(', ') || 'none'}`);
    expect(cells.length).toBeGreaterThan(500);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
