/** 公开03表 支出决算表: 功能分类 rows, 本年支出合计 and its five uses. */
import type { BlockTableSpec } from '../spec';

export const EXPENDITURE_USES = [
  'basic',
  'project',
  'remittanceToSuperior',
  'operatingExpenditure',
  'subsidyToAffiliates',
] as const;

export const expenditureSpec: BlockTableSpec = {
  code: '03',
  id: 'expenditure',
  kind: 'blocks',
  titles: ['支出决算表', '支出决算总表'],
  blocks: [
    {
      key: 'main',
      subjects: 'functional',
      // 支出合计: the 合计 labelled by what it adds (unread, §三 was all gaps).
      rows: [{ key: 'total', labels: ['合计', '合计数', '总计', '本年合计', '本年支出合计', '支出合计'] }],
      columns: [
        { key: 'yearExpenditure', labels: ['本年支出合计', '本年支出', '支出合计', '合计', '总计'] },
        // A part's column headed with its 合计 (基本支出合计, 项目支出合计) as some provinces print it (review38).
        { key: 'basic', labels: ['基本支出', '基本支出合计'] },
        { key: 'project', labels: ['项目支出', '项目支出合计'] },
        { key: 'remittanceToSuperior', labels: ['上缴上级支出'] },
        { key: 'operatingExpenditure', labels: ['经营支出'] },
        { key: 'subsidyToAffiliates', labels: ['对附属单位补助支出'] },
      ],
      required: ['yearExpenditure', 'basic', 'project'],
    },
  ],
};
