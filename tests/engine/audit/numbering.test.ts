/**
 * The findings' groups as the pane and the 检查结果 sheet list them (audit/numbering.ts). The tables beyond the nine
 * (江苏's 财政拨款支出决算表(功能科目), F05) came after the 自评表, their 错误 below every 自评表's 提示, under our code
 * (F05 财政拨款支出决算表: h276, seen on the web page). Now after the nine, before the 自评表, as 其他.
 */
import { groupFindings, findingNumber } from '../../../src/engine/audit/numbering';
import { runAudit } from '../../../src/engine/audit/audit';
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { sample } from '../../support/ruleTester';
import { JIANGSU_FISCAL_EXPENDITURE, withJiangsuFiscalTables } from '../../support/layouts';

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
    expect(groups.map((g) => g.name)).toEqual(['04 财政拨款收入支出决算总表', '05 一般公共预算财政拨款支出决算表', '其他 财政拨款支出决算表', '10 项目支出绩效自评表']);
    const extra = groups[2]!;
    // Its number stays the one the 检查结果 sheet writes.
    expect([findingNumber(extra, 0), extra.findings[0]!.severity]).toEqual(['表F05-1', 'error']);
  });
});
