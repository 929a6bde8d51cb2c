/**
 * What 检查 says it will colour, and then says it coloured: the problems with a cell to colour and the cells, each
 * once; a problem with no cell (a table missing from the workbook) said apart, not counted among those coloured.
 * The pane shows these lines before writing (将要写入) and after (已写入): the same plan's summary.
 */
import { check, flagsPlan } from '../../../src/engine/workflow';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import type { CellValue } from '../../../src/engine/grid/cell';
import { parseA1 } from '../../../src/engine/grid/address';
import { sample } from '../../support/ruleTester';
import { JIANGSU_FISCAL_EXPENDITURE, withJiangsuFiscalTables } from '../../support/layouts';

function edited(grid: WorkbookGrid, sheet: string, a1: string, value: CellValue): WorkbookGrid {
  const { row, col } = parseA1(a1);
  return { sheets: grid.sheets.map((s) => (s.name === sheet ? { ...s, rows: s.rows.map((r, i) => (i === row ? r.map((v, c) => (c === col ? value : v)) : r)) } : s)) };
}

const withoutTable03 = (): WorkbookGrid => ({ sheets: sample().sheets.filter((s) => !s.name.startsWith('支出决算表')) });

/** The cells the plan colours, each once: sheet!A1 over every level. */
function coloured(grid: WorkbookGrid): Set<string> {
  const cells = new Set<string>();
  for (const op of flagsPlan(grid).ops) if (op.op === 'addHighlights') for (const c of op.cells) cells.add(`${op.sheet}!${c}`);
  return cells;
}

describe('检查’s summary of the flags', () => {
  it('counts a missing table apart: it has no cell to colour (标出 21 个问题 counted it among those coloured)', () => {
    const grid = withoutTable03();
    const summary = flagsPlan(grid).summary;
    const listed = Number(/列出全部 (\d+) 个问题/.exec(summary.at(-1)!)![1]);
    expect(summary[0]).toBe(`标出 ${listed - 1} 个问题涉及的 ${coloured(grid).size} 个单元格（条件格式，不改动单元格本身的格式；无批注的单元格加批注）。`);
    expect(summary[1]).toBe('另有 1 个问题没有单元格可标（如缺少《支出决算表》），只列在“检查结果”中。');
  });

  it('counts a cell two problems share once: the cells coloured, not the problems’ cells added up', () => {
    // 江苏's 财政拨款支出决算表（功能科目） with its 合计 1,363.45 written 1,463.45: four 错误 at its C6.
    const grid = edited(withJiangsuFiscalTables(sample()), JIANGSU_FISCAL_EXPENDITURE, 'C6', 1463.45);
    const summary = flagsPlan(grid).summary;
    const listed = Number(/列出全部 (\d+) 个问题/.exec(summary.at(-1)!)![1]);
    const refs = check(grid).findings.reduce((n, f) => n + f.cellRefs.length, 0);
    expect(summary[0]).toBe(`标出 ${listed} 个问题涉及的 ${coloured(grid).size} 个单元格（条件格式，不改动单元格本身的格式；无批注的单元格加批注）。`);
    expect(summary[1]).toMatch(/^在工作表“检查结果”/);
    // Its 错误 share C6: the sum of each problem's cells is more than the cells coloured.
    expect(refs).toBeGreaterThan(coloured(grid).size);
  });

  it('says the problems without a cell first, not 另有, when none has a cell to colour (a workbook of none of the nine)', () => {
    const grid: WorkbookGrid = { sheets: [{ name: 'Sheet1', rows: [['部门决算']] }] };
    const summary = flagsPlan(grid).summary;
    const listed = Number(/列出全部 (\d+) 个问题/.exec(summary.at(-1)!)![1]);
    expect(coloured(grid).size).toBe(0);
    expect(summary[0]).toMatch(new RegExp(`^有 ${listed} 个问题没有单元格可标（如缺少《[^》]+》），只列在“检查结果”中。$`));
  });
});
