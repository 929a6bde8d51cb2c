/**
 * `juesuan fill FILE.xlsx --out filled.xlsx [--data 说明数据.json] [--preset …]`: a copy of the workbook with the
 * 说明数据 sheet (formulas to the tables), the 自评表 formulas and the 公开说明 sheet. The input is not changed.
 */
import { explain, fillPlan } from '../../engine/workflow';
import { replacedInputsMessage } from '../../engine/supplement/replacedInputs';
import { applyPlan, writeXlsxSaying } from '../../hosts/xlsx/apply';
import type { ParsedArgs } from '../args';
import { UsageError } from '../errors';
import { readJsonFile, refuseOverwritingInput, writeOutput } from '../files';
import { loadWorkbookFile, xlsxOutput } from '../workbookFile';
import { FILL_USAGE } from '../usage';
import type { Io } from '../io';
import { presetOption, refuseBlocked, reportGaps, reportSupplementProblems } from './explain';

export async function fillCommand(args: ParsedArgs, io: Io): Promise<number> {
  const out = args.options.get('out');
  if (args.positionals.length !== 1 || !out) throw new UsageError(`用法：${FILL_USAGE}`);
  const file = args.positionals[0]!;
  // Refused before the work, and again below for the name actually written (an .xls input's output is renamed .xlsx).
  refuseOverwritingInput(file, out);
  const preset = presetOption(args);
  const dataFile = args.options.get('data');
  const json = dataFile ? readJsonFile(dataFile) : undefined;
  const opened = await loadWorkbookFile(file);
  const { workbook, grid } = opened;
  const explained = explain(grid, preset, json);
  reportSupplementProblems(explained, io);
  refuseBlocked(file, explained);
  // The sheet is written from the JSON alone: what the accountant typed into it since is not to be lost unasked.
  const { replaced } = explained.resolved;
  if (replaced.length > 0) throw new UsageError(`${file}：${replacedInputsMessage(replaced)}`);
  reportGaps(explained, io);
  // The .xlsx is written without Excel: the charts' data, no chart (applyPlan says so).
  const plan = fillPlan(grid, explained, { drawsCharts: false });
  const { skipped } = applyPlan(workbook, plan, grid);
  const target = xlsxOutput(out, opened);
  refuseOverwritingInput(file, target.path);
  // What of the file the written one does not have is said, never lost silently (hosts/xlsx/keep.ts).
  const { bytes, lost } = await writeXlsxSaying(workbook);
  writeOutput(target.path, bytes);
  io.stdout([...plan.summary, ...skipped, ...lost, ...target.notices, `已写入 ${target.path}。`].join('\n'));
  return 0;
}
