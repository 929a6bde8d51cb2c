/** The README's first lines are the two commands a newcomer needs, and CI runs the test command. */
import { readFileSync } from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '..');

describe('README', () => {
  const lines = readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n');
  const commands = lines.slice(0, 8).filter((l) => l.startsWith('npm '));

  it('opens with the set-up-and-run command and the test command', () => {
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/^npm ci && npm start\b/);
    expect(commands[1]).toMatch(/^npm ci && npm test\b/);
  });

  it('is what .ci/run runs', () => {
    const ci = readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    const testCommand = commands[1]!.split('#')[0]!.trim();
    expect(ci).toContain(testCommand);
  });
});
