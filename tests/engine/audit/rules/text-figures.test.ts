import rule from '../../../../src/engine/audit/rules/textFigures';
import { sample, testRule, sheet } from '../../../support/ruleTester';
import { withShanghaiDistrictThreePublic, withThreePublicWithoutSubtotal } from '../../../support/layouts';
import { correctTexts, shanghaiFixture, withShanghaiIndicators } from '../../../support/referenceText';
import { changji2022 } from '../../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../../fixtures/workbook';
import { shanghai2024 } from '../../../../fixtures/shanghai-2024/tables';
import { GENERAL_BUDGET_COLUMNS, line, subjects } from '../../../../fixtures/subjectLines';
import type { FinalAccountsData } from '../../../../fixtures/data';
import type { WorkbookGrid } from '../../../../src/engine/grid/cell';

/** The 上海 sample with 229 其他支出 spent from two funds: 20.00 of 一般公共预算 (table 05) beside table 08's 145.60. */
function classInTwoFunds(): FinalAccountsData {
  const added = subjects(GENERAL_BUDGET_COLUMNS, [line('229', '其他支出', 20, 20, 0), line('22999', '其他支出', 20, 20, 0), line('2299999', '其他支出', 20, 20, 0)]);
  const class229 = <T extends { key: string }>(l: T, change: (l: T) => T) => (l.key === '229' ? change(l) : l);
  return {
    ...shanghai2024,
    generalBudgetExpenditure: [...shanghai2024.generalBudgetExpenditure, ...added].map((l) => (l.code === 'total' ? { ...l, values: { ...l.values, total: 4049.01, basic: 3129.01 } } : l)),
    fiscalSummary: { ...shanghai2024.fiscalSummary, expenditure: shanghai2024.fiscalSummary.expenditure.map((l) => class229(l, (x) => ({ ...x, values: { ...x.values, total: 165.6, generalBudget: 20 } }))) },
    summary: { ...shanghai2024.summary, expenditure: shanghai2024.summary.expenditure.map((l) => class229(l, (x) => ({ ...x, amount: 165.6 }))) },
    expenditure: shanghai2024.expenditure.map((l) => (l.code === '229' ? { ...l, values: { ...l.values, yearExpenditure: 165.6 } } : l)),
  };
}

/** The 昌吉 sample with every 三公 item spent: 因公出国（境）费 1.50, 公务用车 2.00 购置 + 2.79 运行维护 (4.79), 公务接待费 0.20; 6.49 in all. */
function threePublicAllSpent(): WorkbookGrid {
  const data: FinalAccountsData = {
    ...changji2022,
    threePublicCosts: { ...changji2022.threePublicCosts, actual: { total: 6.49, overseasTravel: 1.5, vehicles: 4.79, vehiclePurchase: 2, vehicleOperation: 2.79, reception: 0.2 } },
  };
  return toGrid(buildWorkbook(data, standardPlan(data)));
}

/** threePublicAllSpent with table 06's 30212 因公出国（境）费 0.20 beside its 30217 公务接待费 0.20 (table 07's: 1.50, 0.20). */
function threePublicWithEconomicOverseas(): WorkbookGrid {
  const data: FinalAccountsData = {
    ...changji2022,
    threePublicCosts: { ...changji2022.threePublicCosts, actual: { total: 6.49, overseasTravel: 1.5, vehicles: 4.79, vehiclePurchase: 2, vehicleOperation: 2.79, reception: 0.2 } },
    generalBudgetBasic: {
      ...changji2022.generalBudgetBasic,
      public: [...changji2022.generalBudgetBasic.public, { code: '30212', name: '因公出国（境）费用', values: { amount: 0.2 } }],
    },
  };
  return toGrid(buildWorkbook(data, standardPlan(data)));
}

const T4 = '财政拨款收入支出决算总表';
const T5 = '一般公共预算财政拨款支出决算表';

/** The sample with 1.00 万元 of 公务用车购置费: the car items 5.79 (购置 1.00, 运行维护 4.79), the 三公 5.99. */
function withCarBought(): WorkbookGrid {
  const data = JSON.parse(JSON.stringify(changji2022)) as typeof changji2022;
  Object.assign(data.threePublicCosts.actual, { total: 5.99, vehicles: 5.79, vehiclePurchase: 1 });
  return toGrid(buildWorkbook(data, standardPlan(data)));
}

testRule(rule, {
  valid: [
    {
      // helper-h237: a 款 named alone with its amount (…(款)支出…) was unread; right, it gives nothing.
      name: 'a 款 named alone with its figure, right',
      sheets: [
        sheet('公开说明', [
          ['政府办公厅（室）及相关机构事务（款）支出1,225.73万元。'],
          ['行政事业单位养老支出（款）47.25万元，住房改革支出（款）37.84万元。'],
          // A run of 款 with their sum: no one's figure.
          ['行政事业单位养老支出（款）、住房改革支出（款）85.09万元。'],
          // helper-h246: two 款 or 项 joined by 和 (or 、) with one amount: their sum, right.
          ['政府办公厅（室）及相关机构事务（款）和行政事业单位养老支出（款）1,272.98万元。'],
          ['行政运行（项）和一般行政管理事务（项）941.36万元；主要用于行政运行（项）、一般行政管理事务（项）941.36万元。'],
          // Table 03's (all sources) in a sentence about 本年支出; a list of amounts, each its own; a budget's, a balance's parts.
          ['2022年度本年支出1,488.29万元，主要用于：行政运行（项）和事业运行（项）632.35万元。'],
          ['行政运行（项）和一般行政管理事务（项）223.14万元、718.22万元。'],
          ['年初预算中，行政运行（项）和一般行政管理事务（项）951.36万元。'],
          // A run of 项 ending a chain (…(款)行政运行(项)和…(项)…): their sum under the 款, right (held to 0.00 as a 项 the table lacks
          // it was a 错误; helper-h252). A list of amounts after, a 项 not of the 款, a budget's: not read.
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）和一般行政管理事务（项）941.36万元。'],
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）、一般行政管理事务（项）、事业运行（项）1,225.74万元。'],
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）和一般行政管理事务（项）223.14万元、718.22万元。'],
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）和机关服务（项）300.00万元。'],
          ['年初预算中，一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）和一般行政管理事务（项）951.36万元。'],
        ]),
      ],
    },
    {
      // helper-h237: an income source named as a source of a spending (…支出…，其中：财政拨款支出…，事业收入…; 资金来源为：…) was read
      // as table 02's 事业收入 (0.00 in the sample): a right sentence was a 错误. It is that spending's part, no table's.
      name: 'an income source named as a source of a spending, not table 02’s income',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年支出合计1,488.29万元，资金来源为：财政拨款1,363.45万元、事业收入124.84万元。'],
          ['2022年度本年支出合计1,488.29万元，其中：财政拨款支出1,363.45万元，事业收入124.84万元，其他收入0.00万元。'],
          // Nor 财政拨款 bare after a source in the list (read as 财政拨款收入 1,363.45, a right sentence was a 错误).
          ['2022年度本年支出合计1,488.29万元，资金来源为：其他收入124.84万元、财政拨款1,300.00万元。'],
          ['基本支出770.07万元，其中：事业收入10.00万元，财政拨款760.00万元，其他收入0.07万元。'],
        ]),
      ],
    },
    {
      // helper-h132: a 分别 list of 类 right after the document's year could not start there (CLASS_LIST starts after no
      // Chinese word): unread. Right, it gives nothing; after last year's year, it is last year's list, not compared with
      // this year's tables.
      name: 'a 分别 list of 类 after the document’s year, right; the same list after last year’s year, not compared',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共服务支出、社会保障和就业支出、住房保障支出分别为1225.73万元、47.25万元、37.84万元。'],
          ['2022年一般公共服务支出和住房保障支出分别为1,225.73万元、37.84万元。'],
          ['本年度（2022年）一般公共服务支出、住房保障支出分别为1225.73万元、37.84万元。'],
          ['2021年度一般公共服务支出、社会保障和就业支出、住房保障支出分别为1000.00万元、40.00万元、30.00万元。'],
          ['2021年一般公共服务支出和住房保障支出分别为1,000.00万元、30.00万元。'],
          ['上年（2021年）一般公共服务支出、住房保障支出分别为1000.00万元、30.00万元。'],
          ['2021年和2022年一般公共服务支出、住房保障支出分别为1000.00万元、30.00万元。'],
        ]),
      ],
    },
    {
      // helper-h135: a 分别 list of 类 after a comma was read whatever year its sentence opens on (2021年度，一般公共服务支出、…
      // 分别为…: last year's list, a 错误 on a correct sentence). Not read after another year (the last one named before it); read
      // after the document's year or 本年/本年度 right before it (right, nothing); 上年/上年度 right before it, not read.
      name: 'a 分别 list of 类 after a comma in a sentence opening on last year, not compared; after 本年/本年度, right',
      sheets: [
        sheet('公开说明', [
          ['2021年度，一般公共服务支出、社会保障和就业支出分别为1000.00万元、40.00万元。'],
          ['2021年，本单位一般公共服务支出和住房保障支出分别为1,000.00万元、30.00万元。'],
          ['2022年度收入总计1,488.29万元；2021年度，一般公共服务支出、住房保障支出分别为1000.00万元、30.00万元。'],
          ['2021年和2022年，一般公共服务支出、住房保障支出分别为1000.00万元、30.00万元。'],
          ['2022年度，一般公共服务支出、社会保障和就业支出、住房保障支出分别为1225.73万元、47.25万元、37.84万元。'],
          ['本年一般公共服务支出、住房保障支出分别为1225.73万元、37.84万元。'],
          ['本年度一般公共服务支出和社会保障和就业支出分别为1,225.73万元、47.25万元。'],
          ['上年一般公共服务支出、住房保障支出分别为1000.00万元、30.00万元。'],
          ['上年度一般公共服务支出、住房保障支出分别为1000.00万元、30.00万元。'],
          // 上年 and 去年 opening the sentence too (a false 错误 each before), not 比上年 nor 上年结转 (the list is this year's).
          ['上年度，一般公共服务支出、住房保障支出分别为1000.00万元、30.00万元。'],
          ['去年，本单位一般公共服务支出和住房保障支出分别为1,000.00万元、30.00万元。'],
          ['2022年度比上年增加，一般公共服务支出、住房保障支出分别为1225.73万元、37.84万元。'],
          ['上年结转和结余为0，一般公共服务支出、住房保障支出分别为1225.73万元、37.84万元。'],
        ]),
      ],
    },
    {
      // helper-h131: a 分别 list of 类 with fewer amounts than names, after words the list's pattern cannot start at
      // (2022年度一般公共服务支出、…): read from its second name, each amount paired with the name before its own (社会保障和就业支出
      // 1,225.73万元: a 错误 naming the wrong 类). Not read: which amount is whose is not known.
      name: 'a 分别 list of 类 with fewer amounts than names, after a year (2022年度…、…、…分别为…、…)',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共服务支出、社会保障和就业支出、住房保障支出分别为1225.73万元、47.25万元。'],
          ['其中：一般公共服务支出和社会保障和就业支出、住房保障支出分别为1225.73万元、47.25万元。'],
        ]),
      ],
    },
    {
      // helper-h128: 日常公用经费 is table 06's 公用经费 in some documents and a part of it (商品和服务支出, or less) in others:
      // ambiguous, it is not read as 公用经费 (held to table 06's 67.39, a correct sentence was a 错误).
      name: '日常公用经费, which may be 公用经费 or a part of it (2022年度日常公用经费由上年的80.00万元减少至60.00万元)',
      sheets: [
        sheet('公开说明', [
          ['2022年度日常公用经费由上年的80.00万元减少至60.00万元。'],
          ['2022年度日常公用经费60.00万元，比上年减少20.00万元，下降25.00%。'],
        ]),
      ],
    },
    {
      // helper-h126: an amount per head or per vehicle (人均公用经费2.04万元, 人均“三公”经费…, 单车运行维护费…) is no figure of the
      // tables: held to the total, a correct sentence was a 错误.
      name: 'an amount per head or per vehicle (人均公用经费…, 在职人员人均人员经费…, 单车运行维护费…)',
      sheets: [
        sheet('公开说明', [
          ['2022年度人均公用经费2.04万元。'],
          ['2022年度人均公用经费由上年的2.50万元减少至2.04万元。'],
          ['2022年度人均“三公”经费0.15万元。'],
          ['2022年度在职人员人均人员经费由上年的18.00万元减少至17.51万元。'],
          ['2022年度公务用车购置及运行维护费4.79万元，单车运行维护费1.60万元。'],
        ]),
      ],
    },
    {
      // helper-h119: a sum over years (累计/合计/共计 after 2019年至2022年, “十三五”期间, 近三年, 自2019年以来) is no figure of
      // this year's tables (held to table 07's 三公, a 错误 on a correct sentence).
      name: 'a sum over several years: 2019年至2022年…累计, 2020—2022年…合计, “十三五”期间, 近三年, 自2019年以来',
      sheets: [
        sheet('公开说明', [
          ['2019年至2022年，本单位累计压减“三公”经费支出3.01万元。'],
          ['2020—2022年，本部门“三公”经费支出合计15.01万元。'],
          ['近三年，本单位“三公”经费支出共计15.20万元，呈逐年下降趋势。'],
          ['自2019年以来，本单位累计压减“三公”经费支出3.01万元。'],
          ['“十三五”时期，本单位累计压减公务接待费1.20万元。'],
          ['2022年度“三公”经费财政拨款支出4.99万元；2019年至2022年累计压减“三公”经费支出3.01万元。'],
        ]),
      ],
    },
    {
      // review (stop 55): a sum followed by this year's part of it is over years though no span of years opens the sentence
      // (held to table 07's 三公, a 错误 on a correct sentence).
      name: 'a sum followed by this year’s part of it: “三公”经费累计支出10.00万元，其中2022年度4.99万元',
      sheets: [sheet('公开说明', [['本单位“三公”经费累计支出10.00万元，其中2022年度4.99万元。'], ['“三公”经费累计支出10.00万元，2022年度支出4.99万元。']])],
    },
    {
      // helper-h111: table 06's 公务接待费 (30217, 0.15) below table 07's (0.20, of all 财政拨款): in a sentence about 公用经费
      // with no 三公, the 三公 item's figure beside its change from last year was held to table 06's alone (a 错误 on a correct
      // sentence). Either table's figure is the item's; table 06's still is (公用经费…主要用于…公务接待费0.15万元).
      name: 'a 三公 item named beside 公用经费 with no 三公: table 07’s figure or table 06’s 款',
      edits: [['一般公共预算财政拨款基本支出决算表', 'F13', 0.15]],
      sheets: [
        sheet('公开说明', [
          ['2022年度公用经费67.39万元，比上年减少25.56万元；公务接待费0.20万元，比上年减少0.06万元。'],
          ['2022年度公用经费67.39万元，主要用于办公费8.46万元、公务接待费0.15万元。'],
        ]),
      ],
    },
    {
      // helper-h105: the wordings the invalid cases below hold, right; 总收入 may be the 本年收入合计 or the 收入总计.
      name: 'the totals as 总收入/总支出 and as 收入、支出总计分别为…、…, right',
      sheets: [
        sheet('公开说明', [
          ['2022年度本单位总收入1372.79万元，总支出1488.29万元。'],
          ['2022年度本单位总收入1488.29万元，总支出1488.29万元。'],
          ['2022年度收入、支出总计分别为1488.29万元、1488.29万元，与上年相比分别减少312.94万元、312.94万元，分别下降17.37%、17.37%。'],
          ['2022年度收、支总计分别为1488.29万元、1488.29万元。'],
          ['2022年度财政拨款收入、支出总计分别为1363.45万元、1363.45万元。'],
          ['财政拨款收入1363.45万元，占总收入的99.32%；基本支出770.07万元，占总支出的51.74%。'],
          ['2022年度财政拨款收入1363.45万元，财政拨款支出1363.45万元，与2021年相比，财政拨款收入、支出均增加660.56万元。'],
          ['一般公共服务支出、社会保障和就业支出、卫生健康支出、住房保障支出、其他支出分别为1225.73万元、47.25万元、34.07万元、37.84万元、18.55万元。'],
          ['一般公共预算财政拨款支出中，一般公共服务（类）支出和住房保障支出分别为1,225.73、37.84万元。'],
          ['2022年度国有资本经营预算财政拨款收入、支出均为0万元。'],
          ['2022年度行政单位医疗、事业单位医疗分别为8.28万元、17.46万元。'],
          ['行政运行(项)、一般行政管理事务(项)和事业运行(项)分别为223.14、718.22、284.38万元。'],
          ['2022年度基本支出、项目支出分别为770.07万元和718.22万元。'],
          ['2022年度政府性基金预算财政拨款收入、支出及结转和结余均为0.00万元。'],
        ]),
      ],
    },
    {
      name: 'a 类 named with its code after its name (一般公共服务支出（201）1,225.73万元): its own figure',
      sheets: [
        sheet('公开说明', [
          ['1.一般公共服务支出(201)1,225.73万元；社会保障和就业支出（208）47.25万元；卫生健康支出（210）34.07万元；住房保障支出（221）37.84万元；其他支出（229）18.55万元。'],
          ['一般公共服务（201）支出1,225.73万元，主要用于机关运转。'],
        ]),
      ],
    },
    {
      name: 'the figures of table 05 named without 财政拨款 as 内蒙古 writes them (一般公共预算基本支出…, 一般公共预算项目支出…, 一般公共预算支出…)',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算基本支出645.23万元，其中：人员经费577.84万元，主要包括基本工资；公用经费67.39万元，主要包括办公费。'],
          ['2022年度一般公共预算支出1363.45万元，占本年支出合计的91.61%。2022年度一般公共预算项目支出718.22万元。'],
        ]),
      ],
    },
    {
      // helper-h93: §十一's evaluated projects' funds were held to table 05's whole (a false 错误, wording of many provinces).
      name: 'funds a sentence says its projects involve (涉及一般公共预算财政拨款支出…) are a part, not the table’s figure',
      sheets: [
        sheet('公开说明', [
          ['2022年度本部门对9个项目开展了绩效自评，涉及一般公共预算财政拨款支出748.11万元。'],
          ['开展绩效自评的项目9个，共涉及一般公共预算项目支出748.11万元。'],
          ['本部门开展绩效自评项目9个，涉及资金748.11万元，其中一般公共预算支出748.11万元。'],
        ]),
      ],
    },
    {
      name: 'the 三公 figures under 一般公共预算财政拨款 (table 07’s older title, still written so), each table 07’s',
      sheets: [
        sheet('公开说明', [
          ['2022年度本单位一般公共预算财政拨款“三公”经费支出4.99万元。'],
          ['一般公共预算财政拨款安排的公务接待费0.20万元，一般公共预算财政拨款公务用车购置及运行维护费4.79万元。'],
        ]),
      ],
    },
    {
      name: '财政拨款 figures with 本年 before them (其中：本年财政拨款收入…，本年财政拨款支出…)',
      sheets: [
        sheet('公开说明', [
          ['2022年度财政拨款支出总计1363.45万元，其中：本年财政拨款支出1363.45万元，年末财政拨款结转和结余0万元。'],
          ['2022年度，本单位财政拨款收入总计1363.45万元，其中：年初财政拨款结转和结余0万元，本年财政拨款收入1363.45万元。'],
        ]),
      ],
    },
    {
      name: 'parts after a whole’s 其中 that are the whole’s table’s (基本支出 of table 03 under 本年支出合计, of table 05 under 一般公共预算财政拨款支出), one a clause or one a line; a part named alone may be either’s',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年支出合计1,488.29万元，其中：基本支出770.07万元，项目支出718.22万元。'],
          ['2022年度本年支出1,488.29万元，其中：\n1.基本支出770.07万元，占51.74%；\n2.项目支出718.22万元，占48.26%。'],
          ['2022年度一般公共预算财政拨款支出1,363.45万元，其中：基本支出645.23万元，项目支出718.22万元。'],
          ['2022年度基本支出645.23万元，其中：人员经费577.84万元，公用经费67.39万元。'],
          ['2022年度本年支出合计1,488.29万元。基本支出645.23万元，主要用于人员经费和日常公用经费。'],
          // A nearer whole of another name: the parts are its (its table not said), not the 本年支出合计's further back.
          ['2022年度本年支出合计1,488.29万元，其中：财政拨款支出1,363.45万元（其中：基本支出645.23万元，项目支出718.22万元），其他资金支出124.84万元。'],
          ['2022年度支出合计1,488.29万元，其中：财政拨款支出1,363.45万元，包括基本支出645.23万元、项目支出718.22万元。'],
        ]),
      ],
    },
    {
      // A code with another subject's name is text-subject-names' to say; a number is no code; a budget is not the 决算.
      name: 'subjects named by code and name with their figures; a code whose name is another’s, a budget, a plain number not read as one',
      sheets: [
        sheet('公开说明', [
          ['2010301行政运行支出223.14万元，行政运行（2010350）223.14万元。'],
          ['20103政府办公厅（室）及相关机构事务1,225.73万元。2010350事业运行284.38万元。'],
          ['年初预算中，2010301行政运行230.00万元。'],
          ['共接待1000001人次公务接待费0.20万元。'],
        ]),
      ],
    },
    {
      name: '财政拨款支出 standing alone with its figure; after a part’s name it is that part’s (其中财政拨款支出…) and not read',
      sheets: [sheet('公开说明', [['2022年度财政拨款支出1,363.45万元。本部门财政拨款支出1,363.45万元。'], ['项目支出718.22万元，其中财政拨款支出718.22万元。']])],
    },
    {
      name: 'a 项 named alone (行政运行(项)…) with its figure; alone with words before its name it is not read (主要用于…)',
      sheets: [sheet('公开说明', [['2022年度行政运行(项)支出223.14万元。其中：一般行政管理事务(项)718.22万元，事业运行(项)284.38万元。'], ['主要用于行政运行(项)支出100.00万元。']])],
    },
    {
      // review45: each a false 错误 of the first reading of a 项 alone (reverted in 3eab843).
      name: 'a 项 named alone with an amount of another scope (table 03’s all sources, table 02’s income), a budget, last year’s, or a run of 项’s sum',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年支出1,488.29万元，主要用于行政运行（项）223.14万元、一般行政管理事务（项）718.22万元、事业运行（项）409.21万元。'],
          ['本年收入1,372.79万元，按支出功能分类：行政运行（项）223.14万元，事业运行（项）293.71万元。'],
          ['主要用于行政运行（项）、事业运行（项）507.52万元。'],
          ['年初预算中，行政运行（项）230.00万元，一般行政管理事务（项）700.00万元。'],
          ['2021年度决算中，行政运行（项）403.53万元。上年决算中行政运行（项）403.53万元。'],
        ]),
      ],
    },
    {
      // Two 款 may each have a 行政运行: the name alone does not say whose, and either's figure is right.
      name: 'a 项 named alone whose name two rows of table 05 share, with either row’s figure',
      edits: [[T5, 'B11', '行政运行']],
      sheets: [sheet('公开说明', [['行政运行(项)支出决算数为284.38万元。'], ['行政运行(项)支出决算数为223.14万元。']])],
    },
    {
      // 1,488.29 万元: each a true bound or round figure, compared as exact each was a 错误.
      name: 'an amount stated as a bound or a round figure (以上, 以下, 以内, 左右, 上下) is not the figure: not compared',
      sheets: [sheet('公开说明', [['2022年度收入总计1,400万元以上。'], ['收入总计1,500万元以下，支出总计1,500万元以内。'], ['收入总计1,490万元左右，支出总计14,882,900元上下。']])],
    },
    {
      name: 'the 中央 template’s totals (收入、支出决算总计, 财政拨款收入支出决算总计, 财政拨款收入、支出总计各…)',
      sheets: [sheet('公开说明', [['2022年度收入、支出决算总计1,488.29万元。'], ['2022年度财政拨款收入支出决算总计1,363.45万元。'], ['本部门2022年度财政拨款收入、支出总计各1363.45万元。'], ['2022年度收入、支出总计各1,488.29万元。']])],
    },
    {
      name: '财政拨款’s totals in other provinces’ words (财政拨款收入、支出决算总计, 收、支总计, 收支总计), and its 本年收入/本年支出 after them; the department’s named as such after them (占部门收入总计…)',
      sheets: [
        sheet('公开说明', [
          ['2022年度财政拨款收入、支出决算总计1,363.45万元。与2021年度相比，财政拨款收、支总计各增加660.56万元，增长93.98%。'],
          ['2022年度财政拨款收、支总计1,363.45万元，其中：本年收入1,363.45万元，年初结转和结余0万元。'],
          ['财政拨款收支总计1,363.45万元，其中：本年收入1,363.45万元，本年支出1,363.45万元。'],
          ['2022年度财政拨款收支总计1,363.45万元，占部门收入总计1,488.29万元的91.61%。'],
          ['财政拨款收、支总计1,363.45万元，比部门本年收入1,372.79万元少9.34万元。'],
          ['2022年度财政拨款收入、支出决算总计1,363.45万元，部门收入、支出决算总计1,488.29万元。'],
        ]),
      ],
    },
    {
      name: 'a 项’s 决算 in other provinces’ words (四川 ：2022年度决算…, 北京 支出…, ：决算数…, ，支出决算为…), and last year’s after its year',
      sheets: [
        sheet('公开说明', [
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：2022年度决算223.14万元，主要用于单位人员工资。'],
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）支出223.14万元，主要用于人员工资。'],
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：决算数223.14万元。'],
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项），支出决算为223.14万元。'],
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：2021年度决算230.00万元。'],
        ]),
      ],
    },
    {
      name: '人员经费 and 公用经费 of the department’s 基本支出 of all sources (no table gives them: table 06’s are 一般公共预算’s)',
      sheets: [sheet('公开说明', [['2022年度本年支出合计1,488.29万元，其中：基本支出770.07万元，占51.74%（其中人员经费700.00万元，公用经费70.07万元）；项目支出718.22万元，占48.26%。']])],
    },
    {
      name: 'a project’s or a kind of spending’s 本年收入/本年支出, not the department’s (§十一, 三公, 人员经费)',
      sheets: [
        sheet('公开说明', [
          ['该项目全年预算数228.00万元，本年支出228.00万元，预算执行率100%。'],
          ['“一件事”统一受理系统项目本年收入170.00万元，本年支出170.00万元。'],
          ['12345云呼叫中心平台技术服务运维费项目：年初预算220.00万元，本年支出228.00万元。'],
          ['“三公”经费本年支出4.99万元，比上年减少0.02万元。'],
          ['人员经费本年支出577.84万元，公用经费本年支出67.39万元。'],
        ]),
      ],
    },
    {
      // helper-85: 人员经费 inside 在职人员经费 was read as table 06's 人员经费合计 (577.84): a correct sentence, a 错误.
      name: '在职人员经费 and 离退休人员经费 (parts of 人员经费 no table prints) are not 人员经费',
      sheets: [
        sheet('公开说明', [
          ['2022年度在职人员经费500.00万元。'],
          ['2022年度本部门基本支出中在职人员经费556.87万元、离退休人员经费20.97万元、公用经费67.39万元。'],
          ['其中：在职人员经费556.87万元，退休人员经费20.97万元，编外人员经费12.00万元。'],
          ['在职职工人员经费556.87万元，离退休干部人员经费20.97万元。'],
        ]),
      ],
    },
    {
      // helper-85: each read as the whole label (table 03's 基本支出 or 项目支出, table 06's 人员经费), a 错误.
      name: 'a part of a label no table prints: the 项目支出’s 人员经费, a part paid from one source (其他资金安排的…, 上年结转…)',
      sheets: [
        sheet('公开说明', [
          ['项目支出中人员经费50.00万元。'],
          ['由其他资金安排的基本支出124.84万元。'],
          ['其中：财政拨款基本支出645.23万元，其他资金基本支出124.84万元。'],
          ['其他收入安排的项目支出10.00万元。'],
          ['2022年度上年结转项目支出0.00万元。'],
        ]),
      ],
    },
    {
      // helper-85: each compared with the department's whole (0.20, 577.84, 770.07), a 错误.
      name: 'one unit’s figure of a department of several (机关本级…, 所属事业单位…, 局机关…, 下属单位…)',
      sheets: [
        sheet('公开说明', [
          ['其中：机关本级公务接待费0.15万元，所属事业单位公务接待费0.05万元。'],
          ['本级人员经费500.00万元，下属单位人员经费77.84万元。'],
          ['局机关基本支出600.00万元，下属单位基本支出170.07万元。'],
        ]),
      ],
    },
    {
      // helper-85: compared with table 06's (577.84, 67.39), each a 错误.
      name: '人员经费 and 公用经费 after a 基本支出 stated as the department’s of all sources (table 03’s 770.07, not table 05’s)',
      sheets: [
        sheet('公开说明', [
          ['2022年度部门基本支出770.07万元，其中：人员经费700.00万元，公用经费70.07万元。'],
          ['本年支出1,488.29万元，其中基本支出770.07万元，包括人员经费700.00万元和公用经费70.07万元。'],
        ]),
      ],
    },
    {
      // helper-85: the sum was read as 公用经费's amount (67.39): a correct sentence, a 错误.
      name: 'the sum of listed labels (人员经费和公用经费合计…, …、…共计…), right (§六’s 基本支出 and 项目支出 table 05’s)',
      sheets: [
        sheet('公开说明', [
          ['2022年度人员经费和公用经费合计645.23万元。'],
          ['2022年度基本支出、项目支出共计1,488.29万元。'],
          ['一般公共预算财政拨款支出中，基本支出和项目支出合计1,363.45万元。'],
          ['因公出国（境）费、公务用车购置及运行维护费和公务接待费合计4.99万元。'],
          // helper-h236: 共 and 合计共 (not in CONNECTOR) left the sum unread.
          ['人员经费和公用经费共645.23万元；人员经费和公用经费合计共645.23万元；基本支出、项目支出共计为1,488.29万元。'],
        ]),
      ],
    },
    {
      // helper-h233: two or three 三公 items joined by 和/及/与 with one amount and no 合计 were read as 公务接待费's own (0.20):
      // each right sum a 错误. 公务用车购置和运行维护费 (with 和) was not read at all.
      name: '三公 items joined with one amount and no 合计 (因公出国（境）费和公务接待费…): their sum; 公务用车购置和运行维护费: the vehicles’',
      grid: threePublicAllSpent,
      sheets: [
        sheet('公开说明', [
          ['因公出国（境）费和公务接待费1.70万元；因公出国（境）费及公务接待费1.70万元；因公出国（境）费与公务接待费支出1.70万元。'],
          ['因公出国（境）费和公务接待费共1.70万元；因公出国（境）费和公务接待费合计共1.70万元。'],
          ['因公出国（境）费、公务用车购置及运行维护费和公务接待费6.49万元。'],
          ['公务用车购置及运行维护费和公务接待费4.99万元；公务用车购置费和公务用车运行维护费4.79万元。'],
          ['公务用车购置及运行维护费4.79万元；公务用车购置和运行维护费4.79万元；公务用车购置费和运行维护费4.79万元。'],
          ['因公出国（境）费和公务接待费分别为1.50万元、0.20万元；公务接待费0.20万元。'],
          // An item named twice (the whole and its part): no sum (4.79 + 2.79 is no figure), the last one's own.
          ['公务用车购置及运行维护费和公务用车运行维护费2.79万元。'],
        ]),
      ],
    },
    {
      // helper-h236: names listed with as many amounts and no 分别 were read as the last name's first amount (公务接待费 1.50):
      // a right text a 错误. A vehicle part written without 公务用车 after the first (…购置费和运行维护费分别…) was not read.
      name: 'names listed with as many amounts and no 分别, right; 公务用车购置费和运行维护费分别…, right',
      grid: threePublicAllSpent,
      sheets: [
        sheet('公开说明', [
          ['因公出国（境）费、公务接待费1.50万元、0.20万元。'],
          ['因公出国（境）费和公务接待费为1.50万元、0.20万元；2022年度人员经费和公用经费577.84万元、67.39万元。'],
          ['公务用车购置费和运行维护费分别为2.00万元、2.79万元；公务用车购置费、运行维护费分别为2.00万元、2.79万元。'],
          ['公务用车购置费和运行维护费2.00万元、2.79万元。'],
          // helper-h243: a comma ends the names' amount, the next amount another clause's (…1.70万元，1.50万元为…): the sum, as
          // before afe3244 (read in turn, 因公出国（境）费 held to 1.70 and 公务接待费 to 1.50: two 错误 on a right text).
          ['因公出国（境）费和公务接待费1.70万元，1.50万元为因公出国（境）费。'],
          // helper-h249: a list of amounts the comma does not end (…1.50万元，0.20万元。): each its own in turn, as with 、 (since
          // ec11bde read as their sum: held to 1.70, a right text a 错误).
          ['因公出国（境）费、公务接待费1.50万元，0.20万元。'],
          ['因公出国（境）费和公务接待费1.50万元，0.20万元；公务用车购置及运行费4.79万元。'],
        ]),
      ],
    },
    {
      // helper-h236: 收入 and 支出 named once with one amount (财政拨款收入、支出均为…) went unread; 本年收入、支出总计均为… was read
      // as 本年收入's (1,372.79): a right text a 错误.
      name: '收入 and 支出 named once sharing one amount (财政拨款收入、支出均为…; 本年收入、支出总计均为…), right',
      sheets: [
        sheet('公开说明', [
          ['2022年度财政拨款收入、支出均为1,363.45万元；财政拨款收入和支出各为1,363.45万元。'],
          ['2022年度本年收入、支出总计均为1,488.29万元。'],
          // helper-h246: without 均/各, the two totals share the amount as well.
          ['2022年度收入总计、支出总计1,488.29万元；收入总计和支出总计1,488.29万元；收入、支出总计1,488.29万元。'],
          ['2021年度收入总计、支出总计1,801.23万元。'],
          // helper-h254: another name's 合计 with 本年收入 is their sum (结余 115.50 + 1,372.79 = 收入总计), not 本年收入合计's own
          // (a 错误, 表中为 1,372.79).
          ['2022年度使用非财政拨款结余和本年收入合计1,488.29万元。'],
          // helper-h260: 支出合计 after its income half with as many amounts (each its own in turn): the first is the income's, not
          // 支出合计's (a 错误 since ad7419e, 表中为 1,488.29).
          ['2022年度收入和支出合计1,372.79万元、1,488.29万元。'],
          ['2022年度本年收入合计、本年支出合计1,372.79万元、1,488.29万元。'],
          ['2022年度财政拨款收入总计、支出总计1,363.45万元；财政拨款收入总计和财政拨款支出总计1,363.45万元。'],
        ]),
      ],
    },
    {
      // helper-h234: in a sentence about 公用经费, the 三公 names sharing one amount (均为) are table 06's 款 each, as the last
      // one is (economicNamesake): the others were held to table 07's (因公出国（境）费 1.50), a right text a 错误 (a13b99a).
      name: 'names sharing one amount in a sentence about 公用经费 (…因公出国（境）费和公务接待费均为…): table 06’s 款 each',
      grid: threePublicWithEconomicOverseas,
      sheets: [sheet('公开说明', [['2022年度公用经费67.39万元，其中：因公出国（境）费和公务接待费均为0.20万元。']])],
    },
    ...correctTexts(),
    {
      name: 'connectors, amounts in 元, full-width digits, no separators',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入总计为1,488.29万元，本年收入合计达1372.79万元，使用非财政拨款结余是115.50万元。'],
          ['2022年度收入总计14,882,900.00元，其中：本年收入合计13727900元。'],
          ['一般公共预算财政拨款支出１，３６３．４５万元；公务接待费支出决算为２０００.００元。'],
          ['政府采购支出总额共计55.51万元；财政拨款收入总计：1363.45万元。'],
        ]),
      ],
    },
    {
      name: 'last year’s or the budget’s figure named after its label (较上年收入总计…, 上年公务接待费支出…, 年初预算收入总计…)',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入总计1,488.29万元，较上年收入总计1,801.23万元减少312.94万元，下降17.37%。'],
          ['公务接待费支出0.20万元，上年公务接待费支出0.26万元，上年度财政拨款收入总计702.89万元。'],
          ['年初预算收入总计1,206.34万元，决算收入总计1,488.29万元。'],
        ]),
      ],
    },
    {
      name: 'last year’s figure after its own year (2021年度收入总计…, 2021年度公务接待费支出…), beside this year’s',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入总计1,488.29万元，2021年度收入总计1,801.23万元，减少312.94万元，下降17.37%。'],
          ['2021年度公务接待费支出0.26万元，2022年度公务接待费支出0.20万元。'],
        ]),
      ],
    },
    {
      // helper-h122: 累计 between the label and its amount (“三公”经费累计支出4.99万元): the year's figure, read; over several
      // years (2019年至2022年…, 三年来…) no figure of this year's tables.
      name: 'an amount after 累计 (“三公”经费累计支出…): this year’s where no years are named, not over several years',
      sheets: [
        sheet('公开说明', [
          ['2022年度“三公”经费累计支出4.99万元，比上年减少0.02万元，下降0.40%。'],
          ['本年度公务接待费累计支出0.20万元；人员经费和公用经费累计645.23万元。'],
          ['公务用车购置及运行维护费和公务接待费分别为4.79万元、0.20万元。'],
          ['2019年至2022年，本单位“三公”经费累计支出15.01万元。'],
          ['三年来，本单位“三公”经费累计支出15.01万元；近年来公务接待费累计1.20万元。'],
        ]),
      ],
    },
    {
      // helper-h122: a sum over last year and this one (2021年至2022年…累计…): this year's figure and the 上年数 together; an
      // item with no 上年数 known, or a longer period, not read.
      name: 'a sum over last year and this one (2021年至2022年…累计…) that is this year’s figure and the 上年数',
      sheets: [
        sheet('公开说明', [
          ['2021年至2022年，本单位“三公”经费累计支出10.00万元。'],
          ['2021—2022年公务接待费累计支出0.46万元，公务用车购置及运行维护费共计9.54万元。'],
          ['2021年至2022年人员经费累计支出1200.00万元；2020年至2022年“三公”经费累计支出15.01万元。'],
          // helper-h124: the two years listed (2021年、2022年; 2021年度和2022年度), and “十四五”以来: this year's figure alone (a 错误).
          ['2021年、2022年“三公”经费累计支出10.00万元。'],
          ['2021年度和2022年度公务接待费累计支出0.46万元。'],
          ['“十四五”以来，“三公”经费累计支出10.00万元。'],
        ]),
      ],
    },
    {
      // helper-h124: a clause opening on last year holds last year's amounts up to where this year is named, the names after
      // its first too (2021年度，本部门收入总计…，支出总计1801.23万元；2022年度…): read as this year's, a 错误.
      name: 'amounts of a clause opening on last year, after its first name',
      sheets: [
        sheet('公开说明', [
          ['2021年度，本部门收入总计1801.23万元，支出总计1801.23万元；2022年度收入总计1488.29万元，支出总计1488.29万元。'],
          ['2021年度收入总计1801.23万元，支出总计1801.23万元。2022年度收入总计1488.29万元，支出总计1488.29万元。'],
          ['上年度人员经费598.00万元，公用经费92.95万元。'],
        ]),
      ],
    },
    {
      // review r309: last year's 其中 list goes on past its ；s (2021年度“三公”经费支出5.01万元，其中：…4.75万元；公务接待费0.26万元):
      // 2021's, held to this year's 0.20 a 错误 (helper-h298's risk).
      name: 'a clause opening on last year, its 其中 list going on past a ；',
      sheets: [
        sheet('公开说明', [
          ['2022年度“三公”经费支出4.99万元，比上年减少0.02万元；2021年度“三公”经费支出5.01万元，其中：公务用车购置及运行维护费4.75万元；公务接待费0.26万元。'],
          ['2021年度“三公”经费支出5.01万元，其中：因公出国（境）费0.00万元，公务用车购置及运行维护费4.75万元；公务接待费0.26万元。'],
        ]),
      ],
    },
    {
      // review r324: a ； of 上年's 其中 list ends no clause, even where the part after it compares with 上年: 上年's figure (4.75,
      // not this year's 4.79), not held.
      name: '上年’s 其中 list past a ；, a part compared with 上年: 上年’s amounts, not held',
      sheets: [
        sheet('公开说明', [
          ['上年“三公”经费支出5.01万元，其中：公务接待费0.26万元；公务用车购置及运行维护费4.75万元，比上年增加0.10万元。'],
          // Next year's budget stating its figures runs on past its ； (not ended in words alone).
          ['2023年预算安排“三公”经费5.00万元；公务接待费0.30万元。'],
        ]),
      ],
    },
    {
      // helper-h318: one reading of another year's clause (documentYear's otherYearOpening) for every rule. Its clause runs on past
      // a ； to where this year is named (2021年度收入总计…；支出总计1801.23万元: ended at the ；, held to this year's 1,488.29 a
      // 错误), and opens on any other year (…；2020年度“三公”经费支出5.30万元: only last year's was read, held to 4.99 a 错误).
      name: 'another year’s clause past a ；, and one of an older year than last: that year’s amounts, not held',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入总计1488.29万元。2021年度收入总计1801.23万元；支出总计1801.23万元。'],
          ['2022年度“三公”经费支出4.99万元；2020年度“三公”经费支出5.30万元，比上年减少0.50万元。'],
        ]),
      ],
    },
    {
      // helper-h122: one amount shared by two names (均为, 各为) after last year's year or 上年: both names' last year's figure, not
      // this year's 支出总计 (held to the table's 1,488.29, a correct sentence was a 错误).
      name: 'last year’s figure shared by two names (2021年收入、支出总计均为…, 2021年度收入总计、支出总计均为…, 上年…)',
      sheets: [
        sheet('公开说明', [
          ['2021年收入、支出总计均为1801.23万元。2022年度与上年相比，收入、支出总计均减少312.94万元，下降17.37%。'],
          ['2021年度收入总计、支出总计均为1801.23万元。2022年度收入总计、支出总计均为1488.29万元。'],
          ['上年收入、支出总计均为1801.23万元；上年收入总计和支出总计各为1801.23万元。'],
        ]),
      ],
    },
    {
      name: 'a 类/款/项 chain after the ordinals and words departments put before it (1、, （一）, ①, 2022年度, 其中，), or with 、 between its names',
      sheets: [
        sheet(
          '公开说明',
          ['1、', '（一）', '①', '第一，', '2022年度', '其中，'].map((before) => [`${before}一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)：支出决算数为223.14万元。`]).concat([
            ['1、一般公共服务支出（类）、政府办公厅（室）及相关机构事务（款）、行政运行（项）：支出决算数为223.14万元。'],
          ]),
        ),
      ],
    },
    {
      name: 'a plain 基本支出 or 项目支出 meaning table 05’s (§六 of the 一般公共预算 基本支出), a year compared with (与2021年度收入总计…), a 项’s own 本年支出',
      sheets: [
        sheet('公开说明', [
          ['2022年度基本支出645.23万元，其中：人员经费577.84万元，公用经费67.39万元。'],
          ['2022年度收入总计1,488.29万元，与2021年度收入总计1,801.23万元相比，减少312.94万元。'],
          ['5. 社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)：本年支出41.90万元。'],
        ]),
      ],
    },
    {
      name: '机关运行经费 of a 行政单位 (its 公用经费, table 06); a 事业单位’s or an unknown 单位性质’s is not held to table 06',
      sheets: [sheet('公开说明', [['2022年度机关运行经费支出67.39万元，比上年减少2.00万元。']])],
      data: (j) => {
        j.单位性质 = '行政单位';
      },
    },
    {
      name: '机关运行经费 of a 事业单位 (not its 公用经费)',
      sheets: [sheet('公开说明', [['2022年度机关运行经费支出50.00万元。']])],
      data: (j) => {
        j.单位性质 = '事业单位';
      },
    },
    {
      name: '机关运行经费 of a 事业单位 as table 07 prints it (上海 district layout), right',
      grid: () => withShanghaiDistrictThreePublic(325.88),
      sheets: [sheet('公开说明', [['2022年度机关运行经费支出325.88万元。']])],
      data: (j) => {
        j.单位性质 = '事业单位';
      },
    },
    {
      // helper-h203: a 事业单位 has no 机关运行经费 (DOMAIN §1); table 07 printing 0 says so, and its text's 机关运行经费 is its
      // 公用经费 by the word (67.39): no 错误, as with no figure at all (held to the 0 since helper-h202).
      name: '机关运行经费 of a 事业单位 whose table 07 prints 0 there (上海 district layout)',
      grid: () => withShanghaiDistrictThreePublic(0),
      sheets: [sheet('公开说明', [['2022年度机关运行经费支出67.39万元。']])],
      data: (j) => {
        j.单位性质 = '事业单位';
      },
    },
    {
      // helper-h202: 本单位收入 (广西 梧州 2020) is the year's income or the 总计: either is right.
      name: '本单位收入 / 本部门收入 as the year’s income or as the 收入总计',
      sheets: [sheet('公开说明', [['2022年度本单位收入为1372.79万元。'], ['2022年度本部门收入1,488.29万元，支出1,488.29万元。'], ['本单位收入合计1,372.79万元。']])],
    },
    {
      name: '机关运行经费 with no 单位性质 given',
      sheets: [sheet('公开说明', [['2022年度机关运行经费支出50.00万元。']])],
      data: (j) => {
        delete j.单位性质;
      },
    },
    {
      name: 'amounts in brackets after their labels (基本支出（645.23万元）)',
      sheets: [sheet('公开说明', [['2022年度基本支出（645.23万元），其中：人员经费（577.84万元），公用经费（67.39万元）。']])],
    },
    {
      name: 'amounts listed with 分别 (人员经费和公用经费分别为…、…)',
      sheets: [
        sheet('公开说明', [
          ['2022年度人员经费和公用经费分别为577.84万元、67.39万元；公务接待费、因公出国(境)费分别为0.20万元和0.00万元。'],
          ['2022年度基本支出和项目支出分别为770.07、718.22万元。'],
          ['其中：因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、4.79万元、0.20万元。'],
        ]),
      ],
    },
    {
      name: '国内公务接待 beside a foreign part the text states (国内…，外宾接待支出…): only the domestic part, not the whole 公务接待费',
      sheets: [
        sheet('公开说明', [
          ['国内公务接待支出0.15万元，外宾接待支出0.05万元。'],
          ['其中：国内公务接待费0.12万元；国（境）外公务接待费为0.08万元。'],
        ]),
      ],
    },
    {
      name: 'a 类 named without its (类) mark, at its figure in any of its tables (05, 04, 03, 01), or inside a longer word',
      sheets: [
        sheet('公开说明', [
          ['一般公共服务支出1,225.73万元，占89.90%；社会保障和就业支出47.25万元，占3.47%；其他支出18.55万元，占1.35%。'],
          ['一般公共服务（类）支出1,225.73万元；卫生健康支出（类）支出34.07万元。'],
          ['本年支出合计1,488.29万元，其中：一般公共服务支出1,350.57万元。'],
          ['职业教育支出500.00万元。'],
        ]),
      ],
    },
    {
      name: 'a 收入总计 after another 财政拨款 figure (财政拨款收入…，收入总计…) is the department’s; after a 财政拨款 total (上海) it is 财政拨款’s',
      sheets: [sheet('公开说明', [['2022年度财政拨款收入1,363.45万元，收入总计1,488.29万元。'], ['财政拨款收入总计1,363.45万元，支出总计1,363.45万元。']])],
    },
    {
      name: 'a 类 without its mark in §八 (政府性基金), spent from two funds: its 政府性基金 figure',
      grid: () => toGrid(buildWorkbook(classInTwoFunds(), standardPlan(classInTwoFunds()))),
      sheets: [sheet('公开说明', [['2024年度政府性基金预算财政拨款支出145.60万元，其中：其他支出145.60万元，主要用于社会福利。']])],
    },
    {
      // helper-82: after other 类 named so, 其他支出 is the 功能分类 229; in a sentence about 经济分类 it is 399 (not read).
      name: '其他支出 without its mark in a list of 类 without theirs: the 功能分类 229’s figure',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1,363.45万元，其中：一般公共服务支出1,225.73万元，社会保障和就业支出47.25万元，卫生健康支出34.07万元，住房保障支出37.84万元，其他支出18.55万元。'],
          ['一般公共服务支出1,225.73万元，主要用于工资福利支出和商品和服务支出，其他支出1.00万元。'],
        ]),
      ],
    },
    {
      name: '其他支出 without its mark in §六’s list is the 经济分类 类 399, not read as the 功能分类 229',
      sheets: [sheet('公开说明', [['公用经费67.39万元，其中：商品和服务支出60.00万元，资本性支出6.89万元，其他支出0.50万元。']])],
    },
    {
      name: 'a 款 paragraph and a 项 paragraph in one cell, each read on its own',
      sheets: [
        sheet('公开说明', [
          ['1. 其他支出(类)其他支出(款)：支出决算数为18.55万元，主要原因是：本年减少访惠聚经费。2. 一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)：支出决算数为223.14万元，主要原因是：人员减少。'],
        ]),
      ],
    },
    {
      // 新疆's 预决算差异原因 and 主要原因: amounts added in the year, paid once, or last year's, of a label's kind.
      name: 'reasons naming a part of a label’s figure (年中追加人员经费…, 上年有经营收入…, 上年基本支出中含一次性补发人员经费…)',
      sheets: [
        sheet('公开说明', [
          ['财政拨款支出决算1,363.45万元，比年初预算增加157.11万元，增长13.02%，主要原因是年中追加人员经费100.00万元。'],
          ['决算数大于预算数的主要原因：年中追加公用经费20.00万元、项目支出137.11万元。'],
          ['预决算差异原因：年中追加三公经费0.50万元，公务接待费0.10万元。'],
          ['主要原因：上年有经营收入400.00万元，本年实行收支两条线。'],
          ['2022年度基本支出770.07万元，比上年减少，主要原因是上年基本支出中含一次性补发人员经费50.00万元。'],
          ['2021年收入总计包含经营收入400.00万元。'],
        ]),
      ],
    },
    {
      // review43: each compared with this year's figure, a false 错误.
      name: 'last year’s amount with words between the year and its name (上年决算, 上年度部门, 2021年度决算, 上年实际, 上年全年, 上年（2021年度）)',
      sheets: [
        sheet('公开说明', [
          ['收入总计1,488.29万元，上年决算收入总计1,801.23万元；上年度部门收入总计1,801.23万元；上年全年收入总计1,801.23万元。'],
          ['公务接待费0.20万元，上年度决算公务接待费0.26万元，上年实际公务接待费0.26万元。'],
          ['2022年度公用经费67.39万元，2021年度决算公用经费92.95万元。'],
          ['上年（2021年度）“三公”经费支出5.01万元。'],
        ]),
      ],
    },
    {
      name: 'a budget’s parts after its amount and 其中 or 分别, or after 预算中 and 预算安排: the budget’s, not the 决算',
      sheets: [
        sheet('公开说明', [
          ['2022年“三公”经费财政拨款预算为5.00万元，其中：因公出国（境）费0.00万元，公务用车购置及运行维护费4.80万元，公务接待费0.20万元。'],
          ['“三公”经费全年预算数分别为：因公出国（境）费0.00万元、公务用车购置及运行维护费4.80万元、公务接待费0.20万元。'],
          ['“三公”经费预算5.00万元（其中：公务用车运行维护费4.80万元，公务接待费0.20万元），决算4.99万元。'],
          ['年初预算安排公务用车运行维护费4.80万元。全年预算数中，公务用车运行维护费4.80万元。'],
          ['一般公共预算财政拨款支出年初预算1,206.34万元，其中：基本支出500.00万元，项目支出706.34万元。'],
          ['年初预算1,206.34万元中，基本支出600.00万元，项目支出606.34万元。'],
        ]),
      ],
    },
    {
      name: '收入合计 and 支出合计 without 本年 (the department’s); and 合计 of other things (人员经费支出合计, 财政拨款收入合计…，支出合计…): not the department’s',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入合计1,372.79万元，支出合计1,488.29万元。部门收入合计1,372.79万元。'],
          ['人员经费支出合计577.84万元，项目支出合计718.22万元，机关运行经费支出合计67.39万元。'],
          ['财政拨款收入合计1,363.45万元，“三公”经费支出合计4.99万元，政府采购支出合计51.55万元。'],
          // review44: the 合计 of the clause before (财政拨款's, a list's), not the department's.
          ['2022年度财政拨款收入合计1,363.45万元，支出合计1,363.45万元。'],
          ['一般公共预算财政拨款支出1,363.45万元，其中：基本支出645.23万元，项目支出718.22万元，支出合计1,363.45万元。'],
          ['人员经费577.84万元，公用经费67.39万元，支出合计645.23万元。'],
          // After the year and a comma, or 全年; and another year's so named (2021年，…) is not this year's.
          ['2022年，收入合计1,372.79万元，支出合计1,488.29万元。全年收入合计1,372.79万元。'],
          ['2022年度收入总计1,488.29万元，2021年，收入总计1,801.23万元。'],
          ['2021年，本单位收入总计1,801.23万元；2022年，收入总计1,488.29万元，减少312.94万元。'],
          // review47: a project's 全年支出合计.
          ['“访惠聚”工作队经费（区级）项目全年支出合计4.16万元，执行率55.54%。'],
        ]),
      ],
    },
    {
      name: 'a sentence running on into the cell below, right; a heading above a paragraph is not joined to it',
      sheets: [sheet('公开说明', [['2022年度收入总计1,488.29万元，支出总计'], ['1,488.29万元。'], ['一、收入支出决算总体情况'], ['2022年度收入总计1,488.29万元，本年收入合计1,372.79'], ['万元。'], ['本年支出总计'], ['1,488.29万元。']])],
    },
    {
      // 1,488.29 万元 is 0.15 亿元 (0.149 to three decimals); a 亿 before a word, or of no label, is no figure of the tables.
      name: 'amounts in 亿元 (and 亿 without 元), right at the digits written; 亿人次 and a 交易额 are no figure',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入总计0.15亿元，支出总计0.15亿元。'],
          ['2022年度收入总计0.149亿，本年收入合计0.14亿元。'],
          ['一般公共服务支出（类）0.12亿元。'],
          ['全年服务群众1.2亿人次，交易额186.5亿元，节约资金2.3亿元。'],
        ]),
      ],
    },
    {
      name: 'an amount in 亿元 stated as a bound or a round figure (以上, 以下, 左右, 余) is not the figure: not compared',
      sheets: [sheet('公开说明', [['2022年度收入总计0.1亿元以上，本年收入合计0.2亿元以下，支出总计0.1亿余元。'], ['2022年度收入总计0.1亿元左右。']])],
    },
    {
      name: 'amounts in 万 without 元, right; 万 before another word is no amount (1.2万人次)',
      sheets: [sheet('公开说明', [['2022年度收入总计1,488.29万，支出总计1,488.29万。'], ['2022年度收入总计1,488.29万元，服务群众1.2万人次，覆盖3万平方米。']])],
    },
    {
      name: 'an amount written with fewer than two decimals, right at the digits it writes (1,488.3万元, 1488万元)',
      sheets: [sheet('公开说明', [['收入总计1,488.3万元。'], ['收入总计1488万元，公用经费67.4万元。']])],
    },
    {
      // helper-h255: a 其中 list after a change in its sentence (…比上年增加660.56万元，增长93.98%，其中：…) may list the change's
      // parts (一般行政管理事务 718.22 − 68.00 = 650.22, 行政运行 403.53 − 223.14 = 180.39): held to the 决算 alone, a right text
      // was a 错误. The items' 决算 there are right too.
      name: 'a 其中 list after a change, giving each item’s change (决算 − 上年数) or its 决算',
      sheets: [
        sheet('公开说明', [
          // helper-h263: 行政运行 fell (403.53 → 223.14): its 180.39 is a part of a decrease, not of the increase.
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元，增长93.98%，其中：一般行政管理事务650.22万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年减少180.39万元，下降44.70%，其中：行政运行180.39万元。'],
          // The change nearest the list is the one it gives the parts of.
          ['2022年度本年收入合计1,372.79万元，比上年增加100.00万元，一般公共预算财政拨款支出1363.45万元，比上年减少180.39万元，下降44.70%，其中：行政运行180.39万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，与上年相比增加660.56万元，其中：一般行政管理事务（项）650.22万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元，增长93.98%，其中：一般行政管理事务718.22万元，行政运行223.14万元。'],
          // helper-h265: the list right after the change's amount, no rate between: read the same way (its change or its 决算).
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年减少180.39万元，其中：行政运行180.39万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年减少180.39万元，其中：行政运行223.14万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元，其中：一般行政管理事务650.22万元，行政运行223.14万元。'],
        ]),
      ],
    },
    {
      // A 主要用于 list right after a change's amount from last year (…比上年增加660.56万元，主要用于：…): its first item was left
      // unread as the change's use (CHANGE_BEFORE_CLAUSE), a wrong one passed; read as a 其中 list there is, its 决算 or its change.
      name: 'a 主要用于 list right after a change’s amount from last year, giving each item’s 决算 or its change the same way',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元，主要用于：一般行政管理事务718.22万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元，主要用于：一般行政管理事务650.22万元。'],
          // After an increase from a budget (helper-h287): its 决算, right; an amount below it may be its part of the increase
          // (its 决算 − its 预算, which no table gives): unread. A decrease's: unread, its part may pass its 决算.
          ['2022年度一般公共预算财政拨款支出1363.45万元，与年初预算数相比增加157.11万元，主要用于：一般行政管理事务718.22万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，与年初预算数相比增加157.11万元，主要用于：一般行政管理事务100.00万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，比年初预算增加157.11万元，主要用于：一般行政管理事务(项)718.22万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，与年初预算数相比减少157.11万元，主要用于：一般行政管理事务781.22万元。'],
        ]),
      ],
    },
    {
      // Its 上年数 not known (neither typed nor printed), or it moved the other way (行政运行 fell by 180.39): a part of the increase
      // spent on it may be meant, which cannot be told from its 决算, so unread.
      name: 'a 主要用于 list right after a change’s amount, an item whose 上年数 is not known or that moved the other way: unread',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元，主要用于：一般行政管理事务781.22万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元，主要用于：行政运行100.00万元。'],
        ]),
      ],
      data: (j) => {
        delete j.指标['2010302'];
      },
    },
    {
      // helper-h255: 本年财政拨款支出 after 上年决算中 is a column of last year's 决算, no return to this year: its items (行政运行
      // 403.53, 一般行政管理事务 68.00 last year) were held to this year's 决算, each right text a 错误.
      name: 'a list under 上年决算中，本年财政拨款支出…: last year’s, not this year’s 决算',
      sheets: [
        sheet('公开说明', [
          ['上年决算中，本年财政拨款支出主要用于行政运行403.53万元，一般行政管理事务68.00万元。'],
          ['上年决算中，本年财政拨款支出主要用于行政运行（项）403.53万元，一般行政管理事务（项）68.00万元。'],
          ['2021年度决算中，本年一般公共预算财政拨款支出主要用于：一般公共服务支出（类）1237.73万元。'],
          ['上年决算中，本年财政拨款支出主要用于行政运行403.53万元；本年财政拨款支出主要用于行政运行223.14万元，一般行政管理事务718.22万元。'],
          // helper-h263: with its amount too, a column of that year's 决算 (上年决算中，…; 2021年度决算中，…).
          ['上年决算中，本年财政拨款支出703.00万元，主要用于行政运行403.53万元，一般行政管理事务68.00万元。'],
          ['2021年度决算中，本年财政拨款支出703.00万元，主要用于行政运行403.53万元，一般行政管理事务68.00万元。'],
        ]),
      ],
    },
    {
      // helper-h271: last year's balance one of a spending's sources (…支出…，资金来源为本年收入、上年结转，主要用于：…) and a year's
      // or the opening balance the subject before a ； opening the spending's own list: the items right, nothing said.
      name: 'a balance among a spending’s sources, or before a ； and the spending’s own list: its items right',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1363.45万元，资金来源为本年收入、上年结转，主要用于：一般行政管理事务718.22万元。'],
          ['2022年度本年支出1,488.29万元，资金来源为本年收入1,372.79万元、上年结转资金115.50万元，主要用于：行政运行（项）223.14万元、一般行政管理事务（项）718.22万元。'],
          ['2021年结转和结余中，一般行政管理事务50.00万元；一般公共预算财政拨款支出1363.45万元，主要用于：一般行政管理事务718.22万元。'],
          ['年初结转和结余中，一般行政管理事务50.00万元；一般公共预算财政拨款支出1363.45万元，主要用于：一般行政管理事务718.22万元。'],
        ]),
      ],
    },
    {
      // helper-h271: what must stay unread. Last year's balance as the only source (资金来源为上年结转，…): its uses may be a part of each
      // item's 决算. The opening balance as the subject (年初结转和结余中，…): its parts, last year's (held to this year's 决算, a 错误).
      // A balance's parts going on past a ； (…；项目经费50.00万元，主要用于：…; …；政府办公厅（室）及相关机构事务50.00万元，主要用于：…):
      // the balance's part and its uses, no spending's own list (946b7e9 read them as this year's 决算: a 错误).
      name: 'a balance the only source, the opening balance the subject, a balance’s part after a ；: its items not read',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1363.45万元，资金来源为上年结转，主要用于：一般行政管理事务50.00万元。'],
          ['年初结转和结余中，一般行政管理事务50.00万元。'],
          ['年初结转和结余，一般行政管理事务50.00万元。'],
          ['上年结转和结余中，基本支出结转20.00万元；项目支出结转50.00万元，主要用于：一般行政管理事务50.00万元。'],
          ['2021年结转和结余中，行政运行20.00万元；一般行政管理事务50.00万元。'],
          ['上年结转和结余中，行政运行20.00万元；项目经费50.00万元，主要用于：一般行政管理事务50.00万元。'],
          ['上年结转和结余中，行政运行20.00万元；政府办公厅（室）及相关机构事务50.00万元，主要用于：一般行政管理事务50.00万元。'],
        ]),
      ],
    },
    {
      // review r279: the spending's own list after a balance's ； with no amount, named as this year's or the fund's (…；本年支出主要用于：…)
      // or with its amount as a total (…支出共1363.45万元，…): right, nothing said; a bare part with no amount (…；项目支出主要用于：…)
      // stays the balance's, its item not held to the 决算.
      name: 'a spending’s list after a balance’s ；, with no amount or a total: its items right; a bare part: not read',
      sheets: [
        sheet('公开说明', [
          ['上年结转和结余中，一般行政管理事务50.00万元；本年支出主要用于：一般行政管理事务718.22万元。'],
          ['上年结转和结余中，一般行政管理事务50.00万元；一般公共预算财政拨款支出共1363.45万元，主要用于：一般行政管理事务718.22万元。'],
          ['上年结转和结余中，行政运行20.00万元；项目支出主要用于：一般行政管理事务50.00万元。'],
          ['2021年结转和结余中，行政运行20.00万元；基本支出主要用于：一般行政管理事务50.00万元。'],
        ]),
      ],
    },
    {
      // review r279: the balance of the 财政拨款 named as the subject (年初财政拨款结转和结余中，…): its parts last year's, as 年初结转和结余中
      // (held to this year's 决算, a 错误); one of the spending's sources (…资金来源为本年收入和上年财政拨款结转，…): the items right.
      name: 'the opening 财政拨款 balance the subject, or last year’s a source: its parts not read, the spending’s items right',
      sheets: [
        sheet('公开说明', [
          ['年初财政拨款结转和结余中，一般行政管理事务50.00万元。'],
          ['年初财政拨款结转和结余中，行政运行20.00万元；一般行政管理事务50.00万元。'],
          ['一般公共预算财政拨款支出1363.45万元，资金来源为本年收入和上年财政拨款结转，主要用于：一般行政管理事务718.22万元。'],
          ['上年财政拨款结转和结余0.00万元，一般公共预算财政拨款支出1363.45万元，主要用于：一般行政管理事务718.22万元。'],
        ]),
      ],
    },
    {
      // review r279: a balance's 基本支出 and 项目支出 parts (上年结转和结余中，基本支出20.00万元；项目支出50.00万元) were held to table 03's,
      // each right text a 错误 (helper-h271 noticed it).
      name: 'a balance’s 基本支出 and 项目支出 parts: not table 03’s',
      sheets: [
        sheet('公开说明', [
          ['上年结转和结余中，基本支出20.00万元；项目支出50.00万元。'],
          ['年初结转和结余中，基本支出20.00万元，项目支出50.00万元。'],
          ['年初财政拨款结转和结余中，基本支出20.00万元、项目支出50.00万元。'],
          ['年末结转和结余中，基本支出20.00万元，项目支出50.00万元。'],
          ['上年结转和结余中，项目支出50.00万元；基本支出20.00万元。'],
          ['上年结转和结余0.00万元，其中：基本支出0.00万元，项目支出0.00万元。'],
        ]),
      ],
    },
    {
      // helper-h289: the 上海 fixture's tables state no year; with the 说明数据's 年度 2024, 2023年度's figure is last year's (held
      // to this year's 4,029.01, a right text was a 错误).
      name: 'last year’s figure named by its year in a workbook whose tables state no year, the 说明数据’s 年度 the document’s',
      grid: shanghaiFixture,
      data: withShanghaiIndicators,
      sheets: [sheet('公开说明', [['2023年度一般公共预算财政拨款支出3902.77万元，2024年度一般公共预算财政拨款支出4029.01万元，增加126.24万元。']])],
    },
    {
      // helper-h299: a paragraph opening on its spending bare under a 三公 item's heading is the heading's item's: under 上海/中央's
      // heading of both car items their sum (5.79 = 购置 1.00 + 运行维护 4.79), its parts after 其中 their own.
      name: 'a bare 支出 under a 三公 item’s heading, right: the car items’ sum under （二）公务用车购置费及运行维护费, its parts their own',
      grid: withCarBought,
      sheets: [
        sheet('公开说明', [
          ['八、“三公”经费财政拨款支出决算情况说明'],
          ['（二）公务用车购置费及运行维护费'],
          ['2022年度支出决算为5.79万元。其中：公务用车购置费1.00万元，公务用车运行维护费4.79万元。'],
          ['（三）公务接待费'],
          ['支出0.20万元，共接待3批次18人次。'],
        ]),
      ],
    },
    {
      // helper-h299: what must stay unread: under the 三公's heading alone (a section over other items' paragraphs), under a heading
      // of two items, of a 预算 or another year, a paragraph not opening bare on its spending, another year's spending.
      name: 'a bare 支出 not under one 三公 item’s heading of this year’s 决算, or not opening its paragraph',
      sheets: [
        sheet('公开说明', [
          ['八、“三公”经费财政拨款支出决算情况说明'],
          ['支出5.00万元。'],
          ['（一）公务用车运行维护费和公务接待费'],
          ['支出5.00万元。'],
          ['（二）公务接待费预算执行情况'],
          ['支出0.30万元。'],
          ['（三）2021年度公务接待费'],
          ['支出0.26万元。'],
          ['（四）公务接待费'],
          ['年初预算0.30万元，支出0.20万元。'],
          ['2021年度支出0.26万元。'],
          ['接待3批次，人均支出0.07万元。'],
        ]),
      ],
    },
    {
      // review r306: a bare 支出 not right under the item's heading is a part's or the next item's: after a label no text cell holds
      // (国内公务接待 / 外事接待), under a part's numbered heading (1.国内公务接待: helper-h314, the 说明数据 gives no 国内 figure),
      // further on in the section, or spent on something (…用于外宾接待，…): held to the heading's item, each was a 错误 on a right
      // text. (1.公务用车购置费 / 支出0.00万元 is 购置费's own since helper-h314: right by the sample's 0.)
      name: 'a bare 支出 not right under a 三公 item’s heading, or spent on a part: a part’s or the next item’s, unread',
      sheets: [
        sheet('公开说明', [
          ['（三）公务接待费'],
          ['国内公务接待'],
          ['支出0.15万元，接待3批次18人次。'],
          ['外事接待'],
          ['支出0.05万元。'],
          ['（四）公务接待费'],
          ['1.国内公务接待'],
          ['支出0.15万元。'],
          ['（五）公务接待费'],
          ['公务接待费支出0.20万元，其中国内公务接待0.20万元。'],
          ['支出0.05万元。'],
          ['（六）公务接待费'],
          ['支出0.06万元用于外宾接待，0.14万元用于国内接待。'],
          ['（七）公务用车购置及运行维护费'],
          ['1.公务用车购置费'],
          ['支出0.00万元。'],
        ]),
      ],
    },
    {
      // helper-h314: a short numbered cell naming a 三公 item (3.公务接待费, 2、公务用车购置费: under 12 characters, a label no text
      // cell held) is the heading of the paragraph after it, one a cell as in the 上海/中央 templates: each bare 支出 its item's (the
      // sample's 因公出国 0.00, 购置 0.00, 运行维护 4.79, 接待 0.20), 支出4.79 under 2.公务用车购置及运行维护费 the car items'. Before,
      // 支出0.20万元 under 3.公务接待费 stayed under the heading before it.
      name: 'a bare 支出 under a short numbered 三公 item heading, one paragraph a cell: the item’s, right',
      sheets: [
        sheet('公开说明', [
          ['七、财政拨款“三公”经费支出决算情况说明'],
          ['（二）“三公”经费财政拨款支出决算具体情况说明。'],
          ['1.因公出国（境）费'],
          ['支出0.00万元。'],
          ['2.公务用车购置及运行维护费'],
          ['支出4.79万元，比上年增加0.04万元。'],
          ['3.公务接待费'],
          ['支出0.20万元，比上年减少0.06万元。'],
          ['（三）“三公”经费明细'],
          ['1、公务用车购置费'],
          ['支出0.00万元。'],
          ['2、公务用车运行维护费'],
          ['2022年度支出决算为4.79万元。'],
          ['３．公务接待费支出'],
          ['支出0.20万元。'],
        ]),
      ],
    },
    {
      // helper-h314: what must stay unread: under a part's numbered heading (国内 / 外事: table 07 holds only the whole), under an
      // unnumbered label (it stays a label: 公务接待费 / 支出… after 2.公务用车购置及运行维护费's paragraph), a count's numbered line (1、公务
      // 用车购置数0辆 is no heading), a second paragraph under the heading (a part's or another item's).
      name: 'a bare 支出 under a part’s numbered heading, an unnumbered label, a count, or not right under its item’s heading: unread',
      sheets: [
        sheet('公开说明', [
          ['（三）公务接待费'],
          ['1.国内公务接待'],
          ['支出0.15万元，接待3批次18人次。'],
          ['2.外事接待'],
          ['支出0.05万元。'],
          ['3.国（境）外公务接待'],
          ['支出0.05万元。'],
          ['2.公务用车购置及运行维护费'],
          ['支出4.79万元。'],
          ['公务接待费'],
          ['支出0.30万元。'],
          ['（四）公务用车购置及运行维护费'],
          ['1、公务用车购置数0辆'],
          ['支出4.00万元。'],
          ['3.公务接待费'],
          ['支出0.20万元。'],
          ['支出0.05万元。'],
        ]),
      ],
    },
    {
      // review r321: a short numbered item cell with its figure beside it is a table's row label (a table pasted into the text
      // sheet), not the heading of the paragraph after the table; nor are headings side by side, each over its column, the heading
      // of the cell below the first (read in the row's order, after the second). Held to the 公务接待费 0.20, each was a 错误.
      name: 'a bare 支出 after a table’s short numbered row labels, or under headings side by side: not the last label’s item, unread',
      sheets: [
        sheet('公开说明', [
          ['（二）“三公”经费支出决算情况'],
          ['1.因公出国（境）费', '0.00'],
          ['2.公务用车购置及运行维护费', '4.79'],
          ['3.公务接待费', '0.20'],
          ['支出4.99万元，比上年减少0.02万元。'],
          ['（三）“三公”经费明细'],
          ['1.因公出国（境）费', '3.公务接待费'],
          ['支出0.00万元。', '支出0.20万元。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      // helper-h299: a bare 支出 under a 三公 item's heading was unread (a wrong amount passed); under the heading of both car items it
      // is their sum (5.79), not 购置费's 1.00 nor 运行维护费's 4.79.
      name: 'a bare 支出 under a 三公 item’s heading, wrong: held to the heading’s item, the car items’ sum under （二）公务用车购置费及运行维护费',
      grid: withCarBought,
      sheets: [
        sheet('公开说明', [
          ['（二）公务用车购置费及运行维护费'],
          ['支出4.79万元，比上年增加0.04万元。'],
          ['（三）公务接待费'],
          ['2022年度支出决算为0.30万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“公务用车购置及运行维护费4.79万元”，而财政拨款“三公”经费支出决算表中为 5.79 万元。' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“公务接待费0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。' },
      ],
    },
    {
      // helper-h314: under a short numbered 三公 item heading (3.公务接待费, 2、公务用车购置费) a wrong bare 支出 was unread, or under
      // the heading before it: each now held to its item (购置 1.00 in withCarBought), the car items' sum under their heading of both.
      name: 'a bare 支出 under short numbered 三公 item headings, one paragraph a cell, each wrong: held to its item',
      grid: withCarBought,
      sheets: [
        sheet('公开说明', [
          ['（二）“三公”经费财政拨款支出决算具体情况说明。'],
          ['1.因公出国（境）费'],
          ['支出0.00万元。'],
          ['2.公务用车购置及运行维护费'],
          ['支出4.79万元。'],
          ['3.公务接待费'],
          ['支出0.30万元，比上年增加0.04万元。'],
          ['（三）“三公”经费明细'],
          ['1、公务用车购置费'],
          ['支出0.00万元。'],
          ['2、公务用车运行维护费'],
          ['2022年度支出决算为4.97万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A5', message: '说明文字写“公务用车购置及运行维护费4.79万元”，而财政拨款“三公”经费支出决算表中为 5.79 万元。' },
        { severity: 'error', first: '公开说明!A7', message: '说明文字写“公务接待费0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。' },
        { severity: 'error', first: '公开说明!A10', message: '说明文字写“公务用车购置费0.00万元”，而财政拨款“三公”经费支出决算表中为 1.00 万元。' },
        { severity: 'error', first: '公开说明!A12', message: '说明文字写“公务用车运行维护费4.97万元”，而财政拨款“三公”经费支出决算表中为 4.79 万元。' },
      ],
    },
    {
      // review r309: a ； before the 其中, or this year named after it, still closes last year's clause: this year's, held.
      name: 'this year’s amount after last year’s 其中 list, or after its ； with no list: held',
      sheets: [
        sheet('公开说明', [
          ['2021年度“三公”经费支出5.01万元，其中：公务用车购置及运行维护费4.75万元；2022年度公务接待费0.26万元。'],
          ['2021年度“三公”经费支出5.01万元；本年公务接待费0.26万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“公务接待费0.26万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“公务接待费0.26万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。' },
      ],
    },
    {
      // helper-h289: this year's, named by the 说明数据's 年度, is still held.
      name: 'this year’s figure named by its year beside last year’s, in a workbook whose tables state no year, wrong',
      grid: shanghaiFixture,
      data: withShanghaiIndicators,
      sheets: [sheet('公开说明', [['2023年度一般公共预算财政拨款支出3902.77万元，2024年度一般公共预算财政拨款支出4129.01万元，增加226.24万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“一般公共预算财政拨款支出4129.01万元”，而一般公共预算财政拨款支出决算表中为 4,029.01 万元。' }],
    },
    {
      // helper-h271: unread before (a wrong one passed): last year's balance listed after another source of the spending
      // (资金来源为本年收入、上年结转，主要用于：…: taken for the balance's parts), and the spending's own list after a ； that closes a
      // year's or the opening balance's parts (2021年结转和结余中，…；一般公共预算财政拨款支出…，主要用于：…: hidden as 2021's).
      name: 'a spending’s list after its sources naming last year’s balance, or after a ； closing a balance’s parts: read',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1363.45万元，资金来源为本年收入、上年结转，主要用于：一般行政管理事务781.22万元。'],
          ['2022年度本年支出1,488.29万元，资金来源为本年收入1,372.79万元、上年结转资金115.50万元，主要用于：行政运行（项）223.14万元、一般行政管理事务（项）781.22万元。'],
          ['2021年结转和结余中，一般行政管理事务50.00万元；一般公共预算财政拨款支出1363.45万元，主要用于：一般行政管理事务781.22万元。'],
          ['2021年结转50.00万元，主要用于：一般行政管理事务50.00万元；一般公共预算财政拨款支出1363.45万元，主要用于：一般行政管理事务781.22万元。'],
          ['年初结转和结余中，一般行政管理事务50.00万元；一般公共预算财政拨款支出1363.45万元，其中：一般行政管理事务781.22万元。'],
          ['上年结转和结余中，一般行政管理事务50.00万元；本单位一般公共预算财政拨款支出1363.45万元，主要用于：一般行政管理事务781.22万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: [`${T5}!C10`], message: '说明文字写“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元' },
        { severity: 'error', first: '公开说明!A2', includes: [`${T5}!C10`], message: '说明文字写“一般行政管理事务(项)781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元' },
        { severity: 'error', first: '公开说明!A3', includes: [`${T5}!C10`], message: '说明文字写“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元' },
        { severity: 'error', first: '公开说明!A4', includes: [`${T5}!C10`], message: '说明文字写“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元' },
        { severity: 'error', first: '公开说明!A5', includes: [`${T5}!C10`], message: '说明文字写“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元' },
        { severity: 'error', first: '公开说明!A6', includes: [`${T5}!C10`], message: '说明文字写“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元' },
      ],
    },
    {
      // review r279: hidden as the balance's since 073e5ef narrowed the new list to one with its own amount (946b7e9 read them): the
      // spending named as this year's or the fund's with no amount (…；本年支出主要用于：…), or its amount as a total (…支出共…/总额…).
      name: 'a spending’s list after a balance’s ； with no amount or its amount as a total: read',
      sheets: [
        sheet('公开说明', [
          ['上年结转和结余中，一般行政管理事务50.00万元；本年支出主要用于：一般行政管理事务781.22万元。'],
          ['上年结转和结余中，一般行政管理事务50.00万元；一般公共预算财政拨款支出主要用于：一般行政管理事务781.22万元。'],
          ['2021年结转和结余中，一般行政管理事务50.00万元；本年支出主要用于：一般行政管理事务781.22万元。'],
          ['上年结转和结余中，一般行政管理事务50.00万元；一般公共预算财政拨款支出共1363.45万元，主要用于：一般行政管理事务781.22万元。'],
          ['年初结转和结余中，一般行政管理事务50.00万元；一般公共预算财政拨款支出总额1363.45万元，主要用于：一般行政管理事务781.22万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: [`${T5}!C10`], message: '说明文字写“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元' },
        { severity: 'error', first: '公开说明!A2', includes: [`${T5}!C10`], message: '说明文字写“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元' },
        { severity: 'error', first: '公开说明!A3', includes: [`${T5}!C10`], message: '说明文字写“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元' },
        { severity: 'error', first: '公开说明!A4', includes: [`${T5}!C10`], message: '说明文字写“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元' },
        { severity: 'error', first: '公开说明!A5', includes: [`${T5}!C10`], message: '说明文字写“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元' },
      ],
    },
    {
      // review r279: the 财政拨款 balance with its amount (上年财政拨款结转和结余0.00万元，…) or one of the spending's sources (…资金来源为本年
      // 收入和上年财政拨款结转，…) hid the spending's items as last year's, or the balance's parts; a wrong one passed.
      name: 'a spending’s list after the 财政拨款 balance with its amount, a source, or past a ；: read',
      sheets: [
        sheet('公开说明', [
          ['上年财政拨款结转和结余0.00万元，一般公共预算财政拨款支出1363.45万元，主要用于：一般行政管理事务781.22万元。'],
          ['一般公共预算财政拨款支出1363.45万元，资金来源为本年收入和上年财政拨款结转，主要用于：一般行政管理事务781.22万元。'],
          ['年初财政拨款结转和结余中，一般行政管理事务50.00万元；一般公共预算财政拨款支出1363.45万元，主要用于：一般行政管理事务781.22万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: [`${T5}!C10`], message: '说明文字写“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元' },
        { severity: 'error', first: '公开说明!A2', includes: [`${T5}!C10`], message: '说明文字写“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元' },
        { severity: 'error', first: '公开说明!A3', includes: [`${T5}!C10`], message: '说明文字写“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元' },
      ],
    },
    {
      // review r279: a balance's parts end at any clause but another 基本支出 or 项目支出 part: the spending's 基本支出 and 项目支出 after
      // (…；本年支出合计1,488.29万元，其中：…), or a balance's amount closing its clause with no 其中 (年末结转和结余0.00万元，…), stay table 03's.
      name: 'a 基本支出 or 项目支出 after a balance’s parts or its amount with no 其中: table 03’s',
      sheets: [
        sheet('公开说明', [
          ['上年结转和结余中，基本支出20.00万元；本年支出合计1,488.29万元，其中：基本支出770.07万元，项目支出781.22万元。'],
          ['上年结转和结余中，一般行政管理事务50.00万元；本年支出合计1,488.29万元，其中：基本支出770.07万元，项目支出781.22万元。'],
          ['年末结转和结余0.00万元，基本支出770.07万元，项目支出781.22万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“项目支出781.22万元”，而支出决算表中为 718.22 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“项目支出781.22万元”，而支出决算表中为 718.22 万元。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“项目支出781.22万元”，而支出决算表中为 718.22 万元。' },
      ],
    },
    {
      // helper-h263: 本年财政拨款支出 with its amount after a clause of last year's is this year's line (63b45ba took every
      // 本年…支出 for a line's name alone, its items for last year's: a wrong one passed); 2021年度本年支出… stays that year's.
      name: 'a list after 上年…支出…，本年财政拨款支出X万元，主要用于…: this year’s, still read',
      sheets: [
        sheet('公开说明', [
          ['上年财政拨款支出703.00万元，本年财政拨款支出1363.45万元，主要用于行政运行200.00万元，一般行政管理事务718.22万元。'],
          ['去年为703.00万元，本年一般公共预算财政拨款支出1363.45万元，主要用于：一般公共服务支出（类）1200.00万元。'],
          ['2021年度本年支出703.00万元，主要用于行政运行403.53万元。'],
          // A whole's parts after it (inLastYearClause): 本年支出 with its amount ends last year's clause.
          ['上年支出703.00万元，本年支出1,488.29万元，其中：基本支出700.00万元，项目支出718.22万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“行政运行200.00万元”，而一般公共预算财政拨款支出决算表中为 223.14 万元' },
        { severity: 'error', first: '公开说明!A2', message: '“一般公共服务支出(类)1200.00万元”，而一般公共预算财政拨款支出决算表中为 1,225.73 万元' },
        { severity: 'error', first: '公开说明!A4', message: '“基本支出700.00万元”' },
      ],
    },
    {
      // helper-h255: 本年 as this year after last year's words still returns to this year's 决算.
      name: 'a list after 上年…，本年主要用于…: this year’s, still read',
      sheets: [sheet('公开说明', [['上年主要用于行政运行403.53万元，本年主要用于行政运行200.00万元，一般行政管理事务718.22万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '“行政运行200.00万元”，而一般公共预算财政拨款支出决算表中为 223.14 万元' }],
    },
    {
      // helper-h255: neither the item's 决算 nor its change, the message names both; after the sentence's 。 the list is the
      // 决算's (…增长93.98%。其中：…), and with no 上年数 known the change is not known: held to the 决算, as before.
      name: 'a 其中 list after a change, an item neither its 决算 nor its change; after a 。, or no 上年数 known, the 决算’s',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元，增长93.98%，其中：一般行政管理事务600.00万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元，增长93.98%。其中：一般行政管理事务650.22万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“一般行政管理事务600.00万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元，比上年增加 650.22 万元：既不是决算数，也不是增减额' },
        { severity: 'error', first: '公开说明!A2', message: '“一般行政管理事务650.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元。' },
      ],
    },
    {
      // helper-h265: a 其中 list right after a change's amount, no rate between (…比上年减少180.39万元，其中：行政运行…): its first item
      // was taken for the change's use and left unread (CHANGE_BEFORE_CLAUSE), a wrong one passed.
      name: 'a 其中 list right after a change’s amount, an item neither its 决算 nor its change the same way',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年减少180.39万元，其中：行政运行190.00万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元，其中：一般行政管理事务700.00万元，行政运行223.14万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元，其中：行政运行180.39万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“行政运行190.00万元”，而一般公共预算财政拨款支出决算表中为 223.14 万元，比上年减少 180.39 万元：既不是决算数，也不是增减额' },
        { severity: 'error', first: '公开说明!A2', message: '“一般行政管理事务700.00万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元，比上年增加 650.22 万元：既不是决算数，也不是增减额' },
        { severity: 'error', first: '公开说明!A3', message: '“行政运行180.39万元”，而一般公共预算财政拨款支出决算表中为 223.14 万元。' },
      ],
    },
    {
      // helper-h287: after an increase from a budget the list was unread, a wrong item passed. An amount above the item's 决算 is
      // neither it nor a part of the increase (its 决算 − its 预算): a 错误.
      name: 'a 主要用于 list right after an increase’s amount from a budget, an item above its 决算',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1363.45万元，与年初预算数相比增加157.11万元，主要用于：一般行政管理事务781.22万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，比年初预算增加157.11万元，主要用于：一般行政管理事务(项)781.22万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“一般行政管理事务(项)781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元。' },
      ],
    },
    {
      name: 'a 主要用于 list right after a change’s amount from last year, an item neither its 决算 nor its change the same way',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元，主要用于：一般行政管理事务781.22万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，较上年减少180.39万元，主要用于：行政运行200.00万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“一般行政管理事务781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元，比上年增加 650.22 万元：既不是决算数，也不是增减额' },
        { severity: 'error', first: '公开说明!A2', message: '“行政运行200.00万元”，而一般公共预算财政拨款支出决算表中为 223.14 万元，比上年减少 180.39 万元：既不是决算数，也不是增减额' },
      ],
    },
    {
      // helper-h263: an item's change is a part of the sentence's change in its direction only: 行政运行 fell by 180.39 (403.53 →
      // 223.14), 一般行政管理事务 rose by 650.22 (68.00 → 718.22); each listed under a change the other way passed.
      name: 'a 其中 list after a change, an item that changed the other way by the amount stated',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元，增长93.98%，其中：行政运行180.39万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年减少180.39万元，下降44.70%，其中：一般行政管理事务650.22万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“行政运行180.39万元”，而一般公共预算财政拨款支出决算表中为 223.14 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '“一般行政管理事务650.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元。' },
      ],
    },
    {
      name: 'a 其中 list after a change, the item’s 上年数 not known: held to its 决算',
      data: (j) => {
        delete j.指标['2010302'];
      },
      sheets: [sheet('公开说明', [['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元，增长93.98%，其中：一般行政管理事务650.22万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '“一般行政管理事务650.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元。' }],
    },
    {
      // helper-h237: a 款 named alone (…(款)支出…, 其中…(款)…) was unread: a wrong one passed. After its 类 it is the chain's, one finding.
      name: 'a 款 named alone with a wrong figure; after its 类, one finding',
      sheets: [
        sheet('公开说明', [
          ['政府办公厅（室）及相关机构事务（款）支出1,234.00万元。'],
          ['其中政府办公厅（室）及相关机构事务（款）1,234.00万元。'],
          ['一般公共服务支出（类）、政府办公厅（室）及相关机构事务（款）：支出决算数为1,234.00万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: [`${T5}!C8`], message: '“政府办公厅(室)及相关机构事务(款)1,234.00万元”，而一般公共预算财政拨款支出决算表中为 1,225.73 万元' },
        { severity: 'error', first: '公开说明!A2', includes: [`${T5}!C8`], message: '1,225.73 万元' },
        { severity: 'error', first: '公开说明!A3', includes: [`${T5}!C8`], message: '1,225.73 万元' },
      ],
    },
    {
      // helper-h244: a balance listed before the income's sources in the income's own list (收入总计…，其中：年初结转和结余…，
      // 事业收入…): the sentence's whole is the income, its sources are table 01's.
      name: 'an income source listed after 年初结转和结余 in a list of 收入总计, still read',
      sheets: [sheet('公开说明', [['2022年度收入总计1,488.29万元，其中：年初结转和结余0.00万元，事业收入124.84万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '“事业收入124.84万元”，而收入决算表中为 0.00 万元' }],
    },
    {
      // helper-h237: still read where the sentence's last whole is an income (收入支出总计…，其中; …支出…；收入合计…，其中).
      name: 'an income source in a list of the income, after a spending or 收入支出总计, still read',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入支出总计1,488.29万元，其中：事业收入124.84万元。'],
          ['2022年度本年支出合计1,488.29万元；本年收入合计1,372.79万元，其中：事业收入124.84万元。'],
          ['2022年度本年收入合计1,372.79万元，其中：事业收入0.00万元，财政拨款1,300.00万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“事业收入124.84万元”，而收入决算表中为 0.00 万元' },
        { severity: 'error', first: '公开说明!A2', message: '“事业收入124.84万元”，而收入决算表中为 0.00 万元' },
        { severity: 'error', first: '公开说明!A3', message: '1,300.00万元”，而收入决算表中为 1,363.45 万元' },
      ],
    },
    {
      // helper-h132: a 分别 list of 类 right after the document's year was not read: a wrong amount passed.
      name: 'a 分别 list of 类 after the document’s year with a wrong amount (2022年度一般公共服务支出、…分别为…、…、30.00万元)',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共服务支出、社会保障和就业支出、住房保障支出分别为1225.73万元、47.25万元、30.00万元。'],
          ['本年度（2022年）一般公共服务支出、住房保障支出分别为1225.73万元、30.00万元。'],
          ['本单位2022年一般公共服务支出和住房保障支出分别为1225.73万元、30.00万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“住房保障支出30.00万元”' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“住房保障支出30.00万元”' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“住房保障支出30.00万元”' },
      ],
    },
    {
      // helper-h135: a 分别 list of 类 after 本年/本年度 right before its first name was not read: a wrong amount passed. After a
      // comma, the document's year named after last year's (or in a sentence of its own), or after a year compared with
      // (与2021年度相比，…), it is read.
      name: 'a 分别 list of 类 after 本年/本年度, or after a comma in this year’s sentence, with a wrong amount',
      sheets: [
        sheet('公开说明', [
          ['本年一般公共服务支出、住房保障支出分别为1225.73万元、30.00万元。'],
          ['本年度一般公共服务支出和住房保障支出分别为1,000.00万元、37.84万元。'],
          ['2021年度增长较快，2022年度，一般公共服务支出、住房保障支出分别为1225.73万元、30.00万元。'],
          ['2021年度收入总计1,801.23万元；2022年度，一般公共服务支出、住房保障支出分别为1225.73万元、30.00万元。'],
          ['与2021年度相比，一般公共服务支出、住房保障支出分别为1225.73万元、30.00万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“住房保障支出30.00万元”' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“一般公共服务支出1,000.00万元”' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“住房保障支出30.00万元”' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“住房保障支出30.00万元”' },
        { severity: 'error', first: '公开说明!A5', message: '说明文字写“住房保障支出30.00万元”' },
      ],
    },
    {
      // helper-h131: a label and amount stated wrong twice in one text had one id: the second dropped, one wrong statement
      // unreported.
      name: 'a label and amount stated wrong twice in one cell (…收入总计1,500.00万元。…收入总计1,500.00万元…)',
      sheets: [sheet('公开说明', [['2022年度收入总计1,500.00万元，支出总计1,488.29万元。2022年度收入总计1,500.00万元，比上年减少301.23万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“收入总计1,500.00万元”' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“收入总计1,500.00万元”' },
      ],
    },
    {
      // helper-h125: this year's amount after a sum since an earlier year, the item named once (2021年以来，“三公”经费累计支出
      // 10.00万元，2022年度支出4.90万元): unread, a wrong one passed.
      name: 'a wrong amount of this year’s after a sum since an earlier year, the item named with the sum (…累计支出…，2022年度支出…)',
      sheets: [
        sheet('公开说明', [
          ['2021年以来，“三公”经费累计支出10.00万元，2022年度支出4.90万元。'],
          ['2019年以来，本单位公务接待费累计支出1.20万元，其中2022年度0.30万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '4.90万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '公务接待费0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。' },
      ],
    },
    {
      // helper-h125: two years' amounts of one name listed with 分别 (2021年和2022年收入总计分别为…、…): unread, a wrong one of
      // this year's passed.
      name: 'a wrong amount of this year’s among two years’ listed with 分别 (2021年和2022年收入总计分别为…、…)',
      sheets: [
        sheet('公开说明', [
          ['2021年和2022年收入总计分别为1801.23万元、1900.00万元。'],
          ['2022年、2021年公用经费分别为60.39万元、92.95万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“收入总计1900.00万元”' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“公用经费60.39万元”' },
      ],
    },
    {
      // helper-h126: this year named between a label and its amount (四川: “三公”经费2022年度支出4.90万元): unread, a wrong one passed.
      name: 'a wrong amount with this year named between its label and it (“三公”经费2022年度支出…)',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费2022年度支出4.90万元。'],
          ['公务接待费2022年度支出0.30万元，较2021年度0.26万元增加0.04万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“三公经费4.90万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“公务接待费0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。' },
      ],
    },
    {
      // helper-h126: three years' amounts of one name listed with 分别 (2020年、2021年和2022年收入总计分别为…、…、…): unread, a
      // wrong one of this year's passed.
      name: 'a wrong amount of this year’s among three years’ listed with 分别 (2020年、2021年和2022年…分别为…、…、…)',
      sheets: [
        sheet('公开说明', [
          ['2020年、2021年和2022年收入总计分别为1900.00万元、1801.23万元、1448.29万元。'],
          ['2022年、2021年和2020年“三公”经费分别为4.90万元、5.01万元、6.00万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“收入总计1448.29万元”，而收入支出决算总表中为 1,488.29 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“三公经费4.90万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。' },
      ],
    },
    {
      // helper-h128: the comparison with last year between the label and the change (收入总计与上年相比，由…减少至…): unread, a wrong
      // one passed.
      name: 'a wrong amount of this year’s after a change from an amount of no year named, 与上年相比 after the label',
      sheets: [
        sheet('公开说明', [
          ['收入总计与上年相比，由1,801.23万元减少至1,448.29万元。'],
          ['2022年度公务接待费较上年，由0.26万元减少至0.02万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“收入总计1,448.29万元”，而收入支出决算总表中为 1,488.29 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“公务接待费0.02万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。' },
      ],
    },
    {
      // helper-h126: this year's amount after a change from an amount of no year named, after a comparison with last year (与上年
      // 相比，收入总计由1,801.23万元减少至1,448.29万元): unread, a wrong one passed.
      name: 'a wrong amount of this year’s after a change from an amount of no year named, after 与上年相比',
      sheets: [
        sheet('公开说明', [
          ['与上年相比，收入总计由1,801.23万元减少至1,448.29万元。'],
          ['与上年相比，“三公”经费支出由5.01万元减少至4.99万元，公务接待费由0.26万元减少至0.02万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“收入总计1,448.29万元”，而收入支出决算总表中为 1,488.29 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“公务接待费0.02万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。' },
      ],
    },
    {
      // helper-h126: a 项's amount after a change from last year's (行政运行（项）支出由上年的403.53万元减少至232.14万元), named
      // alone, in its chain or by its code: unread, a wrong one passed.
      name: 'a wrong amount of a 项 after a change from last year’s (…（项）支出由上年的…减少至…)',
      sheets: [
        sheet('公开说明', [
          ['2022年度，行政运行（项）支出由上年的403.53万元减少至232.14万元，主要原因是人员减少。'],
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）：支出决算由上年的68.00万元增加至781.22万元。'],
          ['2010301行政运行支出由上年的403.53万元减少至232.14万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“行政运行(项)232.14万元”，而一般公共预算财政拨款支出决算表中为 223.14 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“一般行政管理事务(项)781.22万元”，而一般公共预算财政拨款支出决算表中为 718.22 万元。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“2010301行政运行232.14万元”，而一般公共预算财政拨款支出决算表中为 223.14 万元。' },
      ],
    },
    {
      // helper-h125: this year's amount after a change from last year's (由上年的5.01万元减少至4.90万元; 下降到, 增加至), unread: a
      // wrong one passed.
      name: 'a wrong amount of this year’s after a change from last year’s (由上年的…减少至…; 下降到; 增加至)',
      sheets: [
        sheet('公开说明', [
          ['2022年度“三公”经费支出由上年的5.01万元减少至4.90万元。'],
          ['2022年度公用经费由上年的92.95万元下降到60.39万元，主要原因是厉行节约。'],
          ['2022年度财政拨款支出总计由2021年度的702.89万元增加至1,300.00万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“三公经费支出4.90万元”' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“公用经费60.39万元”' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“财政拨款支出总计1,300.00万元”' },
      ],
    },
    {
      // helper-h122: a sum over last year and this one, unread (no figure of this year's alone): a wrong one passed.
      name: 'a wrong sum over last year and this one (2021年至2022年…累计…)',
      sheets: [
        sheet('公开说明', [
          ['2021年至2022年，本单位“三公”经费累计支出10.50万元。'],
          ['2021—2022年公务接待费累计支出0.40万元。'],
          ['2021年、2022年“三公”经费累计支出10.50万元。'],
          ['2021年度收入总计1801.23万元，2022年度支出总计1488.92万元。'],
          ['2022年度收入总计1488.29万元，上年为1801.23万元，支出总计1488.92万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“2021年至2022年三公经费累计10.50万元”，而本年财政拨款“三公”经费支出决算表中为 4.99 万元、上年（说明数据的上年数）为 5.01 万元，两年合计应为 10.00 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '两年合计应为 0.46 万元。' },
        { severity: 'error', first: '公开说明!A3', message: '两年合计应为 10.00 万元。' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“支出总计1488.92万元”' },
        { severity: 'error', first: '公开说明!A5', message: '说明文字写“支出总计1488.92万元”' },
      ],
    },
    {
      // helper-h318: another year's clause ends where this year is named, by 本年 or 今年 too (near forms of the case above).
      name: 'a wrong amount after another year’s clause, this year named by 本年 or 今年',
      sheets: [
        sheet('公开说明', [
          ['2021年度收入总计1801.23万元；本年支出总计1488.92万元。'],
          ['2020年度收入总计1500.00万元，今年支出总计1488.92万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“支出总计1488.92万元”，而' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“支出总计1488.92万元”，而' },
      ],
    },
    {
      // review r324: past a ； after 上年's words, a part compared with 上年 is this year's (上年 compared with 上年 is no year): run
      // on to the sentence's end, 上年's clause let a wrong 4.90 pass. Its 其中 list's part is 上年's still (the valid case below).
      name: 'a wrong amount after 上年’s statement and a ；, in a part compared with 上年',
      sheets: [
        sheet('公开说明', [
          ['上年“三公”经费支出5.01万元；“三公”经费支出4.90万元，比上年减少0.11万元。'],
          ['去年“三公”经费支出5.01万元；“三公”经费支出4.90万元，较上年减少0.11万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“三公经费支出4.90万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“三公经费支出4.90万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。' },
      ],
    },
    {
      // review r324: another year's clause in words alone ends at its ； (a plan of next year's, last year's in a reason): run on to
      // the sentence's end, this year's amounts after it were that year's and a wrong one passed. Stating figures, it runs on (valid).
      name: 'a wrong amount after a ； that ends another year’s clause in words alone (2023年，我单位将…；…; 原因是：上年度…；…)',
      sheets: [
        sheet('公开说明', [
          ['2023年，我单位将继续压减支出；“三公”经费支出4.90万元，比上年减少0.11万元。'],
          ['2022年度“三公”经费支出4.99万元，主要原因是：上年度接待任务较多；公务接待费支出0.30万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“三公经费支出4.90万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“公务接待费0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。' },
      ],
    },
    {
      // helper-h122: a 分别 list's names joined by 和 where one has 及 inside went unread (split at both): a wrong one passed.
      name: 'a wrong amount of a 分别 list whose names are joined by 和, one with 及 inside',
      sheets: [sheet('公开说明', [['公务用车购置及运行维护费和公务接待费分别为4.79万元、0.30万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“公务接待费0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。' }],
    },
    {
      // helper-h122: 累计 between the label and its amount went unread: a wrong figure passed.
      name: 'a wrong amount after 累计 (“三公”经费累计支出…, 公务接待费累计…)',
      sheets: [
        sheet('公开说明', [
          ['2022年度“三公”经费累计支出3.01万元。'],
          ['“三公”经费累计支出3.01万元，其中公务接待费0.20万元。'],
          ['2022年度公务接待费累计0.30万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '3.01万元”，而' },
        { severity: 'error', first: '公开说明!A2', message: '3.01万元”，而' },
        { severity: 'error', first: '公开说明!A3', message: '0.30万元”，而' },
      ],
    },
    {
      // helper-h119: this year's figure beside a sum over years, before it or after it with its year: this year's still.
      name: 'this year’s wrong 三公 figure beside a sum over years',
      sheets: [
        sheet('公开说明', [
          ['2022年度“三公”经费支出3.01万元，2019年至2022年累计压减1.20万元。'],
          ['2019年至2022年累计压减“三公”经费1.20万元，2022年度“三公”经费支出3.01万元。'],
          ['2022年度公务接待费支出1.20万元，近三年累计压减0.50万元。'],
          ['2021年度至2022年度“三公”经费支出3.01万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“三公经费支出3.01万元”' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“三公经费支出3.01万元”' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“公务接待费1.20万元”' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“三公经费支出3.01万元”' },
      ],
    },
    {
      // helper-h105: 总收入/总支出 were no label, and a 分别 list of 收入、支出总计 not read (its names share 总计).
      name: 'the totals as 总收入/总支出 and as 收入、支出总计分别为…、…, a figure wrong',
      sheets: [
        sheet('公开说明', [
          ['2022年度本单位总收入1372.79万元，总支出1489.29万元。'],
          ['2022年度收入、支出总计分别为1488.29万元、1498.29万元。'],
          ['2022年度财政拨款收入、支出总计分别为1363.45万元、1336.45万元。'],
          ['2022年度财政拨款收入1363.45万元，财政拨款支出1336.45万元，与2021年相比，财政拨款收入、支出均增加660.56万元。'],
          ['一般公共服务支出、社会保障和就业支出、卫生健康支出、住房保障支出、其他支出分别为1225.73万元、47.25万元、34.07万元、37.84万元、81.55万元。'],
          ['2022年度国有资本经营预算财政拨款收入、支出均为5万元。'],
          ['2022年度政府性基金预算财政拨款收入、支出及结转和结余均为1.00万元。'],
          ['行政单位医疗、事业单位医疗分别为8.28万元、71.46万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“总支出1489.29万元”' },
        { severity: 'error', first: '公开说明!A2', message: '1498.29万元' },
        { severity: 'error', first: '公开说明!A3', message: '1336.45万元' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“财政拨款支出1336.45万元”' },
        { severity: 'error', first: '公开说明!A5', message: '说明文字写“其他支出81.55万元”' },
        { severity: 'error', first: '公开说明!A6', message: '说明文字写“国有资本经营预算财政拨款收入5万元”' },
        { severity: 'error', first: '公开说明!A6', message: '说明文字写“国有资本经营预算财政拨款支出5万元”' },
        { severity: 'error', first: '公开说明!A7', message: '说明文字写“政府性基金预算财政拨款收入1.00万元”' },
        { severity: 'error', first: '公开说明!A7', message: '说明文字写“政府性基金预算财政拨款支出1.00万元”' },
        { severity: 'error', first: '公开说明!A8', message: '说明文字写“事业单位医疗71.46万元”' },
      ],
    },
    {
      // Its code between its name and its amount, the 类 was read neither as marked nor as unmarked: a wrong one passed.
      name: 'a 类 named with its code after its name (一般公共服务支出（201）…), a figure not its own',
      sheets: [
        sheet('公开说明', [
          ['一般公共服务支出（201）1,325.73万元，比上年减少100.00万元。'],
          ['社会保障和就业支出（208）57.25万元；其他支出（229）18.55万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“一般公共服务支出(201)1,325.73万元”，而一般公共预算财政拨款支出决算表中为 1,225.73 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“社会保障和就业支出(208)57.25万元”，而一般公共预算财政拨款支出决算表中为 47.25 万元。' },
      ],
    },
    {
      // 内蒙古 (helper-h93): unread, the label was no label of the tables.
      name: 'the figures of table 05 named without 财政拨款 (一般公共预算基本支出…, 一般公共预算支出…) that are not table 05’s',
      sheets: [sheet('公开说明', [['2022年度一般公共预算基本支出654.23万元，其中：人员经费577.84万元；公用经费67.39万元。'], ['2022年度一般公共预算支出1,336.45万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“一般公共预算基本支出654.23万元”' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“一般公共预算支出1,336.45万元”' },
      ],
    },
    {
      name: 'a 三公 figure under 一般公共预算财政拨款 that is not table 07’s (unread before)',
      sheets: [sheet('公开说明', [['2022年度本单位一般公共预算财政拨款“三公”经费支出9.49万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '9.49万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元' }],
    },
    {
      name: '财政拨款 figures with 本年 before them that are not the tables’ (本年财政拨款支出 unread before)',
      sheets: [sheet('公开说明', [['2022年度财政拨款支出总计1363.45万元，其中：本年财政拨款支出1336.45万元。'], ['其中：本年财政拨款收入1336.45万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“本年财政拨款支出1336.45万元”' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“财政拨款收入1336.45万元”' },
      ],
    },
    {
      // Each part equal to some table's figure passed, though not to the figure of the whole it follows.
      name: 'parts after a whole’s 其中 that are the other table’s: table 05’s 基本支出 under 本年支出合计, table 03’s under 一般公共预算财政拨款支出',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年支出合计1,488.29万元，其中：基本支出645.23万元，项目支出718.22万元。'],
          ['2022年度一般公共预算财政拨款支出1,363.45万元，其中：基本支出770.07万元，项目支出718.22万元。'],
          ['2022年度本年支出1,488.29万元，其中：\n1.基本支出645.23万元，占43.35%；\n2.项目支出718.22万元，占48.26%。'],
          // A change from last year between the whole and its 其中 is no whole.
          ['2022年度本年支出合计1,488.29万元，比上年减少312.94万元，其中：基本支出645.23万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“基本支出645.23万元”，而支出决算表中为 770.07 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“基本支出770.07万元”，而一般公共预算财政拨款支出决算表中为 645.23 万元。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“基本支出645.23万元”，而支出决算表中为 770.07 万元。' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“基本支出645.23万元”，而支出决算表中为 770.07 万元。' },
      ],
    },
    {
      name: 'a wrong 其他支出 without its mark in a list of 类 without theirs (黑龙江: unread before)',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1,363.45万元，其中：一般公共服务支出1,225.73万元，社会保障和就业支出47.25万元，卫生健康支出34.07万元，住房保障支出37.84万元，其他支出15.85万元。'],
        ]),
      ],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“其他支出15.85万元”，而一般公共预算财政拨款支出决算表中为 18.55 万元。' }],
    },
    {
      // The word 决算 alone between a label and its amount (基本支出决算654.23万元): read as the label's (helper-80).
      name: 'a wrong amount after its label and the word 决算 (基本支出决算…, “三公”经费财政拨款支出决算…)',
      sheets: [sheet('公开说明', [['其中：基本支出决算654.23万元，项目支出决算718.22万元。'], ['“三公”经费财政拨款支出决算4.89万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“基本支出654.23万元”，而支出决算表中为 770.07 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '4.89万元' },
      ],
    },
    {
      // helper-80: the 中央 template's 财政拨款收入、支出总计, and 各 before the amount, went unread.
      name: 'a wrong total in the 中央 template’s words (财政拨款收入、支出总计各…, 收入、支出总计各…)',
      sheets: [sheet('公开说明', [['2022年度财政拨款收入、支出总计各1,363.54万元。'], ['2022年度收入、支出总计各1,489.29万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“财政拨款收入、支出总计1,363.54万元”，而财政拨款收入支出决算总表中为 1,363.45 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“支出总计1,489.29万元”，而收入支出决算总表中为 1,488.29 万元。' },
      ],
    },
    {
      // Unread where two rows share the name: a figure of neither passed.
      name: 'a 项 named alone whose name two rows of table 05 share, with neither row’s figure',
      edits: [[T5, 'B11', '行政运行']],
      sheets: [sheet('公开说明', [['行政运行(项)支出决算数为300.00万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“行政运行(项)300.00万元”，而一般公共预算财政拨款支出决算表中为 223.14 万元。' }],
    },
    {
      name: 'a wrong amount of a 项 or 款 named by its code and name (2010301行政运行支出…, 行政运行（2010301）…, 2010350 事业运行：支出决算为…)',
      sheets: [sheet('公开说明', [['2010301行政运行支出232.14万元。'], ['行政运行（2010301）支出232.14万元。'], ['2010350 事业运行：支出决算为248.38万元。'], ['20103政府办公厅（室）及相关机构事务1,252.73万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: [`${T5}!C9`], message: '说明文字写“2010301行政运行232.14万元”，而一般公共预算财政拨款支出决算表中为 223.14 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“行政运行(2010301)232.14万元”' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“2010350事业运行248.38万元”' },
        { severity: 'error', first: '公开说明!A4', message: '而一般公共预算财政拨款支出决算表中为 1,225.73 万元' },
      ],
    },
    {
      name: 'a wrong 财政拨款支出 (without 本年 or 总计) standing alone: after the year, or opening the sentence',
      sheets: [sheet('公开说明', [['2022年度财政拨款支出1,463.45万元。'], ['财政拨款支出1,463.45万元，比上年增加760.56万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“财政拨款支出1,463.45万元”，而财政拨款收入支出决算总表中为 1,363.45 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“财政拨款支出1,463.45万元”' },
      ],
    },
    {
      name: 'a wrong 公务用车购置及运行维护费 where table 07 prints no 小计 of it (its parts’ sum: the amount the narrative states)',
      grid: () => withThreePublicWithoutSubtotal(sample()),
      sheets: [sheet('公开说明', [['公务用车购置及运行维护费5.79万元，公务用车购置及运行维护费4.79万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“公务用车购置及运行维护费5.79万元”，而财政拨款“三公”经费支出决算表中为 4.79 万元' }],
    },
    {
      // 北京 and 山东 name the 项 without its 类 and 款: the amount was read by no rule.
      name: 'a wrong amount of a 项 named alone (行政运行(项)支出决算数为…), the one row of table 05 with its name',
      sheets: [sheet('公开说明', [['行政运行(项)支出决算数为309.00万元，比上年决算减少180.39万元。'], ['其中：行政运行(项)223.14万元，事业运行(项)294.38万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: [`${T5}!C9`], message: '说明文字写“行政运行(项)309.00万元”，而一般公共预算财政拨款支出决算表中为 223.14 万元' },
        { severity: 'error', first: '公开说明!A2', includes: [`${T5}!C11`], message: '说明文字写“事业运行(项)294.38万元”' },
      ],
    },
    {
      name: 'a wrong total in the 中央 template’s words',
      sheets: [sheet('公开说明', [['2022年度财政拨款收入支出决算总计1,373.45万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“财政拨款收入支出决算总计1,373.45万元”，而财政拨款收入支出决算总表中为 1,363.45 万元' }],
    },
    {
      // review44: read as a budget's parts, these 决算 figures passed.
      name: 'a wrong figure after a budget where the 其中 lists the 决算 (预算…，实际支出…，其中：…), after ；, or after 预算中的',
      sheets: [
        sheet('公开说明', [
          ['2022年度“三公”经费预算5.00万元，实际支出4.99万元，其中：因公出国（境）费0.00万元，公务用车购置及运行维护费4.80万元，公务接待费0.20万元。'],
          ['一般公共预算财政拨款支出年初预算1,206.34万元，支出1,363.45万元，其中：基本支出645.23万元，项目支出700.00万元。'],
          ['“三公”经费预算5.00万元，其中：公务接待费0.20万元；实际支出4.99万元，其中：公务接待费0.30万元。'],
          ['按照部门预算中的安排，本年收入总计1,400.00万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“公务用车购置及运行维护费4.80万元”' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“项目支出700.00万元”' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“公务接待费0.30万元”' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“收入总计1,400.00万元”' },
      ],
    },
    {
      // review43: unread, any amount passed.
      name: 'a wrong 收入合计 or 支出合计 without 本年',
      sheets: [sheet('公开说明', [['2022年度收入合计1,327.79万元，支出合计1,448.29万元。'], ['本年度支出合计1,448.29万元。'], ['2022年，收入合计1,327.79万元。全年支出合计1,448.29万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“收入合计1,327.79万元”，而收入支出决算总表中为 1,372.79 万元' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“支出合计1,448.29万元”，而收入支出决算总表中为 1,488.29 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“支出合计1,448.29万元”，而收入支出决算总表中为 1,488.29 万元' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“收入合计1,327.79万元”，而收入支出决算总表中为 1,372.79 万元' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“支出合计1,448.29万元”，而收入支出决算总表中为 1,488.29 万元' },
      ],
    },
    {
      // Read cell by cell (text pasted line by line), the amount had no words and passed.
      name: 'a wrong amount whose sentence runs on into the cell below (…支出总计⏎1,400.00万元; …合计1,327.79⏎万元): reported at the sentence’s first cell',
      sheets: [sheet('公开说明', [['2022年度收入总计1,488.29万元，支出总计'], ['1,400.00万元。'], ['2022年度本年收入合计1,327.79'], ['万元。'], ['本年支出总计'], ['1,448.29万元，比上年减少352.94万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“支出总计1,400.00万元”，而收入支出决算总表中为 1,488.29 万元' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“本年收入合计1,327.79万元”，而收入支出决算总表中为 1,372.79 万元' },
        // review47: a label too short to be a text cell, its amount below.
        { severity: 'error', first: '公开说明!A5', message: '说明文字写“支出总计1,448.29万元”，而收入支出决算总表中为 1,488.29 万元' },
      ],
    },
    {
      // Unread, any amount passed.
      name: 'a wrong amount in 亿元 (two or three decimals) or 亿, quoted as written',
      sheets: [sheet('公开说明', [['2022年度收入总计0.16亿元。'], ['2022年度收入总计0.148亿元。'], ['一般公共服务支出（类）0.13亿，占89.90%。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“收入总计0.16亿元”，而收入支出决算总表中为 1,488.29 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“收入总计0.148亿元”，而收入支出决算总表中为 1,488.29 万元' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“一般公共服务支出(类)0.13亿”，而一般公共预算财政拨款支出决算表中为 1,225.73 万元' },
      ],
    },
    {
      // helper-h289 (checked, no false 错误): 0.0499 亿元 is 499 万元, not 4.99 (that is 0.000499 亿元); at four decimals a 亿
      // figure is held to 1 万元 (0.1488亿元 right for 1,488.29), and one 万 off is wrong.
      name: 'an amount in 亿元 with four decimals: 100 times the 三公 total (0.0499亿元 for 4.99万元), or one 万 off',
      sheets: [sheet('公开说明', [['“三公”经费支出决算0.0499亿元。'], ['2022年度收入总计0.1489亿元。'], ['2022年度收入总计0.1488亿元，“三公”经费支出决算0.0005亿元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“三公经费支出决算0.0499亿元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“收入总计0.1489亿元”，而收入支出决算总表中为 1,488.29 万元。' },
      ],
    },
    {
      // Unread, any amount passed.
      name: 'a wrong amount in 万 without 元, quoted as written',
      sheets: [sheet('公开说明', [['2022年度收入总计1,400.00万，支出总计1,488.29万。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“收入总计1,400.00万”，而收入支出决算总表中为 1,488.29 万元' }],
    },
    {
      name: 'an amount written with fewer decimals that is wrong at the digits it writes (1,488.4万元, 1490万元), and a 0 (never a rounding)',
      sheets: [sheet('公开说明', [['收入总计1,488.4万元。'], ['收入总计1490万元。'], ['公务接待费0万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“收入总计1,488.4万元”，而收入支出决算总表中为 1,488.29 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“收入总计1490万元”，而收入支出决算总表中为 1,488.29 万元' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“公务接待费0万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元' },
      ],
    },
    {
      name: 'the department’s wrong 本年收入/本年支出 in a sentence that names 项目 for another reason (a department’s name, a reason, 财政资金)',
      sheets: [
        sheet('公开说明', [
          ['昌吉州重点项目建设服务中心2022年度本年收入1,382.79万元，本年支出1,498.29万元。'],
          ['由于新增信息化建设项目，2022年度本年支出1,498.29万元。'],
          ['2022年度财政资金本年支出1,498.29万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“本年收入1,382.79万元”，而收入支出决算总表中为 1,372.79 万元' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“本年支出1,498.29万元”，而收入支出决算总表中为 1,488.29 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“本年支出1,498.29万元”' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“本年支出1,498.29万元”' },
      ],
    },
    {
      name: 'a wrong 项 决算 in other provinces’ words',
      sheets: [sheet('公开说明', [['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：2022年度决算232.14万元，主要用于单位人员工资。'], ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）支出232.14万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“行政运行(项)232.14万元”，而一般公共预算财政拨款支出决算表中为 223.14 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“行政运行(项)232.14万元”，而一般公共预算财政拨款支出决算表中为 223.14 万元' },
      ],
    },
    {
      name: 'a wrong 财政拨款 total or 本年收入 in other provinces’ words, the department’s 本年支出 after its 项目支出, 一般公共预算’s 人员经费',
      sheets: [
        sheet('公开说明', [
          ['2022年度财政拨款收入、支出决算总计1,373.45万元。'],
          ['2022年度财政拨款收、支总计1,363.45万元，其中：本年收入1,353.45万元。'],
          ['2022年度基本支出770.07万元，项目支出718.22万元，本年支出1,498.29万元。'],
          ['2022年度一般公共预算财政拨款基本支出645.23万元，其中：人员经费587.84万元，公用经费67.39万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“财政拨款收入、支出决算总计1,373.45万元”，而财政拨款收入支出决算总表中为 1,363.45 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“财政拨款本年收入1,353.45万元”' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“本年支出1,498.29万元”，而收入支出决算总表中为 1,488.29 万元' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“人员经费587.84万元”' },
      ],
    },
    {
      // helper-h233: read as 公务接待费's own, a wrong sum equal to it (0.20) passed; 公务用车购置和运行维护费 was not read.
      // helper-h236: the message quotes the text's words (it put 合计 in where the text has none).
      name: 'a wrong sum of 三公 items joined with one amount and no 合计; a wrong 公务用车购置和运行维护费',
      grid: threePublicAllSpent,
      sheets: [
        sheet('公开说明', [
          ['因公出国（境）费和公务接待费0.20万元。'],
          ['因公出国（境）费、公务用车购置及运行维护费和公务接待费0.20万元。'],
          ['公务用车购置费和公务用车运行维护费2.79万元。'],
          ['公务用车购置和运行维护费5.79万元。'],
          ['公务用车购置费和运行维护费2.79万元。'],
          ['因公出国（境）费和公务接待费共0.20万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“因公出国(境)费和公务接待费0.20万元”，而财政拨款“三公”经费支出决算表中为 1.70 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“因公出国(境)费、公务用车购置及运行维护费和公务接待费0.20万元”，而财政拨款“三公”经费支出决算表中为 6.49 万元' },
        { severity: 'error', first: '公开说明!A3', message: '为 4.79 万元' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“公务用车购置和运行维护费5.79万元”，而财政拨款“三公”经费支出决算表中为 4.79 万元' },
        { severity: 'error', first: '公开说明!A5', message: '说明文字写“公务用车购置费和运行维护费2.79万元”，而财政拨款“三公”经费支出决算表中为 4.79 万元' },
        { severity: 'error', first: '公开说明!A6', message: '说明文字写“因公出国(境)费和公务接待费共0.20万元”，而财政拨款“三公”经费支出决算表中为 1.70 万元' },
      ],
    },
    {
      // helper-h236: names listed with as many amounts and no 分别 were read as the last name's first amount: the swapped list
      // passed (公务接待费 0.20 its figure); a vehicle part without 公务用车 after the first (…分别…) went unread.
      name: 'a wrong amount of names listed with as many amounts and no 分别; of 公务用车购置费和运行维护费分别…',
      grid: threePublicAllSpent,
      sheets: [
        sheet('公开说明', [
          ['因公出国（境）费、公务接待费0.20万元、1.50万元。'],
          ['2022年度人员经费和公用经费587.84万元、67.39万元。'],
          ['公务用车购置费和运行维护费分别为2.00万元、3.79万元。'],
          ['公务用车购置费和运行维护费2.00万元、3.79万元。'],
          // helper-h243: a comma after the amount ends the names' clause: their sum (read in turn, or before afe3244 as the
          // last name's, the wrong sum was quoted as 公务接待费's).
          ['因公出国（境）费和公务接待费1.80万元，1.50万元为因公出国（境）费。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“因公出国(境)费0.20万元”，而财政拨款“三公”经费支出决算表中为 1.50 万元' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“公务接待费1.50万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“人员经费587.84万元”，而一般公共预算财政拨款基本支出决算表中为 577.84 万元' },
        { severity: 'error', first: '公开说明!A3', message: '“公务用车运行维护费3.79万元”，而财政拨款“三公”经费支出决算表中为 2.79 万元' },
        { severity: 'error', first: '公开说明!A4', message: '“公务用车运行维护费3.79万元”，而财政拨款“三公”经费支出决算表中为 2.79 万元' },
        { severity: 'error', first: '公开说明!A5', message: '说明文字写“因公出国(境)费和公务接待费1.80万元”，而财政拨款“三公”经费支出决算表中为 1.70 万元' },
      ],
    },
    {
      // helper-h236: unread (财政拨款收入、支出均为…), a wrong one passed; 本年收入、支出总计均为… held to 本年收入.
      name: 'a wrong amount of 收入 and 支出 named once sharing it (财政拨款收入、支出均为…; 本年收入、支出均为…; …总计均为…)',
      sheets: [
        sheet('公开说明', [
          ['2022年度财政拨款收入、支出均为1,373.45万元。'],
          ['2022年度本年收入、支出均为1,372.79万元。'],
          ['2022年度本年收入、支出总计均为1,498.29万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“财政拨款支出1,373.45万元”，而财政拨款收入支出决算总表中为 1,363.45 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“本年支出1,372.79万元”，而收入支出决算总表中为 1,488.29 万元' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“支出总计1,498.29万元”，而收入支出决算总表中为 1,488.29 万元' },
      ],
    },
    {
      // helper-h246: two 款 or 项 joined by 和 or 、 with one amount were not read (nor the last one's own): a wrong sum passed.
      name: 'a wrong sum of 款 or 项 joined with one amount',
      sheets: [
        sheet('公开说明', [
          ['政府办公厅（室）及相关机构事务（款）和行政事业单位养老支出（款）1,282.98万元。'],
          ['主要用于行政运行（项）和一般行政管理事务（项）951.36万元。'],
          ['行政运行（项）、一般行政管理事务（项）951.36万元。'],
          // helper-h252: a run of 项 ending a 类–款–项 chain (unread since helper-h246).
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）和一般行政管理事务（项）914.36万元。'],
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）、一般行政管理事务（项）：支出决算数为951.36万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“政府办公厅(室)及相关机构事务(款)和行政事业单位养老支出(款)1,282.98万元”，而一般公共预算财政拨款支出决算表中为 1,272.98 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“行政运行(项)和一般行政管理事务(项)951.36万元”，而一般公共预算财政拨款支出决算表中为 941.36 万元' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“行政运行(项)、一般行政管理事务(项)951.36万元”，而一般公共预算财政拨款支出决算表中为 941.36 万元' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“行政运行(项)和一般行政管理事务(项)914.36万元”，而一般公共预算财政拨款支出决算表中为 941.36 万元' },
        { severity: 'error', first: '公开说明!A5', message: '说明文字写“行政运行(项)、一般行政管理事务(项)951.36万元”，而一般公共预算财政拨款支出决算表中为 941.36 万元' },
      ],
    },
    {
      // helper-h246: 收入总计、支出总计 with one amount and no 均/各: only 支出总计 was read, a wrong 收入总计 passed (table 01's
      // 收入总计 edited off its 支出总计 here: each name is held to its own figure).
      name: '收入总计、支出总计 sharing one amount without 均/各, the 收入总计 not the table’s',
      edits: [['收入支出决算总表', 'C35', 1498.29]],
      sheets: [sheet('公开说明', [['2022年度收入总计、支出总计1,488.29万元。'], ['收入总计和支出总计1,488.29万元。'], ['收入、支出总计1,488.29万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: ['收入支出决算总表!C35'], message: '说明文字写“收入总计1,488.29万元”，而收入支出决算总表中为 1,498.29 万元' },
        { severity: 'error', first: '公开说明!A2', includes: ['收入支出决算总表!C35'], message: '说明文字写“收入总计1,488.29万元”，而收入支出决算总表中为 1,498.29 万元' },
        { severity: 'error', first: '公开说明!A3', includes: ['收入支出决算总表!C35'], message: '说明文字写“收入总计1,488.29万元”，而收入支出决算总表中为 1,498.29 万元' },
      ],
    },
    {
      name: '财政拨款收入总计、支出总计 sharing one amount without 均/各, the 财政拨款收入总计 not the table’s',
      edits: [[T4, 'C37', 1373.45]],
      sheets: [sheet('公开说明', [['2022年度财政拨款收入总计、支出总计1,363.45万元。'], ['财政拨款收入总计和财政拨款支出总计1,363.45万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: [`${T4}!C37`], message: '说明文字写“财政拨款收入总计1,363.45万元”，而财政拨款收入支出决算总表中为 1,373.45 万元' },
        { severity: 'error', first: '公开说明!A2', includes: [`${T4}!C37`], message: '说明文字写“财政拨款收入总计1,363.45万元”，而财政拨款收入支出决算总表中为 1,373.45 万元' },
      ],
    },
    {
      name: '收入总计、支出总计 sharing one amount without 均/各, the 支出总计 not the table’s',
      edits: [['收入支出决算总表', 'F35', 1498.29]],
      sheets: [sheet('公开说明', [['2022年度收入总计、支出总计1,488.29万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', includes: ['收入支出决算总表!F35'], message: '说明文字写“支出总计1,488.29万元”，而收入支出决算总表中为 1,498.29 万元' }],
    },
    {
      // helper-h260: 支出合计 after its income half with as many amounts: the first amount no longer held to 支出合计 (a right
      // 1,372.79 was a 错误 since ad7419e); a wrong second one is told.
      name: '收入和支出合计 with two amounts: only the wrong second one told',
      sheets: [sheet('公开说明', [['2022年度收入和支出合计1,372.79万元、1,500.00万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“支出合计1,500.00万元”，而收入支出决算总表中为 1,488.29 万元。' }],
    },
    {
      // helper-h254: another name's 合计 with 本年收入, wrong: their sum's 1,488.29 asked for, not 本年收入合计's.
      name: 'a wrong sum of another name and 本年收入 (…结余和本年收入合计…)',
      sheets: [sheet('公开说明', [['2022年度使用非财政拨款结余和本年收入合计1,500.00万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '而收入支出决算总表中为 1,488.29 万元' }],
    },
    {
      // helper-h254: 本年收入合计 and 本年支出合计 named before one amount with no 均/各: read as the sum of 本年收入合计 and 本年
      // 支出 (…支出 + 合计 taken for a sum word), the message asked for 2,861.08 (income and spending added), and a wrong 本年
      // 收入合计 went unread where only 本年支出合计 was (本年收入、支出合计…). Each name is held to its own figure.
      name: '本年收入合计、本年支出合计 sharing one amount without 均/各: each held to its own figure, never their sum',
      sheets: [sheet('公开说明', [['2022年度本年收入合计、本年支出合计1,488.29万元。'], ['2022年度本年收入合计和本年支出合计1,372.79万元。'], ['2022年度本年收入、支出合计1,488.29万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“本年收入合计1,488.29万元”，而收入支出决算总表中为 1,372.79 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“本年支出合计1,372.79万元”，而收入支出决算总表中为 1,488.29 万元' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“收入合计1,488.29万元”，而收入支出决算总表中为 1,372.79 万元' },
      ],
    },
    {
      // helper-h233: one amount shared by names (均为) was compared with the last one's figure alone: the others' wrong
      // figures passed. Each is compared; one of the same figure (收入、支出总计均为…) not said twice.
      name: 'one amount shared by names (…和…均为…) that is not the figure of one before the last',
      grid: threePublicAllSpent,
      sheets: [sheet('公开说明', [['2022年度人员经费和公用经费均为67.39万元。'], ['因公出国（境）费和公务接待费均为0.20万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“人员经费67.39万元”，而一般公共预算财政拨款基本支出决算表中为 577.84 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“因公出国(境)费0.20万元”，而财政拨款“三公”经费支出决算表中为 1.50 万元' },
      ],
    },
    {
      name: 'a wrong sum of listed labels (人员经费和公用经费合计…, …、…共计…)',
      sheets: [
        sheet('公开说明', [
          ['2022年度人员经费和公用经费合计655.23万元。'],
          ['2022年度基本支出、项目支出共计1,478.29万元。'],
          ['因公出国（境）费、公务用车购置及运行维护费和公务接待费合计5.99万元。'],
          ['2022年度人员经费和公用经费共577.84万元。'],
          ['2022年度人员经费和公用经费合计共577.84万元。'],
          ['公务接待费共0.30万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“人员经费和公用经费合计655.23万元”，而一般公共预算财政拨款基本支出决算表中为 645.23 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“基本支出、项目支出共计1,478.29万元”，而支出决算表中为 1,488.29 万元' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“因公出国(境)费、公务用车购置及运行维护费和公务接待费合计5.99万元”' },
        // helper-h236: unread (共 not in CONNECTOR), a wrong one passed.
        // helper-h236: quoted as the text says it (共, 合计共), not with 合计 put in.
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“人员经费和公用经费共577.84万元”，而一般公共预算财政拨款基本支出决算表中为 645.23 万元' },
        { severity: 'error', first: '公开说明!A5', message: '说明文字写“人员经费和公用经费合计共577.84万元”，而一般公共预算财政拨款基本支出决算表中为 645.23 万元' },
        { severity: 'error', first: '公开说明!A6', message: '说明文字写“公务接待费0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元' },
      ],
    },
    {
      name: 'a wrong whole beside its parts paid from one source or of the 项目支出 (their own figures unread)',
      sheets: [
        sheet('公开说明', [
          ['2022年度基本支出780.07万元，其中：其他资金安排的基本支出124.84万元。'],
          ['2022年度项目支出728.22万元，其中上年结转项目支出0.00万元；基本支出中人员经费587.84万元，项目支出中人员经费50.00万元。'],
          ['2022年度基本支出645.23万元，其中：人员经费587.84万元，公用经费67.39万元。'],
          ['2022年度公务接待费0.30万元，其中：机关本级公务接待费0.15万元，所属事业单位公务接待费0.05万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“基本支出780.07万元”，而支出决算表中为 770.07 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“项目支出728.22万元”，而支出决算表中为 718.22 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“人员经费587.84万元”，而一般公共预算财政拨款基本支出决算表中为 577.84 万元' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“人员经费587.84万元”，而一般公共预算财政拨款基本支出决算表中为 577.84 万元' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“公务接待费0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元' },
      ],
    },
    {
      name: 'a wrong 人员经费 beside 在职人员经费 and 离退休人员经费 (their own figures unread)',
      sheets: [
        sheet('公开说明', [
          ['2022年度人员经费587.84万元，其中：在职人员经费556.87万元，离退休人员经费20.97万元。'],
          ['在职人员经费500.00万元，占人员经费567.84万元的88.05%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“人员经费587.84万元”，而一般公共预算财政拨款基本支出决算表中为 577.84 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“人员经费567.84万元”，而一般公共预算财政拨款基本支出决算表中为 577.84 万元' },
      ],
    },
    {
      name: 'both totals stated as one (收入、支出总计均为…, 收支总计…, 财政拨款收入、支出总计均为…) with a wrong figure',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入、支出总计均为1,588.29万元。'],
          ['2022年度收支总计1,588.29万元。'],
          ['2022年度财政拨款收入、支出总计均为1,463.45万元。'],
          ['2022年度收入、支出总计均为1,488.29万元，财政拨款收支总计1,363.45万元。'],
          // 四川, 重庆, 江苏: 收、支总计.
          ['2022年度收、支总计均为1,801.23万元。'],
          ['2022年度财政拨款收、支总计1,372.79万元。'],
          ['2022年度收、支总计均为1,488.29万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“支出总计1,588.29万元”，而收入支出决算总表中为 1,488.29 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“收支总计1,588.29万元”，而收入支出决算总表中为 1,488.29 万元。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“财政拨款收入、支出总计1,463.45万元”，而财政拨款收入支出决算总表中为 1,363.45 万元。' },
        { severity: 'error', first: '公开说明!A5', message: '说明文字写“收、支总计1,801.23万元”，而收入支出决算总表中为 1,488.29 万元。' },
        { severity: 'error', first: '公开说明!A6', message: '说明文字写“财政拨款收、支总计1,372.79万元”，而财政拨款收入支出决算总表中为 1,363.45 万元。' },
      ],
    },
    {
      name: '上海 §八’s 支出 after the fund’s 收入 (政府性基金预算财政拨款收入…，支出…) with a wrong figure',
      grid: shanghaiFixture,
      sheets: [sheet('公开说明', [['政府性基金预算财政拨款收入150.00万元，支出146.60万元，支出具体情况如下：'], ['政府性基金预算财政拨款收入150.00万元，支出145.60万元，支出具体情况如下：']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“政府性基金预算财政拨款支出146.60万元”，而政府性基金预算财政拨款收入支出决算表中为 145.60 万元。' }],
    },
    {
      name: 'a 款 paragraph (a 款 printed without 项 under it: …(类)…(款)：支出决算数为…) with a wrong figure',
      sheets: [sheet('公开说明', [['5. 其他支出(类)其他支出(款)：支出决算数为18.56万元。'], ['5. 其他支出(类)其他支出(款)：支出决算数为18.55万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“其他支出(款)18.56万元”，而一般公共预算财政拨款支出决算表中为 18.55 万元。' }],
    },
    {
      name: 'a 类 named without its (类) mark, or with it before 支出, with a figure none of its tables has',
      sheets: [sheet('公开说明', [['一般公共服务支出1,252.73万元，占89.90%。'], ['一般公共服务（类）支出1,252.73万元。'], ['一般公共服务支出1,225.73万元；社会保障和就业支出74.25万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“一般公共服务支出1,252.73万元”，而一般公共预算财政拨款支出决算表中为 1,225.73 万元' },
        { severity: 'error', first: '公开说明!A2', message: '“一般公共服务(类)支出1,252.73万元”，而一般公共预算财政拨款支出决算表中为 1,225.73 万元' },
        { severity: 'error', first: '公开说明!A3', message: '“社会保障和就业支出74.25万元”，而一般公共预算财政拨款支出决算表中为 47.25 万元' },
      ],
    },
    {
      // The reason's words reach to its ；: past it another item is spoken of; 本年 before a label makes it this year's.
      name: 'a wrong figure after a reason naming 上年 or 新增, past its ；, or said to be 本年 (review36)',
      sheets: [
        sheet('公开说明', [
          ['公务用车购置及运行维护费支出4.79万元，主要原因是：本年用车次数比上年增加；公务接待费支出0.30万元。'],
          ['公务用车购置及运行维护费支出4.79万元，主要原因是：新增车辆；公务接待费支出0.30万元。'],
          ['主要原因是：上年有经营收入，本年财政拨款收入1,336.45万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“公务接待费0.30万元”' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“公务接待费0.30万元”' },
        { severity: 'error', first: '公开说明!A3', message: '而收入决算表中为 1,363.45 万元' },
      ],
    },
    {
      // 1,350.57 is table 03's (all sources): right in §三, wrong where the sentence speaks of 一般公共预算.
      name: 'a 类 without its mark in a sentence about 一般公共预算, with its figure of another table',
      sheets: [
        sheet('公开说明', [
          ['一般公共预算财政拨款支出1,363.45万元，主要用于以下方面：一般公共服务（类）支出1,350.57万元，占99.06%。'],
          ['2022年度一般公共预算财政拨款支出决算中，一般公共服务支出1,350.57万元。'],
          ['本年支出合计1,488.29万元，其中：一般公共服务支出1,350.57万元。'],
          // 一般公共预算 named as a source, not as what the sentence is about: all sources, table 03's figure.
          ['2022年度支出决算1,488.29万元，资金来源为一般公共预算财政拨款和其他资金，主要用于：一般公共服务支出1,350.57万元。'],
          ['本年支出合计1,488.29万元，其中：一般公共预算财政拨款支出1,363.45万元，其他资金支出124.84万元，按功能分类主要用于：一般公共服务支出1,350.57万元。'],
          // Named after the department (本部门2022年度…, 我单位…): still about 一般公共预算 (review36).
          ['本部门2022年度一般公共预算财政拨款支出主要用于以下方面：一般公共服务支出1,350.57万元。'],
          ['2022年度，本单位一般公共预算财政拨款支出1,363.45万元，主要用于：一般公共服务支出1,350.57万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: ['一般公共预算财政拨款支出决算表!C7'], message: '“一般公共服务(类)支出1,350.57万元”，而一般公共预算财政拨款支出决算表中为 1,225.73 万元' },
        { severity: 'error', first: '公开说明!A2', message: '“一般公共服务支出1,350.57万元”，而一般公共预算财政拨款支出决算表中为 1,225.73 万元' },
        { severity: 'error', first: '公开说明!A6', message: '“一般公共服务支出1,350.57万元”，而一般公共预算财政拨款支出决算表中为 1,225.73 万元' },
        { severity: 'error', first: '公开说明!A7', message: '“一般公共服务支出1,350.57万元”，而一般公共预算财政拨款支出决算表中为 1,225.73 万元' },
      ],
    },
    {
      name: '国内公务接待 that counts 外宾 in it (上海 2024: 国内公务接待支出…（含外宾接待支出…）) is the whole 公务接待费',
      sheets: [sheet('公开说明', [['国内公务接待支出0.30万元（含外宾接待支出0.05万元）。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '“国内公务接待0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元' }],
    },
    {
      name: 'a fund’s balance where its table does not print it (the older 09, 本年支出 only) is read against table 04’s',
      grid: () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { oldTitles: true })),
      sheets: [sheet('公开说明', [['2022年度国有资本经营预算财政拨款年初结转和结余5.00万元，本年收入0.00万元，本年支出0.00万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', includes: ['财政拨款收入支出决算总表!C36'], message: '“国有资本经营年初结转和结余5.00万元”，而财政拨款收入支出决算总表中为 0.00 万元' }],
    },
    {
      name: 'amounts listed with 分别 and one unit, after the last: each read with it',
      sheets: [sheet('公开说明', [['2022年度基本支出和项目支出分别为770.70、718.22万元。'], ['2022年度人员经费和公用经费分别为577.84、67.93万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“基本支出770.70万元”，而支出决算表中为 770.07 万元' },
        { severity: 'error', first: '公开说明!A2', message: '“公用经费67.93万元”，而一般公共预算财政拨款基本支出决算表中为 67.39 万元' },
      ],
    },
    {
      name: 'amounts listed with 分别 whose names hold 及 or 和 (公务用车购置及运行维护费): one name each',
      sheets: [sheet('公开说明', [['其中：因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、4.79万元、0.02万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '“公务接待费0.02万元”' }],
    },
    {
      name: 'amounts listed with 分别 in the wrong order',
      sheets: [sheet('公开说明', [['2022年度人员经费和公用经费分别为67.39万元、577.84万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“人员经费67.39万元”，而一般公共预算财政拨款基本支出决算表中为 577.84 万元' },
        { severity: 'error', first: '公开说明!A1', message: '“公用经费577.84万元”，而一般公共预算财政拨款基本支出决算表中为 67.39 万元' },
      ],
    },
    {
      name: 'an amount in brackets after its label that is not the table’s',
      sheets: [sheet('公开说明', [['其中：人员经费（578.84万元），公用经费（67.39万元）。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '“人员经费578.84万元”，而一般公共预算财政拨款基本支出决算表中为 577.84 万元' }],
    },
    {
      // helper-h202: a 事业单位's (and a 混合 department's) 机关运行经费 was compared with nothing, table 07 printing it.
      name: '机关运行经费 of a 事业单位 or a 混合 department that is not table 07’s (上海 district layout)',
      grid: () => withShanghaiDistrictThreePublic(325.88),
      sheets: [sheet('公开说明', [['2022年度机关运行经费支出300.00万元。']])],
      data: (j) => {
        j.单位性质 = '事业单位';
      },
      errors: [{ severity: 'error', first: '公开说明!A1', message: '“机关运行经费300.00万元”，而一般公共预算财政拨款“三公”经费及机关运行经费支出决算表中为 325.88 万元' }],
    },
    {
      name: 'the same of a 混合 department with no 本年数 typed',
      grid: () => withShanghaiDistrictThreePublic(325.88),
      sheets: [sheet('公开说明', [['2022年度机关运行经费支出300.00万元。']])],
      data: (j) => {
        j.单位性质 = '混合';
      },
      errors: [{ severity: 'error', first: '公开说明!A1', message: '“机关运行经费300.00万元”，而一般公共预算财政拨款“三公”经费及机关运行经费支出决算表中为 325.88 万元' }],
    },
    {
      // helper-h202: unread, a wrong one passed (helper-h189).
      name: '本单位收入 that is neither the year’s income nor the 收入总计; 本单位收入合计 held to the year’s alone, as before',
      sheets: [sheet('公开说明', [['2022年度本单位收入为1472.79万元。'], ['本单位收入合计1,488.29万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“本单位收入1472.79万元”，而收入支出决算总表中为 1,372.79 万元' },
        { severity: 'error', first: '公开说明!A2', message: '“收入合计1,488.29万元”，而收入支出决算总表中为 1,372.79 万元' },
      ],
    },
    {
      name: '机关运行经费 of a 参公事业单位 that is not its 公用经费 (table 06)',
      sheets: [sheet('公开说明', [['2022年度机关运行经费支出76.39万元。']])],
      data: (j) => {
        j.单位性质 = '参公事业单位';
      },
      errors: [{ severity: 'error', first: '公开说明!A1', message: '“机关运行经费76.39万元”，而一般公共预算财政拨款基本支出决算表中为 67.39 万元' }],
    },
    {
      name: 'the 三公 total spelt as departments also write it (“三公”经费支出, 财政拨款“三公”经费支出, “三公”经费, …支出合计), with a wrong figure',
      sheets: [
        sheet('公开说明', [['2022年度“三公”经费支出4.90万元。'], ['2022年度财政拨款“三公”经费支出共计4.90万元。'], ['2022年度“三公”经费4.90万元。'], ['“三公”经费支出合计4.90万元。']]),
      ],
      errors: ['A1', 'A2', 'A3', 'A4'].map((a) => ({ severity: 'error' as const, first: `公开说明!${a}`, message: '4.90万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元' })),
    },
    {
      name: 'the 三公 items spelt as departments also write them (公务用车运行维护支出, 国内公务接待支出, 因公出国费), with wrong figures',
      sheets: [sheet('公开说明', [['2022年度公务用车运行维护支出4.69万元；国内公务接待支出0.30万元；因公出国费支出1.00万元；公务用车购置支出为0.50万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“公务用车运行维护4.69万元”，而财政拨款“三公”经费支出决算表中为 4.79 万元' },
        { severity: 'error', first: '公开说明!A1', message: '“国内公务接待0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元' },
        { severity: 'error', first: '公开说明!A1', message: '“因公出国费1.00万元”，而财政拨款“三公”经费支出决算表中为 0.00 万元' },
        { severity: 'error', first: '公开说明!A1', message: '“公务用车购置0.50万元”，而财政拨款“三公”经费支出决算表中为 0.00 万元' },
      ],
    },
    {
      name: 'a plain 基本支出 that is neither the department’s nor table 05’s',
      sheets: [sheet('公开说明', [['2022年度基本支出650.00万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '“基本支出650.00万元”，而支出决算表中为 770.07 万元' }],
    },
    {
      name: 'a 项 after an ordinal (1、) whose figure is not the table’s; one its 款 does not list is 0.00',
      sheets: [
        sheet('公开说明', [
          ['1、一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)：支出决算数为233.14万元。'],
          ['2、一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)机关服务(项)：支出决算数为5.00万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: [`${T5}!C9`], message: '223.14' },
        { severity: 'error', first: '公开说明!A2', message: '而决算表中为 0.00 万元' },
      ],
    },
    {
      name: 'figures that are not the tables’',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入总计1,488.30万元，其中：本年收入合计1,372.79万元。2021年度收入总计1,801.23万元。'],
          ['1. 一般公共服务支出(类)1,225.37万元，占89.90%。'],
          ['3. 一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)事业运行(项)：支出决算数为284.83万元，比上年决算增加220.13万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: ['收入支出决算总表!C35'], message: '收入总计1,488.30万元' },
        { severity: 'error', first: '公开说明!A2', includes: [`${T5}!C7`] },
        { severity: 'error', first: '公开说明!A3', includes: [`${T5}!C11`], message: '284.38' },
      ],
    },
    {
      name: 'figures in 元 and after other connectors that are not the tables’',
      sheets: [sheet('公开说明', [['2022年度收入总计为14,883,000.00元。'], ['2022 年度本年收入达 1,372.97 万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“收入总计14,883,000.00元”，而收入支出决算总表中为 1,488.29 万元' },
        { severity: 'error', first: '公开说明!A2', message: '本年收入1,372.97万元' },
      ],
    },
    {
      name: 'a text equal to table 05 where table 04 mirrors it 0.01 off: 尾差 naming both tables',
      edits: [
        [T4, 'G6', 1225.74],
        [T4, 'G35', 1363.44],
      ],
      sheets: [sheet('公开说明', [['1. 一般公共服务支出(类)1,225.73 万元,占 89.90%。'], ['2022 年度一般公共预算财政拨款支出 1,363.45 万元，占本年支出合计的 91.61%。']])],
      errors: [
        { severity: 'rounding', first: '公开说明!A1', includes: [`${T5}!C7`, `${T4}!G6`], message: '与一般公共预算财政拨款支出决算表一致；财政拨款收入支出决算总表中同一数为 1,225.74 万元，两表相差 0.01 属尾差' },
        { severity: 'rounding', first: '公开说明!A2', includes: [`${T5}!C6`, `${T4}!G35`], message: '1,363.44 万元' },
      ],
    },
    {
      name: 'a text equal to one table where the other differs beyond rounding',
      edits: [[T4, 'G35', 1364.45]],
      sheets: [sheet('公开说明', [['2022 年度一般公共预算财政拨款支出 1,363.45 万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', includes: [`${T5}!C6`, `${T4}!G35`], message: '两表不一致' }],
    },
    {
      name: 'a fund’s 财政拨款收入 (with or without 预算, 上海 and 新疆 wording) is read against that fund’s figure, not the 财政拨款收入 total',
      grid: shanghaiFixture,
      sheets: [
        sheet('公开说明', [
          ['政府性基金预算财政拨款收入160.00万元，支出145.60万元，支出具体情况如下：'],
          ['财政拨款收入4,179.01万元，其中：政府性基金财政拨款收入为1,600,000.00元。'],
          ['国有资本经营预算财政拨款收入10.00万元，支出0.00万元。'],
          ['国有资本经营财政拨款收入 4,179.01 万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: ['收入支出决算总表!C7'], message: '“政府性基金预算财政拨款收入160.00万元”，而收入支出决算总表中为 150.00 万元' },
        { severity: 'error', first: '公开说明!A2', includes: ['收入支出决算总表!C7'], message: '1,600,000.00元”，而收入支出决算总表中为 150.00 万元' },
        { severity: 'error', first: '公开说明!A3', includes: ['收入支出决算总表!C8'], message: '“国有资本经营预算财政拨款收入10.00万元”，而收入支出决算总表中为 0.00 万元' },
        { severity: 'error', first: '公开说明!A4', includes: ['收入支出决算总表!C8'], message: '而收入支出决算总表中为 0.00 万元' },
      ],
    },
  ],
});
