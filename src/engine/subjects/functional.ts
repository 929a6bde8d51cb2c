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

/** 款 and 项 seen in published documents (DOMAIN §2). */
export const FUNCTIONAL_SUBJECTS: readonly SubjectEntry[] = [
  { code: '20103', name: '政府办公厅(室)及相关机构事务' },
  { code: '2010301', name: '行政运行' },
  { code: '2010302', name: '一般行政管理事务' },
  { code: '2010350', name: '事业运行' },
  { code: '2010399', name: '其他政府办公厅(室)及相关机构事务支出' },
  { code: '20134', name: '统战事务' },
  { code: '2013499', name: '其他统战事务支出' },
  { code: '20805', name: '行政事业单位养老支出' },
  { code: '2080501', name: '行政单位离退休' },
  { code: '2080502', name: '事业单位离退休' },
  { code: '2080505', name: '机关事业单位基本养老保险缴费支出' },
  { code: '2080506', name: '机关事业单位职业年金缴费支出' },
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
