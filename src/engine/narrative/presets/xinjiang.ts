/**
 * The 新疆 preset: the wording of shared/reference/xinjiang-changji-2022-disclosure.txt (新疆昌吉州, FY2022),
 * amounts with thousands separators, every item listed (zeros included), 下降100% without decimals when a
 * figure falls to 0, 增长0.00% when both years are 0, signed 预决算差异率.
 */
import type { Preset } from '../preset';
import { GLOSSARY } from './glossary';

export const xinjiang: Preset = {
  id: 'xinjiang',
  name: '新疆（昌吉州格式）',
  settings: { separators: true, listZeroItems: true, tailAdjust: true },
  change: {
    increase: '增加{增减额}万元，增长{增减率}%',
    decrease: '减少{增减额}万元，下降{增减率}%',
    unchanged: '增加0.00万元，增长0.00%',
    bothZero: '增加0.00万元，增长0.00%',
    fromZero: '增加{增减额}万元，增长100.00%',
    toZero: '减少{增减额}万元，下降100%',
  },
  variance: { rate: '预决算差异率{差异率}%', bothZero: '预决算差异率0.00%', budgetZero: '预算数为0，不计算预决算差异率' },
  document: {
    title: '{单位名称}{年度}年度部门决算公开说明',
    parts: ['单位概况', '部门决算情况说明', '专业名词解释', '部门决算报表（见附表）'],
    tableItem: '{序号}、《{表名}》',
  },
  part1: {
    functionsTitle: '主要职能',
    organisationTitle: '机构设置及人员情况',
    functions: '{主要职能}',
    organisation: [
      '{单位名称}{年度}年度，实有人数{实有人数}人，其中：在职人员{在职人数}人，离休人员{离休人数}人，退休人员{退休人数}人。',
      '从部门决算单位构成看，{单位名称}部门决算包括：{单位名称}决算。{机构设置}',
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
        { number: '（一）', title: '一般公共预算财政拨款支出决算总体情况', id: 'generalBudgetOverall' },
        { number: '（二）', title: '一般公共预算财政拨款支出决算结构情况', id: 'generalBudgetStructure' },
        { number: '（三）', title: '一般公共预算财政拨款支出决算具体情况', id: 'generalBudgetDetail' },
      ],
    },
    { number: '六', title: '一般公共预算财政拨款基本支出决算情况说明', id: 'basic' },
    { number: '七', title: '财政拨款“三公”经费支出决算情况说明', id: 'threePublic' },
    { number: '八', title: '政府性基金预算财政拨款收入支出决算情况说明', id: 'govFund' },
    { number: '九', title: '国有资本经营预算财政拨款收入支出决算情况说明', id: 'stateCapital' },
    {
      number: '十',
      title: '其他重要事项的情况说明',
      subsections: [
        { number: '（一）', title: '机关运行经费支出情况', id: 'officeCost' },
        { number: '（二）', title: '政府采购情况', id: 'procurement' },
        { number: '（三）', title: '国有资产占用情况说明', id: 'assets' },
      ],
    },
    { number: '十一', title: '预算绩效的情况说明', id: 'performance' },
  ],
  templates: {
    overview: {
      paragraphs: [
        '{年度}年度收入总计{收入总计}万元，其中：本年收入合计{本年收入合计}万元，使用非财政拨款结余{使用非财政拨款结余}万元，年初结转和结余{年初结转和结余}万元。收入总计与上年相比，{收入增减}，主要原因是：{收入主要原因}。',
        '本年支出总计{支出总计}万元，其中：本年支出合计{本年支出合计}万元，结余分配{结余分配}万元，年末结转和结余{年末结转和结余}万元。支出总计与上年相比，{支出增减}，主要原因是：{支出主要原因}。',
      ],
    },
    income: {
      sentence: '{年度}年度本年收入{合计}万元，其中：{明细}。',
      item: '{名称}{金额}万元，占{占比}%',
      separator: '；',
      items: [
        { column: 'fiscal', name: '财政拨款收入' },
        { column: 'superiorSubsidy', name: '上级补助收入' },
        { column: 'businessIncome', name: '事业收入' },
        { column: 'operatingIncome', name: '经营收入' },
        { column: 'affiliateRemittance', name: '附属单位上缴收入' },
        { column: 'otherIncome', name: '其他收入' },
      ],
    },
    expenditure: {
      sentence: '{年度}年度本年支出{合计}万元，其中：{明细}。',
      item: '{名称}{金额}万元，占{占比}%',
      separator: '；',
      items: [
        { column: 'basic', name: '基本支出' },
        { column: 'project', name: '项目支出' },
        { column: 'remittanceToSuperior', name: '上缴上级支出' },
        { column: 'operatingExpenditure', name: '经营支出' },
        { column: 'subsidyToAffiliates', name: '对附属单位补助支出' },
      ],
    },
    fiscal: {
      paragraphs: [
        '{年度}年度财政拨款收入总计{财政拨款收入总计}万元，其中：年初财政拨款结转和结余{年初财政拨款结转和结余}万元，财政拨款本年收入{财政拨款本年收入}万元。财政拨款收入总计与上年相比，{收入增减}，主要原因是：{收入主要原因}。',
        '财政拨款支出总计{财政拨款支出总计}万元，其中：年末财政拨款结转和结余{年末财政拨款结转和结余}万元，财政拨款本年支出{财政拨款本年支出}万元。财政拨款支出总计与上年相比，{支出增减}，主要原因是：{支出主要原因}。',
        '与年初预算数相比情况：财政拨款收入总计年初预算数{收入预算}万元，决算数{收入决算}万元，{收入差异}，主要原因是：{收入差异原因}。财政拨款支出总计年初预算数{支出预算}万元，决算数{支出决算}万元，{支出差异}，主要原因是：{支出差异原因}。',
      ],
    },
    generalBudgetOverall: {
      sentence: '{年度}年度一般公共预算财政拨款支出{金额}万元，占本年支出合计的{占比}%，与上年相比，{增减}，主要原因是：{主要原因}。',
    },
    generalBudgetStructure: { item: '{序号}. {类名}(类){金额}万元，占{占比}%。' },
    generalBudgetDetail: {
      item: '{序号}. {类名}(类){款名}(款){项名}(项)：支出决算数为{金额}万元，比上年决算{增减}，主要原因是：{主要原因}。',
    },
    basic: {
      intro: '{年度}年度一般公共预算财政拨款基本支出{基本支出}万元，其中：',
      personnel: '人员经费{金额}万元，包括：{明细}。',
      public: '公用经费{金额}万元，包括：{明细}。',
      separator: '、',
    },
    threePublic: {
      summary: '{年度}年度财政拨款“三公”经费支出决算{合计}万元，比上年{增减}，主要原因是：{主要原因}。其中：{明细}。具体情况如下：',
      item: '{名称}支出{金额}万元，占{占比}%，比上年{增减}，主要原因是：{主要原因}',
      separator: '；',
      overseas: '因公出国（境）费支出{金额}万元，开支内容包括{开支内容}。单位全年安排的因公出国（境）团组{团组数}个，因公出国（境）{人次}人次。',
      vehicles:
        '公务用车购置及运行维护费{金额}万元，其中：公务用车购置费{购置费}万元，公务用车运行维护费{运行维护费}万元。公务用车运行维护费开支内容包括{开支内容}。公务用车购置数{购置数}辆，公务用车保有量{保有量}辆。',
      reception: '公务接待费{金额}万元，开支内容包括{开支内容}。单位全年安排的国内公务接待{批次}批次，{人次}人次。',
      budget: '与全年预算数相比情况：“三公”经费支出全年预算数{预算}万元，决算数{决算}万元，{差异}，主要原因是：{差异原因}。其中：{明细}。',
      budgetItem: '{名称}全年预算数{预算}万元，决算数{决算}万元，{差异}，主要原因是：{差异原因}',
      names: {
        overseasTravel: '因公出国（境）费',
        vehicles: '公务用车购置及运行维护费',
        reception: '公务接待费',
        vehiclePurchase: '公务用车购置费',
        vehicleOperation: '公务用车运行费',
      },
    },
    govFund: {
      empty: '我单位本年度无政府性基金预算财政拨款收入、支出及结转和结余，政府性基金预算财政拨款收入支出决算表为空表。',
      figures:
        '{年度}年度政府性基金预算财政拨款年初结转和结余{年初结转和结余}万元，本年收入{本年收入}万元，本年支出{本年支出}万元（基本支出{基本支出}万元，项目支出{项目支出}万元），年末结转和结余{年末结转和结余}万元。',
    },
    stateCapital: {
      empty: '我单位本年度无国有资本经营预算财政拨款收入、支出及结转和结余，国有资本经营预算财政拨款收入支出决算表为空表。',
      figures:
        '{年度}年度国有资本经营预算财政拨款年初结转和结余{年初结转和结余}万元，本年收入{本年收入}万元，本年支出{本年支出}万元（基本支出{基本支出}万元，项目支出{项目支出}万元），年末结转和结余{年末结转和结余}万元。',
    },
    officeCost: {
      administrative: '{年度}年度{单位名称}机关运行经费{金额}万元，比上年{增减}，主要原因是：{主要原因}。',
      institution: '{年度}年度{单位名称}（事业单位）公用经费{金额}万元，比上年{增减}，主要原因是：{主要原因}。',
      mixed: '{年度}年度{单位名称}机关运行经费{金额}万元，比上年{增减}，主要原因是：{主要原因}。',
    },
    procurement: {
      total: '{年度}年度政府采购支出总额{总额}万元，其中：政府采购货物支出{货物}万元、政府采购工程支出{工程}万元、政府采购服务支出{服务}万元。',
      smallBusiness:
        '授予中小企业合同金额{中小企业}万元，占政府采购支出总额的{中小企业占比}%，其中：授予小微企业合同金额{小微企业}万元，占政府采购支出总额的{小微企业占比}%。',
    },
    assets: {
      sentence:
        '截止{年度}年12月31日，固定资产原值{固定资产原值}万元，房屋{房屋面积}平方米，价值{房屋价值}万元。车辆{车辆数}辆，价值{车辆价值}万元，其中：副部（省）级及以上领导用车{副部级用车}辆、主要领导干部用车{主要领导干部用车}辆、机要通信用车{机要通信用车}辆、应急保障用车{应急保障用车}辆、执法执勤用车{执法执勤用车}辆、特种专业技术用车{特种专业技术用车}辆、离退休干部用车{离退休干部用车}辆、其他用车{其他用车}辆，其他用车主要是：{其他用车说明}；单价100万元（含）以上设备（不含车辆）{设备数}台（套）。',
    },
    performance: {
      paragraphs: [
        '根据预算绩效管理要求，我单位{年度}年度开展预算绩效评价项目{项目数}个，全年预算数{全年预算数}万元，全年执行数{全年执行数}万元。预算绩效管理取得的成效：{成效}发现的问题及原因：{问题}下一步改进措施：{改进措施}具体项目自评情况附项目支出绩效自评表。',
      ],
    },
  },
  glossary: GLOSSARY,
};
