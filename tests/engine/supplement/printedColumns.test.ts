/**
 * Table 05 printing each subject's 上年决算数 (or 年初预算数) beside its 决算: the 说明数据 sheet takes them by formula where
 * nothing is typed, keeps what is typed, and the 公开说明 states the table's where the 说明数据 gives none.
 */
import { sampleData } from '../../support/ruleTester';
import { T5, withTable05Column } from '../../support/table05Columns';
import { supplementPlan } from '../../../src/engine/workflow';
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { plain } from '../../../src/engine/narrative/fragment';
import { planCell } from '../../support/supplementPlan';

/** The 说明数据 without any 上年数 of table 05's subjects (a department that did not type them). */
function withoutSubjectPriors() {
  const json = sampleData();
  for (const [key, entry] of Object.entries(json.指标)) if (/^\d+$/.test(key) || key === '一般公共预算财政拨款支出') delete entry.上年数;
  return json;
}

// 行政运行 (2010301): 223.14 this year; its 上年 403.53 in the sample's 说明数据, printed 400.00 in the column here.
const grid = () => withTable05Column('上年决算数', { total: 700, '2010301': 400 });

describe('table 05 printing a 上年决算数 column', () => {
  it('the 说明数据 sheet takes an untyped 上年数 by formula from the table’s cell', () => {
    const cell = planCell(supplementPlan(grid(), withoutSubjectPriors()), '2010301', '上年数');
    expect(cell?.formula).toBe(`ROUND(${T5}!F9,2)`);
    expect(cell?.value).toBe(400);
    expect(planCell(supplementPlan(grid(), withoutSubjectPriors()), '一般公共预算财政拨款支出', '上年数')?.value).toBe(700);
  });

  it('keeps a 上年数 the accountant typed, as typed (never overwritten by the table’s)', () => {
    const cell = planCell(supplementPlan(grid(), sampleData()), '2010301', '上年数');
    expect(cell).toEqual({ value: 403.53, style: 'inputAmount' });
  });

  it('the 公开说明 states the change from the table’s 上年决算数 where the 说明数据 gives no 上年数 (a gap before)', () => {
    const g = grid();
    const doc = generateNarrative(recognise(g), parseSupplementJson(withoutSubjectPriors()).supplement, PRESETS.xinjiang!);
    const text = doc.parts
      .flatMap((p) => p.sections)
      .flatMap((x) => x.blocks)
      .map((b) => (b.kind === 'paragraph' ? plain(b.runs) : ''))
      .join('\n');
    expect(text).toContain('行政运行(项)：支出决算数为223.14万元，比上年决算减少176.86万元，下降44.22%');
    expect(text).toContain('一般公共预算财政拨款支出1,363.45万元，占本年支出合计的91.61%，与上年相比，增加663.45万元，增长94.78%');
    // A 项 whose cell in the column is blank has no 上年数 there: a gap (it said 比上年决算增加718.22万元，增长100.00%).
    expect(text).toContain('一般行政管理事务(项)：支出决算数为718.22万元，比上年决算【请填写：一般行政管理事务（2010302）上年数】，');
  });
});

describe('table 05 printing a 年初预算数 column left blank (a form filling it in part, or not at all)', () => {
  /** §五（三） of the 上海 preset (its 合计 against the 年初预算, then each 项) written from `g` and the sample's 说明数据 (no 年初预算数). */
  const detail = (g: ReturnType<typeof withTable05Column>) => {
    const doc = generateNarrative(recognise(g), parseSupplementJson(sampleData()).supplement, PRESETS.shanghai!);
    const five = doc.parts.flatMap((p) => p.sections).find((s) => s.number === '五')!;
    const lines = five.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text));
    return lines.slice(lines.indexOf('（三）一般公共预算财政拨款支出决算具体情况') + 1);
  };

  it('a blank 合计 is no 年初预算 of 0: a gap, no 0.00 万元, no 预算数为0 and no 决算数大于预算数 (it printed all three)', () => {
    const [intro, first] = detail(withTable05Column('年初预算数', { '2010301': 230 }));
    expect(intro).toBe('一般公共预算财政拨款支出年初预算为【请填写：一般公共预算财政拨款支出年初预算数】万元，支出决算为1363.45万元。其中：');
    // The 项 the column prints keeps its figure.
    expect(first).toContain('年初预算为230.00万元，支出决算为223.14万元。决算数小于预算数的主要原因：');
  });

  it('a column blank throughout: each 项 a gap too, none compared with a budget of 0', () => {
    const lines = detail(withTable05Column('年初预算数', {}));
    expect(lines[0]).toBe('一般公共预算财政拨款支出年初预算为【请填写：一般公共预算财政拨款支出年初预算数】万元，支出决算为1363.45万元。其中：');
    expect(lines[2]).toContain('年初预算为【请填写：一般行政管理事务（2010302）年初预算数】万元，支出决算为718.22万元。');
    expect(lines.join('\n')).not.toMatch(/年初预算为0\.00|预算数为0|决算数大于预算数/);
  });

  it('a 0 the column prints is a budget of 0, as before', () => {
    expect(detail(withTable05Column('年初预算数', { total: 0 }))[0]).toContain('年初预算为0.00万元，支出决算为1363.45万元，预算数为0，不计算完成率。');
  });

  it('the 说明数据 sheet leaves a blank one to be typed (it took the blank cell by formula, showing 0.00), and takes a printed one', () => {
    const plan = supplementPlan(withTable05Column('年初预算数', { '2010301': 230 }), sampleData());
    expect(planCell(plan, '一般公共预算财政拨款支出', '年初预算数')).toEqual({ value: null, style: 'inputAmount' });
    expect(planCell(plan, '2010302', '年初预算数')).toEqual({ value: null, style: 'inputAmount' });
    expect(planCell(plan, '2010301', '年初预算数')?.formula).toBe(`ROUND(${T5}!F9,2)`);
  });
});
