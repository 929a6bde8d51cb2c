/**
 * Copying one generated sentence into the accountant's text (对照): into the one cell they chose, replacing the
 * sentence of that cell that says the same thing (the most alike, if alike enough), or added at its end. The
 * plan is one `replaceCellText`, which the guard lets through only while the cell still holds what was shown.
 */
import { qualifiedA1, toA1 } from '../grid/address';
import type { CellRef } from '../grid/address';
import type { Plan } from '../plan/plan';
import { hasGap, textSimilarity } from './similarity';

/** Sentences, each with its end mark (the last may have none). */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[。！？；])/).filter((s) => s.trim().length > 0);
}

/** Below this, no sentence of the cell is the one being copied: the sentence is added instead. */
const SAME_SENTENCE = 0.35;

export interface Replacement {
  readonly after: string;
  /** The sentence of the cell that the copied one replaces; none when it is added at the end. */
  readonly replaced?: string;
}

export function replaceSentence(text: string, sentence: string): Replacement {
  const parts = splitSentences(text);
  let best = -1;
  let bestScore = SAME_SENTENCE;
  parts.forEach((p, i) => {
    const score = textSimilarity(p, sentence);
    if (score >= bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best < 0) return { after: `${text}${sentence}` };
  const replaced = parts[best]!;
  return { after: parts.map((p, i) => (i === best ? sentence : p)).join(''), replaced };
}

/**
 * The plan that copies `sentence` into the cell, which holds `before` (as the pane showed it). A sentence with a gap
 * (【请填写：…】) is not copied: it would replace the accountant's sentence that says the same with their figure or
 * words in its place (a gap is weighed as whatever was written there), a loss of what they typed.
 */
export function copySentencePlan(cell: CellRef, before: string, sentence: string): Plan {
  const where = `单元格 ${qualifiedA1(cell)}`;
  if (hasGap(sentence)) {
    return { ops: [], summary: [`这一句还有待填写的“【请填写：…】”，没有复制到${where}：请先在“说明数据”中填写，重新生成说明后再复制。`] };
  }
  const { after, replaced } = replaceSentence(before, sentence);
  const summary =
    replaced === undefined
      ? `在${where} 的末尾加上“${sentence}”。`
      : replaced === sentence
        ? `${where} 中已有这一句，不需改动。`
        : `把${where} 中的“${replaced}”替换为“${sentence}”。`;
  return {
    ops: after === before ? [] : [{ op: 'replaceCellText', sheet: cell.sheet, cell: toA1(cell.row, cell.col), before, after }],
    summary: [summary, '这个单元格的其他文字和格式不变，其他单元格都不改动。'],
  };
}
