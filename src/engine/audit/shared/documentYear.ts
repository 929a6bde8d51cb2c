/**
 * The year an explanation is about: the 说明数据's 年度, else the year the workbook states (Recognition.document:
 * a cover title, a table title's prefix, a 年度 line), else the year in the explanation's own title
 * ("新疆…管理局2022年度部门决算公开说明" further down a sheet), not a comparison's heading. Undefined when none says.
 */
import type { RuleContext } from '../rule';
import { textCells } from './textScan';

const TITLE = /(\d{4})年度?(?:部门|单位)?决算/;
/**
 * A comparison's heading (（二）与2019年决算对比, 2022年度与2021年度决算比较): its year is another's, or one of two; read as
 * the title, the 疫情前 year was the document's (helper-h217).
 */
const COMPARISON = /对比|比较|相比|(?:与|同|较|比)\d{4}年/;

export function documentYear(ctx: Pick<RuleContext, 'grid' | 'recognition' | 'supplement'>): number | undefined {
  const stated = ctx.supplement.年度?.value ?? ctx.recognition.document.year?.value;
  if (stated) return stated;
  const title = textCells(ctx).find((t) => !t.text.includes('。') && TITLE.test(t.text) && !COMPARISON.test(t.text));
  return title ? Number(TITLE.exec(title.text)![1]) : undefined;
}

const tablesYears = new WeakMap<object, number | null>();
/**
 * The year of the tables a text's figures are held to, for the rules that skip a figure named by another year: the workbook's,
 * else documentYear's (the 说明数据's 年度, else the text's title), read once a check. The workbook's first: its tables are the
 * figures' (a 说明数据 of another year is supplement-year's 错误, and documentYear's order would hold that year's figures to them).
 * The workbook's alone, a workbook whose tables state no year (the 上海 2024 fixture) had none, and a figure named by last year
 * (2023年度一般公共预算财政拨款支出3902.77万元) was held to this year's tables: a right text a 错误 (helper-h207, h289; review r292).
 */
export function tablesYear(ctx: Pick<RuleContext, 'grid' | 'recognition' | 'supplement'>): number | undefined {
  if (!tablesYears.has(ctx)) tablesYears.set(ctx, ctx.recognition.document.year?.value ?? documentYear(ctx) ?? null);
  return tablesYears.get(ctx) ?? undefined;
}
