/**
 * Checking a preset someone wrote (a .json file loaded on the command line or in the pane) before it writes a
 * word: its shape against PRESET_SCHEMA (types, missing and unknown fields, placeholders each section offers,
 * balanced […]), then what the schema cannot say (one 情况说明 part, the templates its sections need). Every
 * problem names its JSON path and says what to do, in Chinese.
 */
import { check, SchemaProblem } from './schema';
import { Preset, PRESET_SCHEMA, SectionId } from './preset';
import { CHART_SECTIONS } from './templates/charts';
import { parseJson } from '../jsonText';

export type PresetProblem = SchemaProblem;

export type PresetCheck = { readonly ok: true; readonly preset: Preset } | { readonly ok: false; readonly problems: readonly PresetProblem[] };

const PART_NAMES = { profile: '概况', explanation: '情况说明', glossary: '名词解释', tables: '决算表' } as const;

function layoutProblems(preset: Preset): PresetProblem[] {
  const out: PresetProblem[] = [];
  if (!preset.id.trim()) out.push({ path: 'id', message: '格式的 id 不能为空，如 "beijing"。' });
  const kinds = preset.parts.map((p) => p.kind);
  for (const kind of Object.keys(PART_NAMES) as (keyof typeof PART_NAMES)[]) {
    const n = kinds.filter((k) => k === kind).length;
    if (kind === 'explanation' && n === 0) out.push({ path: 'parts', message: '缺少情况说明部分：{ "kind": "explanation", "title": …, "sections": […] }。' });
    if (n > 1) out.push({ path: `parts[${kinds.lastIndexOf(kind)}].kind`, message: `“${PART_NAMES[kind]}”部分只能有一个。` });
  }
  preset.parts.forEach((part, p) => {
    if (part.kind !== 'profile') return;
    // One section says what the 部门决算 is made of; a second `singleUnit` would write 机构设置 twice.
    const single = part.sections.flatMap((section, s) => (section.singleUnit ? [s] : []));
    for (const s of single.slice(1)) {
      out.push({ path: `parts[${p}].sections[${s}].singleUnit`, message: `“仅有一个单位时”的写法已在 parts[${p}].sections[${single[0]}] 给出：概况中只有说明决算单位构成的那一节写 singleUnit。` });
    }
  });
  const used = new Map<SectionId, string>();
  preset.parts.forEach((part, p) => {
    if (part.kind !== 'explanation') return;
    part.sections.forEach((section, s) => {
      const at = `parts[${p}].sections[${s}]`;
      if (!section.id && !section.subsections) out.push({ path: at, message: `第${section.number}节既没有 id 也没有 subsections：请写明这一节生成什么。` });
      const ids: [SectionId, string][] = [
        ...(section.id ? [[section.id, `${at}.id`] as [SectionId, string]] : []),
        ...(section.subsections ?? []).map((sub, i) => [sub.id, `${at}.subsections[${i}].id`] as [SectionId, string]),
      ];
      for (const [id, path] of ids) {
        if (used.has(id)) out.push({ path, message: `“${id}”已在 ${used.get(id)} 用过：每一节只出现一次。` });
        else used.set(id, path);
        if (!preset.templates[id]) out.push({ path: `templates.${id}`, message: `${path} 用到“${id}”，请在 templates 中给出它的句式。` });
      }
    });
  });
  // Without a 情况说明 part the missing part is the problem, not the charts that would follow its sections.
  if (!kinds.includes('explanation')) return out;
  (preset.charts ?? []).forEach((chart, i) => {
    if (!used.has(CHART_SECTIONS[chart])) {
      out.push({ path: `charts[${i}]`, message: `图表“${chart}”画的是“${CHART_SECTIONS[chart]}”一节所说的占比，但情况说明中没有这一节：请加上这一节，或去掉这个图表。` });
    } else if (preset.charts!.indexOf(chart) !== i) {
      out.push({ path: `charts[${i}]`, message: `图表“${chart}”已列过：每个图表只列一次。` });
    }
  });
  return out;
}

/** A preset from any JSON value, or every problem found in it. */
export function checkPreset(json: unknown): PresetCheck {
  const problems = check(json, PRESET_SCHEMA);
  if (problems.length > 0) return { ok: false, problems };
  const preset = json as Preset;
  const more = layoutProblems(preset);
  return more.length > 0 ? { ok: false, problems: more } : { ok: true, preset };
}

/** A preset from the text of a .json file. */
export function parsePreset(text: string): PresetCheck {
  const parsed = parseJson(text);
  return parsed.ok ? checkPreset(parsed.json) : { ok: false, problems: [{ path: '', message: parsed.message }] };
}

/** What each part of a preset file is, said beside its key where a problem names the part itself. */
const TOP_LEVEL_NAMES: Readonly<Record<string, string>> = {
  id: '格式标识',
  name: '格式名称',
  settings: '设置',
  change: '增减用语',
  variance: '与预算对比的用语',
  title: '标题',
  parts: '文档的各部分',
  charts: '图表',
  templates: '各节的句式',
};

/**
 * One line per problem: `templates.overview.paragraphs[0]：…`; a part of the file named by its key alone says what
 * it is (`change（增减用语）：缺少这一项`: the bare keys read as English to an accountant). A file lacking most of
 * them is not a preset at all, said first.
 */
export function presetProblemLines(problems: readonly PresetProblem[]): string[] {
  const lines = problems.map((p) => (p.path ? `${p.path}${TOP_LEVEL_NAMES[p.path] ? `（${TOP_LEVEL_NAMES[p.path]}）` : ''}：${p.message}` : p.message));
  const missing = problems.filter((p) => TOP_LEVEL_NAMES[p.path] && p.message.startsWith('缺少这一项'));
  if (missing.length >= 3) lines.unshift(`缺少格式文件的 ${missing.length} 个部分，这可能不是格式文件：请在现有格式的文件上修改（任务窗格“生成说明”中的“下载当前格式”）。`);
  return lines;
}
