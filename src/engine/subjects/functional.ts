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
  { code: '20805', name: '行政事业单位养老支出' },
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
  { code: '22999', name: '其他支出' },
  { code: '2299999', name: '其他支出' },
];

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
