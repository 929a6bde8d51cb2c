/**
 * The 上海 preset, after the 2024 template of 上海市 部门决算 (DOMAIN §8): 收支总计 spoken of as one figure,
 * 持平 for no change, items that do not apply left out, §五（三） against the 年初预算 (完成年初预算的 X%),
 * §七 against the 预算 (完成预算的 X%), §十 预算绩效管理情况 and §十一 其他重要事项, no thousands separators.
 */
import type { Preset } from '../preset';
import { GLOSSARY } from './glossary';
import { EXPENDITURE_ITEMS, INCOME_ITEMS } from './common';

export const shanghai: Preset = {
  id: 'shanghai',
  name: '上海（2024 年度模板）',
  settings: { separators: false, listZeroItems: false, tailAdjust: true },
  change: {
    increase: '增加{增减额}万元，增长{增减率}%',
    decrease: '减少{增减额}万元，下降{增减率}%',
    unchanged: '持平',
    bothZero: '持平',
    fromZero: '增加{增减额}万元',
    toZero: '减少{增减额}万元，下降100%',
  },
  variance: { rate: '完成预算的{完成率}%', bothZero: '预算数与决算数均为0', budgetZero: '无预算数' },
  document: {
    title: '{单位名称}{年度}年度部门决算',
    parts: ['部门概况', '部门决算情况说明', '名词解释', '部门决算表'],
    tableItem: '{序号}、{表名}',
  },
  part1: {
    functionsTitle: '主要职能',
    organisationTitle: '机构设置',
    functions: '{主要职能}',
    organisation: [
      '{机构设置}',
      '{年度}年度末，本部门实有人数{实有人数}人，其中：在职人员{在职人数}人，离休人员{离休人数}人，退休人员{退休人数}人。',
    ],
  },
  sections: [
    { number: '一', title: '收入支出决算总体情况说明', id: 'overview' },
    { number: '二', title: '收入决算情况说明', id: 'income' },
    { number: '三', title: '支出决算情况说明', id: 'expenditure' },
    { number: '四', title: '财政拨款收入支出决算总体情况说明', id: 'fiscal' },
    {
      number: '五',
      title: '一般公共预算财政拨款支出决算情况说明',
      subsections: [
        { number: '（一）', title: '财政拨款支出决算总体情况', id: 'generalBudgetOverall' },
        { number: '（二）', title: '财政拨款支出决算结构情况', id: 'generalBudgetStructure' },
        { number: '（三）', title: '财政拨款支出决算具体情况', id: 'generalBudgetDetail' },
      ],
    },
    { number: '六', title: '一般公共预算财政拨款基本支出决算情况说明', id: 'basic' },
    { number: '七', title: '“三公”经费财政拨款支出决算情况说明', id: 'threePublic' },
    { number: '八', title: '政府性基金预算财政拨款收入支出决算情况说明', id: 'govFund' },
    { number: '九', title: '国有资本经营预算财政拨款支出决算情况说明', id: 'stateCapital' },
    { number: '十', title: '预算绩效管理情况说明', id: 'performance' },
    {
      number: '十一',
      title: '其他重要事项的情况说明',
      subsections: [
        { number: '（一）', title: '机关运行经费支出情况', id: 'officeCost' },
        { number: '（二）', title: '政府采购支出情况', id: 'procurement' },
        { number: '（三）', title: '国有资产占用情况', id: 'assets' },
      ],
    },
  ],
  templates: {
    overview: {
      paragraphs: [
        '{年度}年度本部门收入总计{收入总计}万元，支出总计{支出总计}万元。与上年相比，收入总计{收入增减}，支出总计{支出增减}。主要原因是：{收入主要原因}。',
      ],
    },
    income: {
      sentence: '{年度}年度本部门本年收入合计{合计}万元，其中：{明细}。',
      item: '{名称}{金额}万元，占{占比}%',
      separator: '；',
      items: INCOME_ITEMS,
    },
    expenditure: {
      sentence: '{年度}年度本部门本年支出合计{合计}万元，其中：{明细}。',
      item: '{名称}{金额}万元，占{占比}%',
      separator: '；',
      items: EXPENDITURE_ITEMS,
    },
    fiscal: {
      paragraphs: [
        '{年度}年度本部门财政拨款收入总计{财政拨款收入总计}万元，支出总计{财政拨款支出总计}万元。与上年相比，财政拨款收入总计{收入增减}，支出总计{支出增减}。主要原因是：{收入主要原因}。',
        '财政拨款收入总计年初预算为{收入预算}万元，决算为{收入决算}万元，{收入差异}。决算数与年初预算数存在差异的主要原因是：{收入差异原因}。',
      ],
    },
    generalBudgetOverall: {
      sentence: '{年度}年度本部门一般公共预算财政拨款支出{金额}万元，占本年支出合计的{占比}%。与上年相比，{增减}。主要原因是：{主要原因}。',
    },
    generalBudgetStructure: {
      sentence: '{年度}年度本部门一般公共预算财政拨款支出{合计}万元，主要用于以下方面：{明细}。',
      item: '{类名}（类）{金额}万元，占{占比}%',
      separator: '；',
    },
    generalBudgetDetail: {
      item: '{序号}. {类名}（类）{款名}（款）{项名}（项）：年初预算为{年初预算}万元，支出决算为{金额}万元，{差异}。{差异说明}',
      varianceRate: '完成年初预算的{完成率}%',
      above: '决算数大于年初预算数的主要原因是：{原因}。',
      below: '决算数小于年初预算数的主要原因是：{原因}。',
      equal: '',
    },
    basic: {
      intro: '{年度}年度本部门一般公共预算财政拨款基本支出{基本支出}万元，其中：',
      personnel: '人员经费{金额}万元，主要包括：{明细}；',
      public: '公用经费{金额}万元，主要包括：{明细}。',
      separator: '、',
    },
    threePublic: {
      summary: '{年度}年度本部门“三公”经费财政拨款支出决算为{合计}万元，与上年相比，{增减}。主要原因是：{主要原因}。',
      item: '{名称}支出{金额}万元，占{占比}%',
      separator: '；',
      overseas: '因公出国（境）费支出{金额}万元，全年安排因公出国（境）团组{团组数}个，累计{人次}人次，开支内容为{开支内容}。',
      vehicles:
        '公务用车购置及运行费支出{金额}万元，其中：公务用车购置费{购置费}万元，本年购置公务用车{购置数}辆；公务用车运行费{运行维护费}万元，主要用于{开支内容}，截至年末公务用车保有量{保有量}辆。',
      reception: '公务接待费支出{金额}万元，全年国内公务接待{批次}批次，{人次}人次，开支内容为{开支内容}；接待外宾{事项:接待外宾批次}批次，{事项:接待外宾人次}人次。',
      budget: '“三公”经费财政拨款支出预算为{预算}万元，支出决算为{决算}万元，{差异}。其中：{明细}。',
      budgetItem: '{名称}支出预算为{预算}万元，支出决算为{决算}万元，{差异}，主要原因是：{差异原因}',
      names: {
        overseasTravel: '因公出国（境）费',
        vehicles: '公务用车购置及运行费',
        reception: '公务接待费',
        vehiclePurchase: '公务用车购置费',
        vehicleOperation: '公务用车运行费',
      },
    },
    govFund: {
      empty: '本部门{年度}年度无政府性基金预算财政拨款收入、支出及结转和结余，故政府性基金预算财政拨款收入支出决算表为空表。',
      figures:
        '{年度}年度本部门政府性基金预算财政拨款年初结转和结余{年初结转和结余}万元，本年收入{本年收入}万元，本年支出{本年支出}万元，年末结转和结余{年末结转和结余}万元。',
    },
    stateCapital: {
      empty: '本部门{年度}年度无国有资本经营预算财政拨款支出，故国有资本经营预算财政拨款支出决算表为空表。',
      figures: '{年度}年度本部门国有资本经营预算财政拨款本年支出{本年支出}万元。',
    },
    officeCost: {
      administrative: '{年度}年度本部门机关运行经费支出{金额}万元，与上年相比，{增减}。主要原因是：{主要原因}。',
      institution: '{年度}年度本部门（事业单位）公用经费支出{金额}万元，与上年相比，{增减}。主要原因是：{主要原因}。',
      mixed: '{年度}年度本部门机关运行经费支出{金额}万元，与上年相比，{增减}。主要原因是：{主要原因}。',
    },
    procurement: {
      total: '{年度}年度本部门政府采购支出总额{总额}万元，其中：政府采购货物支出{货物}万元、政府采购工程支出{工程}万元、政府采购服务支出{服务}万元。',
      smallBusiness:
        '授予中小企业合同金额{中小企业}万元，占政府采购支出总额的{中小企业占比}%，其中：授予小微企业合同金额{小微企业}万元，占政府采购支出总额的{小微企业占比}%。',
    },
    assets: {
      sentence:
        '截至{年度}年12月31日，本部门共有车辆{车辆数}辆，其中：副部（省）级及以上领导用车{副部级用车}辆、主要领导干部用车{主要领导干部用车}辆、机要通信用车{机要通信用车}辆、应急保障用车{应急保障用车}辆、执法执勤用车{执法执勤用车}辆、特种专业技术用车{特种专业技术用车}辆、离退休干部用车{离退休干部用车}辆、其他用车{其他用车}辆，其他用车主要是{其他用车说明}。单价100万元（含）以上设备（不含车辆）{设备数}台（套）。',
    },
    performance: {
      paragraphs: [
        '根据本市预算绩效管理要求，本部门组织对{年度}年度一般公共预算项目支出全面开展绩效自评，共涉及项目{事项:绩效自评项目数}个，资金{事项:绩效自评金额}万元。',
        '本部门对{事项:绩效目标项目数}个项目编报绩效目标，涉及资金{事项:绩效目标金额}万元；对{事项:绩效跟踪项目数}个项目开展绩效运行监控，涉及资金{事项:绩效跟踪金额}万元。',
        '从评价情况来看，绩效自评平均得分{事项:绩效平均得分}分，其中：评价结果为“优”的项目{事项:绩效优项目数}个，“良”的项目{事项:绩效良项目数}个，“合格”的项目{事项:绩效合格项目数}个，“不合格”的项目{事项:绩效不合格项目数}个。',
      ],
    },
  },
  glossary: GLOSSARY,
};
