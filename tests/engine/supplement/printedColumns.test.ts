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
import type { Plan, PlanCell } from '../../../src/engine/plan/plan';
import { COLUMNS, SUPPLEMENT_SHEET } from '../../../src/engine/supplement/sheet';

/** The 说明数据 without any 上年数 of table 05's subjects (a department that did not type them). */
function withoutSubjectPriors() {
  const json = sampleData();
  for (const [key, entry] of Object.entries(json.指标)) if (/^\d+$/.test(key) || key === '一般公共预算财政拨款支出') delete entry.上年数;
  return json;
}

/** The cell the plan writes in the 说明数据 sheet's row of `key`, column `field`. */
function planCell(plan: Plan, key: string, field: keyof typeof COLUMNS): PlanCell | undefined {
  for (const op of plan.ops) {
    if (op.op !== 'setCells' || op.sheet !== SUPPLEMENT_SHEET) continue;
    const r = op.cells.findIndex((row) => row?.[COLUMNS.键]?.value === key);
    if (r >= 0) return op.cells[r]![COLUMNS[field]];
  }
  return undefined;
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
  });
});
