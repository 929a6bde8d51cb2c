/**
 * The tables' 错误 that 生成说明 tells of (it writes the text all the same): those with a table cell first, not the
 * text rules' (they judge the 公开说明 already there), not those marked in 检查.
 */
import { tableErrorNotice, tableErrors } from '../../../src/engine/audit/tableErrors';
import { check, flagsPlan } from '../../../src/engine/workflow';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { parseA1 } from '../../../src/engine/grid/address';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { narrativeSheet, sample } from '../../support/ruleTester';
import { countFindings } from '../../../src/engine/audit/finding';
import { JIANGSU_FISCAL_EXPENDITURE, withJiangsuFiscalTables } from '../../support/layouts';

function edited(grid: WorkbookGrid, sheet: string, a1: string, value: CellValue): WorkbookGrid {
  const s = grid.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(a1);
  (s.rows as CellValue[][])[row]![col] = value;
  return grid;
}

describe('the tables’ 错误 told by 生成说明', () => {
  it('none on the sample, nor for an accountant’s 公开说明 the text rules judge', () => {
    expect(tableErrorNotice(sample())).toBeUndefined();
    const withText = { sheets: [...sample().sheets, narrativeSheet()] };
    expect(tableErrorNotice(withText)).toBeUndefined();
  });

  it('a 支出总计 that does not match the 收入总计: counted, its table named, 检查 pointed to', () => {
    const grid = edited(sample(), '收入支出决算总表', 'F35', 1489.29);
    const notice = tableErrorNotice(grid)!;
    expect(notice).toBeDefined();
    expect(notice.count).toBeGreaterThanOrEqual(1);
    expect(notice.tables).toContain('01');
    expect(notice.message).toBe(`表中有 ${notice.count} 处错误（${notice.tables.map((t) => `公开${t}表`).join('、')}），生成的说明会引用这些数字，前后可能对不上：建议先到“检查”中改正。`);
    // Every one of them is an error of a table's cell, none of the text.
    const errors = tableErrors(check(grid).findings);
    expect(errors).toHaveLength(notice.count);
    expect(errors.every((f) => f.severity === 'error' && f.table !== undefined && !f.rule.startsWith('text-'))).toBe(true);
  });

  it('a table beyond the nine (江苏’s 财政拨款支出决算表（功能科目）) named by its title as printed: it has no 公开 number', () => {
    const grid = edited(withJiangsuFiscalTables(sample()), JIANGSU_FISCAL_EXPENDITURE, 'C6', 1463.45);
    const notice = tableErrorNotice(grid)!;
    expect(notice.tables).toEqual(['F05']);
    expect(notice.summary).toBe(`表中有 ${notice.count} 处错误（《财政拨款支出决算表（功能科目）》），生成的说明会引用这些数字，前后可能对不上`);
  });

  it('a text rule’s 错误 is not counted, nor a missing table (the text shows its gaps)', () => {
    const findings = check(sample()).findings;
    const fake = (rule: string, table: '01' | undefined, cells: boolean) => ({ ...findings[0]!, ...{ id: rule, rule, severity: 'error' as const, table, cellRefs: cells ? [{ sheet: 'x', row: 0, col: 0 }] : [] } });
    expect(tableErrors([fake('text-figures', undefined, true), fake('text-figures', '01', true), fake('missing-table', '01', false)])).toEqual([]);
    expect(tableErrors([fake('summary-balance', '01', true)])).toHaveLength(1);
  });

  it('those marked 已说明 or 忽略 in 检查 are not told again', () => {
    const grid = edited(sample(), '收入支出决算总表', 'F35', 1489.29);
    const errors = tableErrors(check(grid).findings);
    const marked = applyPlanToGrid(grid, flagsPlan(grid, new Map(errors.map((f) => [f.id, { kind: '已说明' as const, words: '' }]))));
    expect(tableErrorNotice(marked)).toBeUndefined();
  });
});

describe('生成说明’s count of 错误 beside 检查’s', () => {
  it('says what else 检查 counts as 错误 — a table missing, the 公开说明’s text — so that the two numbers add up', () => {
    // 检查 said 错误 7 where 生成说明 said 表中有 6 处错误: the seventh was a table missing from the workbook.
    const grid = edited({ sheets: [...sample().sheets.filter((s) => !s.name.startsWith('支出决算表')), narrativeSheet()] }, '收入支出决算总表', 'F35', 1489.29);
    const findings = check(grid).findings;
    const all = countFindings(findings).error;
    const text = findings.filter((f) => f.severity === 'error' && f.rule.startsWith('text-')).length;
    const notice = tableErrorNotice(grid, undefined, findings)!;
    expect(text).toBeGreaterThan(0);
    expect(all).toBe(notice.count + 1 + text);
    expect(notice.message).toBe(
      `${notice.summary}：建议先到“检查”中改正。“检查”共有 ${all} 个错误，除上面 ${notice.count} 处外，1 个是缺少的表（《支出决算表》，说明中它的数字待填写），${text} 个在现有的公开说明文字中（说的是已有的文字，不是将要生成的）。`,
    );
    // The command line says the summary alone, as before.
    expect(notice.summary).toMatch(/^表中有 \d+ 处错误（公开01表.*），生成的说明会引用这些数字，前后可能对不上$/);
  });
});
