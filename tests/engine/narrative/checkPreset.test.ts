/**
 * Presets are data a user can load: the shipped ones pass the check and round-trip through JSON unchanged; a
 * broken file is refused with Chinese messages naming the JSON path of each problem; a file for another region
 * writes its own words. And every placeholder a section's schema offers is one its generator fills.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { checkPreset, parsePreset, presetProblemLines } from '../../../src/engine/narrative/checkPreset';
import type { PresetCheck } from '../../../src/engine/narrative/checkPreset';
import { PRESETS, shanghai, xinjiang } from '../../../src/engine/narrative/presets';
import { explanationLayout, Preset } from '../../../src/engine/narrative/preset';
import { SECTION_IDS, SECTION_SCHEMAS } from '../../../src/engine/narrative/templates';
import type { Schema } from '../../../src/engine/narrative/schema';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { shanghai2024 } from '../../../fixtures/shanghai-2024/tables';
import { shanghai2024Supplement } from '../../../fixtures/shanghai-2024/supplement';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { FinalAccountsData } from '../../../fixtures/data';

type Editable = Record<string, unknown> & { templates: Record<string, Record<string, unknown>>; parts: Record<string, unknown>[] };

const PRESET_DIR = path.join(__dirname, '..', '..', '..', 'src', 'engine', 'narrative', 'presets');

/** A shipped preset file as a user would copy it, to edit. */
function copyOf(id: 'xinjiang' | 'shanghai'): Editable {
  return JSON.parse(readFileSync(path.join(PRESET_DIR, `${id}.json`), 'utf8')) as Editable;
}

function problems(result: PresetCheck): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : presetProblemLines(result.problems);
}

function text(data: FinalAccountsData, json: unknown, preset: Preset): string {
  const doc = generateNarrative(recognise(toGrid(buildWorkbook(data, standardPlan(data)))), parseSupplementJson(json).supplement, preset);
  return documentLines(doc).map((l) => l.text).join('\n');
}

describe('the shipped presets', () => {
  it('are JSON files that pass the check and read back as the presets in use', () => {
    for (const id of ['xinjiang', 'shanghai'] as const) {
      const result = parsePreset(readFileSync(path.join(PRESET_DIR, `${id}.json`), 'utf8'));
      expect(result).toEqual({ ok: true, preset: PRESETS[id] });
    }
  });

  it('survive a round trip through a file a user saved (the pane’s 下载当前格式)', () => {
    const saved = JSON.stringify(shanghai, null, 2);
    const loaded = parsePreset(saved);
    expect(loaded.ok && text(shanghai2024, shanghai2024Supplement, loaded.preset)).toBe(text(shanghai2024, shanghai2024Supplement, shanghai));
  });
});

describe('a preset file with mistakes is refused, each problem named by its JSON path', () => {
  it('not JSON at all', () => {
    expect(problems(parsePreset('{"id": "beijing",'))[0]).toMatch(/^不是有效的 JSON（.+）：请检查括号、引号和逗号。$/);
  });

  it('not JSON, said in Chinese with the line and column (the parser’s English and character offset were shown)', () => {
    expect(problems(parsePreset('{\n  "id": "a\tb"}'))).toEqual(['不是有效的 JSON（第2行第11列：字符串中有换行、制表符等控制字符，换行请写成 \\n）：请检查括号、引号和逗号。']);
    // After a byte-order mark (Windows Notepad writes one), counted from the first character the accountant sees.
    expect(problems(parsePreset('\uFEFF{"指标": {收入总计: 1}}'))).toEqual(['不是有效的 JSON（第1行第9列：名称应写在英文双引号中，或这里多了一个逗号）：请检查括号、引号和逗号。']);
    expect(problems(parsePreset('{"id": "a", "name": "b"'))[0]).toMatch(/^不是有效的 JSON（(文件末尾|第1行第24列)：.*）/);
    expect(problems(parsePreset('{"id": "a"} x'))[0]).toBe('不是有效的 JSON（第1行第13列：内容结束后还有多余的字符）：请检查括号、引号和逗号。');
  });

  it('a file that is no preset (a 说明数据 file chosen by mistake): said first, each missing part named in Chinese beside its key', () => {
    const lines = problems(parsePreset(JSON.stringify({ 单位性质: '事业单位', 指标: {}, 事项: {} })));
    expect(lines[0]).toBe('缺少格式文件的 8 个部分，这可能不是格式文件：请在现有格式的文件上修改（任务窗格“生成说明”中的“下载当前格式”）。');
    expect(lines).toContain('change（增减用语）：缺少这一项（对象 {…}）。');
    expect(lines).toContain('templates（各节的句式）：缺少这一项（对象 {…}）。');
    expect(lines.filter((l) => /^[a-z]+：/.test(l))).toEqual([]);
  });

  it('a placeholder the section does not offer', () => {
    const p = copyOf('xinjiang');
    (p.templates['fiscal']!['paragraphs'] as string[])[0] = '财政拨款收入总计{收入总计X}万元。';
    const lines = problems(checkPreset(p));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^templates\.fiscal\.paragraphs\[0\]：“\{收入总计X\}”在这里不可用，可用的有：\{单位名称\}\{年度\}\{上年度\}\{财政拨款收入总计\}/);
  });

  it('a 事项 that 说明数据 does not have', () => {
    const p = copyOf('shanghai');
    (p.templates['assets']!['paragraphs'] as string[])[0] = '共有车辆{事项:车辆总数}辆。';
    expect(problems(checkPreset(p))).toEqual(['templates.assets.paragraphs[0]：“{事项:车辆总数}”：说明数据没有事项“车辆总数”。']);
  });

  it('a missing field, a wrong type, an unknown key', () => {
    const p = copyOf('shanghai');
    delete p.templates['overview']!['paragraphs'];
    (p['settings'] as Record<string, unknown>)['separators'] = 'no';
    p.templates['income']!['itme'] = '{名称}';
    expect(problems(checkPreset(p))).toEqual([
      'settings.separators：应是布尔值（true 或 false）。',
      'templates.overview.paragraphs：缺少这一项（列表 […]）。',
      'templates.income.itme：未知的项“itme”：这里可有 sentence、item、separator、items。',
    ]);
  });

  it('an unbalanced optional part, and a list pattern without its item', () => {
    const p = copyOf('shanghai');
    (p.templates['overview']!['paragraphs'] as string[])[0] = '收入支出总计{收入总计}万元。[主要原因：{收入主要原因}。';
    (p.templates['threePublic']!['paragraphs'] as unknown[]).push('其中：{明细}。');
    expect(problems(checkPreset(p))).toEqual([
      'templates.overview.paragraphs[0]：方括号不成对：可省略的部分写作 […]。',
      'templates.threePublic.item：句式用了“{明细}”，需要这一项（文字）。',
      'templates.threePublic.separator：句式用了“{明细}”，需要这一项（文字）。',
      'templates.threePublic.names：句式用了“{明细}”，需要这一项（对象 {…}）。',
    ]);
  });

  it('a section without templates, an unknown section, a part twice, no 情况说明', () => {
    const p = copyOf('xinjiang');
    delete p.templates['performance'];
    expect(problems(checkPreset(p))).toEqual(['templates.performance：parts[1].sections[10].id 用到“performance”，请在 templates 中给出它的句式。']);
    const q = copyOf('xinjiang');
    ((q.parts[1]!['sections'] as Record<string, unknown>[])[0]!)['id'] = 'summary';
    expect(problems(checkPreset(q))[0]).toMatch(/^parts\[1\]\.sections\[0\]\.id：应是"overview"、"income"/);
    const r = copyOf('xinjiang');
    r.parts = [r.parts[0]!, r.parts[0]!];
    expect(problems(checkPreset(r))).toEqual([
      'parts[1].kind：“概况”部分只能有一个。',
      'parts（文档的各部分）：缺少情况说明部分：{ "kind": "explanation", "title": …, "sections": […] }。',
    ]);
  });
});

describe('a profile section’s singleUnit (the 上海 template: 仅有一个单位的部门，本部分内容为“机构设置”)', () => {
  type Section = Record<string, unknown> & { singleUnit?: Record<string, unknown> };
  const unitsSection = (p: Editable) => (p.parts[0]!['sections'] as Section[])[1]!;

  it('is checked as any title and paragraphs: a missing title, an empty list, a placeholder 概况 does not offer, an unknown key', () => {
    const p = copyOf('shanghai');
    const single = unitsSection(p).singleUnit!;
    delete single['title'];
    single['paragraphs'] = [];
    expect(problems(checkPreset(p))).toEqual(['parts[0].sections[1].singleUnit.title：缺少这一项（文字）。', 'parts[0].sections[1].singleUnit.paragraphs：列表不能为空。']);
    const q = copyOf('shanghai');
    unitsSection(q).singleUnit!['paragraphs'] = ['{事项:机构设置}，{下属单位}。'];
    unitsSection(q).singleUnit!['heading'] = '机构设置';
    expect(problems(checkPreset(q))).toEqual([
      'parts[0].sections[1].singleUnit.paragraphs[0]：“{下属单位}”在这里不可用，可用的有：{单位名称}{年度}{上年度}{决算单位}{决算单位数}{本级决算}，以及 {事项:事项名}。',
      'parts[0].sections[1].singleUnit.heading：未知的项“heading”：这里可有 title、paragraphs。',
    ]);
    const r = copyOf('shanghai');
    unitsSection(r).singleUnit = '机构设置' as unknown as Record<string, unknown>;
    expect(problems(checkPreset(r))).toEqual(['parts[0].sections[1].singleUnit：应是对象 {…}。']);
  });

  it('is given once: a second section with it would write 机构设置 twice', () => {
    const p = copyOf('shanghai');
    const sections = p.parts[0]!['sections'] as Section[];
    sections[0]!.singleUnit = { title: '机构设置', paragraphs: ['{事项:机构设置}。'] };
    expect(problems(checkPreset(p))).toEqual([
      'parts[0].sections[1].singleUnit：“仅有一个单位时”的写法已在 parts[0].sections[0] 给出：概况中只有说明决算单位构成的那一节写 singleUnit。',
    ]);
  });

  it('a preset without it writes its section whatever the department is made of (新疆 as before)', () => {
    expect(text(changji2022, changji2022Supplement, xinjiang)).toContain('从部门决算单位构成看，');
  });
});

describe('another region needs a file, not a release', () => {
  it('a copy of the 上海 preset with other words writes those words', () => {
    const p = copyOf('shanghai');
    p['id'] = 'example';
    p['name'] = '某地（示例）';
    (p.templates['overview']!['paragraphs'] as string[])[0] = '{年度}年度收支总计{收入总计}万元，较{上年度}年度{收入增减}。[变动原因：{收入主要原因}。]';
    const result = checkPreset(p);
    expect(result.ok).toBe(true);
    const out = text(shanghai2024, shanghai2024Supplement, (result as { preset: Preset }).preset);
    expect(out).toContain('2024年度收支总计4554.51万元，较2023年度增加234.33万元，增长5.42%。变动原因：本年新增社区养老服务彩票公益金项目，所属事业单位技术服务收入增加。');
  });
});

/** A value for every field of a schema, each pattern using every placeholder it may. */
function everything(schema: Schema): unknown {
  switch (schema.kind) {
    case 'text':
      return '、';
    case 'pattern':
      return ['单位名称', '年度', '上年度', ...schema.placeholders].map((p) => `{${p}}`).join('|');
    case 'boolean':
      return true;
    case 'oneOf':
      return schema.values[0];
    case 'list':
      return [everything(schema.of)];
    case 'either':
      return everything(schema.text);
    case 'object':
      return Object.fromEntries(Object.entries(schema.fields).map(([k, f]) => [k, everything(f)]));
    case 'variant':
      throw new Error('no variant in a section schema');
  }
}

describe('each section’s schema and generator agree', () => {
  const workbooks: [string, FinalAccountsData, unknown][] = [
    ['上海 fixture', shanghai2024, shanghai2024Supplement],
    ['新疆 sample', changji2022, changji2022Supplement],
  ];

  it.each(SECTION_IDS)('%s: every placeholder its schema offers is filled', (id) => {
    const p = JSON.parse(JSON.stringify(xinjiang)) as Editable;
    p.templates[id] = everything(SECTION_SCHEMAS[id]) as Record<string, unknown>;
    const result = checkPreset(p);
    expect(result.ok ? [] : presetProblemLines(result.problems)).toEqual([]);
    for (const [, data, json] of workbooks) expect(() => text(data, json, (result as { preset: Preset }).preset)).not.toThrow();
  });

  it('the 情况说明 of both presets uses each section once', () => {
    for (const preset of [xinjiang, shanghai]) {
      const ids = explanationLayout(preset).sections.flatMap((s) => [...(s.id ? [s.id] : []), ...(s.subsections ?? []).map((x) => x.id)]);
      expect([...ids].sort()).toEqual([...SECTION_IDS].sort());
    }
  });
});
