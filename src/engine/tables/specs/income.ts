/** 公开02表 收入决算表: 功能分类 rows, 本年收入合计 and its six sources. */
import type { BlockTableSpec, ColumnRule } from '../spec';

export const INCOME_SOURCES = [
  'fiscal',
  'superiorSubsidy',
  'businessIncome',
  'operatingIncome',
  'affiliateRemittance',
  'otherIncome',
] as const;

/**
 * 财政拨款收入 split by fund, as some provinces print it (财政拨款收入 over 一般公共预算财政拨款 | 政府性基金预算财政拨款
 * [| 国有资本经营预算财政拨款], with or without a 小计): the keys of table 01's rows of the same funds.
 */
export const FISCAL_INCOME_PARTS = ['fiscalGeneralBudget', 'fiscalGovFund', 'fiscalStateCapital'] as const;

const FISCAL_LABELS = ['财政拨款收入', '财政拨款', '财政拨款收入合计'];

/** A fund's column: named in full anywhere, by the fund alone (一般公共预算) only under 财政拨款收入. */
const fundColumn = (key: string, fund: string): ColumnRule[] => [
  { key, labels: [`${fund}财政拨款`, `${fund}财政拨款收入`] },
  { key, labels: [fund, `${fund}拨款`, `${fund}收入`], under: FISCAL_LABELS },
];

export const incomeSpec: BlockTableSpec = {
  code: '02',
  id: 'income',
  kind: 'blocks',
  // 收入决算总表: 陕西's forms (二、收入决算总表).
  titles: ['收入决算表', '收入决算总表'],
  blocks: [
    {
      key: 'main',
      subjects: 'functional',
      // 收入合计: the 合计 labelled by what it adds (unread, §二 was all gaps).
      rows: [{ key: 'total', labels: ['合计', '合计数', '总计', '本年合计', '本年收入合计', '收入合计'] }],
      columns: [
        { key: 'yearIncome', labels: ['本年收入合计', '本年收入', '收入合计', '合计', '总计'] },
        { key: 'fiscal', labels: FISCAL_LABELS },
        ...fundColumn('fiscalGeneralBudget', '一般公共预算'),
        ...fundColumn('fiscalGovFund', '政府性基金预算'),
        ...fundColumn('fiscalStateCapital', '国有资本经营预算'),
        { key: 'superiorSubsidy', labels: ['上级补助收入'] },
        { key: 'businessIncome', labels: ['事业收入'] },
        { key: 'operatingIncome', labels: ['经营收入'] },
        { key: 'affiliateRemittance', labels: ['附属单位上缴收入'] },
        { key: 'otherIncome', labels: ['其他收入'] },
      ],
      required: ['yearIncome', 'fiscal'],
      // Without a 小计, 财政拨款收入 is its funds' sum; a fund the form has no column for is 0 (its 一般公共预算 it has).
      printedAsParts: [{ key: 'fiscal', columns: FISCAL_INCOME_PARTS, optional: ['fiscalGovFund', 'fiscalStateCapital'] }],
    },
  ],
};
