/**
 * A real published 部门决算 of a department new that year (浙江: 杭州市钱塘区行政审批局2021年度部门决算,
 * https://www.qiantang.gov.cn/art/2022/10/12/art_1229608842_4344071.html; the district was set up in 2021, so the page says
 * “因行政区划调整，本部门为设区后新设，无上年数” and states no change against a 上年). What the stored copy of the page holds, its
 * 说明 (一)–(三):
 *   收入总计 4352.47 = 支出总计 4352.47; 本年收入合计 4352.47, all 财政拨款 (一般公共预算 4352.47), 100%;
 *   本年支出合计 4352.47: 基本支出 2054.70 (47.2%), 项目支出 2297.77 (52.8%).
 * Its tables are rebuilt from these (the subject split, 2010301 行政运行 for the 基本 and 2010302 一般行政管理事务 for the 项目,
 * and the 经济分类 under the 基本, are assumed: the page's tables were not in the copy). No 上年数 in the 说明数据.
 * Every figure its text states recomputes: 2054.70 / 4352.47 = 47.21%, 2297.77 / 4352.47 = 52.79%. The page states no error.
 * Before helper-h223, two of its statements were unread, a wrong figure there passing: the funds in brackets after 财政拨款收入
 * (其中,一般公共预算4352.47万元,政府性基金预算0万元,国有资本经营预算0万元) and the share after those brackets (占收入合计100%).
 * Our text for it, with no 上年数 given, states no change: it asks for the 上年数 (【请填写：…上年数】); with 上年数 0 it would write
 * 增加…，增长100.00% (DOMAIN §5, zero bases), not the page's “无上年数”: a user of a department new that year writes that by hand.
 */
import { check, explain } from '../../../src/engine/workflow';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { FinalAccountsData, FundLine } from '../../../fixtures/data';
import { FUNCTIONAL_CLASSES } from '../../../src/engine/subjects/functional';
import { classLines, EXPENDITURE_COLUMNS, GENERAL_BUDGET_COLUMNS, INCOME_COLUMNS, line, subjects } from '../../../fixtures/subjectLines';

const CLASSES = FUNCTIONAL_CLASSES.filter((c) => !['227', '233'].includes(c.code));
const T = 4352.47;
const BASIC = 2054.7;
const PROJECT = 2297.77;

function qiantangData(): FinalAccountsData {
  const fiscalExpenditure: FundLine[] = [
    ...classLines(CLASSES, { '201': T }).map((l) => ({ key: l.key, label: l.label, values: { total: l.amount, generalBudget: l.amount, govFund: 0, stateCapital: 0 } })),
    { key: 'yearExpenditure', label: '本年支出合计', values: { total: T, generalBudget: T, govFund: 0, stateCapital: 0 } },
    { key: 'closingBalance', label: '年末财政拨款结转和结余', values: { total: 0, generalBudget: 0, govFund: 0, stateCapital: 0 } },
    { key: 'grandTotal', label: '总计', values: { total: T, generalBudget: T, govFund: 0, stateCapital: 0 } },
  ];
  return {
    ...changji2022,
    department: '杭州市钱塘区行政审批局',
    year: 2021,
    summary: {
      income: [
        { key: 'fiscalGeneralBudget', label: '一、一般公共预算财政拨款收入', amount: T },
        { key: 'fiscalGovFund', label: '二、政府性基金预算财政拨款收入', amount: 0 },
        { key: 'fiscalStateCapital', label: '三、国有资本经营预算财政拨款收入', amount: 0 },
        { key: 'superiorSubsidy', label: '四、上级补助收入', amount: 0 },
        { key: 'businessIncome', label: '五、事业收入', amount: 0 },
        { key: 'operatingIncome', label: '六、经营收入', amount: 0 },
        { key: 'affiliateRemittance', label: '七、附属单位上缴收入', amount: 0 },
        { key: 'otherIncome', label: '八、其他收入', amount: 0 },
        { key: 'yearIncome', label: '本年收入合计', amount: T },
        { key: 'useOfNonFiscalSurplus', label: '使用非财政拨款结余', amount: 0 },
        { key: 'openingBalance', label: '年初结转和结余', amount: 0 },
        { key: 'grandTotal', label: '总计', amount: T },
      ],
      expenditure: [
        ...classLines(CLASSES, { '201': T }),
        { key: 'yearExpenditure', label: '本年支出合计', amount: T },
        { key: 'surplusDistribution', label: '结余分配', amount: 0 },
        { key: 'closingBalance', label: '年末结转和结余', amount: 0 },
        { key: 'grandTotal', label: '总计', amount: T },
      ],
    },
    income: subjects(INCOME_COLUMNS, [
      line('total', '合计', T, T),
      line('201', '一般公共服务支出', T, T),
      line('20103', '政府办公厅(室)及相关机构事务', T, T),
      line('2010301', '行政运行', BASIC, BASIC),
      line('2010302', '一般行政管理事务', PROJECT, PROJECT),
    ]),
    expenditure: subjects(EXPENDITURE_COLUMNS, [
      line('total', '合计', T, BASIC, PROJECT),
      line('201', '一般公共服务支出', T, BASIC, PROJECT),
      line('20103', '政府办公厅(室)及相关机构事务', T, BASIC, PROJECT),
      line('2010301', '行政运行', BASIC, BASIC, 0),
      line('2010302', '一般行政管理事务', PROJECT, 0, PROJECT),
    ]),
    fiscalSummary: {
      income: [
        { key: 'generalBudget', label: '一、一般公共预算财政拨款', amount: T },
        { key: 'govFund', label: '二、政府性基金预算财政拨款', amount: 0 },
        { key: 'stateCapital', label: '三、国有资本经营预算财政拨款', amount: 0 },
        { key: 'yearIncome', label: '本年收入合计', amount: T },
        { key: 'openingBalance', label: '年初财政拨款结转和结余', amount: 0 },
        { key: 'openingGeneralBudget', label: '一般公共预算财政拨款', amount: 0 },
        { key: 'openingGovFund', label: '政府性基金预算财政拨款', amount: 0 },
        { key: 'openingStateCapital', label: '国有资本经营预算财政拨款', amount: 0 },
        { key: 'grandTotal', label: '总计', amount: T },
      ],
      expenditure: fiscalExpenditure,
    },
    generalBudgetExpenditure: subjects(GENERAL_BUDGET_COLUMNS, [
      line('total', '合计', T, BASIC, PROJECT),
      line('201', '一般公共服务支出', T, BASIC, PROJECT),
      line('20103', '政府办公厅(室)及相关机构事务', T, BASIC, PROJECT),
      line('2010301', '行政运行', BASIC, BASIC, 0),
      line('2010302', '一般行政管理事务', PROJECT, 0, PROJECT),
    ]),
    generalBudgetBasic: {
      personnel: subjects(['amount'], [line('301', '工资福利支出', 1800), line('30101', '基本工资', 1800)]),
      public: subjects(['amount'], [line('302', '商品和服务支出', 254.7), line('30201', '办公费', 250), line('30217', '公务接待费', 0.2), line('30231', '公务用车运行维护费', 4.5)]),
      personnelTotal: 1800,
      publicTotal: 254.7,
    },
    threePublicCosts: {
      budget: { total: 5, overseasTravel: 0, vehicles: 4.8, vehiclePurchase: 0, vehicleOperation: 4.8, reception: 0.2 },
      actual: { total: 4.7, overseasTravel: 0, vehicles: 4.5, vehiclePurchase: 0, vehicleOperation: 4.5, reception: 0.2 },
    },
    govFund: [],
    stateCapital: [],
  };
}

const data = qiantangData();
const grid: WorkbookGrid = toGrid(buildWorkbook(data, standardPlan(data)));

/** 说明数据 of a department new that year: no 上年数 anywhere. */
function newDepartment() {
  const json = JSON.parse(JSON.stringify(changji2022Supplement));
  json.单位名称 = '杭州市钱塘区行政审批局';
  json.年度 = 2021;
  for (const v of Object.values(json.指标) as Record<string, unknown>[]) {
    delete v.上年数;
    delete v.主要原因;
  }
  return json;
}
const json = newDepartment();

const PUBLISHED = [
  '(一)收入支出决算总体情况说明',
  '2021年度收入总计4352.47万元,支出总计4352.47万元。因行政区划调整,本部门为设区后新设,无上年数。',
  '(二)收入决算情况说明',
  '本年收入合计4352.47万元;包括财政拨款收入4352.47万元(其中,一般公共预算4352.47万元,政府性基金预算0万元,国有资本经营预算0万元),占收入合计100%;上级补助收入0万元,占收入合计0%;事业收入0万元,占收入合计0%;经营收入0万元,占收入合计0%;附属单位上缴收入0万元,占收入合计0%;其他收入0万元,占收入合计0%。',
  '(三)支出决算情况说明',
  '本年支出合计4352.47万元,其中基本支出2054.70万元,占47.2%;项目支出2297.77万元,占52.8%;上缴上级支出0万元,占0%;经营支出0万元,占0%;对附属单位补助支出0万元,占0%。',
];

function textFindings(lines: readonly string[]) {
  const withText = { sheets: [...grid.sheets, { name: '公开说明', rows: lines.map((p): CellValue[] => [p]) }] };
  return check(withText, json).findings.filter((f) => f.severity !== 'rounding' && f.cells.some((c) => c.startsWith('公开说明!')));
}

describe('杭州市钱塘区行政审批局 2021: its tables, rebuilt', () => {
  it('draw no 错误', () => {
    const errors = check(grid, json).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});

describe('the published 说明 of 杭州市钱塘区行政审批局 2021, read against its tables', () => {
  it('agrees with them', () => {
    expect(textFindings(PUBLISHED).map((f) => `${f.rule} ${f.cells[0]}: ${f.message}`)).toEqual([]);
  });

  it.each([
    ['收入总计', '收入总计4352.47万元', '收入总计4325.47万元'],
    ['支出总计', '支出总计4352.47万元。', '支出总计4352.74万元。'],
    ['本年收入合计', '本年收入合计4352.47', '本年收入合计4352.74'],
    ['财政拨款收入', '财政拨款收入4352.47', '财政拨款收入4325.47'],
    ['一般公共预算', '一般公共预算4352.47', '一般公共预算4325.47'],
    ['its share', '占收入合计100%', '占收入合计10%'],
    ['本年支出合计', '本年支出合计4352.47', '本年支出合计4352.74'],
    ['基本支出', '基本支出2054.70', '基本支出2045.70'],
    ['its share', '占47.2%', '占42.7%'],
    ['项目支出', '项目支出2297.77', '项目支出2279.77'],
    ['its share', '占52.8%', '占58.2%'],
  ])('finds %s written wrong', (_what, right, wrong) => {
    const lines = PUBLISHED.map((l) => l.replace(right, wrong));
    expect(lines).not.toEqual(PUBLISHED);
    expect(textFindings(lines).length).toBeGreaterThan(0);
  });
});

describe('浙江’s funds in brackets after a 财政拨款 amount, and a share after them (unread before helper-h223)', () => {
  const found = (lines: readonly string[]) => textFindings(lines).map((f) => `${f.rule}: ${f.message}`);
  const income = PUBLISHED[3]!;

  it('reads each fund of 财政拨款收入 as table 01’s', () => {
    for (const [right, wrong] of [
      ['一般公共预算4352.47', '一般公共预算4325.47'],
      ['政府性基金预算0万元', '政府性基金预算5.00万元'],
      ['国有资本经营预算0万元', '国有资本经营预算5.00万元'],
    ]) expect(found([income.replace(right!, wrong!)]).some((m) => m.startsWith('text-figures'))).toBe(true);
  });

  it('reads the share after the brackets as the amount’s', () => {
    expect(found([income.replace('占收入合计100%', '占收入合计10%')]).filter((m) => m.startsWith('text-shares'))).toEqual([
      expect.stringContaining('占收入合计10%'),
    ]);
    // Of a list's whole too (no whole named).
    const listed = '本年收入合计4352.47万元,其中:财政拨款收入4352.47万元(其中,一般公共预算4352.47万元),占90.00%。';
    expect(found([listed]).filter((m) => m.startsWith('text-shares'))).toHaveLength(1);
    expect(found([listed.replace('90.00', '100.00')])).toEqual([]);
  });

  it.each([
    ['full-width, 其中：', (l: string) => l.replace(/\(/g, '（').replace(/\)/g, '）').replace(/,/g, '，').replace('其中，', '其中：')],
    ['占…的', (l: string) => l.replace('占收入合计100%', '占收入合计的100%')],
  ])('reads them written %s too', (_how, write) => {
    const right = write(income);
    expect(found([right])).toEqual([]);
    expect(found([right.replace('4352.47万元', '4352.47万元').replace(/一般公共预算4352\.47/, '一般公共预算4325.47')]).some((m) => m.startsWith('text-figures'))).toBe(true);
    expect(found([right.replace(/收入合计(的)?100%/, '收入合计$110%')]).some((m) => m.startsWith('text-shares'))).toBe(true);
  });

  it('reads the funds of 财政拨款支出 as table 04’s', () => {
    const fiscal = '2021年度财政拨款支出4352.47万元(其中,一般公共预算4352.47万元,政府性基金预算0万元,国有资本经营预算0万元)。';
    expect(found([fiscal])).toEqual([]);
    expect(found([fiscal.replace('一般公共预算4352.47', '一般公共预算4325.47')]).some((m) => m.startsWith('text-figures'))).toBe(true);
  });

  it('nor in brackets after another year’s or a budget’s 财政拨款 amount', () => {
    for (const before of ['2020年度财政拨款收入', '上年财政拨款收入', '年初预算财政拨款收入'])
      expect(found([`与上年相比,${before}3000.00万元(其中,一般公共预算3000.00万元,政府性基金预算0万元)。`]).filter((m) => m.includes('一般公共预算'))).toEqual([]);
    // This year's, named by its year: read.
    expect(found(['2021年度财政拨款收入4352.47万元(其中,一般公共预算4325.47万元)。']).some((m) => m.startsWith('text-figures'))).toBe(true);
  });

  it('does not read a bare fund elsewhere (no figure of the tables)', () => {
    expect(found(['项目涉及一般公共预算100.00万元。', '一般公共预算100.00万元,其他资金5.00万元。'])).toEqual([]);
  });
});

describe('our 说明 for 杭州市钱塘区行政审批局 2021 (no 上年数)', () => {
  for (const id of Object.keys(PRESETS)) {
    const lines = documentLines(explain(grid, PRESETS[id]!, json).document).map((l) => l.text);
    const text = lines.join('\n');
    it(`${id}: states the page's figures`, () => {
      for (const figure of ['4352.47', '2054.70', '2297.77']) expect(text.replace(/(\d),(?=\d{3})/g, '$1')).toContain(figure);
      expect(text).toMatch(/47\.2\d?%/);
      expect(text).toMatch(/52\.79?%/);
    });
    it(`${id}: states no change against a 上年 it does not know: it asks for the 上年数`, () => {
      const changes = lines.filter((l) => /比上年|较上年|与上年相比|与20\d\d年(度)?相比/.test(l));
      expect(changes.length).toBeGreaterThan(0);
      for (const l of changes) expect(l).toMatch(/【请填写：[^】]*上年数】/);
      expect(changes.join('\n')).not.toMatch(/(增加|减少|增长|下降)\d/);
    });
    it(`${id}: draws no finding from the audit of its own text`, () => {
      const findings = textFindings(lines).filter((f) => f.rule !== 'text-template-leftovers');
      expect(findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    });
  }
});
