/**
 * Table 06 in two parts: its 人员经费 part (301, 303, 人员经费合计) on one sheet and its 公用经费 part (302, 307, 310, 399,
 * 公用经费合计) on another, as a page too narrow for both blocks side by side was printed. Read as two copies of one
 * table (or the second as a continuation with nothing above it), the 公用经费 part was set aside and §六 and §十 asked
 * for 公用经费 by hand.
 */
import type { TableModel } from '../tables/model';

const PERSONNEL = /^30[13]/;
const PUBLIC = /^(30[27]|310|399)/;

/** Which of the two parts a table 06 holds. */
export function basicParts(table: TableModel): { readonly personnel: boolean; readonly public: boolean } {
  let personnel = false;
  let pub = false;
  for (const r of table.rows) {
    if (r.key === 'personnelTotal' || (r.code !== undefined && PERSONNEL.test(r.code))) personnel = true;
    if (r.key === 'publicTotal' || (r.code !== undefined && PUBLIC.test(r.code))) pub = true;
  }
  return { personnel, public: pub };
}

/** The 公用经费 codes (302 …, 310 …) a row's code may start with: an untitled sheet of them may be 06's other part. */
export const PUBLIC_CODE = PUBLIC;

/**
 * Whether two tables 06 are its two parts: one only the 人员经费 part, the other only the 公用经费 part, in one unit, of
 * one department where both name it, and no row in both.
 */
export function areBasicParts(a: TableModel, b: TableModel): boolean {
  if (a.id !== 'generalBudgetBasic' || b.id !== 'generalBudgetBasic' || a.unit !== b.unit) return false;
  if (a.department !== undefined && b.department !== undefined && a.department.replace(/\s+/g, '') !== b.department.replace(/\s+/g, '')) return false;
  const [pa, pb] = [basicParts(a), basicParts(b)];
  if (pa.personnel === pa.public || pb.personnel === pb.public || pa.personnel === pb.personnel) return false;
  const keys = new Set(a.rows.map((r) => `${r.block}\u0000${r.key}`));
  return b.rows.every((r) => !keys.has(`${r.block}\u0000${r.key}`));
}

/** The table of both parts: the 人员经费 part's, with the 公用经费 part's rows after its own. */
export function withBasicParts(a: TableModel, b: TableModel): { readonly table: TableModel; readonly other: TableModel } {
  const [first, other] = basicParts(a).personnel ? [a, b] : [b, a];
  return { table: { ...first, rows: [...first.rows, ...other.rows], notes: [...first.notes, ...other.notes] }, other };
}
