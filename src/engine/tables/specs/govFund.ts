/** 公开08表 政府性基金预算财政拨款收入支出决算表 (older: …收支决算表, …支出决算表). */
import type { BlockTableSpec, ColumnRule } from '../spec';
import { BALANCE_PART_COLUMNS, CLOSING_BALANCE_LABELS, NOT_YEAR_EXPENDITURE, OPENING_BALANCE_LABELS } from './balanceColumns';

/** Columns shared by tables 08 and 09. */
export const FUND_TABLE_COLUMNS: readonly ColumnRule[] = [
  { key: 'openingBalance', labels: OPENING_BALANCE_LABELS },
  { key: 'yearIncome', labels: ['本年收入'] },
  { key: 'yearExpenditure', labels: ['合计', '小计'], under: ['本年支出'] },
  { key: 'yearExpenditure', labels: ['本年支出', '本年支出合计'] },
  // The older 09 printed flat (科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出): its 合计 is the 本年支出. Unread, §九 said
  // each 项 spent 0.00万元.
  { key: 'yearExpenditure', labels: ['合计', '小计', '支出合计'], notUnder: NOT_YEAR_EXPENDITURE },
  { key: 'basic', labels: ['基本支出'], notUnder: NOT_YEAR_EXPENDITURE },
  { key: 'project', labels: ['项目支出'], notUnder: NOT_YEAR_EXPENDITURE },
  ...BALANCE_PART_COLUMNS,
  { key: 'closingBalance', labels: CLOSING_BALANCE_LABELS },
];

/**
 * The columns of tables 08 and 09 by the words a sentence names them with (§八, §九: "年初结转和结余…，本年收入…，本年
 * 支出…（基本支出…，项目支出…），年末结转和结余…"): the narrative's placeholders and the text rules' labels.
 */
export const FUND_COLUMN_BY_NAME: Readonly<Record<string, string>> = {
  年初结转和结余: 'openingBalance',
  本年收入: 'yearIncome',
  本年支出: 'yearExpenditure',
  基本支出: 'basic',
  项目支出: 'project',
  年末结转和结余: 'closingBalance',
};

export const govFundSpec: BlockTableSpec = {
  code: '08',
  id: 'govFund',
  kind: 'blocks',
  mayBeEmpty: true,
  // The older titles too, as table 09 keeps its 支出决算表: unread under them, §八 lost its 项 and said the table was missing.
  // 江苏: 政府性基金预算支出决算表, without 财政拨款.
  titles: ['政府性基金预算财政拨款收入支出决算表', '政府性基金预算财政拨款收支决算表', '政府性基金预算财政拨款支出决算表', '政府性基金预算支出决算表'],
  blocks: [
    {
      key: 'main',
      subjects: 'functional',
      rows: [{ key: 'total', labels: ['合计', '合计数', '总计', '本年合计'] }],
      columns: FUND_TABLE_COLUMNS,
      required: ['yearExpenditure'],
    },
  ],
};
