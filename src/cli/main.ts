/**
 * `juesuan`: the command line (DESIGN.md "Contracts"). Exit codes: 0 done, 1 `check` found 错误,
 * 2 bad usage or unreadable input (with a message on stderr naming the file and the reason).
 */
import { readFileSync } from 'fs';
import path from 'path';
import { UsageError } from './errors';
import { parseArgs } from './args';
import type { Io } from './io';
import { CHECK_USAGE, EXPLAIN_USAGE, FILL_USAGE, INSPECT_USAGE } from './usage';

const HELP = `决算公开助手 juesuan

用法：
  ${INSPECT_USAGE}
      识别工作簿中的决算表，列出缺少的表和问题
  ${CHECK_USAGE}
      检查表内、表间、说明数据和说明文字的一致性；可给多个文件或文件夹（多核并行）；
      --out 另存一份标出问题的工作簿；--report 写出 HTML 检查报告
  ${EXPLAIN_USAGE}
      生成公开说明（文字、JSON、Word 文档；装有 LibreOffice 时也可输出 PDF）
  ${FILL_USAGE}
      写入说明数据表（公式）、自评表公式和公开说明表，另存为新文件

  juesuan --version
      显示版本

FILE 可以是 .xlsx、.xlsm、.xls、.et（WPS 表格）或 .ods；写出的工作簿总是 .xlsx。

退出码：0 完成（check：没有错误）；1 check 发现错误；2 用法错误、文件无法读取，或不能生成、不能写入（什么也没有写，原因见提示）。`;

/** The version in package.json (two folders up from src/cli and from dist/cli alike). */
function version(): string {
  return (JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v' || command === 'version') {
      io.stdout(`juesuan ${version()}`);
      return 0;
    }
    switch (command) {
      // Each command is loaded when it runs: see usage.ts.
      case 'inspect':
        return await (await import('./commands/inspect')).inspectCommand(parseArgs(rest, { flags: ['json'], options: [] }), io);
      case 'check':
        return await (await import('./commands/check')).checkCommand(parseArgs(rest, { flags: ['json'], options: ['data', 'out', 'report', 'jobs'] }), io);
      case 'explain':
        return await (await import('./commands/explain')).explainCommand(parseArgs(rest, { flags: [], options: ['data', 'preset', 'format', 'out'] }), io);
      case 'fill':
        return await (await import('./commands/fill')).fillCommand(parseArgs(rest, { flags: [], options: ['data', 'preset', 'out'] }), io);
      default:
        throw new UsageError(`未知的命令“${command}”。\n\n${HELP}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(e.message);
      return 2;
    }
    // The plan guard's refusal (engine/plan/guard.ts: a protected sheet, a sheet not the add-in's): its message says
    // in Chinese that nothing was written and what to do. Told by name: the class stays out of the first chunk.
    if (e instanceof Error && e.name === 'PlanRefused') {
      io.stderr(e.message);
      return 2;
    }
    throw e;
  }
}
