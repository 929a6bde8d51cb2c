/**
 * The meta-test over the whole rule registry (as typescript-eslint does for its rules): unique kebab-case ids,
 * a Chinese title, message templates, a known severity, tables, and a test file of each rule's own.
 */
import { existsSync, readdirSync } from 'fs';
import path from 'path';
import { RULES } from '../../../src/engine/audit/rules';
import { TABLE_SPECS } from '../../../src/engine/tables/specs';

const RULE_DIR = path.join(__dirname, '..', '..', '..', 'src', 'engine', 'audit', 'rules');
const TEST_DIR = path.join(__dirname, 'rules');

describe('the rule registry', () => {
  it('has every rule module of src/engine/audit/rules, once', () => {
    const modules = readdirSync(RULE_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(RULES).toHaveLength(modules.length);
    expect(new Set(RULES)).toHaveProperty('size', RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: id, title, severity, tables, messages and a test', (id, rule) => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(RULES.filter((r) => r.id === id)).toHaveLength(1);
    expect(rule.title).toMatch(/[\u4e00-\u9fa5]/);
    expect(['error', 'rounding', 'warning']).toContain(rule.severity);
    for (const code of rule.tables) expect(code).toMatch(/^(0[1-9]|10|F0[56]|A10)$/);
    const messages = Object.values(rule.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toMatch(/[\u4e00-\u9fa5]/);
    // An amount of a relation is filled in with the unit of its tables (元, 千元 or 万元): never a unit in the template.
    for (const m of messages) expect(m).not.toMatch(/\{(left|right|difference)\}\s*(万元|千元|元)/);
    expect(existsSync(path.join(TEST_DIR, `${id}.test.ts`))).toBe(true);
    // Only a 错误 keeps the 公开说明 from being written (workflow.ts narrativeBlockers): a rule that blocks it reports one.
    if (rule.blocksNarrative) expect(rule.severity).toBe('error');
  });

  // A rule whose title names the table it checks (一般公共预算财政拨款支出决算表：每行合计…) names a table beyond the nine it checks
  // too: the 检查结果 sheet's 检查项 of a finding on 江苏's 财政拨款支出决算表 named table 05 alone (review h261).
  it.each(RULES.filter((r) => /^[^：]*表：/.test(r.title)).map((r) => [r.id, r] as const))('%s: its title names each table it checks', (_, rule) => {
    // The tables named, each whole (一般公共预算财政拨款支出决算表 holds 财政拨款支出决算表, which is not named by it).
    const named = rule.title.slice(0, rule.title.indexOf('：')).split('、');
    // A title naming no table by its title (按科目列示的表) names none.
    if (!named.some((n) => TABLE_SPECS.some((s) => s.titles.includes(n)))) return;
    for (const code of rule.tables) {
      const spec = TABLE_SPECS.find((s) => s.code === code)!;
      if (spec.extra) expect(named).toContain(spec.titles[0]);
    }
  });

  it('has no test file for a rule that does not exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const file of readdirSync(TEST_DIR)) expect(ids.has(file.replace(/\.test\.ts$/, ''))).toBe(true);
  });
});
