/**
 * The findings' groups as the pane and the 检查结果 sheet list them (audit/numbering.ts). The tables beyond the nine
 * (江苏's 财政拨款支出决算表(功能科目), F05) came after the 自评表, their 错误 below every 自评表's 提示, under our code
 * (F05 财政拨款支出决算表: h276, seen on the web page). Now after the nine, before the 自评表, as 其他.
 */
import { extraLabels, groupFindings, findingNumber } from '../../../src/engine/audit/numbering';
import { runAudit } from '../../../src/engine/audit/audit';
import { flagPlan, RESULT_COLUMNS, RESULT_SHEET } from '../../../src/engine/audit/flags';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { sample } from '../../support/ruleTester';
import { JIANGSU_FISCAL_BASIC, JIANGSU_FISCAL_EXPENDITURE, JIANGXI_ASSETS, jiangxiAssetsRows, withJiangsuFiscalTables } from '../../support/layouts';

/** The sample with 江苏's two tables, the 合计 of the first 1,463.45 (its C6; table 04's is 1,363.45). */
function jiangsu(): WorkbookGrid {
  const g = withJiangsuFiscalTables(sample());
  return { sheets: g.sheets.map((s) => (s.name === JIANGSU_FISCAL_EXPENDITURE ? { ...s, rows: s.rows.map((r, i) => (i === 5 ? r.map((v, c) => (c === 2 ? 1463.45 : v)) : r)) } : s)) };
}

describe('the groups of findings', () => {
  it('a table beyond the nine after the nine, before the 自评表, named 其他', () => {
    const grid = jiangsu();
    const findings = runAudit({ recognition: recognise(grid), supplement: parseSupplementJson(JSON.parse(JSON.stringify(changji2022Supplement))).supplement, grid });
    const groups = groupFindings(findings);
    // Named by its title as printed, with its (功能科目) (it was 其他 财政拨款支出决算表, beside the page 财政拨款支出决算表(功能科目)).
    // helper-h301: 其他表1 of the two the workbook has (its 财政拨款基本支出决算表（经济科目） without findings), not 其他表 as the
    // only one with findings: that number changed as the other's findings came and went.
    expect(groups.map((g) => g.name)).toEqual(['04 财政拨款收入支出决算总表', '05 一般公共预算财政拨款支出决算表', '其他表1 财政拨款支出决算表（功能科目）', '10 项目支出绩效自评表']);
    const extra = groups[2]!;
    // Numbered 其他表1-1, not by our code (表F05-1: no such table in the set); the 检查结果 sheet writes the same.
    expect([findingNumber(extra, 0), extra.label, extra.findings[0]!.severity]).toEqual(['其他表1-1', '其他表1', 'error']);
    expect(extra.findings[0]!.message).toMatch(/^财政拨款支出决算表（功能科目）的合计 1,463\.45 万元，/);
    expect(findingNumber(groups[1]!, 0)).toBe('表05-1');
  });

  it('the 检查结果 sheet writes the same number and 其他表 in its 表 column, not our code F05', () => {
    const grid = jiangsu();
    const findings = runAudit({ recognition: recognise(grid), supplement: parseSupplementJson(JSON.parse(JSON.stringify(changji2022Supplement))).supplement, grid });
    const written = applyPlanToGrid(grid, flagPlan(grid, findings)).sheets.find((s) => s.name === RESULT_SHEET)!;
    const row = written.rows.find((r) => r[RESULT_COLUMNS.number] === '其他表1-1')!;
    expect(row[RESULT_COLUMNS.table]).toBe('其他表1');
    expect(written.rows.some((r) => r[RESULT_COLUMNS.table] === 'F05')).toBe(false);
  });

  it('a title that prints no (功能科目) is named as printed', () => {
    const g = jiangsu();
    const bare = { sheets: g.sheets.map((s) => (s.name === JIANGSU_FISCAL_EXPENDITURE ? { ...s, rows: s.rows.map((r, i) => (i === 0 ? ['财政拨款支出决算表', ...r.slice(1)] : r)) } : s)) };
    const findings = runAudit({ recognition: recognise(bare), supplement: parseSupplementJson(JSON.parse(JSON.stringify(changji2022Supplement))).supplement, grid: bare });
    expect(groupFindings(findings).map((x) => x.name)).toContain('其他表1 财政拨款支出决算表');
  });

  it('several tables beyond the nine: numbered 其他表1, 其他表2, 其他表3 in their order, those without findings counted', () => {
    const grid = jiangsu();
    const withAssets = { sheets: [...grid.sheets, { name: JIANGXI_ASSETS, rows: jiangxiAssetsRows().map((r, i) => (i === 6 ? r.map((v, c) => (c === 6 ? 80 : v)) : r)) }] };
    const extras = extraGroups(withAssets);
    expect(extras.map((g) => [g.name, findingNumber(g, 0)])).toEqual([
      ['其他表1 财政拨款支出决算表（功能科目）', '其他表1-1'],
      ['其他表3 国有资产占用情况表', '其他表3-1'],
    ]);
  });

  // helper-h301: numbered among those with findings, the 国有资产占用情况表 was 其他表2 beside a wrong 财政拨款基本支出决算表（经济科目）
  // and 其他表 once that was mended: the same table under another number from one check to the next.
  it('a table keeps its number when another’s findings are mended', () => {
    const g = withJiangsuFiscalTables(sample());
    const assets = { name: JIANGXI_ASSETS, rows: jiangxiAssetsRows().map((r, i) => (i === 6 ? r.map((v, c) => (c === 6 ? 80 : v)) : r)) };
    // 江苏's 经济科目 table and 江西's, the first right, then with its 人员经费合计 100.00 more.
    const mended = { sheets: [...g.sheets.filter((s) => s.name !== JIANGSU_FISCAL_EXPENDITURE), assets] };
    const basic = mended.sheets.find((s) => s.name === JIANGSU_FISCAL_BASIC)!;
    const row = basic.rows.findIndex((r) => r.some((v) => typeof v === 'string' && v.replace(/\s/g, '') === '人员经费合计'));
    const col = basic.rows[row]!.findIndex((v) => typeof v === 'number');
    const wrong = { sheets: mended.sheets.map((s) => (s === basic ? { ...s, rows: s.rows.map((r, i) => (i === row ? r.map((v, c) => (c === col ? (v as number) + 100 : v)) : r)) } : s)) };
    const numbers = (grid: WorkbookGrid) => extraGroups(grid).map((x) => [x.name, x.label, findingNumber(x, 0)]);
    expect(numbers(wrong)).toEqual([
      ['其他表1 财政拨款基本支出决算表（经济科目）', '其他表1', '其他表1-1'],
      ['其他表2 国有资产占用情况表', '其他表2', '其他表2-1'],
    ]);
    expect(numbers(mended)).toEqual([['其他表2 国有资产占用情况表', '其他表2', '其他表2-1']]);
    const [group] = extraGroups(mended);
    expect(group!.findings.map((f) => f.tableLabel)).toEqual(group!.findings.map(() => '其他表2'));
  });

  it('numbered in workbook order, not ours: the 国有资产占用情况表 before 江苏’s two is 其他表1, and listed first', () => {
    const grid = jiangsu();
    const assets = { name: JIANGXI_ASSETS, rows: jiangxiAssetsRows().map((r, i) => (i === 6 ? r.map((v, c) => (c === 6 ? 80 : v)) : r)) };
    const first = grid.sheets.findIndex((s) => s.name === JIANGSU_FISCAL_EXPENDITURE);
    const before = { sheets: [...grid.sheets.slice(0, first), assets, ...grid.sheets.slice(first)] };
    expect(extraGroups(before).map((g) => [g.name, findingNumber(g, 0)])).toEqual([
      ['其他表1 国有资产占用情况表', '其他表1-1'],
      ['其他表2 财政拨款支出决算表（功能科目）', '其他表2-1'],
    ]);
  });

  // review r307: two on one sheet are numbered down it (extrasInOrder: by sheet, then row), whichever our spec lists first.
  it('two tables beyond the nine on one sheet: numbered from the top down', () => {
    const g = withJiangsuFiscalTables(sample());
    const [fn, basic] = [JIANGSU_FISCAL_EXPENDITURE, JIANGSU_FISCAL_BASIC].map((name) => g.sheets.find((s) => s.name === name)!);
    const oneSheet = (top: typeof fn, below: typeof fn): WorkbookGrid => ({
      sheets: [...g.sheets.filter((s) => s !== fn && s !== basic), { name: '其他表', rows: [...top!.rows, [], [], ...below!.rows] }],
    });
    const labels = (grid: WorkbookGrid) => [...extraLabels(recognise(grid))];
    expect(labels(oneSheet(fn, basic))).toEqual([['F05', '其他表1'], ['F06', '其他表2']]);
    expect(labels(oneSheet(basic, fn))).toEqual([['F06', '其他表1'], ['F05', '其他表2']]);
  });

  // review r307: a hidden sheet's table is read after the shown ones (recognise's rank): numbered by where it stands all the same.
  it('a table beyond the nine on a hidden sheet before the others: still 其他表1', () => {
    const grid = jiangsu();
    const first = grid.sheets.findIndex((s) => s.name === JIANGSU_FISCAL_EXPENDITURE);
    const hidden = { name: JIANGXI_ASSETS, rows: jiangxiAssetsRows(), state: 'hidden' as const };
    const before: WorkbookGrid = { sheets: [...grid.sheets.slice(0, first), hidden, ...grid.sheets.slice(first)] };
    expect([...extraLabels(recognise(before))]).toEqual([['A10', '其他表1'], ['F05', '其他表2'], ['F06', '其他表3']]);
  });

  it('the one table beyond the nine: 其他表, no number', () => {
    const grid = sample();
    const withAssets = { sheets: [...grid.sheets, { name: JIANGXI_ASSETS, rows: jiangxiAssetsRows().map((r, i) => (i === 6 ? r.map((v, c) => (c === 6 ? 80 : v)) : r)) }] };
    expect(extraGroups(withAssets).map((g) => [g.name, g.label, findingNumber(g, 0)])).toEqual([['其他表 国有资产占用情况表', '其他表', '其他表-1']]);
  });
});

/** The groups of the tables beyond the nine, of a check of `grid` with the sample's 说明数据. */
function extraGroups(grid: WorkbookGrid) {
  const findings = runAudit({ recognition: recognise(grid), supplement: parseSupplementJson(JSON.parse(JSON.stringify(changji2022Supplement))).supplement, grid });
  return groupFindings(findings).filter((g) => g.name.startsWith('其他'));
}
