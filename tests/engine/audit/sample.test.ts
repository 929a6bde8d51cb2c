/**
 * The audit on the bundled sample: no 错误; as 尾差 exactly the reference's rounding gaps (DOMAIN §6, last
 * paragraph) — Σ 类 of table 05, 一般公共服务 Σ 项 and 卫生健康 Σ 项, each in the 合计 and 基本支出 columns, and
 * the first again in table 04 whose 类 rows mirror table 05; as 提示 the reference's 1.2 where 1.18 is due.
 */
import { runAudit } from '../../../src/engine/audit/audit';
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { countFindings } from '../../../src/engine/audit/finding';
import { sample, sampleData } from '../../support/ruleTester';

describe('the audit on the bundled sample', () => {
  const grid = sample();
  const findings = runAudit({ recognition: recognise(grid), supplement: parseSupplementJson(sampleData()).supplement, grid });

  it('finds no 错误', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports exactly the reference rounding gaps as 尾差', () => {
    const rounding = findings.filter((f) => f.severity === 'rounding').map((f) => [f.rule, f.cells[0], f.difference]);
    expect(rounding).toEqual([
      ['fiscal-year-expenditure', '财政拨款收入支出决算总表!F35', 0.01],
      ['fiscal-year-expenditure', '财政拨款收入支出决算总表!G35', 0.01],
      ['subject-section-items', '一般公共预算财政拨款支出决算表!C8', -0.01],
      ['subject-section-items', '一般公共预算财政拨款支出决算表!D8', -0.01],
      ['subject-section-items', '一般公共预算财政拨款支出决算表!C18', -0.01],
      ['subject-section-items', '一般公共预算财政拨款支出决算表!D18', -0.01],
      ['subject-total-classes', '一般公共预算财政拨款支出决算表!C6', 0.01],
      ['subject-total-classes', '一般公共预算财政拨款支出决算表!D6', 0.01],
    ]);
  });

  it('reports the reference 自评 score of 1.2 as a 提示', () => {
    expect(findings.filter((f) => f.severity === 'warning').map((f) => [f.rule, f.cells[0]])).toEqual([['performance-indicator-score', '项目支出绩效自评表!H188']]);
    expect(countFindings(findings)).toEqual({ error: 0, rounding: 8, warning: 1 });
  });

  it('gives each finding a stable id', () => {
    const again = runAudit({ recognition: recognise(sample()), supplement: parseSupplementJson(sampleData()).supplement, grid: sample() });
    expect(again.map((f) => f.id)).toEqual(findings.map((f) => f.id));
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    for (const f of findings) expect(f.id).toMatch(/^[0-9a-f]{8}$/);
  });
});
