/**
 * T10: an indicator short of its target scores 分值 × 实际 / 目标 [ref: 1/5 × 15 = 3; 30/365 × 5 = 0.41; 1.17/4.50 × 6
 * = 1.56]. "Short" means below a target of =, ≥ or >; for a 成本指标 with a ≤ cap, spending less than the cap
 * (the reference scores those by the share spent). Indicators met score the full 分值. Text values (长期, 保障),
 * dates and values in different units are not compared. A difference is a 提示: the 自评 may have reasons.
 */
import { defineRule } from '../rule';
import type { Indicator } from '../../tables/model';
import { normalizeText } from '../../grid/normalize';
import { score, usable } from '../shared/performanceScoring';

interface Measure {
  readonly op: '=' | '>=' | '<=' | '>' | '<' | '';
  readonly value: number;
  readonly unit: string;
}

export function parseMeasure(text: string | undefined): Measure | undefined {
  if (!text) return undefined;
  const t = normalizeText(text).replace(/≥/g, '>=').replace(/≤/g, '<=').replace(/＝/g, '=');
  const m = /^(>=|<=|=|>|<)?(\d+(?:\.\d+)?)([^\d.]*)$/.exec(t);
  return m ? { op: (m[1] ?? '') as Measure['op'], value: Number(m[2]), unit: m[3]! } : undefined;
}

/** The score the rule expects, or undefined when the indicator cannot be compared. */
export function expectedScore(indicator: Indicator): number | undefined {
  const target = parseMeasure(indicator.target?.text);
  const achieved = parseMeasure(indicator.achieved?.text);
  const weight = indicator.weight?.value;
  if (!target || !achieved || weight === null || weight === undefined || target.unit !== achieved.unit || target.value === 0) return undefined;
  const ratio = achieved.value / target.value;
  const atLeast = target.op === '' || target.op === '=' || target.op === '>=' || target.op === '>';
  const costCap = (target.op === '<=' || target.op === '<') && /成本/.test(indicator.level2);
  if ((atLeast || costCap) && ratio < 1) return score(weight * ratio);
  return weight;
}

export default defineRule({
  id: 'performance-indicator-score',
  title: '项目支出绩效自评表：未达目标的指标按完成比例得分',
  severity: 'warning',
  tables: ['10'],
  messages: { mismatch: '绩效自评表“{project}”的指标“{indicator}”得分 {typed}：目标 {target}、完成 {achieved}，按完成比例应为 {expected}（分值 {weight}）。' },
  check(ctx) {
    for (const p of ctx.recognition.projects) {
      for (const indicator of p.indicators) {
        const s = indicator.score;
        const expected = expectedScore(indicator);
        if (!usable(s) || expected === undefined || Math.abs(s.value - expected) <= 0.005 + 1e-9) continue;
        ctx.report({
          messageId: 'mismatch',
          data: {
            project: p.name?.text ?? '',
            indicator: indicator.name.text,
            typed: s.value,
            target: indicator.target!.text,
            achieved: indicator.achieved!.text,
            expected,
            weight: indicator.weight!.value!,
          },
          cells: [s.cell, indicator.achieved!.cell, indicator.target!.cell],
          values: [s.value, expected],
          difference: s.value - expected,
          unit: '分',
        });
      }
    }
  },
});
