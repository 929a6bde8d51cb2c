/**
 * Golden test of the 上海 preset: the filled workbook of fixtures/shanghai-2024 (上海市示范服务局, FY2024) and its
 * 说明数据 give the 公开说明 of the 2024 template (fixtures/reference/shanghai-2024-template.txt), section by
 * section. The expected sentences are the template's, with XX filled by hand from the fixture's figures:
 *   一  4554.51 − 4320.18 = 234.33, 234.33 / 4320.18 = 5.424% → 5.42%
 *   二  4179.01, 320.00, 45.50 of 4544.51 → 91.96%, 7.04%, 1.00% (经营收入 and the others are 0: not listed)
 *   三  3474.51, 1065.60 of 4540.11 → 76.53%, 23.47%
 *   四  4189.01 both years: 持平, no reason
 *   五  4029.01 / 4540.11 = 88.74%; 4029.01 − 3902.77 = 126.24, / 3902.77 = 3.23%;
 *       类 of 4029.01: 3410.65 → 84.65%, 315.54 → 7.83%, 134.52 → 3.34%, 168.30 → 4.18% (sum 100.00%);
 *       4029.01 / 4052.43 = 99.42%; 2010350 and 2080506 spend their budget exactly (持平);
 *       2010399 had 30.00 budgeted and spent nothing (listed last)
 *   七  52.24 / 57.00 = 91.65%, 12.36 / 15 = 82.40%, 36.68 / 38 = 96.53%, 3.20 / 4 = 80.00%;
 *       52.24 − 46.61 = 5.63, 12.08%; 因公出国 持平; 36.68 − 30.15 = 6.53, 21.66%; 4.10 − 3.20 = 0.90, 21.95%;
 *       shares of 52.24: 23.66%, 70.21%, 6.13%
 *   八  彩票公益金 150.00 in, 145.60 out; 九 empty
 *   十一 机关运行经费 603.15 − 580.32 = 22.83, 3.79%
 */
import { readFileSync } from 'fs';
import path from 'path';
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { shanghai } from '../../../src/engine/narrative/presets';
import { plain } from '../../../src/engine/narrative/fragment';
import { explanationPart } from '../../../src/engine/narrative/document';
import type { NarrativeDocument } from '../../../src/engine/narrative/document';
import { documentLines } from '../../../src/engine/narrative/sheet';
import type { FinalAccountsData } from '../../../fixtures/data';
import { shanghai2024 } from '../../../fixtures/shanghai-2024/tables';
import { shanghai2024Supplement } from '../../../fixtures/shanghai-2024/supplement';
import { unsourcedFigures } from '../../support/narrative';
import { runAudit } from '../../../src/engine/audit/audit';
import { RULES } from '../../../src/engine/audit/rules';
import { buildWorkbook, BuildOptions, standardPlan, toGrid } from '../../../fixtures/workbook';
import { changji2022 } from '../../../fixtures/changji-2022/tables';

type Json = { 单位性质: string; 指标: Record<string, Record<string, unknown>>; 事项: Record<string, unknown>; [k: string]: unknown };

export function narrate(edit: (json: Json) => void = () => undefined, data: FinalAccountsData = shanghai2024, options: BuildOptions = {}): NarrativeDocument {
  const json = JSON.parse(JSON.stringify(shanghai2024Supplement)) as Json;
  edit(json);
  const { supplement, problems } = parseSupplementJson(json);
  expect(problems).toEqual([]);
  return generateNarrative(recognise(toGrid(buildWorkbook(data, standardPlan(data), options))), supplement, shanghai);
}

/** A section of 第三部分 as the lines it prints: sub-headings and paragraphs. */
export function lines(doc: NarrativeDocument, number: string): string[] {
  const s = explanationPart(doc).sections.find((x) => x.number === number)!;
  return s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text));
}

const UNIT = '上海市示范服务局';

describe('上海 preset on a filled workbook: 第三部分 sentence by sentence', () => {
  const doc = narrate();

  it('starts from a consistent workbook: the audit finds nothing in the fixture and its 说明数据', () => {
    const grid = toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)));
    const { supplement } = parseSupplementJson(JSON.parse(JSON.stringify(shanghai2024Supplement)));
    expect(runAudit({ recognition: recognise(grid), supplement, grid }).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it('一、收入支出决算总体情况说明', () => {
    expect(lines(doc, '一')).toEqual([
      `${UNIT}2024年度收入支出总计4554.51万元。与2023年度相比，收入支出总计增加234.33万元，增长5.42%。主要原因：本年新增社区养老服务彩票公益金项目，所属事业单位技术服务收入增加。`,
    ]);
  });

  it('二、收入决算情况说明: items of 0 are not listed', () => {
    expect(lines(doc, '二')).toEqual(['本年收入合计4544.51万元，其中：财政拨款收入4179.01万元，占91.96%；事业收入320.00万元，占7.04%；其他收入45.50万元，占1.00%。']);
  });

  it('三、支出决算情况说明', () => {
    expect(lines(doc, '三')).toEqual(['本年支出合计4540.11万元，其中：基本支出3474.51万元，占76.53%；项目支出1065.60万元，占23.47%。']);
  });

  it('四、财政拨款收入支出决算总体情况说明: 持平, and no reason asked', () => {
    expect(lines(doc, '四')).toEqual([`${UNIT}2024年度财政拨款收入支出总计4189.01万元。与2023年度相比，财政拨款收入支出总计持平。`]);
  });

  it('五、一般公共预算财政拨款支出决算情况说明: （一）总体 （二）结构 （三）具体, each 项 against its 年初预算', () => {
    expect(lines(doc, '五')).toEqual([
      '（一）一般公共预算财政拨款支出决算总体情况',
      '一般公共预算财政拨款支出4029.01万元，占本年支出合计的88.74%。与2023年度相比，一般公共预算财政拨款支出增加126.24万元，增长3.23%。主要原因：本年在职人员工资标准调整，人员经费增加。',
      '（二）一般公共预算财政拨款支出决算结构情况',
      '一般公共预算财政拨款支出4029.01万元，主要用于以下方面：一般公共服务支出（类）3410.65万元，占84.65%；社会保障和就业支出（类）315.54万元，占7.83%；卫生健康支出（类）134.52万元，占3.34%；住房保障支出（类）168.30万元，占4.18%。',
      '（三）一般公共预算财政拨款支出决算具体情况',
      '一般公共预算财政拨款支出年初预算为4052.43万元，支出决算为4029.01万元，完成年初预算的99.42%。决算数小于预算数的主要原因：一般行政管理事务项目按合同进度付款，部分资金未支出。其中：',
      '1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：局机关的基本支出，保障机构正常运转。年初预算为1820.00万元，支出决算为1850.40万元。决算数大于预算数的主要原因：年中新增编制内人员，人员经费相应增加。',
      '2、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）。主要用于：示范服务平台运行维护等项目。年初预算为950.00万元，支出决算为920.00万元。决算数小于预算数的主要原因：项目按合同进度付款，部分尾款未到支付期。',
      '3、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）。主要用于：所属事业单位的基本支出。年初预算为640.25万元，支出决算为640.25万元。决算数与预算数持平。',
      '4、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。主要用于：机关事业单位基本养老保险缴费。年初预算为205.00万元，支出决算为210.36万元。决算数大于预算数的主要原因：缴费基数调整。',
      '5、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。主要用于：机关事业单位职业年金缴费。年初预算为105.18万元，支出决算为105.18万元。决算数与预算数持平。',
      '6、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。主要用于：行政单位职工基本医疗保险缴费。年初预算为92.00万元，支出决算为96.42万元。决算数大于预算数的主要原因：缴费基数调整。',
      '7、卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）。主要用于：事业单位职工基本医疗保险缴费。年初预算为40.00万元，支出决算为38.10万元。决算数小于预算数的主要原因：事业单位人员减少。',
      '8、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：按规定为职工缴存住房公积金。年初预算为170.00万元，支出决算为168.30万元。决算数小于预算数的主要原因：人员变动，缴存额减少。',
      '9、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）其他政府办公厅（室）及相关机构事务支出（项）。主要用于：示范服务宣传项目。年初预算为30.00万元，支出决算为0.00万元。决算数小于预算数的主要原因：项目因年度工作计划调整未实施。',
    ]);
  });

  it('六、一般公共预算财政拨款基本支出决算情况说明: the 款 with a figure, in table order', () => {
    expect(lines(doc, '六')).toEqual([
      '一般公共预算财政拨款基本支出3109.01万元。其中：人员经费2492.10万元，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费、住房公积金、其他工资福利支出、退休费、生活补助；公用经费616.91万元，主要包括：办公费、水费、电费、邮电费、物业管理费、差旅费、因公出国（境）费用、维修（护）费、会议费、培训费、公务接待费、劳务费、委托业务费、工会经费、福利费、公务用车运行维护费、其他交通费用、办公设备购置。',
    ]);
  });

  it('七、财政拨款“三公”经费支出决算情况说明: 完成预算的 X%, changes item by item (持平 without a reason), shares, details', () => {
    expect(lines(doc, '七')).toEqual([
      '（一）“三公”经费财政拨款支出决算总体情况说明。',
      '“三公”经费财政拨款支出年初预算为57.00万元，支出决算为52.24万元，完成预算的91.65%，其中：因公出国（境）费决算为12.36万元，完成预算的82.40%；公务用车购置及运行维护费支出决算为36.68万元，完成预算的96.53%；公务接待费支出决算为3.20万元，完成预算的80.00%。2024年度“三公”经费支出决算数小于预算数的主要原因：严格执行中央八项规定精神，厉行节约，压减各项支出。',
      '2024年度“三公”经费财政拨款支出决算数比2023年度增加5.63万元，增长12.08%，其中：因公出国（境）费支出决算持平；公务用车购置及运行维护费支出决算增加6.53万元，增长21.66%；公务接待费支出决算减少0.90万元，下降21.95%。公务用车购置及运行维护费支出增加的主要原因是本年按规定更新已达报废年限的公务用车1辆。公务接待费支出减少的主要原因是严格控制接待标准和陪同人数。',
      '（二）“三公”经费财政拨款支出决算具体情况说明。',
      '“三公”经费财政拨款支出决算中，因公出国（境）费支出决算12.36万元，占23.66%；公务用车购置及运行维护费支出决算36.68万元，占70.21%；公务接待费支出决算3.20万元，占6.13%。具体情况如下：',
      '1、因公出国（境）费支出12.36万元。全年安排因公出国（境）团组2个、累计6人次。开支内容包括：赴境外参加示范服务国际交流会议的国际旅费、住宿费等。',
      '2、公务用车购置及运行维护费支出36.68万元。其中：',
      '公务用车购置支出为24.50万元。主要用于更新已达报废年限的公务用车，购置公务用车1辆。',
      `公务用车运行维护支出12.18万元。主要用于公务用车燃料费、维修费、过路过桥费、保险费等。2024年，${UNIT}所属各预算单位开支财政拨款的公务用车保有量为6辆。`,
      '3、公务接待费支出3.20万元。其中：',
      '国内公务接待支出3.20万元（含外宾接待支出0.80万元）。主要用于接待外省市及境外来沪交流考察，共接待32批次、210人次，其中：接待外宾3批次、12人次。',
    ]);
  });

  it('八、政府性基金预算财政拨款收入支出决算情况说明: income, spending, then each 项', () => {
    expect(lines(doc, '八')).toEqual([
      '政府性基金预算财政拨款收入150.00万元，支出145.60万元，支出具体情况如下：',
      '1、其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）。主要用于：资助社区养老服务设施运营。年初预算为150.00万元，支出决算为145.60万元。决算数小于预算数的主要原因：部分项目有结余，结转下年使用。',
    ]);
  });

  it('九、国有资本经营预算财政拨款收入支出决算情况说明: the empty-table sentence', () => {
    expect(lines(doc, '九')).toEqual([`${UNIT}2024年度无国有资本经营预算财政拨款收入和支出。`]);
  });

  it('十、预算绩效管理情况', () => {
    expect(lines(doc, '十')).toEqual([
      `${UNIT}2024年度预算绩效管理工作开展情况如下：本部门建立了如下预算绩效管理制度：《上海市示范服务局预算绩效管理办法》、《上海市示范服务局项目支出绩效评价实施细则》，建立了“预算编制有目标、执行有监控、完成有评价、结果有应用”的预算绩效管理工作机制；全过程绩效管理实施情况：编报绩效目标的2024年度项目12个，涉及预算金额1065.60万元；绩效跟踪评价的2024年度项目5个，涉及预算金额620.00万元；绩效自评的2024年度项目12个，涉及预算金额1065.60万元，平均得分92.6分（其中，绩效评级为“优”的项目8个；绩效评级为“良”的项目3个；绩效评级为“合格”的项目1个；绩效评级为“不合格”的项目0个。绩效自评中共发现问题4个，已经完成整改的3个，正在整改的1个）。`,
    ]);
  });

  it('十一、其他重要事项的情况说明: 机关运行经费, 政府采购 with the 中小企业 sentences, 车辆 and 100万元 设备', () => {
    expect(lines(doc, '十一')).toEqual([
      '（一）机关运行经费支出情况',
      '机关运行经费支出580.32万元，比2023年度减少22.83万元，下降3.79%。主要原因是压减一般性支出，办公费和维修（护）费减少。',
      '（二）政府采购支出情况',
      `${UNIT}2024年度政府采购金额（以合同签订为准）为860.45万元，其中：货物采购金额210.30万元、工程采购金额120.00万元、服务采购金额530.15万元。`,
      '2024年度本部门面向中小企业预留政府采购项目预算金额600.00万元，面向小微企业预留政府采购项目预算金额420.00万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额580.20万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额410.00万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额150.30万元。',
      '（三）国有资产占有使用情况说明',
      `截至2024年12月31日，${UNIT}共有车辆8辆，其中：部级领导干部用车0辆、主要领导干部用车1辆、机要通信用车0辆、应急保障用车2辆、执法执勤用车3辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车2辆。单价100万元（含）以上设备（不含车辆）3台（套）。`,
    ]);
  });

  it('has the eleven section headings of the template and no gaps', () => {
    expect(explanationPart(doc).sections.map((s) => `${s.number}、${s.title}`)).toEqual([
      '一、收入支出决算总体情况说明',
      '二、收入决算情况说明',
      '三、支出决算情况说明',
      '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '八、政府性基金预算财政拨款收入支出决算情况说明',
      '九、国有资本经营预算财政拨款收入支出决算情况说明',
      '十、预算绩效管理情况',
      '十一、其他重要事项的情况说明',
    ]);
    expect(doc.gaps).toEqual([]);
  });

  it('orders the parts as the template does: 概况, 部门决算表, 情况说明, 名词解释', () => {
    expect(doc.title).toBe(`${UNIT}2024年度部门决算`);
    expect(doc.parts.map((p) => `${p.number} ${p.title}`)).toEqual([
      `第一部分 ${UNIT}概况`,
      '第二部分 部门决算表',
      `第三部分 ${UNIT}2024年度部门决算情况说明`,
      '第四部分 名词解释',
    ]);
    expect(doc.parts[1]!.sections[0]!.blocks.map((b) => (b.kind === 'table' ? b.code : ''))).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    expect(doc.parts[0]!.sections.map((s) => s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text)))).toEqual([
      ['负责本市示范服务工作的统筹规划、政策制定和组织实施；负责示范服务平台的建设和管理；承办市政府交办的其他事项。'],
      [
        `从预算单位构成看，${UNIT}部门决算包括：${UNIT}本级决算、下属行政事业单位决算。`,
        `纳入${UNIT}2024年度部门决算编制范围的单位包括：上海市示范服务局（本级）、上海市示范服务中心、上海市示范服务研究所。`,
      ],
    ]);
  });

  it('第四部分: the eleven terms of the template verbatim, 主要是 only for the incomes the unit has', () => {
    const template = readFileSync(path.join(__dirname, '..', '..', '..', 'fixtures', 'reference', 'shanghai-2024-template.txt'), 'utf8');
    const terms = template.slice(template.indexOf('第四部分 名词解释')).split('\n').slice(1).filter((l) => /^[一二三四五六七八九十]+、/.test(l));
    expect(terms).toHaveLength(11);
    const ours = doc.parts[3]!.sections[0]!.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : ''));
    // The template's own words, its instruction to the writer taken out, XXXXXXXX filled from 说明数据 where the
    // unit has that income (事业收入 320.00, 其他收入 45.50) and the 主要是 sentence left out where it has none (经营收入).
    // Its one half-width colon (十、…其中:因公出国（境）费…) full-width, as its eleven other 其中： are.
    const filled: Record<string, string> = { 二: '技术服务', 四: '银行存款利息' };
    const expected = terms.map((t) => {
      const n = t.slice(0, t.indexOf('、'));
      const term = t.replace('（无事业收入的单位保留事业收入的名词解释，但不列举主要内容，以下同）', '').replace('其中:', '其中：');
      return term.replace('主要是：XXXXXXXX收入等。', filled[n] ? `主要是：${filled[n]}收入等。` : '');
    });
    expect(ours).toEqual(expected);
    expect(ours[2]).toBe('三、经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。');
  });

  it('writes amounts as the tables print them: two decimals, no thousands separators', () => {
    const text = documentLines(doc).map((l) => l.text).join('\n');
    expect(text).toContain('4554.51万元');
    expect(text).not.toMatch(/\d,\d{3}/);
    expect(text).not.toMatch(/XX|××|增加（减少）|下降（增长）|大于（小于）|NaN|undefined|Infinity/);
  });

  it('points every number of 第三部分 back to a table cell, a 说明数据 entry, or a computation over them', () => {
    expect(unsourcedFigures(doc)).toEqual([]);
  });
});

const ZEROS = { total: 0, overseasTravel: 0, vehicles: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0 };

/** The fixture without “三公” spending and without 政府性基金 (table 08 empty, table 04's column 0). */
const withoutThreePublicAndGovFund: FinalAccountsData = {
  ...shanghai2024,
  threePublicCosts: { budget: ZEROS, actual: ZEROS },
  govFund: [],
  fiscalSummary: {
    ...shanghai2024.fiscalSummary,
    expenditure: shanghai2024.fiscalSummary.expenditure.map((l) => ({ ...l, values: { ...l.values, govFund: 0 } })),
  },
};

/** The empty cases' 说明数据: no 机关运行经费, and no 政府性基金 项. */
function emptyCases(j: Json): void {
  j.指标['机关运行经费']!['本年数'] = 0;
  delete j.指标['2296002'];
}

/** The fixture with a 国有资本经营预算 项 too (table 09 only: the narrative reads no more). */
const withStateCapital: FinalAccountsData = {
  ...shanghai2024,
  stateCapital: [
    { code: 'total', name: '合计', values: { openingBalance: 0, yearIncome: 20, yearExpenditure: 20, basic: 0, project: 20, closingBalance: 0 } },
    { code: '223', name: '国有资本经营预算支出', values: { openingBalance: 0, yearIncome: 20, yearExpenditure: 20, basic: 0, project: 20, closingBalance: 0 } },
    { code: '22301', name: '解决历史遗留问题及改革成本支出', values: { openingBalance: 0, yearIncome: 20, yearExpenditure: 20, basic: 0, project: 20, closingBalance: 0 } },
    { code: '2230105', name: '国有企业退休人员社会化管理补助支出', values: { openingBalance: 0, yearIncome: 20, yearExpenditure: 20, basic: 0, project: 20, closingBalance: 0 } },
  ],
};

/** Every figure changed from last year, so that each reason sentence of the template shows. */
function allChanged(j: Json): void {
  j.指标['财政拨款收入总计'] = { 上年数: 4000, 主要原因: '新增彩票公益金项目' };
  // Last year's 财政拨款 totals balanced as this year's do (收入支出总计 is one figure in the text).
  j.指标['财政拨款支出总计'] = { 上年数: 4000, 主要原因: '新增彩票公益金项目' };
  j.指标['因公出国（境）费'] = { 上年数: 10, 主要原因: '参加国际会议的团组增加' };
  j.指标['2230105'] = { 年初预算数: 25, 主要用于: '所属企业退休人员社会化管理补助', 预决算差异原因: '按实际人数拨付' };
}

describe('上海 preset: the empty-case sentences of the template', () => {
  const doc = narrate(emptyCases, withoutThreePublicAndGovFund);

  it('no “三公” spending, no 政府性基金, no 机关运行经费: one fixed sentence each', () => {
    expect(lines(doc, '七')).toEqual([`${UNIT}2024年度无“三公”经费财政拨款支出。`]);
    expect(lines(doc, '八')).toEqual([`${UNIT}2024年度无政府性基金预算财政拨款收入和支出。`]);
    expect(lines(doc, '九')).toEqual([`${UNIT}2024年度无国有资本经营预算财政拨款收入和支出。`]);
    expect(lines(doc, '十一').slice(0, 2)).toEqual(['（一）机关运行经费支出情况', `${UNIT}2024年度无机关运行经费支出。`]);
    expect(doc.gaps).toEqual([]);
  });

  it('a “三公” 预算 left unspent is no department without “三公”: its 预算, 完成预算的0.00% and why, then the fall from last year', () => {
    // 0.00 of 57.00 = 0.00%; 0.00 − 46.61: 减少46.61万元，下降100.00%. Before, the one sentence 无“三公”经费财政拨款支出 dropped
    // the 预算 table 07 prints and the reason the 说明数据 gives.
    const doc = narrate(
      (j) => (j.指标['因公出国（境）费']!['主要原因'] = '本年未安排出国（境）团组'),
      { ...shanghai2024, threePublicCosts: { budget: shanghai2024.threePublicCosts.budget, actual: ZEROS } },
    );
    const text = lines(doc, '七');
    expect(text.slice(0, 3)).toEqual([
      '（一）“三公”经费财政拨款支出决算总体情况说明。',
      '“三公”经费财政拨款支出年初预算为57.00万元，支出决算为0.00万元，完成预算的0.00%，其中：因公出国（境）费决算为0.00万元，完成预算的0.00%；公务用车购置及运行维护费支出决算为0.00万元，完成预算的0.00%；公务接待费支出决算为0.00万元，完成预算的0.00%。2024年度“三公”经费支出决算数小于预算数的主要原因：严格执行中央八项规定精神，厉行节约，压减各项支出。',
      '2024年度“三公”经费财政拨款支出决算数比2023年度减少46.61万元，下降100.00%，其中：因公出国（境）费支出决算减少12.36万元，下降100.00%；公务用车购置及运行维护费支出决算减少30.15万元，下降100.00%；公务接待费支出决算减少4.10万元，下降100.00%。因公出国（境）费支出减少的主要原因是本年未安排出国（境）团组。公务用车购置及运行维护费支出减少的主要原因是本年按规定更新已达报废年限的公务用车1辆。公务接待费支出减少的主要原因是严格控制接待标准和陪同人数。',
    ]);
    expect(text.join('\n')).not.toContain('无“三公”经费财政拨款支出');
    // No share of a total of 0 (占0.00% of nothing), and what an item paid for is not asked.
    expect(text[4]).toBe('“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元；公务用车购置及运行维护费支出决算0.00万元；公务接待费支出决算0.00万元。具体情况如下：');
    expect(text[5]).toBe('1、因公出国（境）费支出0.00万元。');
  });

  it('a 事业单位 has no 机关运行经费 (the template has no 公用经费 wording for it)', () => {
    expect(lines(narrate((j) => (j.单位性质 = '事业单位')), '十一')[1]).toBe(`${UNIT}2024年度无机关运行经费支出。`);
  });
});

describe('上海 preset: every fixed phrase of the template’s 第三部分 is written', () => {
  const template = readFileSync(path.join(__dirname, '..', '..', '..', 'fixtures', 'reference', 'shanghai-2024-template.txt'), 'utf8');
  const part3 = template.slice(template.indexOf('第三部分 上海市XX局'), template.indexOf('第四部分 名词解释')).trim().split('\n');
  // Lines that instruct the writer rather than being text.
  const instructions = part3.filter((l) => /^按上述格式|作下述说明：$/.test(l));
  /** Template sections by number, each its lines (heading first). */
  const sections = new Map<string, string[]>();
  let current = '';
  for (const line of part3.slice(1)) {
    const m = /^([一二三四五六七八九十]+)、/.exec(line);
    if (m) sections.set((current = m[1]!), []);
    if (!instructions.includes(line)) sections.get(current)!.push(line);
  }
  const VARIABLE = /X+(?:（制度名称）)?|……|增加（减少）|增长（下降）|减少（增加）|下降（增长）|大于（小于）|小于（大于）/;
  /** The template's examples: subjects of its （类） lines, 经济分类 款 of §六's lists. */
  const EXAMPLES = ['一般公共服务支出', '教育支出', '普通教育', '初中教育', '高等教育', '基本工资', '津贴补贴', '奖金', '其他对个人和家庭的补助', '办公费', '印刷费', '其他资本性支出'];
  /**
   * Phrases left out on purpose: items of 0 (不涉及的不列), the template's instructions inside sentences (列明…,
   * XX部门（单位） is the unit's name), and two slips of the template (万 for 万元; 支出收入 in §八 where §九 says 支出).
   */
  const LEFT_OUT = new Set(['%；经营收入', '%；经营支出', '，列明公务用车购置数量。', '，列明公务接待批次、人次，其中：接待外宾批次、人次。', '部门（单位）共有车辆', '万（含外宾接待支出', '万元，支出收入']);
  // Three workbooks between them show every case: filled (持平 where the fixture has it), every figure changed
  // (and a 国有资本经营预算 项), and the empty cases.
  const docs = [narrate(), narrate(allChanged, withStateCapital), narrate(emptyCases, withoutThreePublicAndGovFund)];

  /** The fixed phrases of one section of the template: its text between the parts the writer fills in. */
  const phrases = (number: string): string[] =>
    sections.get(number)!.flatMap((line) => {
      let text = line.replace(/上海市XX局/g, UNIT).replace(/（如持平作持平表述）|（不涉及的不列）/g, '');
      for (const e of EXAMPLES) text = text.split(e).join('XX');
      return text.split(VARIABLE).filter((p) => p.length >= 2);
    });

  it('reads the eleven sections of the template, and each phrase left out is one of its phrases', () => {
    expect([...sections.keys()]).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一']);
    expect(instructions).toHaveLength(7);
    const all = new Set([...sections.keys()].flatMap(phrases));
    expect([...LEFT_OUT].filter((p) => !all.has(p))).toEqual([]);
  });

  it.each([...sections.keys()])('§%s', (number) => {
    const ours = docs.map((d) => {
      const s = explanationPart(d).sections.find((x) => x.number === number)!;
      return [`${s.number}、${s.title}`, ...lines(d, number)].join('\n');
    });
    expect(phrases(number).filter((p) => !LEFT_OUT.has(p) && !ours.some((o) => o.includes(p)))).toEqual([]);
  });
});

/** The fixture with table 07 changed: `budget` and `actual` figures merged over the fixture's. */
function threePublic(budget: Record<string, number>, actual: Record<string, number> = {}): FinalAccountsData {
  const t = shanghai2024.threePublicCosts;
  return { ...shanghai2024, threePublicCosts: { budget: { ...t.budget, ...budget }, actual: { ...t.actual, ...actual } } };
}

describe('上海 preset: zero bases, 持平 and what does not apply', () => {
  it('a 年初预算 of 0: no 完成率 (never divided by zero), the difference still explained', () => {
    const doc = narrate((j) => {
      j.指标['一般公共预算财政拨款支出']!['年初预算数'] = 0;
      j.指标['2010301']!['年初预算数'] = 0;
    });
    const text = lines(doc, '五');
    expect(text[5]).toBe('一般公共预算财政拨款支出年初预算为0.00万元，支出决算为4029.01万元，预算数为0，不计算完成率。决算数大于预算数的主要原因：一般行政管理事务项目按合同进度付款，部分资金未支出。其中：');
    expect(text[6]).toContain('年初预算为0.00万元，支出决算为1850.40万元。决算数大于预算数的主要原因：年中新增编制内人员，人员经费相应增加。');
    expect(text.join('')).not.toMatch(/完成年初预算的|Infinity|NaN/);
  });

  it('预算 and 决算 both 0: said once (预算数与决算数均为0), not again as 决算数与预算数持平', () => {
    // Table 05 spent nothing, and nothing was budgeted: it printed 预算数与决算数均为0。决算数与预算数持平。
    const none: FinalAccountsData = { ...shanghai2024, generalBudgetExpenditure: shanghai2024.generalBudgetExpenditure.map((l) => ({ ...l, values: { total: 0, basic: 0, project: 0 } })) };
    const doc = narrate((j) => {
      j.指标['一般公共预算财政拨款支出']!['年初预算数'] = 0;
      for (const code of Object.keys(j.指标).filter((k) => /^\d{7}$/.test(k))) delete j.指标[code];
    }, none);
    expect(lines(doc, '五').at(-1)).toBe('一般公共预算财政拨款支出年初预算为0.00万元，支出决算为0.00万元，预算数与决算数均为0。');
    // The “三公” 合计 too (0 of a 预算 of 0, its items spent and refunded): 均为0 once, no 持平 sentence after the items.
    const threeZero = lines(narrate(undefined, threePublic({ total: 0 }, { total: 0, overseasTravel: -12.36, vehicles: 12.36, vehiclePurchase: 0, vehicleOperation: 12.36, reception: 0 })), '七')[1]!;
    expect(threeZero).toMatch(/^“三公”经费财政拨款支出年初预算为0\.00万元，支出决算为0\.00万元，预算数与决算数均为0，其中：/);
    expect(threeZero).not.toContain('持平');
    // Equal and not 0, 持平 still follows the 完成率 as the template has it.
    expect(lines(narrate((j) => (j.指标['一般公共预算财政拨款支出']!['年初预算数'] = 4029.01)), '五')[5]).toContain('完成年初预算的100.00%。决算数与预算数持平。其中：');
  });

  it('a “三公” item with no 预算数: no 完成率 for it; with no 决算 either: 预算数与决算数均为0', () => {
    // 52.24 / 42.00 = 124.38%
    const noBudget = lines(narrate(undefined, threePublic({ total: 42, overseasTravel: 0 })), '七')[1]!;
    expect(noBudget).toContain('“三公”经费财政拨款支出年初预算为42.00万元，支出决算为52.24万元，完成预算的124.38%，其中：因公出国（境）费决算为12.36万元，预算数为0，不计算完成率；');
    expect(noBudget).toContain('2024年度“三公”经费支出决算数大于预算数的主要原因：');
    const neither = lines(narrate(undefined, threePublic({ total: 42, overseasTravel: 0 }, { total: 39.88, overseasTravel: 0 })), '七');
    expect(neither[1]).toContain('其中：因公出国（境）费决算为0.00万元，预算数与决算数均为0；');
  });

  it('a 决算 within the rounding of 100.00% of its 预算: 不足100.00% / 超过100.00%, never 100.00% beside 小于 or 大于; our checks accept it', () => {
    // 4029.01 / 4029.02 = 99.9998%, 4029.01 / 4029.00 = 100.0002%: both print 100.00%.
    const below = narrate((j) => (j.指标['一般公共预算财政拨款支出']!['年初预算数'] = 4029.02));
    expect(lines(below, '五')[5]).toMatch(/^一般公共预算财政拨款支出年初预算为4029\.02万元，支出决算为4029\.01万元，完成年初预算的不足100\.00%。决算数小于预算数的主要原因：/);
    const above = narrate((j) => (j.指标['一般公共预算财政拨款支出']!['年初预算数'] = 4029));
    expect(lines(above, '五')[5]).toMatch(/^一般公共预算财政拨款支出年初预算为4029\.00万元，支出决算为4029\.01万元，完成年初预算的超过100\.00%。决算数大于预算数的主要原因：/);
    // 0.01 of 300.00 = 0.0033%: not 完成预算的0.00% of a figure spent.
    const little = lines(narrate(undefined, threePublic({ total: 342, overseasTravel: 300 }, { total: 39.89, overseasTravel: 0.01 })), '七')[1]!;
    expect(little).toContain('其中：因公出国（境）费决算为0.01万元，完成预算的不足0.01%；');
    // Equal, it is 100.00%.
    expect(lines(narrate((j) => (j.指标['一般公共预算财政拨款支出']!['年初预算数'] = 4029.01)), '五')[5]).toContain('完成年初预算的100.00%。决算数与预算数持平。');
    const grid = toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)));
    for (const doc of [below, above]) {
      const json = JSON.parse(JSON.stringify(shanghai2024Supplement)) as Json;
      json.指标['一般公共预算财政拨款支出']!['年初预算数'] = doc === below ? 4029.02 : 4029;
      const typed = { ...grid, sheets: [...grid.sheets, { name: '公开说明', rows: documentLines(doc).map((l) => [l.text]) }] };
      const findings = runAudit({ recognition: recognise(typed), supplement: parseSupplementJson(json).supplement, grid: typed }, RULES.filter((r) => r.id.startsWith('text-')));
      expect(findings.filter((f) => f.severity !== 'rounding').map((f) => f.message)).toEqual([]);
    }
  });

  it('the 决算 equal to the 预算: the 持平 sentence, no reason', () => {
    const text = lines(narrate(undefined, threePublic({ total: 52.24 })), '七')[1]!;
    expect(text).toContain('完成预算的100.00%');
    expect(text.endsWith('2024年度“三公”经费支出决算数与预算数持平。')).toBe(true);
  });

  it('prior year 0: 增加 x 万元 (no rate from zero), and the reason is asked', () => {
    const doc = narrate((j) => {
      j.指标['公务接待费'] = { 上年数: 0, 主要原因: '本年新增外宾接待任务' };
      j.指标['机关运行经费']!['上年数'] = 0;
    });
    expect(lines(doc, '七')[2]).toContain('公务接待费支出决算增加3.20万元。');
    expect(lines(doc, '七')[2]).toContain('公务接待费支出增加的主要原因是本年新增外宾接待任务。');
    expect(lines(doc, '十一')[1]).toBe('机关运行经费支出580.32万元，比2023年度增加580.32万元。主要原因是压减一般性支出，办公费和维修（护）费减少。');
  });

  it('current year 0: 减少 x 万元，下降100.00%; what the item paid for is not asked', () => {
    // 出国 0 this year: 决算 39.88 = 36.68 + 3.20, 39.88 / 57.00 = 69.96%.
    const doc = narrate((j) => (j.指标['因公出国（境）费'] = { 上年数: 12.36, 主要原因: '本年未安排出国（境）团组' }), threePublic({}, { total: 39.88, overseasTravel: 0 }));
    const text = lines(doc, '七');
    expect(text[1]).toContain('支出决算为39.88万元，完成预算的69.96%，其中：因公出国（境）费决算为0.00万元，完成预算的0.00%；');
    expect(text[2]).toContain('其中：因公出国（境）费支出决算减少12.36万元，下降100.00%；');
    expect(text[2]).toContain('因公出国（境）费支出减少的主要原因是本年未安排出国（境）团组。');
    expect(text[5]).toBe('1、因公出国（境）费支出0.00万元。');
    expect(doc.gaps).toEqual([]);
  });

  it('公务接待费 of 0: its 外宾 part is 0.00, not asked for; a 外宾 part larger than the 公务接待费 is a gap that says so', () => {
    // 49.04 = 12.36 + 36.68; the 说明数据 has no 接待 事项, as a department that received no one leaves them.
    const data = threePublic({}, { total: 49.04, reception: 0 });
    const doc = narrate((j) => {
      for (const key of ['外宾接待费', '接待外宾批次', '接待外宾人次', '公务接待费开支内容', '国内公务接待批次', '国内公务接待人次']) delete j.事项[key];
    }, data);
    expect(lines(doc, '七').slice(-2)).toEqual(['3、公务接待费支出0.00万元。其中：', '国内公务接待支出0.00万元（含外宾接待支出0.00万元）。']);
    expect(doc.gaps).toEqual([]);
    const stated = lines(narrate(undefined, data), '七').at(-1);
    expect(stated).toBe('国内公务接待支出0.00万元（含外宾接待支出【请填写：外宾接待费（0.80万元，大于公务接待费决算0.00万元：请核对）】万元）。');
    // Spent, the 外宾 part is still asked for.
    const asked = narrate((j) => delete j.事项['外宾接待费']);
    expect(lines(asked, '七').at(-1)).toContain('国内公务接待支出3.20万元（含外宾接待支出【请填写：外宾接待费】万元）。');
  });

  it('a “三公” 决算 below 0 (no department spends less than nothing): no 完成率 or share of it, a gap that says why', () => {
    // 48.04 = 12.36 + 36.68 − 1.00. It printed 完成预算的-25.00% and 占-2.08%.
    const doc = narrate(undefined, threePublic({}, { total: 48.04, reception: -1 }));
    const text = lines(doc, '七');
    expect(text[1]).toContain(
      '公务接待费支出决算为-1.00万元，【请填写：公务接待费预决算比率（预算数4.00万元、决算数-1.00万元，负数不计算比率：请核对）】。2024年度“三公”经费支出决算数小于预算数的主要原因：',
    );
    expect(text[4]).toContain('公务接待费支出决算-1.00万元，占【请填写：公务接待费占比（-1.00万元占48.04万元，负数无占比：请核对）】%。');
    expect(text.join('\n')).not.toMatch(/完成预算的-|占-/);
    // A 预算 below 0 has no rate either.
    const budget = lines(narrate(undefined, threePublic({ total: 52, reception: -1 })), '七')[1]!;
    expect(budget).toContain('公务接待费支出决算为3.20万元，【请填写：公务接待费预决算比率（预算数-1.00万元、决算数3.20万元，负数不计算比率：请核对）】。');
  });

  it('a “三公” item below 0 is a refund: says so, and asks for no 开支内容 as if money had been spent', () => {
    // 38.88 = −1.00 + 36.68 + 3.20. It asked 【请填写：因公出国（境）开支内容】 of the refund, as of money spent.
    const data = threePublic({}, { total: 38.88, overseasTravel: -1 });
    const asked = narrate((j) => {
      delete j.事项['因公出国（境）开支内容'];
    }, data);
    const text = lines(asked, '七');
    expect(text[5]).toBe('1、因公出国（境）费支出-1.00万元。因公出国（境）费决算为负数，系收回以前年度支出，冲减本年支出。');
    expect(asked.gaps.map((g) => g.field)).not.toContain('事项.因公出国（境）开支内容');
    // What the 说明数据 says of it is kept, the refund said after it.
    expect(lines(narrate(undefined, data), '七')[5]).toBe(
      '1、因公出国（境）费支出-1.00万元。全年安排因公出国（境）团组2个、累计6人次。开支内容包括：赴境外参加示范服务国际交流会议的国际旅费、住宿费等。因公出国（境）费决算为负数，系收回以前年度支出，冲减本年支出。',
    );
    // 公务用车运行维护 and 公务接待 alike: 用车 24.50 − 1.00 = 23.50, 合计 12.36 + 23.50 − 1.00 = 34.86.
    const more = threePublic({}, { total: 34.86, vehicles: 23.5, vehicleOperation: -1, reception: -1 });
    const other = narrate((j) => {
      delete j.事项['公务用车运行维护费开支内容'];
      delete j.事项['公务接待费开支内容'];
    }, more);
    const t = lines(other, '七').join('\n');
    expect(t).toContain('公务用车运行维护支出-1.00万元。公务用车运行维护费决算为负数，系收回以前年度支出，冲减本年支出。2024年，');
    expect(t).toContain('公务接待费决算为负数，系收回以前年度支出，冲减本年支出。');
    expect(other.gaps.map((g) => g.field)).not.toEqual(expect.arrayContaining(['事项.公务用车运行维护费开支内容']));
    expect(other.gaps.map((g) => g.field)).not.toEqual(expect.arrayContaining(['事项.公务接待费开支内容']));
  });

  it('a 公务接待费 below 0 (a refund): its 外宾接待费 of 0.00 printed as the part it is, one outside the refund and 0 asked about', () => {
    // 38.88 = 12.36 + 27.52 − 1.00. 0.00 is no part larger than −1.00: it asked to check a 0.00 that was right.
    const data = threePublic({}, { total: 38.88, vehicles: 27.52, vehicleOperation: 27.52, reception: -1 });
    const zero = narrate((j) => {
      j.事项['外宾接待费'] = 0;
    }, data);
    expect(lines(zero, '七').join('\n')).toContain('国内公务接待支出-1.00万元（含外宾接待支出0.00万元）。');
    const over = narrate((j) => {
      j.事项['外宾接待费'] = 0.5;
    }, data);
    expect(lines(over, '七').join('\n')).toContain('（含外宾接待支出【请填写：外宾接待费（0.50万元，不在公务接待费决算-1.00万元与 0 之间：请核对）】万元）');
  });

  it('a “三公” item below 0: the others’ shares each their own rounding, none taking the residual of the one not printed', () => {
    // 22.61 = −0.01 + 10.26 + 12.36: 12.36 / 22.61 = 54.666% is 54.67%. It printed 54.66%, the tail adjustment moving onto
    // 公务接待费 the rounding of the −0.04% that the sentence leaves to a gap.
    const data = threePublic({}, { total: 22.61, overseasTravel: -0.01, vehicles: 10.26, vehiclePurchase: 0, vehicleOperation: 10.26, reception: 12.36 });
    expect(lines(narrate(undefined, data), '七')[4]).toContain('公务用车购置及运行维护费支出决算10.26万元，占45.38%；公务接待费支出决算12.36万元，占54.67%。');
  });

  it('both years 0: 持平, without a reason', () => {
    const doc = narrate((j) => (j.指标['因公出国（境）费'] = { 上年数: 0 }), threePublic({}, { total: 39.88, overseasTravel: 0 }));
    expect(lines(doc, '七')[2]).toContain('其中：因公出国（境）费支出决算持平；');
    expect(lines(doc, '七')[2]).not.toContain('因公出国（境）费支出增加');
    expect(doc.gaps).toEqual([]);
  });

  it('an unchanged “三公” total or 机关运行经费: 与2023年度持平 (比…持平 is no Chinese), the changed ones still 比2023年度…', () => {
    const doc = narrate((j) => {
      j.指标['三公经费合计']!['上年数'] = 52.24;
      j.指标['机关运行经费']!['上年数'] = 580.32;
    });
    expect(lines(doc, '七').join('\n')).toContain('2024年度“三公”经费财政拨款支出决算数与2023年度持平，其中：');
    expect(lines(doc, '十一')[1]).toBe('机关运行经费支出580.32万元，与2023年度持平。');
    expect([...lines(doc, '七'), ...lines(doc, '十一')].join('\n')).not.toMatch(/比\d{4}年度持平/);
    expect(lines(narrate(), '十一')[1]).toContain('机关运行经费支出580.32万元，比2023年度减少22.83万元，下降3.79%。');
  });

  it('不涉及的不列: no 公用经费 款 at all leaves out “主要包括”', () => {
    const data: FinalAccountsData = { ...shanghai2024, generalBudgetBasic: { ...shanghai2024.generalBudgetBasic, public: [], publicTotal: 0 } };
    const text = lines(narrate(undefined, data), '六')[0]!;
    expect(text.endsWith('；公用经费0.00万元。')).toBe(true);
  });

  it('a missing 上年数 is a visible gap; a missing reason for a change is too', () => {
    const doc = narrate((j) => {
      delete j.指标['收入总计'];
      delete j.指标['公务接待费']!['主要原因'];
    });
    expect(lines(doc, '一')[0]).toBe(`${UNIT}2024年度收入支出总计4554.51万元。与2023年度相比，收入支出总计【请填写：收入总计上年数】。主要原因：【请填写：收入总计主要原因】。`);
    expect(lines(doc, '七')[2]).toContain('公务接待费支出减少的主要原因是【请填写：公务接待费主要原因】。');
    expect(doc.gaps.map((g) => g.field).sort()).toEqual(['指标.公务接待费.主要原因', '指标.收入总计.上年数', '指标.收入总计.主要原因']);
  });
});

describe('上海 preset: 年度 and 单位名称 from the workbook when 说明数据 has none', () => {
  it('reads both from a cover title 上海市示范服务局2024年度部门决算表, and says so at each figure', () => {
    const json = JSON.parse(JSON.stringify(shanghai2024Supplement)) as Json;
    delete json['单位名称'];
    delete json['年度'];
    const grid = toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)));
    const cover = { name: '封面', rows: [[null], [null, '上海市示范服务局2024年度部门决算表']] };
    const doc = generateNarrative(recognise({ sheets: [cover, ...grid.sheets] }), parseSupplementJson(json).supplement, shanghai);
    expect(lines(doc, '一')).toEqual(lines(narrate(), '一'));
    expect(doc.title).toBe(`${UNIT}2024年度部门决算`);
    expect(doc.gaps).toEqual([]);
    const first = explanationPart(doc).sections[0]!.blocks[0]!;
    const runs = first.kind === 'paragraph' ? first.runs : [];
    const coverCell = { kind: 'cell', cell: { sheet: '封面', row: 1, col: 1 } };
    expect(runs.find((r) => r.text === '2024')).toEqual({ text: '2024', source: coverCell });
    expect(runs.find((r) => r.text === '2023')).toEqual({ text: '2023', source: { kind: 'derived', from: [coverCell] } });
  });
});

describe('上海 preset: a fund 项 that spent nothing, a fund with balances only, spending that shows as 0.00 万元', () => {
  const fund = (opening: number, income: number, spent: number): FinalAccountsData['govFund'] =>
    ['total', '229', '22960', '2296002'].map((code) => ({
      code,
      name: { total: '合计', '229': '其他支出', '22960': '彩票公益金安排的支出', '2296002': '用于社会福利的彩票公益金支出' }[code]!,
      values: { openingBalance: opening, yearIncome: income, yearExpenditure: spent, basic: 0, project: spent, closingBalance: opening + income - spent },
    }));

  it('a 政府性基金 项 budgeted but not spent is said under 八 with its budget, not under 五（三）', () => {
    const doc = narrate(undefined, { ...shanghai2024, govFund: fund(10, 150, 0) });
    expect(lines(doc, '八')).toEqual([
      '政府性基金预算财政拨款收入150.00万元，支出0.00万元，支出具体情况如下：',
      '1、其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）。主要用于：资助社区养老服务设施运营。年初预算为150.00万元，支出决算为0.00万元。决算数小于预算数的主要原因：部分项目有结余，结转下年使用。',
    ]);
    expect(lines(doc, '五').join('\n')).not.toContain('彩票公益金');
    expect(doc.gaps).toEqual([]);
  });

  it('a 政府性基金 项 in the 说明数据 while table 08 is left out: not listed under 五（三） as 一般公共预算’s with 支出决算为0.00万元 (table 03 shows its 款 spent 145.60)', () => {
    const { supplement } = parseSupplementJson(JSON.parse(JSON.stringify(shanghai2024Supplement)));
    const grid = toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)));
    const without08 = { ...grid, sheets: grid.sheets.filter((s) => s.name !== recognise(grid).tables.govFund!.sheet) };
    const doc = generateNarrative(recognise(without08), supplement, shanghai);
    expect(lines(doc, '五').join('\n')).not.toContain('2296002');
    expect(lines(doc, '五').join('\n')).not.toContain('彩票公益金');
    expect(lines(doc, '八')).toEqual(['政府性基金预算财政拨款收入150.00万元，支出145.60万元。']);
  });

  it('a 政府性基金 with 收入 and no 项 to list: its sentence ends there, not with a dangling 支出具体情况如下：', () => {
    const doc = narrate((j) => delete j.指标['2296002'], { ...shanghai2024, govFund: fund(0, 150, 0) });
    expect(lines(doc, '八')).toEqual(['政府性基金预算财政拨款收入150.00万元，支出0.00万元。']);
  });

  it('a 政府性基金 with a balance carried over and no 收入 or 支出: the template’s sentence, which is true', () => {
    // Table 04 agrees: the fund's column holds only its balance. The 项's 年初预算 stays in the 说明数据.
    const fiscalSummary = {
      ...shanghai2024.fiscalSummary,
      expenditure: shanghai2024.fiscalSummary.expenditure.map((l) => ({ ...l, values: { ...l.values, govFund: l.key === 'closingBalance' || l.key === 'grandTotal' ? 10 : 0 } })),
    };
    const doc = narrate(undefined, { ...shanghai2024, govFund: fund(10, 0, 0), fiscalSummary });
    expect(lines(doc, '八')).toEqual([`${UNIT}2024年度无政府性基金预算财政拨款收入和支出。`]);
  });

  it('“三公” spending of 40 元 (0.00 万元) is not said to be none; nor is a 机关运行经费 of 40 元', () => {
    const tiny = { total: 0.004, overseasTravel: 0, vehicles: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0.004 };
    const zeros = { total: 0, overseasTravel: 0, vehicles: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0 };
    // Tables in 元, as the 40 元 is written; the 说明数据 in 万元.
    const doc = narrate((j) => (j.指标['机关运行经费']!['本年数'] = 0.004), { ...shanghai2024, threePublicCosts: { budget: zeros, actual: tiny } }, { unit: '元' });
    expect(lines(doc, '七').join('\n')).not.toContain('无“三公”经费财政拨款支出');
    expect(lines(doc, '七').join('\n')).toContain('公务接待费支出决算为0.00万元');
    expect(lines(doc, '十一').join('\n')).not.toContain('无机关运行经费支出');
    expect(lines(doc, '十一')[1]).toContain('机关运行经费支出0.00万元');
    // A “三公” 预算 of 40 元 and nothing spent: nothing to compare at 0.00万元, and 无“三公”经费财政拨款支出 is true.
    const budgeted = narrate(undefined, { ...shanghai2024, threePublicCosts: { budget: tiny, actual: zeros } }, { unit: '元' });
    expect(lines(budgeted, '七')).toEqual([`${UNIT}2024年度无“三公”经费财政拨款支出。`]);
  });

  it('a “三公” 合计 left at 0 beside items that spent: not said to be none (the audit says the 合计 is wrong)', () => {
    const actual = { ...shanghai2024.threePublicCosts.actual, total: 0 };
    const doc = narrate(undefined, { ...shanghai2024, threePublicCosts: { ...shanghai2024.threePublicCosts, actual } });
    expect(lines(doc, '七').join('\n')).not.toContain('无“三公”经费财政拨款支出');
    expect(lines(doc, '七').join('\n')).toContain('公务接待费支出决算为3.20万元');
  });
});

describe('上海 preset: §五（三） when table 05 lists no 项', () => {
  const totalOnly: FinalAccountsData = { ...shanghai2024, generalBudgetExpenditure: shanghai2024.generalBudgetExpenditure.filter((l) => l.code === 'total') };

  it('a table 05 printed with its 合计 alone: each 说明数据 项 gets a gap for its 决算, never 支出决算为0.00万元', () => {
    const doc = narrate(undefined, totalOnly);
    const items = lines(doc, '五').filter((l) => /^\d+、/.test(l));
    expect(items).toHaveLength(9);
    for (const item of items) expect(item).toMatch(/支出决算为【请填写：[^】（]+（\d{7}）】万元/);
    expect(lines(doc, '五').join('\n')).not.toContain('支出决算为0.00万元');
  });

  it('no 项 to list at all: the intro ends with its own sentence, not a dangling 其中：', () => {
    const doc = narrate((j) => {
      for (const key of Object.keys(j.指标)) if (/^\d{7}$/.test(key)) delete j.指标[key];
    }, totalOnly);
    const section = lines(doc, '五');
    const intro = section[section.indexOf('（三）一般公共预算财政拨款支出决算具体情况') + 1]!;
    expect(intro).toMatch(/^一般公共预算财政拨款支出年初预算为4052\.43万元，支出决算为4029\.01万元，完成年初预算的99\.42%。决算数小于预算数的主要原因：[^。]+。$/);
    expect(section.join('\n')).not.toContain('其中：');
  });
});

describe('上海 preset, 一 and 四: 收入支出总计 is one figure only where 收入总计 and 支出总计 agree', () => {
  /** The fixture with table 01's and table 04's 支出 总计 set apart from their 收入 总计. */
  const apart: FinalAccountsData = {
    ...shanghai2024,
    summary: { ...shanghai2024.summary, expenditure: shanghai2024.summary.expenditure.map((l) => (l.key === 'grandTotal' ? { ...l, amount: 4550.11 } : l)) },
    fiscalSummary: {
      ...shanghai2024.fiscalSummary,
      expenditure: shanghai2024.fiscalSummary.expenditure.map((l) => (l.key === 'grandTotal' ? { ...l, values: { ...l.values, total: 4174.61 } } : l)),
    },
  };

  it('totals that differ: a gap saying by how much, not the 收入 side as both', () => {
    const doc = narrate(undefined, apart);
    expect(lines(doc, '一')[0]).toMatch(
      new RegExp(`^${UNIT}2024年度收入支出总计【请填写：收入支出决算总表“收入总计”“支出总计”（收入总计4554\\.51万元与支出总计4550\\.11万元不等，不能说成一个数：请核对）】万元。`),
    );
    expect(lines(doc, '四')[0]).toMatch(/^上海市示范服务局2024年度财政拨款收入支出总计【请填写：[^】]*“收入总计”“支出总计”（收入总计4189\.01万元与支出总计4174\.61万元不等，不能说成一个数：请核对）】万元。/);
    expect(doc.gaps.map((g) => g.field)).toEqual(expect.arrayContaining(['表01.收入支出总计', '表04.收入支出总计']));
  });

  it('totals that agree: the figure, sourced from both cells', () => {
    const doc = narrate();
    const run = explanationPart(doc).sections[0]!.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : [])).find((r) => r.text === '4554.51');
    expect(run && 'source' in run && run.source.kind === 'derived' ? run.source.from.length : 0).toBe(2);
  });
});

describe('上海 preset, 第一部分 二、: 部门决算单位构成, or 机构设置 for a department of a single unit', () => {
  /** 第一部分 as the 公开说明 sheet and the .docx print it: headings and paragraphs. */
  const profileLines = (doc: NarrativeDocument) => {
    const lines = documentLines(doc).map((l) => l.text);
    return lines.slice(lines.indexOf(doc.parts[0]!.number + ' ' + doc.parts[0]!.title), lines.indexOf(doc.parts[1]!.number + ' ' + doc.parts[1]!.title));
  };
  const SAMPLE = path.join(__dirname, '..', '..', '..', 'assets', 'samples', 'changji-2022.data.json');

  it('the sample (单位无下属预算单位, 机构设置 given, no 决算单位构成): 二、机构设置 with its text, no 下属单位 claimed', () => {
    const { supplement, problems } = parseSupplementJson(JSON.parse(readFileSync(SAMPLE, 'utf8')));
    expect(problems).toEqual([]);
    const doc = generateNarrative(recognise(toGrid(buildWorkbook(changji2022, standardPlan(changji2022)))), supplement, shanghai);
    const lines = profileLines(doc);
    expect(lines.slice(0, 2)).toEqual(['第一部分 新疆昌吉州政务服务和公共资源交易管理局概况', '一、主要职能']);
    expect(lines.slice(3)).toEqual([
      '二、机构设置',
      '单位无下属预算单位，下设9个处室，分别是：办公室（组织人事科）、工程建设交易服务一科、工程建设交易服务二科、政府采购交易服务科、政务服务科、矿业权及产权交易服务科、信息科、“放管服”改革和优化营商环境督办科、“12345”政务服务便民热线受理中心。',
    ]);
    expect(documentLines(doc).map((l) => l.text).join('\n')).not.toMatch(/下属行政事业单位|部门决算单位构成/);
    expect(doc.gaps.map((g) => g.field)).not.toContain('事项.决算单位构成');
  });

  it('several units (决算单位构成 lists three): 二、部门决算单位构成 as the template words it', () => {
    expect(profileLines(narrate()).slice(3)).toEqual([
      '二、部门决算单位构成',
      `从预算单位构成看，${UNIT}部门决算包括：${UNIT}本级决算、下属行政事业单位决算。`,
      `纳入${UNIT}2024年度部门决算编制范围的单位包括：上海市示范服务局（本级）、上海市示范服务中心、上海市示范服务研究所。`,
    ]);
  });

  it('several units none of which is the 本级: no 本级决算 claimed, only the 下属 units the data lists', () => {
    const doc = narrate((j) => {
      j.事项['决算单位构成'] = '上海市示范服务中心、上海市示范服务研究所';
    });
    expect(profileLines(doc).slice(3)).toEqual([
      '二、部门决算单位构成',
      `从预算单位构成看，${UNIT}部门决算包括：下属行政事业单位决算。`,
      `纳入${UNIT}2024年度部门决算编制范围的单位包括：上海市示范服务中心、上海市示范服务研究所。`,
    ]);
    expect(doc.gaps).toEqual([]);
  });

  it('the 本级 named as the department itself, 本级 or 机关: the template’s sentence', () => {
    for (const benji of [UNIT, `${UNIT}本级`, `${UNIT}(本级)`, `${UNIT}机关`, '示范服务局（本级）']) {
      const doc = narrate((j) => {
        j.事项['决算单位构成'] = `${benji}、上海市示范服务中心`;
      });
      expect(profileLines(doc)[4]).toBe(`从预算单位构成看，${UNIT}部门决算包括：${UNIT}本级决算、下属行政事业单位决算。`);
    }
  });

  it('决算单位构成 naming the 本级 unit alone is a single unit: 机构设置, a gap where it is not given', () => {
    const alone = narrate((j) => {
      j.单位性质 = '行政单位';
      j.事项['决算单位构成'] = '上海市示范服务局（本级）';
      j.事项['机构设置'] = '局内设办公室、规划处、服务处。';
    });
    expect(profileLines(alone).slice(3)).toEqual(['二、机构设置', '局内设办公室、规划处、服务处。']);
    const withoutText = narrate((j) => {
      j.单位性质 = '行政单位';
      j.事项['决算单位构成'] = '上海市示范服务局';
    });
    expect(profileLines(withoutText).slice(3)).toEqual(['二、机构设置', '【请填写：机构设置】。']);
    expect(withoutText.gaps.map((g) => g.field)).toEqual(['事项.机构设置']);
  });

  it('决算单位构成 beside a 机构设置: the units decide, several units keep 部门决算单位构成', () => {
    const doc = narrate((j) => {
      j.事项['机构设置'] = '局内设办公室、规划处、服务处。';
    });
    expect(profileLines(doc)[3]).toBe('二、部门决算单位构成');
    expect(profileLines(doc).join('\n')).not.toContain('规划处');
  });

  it('neither given: no claim of 下属单位, one paragraph asking for the one that applies, both in the gap list', () => {
    const doc = narrate((j) => {
      j.单位性质 = '行政单位';
      delete j.事项['决算单位构成'];
    });
    expect(profileLines(doc).slice(3)).toEqual([
      '二、部门决算单位构成',
      '【请填写：决算单位构成（有下属单位的部门，本节为“部门决算单位构成”）】或【请填写：机构设置（仅有一个单位的部门，本节为“机构设置”）】',
    ]);
    expect(doc.gaps.map((g) => [g.field, g.sections])).toEqual([
      ['事项.决算单位构成', [`${UNIT}概况`]],
      ['事项.机构设置', [`${UNIT}概况`]],
    ]);
  });

  const SETTING = '局内设办公室、规划处、服务处。';
  const onlySetting = (setting: string, kind = '行政单位') =>
    narrate((j) => {
      j.单位性质 = kind;
      delete j.事项['决算单位构成'];
      j.事项['机构设置'] = setting;
    });

  it('机构设置 alone of a department of several units (单位性质 混合): no 机构设置 written as of one unit, a gap asking for 决算单位构成', () => {
    const doc = onlySetting(SETTING, '混合');
    expect(profileLines(doc).slice(3)).toEqual([
      '二、部门决算单位构成',
      '【请填写：决算单位构成（单位性质为“混合”（所属单位性质不同），部门有多个单位：请逐一列出，本节为“部门决算单位构成”）】',
    ]);
    expect(doc.gaps.map((g) => g.field)).toContain('事项.决算单位构成');
  });

  it('机构设置 alone counting or naming 下属单位: a gap, not 机构设置 as of one unit', () => {
    for (const setting of ['局内设办公室、规划处，下属事业单位2个。', '局内设3个处室和1个事业单位。', '局机关内设办公室；所属单位：上海市示范服务中心、上海市示范服务研究所。']) {
      const doc = onlySetting(setting);
      expect(profileLines(doc).slice(3)).toEqual([
        '二、部门决算单位构成',
        '【请填写：决算单位构成（机构设置写有下属单位，部门有多个单位：请逐一列出，本节为“部门决算单位构成”）】',
      ]);
    }
  });

  it('机构设置 alone saying nothing of 下属单位: which case applies is asked, not chosen', () => {
    const doc = onlySetting(SETTING);
    expect(profileLines(doc).slice(3)).toEqual([
      '二、部门决算单位构成',
      '【请填写：决算单位构成（机构设置未说明有无下属单位：有下属单位的部门逐一列出各单位，本节为“部门决算单位构成”；仅有一个单位的部门填本单位名称，本节为“机构设置”）】',
    ]);
    expect(doc.gaps.map((g) => g.field)).toContain('事项.决算单位构成');
    expect(doc.gaps.map((g) => g.field)).not.toContain('事项.机构设置');
  });

  it('机构设置 saying there is no 下属单位: 机构设置, as of one unit', () => {
    const doc = onlySetting('局无下属预算单位，内设办公室、规划处、服务处。');
    expect(profileLines(doc).slice(3)).toEqual(['二、机构设置', '局无下属预算单位，内设办公室、规划处、服务处。']);
  });

  it('data that disagrees (决算单位构成 of one unit, a 混合 department): a gap saying so', () => {
    const doc = narrate((j) => {
      j.事项['决算单位构成'] = '上海市示范服务局（本级）';
      j.事项['机构设置'] = SETTING;
    });
    expect(profileLines(doc).slice(3)).toEqual([
      '二、部门决算单位构成',
      '【请填写：决算单位构成（说明数据前后不一：决算单位构成只列出一个单位，但单位性质为“混合”（所属单位性质不同）；请核对，有下属单位的部门逐一列出各单位，本节为“部门决算单位构成”；仅有一个单位的部门填本单位名称，本节为“机构设置”）】',
    ]);
  });
});
