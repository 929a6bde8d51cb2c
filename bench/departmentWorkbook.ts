/**
 * Writes a workbook the bench times, for measuring outside it (bench/warmPhases.js, bench/coldStart.js --file):
 *
 *   npx ts-node --transpile-only bench/departmentWorkbook.ts out.xlsx [rows]
 *
 * `rows`: about this many subject rows in all tables together (default 5,000, the bench's department-sized one;
 * 20000 and 40000 are its large ones), from the generator and seed the bench uses: the same cells, the zip's dates aside.
 */
import { promises as fs } from 'fs';
import { toXlsx } from '../fixtures/workbook';
import { workbookOfRows } from './workbooks';

async function main(): Promise<void> {
  const [out, rowsText = '5000'] = process.argv.slice(2);
  const rows = Number(rowsText);
  if (!out || !Number.isInteger(rows) || rows <= 0) throw new Error('npx ts-node --transpile-only bench/departmentWorkbook.ts out.xlsx [rows]');
  const { book, rows: actual } = workbookOfRows(rows);
  await fs.writeFile(out, await toXlsx(book));
  process.stderr.write(`${out}: ${actual} 行科目\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
