/**
 * What a 说明数据 JSON would replace of the 说明数据 the accountant typed into the workbook's sheet: the sheet is
 * written from the JSON alone, so every input the sheet holds that the JSON gives otherwise, or not at all, would be
 * lost (a second `fill --data` blanked 上年数 and reasons typed after the first, and put back values corrected since).
 */
import type { PlanValue } from '../plan/plan';
import type { SupplementInputs } from './sheet';

/** One input typed in the sheet that the JSON replaces: where, what the sheet holds, what the JSON gives. */
export interface ReplacedInput {
  readonly what: string;
  readonly sheet: PlanValue;
  readonly json: PlanValue | undefined;
}

function typed(v: PlanValue | undefined): v is string | number | boolean {
  return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
}

function same(a: PlanValue, b: PlanValue | undefined): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a === b;
}

export function replacedInputs(sheet: SupplementInputs, json: SupplementInputs): ReplacedInput[] {
  const out: ReplacedInput[] = [];
  const compare = (what: string, mine: PlanValue | undefined, theirs: PlanValue | undefined) => {
    if (typed(mine) && !same(mine, theirs)) out.push({ what, sheet: mine, json: theirs });
  };
  for (const [key, value] of Object.entries(sheet.meta)) compare(key, value, json.meta[key as keyof typeof json.meta]);
  for (const [key, fields] of sheet.indicators) {
    const theirs = json.indicators.get(key) ?? {};
    for (const [field, value] of Object.entries(fields)) compare(`“${key}”的${field}`, value, theirs[field as keyof typeof theirs]);
  }
  for (const [key, value] of sheet.matters) compare(`“${key}”`, value, json.matters.get(key));
  return out;
}

/** The refusal, in Chinese: how many, the first three with both values, and what to do. */
export function replacedInputsMessage(replaced: readonly ReplacedInput[]): string {
  const shown = replaced.slice(0, 3).map((r) => `${r.what}：表中 ${String(r.sheet)}，JSON 中${typed(r.json) ? ` ${String(r.json)}` : '没有'}`);
  return (
    `工作簿的说明数据表中有 ${replaced.length} 项您填写的内容与 --data 的 JSON 不同（${shown.join('；')}${replaced.length > 3 ? '；……' : ''}）。` +
    '按 JSON 写入会替换或清空它们，因此没有写入任何内容。请去掉 --data，使用表中的说明数据；或先把这些内容改进 JSON。'
  );
}
