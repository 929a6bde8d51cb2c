import { PartialWriteError, PlanRefused } from '../../engine/plan/errors';
import { HostError } from '../hostError';

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

// The same class for every host (WPS too), so the pane tells the user's failures from bugs alike.
export { HostError };

/** Excel's error codes, as its declarations list them (`Excel.ErrorCodes`): a code outside them fails to type-check. */
export type ExcelErrorCode = `${Excel.ErrorCodes}`;

/** The error codes the user can do something about, and what to tell them. */
const REASONS: Partial<Record<ExcelErrorCode, string>> = {
  InvalidOperationInCellEditMode: 'Excel 正处于单元格编辑状态：请按 Enter 或 Esc 结束编辑，再试一次。',
  // Excel says AccessDenied for a read-only workbook and for protection alike; the checks before writing tell them
  // apart where the API can, so this is what is left: Excel 2019 (no Workbook.readOnly) or a change since reading.
  AccessDenied: 'Excel 拒绝写入：工作簿可能是只读的，或工作簿结构、工作表受保护。请另存为可编辑的副本或取消保护后再试。',
  ItemNotFound: '工作簿在读取之后发生了变化（有工作表被删除或改名）：请重新识别后再试。',
};

function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

/** Why Excel refused, and what to do, in Chinese, ending with a full stop; it does not say what was written. */
export function officeErrorReason(e: unknown): string {
  if (e instanceof HostError || e instanceof PlanRefused) return e.message;
  const reason = REASONS[errorCode(e) as ExcelErrorCode];
  if (reason) return reason;
  const detail = typeof e === 'object' && e !== null && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return `Excel 返回错误：${detail}。`;
}

/** A failure before any write (reading, the checks): its reason, and that nothing was written. */
export function explainOfficeError(e: unknown): Error {
  if (e instanceof HostError || e instanceof PartialWriteError) return e;
  if (e instanceof PlanRefused) return new HostError(e.message);
  return new HostError(`${officeErrorReason(e)}没有写入任何内容。`);
}
