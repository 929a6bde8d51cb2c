/**
 * The two ways a write ends in an error the pane explains, apart from the code that raises them: a host tells
 * them by class, and the pane's first chunk holds the host's reading half without the guard and the survey.
 */
import type { WorkbookGrid } from '../grid/cell';
import type { PartialWrite } from './partial';

/** A plan refused by the guard; the message says so in Chinese, and that nothing was written. */
export class PlanRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanRefused';
  }
}

/** A write that failed after changing the workbook; the pane shows what was written and offers to take it back. */
export class PartialWriteError extends Error {
  constructor(
    /** Why it failed and what to do, in Chinese. */
    readonly reason: string,
    readonly partial: PartialWrite,
    /** The workbook as read after the failure. */
    readonly after: WorkbookGrid,
  ) {
    const offer = partial.takeBack.ops.length > 0 ? '可以点“清除”撤回。' : '';
    super(`写入没有完成：${reason}已经写入的有：${partial.written.join('；')}。${offer}${partial.kept.join('')}`);
    this.name = 'PartialWriteError';
  }
}
