/**
 * Sentences as published by departments of many regions (fixtures/reference/real-wordings.txt, helper-h110: 四川, 广西
 * 梧州, 上海 嘉定, 湖南, 中国科学院, 云南 昆明/临沧, 甘肃 天水, 安徽 怀远/杜集/宣州, 广东 汕头/湛江, 浙江 龙泉/衢江, 北京 朝阳,
 * 重庆, …; helper-h134: 山东 省本级/青岛/潍坊/济南, 河南 省级, 湖北 鄂城, 内蒙古 鄂尔多斯, 海南 省本级/交通运输厅/审计厅,
 * 财政部, 广西 鹿寨, 重庆 黔江/铜梁/梁平, 杭州 钱塘, 四川 大邑/井研, 湖南 南县, 安徽 寿县/六安, 昆明 五华, 衢江 2016), copied
 * with their own figures, each internally consistent. With no tables to compare with, only the text's own arithmetic is
 * read (shares, changes, completion rates, bounds, years): none may be flagged. Their shapes are the unusual ones real
 * documents use (元 with and without separators, 下降100 %, 与上年持平, 较上年无增减, 上年无该预算, brackets after an
 * amount, a budget stated before its 决算, 亿元, 万 without 元, 1, 537.4 with a space after its separator, 上升, 增幅,
 * 较2014年相比, 较年初预算减少32% with no budget stated).
 */
import { readFileSync } from 'fs';
import path from 'path';
import { runAudit } from '../../../src/engine/audit/audit';
import { RULES } from '../../../src/engine/audit/rules';
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { sheet } from '../../support/ruleTester';

const TEXT_RULES = RULES.filter((r) => r.id.startsWith('text-'));

interface Source {
  readonly year: number;
  readonly url: string;
  readonly lines: string[];
}

const sources: Source[] = [];
for (const raw of readFileSync(path.join(__dirname, '../../../fixtures/reference/real-wordings.txt'), 'utf8').split('\n')) {
  const line = raw.trim();
  if (line === '' || line.startsWith('#')) continue;
  const header = /^@ (\d{4}) (\S+)/.exec(line);
  if (header) sources.push({ year: Number(header[1]), url: header[2]!, lines: [] });
  else sources[sources.length - 1]!.lines.push(line);
}

describe('sentences as published, internally consistent', () => {
  it('come from many departments', () => {
    expect(sources.length).toBeGreaterThanOrEqual(55);
    expect(sources.reduce((n, s) => n + s.lines.length, 0)).toBeGreaterThanOrEqual(178);
  });

  it.each(sources.map((s) => [s.url, s] as const))('%s: flagged by no text rule', (_url, source) => {
    const { supplement, problems } = parseSupplementJson({ 年度: source.year, 指标: {}, 事项: {} });
    expect(problems).toEqual([]);
    const grid = { sheets: [sheet('公开说明', source.lines.map((l) => [l]))] };
    const findings = runAudit({ recognition: recognise(grid), supplement, grid }, TEXT_RULES)
      .filter((f) => f.severity !== 'rounding')
      .map((f) => `${f.rule} ${source.lines[Number(/(\d+)$/.exec(f.cells.find((c) => c.includes('公开说明')) ?? '0')![1]) - 1]} → ${f.message}`);
    expect(findings).toEqual([]);
  });
});
