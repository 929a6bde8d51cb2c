/**
 * Every figure the 公开说明 states is held to the tables or the 说明数据: the document each preset writes for the two
 * fixtures (新疆's sample and the 上海 one), typed into the workbook, and then each of its amounts and rates changed in
 * turn, as an accountant mistypes one. A change no text rule flags is a wrong figure that would be published unseen.
 *
 * Each figure is changed twice: alone, and with the rates of its sentence taken out. A rate beside an amount checks
 * the amount against the rate, not against the tables: a wrong amount with a rate worked from it (or with no rate at
 * all) passed where the amount itself was never compared (与年初预算数相比情况：…决算数…, 与2023年度相比，…增加…).
 */
import { runAudit } from '../../../src/engine/audit/audit';
import { RULES } from '../../../src/engine/audit/rules';
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { shanghai, xinjiang } from '../../../src/engine/narrative/presets';
import type { Preset } from '../../../src/engine/narrative/preset';
import { documentLines } from '../../../src/engine/narrative/sheet';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { shanghai2024 } from '../../../fixtures/shanghai-2024/tables';
import { shanghai2024Supplement } from '../../../fixtures/shanghai-2024/supplement';
import { sheet } from '../../support/ruleTester';

const TEXT_RULES = RULES.filter((r) => r.id.startsWith('text-'));

/** An amount in 万元 or 元, or a rate: the figures a sentence states (0 is left alone: 0.00万元 changed is still 0-like). */
const FIGURE = /\d[\d,]*\.\d+(?=万元|元|%)/g;

/**
 * A 预算 the 说明数据 lacks is a placeholder in the text (年初预算为【请填写：…】万元，): taken out, as the accountant would
 * either fill it or drop it, so that the 决算 after it is read as typed text reads it.
 */
const BUDGET_PLACEHOLDER = /年初预算(?:为|数)?【请填写：[^】]*】万元，/g;

function documentOf(grid: WorkbookGrid, json: unknown, preset: Preset): { lines: string[]; audit: (lines: string[]) => string[] } {
  const { supplement } = parseSupplementJson(JSON.parse(JSON.stringify(json)));
  const lines = documentLines(generateNarrative(recognise(grid), supplement, preset)).map((l) => l.text.replace(BUDGET_PLACEHOLDER, ''));
  const audit = (typed: string[]) => {
    const withText = { ...grid, sheets: [...grid.sheets, sheet('公开说明', typed.map((l) => [l]))] };
    return runAudit({ recognition: recognise(withText), supplement, grid: withText }, TEXT_RULES)
      .filter((f) => f.severity !== 'rounding')
      .map((f) => f.id);
  };
  return { lines, audit };
}

/** The line with its figure at `at` changed to `wrong`, and the sentence's other rates taken out where `dropRates`. */
function changed(line: string, at: number, written: string, wrong: string, dropRates: boolean): string {
  const text = line.slice(0, at) + wrong + line.slice(at + written.length);
  if (!dropRates) return text;
  let start = 0;
  return text
    .split(/(?<=[，,；;。])/)
    .filter((clause) => {
      const keep = !clause.includes('%') || (at >= start && at < start + clause.length);
      start += clause.length;
      return keep;
    })
    .join('');
}

/** A figure far from the right one, at its written precision. */
function mistyped(written: string): string {
  const decimals = written.split('.')[1]!.length;
  return (Number(written.replace(/,/g, '')) * 1.37 + 3.3).toFixed(decimals);
}

describe('the audit holds every figure of the 公开说明 the presets write', () => {
  const cases = [
    ['新疆’s sample', toGrid(buildWorkbook(changji2022, standardPlan(changji2022))), changji2022Supplement],
    ['the 上海 fixture', toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024))), shanghai2024Supplement],
  ] as const;
  const presets = [
    ['新疆', xinjiang],
    ['上海', shanghai],
  ] as const;

  it.each(cases.flatMap(([name, grid, json]) => presets.map(([presetName, preset]) => [name, presetName, grid, json, preset] as const)))(
    '%s in the %s preset: each figure changed (alone, and with its sentence’s rates taken out) is flagged',
    (_name, _preset, grid, json, preset) => {
      const { lines, audit } = documentOf(grid, json, preset);
      const before = new Set(audit(lines));
      const unflagged: string[] = [];
      let figures = 0;
      lines.forEach((line, i) => {
        for (const m of line.matchAll(FIGURE)) {
          if (Number(m[0].replace(/,/g, '')) === 0) continue;
          figures++;
          const wrong = mistyped(m[0]);
          const versions = new Set([changed(line, m.index!, m[0], wrong, false), changed(line, m.index!, m[0], wrong, true)]);
          for (const version of versions) {
            const typed = lines.map((l, j) => (j === i ? version : l));
            if (audit(typed).every((id) => before.has(id))) unflagged.push(`${m[0]} → ${wrong}: ${version}`);
          }
        }
      });
      expect(figures).toBeGreaterThan(60);
      expect(unflagged).toEqual([]);
    },
  );
});
