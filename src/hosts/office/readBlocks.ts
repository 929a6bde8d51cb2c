/**
 * Reading used ranges too large for one response (Excel on the web's 5 MB), in blocks of rows: read.ts
 * `syncWithCells` loads this chunk only when Excel has refused a response.
 */
import { HostError } from '../hostError';
import { CELLS, SheetToRead, tooLarge, UsedCells } from './read';

/** Cells asked for in one sync at first: values, formulas and formats of some 40 bytes a cell, about 4 MB. */
const FIRST_BLOCK_CELLS = 100_000;

interface Block {
  readonly sheet: number;
  /** Rows from the used range's top, and how many. */
  readonly from: number;
  readonly count: number;
}

/**
 * The cells of each used range, read in blocks of whole rows, as many cells a sync as `budget`; a sync refused as too
 * large is asked again with half the budget (long texts make some rows heavier than others). A single row still too
 * large for a response cannot be read at all: said, naming the sheet and the row.
 */
export async function readInBlocks(context: Excel.RequestContext, sheets: readonly (SheetToRead | undefined)[], used: readonly (Excel.Range | undefined)[]): Promise<(UsedCells | undefined)[]> {
  const read = used.map((r) => ({ values: [] as unknown[][], formulas: [] as unknown[][], numberFormat: [] as string[][], range: r }));
  const pending: Block[] = used.flatMap((r, sheet) => (r && !r.isNullObject ? [{ sheet, from: 0, count: r.rowCount }] : []));
  let budget = FIRST_BLOCK_CELLS;
  while (pending.length > 0) {
    const batch = takeBlocks(pending, used, budget);
    const loaded = batch.map((b) => {
      const r = used[b.sheet]!;
      return sheets[b.sheet]!.sheet.getRangeByIndexes(r.rowIndex + b.from, r.columnIndex, b.count, r.columnCount).load(CELLS);
    });
    try {
      await context.sync();
    } catch (e) {
      if (!tooLarge(e)) throw e;
      const first = batch[0]!;
      if (batch.length === 1 && first.count === 1) {
        throw new HostError(
          `工作表“${sheets[first.sheet]!.name}”第 ${used[first.sheet]!.rowIndex + first.from + 1} 行的内容超过了 Excel 一次能读取的大小（网页版为 5 MB）：请在桌面版 Excel 中打开这个工作簿，或把这一行的长文本移到别的工作簿后再试。没有写入任何内容。`,
        );
      }
      pending.unshift(...batch);
      budget = Math.max(1, Math.floor(budget / 2));
      continue;
    }
    batch.forEach((b, i) => {
      const into = read[b.sheet]!;
      const block = loaded[i]!;
      // Row by row: a block can hold more rows than a call takes arguments.
      for (let k = 0; k < b.count; k++) {
        into.values.push(block.values[k]!);
        into.formulas.push(block.formulas[k]!);
        into.numberFormat.push(block.numberFormat[k]!);
      }
    });
  }
  return read.map(({ range, values, formulas, numberFormat }) =>
    range && !range.isNullObject ? { isNullObject: false, rowIndex: range.rowIndex, columnIndex: range.columnIndex, values, formulas, numberFormat } : range,
  );
}

/**
 * Blocks from the front of `pending` worth at most `budget` cells (at least one row), in order; a block larger than
 * what is left of the budget is split, its rest left in front.
 */
function takeBlocks(pending: Block[], used: readonly (Excel.Range | undefined)[], budget: number): Block[] {
  const batch: Block[] = [];
  let left = budget;
  while (pending.length > 0) {
    const next = pending[0]!;
    const width = used[next.sheet]!.columnCount;
    const fits = Math.floor(left / width);
    if (fits === 0 && batch.length > 0) break;
    const count = Math.min(next.count, Math.max(1, fits));
    batch.push({ sheet: next.sheet, from: next.from, count });
    left -= count * width;
    if (count === next.count) pending.shift();
    else pending[0] = { sheet: next.sheet, from: next.from + count, count: next.count - count };
    if (left <= 0) break;
  }
  return batch;
}
