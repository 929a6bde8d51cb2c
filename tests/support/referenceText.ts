/**
 * The published reference (fixtures/reference/xinjiang-changji-2022-disclosure.txt, a PDF extraction) as the
 * paragraphs an accountant would have typed into a sheet, one per cell: lines broken mid-sentence are joined
 * again (a line that does not end a sentence continues on the next, unless either is a heading), the 自评表
 * tables (the workbook holds them as tables) are left out, and the markup of the extraction (`**`, `- `) goes.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { narrativeSheet, sheet } from './ruleTester';
import type { ValidCase } from './ruleTester';
import type { SheetGrid, WorkbookGrid } from '../../src/engine/grid/cell';
import { shanghai2024 } from '../../fixtures/shanghai-2024/tables';
import { shanghai2024Supplement } from '../../fixtures/shanghai-2024/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../fixtures/workbook';

const REFERENCE = path.join(__dirname, '..', '..', 'fixtures', 'reference', 'xinjiang-changji-2022-disclosure.txt');
const SHANGHAI = path.join(__dirname, '..', '..', 'fixtures', 'reference', 'shanghai-2024-template.txt');

const HEADING = /^(第[一二三四五]部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|目\s*录)/;

export function referenceParagraphs(): string[] {
  const text = readFileSync(REFERENCE, 'utf8');
  const tables = text.indexOf('\n项目支出绩效自评表\n');
  const body = text.slice(0, tables) + '\n' + text.slice(text.lastIndexOf('第三部分 专业名词解释'));
  const paragraphs: string[] = [];
  let open = false;
  for (const raw of body.split('\n')) {
    const line = raw.replace(/\*\*/g, '').replace(/^\s*-\s+/, '').trim();
    if (!line) continue;
    const heading = HEADING.test(line);
    if (open && !heading && paragraphs.length) paragraphs[paragraphs.length - 1] += line;
    else paragraphs.push(line);
    open = !heading && !/[。:：]$/.test(line);
  }
  return paragraphs;
}

/** The reference's paragraphs as a 公开说明 sheet, one per row. */
export function referenceSheet(name = '公开说明'): SheetGrid {
  return sheet(name, referenceParagraphs().map((p) => [p]));
}

/** 第三部分 of the 上海 2024 template as it is published (placeholders and instructions in place), one paragraph per row. */
export function shanghaiTemplateSheet(): SheetGrid {
  const text = readFileSync(SHANGHAI, 'utf8');
  const part = text.slice(text.indexOf('第三部分 上海市XX局2024年度部门决算情况说明'), text.indexOf('第四部分 名词解释'));
  return sheet('公开说明', part.split('\n').filter((l) => l.trim()).map((l) => [l.trim()]));
}

/**
 * 第三部分 in the 上海 template's wording, filled by hand with the sample's figures (no thousands separators, as the
 * template writes them): correct sentences every text rule must leave alone. The 上年 is 2021 and the reasons are
 * the sample's; the 项 budgets are made up for the 上海 form (the sample has none).
 */
export const SHANGHAI_STYLE: readonly string[] = [
  '第三部分 新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算情况说明',
  '一、收入支出决算总体情况说明',
  '新疆昌吉州政务服务和公共资源交易管理局2022年度收入支出总计1488.29万元。与2021年度相比，收入支出总计减少312.94万元，下降17.37%。主要原因：本年退休1人，调出2人，人员经费减少。',
  '二、收入决算情况说明',
  '本年收入合计1372.79万元，其中：财政拨款收入1363.45万元，占99.32%；其他收入9.34万元，占0.68%。',
  '三、支出决算情况说明',
  '本年支出合计1488.29万元，其中：基本支出770.07万元，占51.74%；项目支出718.22万元，占48.26%。',
  '四、财政拨款收入支出决算总体情况说明',
  '新疆昌吉州政务服务和公共资源交易管理局2022年度财政拨款收入支出总计1363.45万元。与2021年度相比，财政拨款收入支出总计增加660.56万元，增长93.98%。主要原因：本年增加12345云呼叫中心平台技术服务运维费。',
  '五、一般公共预算财政拨款支出决算情况说明',
  '（一）一般公共预算财政拨款支出决算总体情况',
  '一般公共预算财政拨款支出1363.45万元，占本年支出合计的91.61%。与2021年度相比，一般公共预算财政拨款支出增加660.56万元，增长93.98%。主要原因：本年增加12345云呼叫中心平台技术服务运维费。',
  '（二）一般公共预算财政拨款支出决算结构情况',
  '一般公共预算财政拨款支出1363.45万元，主要用于以下方面：一般公共服务支出（类）1225.73万元，占89.90%；社会保障和就业支出（类）47.25万元，占3.47%；卫生健康支出（类）34.07万元，占2.50%；住房保障支出（类）37.84万元，占2.78%；其他支出（类）18.55万元，占1.35%。',
  '（三）一般公共预算财政拨款支出决算具体情况',
  '一般公共预算财政拨款支出年初预算为1206.34万元，支出决算为1363.45万元，完成年初预算的113.02%。决算数大于预算数的主要原因：年中追加新增人员经费。其中：',
  '1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：机关日常运转。年初预算为230.00万元，支出决算为223.14万元。决算数小于预算数的主要原因：本年退休1人，调出2人，人员经费减少。',
  '2、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）。主要用于：事业人员工资。年初预算为284.38万元，支出决算为284.38万元。决算数与预算数持平。',
  '六、一般公共预算财政拨款基本支出决算情况说明',
  '一般公共预算财政拨款基本支出645.23万元。其中：人员经费577.84万元，主要包括：基本工资、津贴补贴、伙食补助费、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、其他工资福利支出、退休费、抚恤金、生活补助、奖励金、其他对个人和家庭的补助；公用经费67.39万元，主要包括：办公费、手续费、邮电费、差旅费、维修（护）费、培训费、公务接待费、专用材料费、劳务费、委托业务费、工会经费、福利费、公务用车运行维护费、其他商品和服务支出、办公设备购置。',
  '七、财政拨款“三公”经费支出决算情况说明',
  '（一）“三公”经费财政拨款支出决算总体情况说明。',
  '“三公”经费财政拨款支出年初预算为5.00万元，支出决算为4.99万元，完成预算的99.80%，其中：因公出国（境）费决算为0.00万元，预算数为0；公务用车购置及运行维护费支出决算为4.79万元，完成预算的99.79%；公务接待费支出决算为0.20万元，完成预算的100.00%。2022年度“三公”经费支出决算数小于预算数的主要原因：严格执行八项规定，厉行节约，压减三公经费。',
  '2022年度“三公”经费财政拨款支出决算数比2021年度减少0.02万元，下降0.40%，其中：因公出国（境）费支出决算与2021年度持平；公务用车购置及运行维护费支出决算增加0.04万元，增长0.84%；公务接待费支出决算减少0.06万元，下降23.08%。',
  '（二）“三公”经费财政拨款支出决算具体情况说明。',
  '“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务用车购置及运行维护费支出决算4.79万元，占95.99%；公务接待费支出决算0.20万元，占4.01%。具体情况如下：',
  '1、因公出国（境）费支出0.00万元。全年安排因公出国（境）团组0个、累计0人次。开支内容包括：我单位无因公出国（境）费。',
  '2、公务用车购置及运行维护费支出4.79万元。其中：',
  '公务用车购置支出为0.00万元。本年购置公务用车0辆。',
  '公务用车运行维护支出4.79万元。主要用于车辆燃油费、维修费。2022年，新疆昌吉州政务服务和公共资源交易管理局所属各预算单位开支财政拨款的公务用车保有量为3辆。',
  '3、公务接待费支出0.20万元。其中：',
  '国内公务接待支出0.20万元（含外宾接待支出0.00万元）。主要用于接待上级领导检查的就餐费，全年国内公务接待3批次、18人次，其中：接待外宾0批次、0人次。',
  '八、政府性基金预算财政拨款收入支出决算情况说明',
  '新疆昌吉州政务服务和公共资源交易管理局2022年度无政府性基金预算财政拨款收入和支出。',
  '九、国有资本经营预算财政拨款收入支出决算情况说明',
  '新疆昌吉州政务服务和公共资源交易管理局2022年度无国有资本经营预算财政拨款收入和支出。',
  '十、预算绩效管理情况',
  '新疆昌吉州政务服务和公共资源交易管理局2022年度预算绩效管理工作开展情况如下：绩效自评的2022年度项目9个，涉及预算金额748.11万元。',
  '十一、其他重要事项的情况说明',
  '（一）机关运行经费支出情况',
  '机关运行经费支出67.39万元，比2021年度减少25.56万元，下降27.50%。主要原因是本年人员减少3人。',
  '（二）政府采购支出情况',
  '新疆昌吉州政务服务和公共资源交易管理局2022年度政府采购金额（以合同签订为准）为55.51万元，其中：货物采购金额21.46万元、工程采购金额1.86万元、服务采购金额32.19万元。',
  '2022年度本部门面向中小企业预留政府采购项目预算金额55.51万元，面向小微企业预留政府采购项目预算金额55.51万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额55.51万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额55.51万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额0.00万元。',
  '（三）国有资产占有使用情况说明',
  '截至2022年12月31日，新疆昌吉州政务服务和公共资源交易管理局共有车辆3辆，其中：部级领导干部用车0辆、主要领导干部用车2辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车1辆。单价100万元（含）以上设备（不含车辆）0台（套）。',
];

export function shanghaiStyleSheet(name = '公开说明'): SheetGrid {
  return sheet(name, SHANGHAI_STYLE.map((p) => [p]));
}

/** The filled 上海 fixture (上海市示范服务局 2024): a 政府性基金 table with figures, no 国有资本经营 ones. */
export function shanghaiFixture(): WorkbookGrid {
  return toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)));
}

/**
 * A rule tester's `data` edit: the 上海 fixture's 指标 (上年数, 年初预算数) in place of the sample's, for its text, and its
 * 年度 (2024: the sample's 2022 left, its 比2023年度 was another year than last).
 */
export function withShanghaiIndicators(json: { 年度?: unknown; 指标: Record<string, Record<string, unknown>> }): void {
  json.年度 = shanghai2024Supplement.年度;
  json.指标 = (JSON.parse(JSON.stringify(shanghai2024Supplement)) as typeof json).指标;
}

/**
 * Sentences that name a fund's 财政拨款收入 beside the plain 财政拨款收入 total, correct for the filled 上海 fixture
 * (财政拨款收入 4,179.01 万元, of which 一般公共预算 4,029.01 and 政府性基金 150.00; 政府性基金 table: 年初 10.00,
 * 支出 145.60 all 项目支出, 年末 14.40; 国有资本经营 0): the 上海 template's §二/§八/§九 wording, the 新疆 §八 wording,
 * and free variants (no 预算, 为, 元, full-width, spaces). Each fund amount is its fund's figure, never the total's.
 */
export const FUND_SENTENCES: readonly string[] = [
  '本年收入合计4,544.51万元，其中：财政拨款收入4,179.01万元，占91.96%。',
  '财政拨款收入4,179.01万元，其中：一般公共预算财政拨款收入4,029.01万元，政府性基金预算财政拨款收入150.00万元，国有资本经营预算财政拨款收入0.00万元。',
  '八、政府性基金预算财政拨款收入支出决算情况说明',
  '政府性基金预算财政拨款收入150.00万元，支出145.60万元，支出具体情况如下：',
  '政府性基金预算财政拨款年初结转和结余10.00万元，本年收入150.00万元，本年支出145.60万元（基本支出0.00万元，项目支出145.60万元），年末结转和结余14.40万元。',
  '九、国有资本经营预算财政拨款收入支出决算情况说明',
  '国有资本经营预算财政拨款收入0.00万元，支出0.00万元。',
  '十一、其他重要事项的情况说明',
  '财政拨款收入4,179.01万元；政府性基金财政拨款收入为150.00万元；国有资本经营财政拨款收入0.00万元。',
  '政府性基金预算财政拨款收入 1,500,000.00 元，国有资本经营预算财政拨款收入０．００万元。',
  '财政拨款收入4,179.01万元，其中：一般公共预算财政拨款4,029.01万元，政府性基金预算财政拨款150.00万元。政府性基金预算财政拨款收入比上年增加10.00万元，增长7.14%。',
];

/** The same for the bundled sample (新疆 fixture: 财政拨款收入 1,363.45 万元, all of it 一般公共预算, no fund amounts). */
export const SAMPLE_FUND_SENTENCES: readonly string[] = [
  '财政拨款收入1,363.45万元，其中：一般公共预算财政拨款收入1,363.45万元，政府性基金预算财政拨款收入0.00万元，国有资本经营预算财政拨款收入0.00万元。',
  '政府性基金预算财政拨款收入0.00万元，支出0.00万元；国有资本经营财政拨款收入为0元。',
];

/**
 * The texts every text rule must leave alone: the generated 公开说明 in both presets (the 上海 one carries
 * 【请填写】 gaps, left out where a rule flags gaps), the published 新疆 reference and the 上海-style sentences.
 */
export function correctTexts(options: { readonly withGaps?: boolean } = {}): ValidCase[] {
  return [
    { name: 'the generated 公开说明 (新疆)', sheets: [narrativeSheet()] },
    ...(options.withGaps === false ? [] : [{ name: 'the generated 公开说明 (上海)', sheets: [narrativeSheet('shanghai')] }]),
    { name: 'the published 新疆 reference', sheets: [referenceSheet()] },
    { name: '上海-template sentences', sheets: [shanghaiStyleSheet()] },
    { name: 'fund amounts beside the 财政拨款收入 total (the 新疆 sample)', sheets: [sheet('公开说明', SAMPLE_FUND_SENTENCES.map((p) => [p]))] },
    {
      name: 'fund amounts beside the 财政拨款收入 total (the filled 上海 fixture and its 说明数据)',
      grid: shanghaiFixture,
      data: (json) => Object.assign(json, JSON.parse(JSON.stringify(shanghai2024Supplement))),
      sheets: [sheet('公开说明', FUND_SENTENCES.map((p) => [p]))],
    },
  ];
}
