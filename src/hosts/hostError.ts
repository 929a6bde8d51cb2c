import type { Plan } from '../engine/plan/plan';

/** A failure the user can act on, in Chinese, raised by any host; the message says whether anything was written. */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostError';
  }
}

/** The sheets a plan writes to, flags or unflags (not those it adds or deletes): a host refuses the plan if one is protected. */
export function writtenSheets(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const op of plan.ops) {
    if ('sheet' in op && op.op !== 'ensureSheet' && op.op !== 'deleteSheet') out.add(op.sheet);
    if ('sheets' in op) for (const s of op.sheets) out.add(s);
  }
  return out;
}

/** The refusal when sheets the plan writes to are protected. */
export function protectedSheetsError(names: readonly string[]): HostError {
  return new HostError(`工作表${names.map((n) => `“${n}”`).join('、')}受保护：请在“审阅”选项卡撤销工作表保护后再试。没有写入任何内容。`);
}

/** The refusal when the plan adds or deletes sheets or marks (engine/plan/writeOrder.ts structuralSteps) and the workbook's structure is protected. */
export function protectedStructureError(steps: readonly string[]): HostError {
  return new HostError(
    `工作簿的结构受保护，而这一操作要${steps.join('、')}：请在“审阅”选项卡点“保护工作簿”取消保护（设有密码时输入密码）后再试，写入后可以再保护。没有写入任何内容。`,
  );
}
