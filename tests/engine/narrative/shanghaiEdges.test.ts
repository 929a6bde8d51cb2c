/**
 * The 上海 preset on a second filled workbook (fixtures/shanghai-2024/edges.ts, tables in 元 as the 2024 template lays
 * them out): the edge cases fixtures/shanghai-2024 does not reach. Each expected figure is recomputed by hand from
 * the fixture's figures, 万元 to two decimals rounding half away from zero, shares and rates of the displayed 万元:
 *   一  收入总计 1225.133506 → 1225.13; − 1190.13 = 35.00; 35.00 / 1190.13 = 2.941% → 2.94%
 *   二  of 1215.13: 975.13 → 80.249 → 80.25; 200.00 → 16.459 → 16.46; 30.00 → 2.469 → 2.47; 10.00 → 0.823 → 0.82 (100.00)
 *   三  of 1227.63: 850.12 → 69.249 → 69.25; 332.51 → 27.086 → 27.09; 45.00 → 3.666 → 3.67: 100.01, so 经营支出 3.66
 *   四  985.13 − 1000.00 = −14.87; 14.87 / 1000 = 1.487% → 1.49%
 *   五  950.13 / 1227.63 = 77.396% → 77.40%; 上年 0: 增加950.13万元 and no rate;
 *       类 of 950.13: 800.13 → 84.213 → 84.21; 100.00 → 10.525 → 10.52; 50.00 → 5.262 → 5.26: 99.99, so 住房保障 5.27;
 *       205 教育支出 (0 in table 05, spent in table 03) not listed; 950.13 / 1000.00 = 95.013% → 95.01%;
 *       2010302 300.005 → 300.01 against a 年初预算 of 0.00
 *   六  650.123506 → 650.12; 550.00005 → 550.00; 100.123456 → 100.12
 *   七  10.123456 → 10.12 of 25.00 = 40.48%; 出国 0 of 0; 10.00 / 20.00 = 50.00%; 0.12 / 5.00 = 2.40%;
 *       10.12 − 10.12: 持平; 10.00 − 9.88 = 0.12, 1.215% → 1.21%; 0.12 − 0.24 = −0.12, 50.00%;
 *       of 10.12: 0.00%, 10.00 → 98.814 → 98.81, 0.12 → 1.186 → 1.19 (100.00)
 *   八  收入 20.005 → 20.01, 支出 28.005 → 28.01; 2296002 8.00 = its 年初预算 (持平); 2296003 20.01 against 0.00
 *   九  收入 5.00, 支出 4.50 against a 年初预算 of 5.00
 *   十一 机关运行经费 100.12 − 800.00 = −699.88; 699.88 / 800 = 87.485% → 87.49% (half away from zero)
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { shanghai } from '../../../src/engine/narrative/presets';
import { plain } from '../../../src/engine/narrative/fragment';
import { explanationPart } from '../../../src/engine/narrative/document';
import type { NarrativeDocument } from '../../../src/engine/narrative/document';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { runAudit } from '../../../src/engine/audit/audit';
import { RULES } from '../../../src/engine/audit/rules';
import { buildWorkbook, toGrid } from '../../../fixtures/workbook';
import { shanghaiPlan } from '../../../fixtures/variants';
import { SHANGHAI_2024 } from '../../../fixtures/writers/options';
import { shanghaiEdges, shanghaiEdgesSupplement } from '../../../fixtures/shanghai-2024/edges';
import { unsourcedFigures } from '../../support/narrative';

const UNIT = '上海市边界测试局';
const grid = toGrid(buildWorkbook(shanghaiEdges, shanghaiPlan(shanghaiEdges), { ...SHANGHAI_2024, unit: '元' }));
const { supplement, problems } = parseSupplementJson(JSON.parse(JSON.stringify(shanghaiEdgesSupplement)));
const recognition = recognise(grid);
const doc: NarrativeDocument = generateNarrative(recognition, supplement, shanghai);

function lines(number: string, of: NarrativeDocument = doc): string[] {
  const s = explanationPart(of).sections.find((x) => x.number === number)!;
  return s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text));
}

describe('上海 preset on tables in 元 with 分, shares off 100.00%, empty and zero items, both fund tables', () => {
  it('starts from a consistent workbook and complete 说明数据: no finding, no gap', () => {
    expect(problems).toEqual([]);
    expect(runAudit({ recognition, supplement, grid }).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    expect(doc.gaps).toEqual([]);
  });

  it('第一部分 二、: 决算单位构成 names the 本级 alone, so the section is 机构设置 (no 下属单位 claimed)', () => {
    const profile = doc.parts[0]!.sections.map((s) => [`${s.number}、${s.title}`, ...s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text))]);
    expect(profile).toEqual([
      ['一、主要职能', '负责边界测试工作。'],
      ['二、机构设置', '局内设综合处、测试处。'],
    ]);
  });

  it('一 to 四: 分 rounded half away from zero, the last listed share taking the residual', () => {
    expect(lines('一')).toEqual([`${UNIT}2024年度收入支出总计1225.13万元。与2023年度相比，收入支出总计增加35.00万元，增长2.94%。主要原因：新增彩票公益金和国有资本经营预算项目。`]);
    expect(lines('二')).toEqual(['本年收入合计1215.13万元，其中：财政拨款收入975.13万元，占80.25%；事业收入200.00万元，占16.46%；经营收入30.00万元，占2.47%；其他收入10.00万元，占0.82%。']);
    expect(lines('三')).toEqual(['本年支出合计1227.63万元，其中：基本支出850.12万元，占69.25%；项目支出332.51万元，占27.09%；经营支出45.00万元，占3.66%。']);
    expect(lines('四')).toEqual([`${UNIT}2024年度财政拨款收入支出总计985.13万元。与2023年度相比，财政拨款收入支出总计减少14.87万元，下降1.49%。主要原因：一般公共预算财政拨款减少。`]);
  });

  it('五: no rate from a 上年数 of 0, a 类 of 0 in table 05 left out, a 项 spent against a 年初预算 of 0', () => {
    expect(lines('五')).toEqual([
      '（一）一般公共预算财政拨款支出决算总体情况',
      '一般公共预算财政拨款支出950.13万元，占本年支出合计的77.40%。与2023年度相比，一般公共预算财政拨款支出增加950.13万元。主要原因：本年起由财政直接拨款。',
      '（二）一般公共预算财政拨款支出决算结构情况',
      '一般公共预算财政拨款支出950.13万元，主要用于以下方面：一般公共服务支出（类）800.13万元，占84.21%；社会保障和就业支出（类）100.00万元，占10.52%；住房保障支出（类）50.00万元，占5.27%。',
      '（三）一般公共预算财政拨款支出决算具体情况',
      '一般公共预算财政拨款支出年初预算为1000.00万元，支出决算为950.13万元，完成年初预算的95.01%。决算数小于预算数的主要原因：养老保险缴费人数减少。其中：',
      '1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：机关的基本支出。年初预算为500.12万元，支出决算为500.12万元。决算数与预算数持平。',
      '2、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）。主要用于：专项管理工作。年初预算为0.00万元，支出决算为300.01万元。决算数大于预算数的主要原因：年中追加预算。',
      '3、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。主要用于：基本养老保险缴费。年初预算为300.00万元，支出决算为100.00万元。决算数小于预算数的主要原因：缴费人数减少。',
      '4、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：住房公积金缴存。年初预算为199.88万元，支出决算为50.00万元。决算数小于预算数的主要原因：缴存人数减少。',
    ]);
  });

  it('六', () => {
    expect(lines('六')).toEqual([
      '一般公共预算财政拨款基本支出650.12万元。其中：人员经费550.00万元，主要包括：基本工资、机关事业单位基本养老保险缴费、住房公积金、退休费；公用经费100.12万元，主要包括：办公费、公务用车运行维护费。',
    ]);
  });

  it('七: an item of 0 in both 预算 and 决算, an unchanged total beside items that changed', () => {
    expect(lines('七')).toEqual([
      '（一）“三公”经费财政拨款支出决算总体情况说明。',
      '“三公”经费财政拨款支出年初预算为25.00万元，支出决算为10.12万元，完成预算的40.48%，其中：因公出国（境）费决算为0.00万元，预算数与决算数均为0；公务用车购置及运行维护费支出决算为10.00万元，完成预算的50.00%；公务接待费支出决算为0.12万元，完成预算的2.40%。2024年度“三公”经费支出决算数小于预算数的主要原因：厉行节约。',
      '2024年度“三公”经费财政拨款支出决算数与2023年度持平，其中：因公出国（境）费支出决算持平；公务用车购置及运行维护费支出决算增加0.12万元，增长1.21%；公务接待费支出决算减少0.12万元，下降50.00%。公务用车购置及运行维护费支出增加的主要原因是车辆维修增加。公务接待费支出减少的主要原因是接待次数减少。',
      '（二）“三公”经费财政拨款支出决算具体情况说明。',
      '“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务用车购置及运行维护费支出决算10.00万元，占98.81%；公务接待费支出决算0.12万元，占1.19%。具体情况如下：',
      '1、因公出国（境）费支出0.00万元。',
      '2、公务用车购置及运行维护费支出10.00万元。其中：',
      '公务用车购置支出为0.00万元。',
      `公务用车运行维护支出10.00万元。主要用于公务用车燃料费、维修费等。2024年，${UNIT}所属各预算单位开支财政拨款的公务用车保有量为2辆。`,
      '3、公务接待费支出0.12万元。其中：',
      '国内公务接待支出0.12万元（含外宾接待支出0.00万元）。主要用于接待外省市来沪考察，共接待1批次、3人次，其中：接待外宾0批次、0人次。',
    ]);
  });

  it('八 and 九: a 项 spent from its 年初结转 alone, a 项 with a 年初预算 of 0, and a 国有资本经营 项', () => {
    expect(lines('八')).toEqual([
      '政府性基金预算财政拨款收入20.01万元，支出28.01万元，支出具体情况如下：',
      '1、其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）。主要用于：社区福利设施运营。年初预算为8.00万元，支出决算为8.00万元。决算数与预算数持平。',
      '2、其他支出（类）彩票公益金安排的支出（款）用于体育事业的彩票公益金支出（项）。主要用于：社区体育活动。年初预算为0.00万元，支出决算为20.01万元。决算数大于预算数的主要原因：年中追加。',
    ]);
    expect(lines('九')).toEqual([
      '国有资本经营预算财政拨款收入5.00万元，支出4.50万元，支出具体情况如下：',
      '1、国有资本经营预算支出（类）解决历史遗留问题及改革成本支出（款）国有企业退休人员社会化管理补助支出（项）。主要用于：所属企业退休人员社会化管理补助。年初预算为5.00万元，支出决算为4.50万元。决算数小于预算数的主要原因：按实际人数拨付。',
    ]);
  });

  it('十一（一）: a rate on a half, rounded away from zero', () => {
    expect(lines('十一').slice(0, 2)).toEqual(['（一）机关运行经费支出情况', '机关运行经费支出100.12万元，比2023年度减少699.88万元，下降87.49%。主要原因是压减一般性支出。']);
  });

  it('七 and 一: ties of 0.005 % rounded away from zero; the residual of the shares left off a last item of 0', () => {
    // 2.01 + 197.99 of 200.00: 1.005% → 1.01%, 98.995% → 99.00% (sum 100.01): 公务接待费, 0, takes nothing (not
    // 占-0.01%), 用车 the last item of money takes it (98.99%). 197.99 / 200.00 = 98.995% → 完成预算的99.00%.
    // 收入总计 1225.13 against 200.00: 1025.13 / 200 = 512.565% → 512.57%.
    const json = JSON.parse(JSON.stringify(shanghaiEdgesSupplement)) as { 指标: Record<string, Record<string, unknown>>; 事项: Record<string, unknown> };
    json.指标['收入总计'] = { 上年数: 200, 主要原因: '新增项目' };
    json.指标['支出总计'] = { 上年数: 200, 主要原因: '新增项目' };
    json.指标['三公经费合计'] = { 上年数: 197.5, 主要原因: '车辆更新', 预决算差异原因: '厉行节约' };
    json.指标['因公出国（境）费'] = { 上年数: 1, 主要原因: '团组增加' };
    json.指标['公务用车购置及运行维护费'] = { 上年数: 196, 主要原因: '车辆更新' };
    json.指标['公务接待费'] = { 上年数: 0.5, 主要原因: '未安排接待' };
    Object.assign(json.事项, { '因公出国（境）开支内容': '国际会议', '因公出国（境）团组数': 1, '因公出国（境）人次': 2, 公务用车购置开支内容: '更新车辆', 公务用车购置数: 1 });
    const data = {
      ...shanghaiEdges,
      threePublicCosts: {
        budget: { total: 203, overseasTravel: 3, vehicles: 200, vehiclePurchase: 150, vehicleOperation: 50, reception: 0 },
        actual: { total: 200, overseasTravel: 2.01, vehicles: 197.99, vehiclePurchase: 150, vehicleOperation: 47.99, reception: 0 },
      },
    };
    const tied = generateNarrative(recognise(toGrid(buildWorkbook(data, shanghaiPlan(data), { ...SHANGHAI_2024, unit: '元' }))), parseSupplementJson(json).supplement, shanghai);
    expect(lines('一', tied)[0]).toContain('收入支出总计增加1025.13万元，增长512.57%。');
    expect(lines('七', tied).slice(1, 3)).toEqual([
      '“三公”经费财政拨款支出年初预算为203.00万元，支出决算为200.00万元，完成预算的98.52%，其中：因公出国（境）费决算为2.01万元，完成预算的67.00%；公务用车购置及运行维护费支出决算为197.99万元，完成预算的99.00%；公务接待费支出决算为0.00万元，预算数与决算数均为0。2024年度“三公”经费支出决算数小于预算数的主要原因：厉行节约。',
      '2024年度“三公”经费财政拨款支出决算数比2023年度增加2.50万元，增长1.27%，其中：因公出国（境）费支出决算增加1.01万元，增长101.00%；公务用车购置及运行维护费支出决算增加1.99万元，增长1.02%；公务接待费支出决算减少0.50万元，下降100.00%。因公出国（境）费支出增加的主要原因是团组增加。公务用车购置及运行维护费支出增加的主要原因是车辆更新。公务接待费支出减少的主要原因是未安排接待。',
    ]);
    expect(lines('七', tied)[4]).toBe('“三公”经费财政拨款支出决算中，因公出国（境）费支出决算2.01万元，占1.01%；公务用车购置及运行维护费支出决算197.99万元，占98.99%；公务接待费支出决算0.00万元，占0.00%。具体情况如下：');
  });

  it('our text checks find nothing in the text written into the workbook, and every figure has its source', () => {
    const typed = { ...grid, sheets: [...grid.sheets, { name: '公开说明', rows: documentLines(doc).map((l) => [l.text]) }] };
    const findings = runAudit({ recognition: recognise(typed), supplement, grid: typed }, RULES.filter((r) => r.id.startsWith('text-')));
    expect(findings.map((f) => `${f.severity} ${f.rule}: ${f.message}`)).toEqual([]);
    expect(unsourcedFigures(doc)).toEqual([]);
  });
});
