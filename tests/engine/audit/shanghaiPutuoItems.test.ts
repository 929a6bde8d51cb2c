/**
 * Two 上海 普陀区 街道 pages of 2025 (上海市普陀区人民政府石泉路街道办事处 2025 年度决算, 上海市普陀区人民政府宜川路街道办事处 2025 年度
 * 决算), as a public repository's review notes quote them (the PDFs themselves are not stored): their §五 items in the 上海
 * template's form, the 项 named in quotes, its 决算 after them (宜川路: the 项 named alone), then 年初预算为…，支出决算为…，完成年初预算的…:
 *   石泉路: “社会保障和就业支出（类）行政事业单位离退休（款）机关事业单位职业年金缴费支出（项）”257.14万元，主要用于：缴纳机关事业
 *     单位在职干部职业年金。年初预算为274.82万元，支出决算为245.53万元，完成年初预算的93.57%. Its tables: 2080506 257.14. The
 *     page's own error: 支出决算为245.53 (257.14; 257.14 / 274.82 = 93.57%, the rate the page states; 245.53 / 274.82 = 89.34%).
 *   宜川路: 机关事业单位职业年金缴费支出（项）269.85万元，主要用于:… 年初预算为285.33万元，支出决算为269.86万元. Its tables: 269.85.
 *     The page's own error: 269.86, 0.01 off the 项's figure (a copying slip, the reviewers judged, not a rounding gap).
 * Each rebuilt over the sample's tables, the 项 2080506 (the sample's 款 行政事业单位养老支出) given the page's figure in tables 03
 * and 05 (the sums about it left off: the text names none). Both errors were found before helper-h227; pinned here.
 */
import type { FinalAccountsData, SubjectLine } from '../../../fixtures/data';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { textFindings } from '../../support/sampleText';

function bookWithPension(amount: number) {
  const data = JSON.parse(JSON.stringify(changji2022)) as FinalAccountsData;
  const set = (lines: readonly SubjectLine[], values: Readonly<Record<string, number>>) => {
    const l = lines.find((s) => s.code === '2080506')!;
    (l as { values: Record<string, number> }).values = { ...l.values, ...values };
  };
  set(data.generalBudgetExpenditure, { total: amount, basic: amount });
  set(data.expenditure, { yearExpenditure: amount, basic: amount });
  return toGrid(buildWorkbook(data, standardPlan(data)));
}

const HEADINGS = ['五、一般公共预算财政拨款支出决算情况说明', '（三）一般公共预算财政拨款支出决算具体情况'];
const findings = (grid: ReturnType<typeof bookWithPension>, item: string) => textFindings([...HEADINGS, item], grid).map((f) => `${f.rule}: ${f.message}`);

describe('石泉路街道 2025 §五: a 项 whose 支出决算为 is not its figure', () => {
  const grid = bookWithPension(257.14);
  // The 款's former name, a 提示 (helper-h230; read, its 项's figure is the table's).
  const FORMER_NAME = 'text-subject-names: 说明文字中的“行政事业单位离退休(款)”是科目 20805 的旧称，现行规范名称为“行政事业单位养老支出”：请改为现行名称。';
  const PUBLISHED = '6.“社会保障和就业支出（类）行政事业单位离退休（款）机关事业单位职业年金缴费支出（项）”257.14万元，主要用于：缴纳机关事业单位在职干部职业年金。年初预算为274.82万元，支出决算为245.53万元，完成年初预算的93.57%。';

  // The rate, 93.57%, is 257.14's: right for the tables, no second 错误 beside the 245.53 (helper-h317; it was one, held to 245.53).
  it('finds the page’s 245.53 against the table’s 257.14, once', () => {
    expect(findings(grid, PUBLISHED)).toEqual([
      'text-budget-figures: 说明文字“年初预算为274.82万元,支出决算为245.53万元,完成年初预算的93.57%”写决算为 245.53万元，而一般公共预算财政拨款支出决算表中为 257.14 万元。',
      FORMER_NAME,
    ]);
  });

  it('passes it once put right, and finds each of its figures made wrong', () => {
    const fixed = PUBLISHED.replace('支出决算为245.53', '支出决算为257.14');
    expect(findings(grid, fixed)).toEqual([FORMER_NAME]);
    expect(findings(grid, fixed.replace('行政事业单位离退休', '行政事业单位养老支出'))).toEqual([]);
    for (const [right, wrong, rule] of [
      ['”257.14万元', '”251.74万元', 'text-figures'],
      ['年初预算为274.82', '年初预算为247.82', 'text-budget'],
      ['93.57%', '95.37%', 'text-budget'],
    ] as const)
      expect(findings(grid, fixed.replace(right, wrong)).map((f) => f.slice(0, f.indexOf(':')))).toContain(rule);
  });
});

describe('宜川路街道 2025 §五: 支出决算为 0.01 off the 项’s figure', () => {
  const grid = bookWithPension(269.85);
  const PUBLISHED = '15.机关事业单位职业年金缴费支出（项）269.85万元，主要用于:缴纳机关事业单位在职干部职业年金。年初预算为285.33万元，支出决算为269.86万元。';

  it('is a 错误, not a rounding gap: the text states one figure two ways', () => {
    expect(findings(grid, PUBLISHED)).toEqual([
      'text-budget-figures: 说明文字“年初预算为285.33万元,支出决算为269.86万元”写决算为 269.86万元，而一般公共预算财政拨款支出决算表中为 269.85 万元。',
    ]);
    expect(findings(grid, PUBLISHED.replace('269.86', '269.85'))).toEqual([]);
    // The 项 named alone, its figure before 主要用于 is read too.
    expect(findings(grid, PUBLISHED.replace('269.86', '269.85').replace('）269.85', '）296.85')).map((f) => f.slice(0, f.indexOf(':')))).toContain('text-figures');
  });
});
