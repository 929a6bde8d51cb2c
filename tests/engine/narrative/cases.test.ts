/**
 * The cases of DOMAIN §5 in generated text: prior year 0, current 0, both 0, budget 0, a missing 上年数, a
 * negative change, a unit in 元; and the 上海 preset's choices.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { shanghai, xinjiang } from '../../../src/engine/narrative/presets';
import { plain } from '../../../src/engine/narrative/fragment';
import { explanationPart } from '../../../src/engine/narrative/document';
import type { NarrativeDocument } from '../../../src/engine/narrative/document';
import type { Preset } from '../../../src/engine/narrative/preset';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { shanghai2024 } from '../../../fixtures/shanghai-2024/tables';
import { shanghai2024Supplement } from '../../../fixtures/shanghai-2024/supplement';
import { buildWorkbook, BuildOptions, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { FinalAccountsData } from '../../../fixtures/data';
import { withFundBalancesAsParts, withItemsOnly, withSheetRows } from '../../support/layouts';
import { runAudit } from '../../../src/engine/audit/audit';
import type { CellValue } from '../../../src/engine/grid/cell';
import { unsourcedFigures } from '../../support/narrative';
import { toA1 } from '../../../src/engine/grid/address';
import { RULES } from '../../../src/engine/audit/rules';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { sheet } from '../../support/ruleTester';

type Json = { 指标: Record<string, Record<string, unknown>>; 事项: Record<string, unknown>; [k: string]: unknown };

function narrate(
  edit: (json: Json) => void = () => undefined,
  preset: Preset = xinjiang,
  options: BuildOptions = {},
  data: FinalAccountsData = changji2022,
): NarrativeDocument {
  const json = JSON.parse(JSON.stringify(changji2022Supplement)) as Json;
  edit(json);
  const { supplement, problems } = parseSupplementJson(json);
  expect(problems).toEqual([]);
  const rec = recognise(toGrid(buildWorkbook(data, standardPlan(data), options)));
  return generateNarrative(rec, supplement, preset);
}

function section(doc: NarrativeDocument, number: string): string {
  const s = explanationPart(doc).sections.find((x) => x.number === number)!;
  return s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text)).join('\n');
}

/** Every section of the explanation, one after another. */
function documentText(doc: NarrativeDocument): string {
  return explanationPart(doc)
    .sections.map((s) => section(doc, s.number))
    .join('\n');
}

describe('zero bases and missing inputs in the text', () => {
  it('prior year 0: 增加 x 万元，增长100.00%', () => {
    const doc = narrate((j) => (j.指标['收入总计']!['上年数'] = 0));
    expect(section(doc, '一')).toContain('收入总计与上年相比，增加1,488.29万元，增长100.00%，');
  });

  it('prior year 0 and a figure below it (a refund): 减少 x 万元, with the rate the preset gives a move from 0 (上海 none)', () => {
    const refund = (j: Json) => {
      j.单位性质 = '混合';
      j.指标['机关运行经费'] = { 本年数: -1.5, 上年数: 0, 主要原因: '退款' };
    };
    const text = (preset: Preset) => documentText(narrate(refund, preset));
    expect(text(shanghai)).toContain('机关运行经费支出-1.50万元，比2021年度减少1.50万元。主要原因是退款。');
    expect(text(xinjiang)).toContain('机关运行经费-1.50万元，比上年减少1.50万元，下降100.00%，主要原因是：退款。');
  });

  it('current year 0: 减少 x 万元，下降100% (no decimals, as the reference prints it)', () => {
    expect(section(narrate(), '五')).toContain('支出决算数为0.00万元，比上年决算减少72.90万元，下降100%，主要原因是：本年未安排12345便民热线运行经费。');
  });

  it('both years 0: 增加0.00万元，增长0.00% (新疆) or 持平 (上海)', () => {
    expect(section(narrate(), '七')).toContain('因公出国（境）费支出0.00万元，占0.00%，比上年增加0.00万元，增长0.00%，');
    const doc = narrate((j) => {
      j.指标['收入总计']!['上年数'] = 1488.29;
      j.指标['支出总计']!['上年数'] = 1488.29;
    }, shanghai);
    // 持平 needs no reason: the optional 主要原因 sentence is left out.
    expect(section(doc, '一')).toBe('新疆昌吉州政务服务和公共资源交易管理局2022年度收入支出总计1488.29万元。与2021年度相比，收入支出总计持平。');
  });

  it('budget 0: no 差异率 is divided out; 0.00% when the 决算 is 0 too', () => {
    const doc = narrate((j) => (j.指标['财政拨款收入总计']!['年初预算数'] = 0));
    expect(section(doc, '四')).toContain('财政拨款收入总计年初预算数0.00万元，决算数1,363.45万元，预算数为0，不计算预决算差异率，主要原因是：');
    expect(section(doc, '七')).toContain('公务用车购置费全年预算数0.00万元，决算数0.00万元，预决算差异率0.00%，');
    expect(section(doc, '四')).not.toMatch(/Infinity|NaN/);
  });

  it('a missing 上年数 leaves a visible gap where the change would be, and lists it', () => {
    const doc = narrate((j) => delete j.指标['收入总计']!['上年数']);
    expect(section(doc, '一')).toContain('收入总计与上年相比，【请填写：收入总计上年数】，主要原因是：');
    expect(doc.gaps).toEqual([{ field: '指标.收入总计.上年数', label: '收入总计上年数', sections: ['一'] }]);
  });

  it('a missing reason and a missing 事项 are gaps too, never "undefined"', () => {
    const doc = narrate((j) => {
      delete j.指标['公务接待费']!['主要原因'];
      delete j.事项['公务用车保有量'];
    });
    const text = section(doc, '七');
    expect(text).toContain('主要原因是：【请填写：公务接待费主要原因】');
    expect(text).toContain('公务用车保有量【请填写：公务用车保有量】辆');
    expect(text).not.toMatch(/undefined|NaN|null/);
    expect(doc.gaps.map((g) => g.field).sort()).toEqual(['事项.公务用车保有量', '指标.公务接待费.主要原因']);
  });

  it('a change too small for its rate to show: 增长不足0.01% (it printed 增加0.01万元，增长0.00%), and our checks accept it', () => {
    const json = JSON.parse(JSON.stringify(changji2022Supplement)) as Json;
    json.指标['收入总计']!['上年数'] = 1488.28;
    json.指标['支出总计']!['上年数'] = 1488.3;
    // 上海 states one 收入支出总计: last year's two totals are one figure there (else its change is a gap).
    const balanced = JSON.parse(JSON.stringify(json)) as Json;
    balanced.指标['支出总计']!['上年数'] = 1488.28;
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    for (const preset of [xinjiang, shanghai]) {
      const { supplement } = parseSupplementJson(preset === xinjiang ? json : balanced);
      const doc = generateNarrative(recognise(grid), supplement, preset);
      const text = documentText(doc);
      expect(text).toContain(preset === xinjiang ? '收入总计与上年相比，增加0.01万元，增长不足0.01%，' : '收入支出总计增加0.01万元，增长不足0.01%。');
      if (preset === xinjiang) expect(text).toContain('支出总计与上年相比，减少0.01万元，下降不足0.01%，');
      expect(text).not.toMatch(/(?:增加|减少)(?!0\.00万元)[\d,.]+万元，(?:增长|下降)0\.00%/);
      const typed = { ...grid, sheets: [...grid.sheets, sheet('公开说明', documentLines(doc).map((l) => [l.text]))] };
      const findings = runAudit({ recognition: recognise(typed), supplement, grid: typed }, RULES.filter((r) => r.id.startsWith('text-')));
      // The gaps of the 上海 document (its 说明数据 is the 新疆 one) are the only findings.
      expect(findings.filter((f) => f.severity !== 'rounding' && !f.message.includes('【请填写：')).map((f) => f.message)).toEqual([]);
    }
  });

  it('a 决算 off its 预算 by less than the 差异率 shows: 预决算差异率不足0.01% (it printed 0.00% of figures that differ), and our checks accept it', () => {
    for (const [budget, actual] of [
      [1363.44, '1,363.45'],
      [1363.46, '1,363.45'],
    ] as const) {
      const json = JSON.parse(JSON.stringify(changji2022Supplement)) as Json;
      json.指标['财政拨款收入总计']!['年初预算数'] = budget;
      json.指标['财政拨款支出总计']!['年初预算数'] = budget;
      const { supplement } = parseSupplementJson(json);
      const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
      const doc = generateNarrative(recognise(grid), supplement, xinjiang);
      const text = section(doc, '四');
      expect(text).toContain(`财政拨款收入总计年初预算数${budget.toFixed(2).replace('1363', '1,363')}万元，决算数${actual}万元，预决算差异率不足0.01%，`);
      expect(text).not.toMatch(/差异率-?0\.00%/);
      const typed = { ...grid, sheets: [...grid.sheets, sheet('公开说明', documentLines(doc).map((l) => [l.text]))] };
      const findings = runAudit({ recognition: recognise(typed), supplement, grid: typed }, RULES.filter((r) => r.id.startsWith('text-')));
      expect(findings.filter((f) => f.severity !== 'rounding').map((f) => f.message)).toEqual([]);
    }
    // Both equal: 0.00% as before; a bound that does not hold (13.02% is no 不足0.01%) is still said to be wrong.
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const { supplement } = parseSupplementJson(changji2022Supplement);
    const typed = { ...grid, sheets: [...grid.sheets, sheet('公开说明', [['财政拨款收入总计年初预算数1,206.34万元，决算数1,363.45万元，预决算差异率不足0.01%。']])] };
    const findings = runAudit({ recognition: recognise(typed), supplement, grid: typed }, RULES.filter((r) => r.id === 'text-budget'));
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('应为 13.02%')]);
  });

  it('a rate of 1,000% and more is separated as the preset separates amounts (增长1,388.29%, 上海 1388.29%), and our checks accept it', () => {
    const json = JSON.parse(JSON.stringify(changji2022Supplement)) as Json;
    json.指标['收入总计']!['上年数'] = 100;
    json.指标['支出总计']!['上年数'] = 100;
    const { supplement } = parseSupplementJson(json);
    const budget = { ...changji2022.threePublicCosts.budget, total: 0.4 };
    const data = { ...changji2022, threePublicCosts: { ...changji2022.threePublicCosts, budget } };
    const grid = toGrid(buildWorkbook(data, standardPlan(data)));
    const doc = generateNarrative(recognise(grid), supplement, xinjiang);
    expect(section(doc, '一')).toContain('收入总计与上年相比，增加1,388.29万元，增长1,388.29%，');
    expect(section(doc, '七')).toContain('“三公”经费支出全年预算数0.40万元，决算数4.99万元，预决算差异率1,147.50%，');
    expect(documentText(generateNarrative(recognise(grid), supplement, shanghai))).toContain('收入支出总计增加1388.29万元，增长1388.29%。');
    const typed = { ...grid, sheets: [...grid.sheets, sheet('公开说明', documentLines(doc).map((l) => [l.text]))] };
    const findings = runAudit({ recognition: recognise(typed), supplement, grid: typed }, RULES.filter((r) => r.id.startsWith('text-')));
    expect(findings.filter((f) => f.severity !== 'rounding' && !f.message.includes('【请填写：')).map((f) => f.message)).toEqual([]);
  });

  it('a negative change reads 减少/下降 with the absolute amount and rate', () => {
    expect(section(narrate(), '一')).toContain('收入总计与上年相比，减少312.94万元，下降17.37%，');
    expect(section(narrate(), '七')).toContain('预决算差异率-0.20%');
  });

  it('a move below zero is worded by its direction: −0.20 → 0 is an 增加, 0 → −1.03 a 减少', () => {
    const up = narrate((j) => (j.指标['2013499']!['上年数'] = -0.2));
    expect(section(up, '五')).toContain('支出决算数为0.00万元，比上年决算增加0.20万元，增长100.00%，');
    const down = narrate((j) => {
      j['单位性质'] = '混合';
      j.指标['机关运行经费'] = { 本年数: -1.03, 上年数: 0, 主要原因: '收回以前年度多列支出' };
    });
    expect(section(down, '十')).toContain('机关运行经费-1.03万元，比上年减少1.03万元，下降100.00%，');
  });

  it('a 项 whose 决算 is below 0 (a refund) is stated as the table prints it, with its change and its 年初预算, and no gap', () => {
    // Neither preset's 项 sentence has a rate or share of the 决算 (新疆 compares it with last year, 上海 with its 年初预算
    // in words), so nothing of it is left to fill in: every figure it states holds (0.71 − 0.92 = −0.21; −2.00 < 40.00).
    const set = (data: FinalAccountsData, values: Record<string, readonly [number, number, number]>): FinalAccountsData => ({
      ...data,
      generalBudgetExpenditure: data.generalBudgetExpenditure.map((l) => {
        const v = values[l.code];
        return v ? { ...l, values: { total: v[0], basic: v[1], project: v[2] } } : l;
      }),
    });
    // 2101199 refunded 0.21 instead of spending it: 34.07 − 0.42 = 33.65, 1,363.45 − 0.42 = 1,363.03.
    const xj = set(changji2022, { '2101199': [-0.21, -0.21, 0], '21011': [33.65, 33.65, 0], '210': [33.65, 33.65, 0], total: [1363.03, 644.81, 718.22] });
    const doc = narrate(undefined, xinjiang, {}, xj);
    expect(section(doc, '五')).toContain('其他行政事业单位医疗支出(项)：支出决算数为-0.21万元，比上年决算减少0.92万元，下降129.58%，主要原因是：');
    expect(doc.gaps).toEqual(narrate().gaps);
    // 2101102 refunded 2.00: 134.52 − 40.10 = 94.42, 4,029.01 − 40.10 = 3,988.91.
    const sh = set(shanghai2024, { '2101102': [-2, -2, 0], '21011': [94.42, 94.42, 0], '210': [94.42, 94.42, 0], total: [3988.91, 3068.91, 920] });
    const shDoc = generateNarrative(recognise(toGrid(buildWorkbook(sh, standardPlan(sh)))), parseSupplementJson(shanghai2024Supplement).supplement, shanghai);
    expect(section(shDoc, '五')).toContain(
      '卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）。主要用于：事业单位职工基本医疗保险缴费。年初预算为40.00万元，支出决算为-2.00万元。决算数小于预算数的主要原因：事业单位人员减少。',
    );
    expect(shDoc.gaps).toEqual([]);
  });

  it('the 三公 shares: a 尾差 between the items and the 合计 is not put on the last share', () => {
    // 合计 4.99 with 出国 0 + 用车 4.79 + 接待 0.21 = 5.00: 接待 is 0.21 / 4.99 = 4.21% (it printed 4.01%).
    const actual = { ...changji2022.threePublicCosts.actual, reception: 0.21 };
    const doc = narrate(undefined, xinjiang, {}, { ...changji2022, threePublicCosts: { ...changji2022.threePublicCosts, actual } });
    expect(section(doc, '七')).toContain('公务用车购置及运行维护费支出4.79万元，占95.99%，');
    expect(section(doc, '七')).toContain('公务接待费支出0.21万元，占4.21%，');
  });

  it('no 三公 spending at all: no share of a 合计 of 0 is stated (it printed 占0.00%), nor a gap the 说明数据 could never fill', () => {
    const zero = { total: 0, overseasTravel: 0, vehicles: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0 };
    const doc = narrate(undefined, xinjiang, {}, { ...changji2022, threePublicCosts: { budget: zero, actual: zero } });
    const text = section(doc, '七');
    expect(text).toContain('其中：因公出国（境）费支出0.00万元，比上年增加0.00万元，增长0.00%，');
    expect(text).toContain('公务用车购置及运行维护费支出0.00万元，比上年减少4.75万元，下降100%，');
    expect(text).toContain('公务接待费支出0.00万元，比上年减少0.26万元，下降100%，');
    expect(text).not.toContain('占');
    expect(text).not.toContain('“三公”经费决算合计');
    expect(doc.gaps).toEqual(narrate().gaps);
    // 上海 says its fixed sentence then; 10 元 of each item (0.00 万元) is spending, stated without shares either.
    const yuan = { total: 0.003, overseasTravel: 0.001, vehicles: 0.001, vehiclePurchase: 0, vehicleOperation: 0.001, reception: 0.001 };
    const small = section(narrate(undefined, shanghai, { unit: '元' }, { ...changji2022, threePublicCosts: { budget: zero, actual: yuan } }), '七');
    expect(small).toContain('“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元；公务用车购置及运行维护费支出决算0.00万元；公务接待费支出决算0.00万元。');
  });

  it('新疆 §七: a 三公 item below 0 is a refund: said so, and no 开支内容 asked of it as of money spent', () => {
    // 出国 refunded 1.00: 合计 4.99 − 1.00 = 3.99. It asked 【请填写：因公出国（境）开支内容】 of the refund, as of money spent.
    const withActual = (actual: Record<string, number>): FinalAccountsData => ({
      ...changji2022,
      threePublicCosts: { ...changji2022.threePublicCosts, actual: { ...changji2022.threePublicCosts.actual, ...actual } },
    });
    const refunded = withActual({ total: 3.99, overseasTravel: -1 });
    const asked = narrate((j) => delete j.事项['因公出国（境）开支内容'], xinjiang, {}, refunded);
    expect(section(asked, '七')).toContain('因公出国（境）费支出-1.00万元。因公出国（境）费决算为负数，系收回以前年度支出，冲减本年支出。单位全年安排的因公出国（境）团组0个，');
    expect(asked.gaps.map((g) => g.field)).not.toContain('事项.因公出国（境）开支内容');
    // The text rules read the refund's sentence without a finding.
    const textFindings = (data: FinalAccountsData, doc: NarrativeDocument) => {
      const grid = toGrid(buildWorkbook(data, standardPlan(data)));
      const typed = { ...grid, sheets: [...grid.sheets, sheet('公开说明', documentLines(doc).map((l) => [l.text]))] };
      const { supplement } = parseSupplementJson(changji2022Supplement);
      const findings = runAudit({ recognition: recognise(typed), supplement, grid: typed }, RULES.filter((r) => r.id.startsWith('text-')));
      return findings.filter((f) => f.severity !== 'rounding' && !f.message.includes('【请填写：')).map((f) => f.message);
    };
    expect(textFindings(refunded, asked)).toEqual([]);
    // What the 说明数据 says of it is kept, the refund said after it.
    const kept = narrate(undefined, xinjiang, {}, refunded);
    expect(section(kept, '七')).toContain(
      '因公出国（境）费支出-1.00万元，开支内容包括我单位无因公出国（境）费。因公出国（境）费决算为负数，系收回以前年度支出，冲减本年支出。',
    );
    // Its 无因公出国（境）费 is true of a refund: no 错误 of text-none-stated (helper-h262: one, 决算数为 -1.00 万元).
    expect(textFindings(refunded, kept)).toEqual([]);
    // 公务用车运行维护 and 公务接待 alike: 用车 0.00 − 1.00, 合计 −1.00 + 0.00 − 1.00 = −2.00.
    const both = withActual({ total: -2, vehicles: -1, vehicleOperation: -1, reception: -1 });
    const other = narrate((j) => {
      delete j.事项['公务用车运行维护费开支内容'];
      delete j.事项['公务接待费开支内容'];
    }, xinjiang, {}, both);
    const text = section(other, '七');
    expect(text).toContain('公务用车运行维护费-1.00万元。公务用车运行维护费决算为负数，系收回以前年度支出，冲减本年支出。公务用车购置数');
    expect(text).toContain('公务接待费-1.00万元。公务接待费决算为负数，系收回以前年度支出，冲减本年支出。单位全年安排的国内公务接待');
    expect(other.gaps.map((g) => g.field)).not.toEqual(expect.arrayContaining(['事项.公务用车运行维护费开支内容']));
    expect(other.gaps.map((g) => g.field)).not.toEqual(expect.arrayContaining(['事项.公务接待费开支内容']));
    expect(textFindings(both, other)).toEqual([]);
    // An item that spent nothing is still asked what (新疆 states it of every item: 开支内容包括我单位无因公出国（境）费).
    const zero = narrate((j) => delete j.事项['因公出国（境）开支内容']);
    expect(section(zero, '七')).toContain('因公出国（境）费支出0.00万元，开支内容包括【请填写：');
    expect(zero.gaps.map((g) => g.field)).toContain('事项.因公出国（境）开支内容');
  });

  it('a preset writing a share outside […]: a gap says why where the 合计 is 0, never 占0.00%', () => {
    const zero = { total: 0, overseasTravel: 0, vehicles: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0 };
    const threePublic = { ...xinjiang.templates.threePublic!, item: '{名称}支出{金额}万元，占{占比}%，比上年{增减}，主要原因是：{主要原因}' };
    const preset = { ...xinjiang, templates: { ...xinjiang.templates, threePublic } };
    const text = section(narrate(undefined, preset, {}, { ...changji2022, threePublicCosts: { budget: zero, actual: zero } }), '七');
    expect(text).toContain('因公出国（境）费支出0.00万元，占【请填写：因公出国（境）费占比（合计为0，无占比：请把格式中的占比写在可省略的“[…]”中）】%，');
  });

  it('no 收入 at all: §二 lists each source without a share of the 0.00 (it printed 占0.00% six times)', () => {
    const zeros = { yearIncome: 0, fiscal: 0, superiorSubsidy: 0, businessIncome: 0, operatingIncome: 0, affiliateRemittance: 0, otherIncome: 0 };
    const data = { ...changji2022, income: [{ code: 'total', name: '合计', values: zeros }, ...changji2022.income.slice(1)] };
    expect(section(narrate(undefined, xinjiang, {}, data), '二')).toBe(
      '2022年度本年收入0.00万元，其中：财政拨款收入0.00万元；上级补助收入0.00万元；事业收入0.00万元；经营收入0.00万元；附属单位上缴收入0.00万元；其他收入0.00万元。',
    );
  });

  it('a workbook in 元 gives the same text as in 万元', () => {
    const wan = narrate();
    const yuan = narrate(undefined, xinjiang, { unit: '元' });
    for (const n of ['一', '二', '三', '四', '五', '六', '七', '十']) expect(section(yuan, n)).toBe(section(wan, n));
  });

  it('table 07 in 千元 or 元 with figures on the half of 0.01 万元: each shown rounded away from zero, and every share, change and 差异率 of the figures shown', () => {
    // 50 元 (0.005 万元) is 0.01, 12,350 元 (1.235 万元) 1.24; the 合计 26.24 is 0.01 short of the items shown (26.25).
    const actual = { total: 26.24, overseasTravel: 0.005, vehicles: 25, vehiclePurchase: 15, vehicleOperation: 10, reception: 1.235 };
    const budget = { total: 36, overseasTravel: 3, vehicles: 27, vehiclePurchase: 15, vehicleOperation: 12, reception: 6 };
    const data = { ...changji2022, threePublicCosts: { budget, actual } };
    const [kilo, yuan] = (['千元', '元'] as const).map((unit) => section(narrate(undefined, xinjiang, { unit }, data), '七'));
    expect(kilo).toBe(yuan);
    // Recomputed by hand from the shown figures and the sample's 上年数 (三公 5.01, 出国 0, 用车 4.75, 接待 0.26):
    // 21.23 / 5.01 = 423.75%; 0.01 / 26.24 = 0.04%, 25.00 / 26.24 = 95.27%, 1.24 / 26.24 = 4.73% (the items do not make
    // up the 合计: no residual moved); 20.25 / 4.75 = 426.32%; 0.98 / 0.26 = 376.92%; −9.76 / 36 = −27.11%;
    // −2.99 / 3 = −99.67%; −4.76 / 6 = −79.33%.
    expect(yuan).toContain('支出决算26.24万元，比上年增加21.23万元，增长423.75%，');
    expect(yuan).toContain('因公出国（境）费支出0.01万元，占0.04%，比上年增加0.01万元，增长100.00%，');
    expect(yuan).toContain('公务用车购置及运行维护费支出25.00万元，占95.27%，比上年增加20.25万元，增长426.32%，');
    expect(yuan).toContain('公务接待费支出1.24万元，占4.73%，比上年增加0.98万元，增长376.92%，');
    expect(yuan).toContain('“三公”经费支出全年预算数36.00万元，决算数26.24万元，预决算差异率-27.11%，');
    expect(yuan).toContain('因公出国（境）费全年预算数3.00万元，决算数0.01万元，预决算差异率-99.67%，');
    expect(yuan).toContain('公务接待费全年预算数6.00万元，决算数1.24万元，预决算差异率-79.33%，');
  });
});

describe('the residual of shares listed together (tailAdjust)', () => {
  /** changji2022 with table 02's 合计 row as given (收入 by source, in 万元). */
  const withIncome = (values: Record<string, number>): FinalAccountsData => ({
    ...changji2022,
    income: [{ code: 'total', name: '合计', values }, ...changji2022.income.slice(1)],
  });

  it('stays the last item’s: where the last is 0.00% no item before it takes it (占19.60% for 19.61%)', () => {
    // 123.98 + 73.99 + 48.28 + 0.01 of 246.26: 50.35 + 30.05 + 19.61 + 0.00 = 100.01, each its own rounding (0.0041% is
    // 不足0.01%: money received, not 占0.00%).
    const data = withIncome({ yearIncome: 246.26, fiscal: 123.98, superiorSubsidy: 73.99, businessIncome: 48.28, operatingIncome: 0, affiliateRemittance: 0, otherIncome: 0.01 });
    const text = section(narrate(undefined, xinjiang, {}, data), '二');
    expect(text).toContain('财政拨款收入123.98万元，占50.35%；上级补助收入73.99万元，占30.05%；事业收入48.28万元，占19.61%；');
    expect(text).toContain('其他收入0.01万元，占不足0.01%。');
  });

  it('is no share’s where the parts do not make up the whole (a 尾差 of 元 rounding: 49.99 of 100.00 is 49.99%, not 50.00%)', () => {
    const data = withIncome({ yearIncome: 100, fiscal: 50, superiorSubsidy: 0, businessIncome: 49.99, operatingIncome: 0, affiliateRemittance: 0, otherIncome: 0 });
    expect(section(narrate(undefined, shanghai, {}, data), '二')).toBe('本年收入合计100.00万元，其中：财政拨款收入50.00万元，占50.00%；事业收入49.99万元，占49.99%。');
  });
});

describe('preset choices', () => {
  it('上海 leaves out items of 0.00 and writes amounts without separators', () => {
    const doc = narrate(undefined, shanghai);
    expect(section(doc, '二')).toBe('本年收入合计1372.79万元，其中：财政拨款收入1363.45万元，占99.32%；其他收入9.34万元，占0.68%。');
    expect(section(doc, '七')).toContain('完成预算的99.80%');
  });

  it('上海 compares each 项 with its 年初预算 and says why the 决算 differs', () => {
    const doc = narrate((j) => {
      j.指标['2010301'] = { ...j.指标['2010301'], 年初预算数: 230.0, 预决算差异原因: '人员调出', 主要用于: '机关日常运转' };
    }, shanghai);
    expect(section(doc, '五')).toContain('1、一般公共服务支出（类）政府办公厅(室)及相关机构事务（款）行政运行（项）。主要用于：机关日常运转。年初预算为230.00万元，支出决算为223.14万元。决算数小于预算数的主要原因：人员调出。');
  });

  it('tail adjustment is a setting: off, the shares are each rounded on their own', () => {
    const on = section(narrate(), '五');
    const off = section(narrate(undefined, { ...xinjiang, settings: { ...xinjiang.settings, tailAdjust: false } }), '五');
    expect(on).toContain('其他支出(类)18.55万元，占1.35%。');
    expect(off).toContain('其他支出(类)18.55万元，占1.36%。');
  });

  it('the 机关运行经费 wording follows 单位性质', () => {
    const admin = narrate((j) => (j['单位性质'] = '行政单位'));
    expect(section(admin, '十')).toContain('2022年度新疆昌吉州政务服务和公共资源交易管理局机关运行经费67.39万元，');
    const mixed = narrate((j) => {
      j['单位性质'] = '混合';
      j.指标['机关运行经费'] = { 本年数: 50.5, 上年数: 60, 主要原因: '压减' };
    });
    expect(section(mixed, '十')).toContain('机关运行经费50.50万元，比上年减少9.50万元，下降15.83%，主要原因是：压减。');
  });

  it('without a 单位性质, 机关运行经费 is the 说明数据’s 本年数 where it gives one, not table 06’s 公用经费', () => {
    const typed = narrate((j) => {
      delete j['单位性质'];
      j.指标['机关运行经费'] = { 本年数: 50.5, 上年数: 60, 主要原因: '压减' };
    });
    expect(section(typed, '十')).toContain('机关运行经费50.50万元，比上年减少9.50万元，下降15.83%，主要原因是：压减。');
    const none = narrate((j) => delete j['单位性质']);
    expect(section(none, '十')).toContain('机关运行经费67.39万元，');
  });

  it('does not say 无机关运行经费支出 when table 06’s 公用经费合计 is blank but its 类 are not: a gap for the 合计', () => {
    const json = JSON.parse(JSON.stringify(changji2022Supplement)) as Json;
    json['单位性质'] = '行政单位';
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const cell = recognise(g).tables.generalBudgetBasic!.rows.find((r) => r.key === 'publicTotal')!.figures.amount!.cell;
    const blank = withSheetRows(g, cell.sheet, (rows) => rows.map((r, i) => (i === cell.row ? r.map((v, c) => (c === cell.col ? null : v)) : [...r])));
    const text = section(generateNarrative(recognise(blank), parseSupplementJson(json).supplement, shanghai), '十一');
    expect(text).not.toContain('无机关运行经费支出');
    expect(text).toContain('机关运行经费支出【请填写：公用经费合计】万元');
  });

  it('both presets write every section without a template error', () => {
    for (const preset of [xinjiang, shanghai]) {
      const doc = narrate(undefined, preset);
      expect(explanationPart(doc).sections).toHaveLength(11);
      expect(doc.parts.map((p) => p.sections.length).every((n) => n > 0)).toBe(true);
    }
  });
});

describe('a table 05 listing its 项 alone (no 类 or 款 rows, as some departments print it)', () => {
  it('§五（二） gives each 类 as the sum of its 项 and its share, each amount sourced from the 项 cells', () => {
    const grid = withItemsOnly(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))), 'generalBudgetExpenditure');
    const { supplement } = parseSupplementJson(JSON.parse(JSON.stringify(changji2022Supplement)));
    const doc = generateNarrative(recognise(grid), supplement, xinjiang);
    // The reference prints 201 as 1,225.73 and 210 as 34.07: its 项 add up to 0.01 more, and the 项 are what is printed.
    expect(section(doc, '五')).toContain(
      '（二）一般公共预算财政拨款支出决算结构情况\n1. 一般公共服务支出(类)1,225.74万元，占89.90%。\n2. 社会保障和就业支出(类)47.25万元，占3.47%。\n3. 卫生健康支出(类)34.08万元，占2.50%。\n4. 住房保障支出(类)37.84万元，占2.78%。\n5. 其他支出(类)18.55万元，占1.35%。',
    );
    const structure = explanationPart(doc).sections.find((s) => s.number === '五')!.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : []));
    const first = structure.find((r) => r.text === '1,225.74')!;
    expect('source' in first && first.source.kind === 'derived' && first.source.from.map((s) => (s.kind === 'cell' ? toA1(s.cell.row, s.cell.col) : s.kind))).toEqual(['C7', 'C8', 'C9']);
    expect(unsourcedFigures(doc)).toEqual([]);
  });
});

describe('table 05 continued on a sheet of its own (its header repeated, its 类 from 208 on)', () => {
  /** The sample with 05's rows from 208 on moved to the next sheet, under `top` (the header again, or a title too). */
  const split = (top: (header: CellValue[][]) => CellValue[][]): ReturnType<typeof toGrid> => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const i = g.sheets.findIndex((s) => s.name === '一般公共预算财政拨款支出决算表');
    const rows = g.sheets[i]!.rows.map((r) => [...r]);
    const from = rows.findIndex((r) => r[0] === '208');
    const end = rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('注'));
    const first = { ...g.sheets[i]!, rows: [...rows.slice(0, from), ...rows.slice(end)] };
    const page = { name: '05续', rows: [...top(rows.slice(2, 5)), ...rows.slice(from, end)] };
    return { ...g, sheets: [...g.sheets.slice(0, i), first, page, ...g.sheets.slice(i + 1)] };
  };

  it('without a title: says the page is not read and how to have it read, at its first cell', () => {
    const rec = recognise(split((header) => header));
    const said = rec.problems.filter((p) => p.sheet === '05续');
    expect(said.map((p) => [p.kind, p.cell, p.message])).toEqual([
      [
        'orphan-continuation',
        'A1',
        '工作表“05续”A1起的行没有标题，像是《一般公共预算财政拨款支出决算表》（工作表“一般公共预算财政拨款支出决算表”）的续页：未读取，其中的科目不在表中。请在首行加上标题“一般公共预算财政拨款支出决算表（续）”，或把这些行接在原表下面。',
      ],
    ]);
  });

  it('says nothing of a sheet with a title of its own no title of ours matches (a department’s own 明细表), nor of another kind of subject', () => {
    const own = split((header) => [['一般公共预算财政拨款项目支出明细表'], ...header]);
    expect(recognise(own).problems.filter((p) => p.sheet === '05续')).toEqual([]);
  });

  it('with the title and （续）, as the notice asks: read as the table’s next page, §五 as the sample’s', () => {
    const titled = split((header) => [['一般公共预算财政拨款支出决算表（续）'], ...header]);
    const rec = recognise(titled);
    expect(rec.problems.filter((p) => p.sheet === '05续')).toEqual([]);
    const { supplement } = parseSupplementJson(JSON.parse(JSON.stringify(changji2022Supplement)));
    const sample = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    expect(section(generateNarrative(rec, supplement, xinjiang), '五')).toBe(section(generateNarrative(recognise(sample), supplement, xinjiang), '五'));
  });
});

describe('no table 05 read', () => {
  it('§五（三） leaves a gap for the figure of each 项 说明数据 speaks of, never 0.00万元', () => {
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const without = { ...grid, sheets: grid.sheets.filter((s) => s.name !== '一般公共预算财政拨款支出决算表') };
    const { supplement } = parseSupplementJson(JSON.parse(JSON.stringify(changji2022Supplement)));
    const text = section(generateNarrative(recognise(without), supplement, xinjiang), '五');
    // Each gap names its 项 as the text does, with the code to find it by (行政运行（2010301）).
    expect(text).toMatch(/支出决算数为【请填写：[^】（]+（\d{7}）】/);
    expect(text).not.toContain('0.00万元');
  });
});

describe('a figure of the tables that cannot be read (an error value, text) in the text', () => {
  const json = parseSupplementJson(changji2022Supplement).supplement;
  /** The sample with table 05's figure of `code` (its 合计 column) replaced by `value`. */
  function withTable05(code: string, value: CellValue): NarrativeDocument[] {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const cell = recognise(g).tables.generalBudgetExpenditure!.rows.find((r) => r.key === code)!.figures.total!.cell;
    const broken = withSheetRows(g, cell.sheet, (rows) => rows.map((r, i) => (i === cell.row ? r.map((v, c) => (c === cell.col ? value : v)) : [...r])));
    const rec = recognise(broken);
    return [xinjiang, shanghai].map((p) => generateNarrative(rec, json, p));
  }

  it('keeps a 项 whose figure is an error value in its place, with a gap, never 0.00 and 下降100%', () => {
    for (const value of [{ error: '#REF!' }, '223.14万'] as const) {
      const [xj, sh] = withTable05('2010301', value);
      const item = section(xj!, '五').split('\n').find((l) => l.includes('行政运行(项)'))!;
      expect(item).toMatch(/^1\. .*支出决算数为【请填写：行政运行（2010301）】万元/);
      expect(item).not.toContain('0.00万元');
      expect(item).not.toContain('下降100%');
      expect(section(sh!, '五')).toContain('支出决算为【请填写：行政运行（2010301）】万元');
    }
  });

  it('lists a 类 whose figure is an error value with a gap for its amount and share, and no adjusted shares', () => {
    const [xj] = withTable05('229', { error: '#REF!' });
    const text = section(xj!, '五');
    expect(text).toContain('5. 其他支出(类)【请填写：其他支出（类）】万元，占【请填写：其他支出（类）】%。');
    // The others' shares as computed, none taking a residual.
    expect(text).toContain('1. 一般公共服务支出(类)1,225.73万元，占89.90%。');
  });

  it('names a 类 in the gaps of §五（二） by its name and level, as the text does, not by its code (科目210占比)', () => {
    const [xj, sh] = withTable05('210', -1);
    expect(section(xj!, '五')).toContain('3. 卫生健康支出(类)-1.00万元，占【请填写：卫生健康支出（类）占比（-1.00万元占1,363.45万元，负数无占比：请核对）】%。');
    expect(xj!.gaps.find((g) => g.label.startsWith('卫生健康支出（类）占比'))).toBeDefined();
    expect(JSON.stringify(xj!.gaps)).not.toContain('科目210');
    expect(section(sh!, '五')).toContain('卫生健康支出（类）-1.00万元，占【请填写：卫生健康支出（类）占比（-1.00万元占1363.45万元，负数无占比：请核对）】%');
  });
});

describe('table 07 in 元 without a 公务用车 小计 column', () => {
  it('states 公务用车购置及运行维护费 as its two columns added in 元 and rounded once (4,950 + 4,950 元 is 0.99 万元)', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const x = withSheetRows(g, recognise(g).tables.threePublicCosts!.sheet, () => [
      ['财政拨款“三公”经费支出决算表'],
      ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, null, null, '单位：元'],
      ['项目', '合计', '因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'],
      ['预算数', 20000, 0, 10000, 8000, 2000],
      ['决算数', 11900, 0, 4950, 4950, 2000],
    ]);
    const doc = generateNarrative(recognise(x), parseSupplementJson(changji2022Supplement).supplement, xinjiang);
    // 9,900 / 11,900 = 83.19%; 上年 4.75 万元: 减少3.76万元，下降79.16%.
    expect(section(doc, '七')).toContain('公务用车购置及运行维护费支出0.99万元，占83.19%，比上年减少3.76万元，下降79.16%');
  });
});

describe('§十’s 政府采购 shares and 房屋面积', () => {
  it('gives no share of a 政府采购支出总额 of 0 or missing: a gap names the 总额 (0.00% was printed)', () => {
    for (const edit of [(j: Json) => (j.事项['政府采购支出总额'] = 0), (j: Json) => delete j.事项['政府采购支出总额']]) {
      const text = section(narrate(edit), '十');
      expect(text).toContain('授予中小企业合同金额55.51万元，占政府采购支出总额的【请填写：政府采购支出总额】%');
      expect(text).not.toContain('0.00%');
    }
    // Nothing bought and nothing granted: no share of nothing (it printed 占政府采购支出总额的0.00%).
    const none = section(narrate((j) => Object.assign(j.事项, { 政府采购支出总额: 0, 政府采购货物支出: 0, 政府采购服务支出: 0, 授予中小企业合同金额: 0, 授予小微企业合同金额: 0 })), '十');
    expect(none).toContain('授予中小企业合同金额0.00万元，其中：授予小微企业合同金额0.00万元。');
  });

  it('of a 政府采购支出总额 of 0 prints its parts not given as 0.00 (it asked for each), unless a given part contradicts it', () => {
    const parts = ['政府采购货物支出', '政府采购工程支出', '政府采购服务支出', '授予中小企业合同金额', '授予小微企业合同金额'];
    const doc = narrate((j) => {
      j.事项['政府采购支出总额'] = 0;
      for (const k of parts) delete j.事项[k];
    });
    expect(section(doc, '十')).toContain(
      '政府采购支出总额0.00万元，其中：政府采购货物支出0.00万元、政府采购工程支出0.00万元、政府采购服务支出0.00万元。\n授予中小企业合同金额0.00万元，其中：授予小微企业合同金额0.00万元。',
    );
    expect(doc.gaps.map((g) => g.field).filter((f) => parts.some((p) => f === `事项.${p}`))).toEqual([]);
    // 服务 55.51 beside a 总额 of 0: one of them is wrong, so the parts not given stay the accountant's to give.
    const contradicted = narrate((j) => {
      j.事项['政府采购支出总额'] = 0;
      for (const k of parts) delete j.事项[k];
      j.事项['政府采购服务支出'] = 55.51;
    });
    expect(section(contradicted, '十')).toContain('政府采购货物支出【请填写：政府采购货物支出】万元');
  });

  it('asks what the 其他用车 mainly are only where there are some (of 0 it asked, and the gap blocked the text)', () => {
    const none = narrate((j) => {
      Object.assign(j.事项, { 其他用车: 0, 主要领导干部用车: 3, 车辆数: 3 });
      delete j.事项['其他用车说明'];
    });
    expect(section(none, '十')).toContain('离退休干部用车0辆、其他用车0辆；单价100万元（含）以上设备（不含车辆）0台（套）。');
    expect(none.gaps.map((g) => g.field)).not.toContain('事项.其他用车说明');
    // Some, or a count not given: the question stays (the reference: 其他用车1辆，其他用车主要是：一般公务用车；).
    expect(section(narrate(), '十')).toContain('其他用车1辆，其他用车主要是：一般公务用车；');
    const unknown = narrate((j) => {
      delete j.事项['其他用车'];
      delete j.事项['其他用车说明'];
    });
    expect(section(unknown, '十')).toContain('其他用车【请填写：其他用车】辆，其他用车主要是：【请填写：其他用车说明】；');
  });

  it('prints 房屋面积 to two decimals rounded half away from zero, with the preset’s separators', () => {
    expect(section(narrate((j) => (j.事项['房屋面积'] = 1.005)), '十')).toContain('1.01平方米');
    expect(section(narrate((j) => (j.事项['房屋面积'] = 12345.5)), '十')).toContain('12,345.50平方米');
  });
});

describe('a department without 一般公共预算 spending (table 05 all 0)', () => {
  it('says 一般公共预算财政拨款支出0.00万元。 with nothing after it where the 上海 sentence lists the 类 (主要用于以下方面：。)', () => {
    const data = JSON.parse(JSON.stringify(changji2022)) as FinalAccountsData;
    for (const r of data.generalBudgetExpenditure) for (const k of Object.keys(r.values)) (r.values as Record<string, number>)[k] = 0;
    const text = section(narrate(undefined, shanghai, {}, data), '五');
    expect(text).toContain('\n一般公共预算财政拨款支出0.00万元。\n');
    expect(text).not.toContain('主要用于以下方面：。');
  });
});

/** The 上海 sample with its 政府性基金 (table 08: 年初 10.00, 收入 150.00, 支出 145.60, 年末 14.40) as 国有资本经营 (table 09). */
function fundAsStateCapital(data: FinalAccountsData): FinalAccountsData {
  const swapped: Readonly<Record<string, string>> = {
    fiscalGovFund: 'fiscalStateCapital',
    fiscalStateCapital: 'fiscalGovFund',
    govFund: 'stateCapital',
    stateCapital: 'govFund',
    openingGovFund: 'openingStateCapital',
    openingStateCapital: 'openingGovFund',
  };
  const amountOf = (lines: FinalAccountsData['summary']['income']) => (key: string) => lines.find((l) => l.key === (swapped[key] ?? key))!.amount;
  const swap = (lines: FinalAccountsData['summary']['income']) => lines.map((l) => ({ ...l, amount: amountOf(lines)(l.key) }));
  return {
    ...data,
    summary: { ...data.summary, income: swap(data.summary.income) },
    fiscalSummary: {
      income: swap(data.fiscalSummary.income),
      expenditure: data.fiscalSummary.expenditure.map((l) => ({ ...l, values: { ...l.values, govFund: l.values.stateCapital, stateCapital: l.values.govFund } })),
    },
    govFund: [],
    stateCapital: data.govFund,
  };
}

describe('table 09 in its older form (国有资本经营预算财政拨款支出决算表: 本年支出 only)', () => {
  const data = fundAsStateCapital(shanghai2024);
  const narrateOld = (preset: Preset) => {
    const rec = recognise(toGrid(buildWorkbook(data, standardPlan(data), { oldTitles: true })));
    expect(rec.tables.stateCapital!.columns.map((c) => c.key)).toEqual(['yearExpenditure', 'basic', 'project']);
    return generateNarrative(rec, parseSupplementJson(shanghai2024Supplement).supplement, preset);
  };

  it('quotes 年初结转和结余, 本年收入 and 年末结转和结余 from table 04’s 国有资本经营 figures, where they were gaps', () => {
    expect(section(narrateOld(xinjiang), '九')).toBe(
      '2024年度国有资本经营预算财政拨款年初结转和结余10.00万元，本年收入150.00万元，本年支出145.60万元（基本支出0.00万元，项目支出145.60万元），年末结转和结余14.40万元。',
    );
    expect(section(narrateOld(shanghai), '九')).toContain('国有资本经营预算财政拨款收入150.00万元，支出145.60万元，支出具体情况如下：');
  });

  it('quotes the table’s own figure where it prints the column, even where table 04 disagrees', () => {
    const total = (l: FinalAccountsData['stateCapital'][number]) => (l.code === 'total' ? { ...l, values: { ...l.values, openingBalance: 12, yearIncome: 148 } } : l);
    const disagreeing = { ...data, stateCapital: data.stateCapital.map(total) };
    const rec = recognise(toGrid(buildWorkbook(disagreeing, standardPlan(disagreeing))));
    const doc = generateNarrative(rec, parseSupplementJson(shanghai2024Supplement).supplement, xinjiang);
    expect(section(doc, '九')).toContain('年初结转和结余12.00万元，本年收入148.00万元，本年支出145.60万元');
  });
});

describe('tables titled as 云南 and older templates title them (收入支出决算表, 国有资本经营预算财政拨款支出决算表 …)', () => {
  const rec = recognise(toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { withoutZong: true, oldTitles: true })));
  const tableList = (doc: NarrativeDocument) =>
    doc.parts.filter((p) => p.kind === 'tables').flatMap((p) => p.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.text] : []))));

  it.each([
    ['xinjiang', xinjiang],
    ['shanghai', shanghai],
  ] as const)('%s: the list of tables names each as its page is titled (it named 收入支出决算总表 over a page titled 收入支出决算表)', (_name, preset) => {
    const listed = tableList(generateNarrative(rec, parseSupplementJson(changji2022Supplement).supplement, preset)).join('\n');
    for (const title of ['收入支出决算表', '财政拨款收入支出决算表', '一般公共预算财政拨款收入支出决算表', '一般公共预算财政拨款基本支出决算明细表', '一般公共预算财政拨款“三公”经费支出决算表', '国有资本经营预算财政拨款支出决算表']) {
      expect(listed).toContain(title);
    }
    expect(listed).not.toContain('决算总表');
    expect(listed).not.toContain('国有资本经营预算财政拨款收入支出决算表');
  });

  it.each([
    ['xinjiang', xinjiang],
    ['shanghai', shanghai],
  ] as const)('%s: a gap for a figure that cannot be read names its table as its page is titled, and so does a chart', (_name, preset) => {
    // Every figure of the tables unreadable (#REF!), the 栏次 and 行次 kept.
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { withoutZong: true, oldTitles: true }));
    const broken = { ...g, sheets: g.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((v): CellValue => (typeof v === 'number' && (!Number.isInteger(v) || v >= 100) ? { error: '#REF!' } : v))) })) };
    const labels = generateNarrative(recognise(broken), parseSupplementJson(changji2022Supplement).supplement, preset).gaps.map((x) => x.label);
    const named = (title: string) => labels.filter((l) => l.startsWith(title));
    expect(named('收入支出决算表“').length).toBeGreaterThan(0);
    expect(named('财政拨款收入支出决算表“').length).toBeGreaterThan(0);
    expect(named('一般公共预算财政拨款收入支出决算表合计').length).toBeGreaterThan(0);
    expect(named('一般公共预算财政拨款“三公”经费支出决算表决算数“').length).toBeGreaterThan(0);
    // Never the canonical titles the workbook does not print (nor 07's short form).
    expect(labels.filter((l) => /决算总表|^一般公共预算财政拨款支出决算表|^“三公”经费支出决算表/.test(l))).toEqual([]);
    const charts = explanationPart(generateNarrative(rec, parseSupplementJson(changji2022Supplement).supplement, preset)).sections.flatMap((x) => x.figures ?? []);
    const sources = new Map(charts.map((c) => [c.chart.id, c.chart.source]));
    if (preset === xinjiang) expect(sources.get('generalBudget')).toBe('一般公共预算财政拨款收入支出决算表');
    if (sources.has('threePublic')) expect(sources.get('threePublic')).toBe('一般公共预算财政拨款“三公”经费支出决算表');
  });

  it('新疆 §九 says the empty table is empty under its printed title', () => {
    const doc = generateNarrative(rec, parseSupplementJson(changji2022Supplement).supplement, xinjiang);
    expect(section(doc, '九')).toBe('我单位本年度无国有资本经营预算财政拨款收入、支出及结转和结余，国有资本经营预算财政拨款支出决算表为空表。');
    expect(section(doc, '八')).toBe('我单位本年度无政府性基金预算财政拨款收入、支出及结转和结余，政府性基金预算财政拨款收入支出决算表为空表。');
  });
});

describe('table 05 whose 合计 column is headed by another name (决算数 | 基本支出 | 项目支出)', () => {
  /** The sample with table 05's 合计 column header reworded. */
  const headed = (label: string) => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const t5 = recognise(g).tables.generalBudgetExpenditure!;
    const col = t5.columns.find((c) => c.key === 'total')!.col;
    return withSheetRows(g, t5.sheet, (rows) => rows.map((r) => r.map((v, c) => (c === col && v === '合计' ? label : v))));
  };
  const text = (g: ReturnType<typeof headed>, preset: Preset) => section(generateNarrative(recognise(g), parseSupplementJson(changji2022Supplement).supplement, preset), '五');

  it.each(['决算数', '支出合计', '总计', '金额', '支出决算数', '2022年决算数'])('%s: §五 reads as the template’s 合计 in both presets', (label) => {
    const g = headed(label);
    expect(g.sheets.flatMap((s) => s.rows.flat())).toContain(label);
    for (const preset of [xinjiang, shanghai]) expect(text(g, preset)).toBe(text(headed('合计'), preset));
  });

  it('a header no reader knows (本期数): each 项 of §五（三） a gap, never 支出决算数为0.00万元 and 下降100%', () => {
    const x = text(headed('本期数'), xinjiang);
    expect(x).toContain('行政运行(项)：支出决算数为【请填写：行政运行（2010301）】万元');
    expect(x).not.toMatch(/支出决算数为0\.00万元/);
    expect(text(headed('本期数'), shanghai)).toContain('支出决算为【请填写：一般公共预算财政拨款支出决算表合计】万元');
    expect(text(headed('本期数'), shanghai)).not.toMatch(/支出决算为0\.00万元/);
  });
});

describe('table 05 whose names carry their level (一般公共服务支出（类）, 行政运行（项）)', () => {
  it('names each subject once with its level in both presets, not （类）（类）', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const t5 = recognise(g).tables.generalBudgetExpenditure!;
    const level = { 3: '类', 5: '款', 7: '项' } as Record<number, string>;
    const marked = withSheetRows(g, t5.sheet, (rows) =>
      rows.map((r) => {
        const code = typeof r[0] === 'string' && /^\d{3}(\d{2}){0,2}$/.test(r[0]) ? r[0] : undefined;
        return code ? r.map((v, c) => (c === 1 && typeof v === 'string' ? `${v}（${level[code.length]!}）` : v)) : [...r];
      }),
    );
    expect(marked.sheets.find((s) => s.name === t5.sheet)!.rows.flat()).toContain('行政运行（项）');
    for (const preset of [xinjiang, shanghai]) {
      const text = (x: typeof g) => section(generateNarrative(recognise(x), parseSupplementJson(changji2022Supplement).supplement, preset), '五');
      expect(text(marked)).toBe(text(g));
    }
  });
});

describe('table 05 with a long name wrapped onto the row below (机关事业单位基本养老保 / 险缴费支出)', () => {
  it('names the subject by its whole name in both presets', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const t5 = recognise(g).tables.generalBudgetExpenditure!;
    const wrapped = withSheetRows(g, t5.sheet, (rows) =>
      rows.flatMap((r): CellValue[][] =>
        r[0] === '2080505' ? [[r[0], '机关事业单位基本养老保', ...r.slice(2)], [null, '险缴费支出']] : [[...r]],
      ),
    );
    expect(wrapped.sheets.find((s) => s.name === t5.sheet)!.rows.flat()).toContain('险缴费支出');
    for (const preset of [xinjiang, shanghai]) {
      const text = (x: typeof g) => section(generateNarrative(recognise(x), parseSupplementJson(changji2022Supplement).supplement, preset), '五');
      expect(text(g)).toContain('机关事业单位基本养老保险缴费支出');
      expect(text(wrapped)).toBe(text(g));
    }
  });
});

describe('table 08 with its 本年支出 printed in other forms (the sample’s 项 2296002 spent 145.60万元)', () => {
  const g = toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)));
  const sheetName = recognise(g).tables.govFund!.sheet;
  const supplement = parseSupplementJson(shanghai2024Supplement).supplement;
  const item = (x: typeof g) => section(generateNarrative(recognise(x), supplement, shanghai), '八');

  it('as its parts alone (本年支出 {基本支出 | 项目支出}, no 合计 column): the 项 spent their sum, not 0.00', () => {
    // The 合计 column taken out: 本年支出 stands over 基本支出 | 项目支出.
    const parts = withSheetRows(g, sheetName, (rows) => rows.map((r, i) => (i < 2 ? [...r] : r.filter((_, c) => c !== 4)).map((v, c) => (i === 2 && c === 4 ? '本年支出' : v))));
    expect(recognise(parts).tables.govFund!.columns.map((c) => c.key)).not.toContain('yearExpenditure');
    expect(item(parts)).toContain('支出决算为145.60万元');
    expect(item(parts)).toBe(item(g));
  });

  it.each([
    ['as 财政部’s form prints them ({小计 | 基本支出结转 | 项目支出结转和结余})', ['小计', '基本支出结转', '项目支出结转和结余']],
    ['with the parts headed as 本年支出’s ({小计 | 基本支出 | 项目支出})', ['小计', '基本支出', '项目支出']],
  ] as const)('beside 年初/年末 split %s: their 小计 are the balances, not the 本年支出, and their parts the balances’ parts', (_how, parts) => {
    // 项目 | | 年初 {小计 基本 项目} | 本年收入 | 本年支出 {合计 基本 项目} | 年末 {小计 基本 项目}
    const split = withSheetRows(g, sheetName, (rows) =>
      rows.map((r, i): CellValue[] => {
        if (i < 2) return [...r];
        if (i === 2) return ['项目', null, '年初结转和结余', null, null, '本年收入', '本年支出', null, null, '年末结转和结余', null, null];
        if (i === 3) return ['科目编码', '科目名称', ...parts, null, '合计', '基本支出', '项目支出', ...parts];
        if (i === 4) return [null, '栏次', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        return r.length < 8 ? [...r] : [r[0]!, r[1]!, r[2]!, 0, r[2]!, r[3]!, r[4]!, r[5]!, r[6]!, r[7]!, 0, r[7]!];
      }),
    );
    const t = recognise(split).tables.govFund!;
    expect(Object.fromEntries(t.columns.map((c) => [c.key, c.header.join('/')]))).toEqual({
      openingBalance: '年初结转和结余/小计',
      openingBalanceBasic: `年初结转和结余/${parts[1]}`,
      openingBalanceProject: `年初结转和结余/${parts[2]}`,
      yearIncome: '本年收入',
      yearExpenditure: '本年支出/合计',
      basic: '本年支出/基本支出',
      project: '本年支出/项目支出',
      closingBalance: '年末结转和结余/小计',
      closingBalanceBasic: `年末结转和结余/${parts[1]}`,
      closingBalanceProject: `年末结转和结余/${parts[2]}`,
    });
    expect(item(split)).toBe(item(g));
  });

  it('beside 年初/年末 printed as their parts alone (no 小计): each balance read as the sum of its parts, checked, and the text unchanged', () => {
    const parts = withFundBalancesAsParts(g, sheetName);
    const rec = recognise(parts);
    expect(rec.problems.filter((p) => p.table === '08')).toEqual([]);
    expect(rec.tables.govFund!.columns.map((c) => c.key)).toEqual(expect.arrayContaining(['openingBalanceProject', 'closingBalanceProject']));
    expect(runAudit({ recognition: rec, supplement, grid: parts }).filter((f) => f.severity === 'error')).toEqual([]);
    expect(item(parts)).toBe(item(g));
  });

  it.each(['政府性基金预算财政拨款支出决算表', '政府性基金预算财政拨款收支决算表'])('under its older title %s: read, and §八 unchanged', (title) => {
    const older = withSheetRows(g, sheetName, (rows) => rows.map((r, i) => (i === 0 ? [title, ...r.slice(1)] : [...r])));
    const rec = recognise(older);
    // Unread, §八 lost its 项 and 错误 said the table was missing.
    expect(rec.tables.govFund?.title).toBe('政府性基金预算财政拨款收入支出决算表');
    expect(rec.missing).not.toContain('08');
    expect(item(older)).toBe(item(g));
  });

  it('flat, as the older forms print it (合计 | 基本支出 | 项目支出 with no 本年支出 over them): its 合计 is the 本年支出', () => {
    // 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 in one header row (the balances and 收入 then table 04's).
    const flat = withSheetRows(g, sheetName, (rows) => rows.filter((_, i) => i !== 2).map((r, i) => (i < 1 ? [...r] : [0, 1, 4, 5, 6].map((c) => r[c] ?? null))));
    expect(recognise(flat).tables.govFund!.columns.map((c) => [c.key, c.header.join('/')])).toEqual([
      ['yearExpenditure', '合计'],
      ['basic', '基本支出'],
      ['project', '项目支出'],
    ]);
    expect(item(flat)).toBe(item(g));
  });
});

describe('a 款 that table 05 prints without 项 under it (229 其他支出 → 22999 其他支出, no 2299999)', () => {
  const data: FinalAccountsData = {
    ...changji2022,
    income: changji2022.income.filter((l) => l.code !== '2299999'),
    expenditure: changji2022.expenditure.filter((l) => l.code !== '2299999'),
    generalBudgetExpenditure: changji2022.generalBudgetExpenditure.filter((l) => l.code !== '2299999'),
  };
  const keyedBySection = (j: Json) => {
    j.指标['22999'] = j.指标['2299999']!;
    delete j.指标['2299999'];
  };

  it('§五（三） gives the 款 its own paragraph, named down to the 款, so that the paragraphs add up to the table (its 18.55 万元 was missing)', () => {
    const text = section(narrate(keyedBySection, xinjiang, {}, data), '五');
    expect(text).toContain('12. 其他支出(类)其他支出(款)：支出决算数为18.55万元，比上年决算减少3.20万元，下降14.71%');
    expect(text).not.toContain('(款)其他支出(项)');
    expect(section(narrate(keyedBySection, shanghai, {}, data), '五')).toContain('12、其他支出（类）其他支出（款）。主要用于：');
  });

  it('still names every 项 with its 类 and 款', () => {
    expect(section(narrate(keyedBySection, xinjiang, {}, data), '五')).toContain('1. 一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)：支出决算数为223.14万元');
  });
});

describe('a 项 the 说明数据 gives a 年初预算 for that has no row in any table (it received and spent nothing)', () => {
  const narrateWith = (item: Record<string, unknown>) => {
    const json = JSON.parse(JSON.stringify(shanghai2024Supplement)) as Json;
    json.指标['2296003'] = item;
    const rec = recognise(toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024))));
    return generateNarrative(rec, parseSupplementJson(json).supplement, shanghai);
  };

  it('is spoken of under the fund whose table prints its 款 (§八 for 22960 彩票公益金), not as 一般公共预算 in §五（三）', () => {
    const doc = narrateWith({ 年初预算数: 20, 主要用于: '资助群众体育活动', 预决算差异原因: '项目未获批，资金未下达' });
    expect(section(doc, '五')).not.toContain('资助群众体育活动');
    expect(section(doc, '八')).toContain('2、其他支出（类）彩票公益金安排的支出（款）【请填写：科目2296003的名称】（项）。主要用于：资助群众体育活动。年初预算为20.00万元，支出决算为0.00万元。');
  });

  it('is never 一般公共预算’s where no table prints its 款 but table 05 prints its 类 (22960 彩票公益金 under 229 其他支出)', () => {
    // Table 08 empty, table 05 with 229 其他支出 (2299999): the 类 alone placed 2296002 in §五（三）.
    const edit = (j: Json) => (j.指标['2296002'] = { 上年数: 20, 年初预算数: 30, 主要原因: '彩票公益金项目结束', 主要用于: '社会福利', 预决算差异原因: '未下达' });
    for (const preset of [xinjiang, shanghai]) {
      const text = section(narrate(edit, preset), '五');
      expect(text).not.toMatch(/22960|彩票/);
      expect(text).toContain(preset === xinjiang ? '其他支出(类)其他支出(款)其他支出(项)' : '其他支出（类）其他支出（款）其他支出（项）');
    }
  });

  it('stays under 一般公共预算 when its 款 is table 05’s', () => {
    const json = JSON.parse(JSON.stringify(shanghai2024Supplement)) as Json;
    json.指标['2010399'] = { 年初预算数: 12, 主要用于: '其他事务', 预决算差异原因: '未执行' };
    const doc = generateNarrative(recognise(toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)))), parseSupplementJson(json).supplement, shanghai);
    expect(section(doc, '五')).toContain('主要用于：其他事务。年初预算为12.00万元，支出决算为0.00万元。');
    expect(section(doc, '八')).not.toContain('其他事务');
  });
});

describe('table 08 without its 合计 row (a department with one 类)', () => {
  it('quotes the fund’s 收入 and 支出 from table 04 where they were gaps', () => {
    const data: FinalAccountsData = { ...shanghai2024, govFund: shanghai2024.govFund.filter((l) => l.code !== 'total') };
    const rec = recognise(toGrid(buildWorkbook(data, standardPlan(data))));
    expect(rec.tables.govFund!.rows.map((r) => r.key)).not.toContain('total');
    const doc = generateNarrative(rec, parseSupplementJson(shanghai2024Supplement).supplement, shanghai);
    expect(section(doc, '八')).toContain('政府性基金预算财政拨款收入150.00万元，支出145.60万元，支出具体情况如下：');
  });
});

describe('table 06 with a 款 below 0 (a refund: 收回以前年度支出)', () => {
  // 奖励金 refunded 0.50 (303: 20.97 − 1.00 = 19.97, 人员经费 576.84); 公务接待费 0.40 (302: 63.71, 公用经费 66.99).
  const amounts: Record<string, number> = { '30309': -0.5, '303': 19.97, '30217': -0.2, '302': 63.71 };
  const set = (lines: FinalAccountsData['generalBudgetBasic']['personnel']) => lines.map((l) => (l.code in amounts ? { ...l, values: { amount: amounts[l.code]! } } : l));
  const b = changji2022.generalBudgetBasic;
  const data: FinalAccountsData = { ...changji2022, generalBudgetBasic: { personnel: set(b.personnel), public: set(b.public), personnelTotal: 576.84, publicTotal: 66.99 } };
  const grid = toGrid(buildWorkbook(data, standardPlan(data)));
  const supplement = parseSupplementJson(changji2022Supplement).supplement;

  it('§六 lists only the 款 that spent under 包括, and states the refund with its figure after it (it listed 奖励金 as spending)', () => {
    const xj = section(generateNarrative(recognise(grid), supplement, xinjiang), '六');
    expect(xj).toContain(
      '人员经费576.84万元，包括：基本工资、津贴补贴、伙食补助费、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、其他工资福利支出、退休费、抚恤金、生活补助、其他对个人和家庭的补助；奖励金-0.50万元为收回以前年度支出，冲减本年支出。',
    );
    expect(xj).toContain('公用经费66.99万元，包括：办公费、手续费、邮电费、差旅费、维修（护）费、培训费、专用材料费、');
    expect(xj).toContain('；公务接待费-0.20万元为收回以前年度支出，冲减本年支出。');
    expect(xj).not.toMatch(/包括：[^；。]*(奖励金|公务接待费)/);
    const sh = section(generateNarrative(recognise(grid), supplement, shanghai), '六');
    expect(sh).toContain('、其他对个人和家庭的补助；奖励金-0.50万元为收回以前年度支出，冲减本年支出；公用经费66.99万元，主要包括：办公费、');
    expect(sh).toContain('；公务接待费-0.20万元为收回以前年度支出，冲减本年支出。');
  });

  it('text-basic-items accepts the text, and still says a 款 that spent is missing, and a refund listed as spending', () => {
    for (const preset of [xinjiang, shanghai]) {
      const doc = generateNarrative(recognise(grid), supplement, preset);
      const typed = { ...grid, sheets: [...grid.sheets, sheet('公开说明', documentLines(doc).map((l) => [l.text]))] };
      const findings = runAudit({ recognition: recognise(typed), supplement, grid: typed }, RULES.filter((r) => r.id.startsWith('text-')));
      expect(findings.filter((f) => f.severity !== 'rounding' && !f.message.includes('【请填写：')).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    }
    const lines = [
      ['人员经费576.84万元，包括：基本工资、津贴补贴、伙食补助费、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、其他工资福利支出、退休费、抚恤金、其他对个人和家庭的补助；奖励金-0.50万元为收回以前年度支出，冲减本年支出。'],
      ['人员经费576.84万元，包括：基本工资、津贴补贴、伙食补助费、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、其他工资福利支出、退休费、抚恤金、生活补助、奖励金、其他对个人和家庭的补助。'],
    ];
    const typed = { ...grid, sheets: [...grid.sheets, sheet('公开说明', lines)] };
    const findings = runAudit({ recognition: recognise(typed), supplement, grid: typed }, RULES.filter((r) => r.id === 'text-basic-items'));
    expect(findings.map((f) => [f.severity, f.cells[0], f.message])).toEqual([
      ['error', '公开说明!A1', expect.stringContaining('漏了“生活补助”')],
      ['warning', '公开说明!A2', expect.stringContaining('“奖励金”')],
    ]);
  });

  it('a preset without {人员经费退回} keeps the refund in the text as a gap, never drops it', () => {
    const paragraphs = ['人员经费{人员经费}万元[，包括：{人员经费明细}]。'];
    const preset = { ...xinjiang, templates: { ...xinjiang.templates, basic: { ...xinjiang.templates.basic!, paragraphs } } };
    expect(section(generateNarrative(recognise(grid), supplement, preset), '六')).toContain(
      '、其他对个人和家庭的补助、【请填写：人员经费中为负数的款（退回，不是支出）：奖励金-0.50万元：格式中没有{人员经费退回}，请另行说明】。',
    );
  });
});

describe('table 06 without its 人员经费合计 and 公用经费合计 rows', () => {
  it('§六 and §十 give 人员经费 and 公用经费 as the sums of their 类 (301 + 303, 302 + 310), where they were gaps', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const x = withSheetRows(g, recognise(g).tables.generalBudgetBasic!.sheet, (rows) =>
      rows.filter((r) => !r.some((v) => typeof v === 'string' && /经费合计/.test(v))).map((r) => [...r]),
    );
    const rec = recognise(x);
    expect(rec.tables.generalBudgetBasic!.rows.map((r) => r.key)).not.toContain('personnelTotal');
    const doc = generateNarrative(rec, parseSupplementJson(changji2022Supplement).supplement, xinjiang);
    expect(section(doc, '六')).toContain('人员经费577.84万元，包括：');
    expect(section(doc, '六')).toContain('公用经费67.39万元，包括：');
    expect(section(doc, '十')).toContain('（事业单位）公用经费67.39万元，比上年减少25.56万元');
  });
});

describe('table 07 without its 合计 columns', () => {
  it('§七 gives the 三公 total and its budget as the items added up, with no notice asking for the column', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const x = withSheetRows(g, recognise(g).tables.threePublicCosts!.sheet, () => [
      ['财政拨款“三公”经费支出决算表'],
      ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, null, '单位：万元'],
      ['项目', '因公出国（境）费', '公务用车购置及运行维护费', null, null, '公务接待费'],
      [null, null, '小计', '公务用车购置费', '公务用车运行维护费', null],
      ['预算数', 0, 4.8, 0, 4.8, 0.2],
      ['决算数', 0, 4.79, 0, 4.79, 0.2],
    ]);
    const rec = recognise(x);
    expect(rec.problems.filter((p) => p.table === '07')).toEqual([]);
    const text = section(generateNarrative(rec, parseSupplementJson(changji2022Supplement).supplement, xinjiang), '七');
    expect(text).toContain('2022年度财政拨款“三公”经费支出决算4.99万元，比上年减少0.02万元，下降0.40%');
    expect(text).toContain('公务用车购置及运行维护费支出4.79万元，占95.99%');
    expect(text).toContain('“三公”经费支出全年预算数5.00万元，决算数4.99万元');
  });
});

describe('table 05 printed to the 款 (no 项 rows)', () => {
  it('§五（三） gives each 款 a paragraph, and no 项 of theirs the 说明数据 speaks of as 0.00万元，下降100%', () => {
    const data: FinalAccountsData = { ...changji2022, generalBudgetExpenditure: changji2022.generalBudgetExpenditure.filter((l) => l.code.length <= 5) };
    const text = section(narrate(undefined, xinjiang, {}, data), '五');
    expect(text).toContain('1. 一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)：支出决算数为1,225.73万元');
    expect(text).not.toContain('行政运行(项)');
    // A 项 of a 款 the table does not print fell to 0, as in the reference.
    expect(text).toContain('6. 一般公共服务支出(类)统战事务(款)其他统战事务支出(项)：支出决算数为0.00万元，比上年决算减少0.20万元，下降100%');
  });
});

describe('§十一’s 自评 totals over forms in 元', () => {
  it('adds the forms’ 全年预算数 in 分 and rounds once (three of 1,234,567.89 元 are 370.37万元, not 3 × 123.46)', () => {
    const json = JSON.parse(JSON.stringify(changji2022Supplement)) as Json;
    const rec = recognise(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))));
    const form = rec.projects[0]!;
    const inYuan = (fen: number) => ({ ...form.funds.total!.adjustedBudget!, fen });
    const project = { ...form, unit: '元' as const, funds: { ...form.funds, total: { ...form.funds.total!, adjustedBudget: inYuan(123_456_789), actual: inYuan(100_000_450) } } };
    const doc = generateNarrative({ ...rec, projects: [project, project, project] }, parseSupplementJson(json).supplement, xinjiang);
    expect(section(doc, '十一')).toContain('开展预算绩效评价项目3个，全年预算数370.37万元，全年执行数300.00万元。');
  });

  it('adds a form whose 全年执行数 is blank as 0 (nothing spent), not leaving the total a gap', () => {
    const json = JSON.parse(JSON.stringify(changji2022Supplement)) as Json;
    const rec = recognise(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))));
    const form = rec.projects[0]!;
    const blank = { ...form, funds: { ...form.funds, total: { ...form.funds.total!, actual: { ...form.funds.total!.actual!, fen: null } } } };
    const doc = generateNarrative({ ...rec, projects: [blank, form] }, parseSupplementJson(json).supplement, xinjiang);
    const actual = form.funds.total!.actual!.fen! / 1_000_000;
    expect(section(doc, '十一')).toContain(`开展预算绩效评价项目2个，全年预算数${((2 * form.funds.total!.adjustedBudget!.fen!) / 1_000_000).toFixed(2)}万元，全年执行数${actual.toFixed(2)}万元。`);
  });
});

describe('上海’s 收入支出总计 compared with last year as one figure', () => {
  const disagreeing = (j: Json) => {
    j.指标['支出总计']!['上年数'] = 1800;
    j.指标['财政拨款支出总计']!['上年数'] = 700;
  };

  it('is a gap where the 上年数 of 收入总计 and 支出总计 differ, never the 收入 side’s change alone (it printed 减少312.94万元)', () => {
    const doc = narrate(disagreeing, shanghai);
    expect(section(doc, '一')).toContain(
      '与2021年度相比，收入支出总计【请填写：收入支出总计上年数（收入总计上年数1801.23万元与支出总计上年数1800.00万元不等，不能说成一个数：请核对）】。',
    );
    expect(section(doc, '四')).toContain(
      '与2021年度相比，财政拨款收入支出总计【请填写：财政拨款收入支出总计上年数（财政拨款收入总计上年数702.89万元与财政拨款支出总计上年数700.00万元不等，不能说成一个数：请核对）】。',
    );
    expect(documentText(doc)).not.toMatch(/收入支出总计(减少312\.94|增加660\.56)/);
  });

  it('is a gap where this year’s 收入总计 and 支出总计 differ, the table being what to correct (it printed the 收入 side’s change)', () => {
    const data: FinalAccountsData = {
      ...changji2022,
      summary: {
        ...changji2022.summary,
        income: changji2022.summary.income.map((l) => (l.key === 'grandTotal' ? { ...l, amount: 1500 } : l)),
      },
    };
    const text = section(narrate(undefined, shanghai, {}, data), '一');
    expect(text).toContain('与2021年度相比，收入支出总计【请填写：收入支出总计增减（收入总计1500.00万元与支出总计1488.29万元不等：请核对）】。');
    expect(text).not.toContain('301.23');
  });

  it('is the change where both sides agree', () => {
    const doc = narrate(undefined, shanghai);
    expect(section(doc, '一')).toContain('与2021年度相比，收入支出总计减少312.94万元，下降17.37%。');
    expect(section(doc, '四')).toContain('与2021年度相比，财政拨款收入支出总计增加660.56万元，增长93.98%。');
  });

  it('新疆 states each side’s change against its own 上年数', () => {
    const text = section(narrate(disagreeing, xinjiang), '一');
    expect(text).toContain('收入总计与上年相比，减少312.94万元，下降17.37%');
    expect(text).toContain('支出总计与上年相比，减少311.71万元，下降17.32%');
  });
});
