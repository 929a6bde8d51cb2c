/**
 * The meta-test over the whole rule registry (as typescript-eslint does for its rules): unique kebab-case ids,
 * a Chinese title, message templates, a known severity, tables, and a test file of each rule's own.
 */
import { existsSync, readdirSync } from 'fs';
import path from 'path';
import { RULES } from '../../../src/engine/audit/rules';

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

  it('has no test file for a rule that does not exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const file of readdirSync(TEST_DIR)) expect(ids.has(file.replace(/\.test\.ts$/, ''))).toBe(true);
  });
});
