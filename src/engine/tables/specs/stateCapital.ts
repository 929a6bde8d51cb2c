/** 公开09表 国有资本经营预算财政拨款收入支出决算表 (older: …支出决算表, 本年支出 only). */
import type { BlockTableSpec } from '../spec';
import { FUND_TABLE_COLUMNS } from './govFund';

export const stateCapitalSpec: BlockTableSpec = {
  code: '09',
  id: 'stateCapital',
  kind: 'blocks',
  mayBeEmpty: true,
  // 江苏: 国有资本经营预算支出决算表, without 财政拨款.
  titles: ['国有资本经营预算财政拨款收入支出决算表', '国有资本经营预算财政拨款收支决算表', '国有资本经营预算财政拨款支出决算表', '国有资本经营预算支出决算表'],
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
