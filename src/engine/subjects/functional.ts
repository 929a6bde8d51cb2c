/**
 * 功能分类科目 (functional classification). Only the 类 list is complete; 款 and 项 names are the ones seen in
 * published documents, used to fill a name the table leaves out and to recognise 类 rows of table 01/04 by name.
 */
import { normalizeLabel } from '../grid/normalize';

export type SubjectLevel = 'class' | 'section' | 'item';

export interface SubjectEntry {
  readonly code: string;
  readonly name: string;
  /** Earlier or regional spellings of the same subject. */
  readonly aliases?: readonly string[];
}

export const FUNCTIONAL_CLASSES: readonly SubjectEntry[] = [
  { code: '201', name: '一般公共服务支出' },
  { code: '202', name: '外交支出' },
  { code: '203', name: '国防支出' },
  { code: '204', name: '公共安全支出' },
  { code: '205', name: '教育支出' },
  { code: '206', name: '科学技术支出' },
  { code: '207', name: '文化旅游体育与传媒支出', aliases: ['文化体育与传媒支出'] },
  { code: '208', name: '社会保障和就业支出' },
  { code: '210', name: '卫生健康支出', aliases: ['医疗卫生与计划生育支出', '医疗卫生支出'] },
  { code: '211', name: '节能环保支出' },
  { code: '212', name: '城乡社区支出' },
  { code: '213', name: '农林水支出' },
  { code: '214', name: '交通运输支出' },
  { code: '215', name: '资源勘探工业信息等支出', aliases: ['资源勘探信息等支出'] },
  { code: '216', name: '商业服务业等支出' },
  { code: '217', name: '金融支出' },
  { code: '219', name: '援助其他地区支出' },
  { code: '220', name: '自然资源海洋气象等支出', aliases: ['国土海洋气象等支出'] },
  { code: '221', name: '住房保障支出' },
  { code: '222', name: '粮油物资储备支出' },
  { code: '223', name: '国有资本经营预算支出' },
  { code: '224', name: '灾害防治及应急管理支出' },
  { code: '227', name: '预备费' },
  { code: '229', name: '其他支出' },
  { code: '231', name: '债务还本支出' },
  { code: '232', name: '债务付息支出' },
  { code: '233', name: '债务发行费用支出' },
  { code: '234', name: '抗疫特别国债安排的支出' },
];

/**
 * 款 of 一般公共服务支出 whose 项 follow the standard pattern of the 政府收支分类科目: 01 行政运行, 02 一般行政管理事务,
 * 03 机关服务, 50 事业运行, 99 其他…支出 (the 款's own name inside).
 */
const STANDARD_SECTIONS: readonly (readonly [string, string])[] = [
  ['20101', '人大事务'],
  ['20102', '政协事务'],
  ['20103', '政府办公厅(室)及相关机构事务'],
  ['20104', '发展与改革事务'],
  ['20105', '统计信息事务'],
  ['20106', '财政事务'],
  ['20107', '税收事务'],
  ['20108', '审计事务'],
  ['20111', '纪检监察事务'],
  ['20113', '商贸事务'],
  ['20123', '民族事务'],
  ['20126', '档案事务'],
  ['20128', '民主党派及工商联事务'],
  ['20129', '群众团体事务'],
  ['20131', '党委办公厅(室)及相关机构事务'],
  ['20132', '组织事务'],
  ['20133', '宣传事务'],
  ['20134', '统战事务'],
];

function standardItems(code: string, name: string): SubjectEntry[] {
  return [
    { code, name },
    { code: `${code}01`, name: '行政运行' },
    { code: `${code}02`, name: '一般行政管理事务' },
    { code: `${code}03`, name: '机关服务' },
    { code: `${code}50`, name: '事业运行' },
    { code: `${code}99`, name: `其他${name}支出` },
  ];
}

/**
 * 款 and 项 of the 2024 政府收支分类科目 seen in department 决算 documents (DOMAIN §2 and the standard pattern
 * above). Not complete: a subject this list lacks is left alone by every rule that reads it.
 */
export const FUNCTIONAL_SUBJECTS: readonly SubjectEntry[] = [
  ...STANDARD_SECTIONS.flatMap(([code, name]) => standardItems(code, name)),
  { code: '20138', name: '市场监督管理事务' },
  { code: '2013801', name: '行政运行' },
  { code: '2013802', name: '一般行政管理事务' },
  { code: '2013803', name: '机关服务' },
  { code: '20199', name: '其他一般公共服务支出' },
  { code: '2019999', name: '其他一般公共服务支出' },
  { code: '20801', name: '人力资源和社会保障管理事务' },
  { code: '2080101', name: '行政运行' },
  { code: '2080102', name: '一般行政管理事务' },
  { code: '2080103', name: '机关服务' },
  { code: '20802', name: '民政管理事务' },
  { code: '2080201', name: '行政运行' },
  { code: '2080202', name: '一般行政管理事务' },
  { code: '2080203', name: '机关服务' },
  // Its name before the 2020s' catalogues, still written (上海 普陀区 石泉路街道 2025: 行政事业单位离退休（款）机关事业单位职业年金
  // 缴费支出（项）; helper-h227).
  { code: '20805', name: '行政事业单位养老支出', aliases: ['行政事业单位离退休'] },
  { code: '2080501', name: '行政单位离退休' },
  { code: '2080502', name: '事业单位离退休' },
  { code: '2080503', name: '离退休人员管理机构' },
  { code: '2080505', name: '机关事业单位基本养老保险缴费支出' },
  { code: '2080506', name: '机关事业单位职业年金缴费支出' },
  { code: '2080599', name: '其他行政事业单位养老支出' },
  { code: '20808', name: '抚恤' },
  { code: '2080801', name: '死亡抚恤' },
  { code: '2080802', name: '伤残抚恤' },
  { code: '21001', name: '卫生健康管理事务' },
  { code: '2100101', name: '行政运行' },
  { code: '2100102', name: '一般行政管理事务' },
  { code: '2100103', name: '机关服务' },
  { code: '21011', name: '行政事业单位医疗' },
  { code: '2101101', name: '行政单位医疗' },
  { code: '2101102', name: '事业单位医疗' },
  { code: '2101103', name: '公务员医疗补助' },
  { code: '2101199', name: '其他行政事业单位医疗支出' },
  { code: '22102', name: '住房改革支出' },
  { code: '2210201', name: '住房公积金' },
  { code: '2210202', name: '提租补贴' },
  { code: '2210203', name: '购房补贴' },
  { code: '22904', name: '其他政府性基金及对应专项债务收入安排的支出' },
  { code: '22908', name: '彩票发行销售机构业务费安排的支出' },
  { code: '22960', name: '彩票公益金安排的支出' },
  { code: '22999', name: '其他支出' },
  { code: '2299999', name: '其他支出' },
];

/** The budget other than 一般公共预算 that spends under a subject: 政府性基金预算 (table 08) or 国有资本经营预算 (table 09). */
export type SubjectFund = 'govFund' | 'stateCapital';

/**
 * 款 (and whole 类) of the 政府收支分类科目 (2022 on) that only the 政府性基金预算 or the 国有资本经营预算 spends under. Their 类
 * are mostly shared with 一般公共预算 (229 其他支出 holds 22999 of one and 22960 彩票公益金 of the other), so a 项 the
 * tables do not print cannot be placed by its 类: 2296002 was listed under 一般公共预算 in §五（三） because table 05
 * printed 229. The 政府性基金 款 are those named for a fund, a fund's 专项债务 or 彩票.
 */
const GOV_FUND_SUBJECTS: readonly (readonly [string, string])[] = [
  ['20610', '核电站乏燃料处理处置基金支出'],
  ['20707', '国家电影事业发展专项资金安排的支出'],
  ['20709', '旅游发展基金支出'],
  ['20710', '国家电影事业发展专项资金对应专项债务收入安排的支出'],
  ['20822', '大中型水库移民后期扶持基金支出'],
  ['20823', '小型水库移民扶助基金安排的支出'],
  ['20829', '小型水库移民扶助基金对应专项债务收入安排的支出'],
  ['21160', '可再生能源电价附加收入安排的支出'],
  ['21161', '废弃电器电子产品处理基金支出'],
  ['21208', '国有土地使用权出让收入安排的支出'],
  ['21210', '国有土地收益基金安排的支出'],
  ['21211', '农业土地开发资金安排的支出'],
  ['21213', '城市基础设施配套费安排的支出'],
  ['21214', '污水处理费安排的支出'],
  ['21215', '土地储备专项债券收入安排的支出'],
  ['21216', '棚户区改造专项债券收入安排的支出'],
  ['21217', '城市基础设施配套费对应专项债务收入安排的支出'],
  ['21218', '污水处理费对应专项债务收入安排的支出'],
  ['21219', '国有土地使用权出让收入对应专项债务收入安排的支出'],
  ['21366', '大中型水库库区基金安排的支出'],
  ['21367', '三峡水库库区基金支出'],
  ['21369', '国家重大水利工程建设基金安排的支出'],
  ['21370', '大中型水库库区基金对应专项债务收入安排的支出'],
  ['21371', '国家重大水利工程建设基金对应专项债务收入安排的支出'],
  ['21460', '海南省高等级公路车辆通行附加费安排的支出'],
  ['21462', '车辆通行费安排的支出'],
  ['21464', '铁路建设基金支出'],
  ['21468', '船舶油污损害赔偿基金支出'],
  ['21469', '民航发展基金支出'],
  ['21470', '海南省高等级公路车辆通行附加费对应专项债务收入安排的支出'],
  ['21471', '政府收费公路专项债券收入安排的支出'],
  ['21472', '车辆通行费对应专项债务收入安排的支出'],
  ['21561', '农网还贷资金支出'],
  ['22904', '其他政府性基金及对应专项债务收入安排的支出'],
  ['22908', '彩票发行销售机构业务费安排的支出'],
  ['22960', '彩票公益金安排的支出'],
  ['23104', '地方政府专项债务还本支出'],
  ['23204', '地方政府专项债务付息支出'],
  ['23304', '地方政府专项债务发行费用支出'],
  ['234', '抗疫特别国债安排的支出'],
];

const FUND_SUBJECTS: ReadonlyMap<string, SubjectFund> = new Map<string, SubjectFund>([
  ...GOV_FUND_SUBJECTS.map(([code]) => [code, 'govFund'] as const),
  ['223', 'stateCapital'],
]);

/**
 * The 类 (as a number) that some subject of FUND_SUBJECTS is in: a code of any other 类 is of no such fund, told without
 * slicing and hashing its 款 and 类 (asked of every row of table 05, nearly all of them 一般公共预算's).
 */
const FUND_CLASSES = new Uint8Array(1000);
for (const code of FUND_SUBJECTS.keys()) FUND_CLASSES[Number(code.slice(0, 3))] = 1;

/** The first three characters of `code` as a number when they are ASCII digits, else -1. */
function classNumber(code: string): number {
  if (code.length < 3) return -1;
  let n = 0;
  for (let i = 0; i < 3; i++) {
    const d = code.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The fund other than 一般公共预算 whose spending a subject is (by its 款, else its 类); undefined for any other subject. */
export function fundOfSubject(code: string): SubjectFund | undefined {
  const cls = classNumber(code);
  if (cls >= 0 && FUND_CLASSES[cls] === 0) return undefined;
  return FUND_SUBJECTS.get(code.slice(0, 5)) ?? FUND_SUBJECTS.get(code.slice(0, 3));
}

export function subjectLevel(code: string): SubjectLevel | undefined {
  switch (code.length) {
    case 3:
      return 'class';
    case 5:
      return 'section';
    case 7:
      return 'item';
    default:
      return undefined;
  }
}

const classByName = new Map<string, SubjectEntry>();
for (const entry of FUNCTIONAL_CLASSES) {
  for (const name of [entry.name, ...(entry.aliases ?? [])]) classByName.set(normalizeLabel(name), entry);
}
const byCode = new Map<string, SubjectEntry>([...FUNCTIONAL_CLASSES, ...FUNCTIONAL_SUBJECTS].map((e) => [e.code, e]));

/**
 * The 类 a label names, as in table 01's 支出 rows (`一、一般公共服务支出`, `一般公共服务支出(类)`).
 */
export function functionalClassByName(label: string): SubjectEntry | undefined {
  const key = normalizeLabel(label).replace(/\(类\)$/, '');
  return classByName.get(key);
}

export function functionalSubject(code: string): SubjectEntry | undefined {
  return byCode.get(code);
}

const byName = new Map<string, SubjectEntry[]>();
for (const entry of [...FUNCTIONAL_CLASSES, ...FUNCTIONAL_SUBJECTS]) {
  const key = normalizeLabel(entry.name);
  byName.set(key, [...(byName.get(key) ?? []), entry]);
}

/** Every subject (of any level) whose official name this is: 行政运行 is the name of many 项. */
export function functionalSubjectsNamed(name: string): readonly SubjectEntry[] {
  return byName.get(normalizeLabel(name)) ?? [];
}
