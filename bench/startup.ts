/** One `juesuan check` of the sample from the command line, against Node starting and doing nothing. */
import { execFileSync } from 'child_process';
import path from 'path';
import { median } from './stats';

const ROOT = path.join(__dirname, '..');

function wallMs(args: readonly string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  return performance.now() - start;
}

/** Medians of `runs` alternating starts of each. */
export function startupTimes(sample: string, runs: number): { cliMs: number; nodeMs: number } {
  const cli = [path.join(ROOT, 'bin', 'juesuan.js'), 'check', sample];
  const node = ['-e', '0'];
  wallMs(cli);
  wallMs(node);
  const cliMs: number[] = [];
  const nodeMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    cliMs.push(wallMs(cli));
    nodeMs.push(wallMs(node));
  }
  return { cliMs: median(cliMs), nodeMs: median(nodeMs) };
}
