/**
 * 公开04表 财政拨款收入支出决算总表: a 收入 block (one amount column) and a 支出 block split by fund. The
 * 年初财政拨款结转和结余 sub-rows repeat the fund names of the first three rows, hence `after`.
 */
import type { BlockTableSpec } from '../spec';
import { figureOf } from '../model';
import type { MoneyFigure, TableModel } from '../model';

export const FISCAL_FUNDS = ['generalBudget', 'govFund', 'stateCapital'] as const;
export type FiscalFund = (typeof FISCAL_FUNDS)[number];

/** The 年初财政拨款结转和结余 sub-row of each fund. */
export const OPENING_ROWS = { generalBudget: 'openingGeneralBudget', govFund: 'openingGovFund', stateCapital: 'openingStateCapital' } as const;

/**
 * Each fund's 支出 split into 基本支出 | 项目支出, as 财政部's form prints 一般公共预算财政拨款 under its 小计 (or, in some
 * provinces, without one), and some forms every fund.
 */
export const FUND_PARTS: Readonly<Record<FiscalFund, readonly [string, string]>> = {
  generalBudget: ['generalBudgetBasic', 'generalBudgetProject'],
  govFund: ['govFundBasic', 'govFundProject'],
  stateCapital: ['stateCapitalBasic', 'stateCapitalProject'],
};

/** The names a fund's column is headed by, and a panel of its parts. */
export const FUND_NAMES: Readonly<Record<FiscalFund, readonly string[]>> = {
  generalBudget: ['一般公共预算财政拨款', '一般公共预算'],
  govFund: ['政府性基金预算财政拨款', '政府性基金预算'],
  stateCapital: ['国有资本经营预算财政拨款', '国有资本经营预算'],
};

/**
 * A fund's column split into 小计 | 基本支出 | 项目支出 under its name: the 小计 is the fund's column, not the 合计. Read
 * as the 合计, each was dropped as a repeat (the funds unread), and every row's 合计 ≠ Σ funds (false 错误).
 */
const fundPanelColumns = (fund: FiscalFund) => [
  { key: fund, labels: ['小计', '合计'], under: FUND_NAMES[fund] },
  { key: FUND_PARTS[fund][0], labels: ['基本支出'], under: FUND_NAMES[fund] },
  { key: FUND_PARTS[fund][1], labels: ['项目支出'], under: FUND_NAMES[fund] },
];

export const fiscalSummarySpec: BlockTableSpec = {
  code: '04',
  id: 'fiscalSummary',
  kind: 'blocks',
  // 云南's 公开04表 drops 总 (财政拨款收入支出决算表), as its 01 does.
  titles: ['财政拨款收入支出决算总表', '财政拨款收入支出决算表'],
  blocks: [
    {
      key: 'income',
      headerLabels: ['收入'],
      anchorLabels: ['收入项目'],
      rows: [
        { key: 'generalBudget', labels: ['一般公共预算财政拨款', '一般公共预算财政拨款收入'] },
        { key: 'govFund', labels: ['政府性基金预算财政拨款', '政府性基金预算财政拨款收入'] },
        { key: 'stateCapital', labels: ['国有资本经营预算财政拨款', '国有资本经营预算财政拨款收入'] },
        { key: 'yearIncome', labels: ['本年收入合计', '本年收入', '收入合计', '财政拨款本年收入', '本年财政拨款收入'] },
        {
          key: 'openingBalance',
          labels: ['年初财政拨款结转和结余', '年初结转和结余', '年初财政拨款结转结余', '年初结转结余', '上年财政拨款结转和结余', '上年结转和结余', '上年结转结余', '年初财政拨款结转和结余资金', '年初结转和结余资金', '年初财政拨款结转', '年初结转', '上年结转', '期初财政拨款结转和结余', '期初结转和结余', '期初结转结余'],
        },
        { key: 'openingGeneralBudget', labels: ['一般公共预算财政拨款'], after: 'openingBalance' },
        { key: 'openingGovFund', labels: ['政府性基金预算财政拨款'], after: 'openingBalance' },
        { key: 'openingStateCapital', labels: ['国有资本经营预算财政拨款'], after: 'openingBalance' },
        { key: 'grandTotal', labels: ['总计', '收入总计'] },
      ],
      // As table 01's (本年数 beside a 上年数 column some provinces add): unread, the 收入 block was not found and §四
      // lost its 收入 side.
      columns: [{ key: 'amount', labels: ['决算数', '金额', '本年决算数', '年度决算数', '本年数', '本年', '本年金额', '合计'] }],
      required: ['amount'],
    },
    {
      key: 'expenditure',
      headerLabels: ['支出'],
      anchorLabels: ['支出项目'],
      classRows: true,
      rows: [
        { key: 'yearExpenditure', labels: ['本年支出合计', '本年支出', '支出合计', '财政拨款本年支出', '本年财政拨款支出'] },
        {
          key: 'closingBalance',
          labels: ['年末财政拨款结转和结余', '年末结转和结余', '年末财政拨款结转结余', '年末结转结余', '年末财政拨款结转和结余资金', '年末结转和结余资金', '年末财政拨款结转', '年末结转', '结转下年', '期末财政拨款结转和结余', '期末结转和结余', '期末结转结余'],
        },
        { key: 'grandTotal', labels: ['总计', '支出总计'] },
      ],
      columns: [
        ...FISCAL_FUNDS.flatMap((fund) => [{ key: fund, labels: FUND_NAMES[fund] }, ...fundPanelColumns(fund)]),
        { key: 'total', labels: ['合计', '小计'] },
      ],
      required: ['total', 'generalBudget'],
      printedAsParts: FISCAL_FUNDS.map((fund) => ({ key: fund, columns: FUND_PARTS[fund] })),
    },
  ],
};

/** The funds with a table of their own (08, 09), whose 合计 row table 04 repeats. */
export type FundTableId = 'govFund' | 'stateCapital';

/** Where table 04 repeats a figure of table 08's or 09's 合计 row (DOMAIN §6: the two must agree). */
export interface FiscalSummaryPlace {
  readonly row: string;
  readonly column: string;
  readonly block: 'income' | 'expenditure';
}

export function fiscalSummaryPlace(fund: FundTableId, column: string): FiscalSummaryPlace | undefined {
  switch (column) {
    case 'openingBalance':
      return { row: OPENING_ROWS[fund], column: 'amount', block: 'income' };
    case 'yearIncome':
      return { row: fund, column: 'amount', block: 'income' };
    case 'yearExpenditure':
      return { row: 'yearExpenditure', column: fund, block: 'expenditure' };
    case 'closingBalance':
      return { row: 'closingBalance', column: fund, block: 'expenditure' };
    default:
      return undefined;
  }
}

/**
 * A figure of table 08's or 09's 合计 row, with its table. Where that table does not print the column (the older 09
 * prints 本年支出 only, DOMAIN §2) or the row (a department with one 类 leaving out the 合计), or was not found, table
 * 04's copy of it: the text then quotes the department's own figure where it would leave a gap. A figure that is
 * printed is never replaced, whatever its cell holds.
 */
export function fundTotal(
  tables: { readonly fiscalSummary?: TableModel; readonly govFund?: TableModel; readonly stateCapital?: TableModel },
  fund: FundTableId,
  column: string,
): { readonly table: TableModel; readonly figure: MoneyFigure } | undefined {
  const own = tables[fund];
  const from = (table: TableModel | undefined, row: string, key: string, block?: string) => {
    const figure = table && figureOf(table, row, key, block);
    return table && figure ? { table, figure } : undefined;
  };
  const printed = own?.columns.some((c) => c.key === column) ? from(own, 'total', column) : undefined;
  if (printed) return printed;
  const place = fiscalSummaryPlace(fund, column);
  return place && from(tables.fiscalSummary, place.row, place.column, place.block);
}
