/**
 * The 说明数据 sheet's shares of parts listed together (tailShareFormula) are live formulas with an engine twin,
 * shares() with tailAdjust: LibreOffice, recalculating them, gets exactly the engine's shares — on the cases that
 * arithmetic.test.ts documents (the reference's 其他支出 1.35%, an exact last share, a 尾差 between parts and base, a
 * last share that would fall below 0, a residual too large to be rounding's) and on many generated groups.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/hosts/xlsx/read';
import { cellAt } from '../../../src/engine/grid/cell';
import { columnLetters } from '../../../src/engine/grid/address';
import { belowShownShare, overWhole, ratio, shares } from '../../../src/engine/derive/arithmetic';
import { SHARE_BELOW, SHARE_OVER_WHOLE, tailShareFormula } from '../../../src/engine/derive/formulas';
import { convert, itWithLibreOffice } from '../../support/libreoffice';

/**
 * A group: the base and its parts in 0.01 万元 (null: an empty 本年数; 'error': one whose table cell is an error, #REF!,
 * which only its own share shows: the later shares are the parts' own).
 */
interface Case {
  readonly base: number;
  readonly parts: readonly (number | null | 'error')[];
}

const DOCUMENTED: readonly Case[] = [
  { base: 136345, parts: [122573, 4725, 3407, 3784, 1855] },
  { base: 148829, parts: [77007, 71822, 0, 0, 0] },
  { base: 1000, parts: [100, 100] },
  { base: 125021, parts: [100000, 20000, 5020, 1] },
  { base: 24626, parts: [12398, 7399, 4828, 1] },
  { base: 10000000, parts: [3000600, 3000600, 3997600, 1200] },
  { base: 10000000, parts: [3333333, 3333333, 3333333, 1] },
  { base: 10000, parts: [5000, 4999] },
  { base: 20000, parts: [6667, 8333, 5000] },
  { base: 499, parts: [0, 479, 21] },
  { base: 32, parts: [11, 11, 11] },
  { base: 5224, parts: [1237, 3668, 320] },
  { base: 5225, parts: [1236, 3668, 320] },
  { base: 5225, parts: [1237, 3668, 320] },
  { base: 100000, parts: [33333, 33333, 33334] },
  { base: 3, parts: [1, 1, 1] },
  // The last part 0: the one before it takes the residual; a part unread: none does; a base of 0: no shares.
  { base: 136345, parts: [122573, 4725, 3407, 3784, 1855, 0] },
  { base: 136345, parts: [122573, 4725, null, 3784, 1855] },
  { base: 136345, parts: [122573, 4725, 'error', 3784, 1855] },
  { base: 136345, parts: ['error', 4725, 3407, 3784, 1855] },
  { base: 0, parts: [0, 0, 0] },
  // A part below 0 (a refund): no share of it, no part takes the residual, each other share is its own rounding; a
  // base below 0, no share at all.
  { base: 2261, parts: [-1, 1026, 1236] },
  { base: 2261, parts: [1026, 1236, -1] },
  { base: -100, parts: [-50, -50] },
  // A residual that would take the last share to 0.00 (printed 不足0.01): none takes it, each share its own rounding.
  { base: 6688, parts: [2194, 1358, 3135, 1] },
  { base: 10003, parts: [5001, 5001, 1] },
  // A share that rounds to 0.00 before the one taking the residual: 不足0.01, its 0 in the others' sum (33.34 last).
  { base: 100000, parts: [1, 33333, 33333, 33333] },
  { base: 30000, parts: [29999, 1] },
  // A part larger than the base (tables that contradict each other): 大于整体, and no residual taken after it (the part
  // after it took 100 less the others, the text of the one before counted as nothing). Over it by the 0.01 of rounding,
  // with a share of 100.00%, it is 100.00.
  { base: 100000, parts: [100003, 1] },
  { base: 459, parts: [0, 479, 0] },
  { base: 600, parts: [136345] },
  { base: 100, parts: [101] },
  { base: 101, parts: [0, 102] },
  { base: 10000, parts: [10001, 0] },
  { base: 100000, parts: [100001, 0] },
];

/** Groups near every edge of the rule: parts that make up the base to within a few 0.01 万元, zeros, a negative. */
function generated(count: number): Case[] {
  // xorshift32: the same groups on every run.
  let seed = 20_221_231;
  const next = (n: number) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    const n = 2 + next(5);
    const parts = Array.from({ length: n }, () => (next(4) === 0 ? 0 : next(3) === 0 ? 1 + next(30) : 1 + next(200_000)));
    if (next(10) === 0) parts[next(n)] = -(1 + next(500));
    const sum = parts.reduce((s, p) => s + p, 0);
    const base = sum + (next(3) === 0 ? next(5) - 2 : 0);
    out.push({ base, parts });
  }
  return out;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-tailshare-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the shares of parts listed together, recalculated by LibreOffice', () => {
  itWithLibreOffice('equal shares() with tailAdjust for every group', async () => {
    const cases = [...DOCUMENTED, ...generated(1500)];
    const width = Math.max(...cases.map((c) => c.parts.length));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('说明数据');
    // Row r: A the base, then the parts, then their shares (as the sheet's 本年数 and 占比 columns, side by side).
    cases.forEach((c, i) => {
      const r = i + 1;
      ws.getCell(r, 1).value = c.base / 100;
      c.parts.forEach((p, k) => {
        if (p === 'error') ws.getCell(r, 2 + k).value = { formula: '1/0' };
        else if (p !== null) ws.getCell(r, 2 + k).value = p / 100;
      });
      const group = {
        parts: c.parts.map((_, k) => `${columnLetters(1 + k)}${r}`),
        shares: c.parts.map((_, k) => `${columnLetters(1 + width + k)}${r}`),
        base: `A${r}`,
      };
      c.parts.forEach((_, k) => (ws.getCell(r, 2 + width + k).value = { formula: tailShareFormula(group, k) }));
    });
    const file = path.join(dir, 'tail-shares.xlsx');
    await wb.xlsx.writeFile(file);
    const outDir = path.join(dir, 'lo');
    await fs.mkdir(outDir, { recursive: true });
    const sheet = (await readXlsx(await fs.readFile(convert(file, 'xlsx', outDir)))).sheets[0]!;
    const differences: string[] = [];
    cases.forEach((c, i) => {
      const known = c.parts.every((p): p is number => p !== null);
      const expected = known ? shares(c.parts, c.base, true) : c.parts.map((p) => (typeof p === 'number' ? ratio(p, c.base) : undefined));
      const got = c.parts.map((_, k) => cellAt(sheet, i, 1 + width + k));
      // No share of or in a figure below 0 (blank, as the text states none).
      const below = (k: number) => c.base < 0 || (typeof c.parts[k] === 'number' && (c.parts[k] as number) < 0);
      // As the text states it: no figure for a part larger than the base, 不足0.01 for a part whose share rounds to 0.00.
      const shown = (e: number, part: number) => (overWhole(part, c.base, e) ? SHARE_OVER_WHOLE : belowShownShare(e, part) ? SHARE_BELOW : e / 100);
      const want = expected.map((e, k) => {
        const part = c.parts[k];
        return part === 'error' ? 'error' : e === undefined || part === null || below(k) ? null : shown(e, part);
      });
      const same = got.every((g, k) => {
        const w = want[k];
        if (w === 'error') return typeof g === 'object' && g !== null && 'error' in g;
        if (w === null) return g === null || g === '';
        return typeof w === 'string' ? g === w : typeof g === 'number' && Math.abs(g - w!) < 1e-9;
      });
      if (!same) differences.push(`${JSON.stringify(c)}: LibreOffice ${JSON.stringify(got)}, engine ${JSON.stringify(want)}`);
    });
    expect(differences).toEqual([]);
  }, 120_000);
});
