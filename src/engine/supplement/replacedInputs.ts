/**
 * What a 说明数据 JSON would replace of the 说明数据 the accountant typed into the workbook's sheet: the sheet is
 * written from the JSON alone, so every input the sheet holds that the JSON gives otherwise, or not at all, would be
 * lost (a second `fill --data` blanked 上年数 and reasons typed after the first, and put back values corrected since).
 * Values are compared as read (`2022年` and 2022, `1,801.23` typed as text and 1801.23 are the same), each side shown
 * as written.
 */
import type { PlanValue } from '../plan/plan';
import type { SheetGrid } from '../grid/cell';
import { qualifiedA1 } from '../grid/address';
import type { AmountField, TextField } from './keys';
import { entryCell, SupplementEntry } from './readSheet';
import type { SupplementInputs } from './sheet';
import type { Supplement } from './supplement';

/** One input typed in the sheet that the JSON replaces: where, what the sheet holds, what the JSON gives. */
export interface ReplacedInput {
  readonly what: string;
  /** The sheet's cell (sheet-qualified A1) where it is typed, when the sheet is given. */
  readonly cell?: string;
  readonly sheet: PlanValue;
  readonly json: PlanValue | undefined;
}

/** A side: its 说明数据 as read, and its inputs as written. */
export interface SupplementSide {
  readonly supplement: Supplement;
  readonly inputs: SupplementInputs;
}

function typed(v: PlanValue | undefined): v is string | number | boolean {
  return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
}

type Read = string | number | undefined;

function same(a: Read, b: Read): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a === b;
}

const asWritten = (v: PlanValue | undefined): Read => (typeof v === 'string' || typeof v === 'number' ? v : undefined);

/**
 * `stays`: whether an indicator's field typed in the sheet stays as typed whatever the JSON says (a value typed over a
 * grey formula cell: supplementSheetPlan keeps it, so the JSON replaces nothing there). `grid`: the sheet, for the cells.
 */
export function replacedInputs(
  sheet: SupplementSide,
  json: SupplementSide,
  options: { readonly stays?: (key: string, field: AmountField | TextField) => boolean; readonly grid?: SheetGrid } = {},
): ReplacedInput[] {
  const out: ReplacedInput[] = [];
  const cellOf = (entry: SupplementEntry | undefined) => {
    const at = entry && options.grid ? entryCell(options.grid, entry) : undefined;
    return at ? { cell: qualifiedA1(at) } : {};
  };
  // As read where the sheet's value reads (else as written: a value the sheet's reader refused is still the accountant's).
  const compare = (what: string, written: PlanValue | undefined, read: Read, theirs: PlanValue | undefined, theirsRead: Read, entry?: SupplementEntry) => {
    if (!typed(written)) return;
    if (read !== undefined ? !same(read, theirsRead) : !same(asWritten(written), asWritten(theirs))) out.push({ what, ...cellOf(entry), sheet: written, json: theirs });
  };
  const mine = sheet.supplement;
  const theirs = json.supplement;
  compare('单位名称', sheet.inputs.meta.单位名称, mine.单位名称?.value, json.inputs.meta.单位名称, theirs.单位名称?.value);
  compare('年度', sheet.inputs.meta.年度, mine.年度?.value, json.inputs.meta.年度, theirs.年度?.value);
  compare('单位性质', sheet.inputs.meta.单位性质, mine.单位性质?.value, json.inputs.meta.单位性质, theirs.单位性质?.value);
  for (const [key, fields] of sheet.inputs.indicators) {
    const written = json.inputs.indicators.get(key) ?? {};
    for (const [field, value] of Object.entries(fields) as [keyof typeof fields, PlanValue][]) {
      if (options.stays?.(key, field)) continue;
      compare(`“${key}”的${field}`, value, mine.指标.get(key)?.[field]?.value, written[field], theirs.指标.get(key)?.[field]?.value, { indicator: key, field });
    }
  }
  for (const [key, value] of sheet.inputs.matters) compare(`“${key}”`, value, mine.事项.get(key)?.value, json.inputs.matters.get(key), theirs.事项.get(key)?.value, { matter: key });
  return out;
}

/** The first three with both values, and how many more: for a refusal or a preview. */
export function replacedInputsList(replaced: readonly ReplacedInput[]): string {
  const shown = replaced.slice(0, 3).map((r) => `${r.what}${r.cell ? `（${r.cell}）` : ''}：表中 ${String(r.sheet)}，JSON 中${typed(r.json) ? ` ${String(r.json)}` : '没有'}`);
  return `${shown.join('；')}${replaced.length > 3 ? '；……' : ''}`;
}

/** The command line's refusal, in Chinese: how many, the first three, and what to do. */
export function replacedInputsMessage(replaced: readonly ReplacedInput[]): string {
  return (
    `工作簿的说明数据表中有 ${replaced.length} 项您填写的内容与 --data 的 JSON 不同（${replacedInputsList(replaced)}）。` +
    '按 JSON 写入会替换或清空它们，因此没有写入任何内容。请去掉 --data，使用表中的说明数据；或先把这些内容改进 JSON。'
  );
}
