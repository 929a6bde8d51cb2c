/**
 * Reading the 说明数据 JSON (DOMAIN §4, a contract). Unknown keys and values of the wrong kind are reported,
 * never silently ignored; everything valid is kept.
 */
import { AMOUNT_FIELDS, canonicalIndicatorKey, canonicalMatterKey, MATTER_KEYS, TEXT_FIELDS, UNIT_KINDS, UnitKind } from './keys';
import { supplementOf } from './supplement';
import { parseFigure, readAmount } from './amount';
import { shownText, unreadableFigure } from './readSheet';
import { parseJson } from '../jsonText';
import type { IndicatorInput, Sourced, Supplement } from './supplement';

export interface SupplementProblem {
  /** JSON path such as `指标.收入总计.上年数`. */
  readonly path: string;
  readonly message: string;
}

/**
 * The text of a JSON file as a value, or why it is not JSON: the same words for the command line and the pane
 * (a byte-order mark, which Windows Notepad writes, is not an error).
 */
export function parseJsonText(text: string): { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly message: string } {
  return parseJson(text);
}

/** 说明数据 problems as lines, each naming its JSON path or cell's place (stderr on the command line, a list in the pane). */
export function supplementProblemLines(problems: readonly { readonly message: string; readonly path?: string }[]): string[] {
  return problems.map((p) => (p.path !== undefined ? `说明数据 ${shownText(p.path)}：${p.message}` : `说明数据：${p.message}`));
}

function data<T>(value: T, path: string): Sourced<T> {
  return { value, source: { kind: 'data', path } };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function parseSupplementJson(json: unknown): { supplement: Supplement; problems: SupplementProblem[] } {
  const problems: SupplementProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });
  const indicators = new Map<string, IndicatorInput>();
  const matters = new Map<string, Sourced<string | number>>();
  if (!isRecord(json)) {
    report('', '说明数据应是一个 JSON 对象（{ "单位名称": …, "指标": {…}, "事项": {…} }）。');
    return { supplement: { 指标: indicators, 事项: matters }, problems };
  }
  let unitName: Sourced<string> | undefined;
  let year: Sourced<number> | undefined;
  let unitKind: Sourced<UnitKind> | undefined;
  for (const [key, value] of Object.entries(json)) {
    switch (key) {
      case '单位名称':
        if (typeof value === 'string' && value.trim()) unitName = data(value.trim(), key);
        else report(key, '“单位名称”应是文字。');
        break;
      case '年度':
        if (typeof value === 'number' && Number.isInteger(value) && value > 1990 && value < 2200) year = data(value, key);
        else report(key, '“年度”应是四位数的年份，如 2022。');
        break;
      case '单位性质':
        if ((UNIT_KINDS as readonly unknown[]).includes(value)) unitKind = data(value as UnitKind, key);
        else report(key, `“单位性质”应是 ${UNIT_KINDS.join('、')} 之一。`);
        break;
      case '指标':
        if (isRecord(value)) readIndicators(value, indicators, report);
        else report(key, '“指标”应是一个对象。');
        break;
      case '事项':
        if (isRecord(value)) readMatters(value, matters, report);
        else report(key, '“事项”应是一个对象。');
        break;
      default:
        report(key, `未知的项目“${shownText(key)}”：说明数据只有 单位名称、年度、单位性质、指标、事项。`);
    }
  }
  return {
    supplement: supplementOf({ unitName, year, unitKind, indicators, matters }),
    problems,
  };
}

function readIndicators(
  value: Record<string, unknown>,
  out: Map<string, IndicatorInput>,
  report: (path: string, message: string) => void,
): void {
  for (const [written, fields] of Object.entries(value)) {
    const path = `指标.${written}`;
    const key = canonicalIndicatorKey(written);
    if (key === undefined) {
      report(path, `未知的指标“${shownText(written)}”：指标名见 DOMAIN §4，或填 3、5、7 位功能分类科目编码。`);
      continue;
    }
    if (!isRecord(fields)) {
      report(path, `指标“${key}”应是一个对象，如 { "上年数": 100.00 }。`);
      continue;
    }
    const input: Record<string, Sourced<number> | Sourced<string>> = {};
    for (const [field, v] of Object.entries(fields)) {
      const at = `${path}.${field}`;
      if ((AMOUNT_FIELDS as readonly string[]).includes(field)) {
        const amount = typeof v === 'string' ? readAmount(v) : undefined;
        if (typeof v === 'number' && Number.isFinite(v)) input[field] = data(v, at);
        // Text as the form and the sheet read it (`"12.50万元"`, `"1,801.23"`, `"0元"`); another unit is asked as they ask it.
        else if (amount !== undefined) input[field] = data(amount, at);
        else if (v !== null) report(at, (typeof v === 'string' ? unreadableFigure(v, true, (t) => `“${key}”的${field}“${t}”`) : undefined) ?? `“${key}”的${field}应是数字（万元）。`);
      } else if ((TEXT_FIELDS as readonly string[]).includes(field)) {
        if (typeof v === 'string') {
          if (v.trim()) input[field] = data(v.trim(), at);
        } else if (v !== null) report(at, `“${key}”的${field}应是文字。`);
      } else {
        report(at, `指标“${key}”没有“${shownText(field)}”一项：可填 ${[...AMOUNT_FIELDS, ...TEXT_FIELDS].join('、')}。`);
      }
    }
    out.set(key, input as IndicatorInput);
  }
}

function readMatters(
  value: Record<string, unknown>,
  out: Map<string, Sourced<string | number>>,
  report: (path: string, message: string) => void,
): void {
  for (const [written, v] of Object.entries(value)) {
    const path = `事项.${written}`;
    const key = canonicalMatterKey(written);
    if (key === undefined) {
      report(path, `未知的事项“${shownText(written)}”。`);
      continue;
    }
    const kind = MATTER_KEYS[key]!;
    if (v === null) continue;
    if (kind === 'text') {
      if (typeof v === 'string') {
        if (v.trim()) out.set(key, data(v.trim(), path));
      } else report(path, `“${key}”应是文字。`);
      continue;
    }
    // Text as the form and the sheet read it: `"55.51万元"` of an amount, `"1200平方米"` of an area, `"25"` of a count.
    const parsed = typeof v === 'string' ? parseFigure(v, kind) : undefined;
    const n = typeof v === 'number' ? v : parsed?.kind === 'number' && !(kind === 'amount' && readAmount(v as string) === undefined) ? parsed.value : undefined;
    if (n !== undefined && Number.isFinite(n) && (kind !== 'count' || n >= 0)) {
      out.set(key, data(n, path));
    } else {
      const why = typeof v === 'string' ? unreadableFigure(v, kind === 'amount', (t) => `“${key}”现为“${t}”，`) : undefined;
      report(path, why ?? `“${key}”应是${kind === 'amount' ? '金额（万元）' : kind === 'area' ? '面积（平方米）' : '非负数'}。`);
    }
  }
}
