/**
 * 公开06表 一般公共预算财政拨款基本支出决算表: 经济分类 rows in two or three blocks side by side, ending
 * with 人员经费合计 and 公用经费合计; or one block whose 合计 row gives them in its 人员经费 and 公用经费 columns
 * (with or without a 合计 column).
 */
import type { BlockTableSpec } from '../spec';

export const generalBudgetBasicSpec: BlockTableSpec = {
  code: '06',
  id: 'generalBudgetBasic',
  kind: 'blocks',
  // 江苏: 一般公共预算基本支出决算表(经济科目), beside 财政拨款基本支出决算表(经济科目) (every 财政拨款: fiscalBasic.ts).
  // 公共财政拨款基本支出决算表: its name before 2015 (generalBudgetExpenditure.ts), else taken for F06.
  titles: ['一般公共预算财政拨款基本支出决算表', '一般公共预算财政拨款基本支出决算明细表', '一般公共预算基本支出决算表', '公共财政拨款基本支出决算表'],
  repeatBlock: true,
  blocks: [
    {
      key: 'main',
      subjects: 'economic',
      rows: [
        { key: 'personnelTotal', labels: ['人员经费合计', '人员经费', '人员经费小计'] },
        { key: 'publicTotal', labels: ['公用经费合计', '公用经费', '公用经费小计'] },
        // Each panel closed by a plain 合计 (or 小计) under its name, or under its heading row in a list (人员经费 … 合计 公用经费
        // … 合计): read as the whole table's, two 合计 in one table.
        // Closed: below the panel's rows. A 合计 above them is the table's, on top as tables 02, 03 and 05 print theirs
        // (read as 人员经费合计, §六 said 人员经费 was the whole 基本支出).
        { key: 'personnelTotal', labels: ['合计', '小计'], under: ['人员经费'], belowSubjects: true },
        { key: 'publicTotal', labels: ['合计', '小计'], under: ['公用经费'], belowSubjects: true },
        { key: 'total', labels: ['合计', '总计'] },
      ],
      columns: [
        { key: 'amount', labels: ['决算数', '金额', '本年决算数', '合计'] },
        // One block whose columns split the amount (科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费), as some provinces print it.
        { key: 'personnel', labels: ['人员经费'] },
        { key: 'public', labels: ['公用经费'] },
      ],
      required: ['amount'],
      headings: ['人员经费', '公用经费'],
      // Printed without the 合计 column (科目编码 | 科目名称 | 人员经费 | 公用经费): each 经济分类 row's amount is in one of them.
      eitherOf: { key: 'amount', columns: ['personnel', 'public'] },
      rowsFromColumns: [
        { key: 'personnelTotal', row: 'total', column: 'personnel', as: 'amount' },
        { key: 'publicTotal', row: 'total', column: 'public', as: 'amount' },
      ],
    },
  ],
};
