/** 公开02表 收入决算表: 功能分类 rows, 本年收入合计 and its six sources. */
import type { BlockTableSpec } from '../spec';

export const INCOME_SOURCES = [
  'fiscal',
  'superiorSubsidy',
  'businessIncome',
  'operatingIncome',
  'affiliateRemittance',
  'otherIncome',
] as const;

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
      rows: [{ key: 'total', labels: ['合计', '总计', '本年合计', '本年收入合计'] }],
      columns: [
        { key: 'yearIncome', labels: ['本年收入合计', '本年收入', '收入合计', '合计', '总计'] },
        { key: 'fiscal', labels: ['财政拨款收入', '财政拨款', '财政拨款收入合计'] },
        { key: 'superiorSubsidy', labels: ['上级补助收入'] },
        { key: 'businessIncome', labels: ['事业收入'] },
        { key: 'operatingIncome', labels: ['经营收入'] },
        { key: 'affiliateRemittance', labels: ['附属单位上缴收入'] },
        { key: 'otherIncome', labels: ['其他收入'] },
      ],
      required: ['yearIncome', 'fiscal'],
    },
  ],
};
