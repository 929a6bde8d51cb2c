/**
 * The 检查结果 sheet speaks of the findings as the pane does: the same order (by table, in the tables' order, the
 * 说明数据's and the text's last) and the same numbers (表04-1), the finding's stable id in a column of its own
 * (标识) by which a mark (已说明 / 忽略) finds its finding again. A sheet an earlier version wrote, with the id in
 * 编号, keeps its marks.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from '../../../src/engine/grid/cell';
import { cellText } from '../../../src/engine/grid/cell';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { cellsText, readMarks, resultHeaderRow, resultTarget } from '../../../src/engine/audit/flags';
import { check, flagsPlan } from '../../../src/engine/workflow';
import { TABLE_SPECS } from '../../../src/engine/tables/specs';
import { sample } from '../../support/ruleTester';

/** The sample with 收入支出决算总表's 支出总计 (F35) 1.00 万元 too high: 错误 in table 01 beside the sample's 尾差. */
function unbalanced(): WorkbookGrid {
  const grid = sample();
  (grid.sheets.find((s) => s.name === '收入支出决算总表')!.rows as unknown[][])[34]![5] = 1489.29;
  return grid;
}

function resultSheet(grid: WorkbookGrid): SheetGrid {
  return resultTarget(grid).existing!;
}

/** The rows below the header, as texts by the header's names. */
function listed(sheet: SheetGrid): Record<string, string>[] {
  const header = resultHeaderRow(sheet);
  const names = sheet.rows[header]!.map((v) => cellText(v ?? null));
  return sheet.rows.slice(header + 1).map((row) => Object.fromEntries(names.map((n, c) => [n, cellText(row[c] ?? null)])));
}

describe('the 检查结果 sheet', () => {
  const grid = unbalanced();
  const flagged = applyPlanToGrid(grid, flagsPlan(grid));
  const rows = listed(resultSheet(flagged));
  const findings = check(grid).findings;

  it('names each finding’s cells under 单元格 with each sheet once, in the finding’s order', () => {
    const byId = new Map(rows.map((r) => [r['标识'], r['单元格']]));
    // 表04-1: 本年支出合计 against every 类 of table 04, a column of a dozen cells of one sheet.
    const sum = findings.find((f) => f.cellRefs.length > 5 && new Set(f.cellRefs.map((c) => c.sheet)).size === 1)!;
    const sheet = sum.cellRefs[0]!.sheet;
    expect(byId.get(sum.id)).toBe(`${sheet}!${sum.cells.map((c) => c.slice(c.indexOf('!') + 1)).join('、')}`);
    // Cells of two sheets: each group after its sheet's name, the groups apart by ；.
    expect(cellsText([{ sheet: '收入支出决算总表', row: 5, col: 2 }, { sheet: '收入支出决算总表', row: 6, col: 2 }, { sheet: '说明 数据', row: 7, col: 2 }])).toBe("收入支出决算总表!C6、C7；'说明 数据'!C8");
  });

  it('lists every finding once, its id under 标识', () => {
    expect(rows.map((r) => r['标识']).sort()).toEqual(findings.map((f) => f.id).sort());
  });

  it('numbers each finding 表<code>-n within its table, counting from 1, in the tables’ order', () => {
    const order = TABLE_SPECS.map((s) => s.code as string);
    const tables = rows.map((r) => r['表']!);
    expect(new Set(tables).size).toBeGreaterThan(1);
    expect(tables.map((t) => order.indexOf(t))).toEqual([...tables.map((t) => order.indexOf(t))].sort((a, b) => a - b));
    const seen = new Map<string, number>();
    for (const r of rows) {
      const n = (seen.get(r['表']!) ?? 0) + 1;
      seen.set(r['表']!, n);
      expect(r['编号']).toBe(`表${r['表']}-${n}`);
    }
  });

  it('keeps a mark made in the sheet across a re-run, found by 标识', () => {
    const sheet = resultSheet(flagged);
    const header = resultHeaderRow(sheet);
    const first = header + 1;
    const id = cellText(sheet.rows[first]![9] ?? null);
    (sheet.rows as unknown[][])[first]![7] = '已说明';
    (sheet.rows as unknown[][])[first]![8] = '口径调整';
    expect(readMarks(flagged).get(id)).toEqual({ kind: '已说明', words: '口径调整' });
    const again = applyPlanToGrid(flagged, flagsPlan(flagged));
    const row = listed(resultSheet(again)).find((r) => r['标识'] === id)!;
    expect([row['标记'], row['说明']]).toEqual(['已说明', '口径调整']);
  });

  it('keeps the marks of a sheet an earlier version wrote, whose 编号 held the id and which has no 标识', () => {
    const grid2 = unbalanced();
    const flagged2 = applyPlanToGrid(grid2, flagsPlan(grid2));
    const sheet = resultSheet(flagged2);
    const header = resultHeaderRow(sheet);
    const old: CellValue[][] = sheet.rows.map((row, r) => (r < header ? [...row] : [row[9] ?? null, ...row.slice(1, 9)]));
    old[header]![0] = '编号';
    (sheet as unknown as { rows: CellValue[][] }).rows = old;
    const id = cellText(old[header + 1]![0] ?? null);
    old[header + 1]![7] = '忽略';
    expect(readMarks(flagged2).get(id)).toEqual({ kind: '忽略', words: '' });
    const again = applyPlanToGrid(flagged2, flagsPlan(flagged2));
    expect(listed(resultSheet(again)).find((r) => r['标识'] === id)!['标记']).toBe('忽略');
  });
});
