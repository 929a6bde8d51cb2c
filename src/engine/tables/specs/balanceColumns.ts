/**
 * The balance columns of the tables that print 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余 side by side: the
 * older form of table 05, and tables 08 and 09. Some forms split each balance as they split 本年支出, {小计 | 基本支出 |
 * 项目支出} (the official sub-heads: 基本支出结转 | 项目支出结转和结余): those parts are the balance's, never 本年支出's
 * 基本支出 and 项目支出 (read so, §六 said 基本支出0.00万元), and are read as the balance's parts rather than said to be
 * no column of the table.
 */
import type { ColumnRule } from '../spec';

export const OPENING_BALANCE_LABELS: readonly string[] = ['年初结转和结余', '年初财政拨款结转和结余'];
export const CLOSING_BALANCE_LABELS: readonly string[] = ['年末结转和结余', '年末财政拨款结转和结余'];

/** Headers whose columns are no part of 本年支出: the balances and 本年收入. */
export const NOT_YEAR_EXPENDITURE: readonly string[] = [...OPENING_BALANCE_LABELS, '本年收入', ...CLOSING_BALANCE_LABELS];

const BASIC = ['基本支出', '基本支出结转', '基本支出结转和结余'];
const PROJECT = ['项目支出', '项目支出结转和结余', '项目支出结转', '项目支出结余'];

export const BALANCE_PART_COLUMNS: readonly ColumnRule[] = [
  { key: 'openingBalanceBasic', labels: BASIC, under: OPENING_BALANCE_LABELS },
  { key: 'openingBalanceProject', labels: PROJECT, under: OPENING_BALANCE_LABELS },
  { key: 'closingBalanceBasic', labels: BASIC, under: CLOSING_BALANCE_LABELS },
  { key: 'closingBalanceProject', labels: PROJECT, under: CLOSING_BALANCE_LABELS },
];

/** The balances a form may print as their parts alone (no 小计): said, not read (BlockSpec.unreadWithoutTotal). */
export const BALANCES_AS_PARTS: readonly { readonly key: string; readonly columns: readonly string[] }[] = [
  { key: 'openingBalance', columns: ['openingBalanceBasic', 'openingBalanceProject'] },
  { key: 'closingBalance', columns: ['closingBalanceBasic', 'closingBalanceProject'] },
];
