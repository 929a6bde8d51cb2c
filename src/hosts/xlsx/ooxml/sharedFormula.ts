/**
 * Shared formulas: Excel stores a filled-down formula once, in its first cell, and the others refer to it.
 * Each cell's own formula is the first one with its relative references moved by the distance between the
 * cells (`$`-anchored parts stay). Text in quotes is left alone.
 */
import { columnIndex, columnLetters } from '../../../engine/grid/address';

const REFERENCE = /(\$?)([A-Za-z]{1,3})(\$?)([1-9]\d*)(?![\w(])/g;

function shiftPart(part: string, rows: number, cols: number): string {
  return part.replace(REFERENCE, (m: string, colAnchor: string, letters: string, rowAnchor: string, digits: string, offset: number, whole: string) => {
    // Part of a name or a function (`LOG10`, `Sheet1`): a reference stands alone.
    if (offset > 0 && /[\w.]/.test(whole[offset - 1]!)) return m;
    const col = columnIndex(letters);
    if (col >= 16384) return m;
    const newCol = colAnchor ? col : col + cols;
    const newRow = rowAnchor ? Number(digits) : Number(digits) + rows;
    if (newCol < 0 || newRow < 1) return '#REF!';
    return `${colAnchor}${columnLetters(newCol)}${rowAnchor}${newRow}`;
  });
}

export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  // Split on string literals ("…" with "" inside) and quoted sheet names ('…'); shift only what lies between.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((piece, i) => (i % 2 === 1 ? piece : shiftPart(piece, rows, cols)))
    .join('');
}
