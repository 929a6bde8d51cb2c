/** The 说明数据 vocabulary (DOMAIN §4): indicator keys, their fields, the 事项 keys, the unit kinds. */

export const UNIT_KINDS = ['行政单位', '参公事业单位', '事业单位', '混合'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Indicators with a fixed name; any 功能分类 code of 3, 5 or 7 digits is an indicator too. */
export const INDICATOR_KEYS = [
  '收入总计',
  '支出总计',
  '本年收入合计',
  '本年支出合计',
  '财政拨款收入总计',
  '财政拨款支出总计',
  '一般公共预算财政拨款支出',
  '一般公共预算财政拨款基本支出',
  '人员经费',
  '公用经费',
  '三公经费合计',
  '因公出国（境）费',
  '公务用车购置及运行维护费',
  '公务用车购置费',
  '公务用车运行维护费',
  '公务接待费',
  '机关运行经费',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export const AMOUNT_FIELDS = ['本年数', '上年数', '年初预算数', '全年预算数'] as const;
export const TEXT_FIELDS = ['主要原因', '预决算差异原因', '主要用于'] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];
export type TextField = (typeof TEXT_FIELDS)[number];
export type IndicatorField = AmountField | TextField;

/** 事项 keys with the kind of value each takes. */
export const MATTER_KEYS: Readonly<Record<string, 'text' | 'count' | 'amount' | 'area'>> = {
  主要职能: 'text',
  机构设置: 'text',
  实有人数: 'count',
  在职人数: 'count',
  离休人数: 'count',
  退休人数: 'count',
  '因公出国（境）开支内容': 'text',
  '因公出国（境）团组数': 'count',
  '因公出国（境）人次': 'count',
  公务用车运行维护费开支内容: 'text',
  公务用车购置数: 'count',
  公务用车保有量: 'count',
  公务接待费开支内容: 'text',
  国内公务接待批次: 'count',
  国内公务接待人次: 'count',
  政府采购支出总额: 'amount',
  政府采购货物支出: 'amount',
  政府采购工程支出: 'amount',
  政府采购服务支出: 'amount',
  授予中小企业合同金额: 'amount',
  授予小微企业合同金额: 'amount',
  固定资产原值: 'amount',
  房屋面积: 'area',
  房屋价值: 'amount',
  车辆数: 'count',
  车辆价值: 'amount',
  '副部（省）级及以上领导用车': 'count',
  主要领导干部用车: 'count',
  机要通信用车: 'count',
  应急保障用车: 'count',
  执法执勤用车: 'count',
  特种专业技术用车: 'count',
  离退休干部用车: 'count',
  其他用车: 'count',
  其他用车说明: 'text',
  单价100万元以上设备数: 'count',
  绩效评价项目数: 'count',
  绩效全年预算数: 'amount',
  绩效全年执行数: 'amount',
  绩效成效: 'text',
  绩效问题: 'text',
  绩效改进措施: 'text',
  接待外宾批次: 'count',
  接待外宾人次: 'count',
  外宾接待费: 'amount',
  面向中小企业预留项目预算金额: 'amount',
  面向小微企业预留项目预算金额: 'amount',
  中小企业中标成交金额: 'amount',
  绩效目标项目数: 'count',
  绩效目标金额: 'amount',
  绩效跟踪项目数: 'count',
  绩效跟踪金额: 'amount',
  绩效自评项目数: 'count',
  绩效自评金额: 'amount',
  绩效平均得分: 'count',
  绩效优项目数: 'count',
  绩效良项目数: 'count',
  绩效合格项目数: 'count',
  绩效不合格项目数: 'count',
  绩效发现问题数: 'count',
  绩效已整改数: 'count',
  绩效正在整改数: 'count',
  // 上海 2024 template: the units of the department, what a car bought was for, the five 中小企业 amounts
  // (two more here), the performance rules, and what each income mainly was (名词解释).
  决算单位构成: 'text',
  公务用车购置开支内容: 'text',
  小微企业中标成交金额: 'amount',
  其他项目中小企业中标成交金额: 'amount',
  绩效管理制度: 'text',
  绩效管理工作机制: 'text',
  事业收入主要内容: 'text',
  经营收入主要内容: 'text',
  其他收入主要内容: 'text',
};

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const INDICATOR_BY_FOLDED = new Map<string, string>(INDICATOR_KEYS.map((k) => [fold(k), k]));
const MATTER_BY_FOLDED = new Map<string, string>(Object.keys(MATTER_KEYS).map((k) => [fold(k), k]));

/** The key as the vocabulary spells it (`因公出国(境)费` → `因公出国（境）费`), or undefined if unknown. */
export function canonicalIndicatorKey(key: string): string | undefined {
  const folded = fold(key);
  if (/^(\d{3}|\d{5}|\d{7})$/.test(folded)) return folded;
  return INDICATOR_BY_FOLDED.get(folded);
}

export function canonicalMatterKey(key: string): string | undefined {
  return MATTER_BY_FOLDED.get(fold(key));
}

export function isIndicatorKey(key: string): boolean {
  return canonicalIndicatorKey(key) !== undefined;
}
