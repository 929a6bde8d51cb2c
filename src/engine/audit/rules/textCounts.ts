/**
 * Counts in the explanation (人数, 团组, 人次, 批次, 车辆 and their kinds, 上海's 绩效 projects) must be the 说明数据's: "单位全年安排的国内公务接待3批次，18人次",
 * "公务用车保有量为3辆", "实有人数29人，其中：在职人员25人". The generated text takes them from the 说明数据; a
 * count typed or left from last year's text is a wrong figure in a public document like any amount.
 */
import { defineRule } from '../rule';
import { statedFacts } from '../shared/supplementFacts';
import { DEPARTMENT_VEHICLES } from '../shared/textScan';

/**
 * 共 opening a clause of 公务接待: the words since it hold no other clause (；), no 外宾/外事 and no 。 (sentences end
 * there). The 共 first, so the look back is made only where one stands.
 */
const RECEPTION_TOTAL = '共(?<=公务接待[^;；外]*[,，](?:全年|本年)?共)';

/**
 * Each count's 说明数据 事项 and the wordings of 新疆 and 上海 (the text normalised: brackets half-width), the count
 * the last group. A second count after a first (批次、人次; 团组、人次) is read after it.
 */
const COUNTS: readonly (readonly [string, RegExp])[] = [
  // People counted in 人 or 名 (在职人员33名). 在职 also alone before its count (其中：在职33人); 离休 and 退休 not (本年退休1人 is a
  // change, in 新疆's reasons), nor 在职 after words of a change (调入在职2人).
  ['实有人数', /实有人数(?:为|是)?(\d+)(?:人|名)/g],
  // 在职 alone only opening a clause (or after 本年, 年末) and ending it (其中：在职33人，退休5人): 有在职2人参加…, 在职5人晋升职级
  // are some of them (review47).
  [
    '在职人数',
    /(?:(?<!调入|调出|增加|减少|新增|新进|招录|招聘|录用|聘用|借调|抽调)在职(?:人员|人数)(?:为|是)?|(?<=(?:^|[。;；,，:：]|其中|本年度?|年末))在职(?=\d+(?:人|名)(?:[。;；,，、)]|$)))(\d+)(?:人|名)(?!次)/g,
  ],
  ['离休人数', /离休(?:人员|人数)(?:为|是)?(\d+)(?:人|名)/g],
  ['退休人数', /退休(?:人员|人数)(?:为|是)?(\d+)(?:人|名)/g],
  ['因公出国（境）团组数', /因公出国\(境\)团组(?:数)?(?:为|是)?(\d+)个/g],
  ['因公出国（境）人次', /因公出国\(境\)(?:团组\d+个[、,，]累计|人次(?:为|是)?)(\d+)人次/g],
  ['公务用车购置数', /(?:公务用车购置数(?:为|是)?|购置公务用车|(?:购置|新购)车辆)(\d+)辆/g],
  ['公务用车保有量', /公务用车保有量(?:为|是)?(\d+)(?:辆|台)/g],
  // Also 接待4批，共18人 (no 次), and 共3批、18人 in a clause after the 公务接待 it counts (…公务接待费0.20万元，共3批、18人; not
  // after 外宾…, another clause's ；, or the sentence's 。).
  // Not 外事接待 / 外宾接待: a part of the 接待 the 国内 count leaves out ("国内公务接待共3批次（其中外事接待0批次）", 安徽);
  // 共 may also follow 接待 (安徽's 国内公务接待共312批次).
  ['国内公务接待批次', new RegExp(`(?:(?:国内公务接待|(?<!外事|外宾)共?接待)(?:共|累计)?|${RECEPTION_TOTAL})(\\d+)批次?`, 'g')],
  // Its 人次 also after the 批次's bracket (安徽: 国内公务接待共3批次（其中外事接待0批次），18人次: helper-h105, unread).
  ['国内公务接待人次', new RegExp(`(?:(?:国内公务接待|(?<!外事|外宾)共?接待)(?:共|累计)?|${RECEPTION_TOTAL})\\d+批次?(?:\\(其中[^()]*\\))?[、,，]?(?:共|累计)?(\\d+)人次?`, 'g')],
  // Also as 外事接待 and 外宾接待 (安徽: 其中：外事接待0批次，0人次; helper-h105, unread).
  ['接待外宾批次', /(?:接待外宾|外事接待|外宾接待)(\d+)批次/g],
  ['接待外宾人次', /(?:接待外宾|外事接待|外宾接待)\d+批次[、,，]?(?:共|累计)?(\d+)人次/g],
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

/** A count its own clause places in another year (上年在职人员35人, 2021年实有人数40人): not this year's. */
function ofAnotherPeriod(match: RegExpMatchArray, year: number | undefined): boolean {
  const clause = match.input!.slice(0, match.index).split(/[,，;；。]/).pop()!;
  if (/上一?年|去年/.test(clause)) return true;
  const named = /(\d{4})年/.exec(clause);
  return named !== null && year !== undefined && Number(named[1]) !== year;
}

/**
 * A count the sentence states more than once, each a different number (机关本级在职人员20人，下属…中心在职人员13人;
 * 其中：办公室在职人员3人，财务科在职人员2人): the department's parts, none of them its whole.
 */
function ofParts(match: RegExpMatchArray, key: string): boolean {
  const numbers = new Set([...match.input!.matchAll(PATTERN_OF.get(key)!)].map((m) => m[1]));
  return numbers.size > 1;
}

export default defineRule({
  id: 'text-counts',
  title: '公开说明中的人数、团组、批次、人次、车辆数和绩效项目数与说明数据一致',
  severity: 'error',
  tables: [],
  messages: { mismatch: '说明文字写“{phrase}”，而{source}为 {expected}。' },
  check(ctx) {
    const year = ctx.recognition.document.year?.value;
    for (const { cell, match, key, known } of statedFacts(ctx, COUNTS, 'count')) {
      const stated = Number(match[1]);
      if (stated === known.value || ofAnotherPeriod(match, year) || ofParts(match, key)) continue;
      ctx.report({
        messageId: 'mismatch',
        data: { phrase: match[0], source: known.source, expected: known.value },
        cells: known.cell ? [cell, known.cell] : [cell],
        key: `${key}${match[0]}`,
        values: [stated, known.value],
        difference: stated - known.value,
      });
    }
  },
});
