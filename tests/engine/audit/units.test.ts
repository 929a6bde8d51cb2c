/**
 * Findings speak the workbook's own unit (issue 9, part 5). On the sample in 元 with a few figures changed
 * (fixtures/yuan.ts) every money message says 元 with the figures as the 元 tables show them, the tolerance of a
 * 尾差 too, and the values are those figures exactly; a relation across a 元 and a 万元 table speaks 万元 and says
 * so; the 检查结果 sheet writes each 差额 with its unit.
 */
import { runAudit } from '../../../src/engine/audit/audit';
import { RULES } from '../../../src/engine/audit/rules';
import type { Finding } from '../../../src/engine/audit/finding';
import { flagPlan } from '../../../src/engine/audit/flags';
import { formatMeasure } from '../../../src/engine/audit/measure';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import type { PlanCell } from '../../../src/engine/plan/plan';
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, expectedFigures, standardPlan, toGrid } from '../../../fixtures/workbook';
import { yuanWorkbook } from '../../../fixtures/yuan';
import { roundHalfAwayFromZero } from '../../../src/engine/grid/money';
import { printCents } from '../../../src/engine/tables/cents';
import { classify, toleranceAtActualUnit } from '../../../src/engine/audit/tolerance';
import { narrativeSheet, sample, sampleData } from '../../support/ruleTester';
import { explain, narrativeRefusal } from '../../../src/engine/workflow';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { groupFindings } from '../../../src/engine/audit/numbering';

function audit(grid: WorkbookGrid): Finding[] {
  return runAudit({ recognition: recognise(grid), supplement: parseSupplementJson(sampleData()).supplement, grid });
}

const byRule = (findings: readonly Finding[], rule: string) => findings.filter((f) => f.rule === rule);

describe('a workbook in 元', () => {
  const grid = toGrid(yuanWorkbook());
  const findings = audit(grid);

  it('is read in 元: the nine tables and every 自评表', () => {
    const rec = recognise(grid);
    expect(new Set([...Object.values(rec.tables).map((t) => t.unit), ...rec.projects.map((p) => p.unit)])).toEqual(new Set(['元']));
  });

  it('has findings of table rules, cross-table rules, a 尾差 and the 自评表 rules', () => {
    const rules = new Set(findings.map((f) => f.rule));
    for (const rule of ['subject-total-classes', 'general-budget-row', 'general-budget-matches-basic', 'summary-balance', 'performance-funds', 'performance-rate', 'performance-fund-score']) {
      expect(rules).toContain(rule);
    }
  });

  it('says every amount in 元, never 万元, with its unit on the finding', () => {
    for (const f of findings) {
      // The indicator message quotes the 自评表's own text (目标 <=8万元), not an amount of ours.
      if (f.rule !== 'performance-indicator-score') expect(f.message).not.toContain('万元');
    }
    const money = findings.filter((f) => f.unit === '元');
    expect(money.length).toBeGreaterThanOrEqual(12);
    // Every other finding is a 自评 score or rate, with its own unit.
    expect(findings.filter((f) => f.unit !== '元').map((f) => f.unit).sort()).toEqual(['%', '分', '分', '分']);
    // The difference as its absolute amount, the message saying which side is larger (少 5.96 元, not -5.96 元).
    for (const f of money) expect(f.message).toContain(formatMeasure(Math.abs(f.difference!), '元'));
    for (const f of money) expect(f.message).not.toContain(`-${formatMeasure(Math.abs(f.difference!), '元')}`);
  });

  it('prints the figures as the 元 table shows them and carries them exactly', () => {
    const [basic] = byRule(findings, 'general-budget-matches-basic');
    expect(basic!.message).toBe('一般公共预算财政拨款支出决算表的基本支出合计 6,452,305.96 元，与基本支出决算表人员经费、公用经费合计之和 6,452,300.00 元不符，多 5.96 元。');
    expect([basic!.values, basic!.difference, basic!.unit]).toEqual([[6_452_305.96, 5_778_400, 673_900], 5.96, '元']);
    const classes = byRule(findings, 'subject-total-classes').find((f) => f.cells[0] === '一般公共预算财政拨款支出决算表!D6')!;
    expect(classes.message).toBe('一般公共预算财政拨款支出决算表“基本支出”列：合计 6,452,305.96 元，与各类之和 6,452,200.00 元不符，多 105.96 元。');
    expect(classes.difference).toBe(105.96);
  });

  it('states the tolerance of a 尾差 in 元', () => {
    const [balance] = byRule(findings, 'summary-balance');
    expect(balance!.severity).toBe('rounding');
    expect(balance!.message).toBe('收入支出决算总表的收入总计 14,882,900.00 元与支出总计 14,882,900.30 元不相等，收入总计少 0.30 元（在尾差允许的 1.00 元以内）。');
    expect(balance!.difference).toBe(-0.3);
  });

  it('speaks the 自评表 amounts in its unit, its rates in % and its scores in 分', () => {
    const [funds] = byRule(findings, 'performance-funds');
    expect(funds!.message).toContain('年度资金总额 2,280,000.00 元，与当年财政拨款、上年结转资金、其他资金之和 2,270,000.55 元不符，多 9,999.45 元。');
    const [rate] = byRule(findings, 'performance-rate');
    expect(rate!.message).toContain('执行率为 90.00%，按全年执行数 2,280,000.00 元 ÷ 全年预算数 2,280,000.00 元 应为 100.00%');
    expect([rate!.values, rate!.difference, rate!.unit]).toEqual([[90, 100], -10, '%']);
    const [score] = byRule(findings, 'performance-fund-score');
    expect([score!.values, score!.difference, score!.unit]).toEqual([[9.5, 9], 0.5, '分']);
  });

  it('writes each 差额 of the 检查结果 sheet with its unit', () => {
    const plan = flagPlan(grid, findings, new Map());
    const op = plan.ops.find((o) => o.op === 'setCells' && o.sheet === '检查结果');
    const rows = (op as { cells: readonly (readonly (PlanCell | undefined)[])[] }).cells;
    const header = rows.findIndex((r) => r[0]?.value === '编号');
    expect(rows[header]![6]!.value).toBe('差额');
    const differences = rows.slice(header + 1).map((r) => r[6]!.value);
    expect(differences).toHaveLength(findings.length);
    expect(differences).toContain('5.96 元');
    expect(differences).toContain('-0.30 元');
    expect(differences).toContain('-10.00%');
    for (const d of differences) expect(String(d)).toMatch(/^-?[\d,]+\.\d{2}( 元| 分|%)$/);
  });
});

describe('a relation across a 元 table and a 万元 table', () => {
  /** Table 01 in 元 with 本年收入合计 (C32) `extra` 元 over, table 02 (收入决算表) in 万元. */
  function mixed(extra: number): WorkbookGrid {
    const yuan = toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { unit: '元' }));
    const wan = sample();
    const row = yuan.sheets.find((s) => s.name === '收入支出决算总表')!.rows[31] as CellValue[];
    row[2] = (row[2] as number) + extra;
    return { sheets: yuan.sheets.map((s) => (s.name === '收入决算表' ? wan.sheets.find((w) => w.name === s.name)! : s)) };
  }
  const findings = audit(mixed(200));

  it('speaks the coarser unit, comparing the 元 figure as 万元 shows it, and says so', () => {
    const [match] = byRule(findings, 'summary-matches-income').filter((f) => f.cells.includes('收入支出决算总表!C32'));
    expect(match!.message).toBe(
      '收入支出决算总表的本年收入合计 1,372.81 万元，与收入决算表合计行的本年收入合计 1,372.79 万元不符，多 0.02 万元（收入支出决算总表的金额单位为元，按万元比较）。',
    );
    expect([match!.values, match!.difference, match!.unit]).toEqual([[1372.81, 1372.79], 0.02, '万元']);
  });

  it('keeps the relations within the 元 table in 元', () => {
    const [year] = byRule(findings, 'summary-year-income');
    expect(year!.message).toContain('多 200.00 元');
    expect(year!.unit).toBe('元');
  });

  it('finds nothing where the 元 figures are the 万元 ones to the displayed cent', () => {
    expect(byRule(audit(mixed(49.99)), 'summary-matches-income')).toEqual([]);
  });
});

describe('tables in 元 that print 分', () => {
  const T7 = '财政拨款三公经费支出决算表';
  /**
   * The sample with table 07 in 元 kept to the 分 (预算 then 决算: 合计, 出国, 小计, 购置, 运行, 接待), its 决算 合计 as
   * given; the other tables in 万元.
   */
  function withCents(actualTotal: number): WorkbookGrid {
    const grid = sample();
    const rows = grid.sheets.find((s) => s.name === T7)!.rows as CellValue[][];
    rows[1]![11] = '单位：元';
    rows[6] = [50_000.37, 0, 48_000.25, 0, 48_000.25, 2_000.12, actualTotal, 0, 47_900.37, 0, 47_900.37, 2_000.12];
    return grid;
  }

  it('are read as printing 分; tables rounded to whole 元 are not (one mistyped 0.30 among them)', () => {
    expect(recognise(withCents(49_900.49)).tables.threePublicCosts!.cents).toBe(true);
    const whole = Object.values(recognise(toGrid(yuanWorkbook())).tables);
    expect(whole.filter((t) => t.cents)).toEqual([]);
  });

  it('are told as a set: round figures among tables that print 分 are of them, 分 among whole 元 are not', () => {
    const whole = Object.values(recognise(toGrid(yuanWorkbook())).tables);
    const kept = recognise(withCents(49_900.49)).tables.threePublicCosts!;
    expect(printCents([kept])).toBe(true);
    // The 元 set's other tables, rounded to whole 元: 07's 分 are the exception.
    expect(printCents([...whole.filter((t) => t.code !== '07'), kept])).toBe(false);
    // L1 of helper-73 (scratch/hunt, FINE=1): 01–06 to the 分, 07's budgets round (300,000.00); 07's 1.23 元 went as 尾差.
    const round = { ...kept, rows: kept.rows.map((r) => ({ ...r, figures: Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, { ...f, fen: f.fen === null ? null : Math.round(f.fen / 100) * 100 }])) })) };
    expect(printCents([round])).toBe(false);
    expect(printCents([kept, kept, round])).toBe(true);
  });

  it('tolerate half a 分 for every figure of a sum, however many (figures stored finer than the 分 they show)', () => {
    // helper-84: a 合计 of twenty parts each stored 1,000.0049 元 (shown 1,000.00) shows 20,000.10: 10 分 over 5 分 at a cap.
    expect([classify(10, 21, '元', true), classify(11, 21, '元', true)]).toEqual(['rounding', 'error']);
    expect([classify(1, 2, '元', true), classify(2, 2, '元', true)]).toEqual(['rounding', 'error']);
    expect(classify(500, 21, '元')).toBe('rounding');
  });

  it('hold their sums to the 分: a 合计 off by 1.23 元 is a 错误, not a 尾差', () => {
    // Before: 1.23 元 within the 2.00 元 a sum of four whole-元 figures tolerates, a 尾差 an accountant reads as rounding.
    expect(byRule(audit(withCents(49_900.49)), 'three-public-total')).toEqual([]);
    const [total] = byRule(audit(withCents(49_901.72)), 'three-public-total');
    expect([total!.severity, total!.difference]).toEqual(['error', 1.23]);
    const [nearly] = byRule(audit(withCents(49_900.5)), 'three-public-total');
    expect([nearly!.severity, nearly!.message]).toEqual(['rounding', expect.stringContaining('（在尾差允许的 0.02 元以内）')]);
  });
});

describe('a table read in the wrong unit: one cause, not one 不符 per figure it repeats', () => {
  /** The sample with every figure of `sheet` multiplied by `factor`, and `unitCell` (its unit line) emptied or kept. */
  function rescaled(sheet: string, factor: number, unitCell?: [number, number]): WorkbookGrid {
    const grid = sample();
    const rows = grid.sheets.find((s) => s.name === sheet)!.rows as CellValue[][];
    rows.forEach((row, r) => {
      if (r < 5) return;
      row.forEach((v, c) => {
        if (typeof v === 'number' && c > 0) row[c] = Math.round(v * factor * 100) / 100;
      });
    });
    if (unitCell) rows[unitCell[0]]![unitCell[1]] = null;
    return grid;
  }
  /** Findings of rules other than table-unit-scale with a cell in `sheet` and one elsewhere. */
  const across = (findings: readonly Finding[], sheet: string) =>
    findings.filter((f) => f.rule !== 'table-unit-scale' && f.cells.some((c) => c.startsWith(`${sheet}!`)) && f.cells.some((c) => !c.startsWith(`${sheet}!`)));

  it('table 01 in 千元 with no unit line: the 不符 of 01 with 02, 03 and 04 folded into the finding that says why', () => {
    // Before: eight 错误 "收入支出决算总表的本年收入合计 13,727.90 万元，与收入决算表…不符" around the one naming the unit.
    const findings = audit(rescaled('收入支出决算总表', 10, [1, 5]));
    const [cause, ...more] = byRule(findings, 'table-unit-scale');
    expect(more).toEqual([]);
    expect(cause!.severity).toBe('error');
    expect(cause!.message).toMatch(/表中金额看来是以千元为单位.*。此表与别处（其他表、说明数据或说明文字）的另 \d+ 处不符由此而来，未逐一列出：改正金额单位后请再检查一次。$/);
    expect(across(findings, '收入支出决算总表')).toEqual([]);
    // Its own relations (all hold at any unit) and its reading notice stay.
    expect(findings.filter((f) => f.rule === 'reading-notices' && f.cells[0] === '收入支出决算总表!A1')).toHaveLength(1);
  });

  it('folds only what the table takes part in: a 不符 between two other tables stays, said on its own', () => {
    const grid = rescaled('收入支出决算总表', 10, [1, 5]);
    // Table 05's 合计 typed 1.00 万元 over: 04 against 05, neither read wrong.
    const row = grid.sheets.find((s) => s.name === '一般公共预算财政拨款支出决算表')!.rows[5] as CellValue[];
    row[2] = (row[2] as number) + 1;
    const kept = audit(grid).filter((f) => f.rule === 'fiscal-matches-general-budget');
    expect(kept.map((f) => f.severity)).toContain('error');
  });

  /** The grid with the sample's own 公开说明 (right in every figure of the true unit) as a sheet; `edit` changes its text. */
  const withText = (grid: WorkbookGrid, edit: (text: string) => string = (t) => t, preset: 'xinjiang' | 'shanghai' = 'xinjiang'): WorkbookGrid => {
    const text = narrativeSheet(preset);
    return { ...grid, sheets: [...grid.sheets, { ...text, rows: text.rows.map((r) => [edit(String(r[0]))]) }] };
  };
  /** The 错误 of the text rules (text-*) left beside the cause, but for the gaps 上海's template leaves to fill in. */
  const textErrors = (findings: readonly Finding[]) => findings.filter((f) => f.rule.startsWith('text-') && f.rule !== 'text-template-leftovers' && f.severity === 'error');

  it.each([
    // Before: six 错误 on §七 (说明文字“减少0.02万元,下降0.40%”：三公经费合计本年 49.90万元…应为增加44.89 万元; …增减率应为 0.04%),
    // the accountant's right text worked out from the figures read ten times too large, naming only the text's cell.
    ['财政拨款三公经费支出决算表', [1, 11], 'xinjiang'],
    // Before: text-budget on 上海's §七 (完成预算的99.79%：按预算 48.00万元、决算 4.79万元 应为 9.98%), of table 07's 预算数.
    ['财政拨款三公经费支出决算表', [1, 11], 'shanghai'],
    // Before: text-change-words on 收入总计 and 支出总计 (本年 14,882.90万元), text-shares on 占本年支出合计的91.61% (应为 9.16%).
    ['收入支出决算总表', [1, 5], 'xinjiang'],
  ] as const)('%s in 千元 with no unit line (%#): the text rules’ 不符 worked out from its figures folded into the cause too', (sheet, unitCell, preset) => {
    const findings = audit(withText(rescaled(sheet, 10, [...unitCell]), undefined, preset));
    const [cause, ...more] = byRule(findings, 'table-unit-scale');
    expect(more).toEqual([]);
    expect(cause!.message).toContain('表中金额看来是以千元为单位');
    expect(textErrors(findings).map((f) => f.message)).toEqual([]);
  });

  it('a text rule’s 不符 that does not come of the table stays, said on its own', () => {
    // Table 07 read ten times too large; the text's share of 其他收入 (of tables 01 and 03) typed 0.86% for 0.68%.
    const findings = audit(withText(rescaled('财政拨款三公经费支出决算表', 10, [1, 11]), (t) => t.replace('9.34万元，占0.68%', '9.34万元，占0.86%')));
    expect(textErrors(findings).map((f) => [f.rule, f.message])).toEqual([['text-shares', expect.stringContaining('占比应为 0.68%')]]);
  });

  it('a rate the text states wrongly of two figures of the misread table stays, said on its own: it is wrong in any unit', () => {
    // Both 预算 and 决算 of table 07, read ten times too large: 完成预算的50.00% is 100.00% in any unit the table is read in.
    // Folded (review h178), the 错误 showed only after the unit was mended.
    const edit = (t: string) => t.replace('公务接待费支出决算为0.20万元，完成预算的100.00%', '公务接待费完成预算的50.00%');
    expect(narrativeSheet('shanghai').rows.some((r) => String(r[0]).includes('公务接待费支出决算为0.20万元，完成预算的100.00%'))).toBe(true);
    const findings = audit(withText(rescaled('财政拨款三公经费支出决算表', 10, [1, 11]), edit, 'shanghai'));
    expect(byRule(findings, 'table-unit-scale')).toHaveLength(1);
    expect(textErrors(findings).map((f) => [f.rule, f.message])).toEqual([['text-budget', expect.stringContaining('应为 100.00%')]]);
    expect(textErrors(findings)[0]!.message).toContain('所引金额按《财政拨款“三公”经费支出决算表》现有的单位读取，而该表的金额单位看来有误');
  });

  /** The sample in 元, every table's unit line emptied but those of `stating` (kept, 单位：元). */
  const allInYuan = (stating: readonly string[] = [], inWan: readonly string[] = []): WorkbookGrid => {
    const book = buildWorkbook(changji2022, standardPlan(changji2022));
    const grid = toGrid(book);
    const sheets = grid.sheets.map((x) => ({ ...x, rows: x.rows.map((r) => [...r]) }));
    for (const f of expectedFigures(book)) {
      const row = sheets.find((x) => x.name === f.sheet)!.rows[f.cellRow] as CellValue[];
      const v = row[f.cellCol];
      if (typeof v === 'number' && !inWan.includes(f.sheet)) row[f.cellCol] = Math.round(v * 1_000_000) / 100;
    }
    for (const x of sheets) {
      (x.rows as CellValue[][]).slice(0, 4).forEach((row) =>
        row.forEach((v, c) => typeof v === 'string' && v.startsWith('单位：') && (row[c] = stating.includes(x.name) ? '单位：元' : null)),
      );
    }
    return { ...grid, sheets };
  };

  it('every table in 元 with no unit line: the text’s 不符 with the tables the 说明数据 tells are in 元 folded into theirs', () => {
    // Before: 86 错误 of the text rules (text-figures 43, text-budget-figures 20, text-change-words 18, text-shares 5)
    // beside the five findings saying the tables are in 元, the accountant's right text held to figures 10,000 times too large.
    const findings = audit(withText(allInYuan()));
    const causes = byRule(findings, 'table-unit-scale');
    expect(causes.map((f) => f.message)).toEqual(causes.map(() => expect.stringMatching(/表中金额看来是以元为单位.*另 \d+ 处不符由此而来/)));
    const told = causes.map((f) => f.cells[0]!.split('!')[0]!);
    expect(told).toHaveLength(5);
    // The two tables the 说明数据 does not tell (收入决算表, 支出决算表: none of its 指标 is theirs alone), read in 万元 for
    // want of a unit line as the five are: named by the first cause, the text's 不符 with them folded into it. Before:
    // four 错误 (说明文字写“财政拨款收入1,363.45万元”，而收入决算表中为 13,634,500.00 万元; 基本支出, 项目支出, 其他收入).
    expect(causes[0]!.message).toContain('《收入决算表》、《支出决算表》也找不到金额单位，已按万元读取，与此表一致，看来同样是以元为单位：请一并写明单位。');
    expect(causes.slice(1).map((f) => f.message)).toEqual(causes.slice(1).map(() => expect.not.stringContaining('也找不到金额单位')));
    // The count folded into the first is of the three tables it names, said so (not "此表", the first alone); the others each
    // name one table.
    expect(causes[0]!.message).toMatch(/。这 3 张表与别处（其他表、说明数据或说明文字）的另 \d+ 处不符由此而来，未逐一列出：改正金额单位后请再检查一次。$/);
    expect(causes.slice(1).map((f) => f.message)).toEqual(causes.slice(1).map(() => expect.stringMatching(/。此表与别处（其他表、说明数据或说明文字）的另 \d+ 处不符由此而来/)));
    expect(textErrors(findings).map((f) => f.message)).toEqual([]);
  });

  it('a table in 万元 among them is not one of them: the text’s 不符 with its figures stays, said on its own', () => {
    // 收入决算表 in 万元 with no unit line, read rightly; the text's 财政拨款收入 typed 1,363.54 for its 1,363.45.
    const findings = audit(withText(allInYuan([], ['收入决算表']), (t) => t.replace('财政拨款收入1,363.45万元', '财政拨款收入1,363.54万元')));
    const causes = byRule(findings, 'table-unit-scale');
    expect(causes.map((f) => f.message).join('')).not.toContain('《收入决算表》也');
    expect(textErrors(findings).map((f) => [f.rule, f.cells[1], f.message])).toEqual([['text-figures', '收入决算表!D6', expect.stringContaining('财政拨款收入1,363.54万元')]]);
  });

  it('one table stating 单位：元 among tables in 元 with none: the tables with no unit line are told, never the one stating it', () => {
    // Before: "《收入决算表》写明以元为单位（I2），而其合计行的本年收入合计 13,727,900.00 元只是《收入支出决算总表》本年收入合计
    // 13,727,900.00 万元的 1/10,000：表中金额看来是以万元为单位": the tables that said nothing of their unit outvoted the one that did.
    const findings = audit(withText(allInYuan(['收入决算表'])));
    const causes = byRule(findings, 'table-unit-scale');
    expect(causes.map((f) => f.message).join('')).not.toContain('写明以元为单位');
    expect(causes.map((f) => f.cells[0]!.split('!')[0])).not.toContain('收入决算表');
    expect(causes.map((f) => f.message)).toEqual(causes.map(() => expect.stringMatching(/^《[^》]+》找不到金额单位，已按万元读取.*看来(同样)?是以元为单位/)));
    // 01 and 04, that repeat its figures, told by it: 13,727,900.00 万元 is its 13,727,900.00 元 ten thousand times.
    expect(causes.find((f) => f.cells[0] === '收入支出决算总表!A1')!.message).toContain('是《收入决算表》合计行的本年收入合计 13,727,900.00 元的 10,000 倍：表中金额看来是以元为单位');
    expect(causes.map((f) => f.cells[0])).toContain('财政拨款收入支出决算总表!A1');
    expect(textErrors(findings).map((f) => f.message)).toEqual([]);
  });

  it('a table stating 单位：万元 with 元 in it among tables in 万元 with no unit line is still the one told', () => {
    // Both read as 万元: no gap of units between them, so the unit line does not outweigh the others' figures.
    const grid = allInYuan([], ['收入支出决算总表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算表', '支出决算表', '财政拨款三公经费支出决算表']);
    const rows = grid.sheets.find((x) => x.name === '收入决算表')!.rows as CellValue[][];
    rows[1]![8] = '单位：万元';
    const causes = byRule(audit(grid), 'table-unit-scale');
    expect(causes.map((f) => f.message)).toEqual([expect.stringMatching(/^《收入决算表》写明以万元为单位（I2）.*表中金额看来是以元为单位/)]);
  });

  it('one table stating 单位：元 with 万元 in it among tables in 万元 with none (the 说明数据 in 万元 agreeing with them) is still the one told', () => {
    // review h195: the unit line outweighed the others' figures and the 说明数据 alike. The tables with no unit line were
    // called 元, fits() then dropped them (they agree with the 说明数据), and the table truly misread (its figures read a
    // ten-thousandth of what they are) was named by no finding: its 不符 with the text stood unexplained.
    const all = ['收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算表', '财政拨款三公经费支出决算表', '政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款收入支出决算表'];
    const findings = audit(withText(allInYuan(['收入决算表'], all)));
    const causes = byRule(findings, 'table-unit-scale');
    expect(causes.map((f) => f.cells[0]!.split('!')[0])).toContain('收入决算表');
    expect(causes.find((f) => f.cells[0]!.startsWith('收入决算表!'))!.message).toContain('看来是以万元为单位');
    // Before: no cause, and 10 错误 said each on its own (6 of them the text's, right in 万元, held to figures read in 元).
    expect(textErrors(findings).map((f) => f.message)).toEqual([]);
  });

  it('a share the text states wrongly of figures of tables at one scale stays, said on its own: it is wrong in any unit', () => {
    // 财政拨款收入 of 02 over 本年收入合计 of 01, both read as 万元 and both in 元: 99.32% whatever their unit. Before: the
    // 93.32% typed for it folded into the cause of 01 ("另 16 处不符由此而来"), shown only after the unit lines were written.
    const findings = audit(withText(allInYuan(), (t) => t.replace('财政拨款收入1,363.45万元，占99.32%', '财政拨款收入1,363.45万元，占93.32%')));
    expect(byRule(findings, 'table-unit-scale')).toHaveLength(5);
    expect(textErrors(findings).map((f) => [f.rule, f.message])).toEqual([['text-shares', expect.stringContaining('占比应为 99.32%')]]);
    // The amounts it quotes are as read, 10,000 times what they are: said to be in doubt, with the tables whose unit is
    // (before: "（13,634,500.00 万元 ÷ 13,727,900.00 万元）" with no word of it).
    expect(textErrors(findings)[0]!.message).toMatch(
      /（13,634,500\.00 万元 ÷ 13,727,900\.00 万元），文中为 93\.32%（所引金额按《(收入决算表|收入支出决算总表)》、《(收入决算表|收入支出决算总表)》现有的单位读取，而这些表的金额单位看来有误（见其金额单位的错误），实际金额不是这样；占比与单位无关）。$/,
    );
    // Stated rightly, it is quiet (as every share of the test above).
    expect(textErrors(audit(withText(allInYuan()))).map((f) => f.message)).toEqual([]);
  });

  it('two groups of tables no relation joins (01–03 in 万元, 04–09 in 元, 04’s 收入 typed off): a share across them folded, the 万元 tables never called 元', () => {
    // 01–03 in 万元 and the rest in 元, none with a unit line; 04's 本年收入合计 and 一般公共预算财政拨款收入 (the figures
    // joining it to 01 and 02) typed 1.00 万元 over, so that no relation joins the two groups: each reads 0 against its own.
    // Before (review h195): text-shares "1,363.45万元,占本年支出合计的91.61%：占比应为 916118.50%" (05's 元 over 01's 万元) a
    // 错误 of its own, and the first cause said "《收入决算表》、《支出决算表》…看来同样是以元为单位" of the tables in 万元.
    const grid = allInYuan([], ['收入支出决算总表', '收入决算表', '支出决算表']);
    const rows = grid.sheets.find((x) => x.name === '财政拨款收入支出决算总表')!.rows as CellValue[][];
    for (const r of [5, 31]) rows[r]![2] = (rows[r]![2] as number) + 10_000;
    const findings = audit(withText(grid));
    const causes = byRule(findings, 'table-unit-scale');
    expect(causes.map((f) => f.cells[0]!.split('!')[0])).toEqual(['财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算表', '财政拨款三公经费支出决算表']);
    expect(causes.map((f) => f.message).join('')).not.toContain('也找不到金额单位');
    expect(textErrors(findings).map((f) => f.message)).toEqual([]);
    // Nor is a 不符 between the two groups' tables left aside: 04's with 02, folded into 04's cause.
    expect(findings.filter((f) => f.rule === 'fiscal-matches-income')).toEqual([]);
  });

  /** The sample with each table's figures in `unitOf(sheet)` (万元 where undefined) and its unit line `lineOf(sheet)` (none where undefined). */
  const inUnits = (unitOf: (sheet: string) => '元' | '千元' | undefined, lineOf: (sheet: string) => string | undefined): WorkbookGrid => {
    const book = buildWorkbook(changji2022, standardPlan(changji2022));
    const grid = toGrid(book);
    const sheets = grid.sheets.map((x) => ({ ...x, rows: x.rows.map((r) => [...r]) }));
    for (const f of expectedFigures(book)) {
      const row = sheets.find((x) => x.name === f.sheet)!.rows[f.cellRow] as CellValue[];
      const v = row[f.cellCol];
      const factor = { 元: 10_000, 千元: 10, 万元: 1 }[unitOf(f.sheet) ?? '万元'];
      if (typeof v === 'number') row[f.cellCol] = Math.round(v * factor * 100) / 100;
    }
    for (const x of sheets) {
      (x.rows as CellValue[][]).slice(0, 4).forEach((row) => row.forEach((v, c) => typeof v === 'string' && v.startsWith('单位：') && (row[c] = lineOf(x.name) ?? null)));
    }
    return { ...grid, sheets };
  };

  it('one table stating 单位：元 among tables in 千元 with no unit line: the tables with none told, in 千元, those joined only to them too', () => {
    // Before: no finding at all (by the majority the 元 table read a tenth of its size, which no misreading of 元 gives),
    // and 85 错误 of the text, right in 万元, held to the tables' figures read ten times too large (97 错误 in all; after: 11).
    const grid = inUnits((x) => (x === '收入决算表' ? '元' : '千元'), (x) => (x === '收入决算表' ? '单位：元' : undefined));
    const findings = audit(withText(grid));
    const causes = byRule(findings, 'table-unit-scale');
    expect(causes.map((f) => f.cells[0]!.split('!')[0])).toEqual(['收入支出决算总表', '财政拨款收入支出决算总表', '财政拨款三公经费支出决算表']);
    expect(causes.map((f) => f.message)).toEqual(causes.map(() => expect.stringMatching(/^《[^》]+》找不到金额单位，已按万元读取.*表中金额看来是以千元为单位/)));
    expect(causes[0]!.message).toContain('是《收入决算表》合计行的本年收入合计 13,727,900.00 元的 10 倍');
    // 03 (joined to 01 alone), 05 and 06 (to 04, and 05): no relation joins them to the table read right; named by the first cause.
    expect(causes[0]!.message).toContain('《支出决算表》、《一般公共预算财政拨款支出决算表》、《一般公共预算财政拨款基本支出决算表》也按万元读取，其数与读错的表重复的数相等，看来同样是以千元为单位：请一并改正单位。');
    expect(textErrors(findings).map((f) => f.message)).toEqual([]);
  });

  const SEVEN = '《收入支出决算总表》、《收入决算表》、《支出决算表》、《财政拨款收入支出决算总表》、《一般公共预算财政拨款支出决算表》、《一般公共预算财政拨款基本支出决算表》、《财政拨款“三公”经费支出决算表》';

  it('every table in 千元 with no unit line: told by the 公开说明 (its amounts each a tenth of the tables’), once, the text’s 不符 folded into it', () => {
    // Before: no unit finding (the tables agree with each other, and the 说明数据's 上年数 against figures ten times too
    // large read as growth) and 86 错误 of the text rules (text-figures 43, text-budget-figures 20, text-change-words 18,
    // text-shares 5), the accountant's right text held to figures read ten times too large; the generated text said them so.
    const findings = audit(withText(inUnits(() => '千元', () => undefined)));
    const causes = byRule(findings, 'table-unit-scale');
    expect(causes.map((f) => [f.severity, f.cells])).toEqual([['error', ['收入支出决算总表!A1', '公开说明!A10', '收入支出决算总表!C35']]]);
    expect(causes[0]!.message).toMatch(
      new RegExp(`^${SEVEN}找不到金额单位，已按万元读取，而公开说明中的 \\d+ 个金额都正好是表中相应数的 1/10（如“收入总计1,488.29万元”，《收入支出决算总表》中为 14,882.90 万元）：表中金额看来是以千元为单位.*请在各表的标题下写明“单位：千元”.*另 89 处不符由此而来`),
    );
    expect(textErrors(findings).map((f) => f.message)).toEqual([]);
    // The first the pane lists.
    expect(findings[0]!.id).toBe(causes[0]!.id);
    // The 公开说明 is not generated from figures ten times too large.
    const explained = explain(withText(inUnits(() => '千元', () => undefined)), PRESETS.xinjiang!, sampleData());
    expect(explained.blockers.map((f) => f.rule)).toEqual(['table-unit-scale']);
    expect(narrativeRefusal(explained)[1]).toMatch(/^收入支出决算总表!A1：.*看来是以千元为单位/);
  });

  it('the cause first of its table’s 错误 in the pane, before a 错误 of the table’s own (a rule sorted before it)', () => {
    const grid = withText(inUnits(() => '千元', () => undefined));
    const rows = grid.sheets.find((x) => x.name === '收入支出决算总表')!.rows as CellValue[][];
    rows[34]![2] = (rows[34]![2] as number) + 50;
    const findings = audit(grid);
    const [first] = groupFindings(findings);
    expect(first!.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['table-unit-scale', 'summary-balance', 'summary-income-total']);
  });

  it('every table in 元 with no unit line and no 说明数据: told by the 公开说明 (a ten-thousandth of the tables’), once', () => {
    const grid = withText(allInYuan());
    const findings = runAudit({ recognition: recognise(grid), supplement: parseSupplementJson({}).supplement, grid });
    const causes = byRule(findings, 'table-unit-scale');
    expect(causes.map((f) => f.message)).toEqual([expect.stringMatching(new RegExp(`^${SEVEN}找不到金额单位.*1/10,000.*看来是以元为单位`))]);
    expect(textErrors(findings).map((f) => f.message)).toEqual([]);
  });

  it('the tables in 万元 with no unit line, read rightly: the text’s few amounts a tenth of theirs are its own 错误, said each, no unit finding', () => {
    const typos = (t: string) => t.replace('财政拨款收入1,363.45万元', '财政拨款收入136.35万元').replace('收入总计1,488.29万元', '收入总计148.83万元').replace('支出总计1,488.29万元', '支出总计148.83万元');
    const findings = audit(withText(inUnits(() => undefined, () => undefined), typos));
    expect(byRule(findings, 'table-unit-scale')).toEqual([]);
    expect(byRule(findings, 'text-figures').length).toBeGreaterThanOrEqual(3);
    // Nor the tables stating 单位：千元 (read rightly) beside the sample's text.
    expect(byRule(audit(withText(inUnits(() => '千元', () => '单位：千元'))), 'table-unit-scale')).toEqual([]);
  });

  it('a table in 元 read as 万元 that a cause names: its own 尾差 judged at 元, said so; a 错误 at 元 stays one', () => {
    // The sample in 元 (fixtures/yuan.ts), every unit line emptied: table 01's 收入总计 and 支出总计 0.30 apart. Before: two
    // 错误 "收入总计少 0.30 万元" beside the cause saying the table is in 元, where with 单位：元 they are 尾差 (within 1.00 元).
    const book = toGrid(yuanWorkbook());
    const grid = { ...book, sheets: book.sheets.map((x) => ({ ...x, rows: x.rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('单位：') ? null : v))) })) };
    const findings = audit(grid);
    expect(byRule(findings, 'table-unit-scale').map((f) => f.cells[0])).toContain('收入支出决算总表!A1');
    const [balance] = byRule(findings, 'summary-balance');
    expect([balance!.severity, balance!.difference, balance!.unit]).toEqual(['rounding', -0.3, '元']);
    expect(balance!.message).toBe(
      '收入支出决算总表的收入总计 14,882,900.00 元与支出总计 14,882,900.30 元不相等，收入总计少 0.30 元（该表金额看来实际以元为单位，见其金额单位的错误，以上按元列出：在尾差允许的 1.00 元以内）。',
    );
    expect(byRule(findings, 'summary-expenditure-total').map((f) => f.severity)).toEqual(['rounding']);
    // 5.96 元 between 05's 合计 and its 基本支出 and 项目支出: beyond a 尾差 in 元 too.
    expect(byRule(findings, 'general-budget-row').map((f) => f.severity)).toEqual(['error']);
    // A table in 千元 read as 万元 (a tenth of the unit, the same two decimals): its tolerance as read is the one at 千元.
    expect([toleranceAtActualUnit('万元', '元'), toleranceAtActualUnit('万元', '千元'), toleranceAtActualUnit('千元', '元')]).toEqual([100, 1, 100]);
  });

  it('two tables in 元 read as 万元, each with its own cause: a 不符 between them beyond a 尾差 in 元 stays a 错误 of its own, judged at 元', () => {
    // The sample in 元 (fixtures/yuan.ts), every unit line emptied: tables 05 and 06 each named by a cause of their own (元
    // read as 万元), 05's 基本支出 合计 5.96 元 over 06's 人员经费 and 公用经费. Before: the 不符 folded into 05's cause as
    // "另 1 处", unsaid, though the figures of both are read alike and 5.96 元 is beyond a 尾差 at 元 as at 万元.
    const book = toGrid(yuanWorkbook());
    const grid = { ...book, sheets: book.sheets.map((x) => ({ ...x, rows: x.rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('单位：') ? null : v))) })) };
    const findings = audit(grid);
    const causes = byRule(findings, 'table-unit-scale');
    expect(causes.map((f) => f.table)).toEqual(expect.arrayContaining(['05', '06']));
    const basic = byRule(findings, 'general-budget-matches-basic');
    // Its figures quoted in 元, the unit they are in (6,452,305.96 万元 as read is ten thousand times the amount).
    expect(basic.map((f) => [f.severity, f.difference, f.unit])).toEqual([['error', 5.96, '元']]);
    expect(basic[0]!.message).toMatch(/^一般公共预算财政拨款支出决算表的基本支出合计 6,452,305\.96 元，与基本支出决算表人员经费、公用经费合计之和 6,452,300\.00 元不符，多 5\.96 元（这些表金额看来实际以元为单位，见其金额单位的错误，以上按元列出：超出尾差允许的 [\d.]+ 元）。$/);
    // Nothing left folded into 05's cause (its one 不符 elsewhere was this one).
    expect(causes.find((f) => f.table === '05')!.message).not.toMatch(/另 \d+ 处/);
  });

  it('a table in 元 read as 万元 against a 说明数据 amount given in a JSON file (at no cell): folded into the cause, the 万元 never quoted as 元', () => {
    // The sample in 元, every unit line emptied; 公用经费's 本年数 given as 67.39 (万元, right: table 06's 673,900.00 元).
    // Before: not folded (its one cell in table 06) but judged again at 元: "说明数据“指标·公用经费·本年数” 67.39 元，与决算表中的本年数
    // 673,900.00 元不符，少 673,832.61 元", the 说明数据's 万元 quoted as 元 and a 错误 of a right figure.
    const book = toGrid(yuanWorkbook());
    const grid = { ...book, sheets: book.sheets.map((x) => ({ ...x, rows: x.rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('单位：') ? null : v))) })) };
    const data = sampleData() as { 指标: Record<string, object> };
    data.指标.公用经费 = { ...data.指标.公用经费, 本年数: 67.39 };
    const findings = runAudit({ recognition: recognise(grid), supplement: parseSupplementJson(data).supplement, grid });
    const cause = byRule(findings, 'table-unit-scale').find((f) => f.table === '06');
    expect(cause!.message).toMatch(/。此表与别处（其他表、说明数据或说明文字）的另 1 处不符由此而来/);
    expect(byRule(findings, 'supplement-current-figures')).toEqual([]);
    expect(findings.map((f) => f.message)).toEqual(findings.map(() => expect.not.stringContaining('67.39 元')));
  });

  it('tables in 元 that print 分 read as 万元 that a cause names: a sum 0.30 元 off stays a 错误 (half a 分 a figure), not a 尾差 of whole 元', () => {
    // Every table with no unit line, its figures (1,488.29) 元 kept to the 分: the 公开说明 states them in 万元 (0.1488万元).
    const text = (t: string) => t.replace(/(\d[\d,]*(?:\.\d+)?)万元/g, (_, n: string) => `${(Number(n.replace(/,/g, '')) / 10_000).toFixed(4)}万元`);
    const grid = withText(inUnits(() => undefined, () => undefined), text);
    const rows = grid.sheets.find((x) => x.name === '收入支出决算总表')!.rows as CellValue[][];
    rows[34]![2] = roundHalfAwayFromZero((rows[34]![2] as number) + 0.3, 2);
    const findings = runAudit({ recognition: recognise(grid), supplement: parseSupplementJson({}).supplement, grid });
    expect(byRule(findings, 'table-unit-scale').map((f) => f.message)).toEqual([expect.stringMatching(/1\/10,000.*看来是以元为单位/)]);
    expect(byRule(findings, 'summary-balance').map((f) => f.severity)).toEqual(['error']);
    // Its figures quoted in 元 as the others' (before: "收入总计多 0.30 万元", the judgement as read kept and its unit too).
    expect(byRule(findings, 'summary-balance').map((f) => [f.unit, f.message])).toEqual([
      ['元', expect.stringMatching(/^收入支出决算总表的收入总计 1,488\.59 元与支出总计 1,488\.29 元不相等，收入总计多 0\.30 元（该表金额看来实际以元为单位，见其金额单位的错误，以上按元列出：超出尾差允许的 0\.01 元）。$/)],
    ]);
  });

  it('tables in 元 a cause names together, read as 万元: a 尾差 of 0.30 元 between two of them judged at 元 too, said so', () => {
    // Every table in 元 with no unit line, told by the 公开说明; 收入决算表's 合计 0.30 元 over the 收入支出决算总表's. Before:
    // its two relations within 收入决算表 a 尾差 at 元, its relation with 收入支出决算总表 a 错误 "少 0.30 万元".
    const grid = withText(allInYuan());
    const rows = grid.sheets.find((x) => x.name === '收入决算表')!.rows as CellValue[][];
    const r = rows.findIndex((row) => row.some((v) => typeof v === 'string' && /合计/.test(v)) && row.some((v) => typeof v === 'number'));
    const c = rows[r]!.findIndex((v) => typeof v === 'number');
    rows[r]![c] = (rows[r]![c] as number) + 0.3;
    const findings = runAudit({ recognition: recognise(grid), supplement: parseSupplementJson({}).supplement, grid });
    expect(byRule(findings, 'table-unit-scale').map((f) => f.severity)).toEqual(['error']);
    expect(byRule(findings, 'summary-matches-income').map((f) => [f.severity, f.message])).toEqual([
      [
        'rounding',
        '收入支出决算总表的本年收入合计 13,727,900.00 元，与收入决算表合计行的本年收入合计 13,727,900.30 元不符，少 0.30 元（这些表金额看来实际以元为单位，见其金额单位的错误，以上按元列出：在尾差允许的 1.00 元以内）。',
      ],
    ]);
    expect(byRule(findings, 'income-row-sources').map((f) => f.severity)).toEqual(['rounding']);
  });

  it('tables in 千元 read as 万元 that a cause names: a 不符 among them quotes its figures in 千元 (as read in 万元 they are ten times the amount)', () => {
    // Every table in 千元 with no unit line, told by the 公开说明; 收入决算表's 合计 5.30 千元 over the 收入支出决算总表's.
    // Before: "少 5.30 万元" of figures "13,727.90 万元" (1,372.79 万元 in truth), beside the cause saying they are 千元.
    const grid = withText(inUnits(() => '千元', () => undefined));
    const rows = grid.sheets.find((x) => x.name === '收入决算表')!.rows as CellValue[][];
    const r = rows.findIndex((row) => row.some((v) => typeof v === 'string' && /合计/.test(v)) && row.some((v) => typeof v === 'number'));
    const c = rows[r]!.findIndex((v) => typeof v === 'number');
    rows[r]![c] = roundHalfAwayFromZero((rows[r]![c] as number) + 5.3, 2);
    const findings = runAudit({ recognition: recognise(grid), supplement: parseSupplementJson({}).supplement, grid });
    expect(byRule(findings, 'table-unit-scale').map((f) => f.message)).toEqual([expect.stringMatching(/看来是以千元为单位/)]);
    expect(byRule(findings, 'summary-matches-income').map((f) => [f.severity, f.unit, f.message])).toEqual([
      [
        'error',
        '千元',
        '收入支出决算总表的本年收入合计 13,727.90 千元，与收入决算表合计行的本年收入合计 13,733.20 千元不符，少 5.30 千元（这些表金额看来实际以千元为单位，见其金额单位的错误，以上按千元列出：超出尾差允许的 0.01 千元）。',
      ],
    ]);
    // Nothing said in 万元 of the misread tables' figures.
    expect(findings.filter((f) => f.rule !== 'table-unit-scale').map((f) => f.message)).toEqual(findings.filter((f) => f.rule !== 'table-unit-scale').map(() => expect.not.stringMatching(/\d 万元/)));
  });

  it('tables in 元 read as 万元 that a cause names: a 提示 among them (a part over its whole) quotes its figures in 元, still a 提示', () => {
    // Every table in 元 with no unit line, told by the 公开说明; 支出决算表's 行政运行 基本支出 typed below table 05's.
    // Before: "…2,000,000.00 万元" of figures in 元 (ten thousand times the amount), beside the cause saying they are 元.
    const grid = withText(allInYuan());
    (grid.sheets.find((x) => x.name === '支出决算表')!.rows[8] as CellValue[])[3] = 1_000_000;
    const findings = runAudit({ recognition: recognise(grid), supplement: parseSupplementJson({}).supplement, grid });
    expect(byRule(findings, 'table-unit-scale').map((f) => f.severity)).toEqual(['error']);
    const warnings = byRule(findings, 'general-budget-within-expenditure');
    expect(warnings.map((f) => [f.severity, f.unit])).toEqual([['warning', '元']]);
    expect(warnings[0]!.message).toMatch(/ 1,000,000\.00 元（多 1,231,400\.00 元；这些表金额看来实际以元为单位，见其金额单位的错误，以上按元列出）。$/);
    expect(warnings[0]!.message).not.toMatch(/\d 万元/);
  });

  it('without the rule that finds the unit (a run of the other rules alone) nothing is folded', () => {
    const grid = rescaled('收入支出决算总表', 10, [1, 5]);
    const all = runAudit({ recognition: recognise(grid), supplement: parseSupplementJson(sampleData()).supplement, grid }, RULES.filter((r) => r.id !== 'table-unit-scale'));
    expect(across(all, '收入支出决算总表').length).toBeGreaterThan(5);
  });
});

describe('figures stored finer than their table shows them (a quotient of 元 / 10,000 in a 万元 table)', () => {
  /** The sample with cells set to the values given, as a formula dividing 元 by 10,000 leaves them. */
  function stored(edits: readonly (readonly [string, number, number, number])[]): WorkbookGrid {
    const grid = sample();
    for (const [sheet, row, col, value] of edits) (grid.sheets.find((s) => s.name === sheet)!.rows[row] as CellValue[])[col] = value;
    return grid;
  }
  const T7 = '财政拨款三公经费支出决算表';

  it('a 合计 shown 5.00 over items shown 4.79 and 0.20: the 尾差 the printed table shows (none was said)', () => {
    // 决算 合计 G7 4.998, 用车 小计 I7 and 运行费 K7 4.794, 接待 L7 0.204: exactly equal as stored.
    const findings = audit(stored([[T7, 6, 6, 4.998], [T7, 6, 8, 4.794], [T7, 6, 10, 4.794], [T7, 6, 11, 0.204]]));
    const [total, ...more] = byRule(findings, 'three-public-total');
    expect(more).toEqual([]);
    expect([total!.severity, total!.values, total!.difference]).toEqual(['rounding', [5, 0, 4.79, 0.2], 0.01]);
    expect(total!.message).toContain('5.00 万元');
  });

  it('figures equal as shown (1,372.79 and 1,372.79) though not as stored: no finding (a 尾差 "少 0.00 万元" was said)', () => {
    const findings = audit(stored([['收入支出决算总表', 31, 2, 1372.794], ['收入决算表', 5, 2, 1372.786]]));
    const near = findings.filter((f) => f.cells.includes('收入支出决算总表!C32') || f.cells.includes('收入决算表!C6'));
    expect(near.map((f) => f.message)).toEqual([]);
  });
});
