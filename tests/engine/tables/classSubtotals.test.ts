/**
 * Subject tables (03, 05) printed with a 小计 row closing each 类's block: the 类 row a blank heading, or the 类 with
 * its figures and the 小计 repeating them. The 小计 is the 类's figures, read once; the text word for word the plain
 * layout's.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import type { BlockTableId } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { runAudit } from '../../../src/engine/audit/audit';
import { figureOf } from '../../../src/engine/tables/model';
import { indicatorRows } from '../../../src/engine/supplement/indicators';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { withClassSubtotals, withSectionSubtotalsOnly, withSheetRows } from '../../support/layouts';

const supplement = parseSupplementJson(changji2022Supplement).supplement;
const plainGrid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
const lines = (g: typeof plainGrid) => documentLines(generateNarrative(recognise(g), supplement, PRESETS.xinjiang!)).map((l) => l.text ?? String(l));

const IDS: BlockTableId[] = ['expenditure', 'generalBudgetExpenditure'];

describe.each(IDS)('table %s with a 小计 closing each 类', (id) => {
  const plainRec = recognise(plainGrid);
  const plainClasses = plainRec.tables[id]!.rows.filter((r) => r.level === 'class');

  it('reads a blank 类 heading’s figures from its 小计, says so once, and the text is the plain layout’s', () => {
    const g = withClassSubtotals(plainGrid, id, true);
    const rec = recognise(g);
    const classes = rec.tables[id]!.rows.filter((r) => r.level === 'class');
    expect(classes.map((r) => [r.code, figureOf(rec.tables[id]!, r.code!, 'total')?.fen])).toEqual(
      plainClasses.map((r) => [r.code, figureOf(plainRec.tables[id]!, r.code!, 'total')?.fen]),
    );
    const notices = rec.problems.filter((p) => p.message.includes('小计'));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.kind).toBe('incomplete-form');
    expect(plainRec.problems).toEqual([]);
    expect(rec.problems.filter((p) => p !== notices[0])).toEqual([]);
    expect(runAudit({ recognition: plainRec, supplement, grid: plainGrid }).filter((f) => f.severity === 'error')).toEqual([]);
    expect(runAudit({ recognition: rec, supplement, grid: g }).filter((f) => f.severity === 'error')).toEqual([]);
    expect(lines(g)).toEqual(lines(plainGrid));
  });

  it('reads a 小计 equal to its 类 silently', () => {
    const g = withClassSubtotals(plainGrid, id, false);
    const rec = recognise(g);
    expect(rec.problems).toEqual([]);
    expect(runAudit({ recognition: rec, supplement, grid: g }).filter((f) => f.severity === 'error')).toEqual([]);
    expect(lines(g)).toEqual(lines(plainGrid));
  });

  it('names both cells where a 小计 differs from its 类', () => {
    const g = withClassSubtotals(plainGrid, id, false, 1);
    const rec = recognise(g);
    const found = rec.problems.filter((p) => p.message.includes('小计'));
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found.every((p) => p.message.includes('类') && /[A-Z]+\d+/.test(p.message))).toBe(true);
    expect(found).toHaveLength(plainClasses.length);
  });
});

describe('table 05 with blank 类 headings and no 小计 closing them', () => {
  it('keeps each 类 in §五（二） as a gap, not left out', () => {
    const t0 = recognise(plainGrid).tables.generalBudgetExpenditure!;
    const classes = t0.rows.filter((r) => r.level === 'class');
    const rows = new Set(classes.map((r) => r.labelCell!.row));
    const figureCols = new Set(t0.columns.map((c) => c.col));
    const g = withSheetRows(plainGrid, t0.sheet, (rs) => rs.map((r, i) => (rows.has(i) ? r.map((v, c) => (figureCols.has(c) ? null : v)) : [...r])));
    // §五（二）'s list (`1. 一般公共服务支出(类)1,225.73万元，占89.90%。`), not §五（三）'s 支出决算数为 lines.
    const structure = (ls: string[]) => ls.filter((l) => /^\d+\. /.test(l) && l.includes('(类)') && !l.includes('支出决算数为'));
    const text = structure(lines(g));
    expect(text).toHaveLength(classes.length);
    for (const c of classes) {
      const plainLine = structure(lines(plainGrid)).find((l) => l.includes(`${c.label}(类)`))!;
      const line = text.find((l) => l.includes(`${c.label}(类)`));
      expect(line).toBeDefined();
      expect(line).not.toBe(plainLine);
      expect(line).not.toContain('0.00万元');
    }
    // The 说明数据 sheet says the same: the 类's 本年数 missing, not the blank cell's 0.
    const indicators = indicatorRows(recognise(g), supplement);
    for (const c of classes) expect([c.code, indicators.find((r) => r.key === c.code)?.current]).toEqual([c.code, { kind: 'missing' }]);
  });
});

describe('table 05 with blank 类 headings and a 小计 closing each 款, none the 类', () => {
  it('reads a 类 of one 款 as its 款’s 小计, and never a 类 of several 款 as one 款’s', () => {
    // 208 given a second 款 (20899 其他社会保障和就业支出 1.00, its 项 2089999), its 类 row 1.00 more.
    const sheet = recognise(plainGrid).tables.generalBudgetExpenditure!.sheet;
    const twoSections = withSheetRows(plainGrid, sheet, (rows) =>
      rows.flatMap((r) => {
        if (r[0] === '208') return [[r[0], r[1], (r[2] as number) + 1, (r[3] as number) + 1, r[4]!]];
        if (r[0] !== '210') return [[...r]];
        return [['20899', '其他社会保障和就业支出', 1, 1, 0], ['2089999', '其他社会保障和就业支出', 1, 1, 0], [...r]];
      }),
    );
    const plainRec = recognise(twoSections);
    expect(plainRec.problems).toEqual([]);
    const plain = plainRec.tables.generalBudgetExpenditure!;
    const rec = recognise(withSectionSubtotalsOnly(twoSections, 'generalBudgetExpenditure'));
    const t = rec.tables.generalBudgetExpenditure!;
    const sections = (code: string) => plain.rows.filter((r) => r.level === 'section' && r.code!.startsWith(code)).length;
    const classes = plain.rows.filter((r) => r.level === 'class');
    expect(classes.some((c) => sections(c.code!) >= 2)).toBe(true);
    for (const c of classes) {
      const fen = figureOf(t, c.code!, 'total')?.fen ?? null;
      expect([c.code, fen]).toEqual([c.code, sections(c.code!) >= 2 ? null : figureOf(plain, c.code!, 'total')!.fen]);
    }
  });
});

describe('table 05 of 款 and 项 (no 类 rows) with blank 款 headings and no 小计 closing them', () => {
  // 208 given a second 款 (20899 其他社会保障和就业支出 1.00, its 项 2089999), each 类 row left out, each 款 with 项
  // under it a blank heading: the 类 is its 款's sum, the blank one read as 0.
  const sheet = recognise(plainGrid).tables.generalBudgetExpenditure!.sheet;
  const t0 = recognise(plainGrid).tables.generalBudgetExpenditure!;
  const figureCols = new Set(t0.columns.map((c) => c.col));
  const g = withSheetRows(plainGrid, sheet, (rows) =>
    rows.flatMap((r) => {
      const code = typeof r[0] === 'string' ? r[0] : '';
      if (/^\d{3}$/.test(code)) return [];
      if (code === '20805') return [r.map((v, c) => (figureCols.has(c) ? null : v)), ['20899', '其他社会保障和就业支出', 1, 1, 0], ['2089999', '其他社会保障和就业支出', 1, 1, 0]];
      if (/^\d{5}$/.test(code)) return [r.map((v, c) => (figureCols.has(c) ? null : v))];
      return [[...r]];
    }),
  );

  it('lists each 类 whose blank 款 spent through its 项 as a gap in §五（二）, never the other 款’s sum', () => {
    const t = recognise(g).tables.generalBudgetExpenditure!;
    expect(t.rows.some((r) => r.level === 'class')).toBe(false);
    expect(figureOf(t, '20899', 'total')?.fen).toBe(1_000_000);
    const structure = lines(g).filter((l) => /^\d+\. /.test(l) && l.includes('(类)') && !l.includes('支出决算数为'));
    const line208 = structure.find((l) => l.includes('社会保障和就业支出(类)'));
    expect(line208).toBeDefined();
    expect(line208).not.toContain('1.00万元');
    expect(line208).toContain('请填写');
    for (const l of structure) expect(l).not.toMatch(/\(类\)0\.00万元/);
  });

  it('leaves that 类’s 本年数 missing on the 说明数据 sheet, as the text does, not its other 款’s 1.00', () => {
    const rows = indicatorRows(recognise(g), supplement);
    expect(rows.find((r) => r.key === '208')?.current).toEqual({ kind: 'missing' });
    expect(rows.find((r) => r.key === '201')?.current).toEqual({ kind: 'missing' });
  });
});
