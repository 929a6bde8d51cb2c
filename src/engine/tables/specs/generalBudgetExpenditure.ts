/**
 * 公开05表 一般公共预算财政拨款支出决算表. The older 收入支出 version adds 年初结转和结余, 本年收入 and
 * 年末结转和结余 around 本年支出 {小计, 基本支出, 项目支出}.
 */
import type { BlockTableSpec } from '../spec';
import { BALANCE_PART_COLUMNS, CLOSING_BALANCE_LABELS, NOT_YEAR_EXPENDITURE, OPENING_BALANCE_LABELS } from './balanceColumns';

/**
 * The columns of table 05 a form fills in part: last year's 决算 and this year's 预算 beside the 决算 (a subject with no
 * row this year had last year's; a 款 may print no figure of them). A blank there is no figure, and a parent may exceed
 * its children (relations.ts: checkColumnSums).
 */
export const PARTIAL_COLUMNS: ReadonlySet<string> = new Set(['priorActual', 'initialBudget', 'adjustedBudget']);

export const generalBudgetExpenditureSpec: BlockTableSpec = {
  code: '05',
  id: 'generalBudgetExpenditure',
  kind: 'blocks',
  // 江苏 prints 一般公共预算支出决算表(功能科目) beside 财政拨款支出决算表(功能科目) (every 财政拨款: fiscalExpenditure.ts).
  // 公共财政拨款支出决算表: the table's name before the 2015 budget law renamed 公共财政 一般公共预算 (sets of 2014 and
  // before, and departments that kept the old template): ending as F05's does, it was taken for F05 and 05 said missing.
  titles: ['一般公共预算财政拨款支出决算表', '一般公共预算财政拨款收入支出决算表', '一般公共预算财政拨款支出决算明细表', '一般公共预算支出决算表', '公共财政拨款支出决算表'],
  blocks: [
    {
      key: 'main',
      subjects: 'functional',
      // 支出合计: the 合计 labelled by what it adds, 合计数 (unread, §五 was all gaps).
      rows: [{ key: 'total', labels: ['合计', '合计数', '总计', '本年合计', '本年支出合计', '支出合计'] }],
      columns: [
        { key: 'openingBalance', labels: OPENING_BALANCE_LABELS },
        { key: 'yearIncome', labels: ['本年收入'] },
        // Not the 小计 of 基本支出 {小计 | 人员经费 | 公用经费} (or of 项目支出): that one is its header's own column.
        { key: 'total', labels: ['合计', '小计'], notUnder: [...NOT_YEAR_EXPENDITURE, '基本支出', '项目支出'] },
        { key: 'total', labels: ['本年支出', '本年支出合计'] },
        // The 合计 headed by what it is beside 基本支出 | 项目支出 (决算数, 支出合计, 2023年决算数): unread, every 项 of
        // §五（三） said 0.00万元 (review38).
        { key: 'total', labels: ['决算数', '决算', '支出决算数', '本年决算数', '支出合计', '支出决算', '总计', '金额'], notUnder: [...NOT_YEAR_EXPENDITURE, '基本支出', '项目支出'] },
        { key: 'basic', labels: ['基本支出', '基本支出合计'], notUnder: NOT_YEAR_EXPENDITURE },
        { key: 'project', labels: ['项目支出', '项目支出合计'], notUnder: NOT_YEAR_EXPENDITURE },
        ...BALANCE_PART_COLUMNS,
        // 上海's form splits 基本支出 into 人员经费 | 公用经费.
        { key: 'basicPersonnel', labels: ['人员经费'], under: ['基本支出'] },
        { key: 'basicPublic', labels: ['公用经费'], under: ['基本支出'] },
        { key: 'closingBalance', labels: CLOSING_BALANCE_LABELS },
        // Last year's 决算 and this year's 预算 of each subject, where a province prints them beside the 决算: the
        // figures §五（三） compares with (the 说明数据's 上年数 and 年初预算数), published in the table itself.
        { key: 'priorActual', labels: ['上年决算数', '上年决算', '上年数', '上年支出决算数', '上年支出决算', '上年', '上年金额'] },
        { key: 'initialBudget', labels: ['年初预算数', '年初预算'] },
        { key: 'adjustedBudget', labels: ['全年预算数', '全年预算', '调整预算数', '调整后预算数'] },
      ],
      required: ['total', 'basic', 'project'],
      // 基本支出 printed as its 人员经费 | 公用经费 alone, no 小计 (helper-143): read as their sum, not as missing (§六 a gap,
      // and 05 held to 06 no more).
      printedAsParts: [{ key: 'basic', columns: ['basicPersonnel', 'basicPublic'] }],
    },
  ],
};
