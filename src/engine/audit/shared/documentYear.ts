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
