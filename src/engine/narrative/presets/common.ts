/** Wording shared by the presets: the items of 收入 and 支出 in table order. */
import type { StructureTemplates } from '../sections/structure';

export const INCOME_ITEMS: StructureTemplates['items'] = [
  { column: 'fiscal', name: '财政拨款收入' },
  { column: 'superiorSubsidy', name: '上级补助收入' },
  { column: 'businessIncome', name: '事业收入' },
  { column: 'operatingIncome', name: '经营收入' },
  { column: 'affiliateRemittance', name: '附属单位上缴收入' },
  { column: 'otherIncome', name: '其他收入' },
];

export const EXPENDITURE_ITEMS: StructureTemplates['items'] = [
  { column: 'basic', name: '基本支出' },
  { column: 'project', name: '项目支出' },
  { column: 'remittanceToSuperior', name: '上缴上级支出' },
  { column: 'operatingExpenditure', name: '经营支出' },
  { column: 'subsidyToAffiliates', name: '对附属单位补助支出' },
];
