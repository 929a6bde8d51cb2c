/**
 * A RuleTester in the manner of ESLint's: each case is a workbook (the bundled sample's data laid out as a
 * grid, with edits, or sheets built from row arrays) and optionally 说明数据; `valid` cases must give no finding
 * of the rule, `invalid` cases exactly the findings listed.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/engine/grid/cell';
import { parseA1 } from '../../src/engine/grid/address';
import { recognise } from '../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../src/engine/supplement/json';
import { runAudit } from '../../src/engine/audit/audit';
import type { Rule, Severity } from '../../src/engine/audit/rule';
import type { Finding } from '../../src/engine/audit/finding';
import { generateNarrative } from '../../src/engine/narrative/generate';
import { PRESETS } from '../../src/engine/narrative/presets';
import { documentLines } from '../../src/engine/narrative/sheet';
import { changji2022 } from '../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../fixtures/workbook';
import { applyPlanToGrid } from '../../src/engine/plan/applyToGrid';
import { supplementPlan } from '../../src/engine/workflow';

type Json = { 单位性质?: string; 年度?: number; 指标: Record<string, Record<string, unknown>>; 事项: Record<string, unknown> };

/** A fresh grid of the bundled sample (its rows can be edited). */
export function sample(): WorkbookGrid {
  return toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
}

/** The sample with the 说明数据 sheet the pane creates from the sample's 说明数据 JSON. */
export function sampleWithSupplementSheet(): WorkbookGrid {
  const grid = sample();
  return applyPlanToGrid(grid, supplementPlan(grid, sampleData()));
}

/** A sheet from row arrays. */
export function sheet(name: string, rows: CellValue[][]): SheetGrid {
  return { name, rows };
}

export function sampleData(): Json {
  return JSON.parse(JSON.stringify(changji2022Supplement)) as Json;
}

/**
 * A 说明数据 with every 上年数 and 预算 multiplied by `factor`, rounded to 0.01 万元 (changed in place, and returned):
 * typed in 元 (10,000), or against tables in 元 read as 万元 (1/10,000).
 */
export function scaleAmounts(json: Json, factor: number): Json {
  for (const entry of Object.values(json.指标)) {
    for (const field of ['上年数', '年初预算数', '全年预算数']) {
      const v = entry[field];
      if (typeof v === 'number') entry[field] = Math.round(v * factor * 100) / 100;
    }
  }
  return json;
}

/** The sample's 公开说明 as a sheet, one paragraph per row (what a careful accountant would have typed). */
export function narrativeSheet(preset: 'xinjiang' | 'shanghai' = 'xinjiang'): SheetGrid {
  const grid = sample();
  const doc = generateNarrative(recognise(grid), parseSupplementJson(sampleData()).supplement, PRESETS[preset]!);
  return sheet('公开说明', documentLines(doc).map((l) => [l.text]));
}

export interface Case {
  readonly name: string;
  /** The workbook; the sample by default. */
  readonly grid?: () => WorkbookGrid;
  /** Cells to change: [sheet, A1, value]. */
  readonly edits?: readonly (readonly [string, string, CellValue])[];
  /** Sheets to add. */
  readonly sheets?: readonly SheetGrid[];
  /** Changes to the sample's 说明数据. */
  readonly data?: (json: Json) => void;
}

export interface ValidCase extends Case {
  /** 尾差 findings the workbook carries by design (the reference's own rounding gaps). */
  readonly rounding?: number;
}

export interface ExpectedFinding {
  readonly severity: Severity;
  /** The finding's first cell (sheet-qualified A1), or null for a finding without cells. */
  readonly first: string | null;
  /** Cells the finding must also name. */
  readonly includes?: readonly string[];
  /** Words the message must contain. */
  readonly message?: string;
}

export interface InvalidCase extends Case {
  readonly errors: readonly ExpectedFinding[];
}

/** The findings of one rule on a case's workbook and 说明数据, as testRule runs it. */
export function findingsOf(rule: Rule, c: Case): Finding[] {
  const base = c.grid ? c.grid() : sample();
  const grid: WorkbookGrid = { ...base, sheets: [...base.sheets, ...(c.sheets ?? [])] };
  for (const [name, a1, value] of c.edits ?? []) {
    const s = grid.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    const { row, col } = parseA1(a1);
    const rows = s.rows as CellValue[][];
    while (rows.length <= row) rows.push([]);
    rows[row]![col] = value;
  }
  const json = sampleData();
  c.data?.(json);
  const { supplement, problems } = parseSupplementJson(json);
  if (problems.length) throw new Error(JSON.stringify(problems));
  return runAudit({ recognition: recognise(grid), supplement, grid }, [rule]);
}

export function testRule(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(rule.id, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_name, c) => {
      const findings = findingsOf(rule, c);
      expect(findings.filter((f) => f.severity !== 'rounding').map((f) => f.message)).toEqual([]);
      expect(findings.filter((f) => f.severity === 'rounding')).toHaveLength(c.rounding ?? 0);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_name, c) => {
      const findings = findingsOf(rule, c);
      expect(findings.map((f) => [f.severity, f.cells[0] ?? null])).toEqual(c.errors.map((e) => [e.severity, e.first]));
      findings.forEach((f, i) => {
        const e = c.errors[i]!;
        for (const cell of e.includes ?? []) expect(f.cells).toContain(cell);
        if (e.message) expect(f.message).toContain(e.message);
        expect(f.message).not.toMatch(/\{[^}]+\}|undefined|NaN/);
      });
    });
  });
}
