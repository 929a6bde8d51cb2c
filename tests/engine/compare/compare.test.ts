/**
 * 对照 (engine/compare): the generated 公开说明 aligned with the accountant's, paragraph by paragraph. Against the
 * real published explanation (fixtures/reference, typed into a sheet one paragraph per cell, with the PDF's spaces
 * around numbers left in) every section heading and paragraph of 第一、第二部分 finds its partner and no figure
 * differs; a figure changed in the accountant's text is marked at its place with the generated figure; a figure
 * that has no counterpart is not marked; copying a sentence replaces the one it corresponds to in one cell.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { SheetGrid, WorkbookGrid } from '../../../src/engine/grid/cell';
import { recognise } from '../../../src/engine/recognise/recognise';
import { explain, fillPlan } from '../../../src/engine/workflow';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { compareExplanation, Comparison } from '../../../src/engine/compare/compare';
import { explanationSheets, looksLikeHeading } from '../../../src/engine/compare/paragraphs';
import { figureDifferences, figuresOf } from '../../../src/engine/compare/figures';
import { copySentencePlan, replaceSentence } from '../../../src/engine/compare/copy';
import { textSimilarity } from '../../../src/engine/compare/similarity';
import { guardPlan } from '../../../src/engine/plan/guard';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { sample, sampleData } from '../../support/ruleTester';

const REFERENCE = path.join(__dirname, '..', '..', '..', 'fixtures', 'reference', 'xinjiang-changji-2022-disclosure.txt');

/**
 * The reference as an accountant would have typed it: one paragraph per cell. The PDF extraction breaks lines
 * inside paragraphs and at page ends; a line that ends a sentence ends its paragraph, the rest are joined.
 */
function referenceParagraphs(): string[] {
  const text = readFileSync(REFERENCE, 'utf8');
  const body = text.slice(text.lastIndexOf('第一部分 单位概况'), text.indexOf('项目支出绩效自评表('));
  const blocks = body
    .split(/\n\s*\n/)
    .flatMap((b) => b.split(/(?<=。)\s*\n/))
    .map((b) => b.replace(/\s*\n\s*/g, '').trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !/[。：:]$/.test(prev) && !looksLikeHeading(prev)) out[out.length - 1] = prev + b;
    else out.push(b);
  }
  return out;
}

function withExplanation(paragraphs: readonly string[], name = '公开说明'): WorkbookGrid {
  const grid = sample();
  return { sheets: [...grid.sheets, { name, rows: paragraphs.map((p) => [p]) }] };
}

function compare(grid: WorkbookGrid, sheet = '公开说明'): Comparison {
  return compareExplanation(grid, recognise(grid), sheet, explain(grid, xinjiang, sampleData()).document);
}

const part2 = (c: Comparison) => {
  const start = c.rows.findIndex((r) => r.generated?.text === '第二部分 部门决算情况说明');
  const end = c.rows.findIndex((r) => r.generated?.text.startsWith('第三部分'));
  return c.rows.slice(start, end);
};

describe('对照 against the published explanation', () => {
  const paragraphs = referenceParagraphs();

  it('pairs the title, every heading and paragraph of 第二部分, and finds no figure that differs', () => {
    const title = '新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明';
    const c = compare(withExplanation([title, ...paragraphs]));
    expect([c.rows[0]!.generated?.text, c.rows[0]!.accountant?.text]).toEqual([title, title]);
    const rows = part2(c);
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.filter((r) => !r.generated || !r.accountant).map((r) => r.generated?.text ?? r.accountant?.text)).toEqual([]);
    expect(rows.every((r) => r.generated!.heading === r.accountant!.heading)).toBe(true);
    expect(c.counts.differences).toBe(0);
  });

  it('marks a changed figure at its place in the accountant’s paragraph, with the generated figure', () => {
    const i = paragraphs.findIndex((p) => p.startsWith('2022 年度收入总计'));
    const changed = paragraphs.map((p, j) => (j === i ? p.replace('减少 312.94 万元', '减少 321.94 万元').replace('下降 17.37%', '下降 17.73%') : p));
    const c = compare(withExplanation(changed));
    const row = c.rows.find((r) => r.accountant?.text === changed[i])!;
    expect(row.differences.map((d) => [d.text, d.expected, changed[i]!.slice(d.start, d.end)])).toEqual([
      ['321.94 万元', '312.94万元', '321.94 万元'],
      ['17.73%', '17.37%', '17.73%'],
    ]);
    expect(c.counts.differences).toBe(2);
    expect(row.accountant!.cell).toEqual({ sheet: '公开说明', row: i, col: 0 });
  });

  it('keeps a paragraph the accountant left out as a row of the generated text alone, the rest still paired', () => {
    const i = paragraphs.findIndex((p) => p.startsWith('本年支出总计'));
    const c = compare(withExplanation(paragraphs.filter((_, j) => j !== i)));
    const rows = part2(c);
    expect(rows.filter((r) => !r.accountant).map((r) => r.generated!.text.slice(0, 6))).toEqual(['本年支出总计']);
    expect(rows.filter((r) => !r.generated)).toEqual([]);
    expect(c.counts.differences).toBe(0);
  });
});

describe('对照 of a generated text with gaps (no 说明数据 yet) against the published explanation', () => {
  const paragraphs = referenceParagraphs();
  const withGaps = (grid: WorkbookGrid) => compareExplanation(grid, recognise(grid), '公开说明', explain(grid, xinjiang).document);
  const gapsOnly = (c: Comparison) => c.rows.filter((r) => r.generated && /^【请填写：[^】]*】。$/.test(r.generated.text));

  it('pairs a paragraph that is all gaps (【请填写：主要职能】。) with the paragraph the accountant wrote in its place', () => {
    const c = withGaps(withExplanation(paragraphs));
    const rows = gapsOnly(c);
    expect(rows.map((r) => r.generated!.text)).toContain('【请填写：主要职能】。');
    const duties = rows.find((r) => r.generated!.text === '【请填写：主要职能】。')!;
    expect(duties.accountant?.text).toMatch(/^集行政审批、工程交易、政府采购/);
    // Every paragraph of 第一、第二部分 with a gap in it has its counterpart (the accountant's alone there are the two
    // items of 0.00 万元 the generated text leaves out).
    const end = c.rows.findIndex((r) => r.generated?.text.startsWith('第三部分'));
    expect(c.rows.slice(0, end).filter((r) => r.generated && /【请填写/.test(r.generated.text) && !r.accountant)).toEqual([]);
    expect(c.rows.slice(0, end).filter((r) => !r.generated).map((r) => r.accountant!.text.slice(0, 3))).toEqual(['13.', '14.']);
  });

  it('counts a gap as the figure or words written in its place when it weighs two paragraphs alike', () => {
    expect(textSimilarity('实有人数【请填写：实有人数】人，其中：在职人员【请填写：在职人数】人。', '实有人数 38 人，其中：在职人员 33 人。')).toBe(1);
  });

  it('leaves it alone when the accountant wrote nothing in its place, rather than pair it with a heading', () => {
    const i = paragraphs.findIndex((p) => p.startsWith('集行政审批'));
    const c = withGaps(withExplanation(paragraphs.filter((_, j) => j !== i)));
    const duties = gapsOnly(c).find((r) => r.generated!.text === '【请填写：主要职能】。')!;
    expect(duties.accountant).toBeUndefined();
  });
});

describe('figures', () => {
  it('are numbers with their unit and the words before them in their clause', () => {
    expect(figuresOf('2022 年度收入总计１,４８８.２９万元，与上年相比，减少312.94 万元，下降17.37％。').map((f) => [f.text, f.value, f.unit, f.label])).toEqual([
      ['2022 年度', 2022, '年', ''],
      ['１,４８８.２９万元', 1488.29, '万元', '收入总计'],
      ['312.94 万元', 312.94, '万元', '减少'],
      ['17.37％', 17.37, '%', '下降'],
    ]);
  });

  it('differ only where a counterpart says something else; an unpaired figure is not marked', () => {
    expect(figureDifferences('2021年度收入总计1,488.29万元。', '2022年度收入总计1,488.29万元。').map((d) => [d.text, d.expected])).toEqual([['2021年度', '2022年度']]);
    expect(figureDifferences('收入总计比上年减少300.00万元。', '收入总计与上年相比，减少312.94万元，下降17.37%。').map((d) => d.expected)).toEqual(['312.94万元']);
    expect(figureDifferences('另有捐赠收入5.00万元。', '收入总计1,488.29万元，其中：本年收入合计1,372.79万元。')).toEqual([]);
    // 支出类 is all the two labels share: not the same figure.
    expect(figureDifferences('一般公共服务支出(类)1,225.73万元。', '社会保障和就业支出(类)47.25万元，卫生健康支出(类)34.07万元。')).toEqual([]);
  });
});

describe('copying a generated sentence into the accountant’s text', () => {
  const cell = '2022年度收入总计1,488.29万元。收入总计与上年相比，减少321.94万元，下降17.73%。';
  const sentence = '收入总计与上年相比，减少312.94万元，下降17.37%，主要原因是：本年退休1人。';

  it('never copies a sentence with a gap: it would replace the accountant’s sentence with their figure in it', () => {
    const gapped = '收入总计与上年相比，【请填写：收入总计上年数】，主要原因是：本年退休1人。';
    // The gap is weighed as what was written in its place: the sentence is the accountant's second one.
    expect(replaceSentence(cell, gapped).replaced).toBe('收入总计与上年相比，减少321.94万元，下降17.73%。');
    const plan = copySentencePlan({ sheet: '公开说明', row: 1, col: 0 }, cell, gapped);
    expect(plan.ops).toEqual([]);
    expect(plan.summary).toEqual(['这一句还有待填写的“【请填写：…】”，没有复制到单元格 公开说明!A2：请先在“说明数据”中填写，重新生成说明后再复制。']);
  });

  it('replaces the sentence it corresponds to, or adds it at the end', () => {
    expect(replaceSentence(cell, sentence)).toEqual({ after: `2022年度收入总计1,488.29万元。${sentence}`, replaced: '收入总计与上年相比，减少321.94万元，下降17.73%。' });
    expect(replaceSentence('我局职能如下。', sentence)).toEqual({ after: `我局职能如下。${sentence}` });
  });

  it('is one plan that writes only the chosen cell, says what it replaces, and passes the guard', () => {
    const grid = withExplanation(['一、收入支出决算总体情况说明', cell]);
    const plan = copySentencePlan({ sheet: '公开说明', row: 1, col: 0 }, cell, sentence);
    expect(plan.ops).toEqual([{ op: 'replaceCellText', sheet: '公开说明', cell: 'A2', before: cell, after: `2022年度收入总计1,488.29万元。${sentence}` }]);
    expect(plan.summary[0]).toBe(`把单元格 公开说明!A2 中的“收入总计与上年相比，减少321.94万元，下降17.73%。”替换为“${sentence}”。`);
    expect(() => guardPlan(grid, plan)).not.toThrow();
    const after = applyPlanToGrid(grid, plan);
    expect(after.sheets.map((s) => s.rows)).toEqual(grid.sheets.map((s) => (s.name === '公开说明' ? [['一、收入支出决算总体情况说明'], [`2022年度收入总计1,488.29万元。${sentence}`]] : s.rows)));
    // The same sentence again changes nothing.
    expect(copySentencePlan({ sheet: '公开说明', row: 1, col: 0 }, `2022年度收入总计1,488.29万元。${sentence}`, sentence).ops).toEqual([]);
  });
});

describe('the explanations in a workbook', () => {
  it('are the sheets of the user’s with explanation text, 公开说明-like names first; never the add-in’s sheets', () => {
    const paragraphs = referenceParagraphs();
    let grid = withExplanation(paragraphs);
    const notes: SheetGrid = { name: '备忘', rows: [['本单位2022年度决算数据已经核对无误。'], ['收入总计1,488.29万元，支出总计1,488.29万元。']] };
    grid = { sheets: [...grid.sheets.slice(0, 2), notes, ...grid.sheets.slice(2)] };
    expect(explanationSheets(grid, recognise(grid))).toEqual(['公开说明', '备忘']);
    const filled = applyPlanToGrid(grid, fillPlan(grid, explain(grid, xinjiang, sampleData())));
    expect(filled.sheets.map((s) => s.name)).toContain('公开说明（生成）');
    expect(explanationSheets(filled, recognise(filled))).toEqual(['公开说明', '备忘']);
  });
});
