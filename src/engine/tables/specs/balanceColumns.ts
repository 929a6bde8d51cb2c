/**
 * The balance columns of the tables that print 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余 side by side: the
 * older form of table 05, and tables 08 and 09. Some forms split each balance as they split 本年支出, {小计 | 基本支出 |
 * 项目支出} (the official sub-heads: 基本支出结转 | 项目支出结转和结余): those parts are the balance's, never 本年支出's
 * 基本支出 and 项目支出 (read so, §六 said 基本支出0.00万元), and are read as the balance's parts rather than said to be
 * no column of the table.
 */
import type { ColumnRule } from '../spec';
import { columnsOf } from '../model';
import type { TableModel } from '../model';

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

/** Each balance's parts, which a form may print alone (no 小计): their sum is the balance. */
const BALANCE_PARTS: Readonly<Record<string, readonly string[]>> = {
  openingBalance: ['openingBalanceBasic', 'openingBalanceProject'],
  closingBalance: ['closingBalanceBasic', 'closingBalanceProject'],
};

/**
 * The columns that hold `key`'s figure: its own, or, for a balance printed as its parts alone (年初结转和结余
 * {基本支出结转 | 项目支出结转和结余} with no 小计), those parts, whose sum is the balance.
 */
export function balanceColumnsOf(table: TableModel, key: string): readonly string[] {
  const parts = BALANCE_PARTS[key];
  return parts ? columnsOf(table, key, parts) : [key];
}
