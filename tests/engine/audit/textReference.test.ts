/**
 * The text audit on real wording: the whole published 新疆 reference (fixtures/reference/, its paragraphs as an
 * accountant types them into a sheet) and correct sentences in the 上海 template's wording, both beside the bundled
 * sample whose tables they describe. No text rule may flag a sentence of either; the full audit finds exactly
 * what it finds on the sample alone (the reference's own rounding gaps and its 1.2 score).
 */
import { runAudit } from '../../../src/engine/audit/audit';
import { RULES } from '../../../src/engine/audit/rules';
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import type { SheetGrid } from '../../../src/engine/grid/cell';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { shanghai, xinjiang } from '../../../src/engine/narrative/presets';
import type { Preset } from '../../../src/engine/narrative/preset';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { shanghai2024 } from '../../../fixtures/shanghai-2024/tables';
import { shanghai2024Supplement } from '../../../fixtures/shanghai-2024/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { sample, sampleData, sheet } from '../../support/ruleTester';
import { referenceParagraphs, referenceSheet, shanghaiStyleSheet, SHANGHAI_STYLE } from '../../support/referenceText';

function audit(extra: readonly SheetGrid[]) {
  const base = sample();
  const grid = { sheets: [...base.sheets, ...extra] };
  return runAudit({ recognition: recognise(grid), supplement: parseSupplementJson(sampleData()).supplement, grid });
}

const TEXT_RULES = RULES.filter((r) => r.id.startsWith('text-'));
const summary = (fs: ReturnType<typeof audit>) => fs.map((f) => [f.rule, f.severity, f.cells[0]]);

describe('the text audit on the published 新疆 reference and on 上海-template wording', () => {
  const alone = audit([]);

  it('reads the reference as its paragraphs (every section, the lines broken by the PDF joined again)', () => {
    const paragraphs = referenceParagraphs();
    expect(paragraphs.length).toBeGreaterThan(100);
    expect(paragraphs).toContain('人员经费 577.84 万元，包括：基本工资、津贴补贴、伙食补助费、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、其他工资福利支出、退休费、抚恤金、生活补助、奖励金、其他对个人和家庭的补助。');
    expect(paragraphs.some((p) => p.startsWith('2022 年度本年支出 1,488.29 万元，其中：基本支出770.07 万元，占 51.74%'))).toBe(true);
  });

  it('flags no sentence of the reference, by any of the text rules', () => {
    const findings = audit([referenceSheet()]).filter((f) => TEXT_RULES.some((r) => r.id === f.rule));
    expect(findings.map((f) => `${f.rule} ${f.cells[0]} ${f.message}`)).toEqual([]);
    expect(TEXT_RULES.length).toBeGreaterThanOrEqual(13);
  });

  it('flags no 上海-style sentence', () => {
    expect(SHANGHAI_STYLE.length).toBeGreaterThan(40);
    const findings = audit([shanghaiStyleSheet()]).filter((f) => f.rule.startsWith('text-'));
    expect(findings.map((f) => `${f.rule} ${f.cells[0]} ${f.message}`)).toEqual([]);
  });

  it('finds with the reference text exactly what it finds on the tables alone', () => {
    expect(summary(audit([referenceSheet()]))).toEqual(summary(alone));
    expect(summary(audit([shanghaiStyleSheet()]))).toEqual(summary(alone));
  });

  it('finds a changed figure of the reference text (the check is live, not silent)', () => {
    const edited = referenceSheet();
    const rows = edited.rows as string[][];
    const i = rows.findIndex((r) => r[0]!.startsWith('公用经费 67.39 万元'));
    rows[i]![0] = rows[i]![0]!.replace('67.39', '67.93').replace('培训费、', '');
    const findings = audit([edited]).filter((f) => f.rule.startsWith('text-'));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['text-basic-items', 'error'],
      ['text-figures', 'error'],
    ]);
  });

  it.each(['hidden', 'veryHidden'] as const)('reads no text on a %s sheet (last year’s explanation or a draft kept out of sight)', (state) => {
    const edited = referenceSheet();
    const rows = edited.rows as string[][];
    const i = rows.findIndex((r) => r[0]!.startsWith('公用经费 67.39 万元'));
    rows[i]![0] = rows[i]![0]!.replace('67.39', '67.93').replace('培训费、', '');
    expect(audit([{ ...edited, state }]).filter((f) => f.rule.startsWith('text-'))).toEqual([]);
  });

  /** The filled 上海 fixture (上海市示范服务局: a 政府性基金 table with figures) with a preset's 公开说明 beside it. */
  function shanghaiFixture(preset: Preset, edit: (lines: string[]) => void = () => undefined) {
    const base = toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)));
    const { supplement } = parseSupplementJson(JSON.parse(JSON.stringify(shanghai2024Supplement)));
    const lines = documentLines(generateNarrative(recognise(base), supplement, preset)).map((l) => l.text);
    edit(lines);
    const grid = { sheets: [...base.sheets, sheet('公开说明', lines.map((l) => [l]))] };
    return { lines, findings: runAudit({ recognition: recognise(grid), supplement, grid }, TEXT_RULES) };
  }

  it('flags nothing in the 上海 preset’s 公开说明 of the filled 上海 workbook', () => {
    expect(shanghaiFixture(shanghai).findings.map((f) => `${f.rule} ${f.cells[0]} ${f.message}`)).toEqual([]);
  });

  it('reads the 新疆 §八 sentence of a 政府性基金 table with figures against table 08 (only the gaps of that 说明数据 are flagged)', () => {
    const { findings } = shanghaiFixture(xinjiang);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.rule !== 'text-template-leftovers' || !f.message.includes('未填写的空缺')).map((f) => f.message)).toEqual([]);
    const wrong = shanghaiFixture(xinjiang, (lines) => {
      const i = lines.findIndex((l) => l.includes('政府性基金预算财政拨款年初结转和结余'));
      lines[i] = lines[i]!.replace('本年支出145.60万元', '本年支出154.60万元');
    }).findings.filter((f) => f.rule === 'text-figures');
    expect(wrong.map((f) => [f.message, f.cells[1]])).toEqual([['说明文字写“政府性基金本年支出154.60万元”，而政府性基金预算财政拨款收入支出决算表中为 145.60 万元。', expect.stringMatching(/^政府性基金预算财政拨款收入支出决算表!/)]]);
  });

  it('gives a text finding the unit the text wrote (元 stays 元, a rate is %)', () => {
    const findings = audit([sheet('公开说明', [['2022年度收入总计为14,883,000.00元。'], ['2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元，占99.00%；其他收入9.34万元，占0.68%。']])]);
    const figure = findings.find((f) => f.rule === 'text-figures')!;
    expect([figure.unit, figure.values, figure.difference]).toEqual(['元', [14_883_000, 14_882_900], 100]);
    const share = findings.find((f) => f.rule === 'text-shares')!;
    expect([share.unit, share.values, share.difference]).toEqual(['%', [99, 99.32], -0.32]);
  });
});
