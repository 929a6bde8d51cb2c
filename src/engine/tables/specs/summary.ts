/** 公开01表 收入支出决算总表: 收入 and 支出 blocks side by side, one 决算数 column each. */
import type { BlockTableSpec } from '../spec';

// 本年数, 本年 and 本年金额 beside a 上年数 (上年, 上年金额) column some provinces add: the two unread, 01 was missing.
const AMOUNT = [{ key: 'amount', labels: ['决算数', '金额', '本年决算数', '年度决算数', '本年数', '本年', '本年金额'] }];

export const summarySpec: BlockTableSpec = {
  code: '01',
  id: 'summary',
  kind: 'blocks',
  // 云南's tables drop 总 (收入支出决算表, 公开01表): unread, the text lost its §一 and the table was reported missing.
  titles: ['收入支出决算总表', '收入支出决算表'],
  blocks: [
    {
      key: 'income',
      headerLabels: ['收入'],
      anchorLabels: ['收入项目'],
      rows: [
        { key: 'fiscalGeneralBudget', labels: ['一般公共预算财政拨款收入', '一般公共预算拨款收入'] },
        { key: 'fiscalGovFund', labels: ['政府性基金预算财政拨款收入', '政府性基金预算拨款收入'] },
        { key: 'fiscalStateCapital', labels: ['国有资本经营预算财政拨款收入', '国有资本经营预算拨款收入'] },
        // Older forms print the 财政拨款 in one row (一、财政拨款收入), its funds under it as 其中 or not at all.
        { key: 'fiscalIncome', labels: ['财政拨款收入'] },
        { key: 'fiscalGeneralBudget', labels: ['一般公共预算财政拨款'], after: 'fiscalIncome' },
        { key: 'fiscalGovFund', labels: ['政府性基金预算财政拨款'], after: 'fiscalIncome' },
        { key: 'fiscalStateCapital', labels: ['国有资本经营预算财政拨款'], after: 'fiscalIncome' },
        { key: 'superiorSubsidy', labels: ['上级补助收入'] },
        { key: 'businessIncome', labels: ['事业收入'] },
        { key: 'operatingIncome', labels: ['经营收入'] },
        { key: 'affiliateRemittance', labels: ['附属单位上缴收入'] },
        { key: 'otherIncome', labels: ['其他收入'] },
        { key: 'yearIncome', labels: ['本年收入合计', '本年收入', '收入合计', '本年收入小计'] },
        {
          key: 'useOfNonFiscalSurplus',
          // Forms before 2019 name it by what it did: 用事业基金弥补收支差额.
          labels: ['使用非财政拨款结余', '使用非财政拨款结余(含专用结余)', '使用专用结余', '使用非财政拨款结余(用事业基金弥补收支差额)', '用事业基金弥补收支差额'],
        },
        { key: 'openingBalance', labels: ['年初结转和结余', '年初结转结余', '上年结转和结余', '上年结转结余', '年初结转和结余资金', '年初结转', '上年结转', '期初结转和结余', '期初结转结余'] },
        { key: 'grandTotal', labels: ['总计', '收入总计'] },
      ],
      columns: AMOUNT,
      required: ['amount'],
    },
    {
      key: 'expenditure',
      headerLabels: ['支出'],
      anchorLabels: ['支出项目'],
      classRows: true,
      rows: [
        { key: 'yearExpenditure', labels: ['本年支出合计', '本年支出', '支出合计', '本年支出小计'] },
        { key: 'surplusDistribution', labels: ['结余分配'] },
        { key: 'closingBalance', labels: ['年末结转和结余', '年末结转结余', '年末结转和结余资金', '年末结转', '年末结转余额', '结转下年', '期末结转和结余', '期末结转结余'] },
        { key: 'grandTotal', labels: ['总计', '支出总计'] },
      ],
      columns: AMOUNT,
      required: ['amount'],
    },
  ],
};

/** The eight sources of 本年收入合计, in table order. */
export const SUMMARY_INCOME_SOURCES = [
  'fiscalGeneralBudget',
  'fiscalGovFund',
  'fiscalStateCapital',
  'superiorSubsidy',
  'businessIncome',
  'operatingIncome',
  'affiliateRemittance',
  'otherIncome',
] as const;

/** The rows of the three 财政拨款 funds. */
export const SUMMARY_FISCAL_FUNDS = ['fiscalGeneralBudget', 'fiscalGovFund', 'fiscalStateCapital'] as const;

/**
 * The rows whose sum is the 本年收入合计, as the table prints them: the three 财政拨款 funds, or where it prints none of
 * them its one 财政拨款收入 row (an older form's 一、财政拨款收入); then the other sources. Without that row the sum
 * lacked the 财政拨款 and a correct table had a false 错误.
 */
export function summaryIncomeSources(has: (key: string) => boolean): readonly string[] {
  // `has`: the row is printed with a figure (a 财政拨款收入 heading without one is no part of the sum).
  return [...summaryFiscalRows(has), ...SUMMARY_INCOME_SOURCES.filter((k) => !(SUMMARY_FISCAL_FUNDS as readonly string[]).includes(k))];
}

/**
 * The rows whose sum is the 财政拨款收入: the one 财政拨款收入 row where the table prints it with a figure (an older form's
 * 一、财政拨款收入, whatever 其中 rows of funds it lists under it: one alone, `其中：政府性基金预算财政拨款`, left the
 * 一般公共预算's out of the sum, two false 错误), else the three funds. `has`: the row is printed with a figure.
 */
export function summaryFiscalRows(has: (key: string) => boolean): readonly string[] {
  return has('fiscalIncome') ? ['fiscalIncome'] : SUMMARY_FISCAL_FUNDS;
}
