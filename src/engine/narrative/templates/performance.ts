/** 预算绩效: the 自评 projects of the workbook (or of 说明数据), then the accountant's texts. */
import { Infer, list, object, pattern } from '../schema';

export const PERFORMANCE_SCHEMA = object({
  paragraphs: list(pattern('项目数', '全年预算数', '全年执行数', '成效', '问题', '改进措施'), true),
});

export type PerformanceTemplates = Infer<typeof PERFORMANCE_SCHEMA>;
