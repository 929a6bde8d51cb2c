/** `juesuan inspect FILE.xlsx [--json]`. */
import { recognise } from '../../engine/recognise/recognise';
import { formatInspect, inspectReport } from '../../engine/report/inspect';
import type { ParsedArgs } from '../args';
import { UsageError } from '../errors';
import { readWorkbookFile } from '../workbookFile';
import { INSPECT_USAGE } from '../usage';
import type { Io } from '../io';

export async function inspectCommand(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError(`用法：${INSPECT_USAGE}`);
  const file = args.positionals[0]!;
  const grid = await readWorkbookFile(file);
  const report = inspectReport(recognise(grid));
  io.stdout(args.flags.has('json') ? JSON.stringify(report, null, 2) : formatInspect(report, file));
  return 0;
}
