/**
 * Every layout variant of DOMAIN §2–3, generated from the sample's data, is recognised completely: all nine
 * tables and nine 自评表, the right unit, every figure at the cell the generator wrote it to, and no
 * figure read that the generator did not write.
 */
import { recognise, Recognition } from '../../../src/engine/recognise/recognise';
import { readXlsx } from '../../../src/hosts/xlsx/read';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { VARIANTS, variantPlan } from '../../../fixtures/variants';
import { buildWorkbook, expectedFigures, GeneratedWorkbook, toGrid, toXlsx } from '../../../fixtures/workbook';
import { toA1 } from '../../../src/engine/grid/address';

function figureMismatches(book: GeneratedWorkbook, rec: Recognition): string[] {
  const problems: string[] = [];
  for (const e of expectedFigures(book)) {
    const table = rec.tables[e.table as keyof Recognition['tables']];
    const row = table?.rows.find((r) => r.key === e.row && r.block === e.block);
    const f = row?.figures[e.column];
    const where = `${e.table} ${e.block}/${e.row}/${e.column}`;
    if (!f) problems.push(`${where}: not read (expected at ${e.sheet}!${toA1(e.cellRow, e.cellCol)})`);
    else if (f.cell.sheet !== e.sheet || f.cell.row !== e.cellRow || f.cell.col !== e.cellCol) {
      problems.push(`${where}: read at ${f.cell.sheet}!${toA1(f.cell.row, f.cell.col)}, written at ${e.sheet}!${toA1(e.cellRow, e.cellCol)}`);
    } else if (f.fen !== e.fen) problems.push(`${where}: read ${f.fen} 分, written ${e.fen}`);
  }
  return problems;
}

/** The figures read from cells: not those of a column printed as its parts, their sum (MoneyFigure.parts). */
function figuresRead(rec: Recognition): number {
  return Object.values(rec.tables).reduce(
    (n, t) => n + t.rows.reduce((m, r) => m + Object.values(r.figures).filter((f) => f.fen !== null && !f.parts).length, 0),
    0,
  );
}

describe.each(VARIANTS.map((v) => [v.name, v] as const))('layout variant: %s', (_name, variant) => {
  const book = buildWorkbook(changji2022, variantPlan(variant, changji2022), variant.options);
  const expected = expectedFigures(book);

  const check = (rec: Recognition) => {
    expect(rec.problems).toEqual([]);
    expect(rec.missing).toEqual([]);
    expect(Object.keys(rec.tables).sort()).toEqual(
      ['expenditure', 'fiscalSummary', 'generalBudgetBasic', 'generalBudgetExpenditure', 'govFund', 'income', 'stateCapital', 'summary', 'threePublicCosts'],
    );
    for (const t of Object.values(rec.tables)) expect([t.id, t.unit]).toEqual([t.id, variant.unit]);
    expect(rec.projects.map((p) => p.name?.text)).toEqual(changji2022.projects.map((p) => p.name));
    expect(figureMismatches(book, rec)).toEqual([]);
    expect(figuresRead(rec)).toBe(expected.filter((e) => e.fen !== null).length);
  };

  it('is recognised from the grid with every figure at its cell', () => {
    check(recognise(toGrid(book)));
  });

  it('is recognised the same from a real .xlsx (merged cells, formats)', async () => {
    check(recognise(await readXlsx(await toXlsx(book))));
  });
});
