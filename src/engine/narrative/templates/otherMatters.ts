/** 其他重要事项: 机关运行经费, 政府采购, 国有资产占用. */
import { Infer, list, object, optional, pattern } from '../schema';
import { changePlaceholders } from './common';

const OFFICE_COST = pattern('金额', ...changePlaceholders());

export const OFFICE_COST_SCHEMA = object({
  /** 行政单位 and 参公事业单位: 机关运行经费 = 公用经费 of table 06. */
  administrative: OFFICE_COST,
  /** 事业单位: its 公用经费; without this pattern a 事业单位 has no 机关运行经费 (`empty`). */
  institution: optional(OFFICE_COST),
  /** 混合: 机关运行经费 from 说明数据. */
  mixed: OFFICE_COST,
  /** No 机关运行经费 (上海: …无机关运行经费支出。). */
  empty: optional(pattern()),
});

export const PROCUREMENT_SCHEMA = object({
  paragraphs: list(pattern('总额', '货物', '工程', '服务', '中小企业', '中小企业占比', '小微企业', '小微企业占比'), true),
});

export const ASSETS_SCHEMA = object({
  paragraphs: list(
    pattern(
      '固定资产原值',
      '房屋面积',
      '房屋价值',
      '车辆数',
      '车辆价值',
      '副部级用车',
      '主要领导干部用车',
      '机要通信用车',
      '应急保障用车',
      '执法执勤用车',
      '特种专业技术用车',
      '离退休干部用车',
      '其他用车',
      '其他用车说明',
      '设备数',
    ),
    true,
  ),
});

export type OfficeCostTemplates = Infer<typeof OFFICE_COST_SCHEMA>;
export type ProcurementTemplates = Infer<typeof PROCUREMENT_SCHEMA>;
export type AssetsTemplates = Infer<typeof ASSETS_SCHEMA>;
