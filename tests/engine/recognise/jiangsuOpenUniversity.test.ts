/**
 * The table set of 江苏's 单位决算 as 江苏开放大学（江苏城市职业学院）published it for 2023
 * (http://www.jsou.edu.cn/xxgk/2024/0929/c4421a181593/page.htm): thirteen tables, 五、财政拨款支出决算表(功能科目) and
 * 六、财政拨款基本支出决算表(经济科目) (every 财政拨款, 政府性基金 with it) before 七、一般公共预算支出决算表(功能科目) and
 * 八、一般公共预算基本支出决算表(经济科目) — the nine's tables 05 and 06 without 财政拨款 in their titles —, then
 * 九、财政拨款“三公”经费、会议费、培训费支出决算表, 十、政府性基金预算支出决算表, 十一、国有资本经营预算支出决算表,
 * 财政拨款机关运行经费支出决算表 and 政府采购支出决算表. The page prints no figure that can be read here (its text is a
 * table of contents and the school's duties): the sample's tables under its titles.
 * Found (helper-h238): tables 05, 06, 08 and 09 under these titles were not found (缺公开05表…, their figures unread:
 * the 一般公共预算财政拨款支出 of the 公开说明 checked against nothing).
 * Found (helper-h256): 五 and 六, the tables of every 财政拨款, were unread: a wrong total of theirs was published unchecked.
 * Read now as tables beyond the nine (F05, F06) and held to table 04 and to 05, 08 and 09.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import { runAudit } from '../../../src/engine/audit/audit';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { plain } from '../../../src/engine/narrative/fragment';
import { explanationPart } from '../../../src/engine/narrative/document';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { TitleMatcher } from '../../../src/engine/recognise/titles';
import { TABLE_SPECS } from '../../../src/engine/tables/specs';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

const matcher = new TitleMatcher(TABLE_SPECS);
const code = (text: string) => matcher.match(text)?.spec.code;

/** The sample's workbook with a table's title (its sheet's name and its title cell) as 江苏 prints it. */
function retitled(grid: WorkbookGrid, from: string, to: string): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => (s.name === from ? { ...s, name: to.slice(0, 31), rows: s.rows.map((r) => r.map((v) => (v === from ? to : v))) } : s)),
  };
}

const base = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
/** A table of the page that is none of the nine: its title, a header and a 合计 row. */
const other = (title: string, header: readonly string[], figures: readonly number[]) => ({
  name: title.slice(0, 31),
  rows: [[title], ['单位：江苏开放大学', '', '', '单位：万元'], [...header], ['合计', ...figures]],
});
let jiangsu = base;
for (const [from, to] of [
  ['一般公共预算财政拨款支出决算表', '一般公共预算支出决算表(功能科目)'],
  ['一般公共预算财政拨款基本支出决算表', '一般公共预算基本支出决算表(经济科目)'],
  ['政府性基金预算财政拨款收入支出决算表', '政府性基金预算支出决算表'],
  ['国有资本经营预算财政拨款收入支出决算表', '国有资本经营预算支出决算表'],
] as const) {
  jiangsu = retitled(jiangsu, from, to);
}
jiangsu = {
  sheets: [
    ...jiangsu.sheets,
    // Every 财政拨款: the sample's 一般公共预算 alone (its 08 and 09 empty), so table 05's and 06's totals.
    other('财政拨款支出决算表(功能科目)', ['科目名称', '合计', '基本支出', '项目支出'], [1363.45, 645.23, 718.22]),
    other('财政拨款基本支出决算表(经济科目)', ['科目名称', '人员经费', '公用经费'], [577.84, 67.39]),
    other('财政拨款机关运行经费支出决算表', ['项目', '机关运行经费支出'], [67.39]),
    other('政府采购支出决算表', ['项目', '政府采购支出合计', '货物', '工程', '服务'], [12.5, 10, 0, 2.5]),
  ],
};

describe('江苏开放大学 2023 (江苏): the province’s thirteen-table set', () => {
  it('takes 一般公共预算支出决算表(功能科目) for table 05 and 一般公共预算基本支出决算表(经济科目) for 06; the 财政拨款 ones for tables beyond the nine', () => {
    expect(code('一般公共预算支出决算表(功能科目)')).toBe('05');
    expect(code('七、一般公共预算支出决算表(功能科目)')).toBe('05');
    expect(code('一般公共预算基本支出决算表(经济科目)')).toBe('06');
    expect(code('政府性基金预算支出决算表')).toBe('08');
    expect(code('国有资本经营预算支出决算表')).toBe('09');
    expect(code('财政拨款“三公”经费、会议费、培训费支出决算表')).toBe('07');
    // The tables of every 财政拨款: beyond the nine (F05, F06), read and checked (helper-h256).
    expect(code('财政拨款支出决算表(功能科目)')).toBe('F05');
    expect(code('财政拨款基本支出决算表(经济科目)')).toBe('F06');
    expect(code('财政拨款机关运行经费支出决算表')).toBeUndefined();
    expect(code('政府采购支出决算表')).toBeUndefined();
    expect(code('机关运行经费支出决算表')).toBeUndefined();
  });

  it('reads the sample’s tables under 江苏’s titles: the nine found, 05 and 06 the 一般公共预算 ones with the sample’s figures', () => {
    const rec = recognise(jiangsu);
    expect(rec.missing).toEqual([]);
    expect(rec.tables.generalBudgetExpenditure?.sheet).toBe('一般公共预算支出决算表(功能科目)');
    expect(rec.tables.generalBudgetBasic?.sheet).toBe('一般公共预算基本支出决算表(经济科目)');
    expect(rec.tables.expenditure?.sheet).toBe('支出决算表');
    const plain = recognise(base);
    const fens = (r: ReturnType<typeof recognise>, id: 'generalBudgetExpenditure' | 'generalBudgetBasic' | 'govFund' | 'stateCapital') =>
      r.tables[id]?.rows.map((row) => [row.key, Object.entries(row.figures).map(([c, f]) => `${c}=${f?.fen}`).join(' ')]);
    for (const id of ['generalBudgetExpenditure', 'generalBudgetBasic', 'govFund', 'stateCapital'] as const) {
      expect(fens(rec, id)).toEqual(fens(plain, id));
    }
    expect(rec.tables.generalBudgetExpenditure?.rows.length).toBeGreaterThan(3);
  });

  it('reads 财政拨款支出决算表(功能科目) and 财政拨款基本支出决算表(经济科目) as tables beyond the nine, and holds them to tables 04 and 05', () => {
    const rec = recognise(jiangsu);
    expect(rec.tables.fiscalExpenditure?.sheet).toBe('财政拨款支出决算表(功能科目)');
    expect(rec.tables.fiscalBasic?.sheet).toBe('财政拨款基本支出决算表(经济科目)');
    const totals = (id: 'fiscalExpenditure' | 'generalBudgetExpenditure') => {
      const total = rec.tables[id]?.rows.find((r) => r.key === 'total');
      return [total?.figures.total?.fen, total?.figures.basic?.fen, total?.figures.project?.fen];
    };
    expect(totals('fiscalExpenditure')).toEqual(totals('generalBudgetExpenditure'));
    expect(totals('fiscalExpenditure')[0]).toBeGreaterThan(0);
    // Not said missing where a set prints none.
    expect(recognise(base).missing).toEqual([]);
    // Nor listed among the tables of the 公开说明 (the nine's list, as the set of nine gives it).
    const { supplement: data } = parseSupplementJson(JSON.parse(JSON.stringify(changji2022Supplement)));
    const listed = generateNarrative(rec, data, xinjiang).parts.filter((p) => p.kind === 'tables').flatMap((p) => p.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.code] : []))));
    expect(listed).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    const { supplement } = parseSupplementJson(JSON.parse(JSON.stringify(changji2022Supplement)));
    // A wrong total (100.00 more in 合计 and 项目支出, as if 政府性基金 spent it, which table 04 does not say) is found.
    const wrong = {
      sheets: jiangsu.sheets.map((s) => (s.name === '财政拨款支出决算表(功能科目)' ? { ...s, rows: [...s.rows.slice(0, 3), ['合计', 1463.45, 645.23, 818.22]] } : s)),
    };
    const found = runAudit({ recognition: recognise(wrong), supplement, grid: wrong }).filter((f) => f.rule === 'fiscal-expenditure-tables');
    expect(found.map((f) => `${f.severity} ${f.message}`)).toEqual([
      expect.stringMatching(/^error 财政拨款支出决算表（功能科目）的合计 1,463\.45 ?万元，与财政拨款收入支出决算总表的本年支出合计 1,363\.45 ?万元不符/),
      expect.stringMatching(/^error .*合计行的合计 1,463\.45 ?万元，与《一般公共预算支出决算表》/),
      expect.stringMatching(/^error .*合计行的项目支出 818\.22 ?万元/),
    ]);
  });

  it('audits them as the sample’s own workbook: the same findings, the tables called as the page titles them', () => {
    const { supplement } = parseSupplementJson(JSON.parse(JSON.stringify(changji2022Supplement)));
    const findings = (g: WorkbookGrid) => runAudit({ recognition: recognise(g), supplement, grid: g }).map((f) => `${f.rule} ${f.severity} ${f.message}`);
    const own = findings(base).map((m) => m.replace(/一般公共预算财政拨款支出决算表/g, '一般公共预算支出决算表'));
    expect(findings(jiangsu)).toEqual(own);
  });

  it('writes the 公开说明 the sample’s own workbook gives (§五 and §六 from tables 05 and 06, no gap; 08 and 09 by the page’s titles)', () => {
    const { supplement } = parseSupplementJson(JSON.parse(JSON.stringify(changji2022Supplement)));
    const text = (g: WorkbookGrid) =>
      explanationPart(generateNarrative(recognise(g), supplement, xinjiang))
        .sections.map((x) => x.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : 'text' in b ? b.text : '')).join('\n'))
        .join('\n');
    const own = text(base);
    expect(own).toContain('一般公共预算财政拨款支出');
    // The empty tables 08 and 09 named as the page titles them.
    const named = text(jiangsu).replace('政府性基金预算支出决算表', '政府性基金预算财政拨款收入支出决算表').replace('国有资本经营预算支出决算表', '国有资本经营预算财政拨款收入支出决算表');
    expect(named).toBe(own);
  });
});
