/**
 * `juesuan explain FILE.xlsx [--data 说明数据.json] [--preset xinjiang|shanghai|格式.json] [--format text|json|docx] [--out FILE]`:
 * the 公开说明 as text, as the JSON of DESIGN.md (`sections` are those of the 情况说明 part, wherever the preset
 * puts it), or as a Word document.
 */
import { currentFigureLines, explain, Explained, narrativeRefusal, ResolvedSupplement } from '../../engine/workflow';
import { PRESETS } from '../../engine/narrative/presets';
import type { Preset } from '../../engine/narrative/preset';
import { documentLines } from '../../engine/narrative/sheet';
import { plain } from '../../engine/narrative/fragment';
import { explanationPart } from '../../engine/narrative/document';
import { parsePreset, presetProblemLines } from '../../engine/narrative/checkPreset';
import { tableLayouts, UNCALCULATED_MARK } from '../../engine/report/tableLayout';
import type { NarrativeDocument } from '../../engine/narrative/document';
import { narrativeDocx } from '../../documents/docx';
import { rasterizeInNode } from '../../documents/rasterizeNode';
import { docxToPdf } from '../pdf';
import type { ParsedArgs } from '../args';
import { UsageError } from '../errors';
import { readBytes, readJsonFile, refuseOverwritingInput, writeOutput } from '../files';
import { readWorkbookFile } from '../workbookFile';
import type { Io } from '../io';
import { supplementNotices } from '../notices';
import { tableErrorNotice } from '../../engine/audit/tableErrors';
import { EXPLAIN_USAGE } from '../usage';

/** `--preset`: a shipped preset by id, or a preset file (checked; a bad file is bad input, exit 2). */
export function presetOption(args: ParsedArgs): Preset {
  const value = args.options.get('preset') ?? 'xinjiang';
  const shipped = PRESETS[value];
  if (shipped) return shipped;
  if (!/\.json$/i.test(value) && !/[\\/]/.test(value)) {
    throw new UsageError(`未知的格式“${value}”：可选 ${Object.keys(PRESETS).join('、')}，或格式文件的路径（.json）。`);
  }
  const result = parsePreset(readBytes(value).toString('utf8'));
  if (!result.ok) throw new UsageError(`${value}：格式文件有误，请修改后再试：\n${presetProblemLines(result.problems).map((l) => `  ${l}`).join('\n')}`);
  return result.preset;
}

/** 说明数据 problems are reported on stderr; the text keeps a gap where a value could not be read. */
export function reportSupplementProblems(result: { readonly resolved: ResolvedSupplement }, io: Io): void {
  for (const line of supplementNotices(result.resolved.problems)) io.stderr(line);
}

/**
 * A workbook whose amounts are read in the wrong unit gets no text (every figure would be wrong): bad input, exit 2,
 * with the file, what is wrong and where. Nothing is written.
 */
export function refuseBlocked(file: string, explained: Explained): void {
  const refusal = narrativeRefusal(explained);
  if (refusal.length > 0) throw new UsageError([`${file}：${refusal[0]}`, ...refusal.slice(1).map((l) => `  ${l}`)].join('\n'));
}

/** The gaps of the text, on stderr (stdout holds the text itself): where each shows, so that it can be filled. */
export function reportGaps(explained: Explained, io: Io): void {
  const gaps = explained.document.gaps;
  if (gaps.length === 0) return;
  io.stderr(
    [
      `公开说明还有 ${gaps.length} 处待填写（文中以【请填写：…】标出），请在说明数据中补充：`,
      // Each with the sections (一、二… or a part's name) whose text shows it.
      ...gaps.map((g) => `  ${g.label}（${g.sections.join('，')}）`),
    ].join('\n'),
  );
}

export function explainJson(explained: Explained) {
  const doc = explained.document;
  const part2 = explanationPart(doc);
  return {
    title: doc.title,
    preset: doc.preset,
    sections: part2.sections.map((s) => ({
      number: s.number,
      title: s.title,
      paragraphs: s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text)),
    })),
    gaps: doc.gaps,
    parts: doc.parts.map((p) => ({
      number: p.number,
      title: p.title,
      sections: p.sections.map((s) => ({ number: s.number, title: s.title, paragraphs: s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text)) })),
    })),
  };
}

/**
 * Said before a document is written: how many 【请填写：…】 it still has (highlighted in the .docx), the first few
 * by name, and how to fill them. Nothing when there is none.
 */
export function gapWarning(doc: NarrativeDocument): string[] {
  if (doc.gaps.length === 0) return [];
  const names = doc.gaps.slice(0, 5).map((g) => g.label).join('、');
  return [
    `注意：文档中还有 ${doc.gaps.length} 处待填写（【请填写：…】，文档中以黄色标出），如 ${names}${doc.gaps.length > 5 ? ' 等' : ''}。` +
      '请在说明数据中填写后重新生成（--data 说明数据.json，或工作簿的“说明数据”工作表），或在文档中补写后再公开。',
  ];
}

export async function explainCommand(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError(`用法：${EXPLAIN_USAGE}`);
  const file = args.positionals[0]!;
  const format = args.options.get('format') ?? 'text';
  if (!['text', 'json', 'docx', 'pdf'].includes(format)) throw new UsageError(`未知的输出格式“${format}”：可选 text、json、docx、pdf。`);
  const out = args.options.get('out');
  if ((format === 'docx' || format === 'pdf') && !out) throw new UsageError(`输出 .${format} 时请用 --out 指定文件名，如 --out 公开说明.${format}。`);
  if (out) refuseOverwritingInput(file, out);
  const preset = presetOption(args);
  const dataFile = args.options.get('data');
  const json = dataFile ? readJsonFile(dataFile) : undefined;
  // The grid alone: no workbook model is built (nothing is written into the workbook), and a file our reader reads
  // but ExcelJS cannot load (an `x:` prefix, cells without `r`) is explained rather than called damaged.
  const grid = await readWorkbookFile(file);
  const explained = explain(grid, preset, json);
  reportSupplementProblems(explained, io);
  refuseBlocked(file, explained);
  reportGaps(explained, io);
  // The tables' 错误 the text quotes, said as the pane's 生成说明 says them: the text is written all the same.
  const errors = tableErrorNotice(grid, json);
  if (errors) io.stderr(`注意：${errors.summary}：请先用 juesuan check ${file} 查看并改正。`);
  // A 本年数 the 说明数据 gives that the text does not quote (it quotes the table's): its cell, both figures, what to do.
  for (const line of currentFigureLines(explained.overrides)) io.stderr(line);
  let output: string | Uint8Array;
  if (format === 'json') output = JSON.stringify(explainJson(explained), null, 2);
  else if (format === 'docx' || format === 'pdf') {
    for (const line of gapWarning(explained.document)) io.stderr(line);
    const layouts = tableLayouts(grid, explained.recognition);
    const uncalculated = [...layouts.values()].reduce((n, l) => n + l.body.flat().filter((c) => c.gap).length, 0);
    if (uncalculated > 0) io.stderr(`注意：表中 ${uncalculated} 处公式没有计算结果，文档中以${UNCALCULATED_MARK}标出：请在 Excel 中打开、重新计算并保存后再生成。`);
    const docx = await narrativeDocx(explained.document, layouts, { rasterize: rasterizeInNode, warn: io.stderr });
    output = format === 'pdf' ? await docxToPdf(docx) : docx;
  } else output = documentLines(explained.document).map((l) => l.text).join('\n');
  if (out) {
    writeOutput(out, typeof output === 'string' ? `${output}\n` : output);
    io.stdout(`已写入 ${out}${explained.document.gaps.length ? `（${explained.document.gaps.length} 处待填写）` : ''}`);
  } else io.stdout(output as string);
  return 0;
}
