/**
 * Subject codes in their two forms (DOMAIN §2): one cell of 3, 5 or 7 digits, or split over 类/款/项 cells
 * where a row may leave out the parts it shares with the row above (or give each level's whole code).
 */
import { CellValue, cellText, isBlank } from '../../grid/cell';
import { normalizeText } from '../../grid/normalize';

export type CodeRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'code'; readonly code: string }
  /** The code cell holds text that is not a code (such as 合计 in a merged cell). */
  | { readonly kind: 'text'; readonly text: string };

/** Whether `text` is one or more ASCII digits and nothing else. */
export function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * The order of `text` (model.ts, codeOrder) where it is one or more ASCII digits and nothing else, else -1: both in
 * the one pass over its characters that isDigits makes, for the code cell of every subject row, where codeOrder made a
 * second pass over the code for the reader's code order (≈ 240 instructions a code).
 */
export function digitsOrder(text: string): number {
  const length = text.length;
  if (length === 0) return -1;
  let order = 0;
  for (let i = 0; i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    if (i < 7) order = order * 10 + digit;
  }
  for (let i = length; i < 7; i++) order *= 10;
  return order;
}

export function digits(value: CellValue): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? String(value) : undefined;
  // Most code cells hold the code as plain digits: no folding needed.
  if (typeof value === 'string' && isDigits(value)) return value;
  const t = normalizeText(cellText(value)).replace(/^\[|\]$/g, '');
  if (/^\d+$/.test(t)) return t;
  // The 类, 款 and 项 set apart as some tables print them: `301-01`, `201.03.01`, `201 03 01`.
  const parts = GROUPED.exec(t);
  return parts ? parts.slice(1).join('') : undefined;
}

const GROUPED = /^(\d{3})[-.\s](\d{2})(?:[-.\s](\d{2}))?$/;

/** 3, 5 or 7 digits (类, 款, 项), at most `maxLength`: compared, not looked up in a set, as asked of every subject row. */
export function isValidCode(code: string, maxLength = 7): boolean {
  const n = code.length;
  return (n === 3 || n === 5 || n === 7) && n <= maxLength;
}

/** One-cell code. */
export function readWholeCode(value: CellValue): CodeRead {
  if (isBlank(value)) return { kind: 'none' };
  const d = digits(value);
  if (d !== undefined) return { kind: 'code', code: d };
  return { kind: 'text', text: cellText(value).trim() };
}

/** Remembers the 类 and 款 of earlier rows for split codes. */
export class SplitCodeReader {
  private classCode = '';
  private sectionPart = '';

  /** `before`: the code of the row above (on the page before), whose 类 and 款 a row leaving them out shares. */
  constructor(before?: string) {
    if (before !== undefined) [this.classCode, this.sectionPart] = [before.slice(0, 3), before.slice(3, 5)];
  }

  read(cls: CellValue, section: CellValue, item: CellValue | undefined): CodeRead {
    const parts = [cls, section, item ?? null];
    if (parts.every((p) => isBlank(p))) return { kind: 'none' };
    const [c, s, i] = parts.map((p) => (isBlank(p) ? '' : digits(p)));
    if (c === undefined || s === undefined || i === undefined) {
      const text = parts.filter((p) => !isBlank(p)).map((p) => cellText(p).trim()).join('');
      return { kind: 'text', text };
    }
    if (c !== '') {
      this.classCode = c;
      this.sectionPart = '';
    }
    // Each level's whole code in its own column (类 229 | 款 22960 | 项 2296002), as some tables print them: glued to
    // the parts above, they made 22922960 and the rows were dropped as mistyped codes.
    if (i.length === 7) {
      [this.classCode, this.sectionPart] = [i.slice(0, 3), i.slice(3, 5)];
      return { kind: 'code', code: i };
    }
    if (s.length === 5) [this.classCode, this.sectionPart] = [s.slice(0, 3), s.slice(3)];
    else if (s !== '') this.sectionPart = s.padStart(2, '0');
    if (c !== '' && s === '' && i === '') return { kind: 'code', code: c };
    if (s !== '' && i === '') return { kind: 'code', code: this.classCode + this.sectionPart };
    return { kind: 'code', code: this.classCode + this.sectionPart + i.padStart(2, '0') };
  }
}

/**
 * `[2010301]行政运行` or `2010301 行政运行` in a label cell, when the table has no code column. The code is the
 * whole run of digits (longest first: trying three digits first read 2010301 as 201 with the name `0301 行政运行`);
 * a run of another length (`2022年度…`) is no code.
 */
export function codeInLabel(label: string): { code: string; name: string } | undefined {
  // Matched on the text as typed, so that the name keeps its own spelling (`维修（护）费`, not NFKC's `维修(护)费`).
  const m = CODE_IN_LABEL.exec(label.trim());
  if (!m) return undefined;
  const code = (m[4] ?? m[1]! + m[2]! + (m[3] ?? '')).normalize('NFKC');
  return { code, name: m[5]!.trim() };
}

const D = '[0-9０-９]';
/** What sets the parts of a code apart (`201.03.01`, `201-03-01`, `201 03 01`), as `digits` reads them in a code's own cell. */
const PART_MARK = '[-.．－\\s]';
/**
 * `[2010301]行政运行`, `2010301 行政运行`, full-width digits and brackets too; the code's parts set apart
 * (`201.03.01 行政运行`, `201-03-01行政运行`: tried first, else read as 201 named `.03.01 行政运行`, each 款 and 项 a
 * duplicate of its 类); the name set off by a mark (`2010301-行政运行`, `2010301 - 行政运行`, `2010301：行政运行`), the
 * mark no part of the name (kept, §五 named the 类 `-一般公共服务支出` before its amount).
 */
const CODE_IN_LABEL = new RegExp(
  `^[[［]?(?:(${D}{3})${PART_MARK}(${D}{2})(?:${PART_MARK}(${D}{2}))?|(${D}{7}|${D}{5}|${D}{3}))(?!${D})[\\]］]?\\s*(?:[-－—–:：|｜、]\\s*)?([^-－—–:：|｜、\\s].*)$`,
);
