/** A small argument parser: positionals, `--flag`, `--option value` (or `--option=value`). */
import { UsageError } from './errors';

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, string>;
}

export function parseArgs(argv: readonly string[], spec: { readonly flags: readonly string[]; readonly options: readonly string[] }): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`选项 --${name} 不带值。`);
      flags.add(name);
    } else if (spec.options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`选项 --${name} 需要一个值。`);
      options.set(name, value);
    } else {
      throw new UsageError(`未知的选项“${arg}”。`);
    }
  }
  return { positionals, flags, options };
}
