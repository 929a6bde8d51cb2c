/**
 * Counts in the explanation (人数, 团组, 人次, 批次, 车辆 and their kinds, 上海's 绩效 projects) must be the 说明数据's: "单位全年安排的国内公务接待3批次，18人次",
 * "公务用车保有量为3辆", "实有人数29人，其中：在职人员25人". The generated text takes them from the 说明数据; a
 * count typed or left from last year's text is a wrong figure in a public document like any amount.
 */
import { defineRule } from '../rule';
import { occurrences } from '../shared/occurrences';
import type { Occurrences } from '../shared/occurrences';
import { matterFact, ofAnotherPeriod, statedFacts } from '../shared/supplementFacts';
import { DEPARTMENT_VEHICLES, sentenceSpans, textCells } from '../shared/textScan';
import type { TextCell } from '../shared/textScan';
import { FOREIGN_RECEPTION_WORDS, namesForeignReception, rightUnderHeading } from '../shared/threePublicHeadings';
import type { CellRef } from '../../grid/address';
import type { Fact } from '../shared/supplementFacts';
import type { RuleContext } from '../rule';
import { tablesYear } from '../shared/documentYear';

/**
 * 共 opening a clause of 公务接待: the words since it hold no other clause (；), no 外宾/外事 and no 。 (sentences end
 * there). The 共 first, so the look back is made only where one stands. Not of the foreign 公务接待 (国（境）外公务接待费支出0.05万元，
 * 共1批次5人次: the 外宾's, read as the 国内 counts two 错误 on a right text; review r321).
 */
const RECEPTION_TOTAL = '共(?<=(?<!外宾|外事|外)公务接待[^;；外]*[,，](?:全年|本年)?共)';

/**
 * A count's change from last year to this (出国人次从29人降为16人, 公务用车保有量由5辆减少为4辆, 接待批次由上年的55批次减少至45批次):
 * the words up to this year's count, which the caller's pattern reads after them. Last year's count is not read (the 说明数据
 * has none), nor a change's size alone (比上年减少13人次).
 */
function changedTo(name: string, unit: string): string {
  return `${name}(?:由|从)(?:上一?年度?的?|\\d{4}年度?的?)?\\d+${unit}(?:减少|下降|降低|增加|增长|上升|降|增|升|减)?(?:为|至|到)`;
}

/** Not after words of a change (增加退休人员1人, 调入在职2人): the people the year added or moved, not the count. */
const NOT_CHANGED = '(?<!调入|调出|增加|减少|新增|新进|招录|招聘|录用|聘用|借调|抽调)';

/**
 * Both 公务接待 counts' change from last year to this with 分别 (国内公务接待批次和人次分别由55批次、700人次减少为45批次、520人次;
 * helper-h288: unread, a wrong one passed): the words up to this year's 批次, which the caller's pattern reads after them. Its
 * 人次 after the 批次 and a 、. Of the 公务接待 named right before or earlier in its clause (…公务接待费0.20万元，接待批次和人次…),
 * the bare 批次和人次 only opening a clause of its own (…公务接待费0.20万元，培训批次和人次…: another matter's; review r293, held to
 * the 接待's, a right text was two 错误).
 */
const BOTH_RECEPTION_COUNTS_CHANGED =
  '(?:(?:国内)?公务接待|(?<=公务接待[^;；。外]*)(?:接待|(?<=[,，:：])))批次(?:和|与|及|、)人次(?:分别|依次)?(?:由|从)(?:上一?年度?的?|\\d{4}年度?的?)?\\d+批次?[、,，和及]\\d+人次?' +
  '(?:减少|下降|降低|增加|增长|上升|降|增|升|减)?(?:为|至|到)';

/**
 * A bare 接待 in a clause on the foreign 接待 (潍坊 2015: …；国（境）外接待费89万元，共计接待152批次，1817人次): its counts are the
 * 外宾's, not the 国内 ones (held to them, a right text was two 错误; beside the 国内 clause's, two numbers hid both). Only where
 * the foreign 接待 opens its clause (after ；, 。 or 其中) and no 国内 follows it: after the whole or the 国内 named before it
 * (公务接待费692万元，外宾接待费89万元，共计接待3837批次; 其中国内接待费603万元，国（境）外接待费89万元，共接待3989批次) the count
 * may be the whole's, the 国内's or both's (read as the 外宾's, or as the 国内's, a right text was two 错误: review r310), and is
 * read as neither (FOREIGN_BEFORE).
 */
const FOREIGN_RECEPTION = `${FOREIGN_RECEPTION_WORDS}(?:费|支出)?`;
const AFTER_FOREIGN = `(?<=(?:^|[;；。])(?:其中|另外|此外|另)?[:：,，]?(?:\\d{4}年度?|本年度?|全年)?${FOREIGN_RECEPTION}(?:(?!国内)[^;；。)])*)`;
/**
 * A foreign 接待 before in the clause, not in brackets (公务接待费0.20万元（含外宾接待费0.05万元），共接待3批次: the whole's) nor said
 * to be none (无外宾接待) or 0 (北京's 外事接待支出0万元: the 国内 then the whole): a bare 接待 after it is no 国内 count.
 */
const FOREIGN_BEFORE = `(?:^|[;；。])[^;；。]*(?<!无|未|没有|不含)(?:外宾|外事|国\\(境\\)外|境外|国外)(?:公务)?接待(?!(?:费|支出)?(?:为|是|:)?0(?:\\.0+)?(?:万?元|批))[^;；。)]*`;
const NOT_AFTER_FOREIGN = `(?<!${FOREIGN_BEFORE})`;
/** The words before a count in the foreign 接待's clause: a bare 接待, or 共 opening a clause (…，共1批次). */
const FOREIGN_COUNTED = '(?:(?:共计|共|累计)?接待|(?<=[,，])(?:共计|共|累计)(?=\\d))';

/** The 国内 visitors a 接待 counts, named (共接待国内来访团组45批次): with the 国内 only (a 招商 or 外办's 来访团组 are no 公务接待's). */
const DOMESTIC_VISITORS = '(?:国内来访(?:团组|客人|人员)?)?';
/**
 * The people of a 公务接待 (公务接待费0.20万元，接待来访人员520人次), only after the 公务接待 in its clause: alone they may be a
 * 信访's (全年接待来访人员520人次) or any office's visitors.
 */
const RECEIVED_PEOPLE = '(?<=公务接待[^;；。外]*)接待(?:国内)?来访(?:人员|客人)(?:共|累计)?';

/**
 * Each count's 说明数据 事项 and the wordings of 新疆 and 上海 (the text normalised: brackets half-width), the count
 * the last group. A second count after a first (批次、人次; 团组、人次) is read after it.
 */
const COUNTS: readonly (readonly [string, RegExp])[] = [
  // People counted in 人 or 名 (在职人员33名). 在职 also alone before its count (其中：在职33人); 离休 and 退休 not (本年退休1人 is a
  // change, in 新疆's reasons), nor any of them after words of a change (调入在职2人; 在职人数从35人减少到33人，增加退休人员1人:
  // the 1 retired this year, read as the 退休人数 5 a right text was a 错误, helper-h289). This year's 在职 a change ends on
  // (在职人数从35人减少到33人) is read, as the 三公 counts' are.
  ['实有人数', /实有人数(?:为|是)?(\d+)(?:人|名)/g],
  // 在职 alone only opening a clause (or after 本年, 年末) and ending it (其中：在职33人，退休5人): 有在职2人参加…, 在职5人晋升职级
  // are some of them (review47).
  [
    '在职人数',
    new RegExp(
      `(?:${NOT_CHANGED}在职(?:人员|人数)(?:为|是)?|(?<=(?:^|[。;；,，:：]|其中|本年度?|年末))在职(?=\\d+(?:人|名)(?:[。;；,，、)]|$))|${changedTo('在职(?:人员|人数)', '(?:人|名)')})(\\d+)(?:人|名)(?!次)`,
      'g',
    ),
  ],
  // This year's 离休/退休 a change ends on too (退休人员由4人增加到5人: unread, a wrong one passed; review r292), not 离退休's.
  ['离休人数', new RegExp(`(?:${NOT_CHANGED}离休(?:人员|人数)(?:为|是)?|${changedTo('离休(?:人员|人数)', '(?:人|名)')})(\\d+)(?:人|名)`, 'g')],
  ['退休人数', new RegExp(`(?:${NOT_CHANGED}退休(?:人员|人数)(?:为|是)?|${changedTo('(?<!离)退休(?:人员|人数)', '(?:人|名)')})(\\d+)(?:人|名)`, 'g')],
  // Also this year's count a change ends on (团组数由3个减少为2个; 因公出国（境）团组2个，出国人次从29人降为16人: unread, helper-h273):
  // the count it starts from is last year's, which the 说明数据 does not give, and is not read.
  ['因公出国（境）团组数', new RegExp(`(?:因公出国\\(境\\)团组(?:数)?(?:为|是)?|${changedTo('(?:因公出国\\(境\\)|(?<=因公出国\\(境\\)[^;；]*)出国)团组数?', '个')})(\\d+)个`, 'g')],
  // Also after 总计 or 共计 (外交部 2014: 因公出国(境)团组729个，总计2143人次: unread), or right after the 团组 (潍坊 2015: 共组织
  // 因公出国（境）团组17个，105人次: unread, helper-h302).
  [
    '因公出国（境）人次',
    new RegExp(
      `(?:因公出国\\(境\\)(?:团组\\d+个[、,，](?:累计|总计|共计)?|人次(?:为|是)?)|${changedTo('(?:因公出国\\(境\\)|(?<=因公出国\\(境\\)[^;；]*)出国)人次', '人次?')})(\\d+)人次?`,
      'g',
    ),
  ],
  // Also 购置用车 (潍坊 2015: 公务用车购置费131万元，购置用车6辆: unread, helper-h302).
  ['公务用车购置数', /(?:公务用车购置数(?:为|是)?|购置(?:公务)?用车|(?:购置|新购)车辆)(\d+)辆/g],
  // Also as the 四川 template states it (截至2022年12月底，单位共有公务用车0辆，其中：轿车…; 金口河 2022: unread, helper-h186).
  ['公务用车保有量', new RegExp(`(?:公务用车保有量(?:为|是)?|共有公务用车|${changedTo('公务用车保有量', '(?:辆|台)')})(\\d+)(?:辆|台)`, 'g')],
  // Also 接待4批，共18人 (no 次), and 共3批、18人 in a clause after the 公务接待 it counts (…公务接待费0.20万元，共3批、18人; not
  // after 外宾…, another clause's ；, or the sentence's 。).
  // Not 外事接待 / 外宾接待: a part of the 接待 the 国内 count leaves out ("国内公务接待共3批次（其中外事接待0批次）", 安徽);
  // 共 may also follow 接待 (安徽's 国内公务接待共312批次).
  // Also 湖南's 国内公务接待批次为520个，接待人次为4200人 (桃江县 2019: unread, a wrong one passed; helper-h200), and 内蒙古's
  // 国内公务接待批次累计168次 (文化厅 2015: unread, helper-h275).
  // Also of the 国内 visitors (全年共接待国内来访团组45批次、520人次: unread, helper-h273), and this year's count a change ends on
  // (公务接待批次由55批次减少至45批次).
  [
    '国内公务接待批次',
    new RegExp(
      `(?:(?:国内(?:公务)?接待|${NOT_AFTER_FOREIGN}(?<!外事|外宾)共?接待)(?:共|累计)?${DOMESTIC_VISITORS}|${RECEPTION_TOTAL}|国内公务接待批次(?:为|是|累计|共)?|${changedTo('(?:国内)?公务接待批次', '批次?')}|${BOTH_RECEPTION_COUNTS_CHANGED})(\\d+)(?:批次?|(?<=国内公务接待批次(?:为|是)?\\d+)个|(?<=国内公务接待批次(?:累计|共)\\d+)次)`,
      'g',
    ),
  ],
  // Its 人次 also after the 批次's bracket, or named (外交部 2014: 公务接待共75批次，接待人数1070人次: unread, helper-h273), or
  // alone after a 公务接待 (公务接待费0.20万元，接待来访人员520人次), or this year's a change ends on. (安徽: 国内公务接待共3批次（其中外事接待0批次），18人次: helper-h105, unread).
  [
    '国内公务接待人次',
    new RegExp(
      `(?:(?:(?:国内(?:公务)?接待|${NOT_AFTER_FOREIGN}(?<!外事|外宾)共?接待)(?:共|累计)?${DOMESTIC_VISITORS}|${RECEPTION_TOTAL})\\d+批次?(?:\\(其中[^()]*\\))?[、,，]?(?:共|累计|(?:接待)?人数(?:为|是|共)?)?|国内公务接待人次(?:为|是)?|国内公务接待批次(?:为|是)?\\d+个[、,，](?:国内公务)?接待人次(?:为|是)?|${RECEIVED_PEOPLE}|${changedTo('(?:国内)?公务接待人次', '人次?')}|${BOTH_RECEPTION_COUNTS_CHANGED}\\d+批次?[、,，和及])(\\d+)人次?`,
      'g',
    ),
  ],
  // Also as 外事接待 and 外宾接待 (安徽: 其中：外事接待0批次，0人次; helper-h105, unread).
  // Also a bare 接待 in the foreign 接待's clause (国（境）外接待费89万元，共计接待152批次，1817人次: unread, helper-h302), or a 共
  // opening a clause of it (国（境）外公务接待费支出0.05万元，共1批次5人次: review r321).
  ['接待外宾批次', new RegExp(`(?:接待外宾|外事接待|外宾接待|${AFTER_FOREIGN}${FOREIGN_COUNTED})(\\d+)批次`, 'g')],
  ['接待外宾人次', new RegExp(`(?:接待外宾|外事接待|外宾接待|${AFTER_FOREIGN}${FOREIGN_COUNTED})\\d+批次[、,，]?(?:共|累计)?(\\d+)人次`, 'g')],
  ['车辆数', new RegExp(DEPARTMENT_VEHICLES, 'g')],
  // The kinds of vehicle (新疆 副部（省）级及以上领导用车, 上海 部级领导干部用车; the 中央 template's 主要负责人用车,
  // 离退休干部服务用车).
  ['副部（省）级及以上领导用车', /(?:副部\(省\)级及以上领导|部级领导干部)用车(\d+)辆/g],
  ['主要领导干部用车', /(?:主要领导干部|主要负责人)用车(\d+)辆/g],
  ['机要通信用车', /机要通信用车(\d+)辆/g],
  ['应急保障用车', /应急保障用车(\d+)辆/g],
  ['执法执勤用车', /执法执勤用车(\d+)辆/g],
  ['特种专业技术用车', /特种专业技术用车(\d+)辆/g],
  ['离退休干部用车', /离退休干部(?:服务)?用车(\d+)辆/g],
  ['其他用车', /其他用车(\d+)辆/g],
  // 上海's 预算绩效管理情况: "编报绩效目标的2024年度项目X个…；绩效跟踪评价的…项目X个…；绩效自评的…项目X个…（其中，绩效
  // 评级为“优”的项目X个；…。绩效自评中共发现问题X个，已经完成整改的X个，正在整改的X个）" (quotes gone in the normalised text).
  ['绩效目标项目数', /编报绩效目标的(?:\d{4}年度?)?项目(\d+)个/g],
  ['绩效跟踪项目数', /绩效跟踪评价的(?:\d{4}年度?)?项目(\d+)个/g],
  ['绩效自评项目数', /绩效自评的(?:\d{4}年度?)?项目(\d+)个/g],
  ['绩效优项目数', /绩效评级为优的项目(\d+)个/g],
  ['绩效良项目数', /绩效评级为良的项目(\d+)个/g],
  ['绩效合格项目数', /绩效评级为合格的项目(\d+)个/g],
  ['绩效不合格项目数', /绩效评级为不合格的项目(\d+)个/g],
  ['绩效发现问题数', /共发现问题(\d+)个/g],
  ['绩效已整改数', /已经?完成整改的(\d+)个/g],
  ['绩效正在整改数', /正在整改的(\d+)个/g],
  // Also without (含) or (不含车辆): 单价100万元以上设备2台(套).
  ['单价100万元以上设备数', /单价100万元(?:\(含\))?以上(?:的)?设备(?:\(不含车辆\))?(\d+)台/g],
];

const PATTERN_OF = new Map(COUNTS.map(([key, pattern]) => [key, pattern]));

/**
 * A count the sentence states more than once, each a different number (机关本级在职人员20人，下属…中心在职人员13人;
 * 其中：办公室在职人员3人，财务科在职人员2人): the department's parts, none of them its whole.
 */
function ofParts(match: RegExpMatchArray, key: string): boolean {
  const numbers = new Set([...match.input!.matchAll(PATTERN_OF.get(key)!)].map((m) => m[1]));
  return numbers.size > 1;
}

/**
 * A count of vehicles and its 其中 list of kinds (车辆3辆，其中：主要领导干部用车2辆，其他用车1辆; 公务用车保有量3辆，其中：…). The text
 * normalised: brackets half-width, quotes gone.
 */
const VEHICLE_TOTAL = /(?:车辆|公务用车保有量|公务用车)(?:共|总数)?(?:为|是)?(\d+)辆[,;]?其中[:,]?/g;
/**
 * One kind of the list, by its use (…用车, …车辆: 主要领导干部用车2辆, 一般公务用车1辆, 执法执勤车辆2辆), after a 、 , ; or at the
 * list's start. Not a kind of the same partition: a vehicle bought, retired or moved in the year (本年新购车辆1辆), or one by
 * its fuel or body (新能源汽车1辆, 轿车2辆), which cuts across the uses. The list ends at the first other words.
 */
const VEHICLE_KIND = /^[、,;]?([\u4e00-\u9fa5]{1,20}?(?:用车|车辆))(\d+)辆/;
// Only the kinds by use of the 决算 templates (主要领导干部用车, 主要负责人用车, 执法执勤车辆, 其他用车, 一般公务用车…), each once:
// not a kind within another (其中：公务用车3辆，含主要领导干部用车2辆), nor a whole the kinds after it may be of (其中：公务用车3辆，
// 主要领导干部用车2辆，其他用车1辆), nor other vehicles after the list (上年车辆4辆, 在用车辆3辆, 合计车辆3辆, 另有借用车辆1辆, 上级
// 调拨车辆1辆, 本年报废车辆1辆), nor a kind restated (其他用车1辆，其他用车为一般公务用车1辆): added to the kinds, a correct
// sentence was a 错误 (helper-h111). The list is left there.
const USE_KIND =
  /^(?:副部级及以上领导|部级(?:及以上)?领导(?:干部)?|(?:主要)?领导(?:干部)?|主要负责人|机要通信|应急保障|执法执勤|特种专业技术|离退休干部(?:服务)?|一般公务|业务|其他)(?:用车|车辆)$/;

/** A kind by body of the 四川 template's list (轿车、越野车、载客汽车), with its count. */
const BODY_KIND = /^[、,;]?(轿车|越野车|载客汽车)(\d+)辆/;

/**
 * The kinds of a vehicle count's 其中 list that add up to more than the count (车辆3辆，其中：主要领导干部用车2辆，一般公务用车2辆):
 * a part larger than its whole is wrong whichever figure is, with or without the 说明数据 (一般公务用车 is no 事项 of it:
 * unread, a wrong one passed; helper-h107). Fewer is no error: a list may name only some kinds. A bracket inside the list
 * (执法执勤用车2辆（其中新能源车1辆）) is a part of a part, and is left out.
 */
function vehiclePartsOverTotal(sentence: string): { phrase: string; total: number; parts: number; index: number }[] {
  const out: { phrase: string; total: number; parts: number; index: number }[] = [];
  for (const m of sentence.matchAll(VEHICLE_TOTAL)) {
    let rest = sentence.slice(m.index! + m[0].length).replace(/\([^()]*\)/g, '');
    let parts = 0;
    let read = '';
    const seen = new Set<string>();
    for (let kind = VEHICLE_KIND.exec(rest); kind && USE_KIND.test(kind[1]!) && !seen.has(kind[1]!); kind = VEHICLE_KIND.exec(rest)) {
      seen.add(kind[1]!);
      parts += Number(kind[2]);
      read += kind[0];
      rest = rest.slice(kind[0].length);
    }
    // Or the kinds by body the 四川 template lists (其中：轿车0辆、越野车0辆、载客汽车1辆 of 共有公务用车0辆: 金口河 2022, its own error
    // unread; helper-h186), where no kind by use is.
    if (read === '') {
      for (let body = BODY_KIND.exec(rest); body && !seen.has(body[1]!); body = BODY_KIND.exec(rest)) {
        seen.add(body[1]!);
        parts += Number(body[2]);
        read += body[0];
        rest = rest.slice(body[0].length);
      }
    }
    const total = Number(m[1]);
    if (parts > total) out.push({ phrase: `${m[0]}${read}`, total, parts, index: m.index! });
  }
  return out;
}

/**
 * A count of a department's offices followed by their names (下设9个处室，分别是：办公室（组织人事科）、…; 内设机构9个，包括…). The
 * names end at a comma, a ; or the sentence's end (…、信息科，另设政务服务中心: the 中心 is no office of the count).
 */
// The count also in Chinese numerals (下设九个处室, 内设十二个职能处室: unread, a wrong one passed; helper-h114).
const OFFICES =
  /(?:(?:下设|内设|设有|设立|共设|设置)(?:机构)?(\d+|[一二两三四五六七八九十]{1,3})个(?:内设机构|职能处室|职能科室|业务科室|处室|科室|股室|部门|机构)|内设机构(?:共)?(\d+|[一二两三四五六七八九十]{1,3})个)[,:]?(?:分别(?:是|为)|具体(?:是|为)|包括|即|为)?:?([^,;。]+)/g;
const DIGIT = '一二三四五六七八九';

/** A count in digits or in Chinese numerals up to 九十九 (九, 十二, 二十, 两): NaN where it is none. */
function countOf(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(written.replace('两', '二'));
  if (!m || (m[1] && m[3] && !m[2]) || written === '') return NaN;
  const digit = (c: string | undefined) => (c ? DIGIT.indexOf(c) + 1 : 0);
  return m[2] ? (m[1] ? digit(m[1]) : 1) * 10 + digit(m[3]) : digit(m[1]);
}
/** How an office's name ends (办公室, 信息科, 受理中心, 机关党委, 纪检监察组…): a piece ending otherwise is part of the next name. */
const OFFICE_END = /(?:[室科处股局队站所部组办院馆委会团社台庭厅司署校库场]|中心)$/;

/**
 * The names a list of offices counts: split at 、 outside brackets (办公室（组织人事、财务科）is one), a piece that does not end
 * as a name does (政策法规、审批科: 政策法规) joined to the next. Undefined where the list may go on or end otherwise (…等, a
 * last piece that is no name): then how many it names is not known.
 */
function officeNames(list: string): number | undefined {
  // Another count in the list (下设2个处室和1个中心：…; 内设机构9个，其中行政科室5个…): the names are not all of this one's.
  if (/(?:\d+|[一二两三四五六七八九十]+)个/.test(list) || /^(?:和|及|与|另|共)/.test(list)) return undefined;
  // A unit set apart (…、另设政务服务中心) ends the list; one stationed there (纪检组（派驻）, 派驻纪检监察组) is no office of the
  // count (counted, a correct sentence was a 错误: helper-h111).
  const bare = list
    .replace(/\(([^()]*)\)/g, (_, inner: string) => (/派驻|派出|挂靠/.test(inner) ? '派驻' : ''))
    .replace(/《[^《》]*》/g, '')
    .split(/、(?:另设|另有|此外|还有|另)/)[0]!;
  const pieces = bare.split('、').filter((p) => !/派驻|派出|挂靠/.test(p));
  const last = pieces[pieces.length - 1];
  if (last === undefined || !OFFICE_END.test(last) || /等|其他|以及|和|及/.test(last) || pieces.some((p) => p === '')) return undefined;
  return pieces.filter((p) => OFFICE_END.test(p)).length;
}

/**
 * More offices named than the count says (下设8个处室，分别是：…nine names): a wrong count, or a name left from last year
 * (helper-h107: unread, a wrong one passed). Fewer is not read: a name may end in a word not in OFFICE_END, and a list
 * may name only some.
 */
function officesOverCount(sentence: string): { phrase: string; stated: number; named: number; index: number }[] {
  const out: { phrase: string; stated: number; named: number; index: number }[] = [];
  for (const m of sentence.matchAll(OFFICES)) {
    const stated = countOf(m[1] ?? m[2]!);
    const named = officeNames(m[3]!);
    if (named !== undefined && named > stated) out.push({ phrase: m[0].split(/[,:]/)[0]!, stated, named, index: m.index! });
  }
  return out;
}

/**
 * 共 opening the sentence right after one on the 公务接待 (四川 东坡区 2015: 2015年公务接待费主要用于国家、省、市、区部门工作指导和
 * 检查。共376批次、3314人次): its counts are the 公务接待's. Read sentence by sentence, the 共 had no 公务接待 before it: unread, a
 * wrong count passed (helper-h258). Not after a sentence on 外宾/外事 接待 (a part the 国内 counts leave out), nor after one on
 * other matters (培训…。共12批次), nor of last year or with the 外事 in (receptionOfThisYear).
 */
const FOREIGN_NAMED = new RegExp(FOREIGN_RECEPTION);
const RECEPTION_NEXT = /^\s*共(\d+)批次?(?:[、,，](?:共|累计)?(\d+)人次?)?/;
/**
 * The sentence before on last year's 公务接待 (上年公务接待费…。共100批次…; 2021年…: its year's counts), or the 共's own sentence
 * counting the 外事 接待 in (共377批次…，其中外事接待1批次…) or naming its parts (共4批次…，其中：国内公务接待3批次…: the 共 the
 * whole's): no 国内 counts of this year (helper-h262: each a 错误).
 */
function receptionOfThisYear(previous: string, sentence: string, year: number | undefined): boolean {
  // The foreign 接待 by any of its names (国（境）外公务接待费支出0.05万元。共1批次…: read as the 国内 counts, a 错误; review r321).
  if (/外宾|外事/.test(previous) || FOREIGN_NAMED.test(previous) || /外宾|外事|其中/.test(sentence) || /^\s*(?:上一?年|去年)/.test(previous)) return false;
  const named = /(\d{4})年/.exec(previous);
  return named === null || year === undefined || Number(named[1]) === year;
}

function* receptionCountsAfter(ctx: RuleContext): Generator<{ readonly cell: CellRef; readonly phrase: string; readonly key: string; readonly stated: number; readonly known: Fact; readonly at: number }> {
  const year = tablesYear(ctx);
  for (const t of textCells(ctx)) {
    if (!t.text.includes('批')) continue;
    let previous = '';
    for (const { sentence, start } of sentenceSpans(t.text)) {
      const m = RECEPTION_NEXT.exec(sentence);
      if (m && /公务接待/.test(previous) && receptionOfThisYear(previous, sentence, year)) {
        const batches = matterFact(ctx, '国内公务接待批次', 'count');
        const batch = /^\s*共\d+批次?/.exec(m[0])![0];
        if (batches) yield { cell: t.cell, phrase: batch.trim(), key: '国内公务接待批次', stated: Number(m[1]), known: batches, at: start + batch.length };
        const people = m[2] === undefined ? undefined : matterFact(ctx, '国内公务接待人次', 'count');
        if (people) yield { cell: t.cell, phrase: m[0].trim(), key: '国内公务接待人次', stated: Number(m[2]), known: people, at: start + m[0].length };
      }
      previous = sentence;
    }
  }
}

/**
 * A count's change stated by both ends and its size (出国人次从29人降为16人，减少13人次; 公务用车保有量由5辆减少为4辆，减少1辆): the
 * size is the ends' difference, and goes their way, whatever the 说明数据 gives (it has no count of last year). A size in
 * another unit (…由5辆减少为4辆，减少2名驾驶员) or after other words (…，其中报废2辆) is not read. Unread, a wrong one passed
 * (helper-h273). Nor a size with words after it in its clause (由4辆减少为3辆，增加1辆新能源汽车，报废2辆; 减少1辆为报废): a part
 * of the change, not its size (review r277: each a false 错误).
 */
const COUNT_UNITS: readonly string[] = ['人次|人|名', '辆|台', '批次|批', '个'];
const DOWN = '减少|下降|降低|降|减';
const UP = '增加|增长|上升|增|升';
const COUNT_CHANGES = COUNT_UNITS.map(
  (unit): readonly [string, RegExp] => [
    unit,
    new RegExp(
      `(?:由|从)(?:上一?年度?的?|\\d{4}年度?的?)?(\\d+)(?:${unit})(?:${DOWN}|${UP})?(?:为|至|到)(\\d+)(?:${unit})[,，](?:比上一?年|较上一?年|同比)?(?:共|净)?(${DOWN}|${UP})了?(\\d+)(?:${unit})(?=[,，;；。、(]|$)`,
      'g',
    ),
  ],
);

/** The count changes whose stated size is not the difference of their ends, or goes against them. */
function countChangesOff(sentence: string): { phrase: string; from: number; to: number; size: number; index: number }[] {
  const out: { phrase: string; from: number; to: number; size: number; index: number }[] = [];
  for (const [unit, pattern] of COUNT_CHANGES) {
    for (const m of sentence.matchAll(pattern)) {
      // Another count of its unit after it, up to the next change's 由/从 (由37人增加为38人，增加3人，减少2人; 由4辆减少为3辆，减少2辆、
      // 新购1辆): the ins and the outs, the first no size of the change (review r277: a false 错误).
      const after = sentence.slice(m.index! + m[0].length).split(/由|从/)[0]!;
      if (new RegExp(`\\d+(?:${unit})`).test(after)) continue;
      const [from, to, size] = [Number(m[1]), Number(m[2]), Number(m[4])];
      const down = new RegExp(`^(?:${DOWN})$`).test(m[3]!);
      const way = down ? from - to : to - from;
      if (way !== size) out.push({ phrase: m[0], from, to, size, index: m.index! });
    }
  }
  return out;
}

/** The 国内 counts' keys and the foreign part's count of each (接待外宾批次/人次). */
const FOREIGN_COUNT: ReadonlyMap<string, string> = new Map([
  ['国内公务接待批次', '接待外宾批次'],
  ['国内公务接待人次', '接待外宾人次'],
]);

/**
 * A bare 接待 count (not named 国内) under a heading of the foreign 接待 alone (（三）公务接待费 / 2.外事接待 / 支出0.05万元，接待1批次5人次):
 * the part's, not the 国内 counts (held to them, a right text was two 错误: review r321). Right under the heading, its key and the
 * 说明数据's 接待外宾 count; further on in the section, or where the 说明数据 gives none, null: unread. Undefined: not such a count.
 */
function underForeignHeading(ctx: RuleContext, match: RegExpMatchArray, key: string, cells: readonly TextCell[], index: number): readonly [string, Fact] | null | undefined {
  const foreign = FOREIGN_COUNT.get(key);
  const t = cells[index]!;
  const heading = t.headings?.[t.headings.length - 1];
  if (foreign === undefined || match[0].includes('国内') || heading === undefined || !namesForeignReception(heading)) return undefined;
  const known = rightUnderHeading(t, cells[index - 1], ctx.grid) ? matterFact(ctx, foreign, 'count') : undefined;
  return known ? [foreign, known] : null;
}

type Messages = 'mismatch' | 'vehicleParts' | 'offices' | 'countChange';
type Ctx = RuleContext<Messages>;

function checkListedCounts(place: Occurrences<Messages>): void {
  const ctx = place.context;
  for (const t of textCells(ctx)) {
    if (!/辆|个|由|从/.test(t.text)) continue;
    for (const { sentence, start } of sentenceSpans(t.text)) {
      if (/由|从/.test(sentence)) {
        for (const c of countChangesOff(sentence)) {
          place.at(start + c.index);
          const difference = c.to - c.from;
          const data = { phrase: c.phrase, from: c.from, to: c.to, difference: Math.abs(difference), way: difference < 0 ? '减少' : '增加' };
          ctx.report({ messageId: 'countChange', data, cells: [t.cell], key: `countChange${c.phrase}`, values: [c.size, Math.abs(difference)], difference: c.size - Math.abs(difference) });
        }
      }
      if (!/辆|个/.test(sentence)) continue;
      // Told apart by where the count stands: the same list stated twice in one text is two findings.
      for (const v of vehiclePartsOverTotal(sentence)) {
        place.at(start + v.index);
        report(ctx, t.cell, 'vehicleParts', { phrase: v.phrase, total: v.total, parts: v.parts }, v.parts, v.total);
      }
      for (const o of officesOverCount(sentence)) {
        place.at(start + o.index);
        report(ctx, t.cell, 'offices', { phrase: o.phrase, stated: o.stated, named: o.named }, o.stated, o.named);
      }
    }
  }
}

function report(ctx: Ctx, cell: CellRef, messageId: 'vehicleParts' | 'offices', data: Record<string, string | number>, left: number, right: number): void {
  ctx.report({ messageId, data, cells: [cell], key: `${messageId}${data.phrase}`, values: [left, right], difference: left - right });
}

export default defineRule({
  id: 'text-counts',
  title: '公开说明中的人数、团组、批次、人次、车辆数和绩效项目数与说明数据一致',
  severity: 'error',
  tables: [],
  messages: {
    mismatch: '说明文字写“{phrase}”，而{source}为 {expected}。',
    vehicleParts: '说明文字“{phrase}”中各类车辆合计 {parts} 辆，多于总数 {total} 辆。',
    offices: '说明文字写“{phrase}”，其后却列出 {named} 个名称。',
    countChange: '说明文字写“{phrase}”，而由 {from} 到 {to} 是{way} {difference}。',
  },
  check(rule) {
    // Keyed by their wording: the same wrong count stated twice in one text (接待4批。…接待4批) had one id, the second
    // dropped (helper-h132): told apart by where the count stands.
    const place = occurrences(rule);
    const ctx = place.context;
    const year = tablesYear(ctx);
    const cells = textCells(ctx);
    for (const { cell, match, key: read, known: readKnown, at, index } of statedFacts(ctx, COUNTS, 'count')) {
      const foreign = underForeignHeading(ctx, match, read, cells, index);
      if (foreign === null) continue;
      const [key, known] = foreign ?? [read, readKnown];
      const stated = Number(match[1]);
      if (stated === known.value || ofAnotherPeriod(match, year) || ofParts(match, read)) continue;
      place.at(at);
      ctx.report({
        messageId: 'mismatch',
        data: { phrase: match[0], source: known.source, expected: known.value },
        cells: known.cell ? [cell, known.cell] : [cell],
        key: `${key}${match[0]}`,
        values: [stated, known.value],
        difference: stated - known.value,
      });
    }
    for (const { cell, phrase, key, stated, known, at } of receptionCountsAfter(ctx)) {
      if (stated === known.value) continue;
      place.at(at);
      ctx.report({
        messageId: 'mismatch',
        data: { phrase, source: known.source, expected: known.value },
        cells: known.cell ? [cell, known.cell] : [cell],
        key: `${key}${phrase}`,
        values: [stated, known.value],
        difference: stated - known.value,
      });
    }
    checkListedCounts(place);
  },
});
