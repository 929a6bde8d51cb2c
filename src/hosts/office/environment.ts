/**
 * What the Office host needs from Office.js, injected so that tests can drive the host with a strict stand-in of
 * the Excel API: `Excel.run` and the requirement-set check.
 */
export interface OfficeEnvironment {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: 'ExcelApi', version: string): boolean;
}

/** The real thing, inside Excel. */
export function officeEnvironment(): OfficeEnvironment {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

import { HostError } from '../hostError';

export { HostError };

/** Office.js error codes the user can fix, and what to tell them. */
export function explainOfficeError(e: unknown): Error {
  if (e instanceof HostError) return e;
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (code === 'InvalidOperationInCellEditMode') return new HostError('Excel 正处于单元格编辑状态：请按 Enter 或 Esc 结束编辑，再试一次。没有写入任何内容。');
  if (code === 'AccessDenied' || code === 'ReadOnly') return new HostError('工作簿是只读的：请另存为可编辑的副本，或取消只读后再试。没有写入任何内容。');
  if (code === 'ItemNotFound') return new HostError('工作簿在读取之后发生了变化（有工作表被删除或改名）：请重新识别后再试。');
  const detail = e instanceof Error ? e.message : String(e);
  return new HostError(`Excel 返回错误：${detail}`);
}
