/**
 * The add-in's own sheets (plan.ts says how a sheet is proved ours): reading the marks of a workbook, and choosing
 * the sheet each writer writes — the marked one, else an earlier version's sheet adopted, else a new sheet under
 * our name, or under a free name when the accountant has a sheet of that name.
 */
import type { SheetGrid, WorkbookGrid } from '../grid/cell';
import { quoteSheetName } from '../grid/address';
import { OWNED_SHEET_NAMES, OwnedRole, PlanOp } from './plan';

export const OWNER_MARK_PREFIX = '_juesuan_';
export const OWNED_ROLES: readonly OwnedRole[] = ['supplement', 'narrative', 'results'];

/** `_juesuan_narrative`: a valid Excel name (starts with `_`, letters and `_` only), the same in every host. */
export function ownerMarkName(role: OwnedRole): string {
  return `${OWNER_MARK_PREFIX}${role}`;
}

/** What the mark refers to: the sheet's first cell. */
export function ownerMarkReference(sheet: string): string {
  return `${quoteSheetName(sheet)}!$A$1`;
}

const REFERENCE = /^=?(?:'((?:[^']|'')+)'|([^'!#=]+))!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** The sheet a name's formula refers to (`'公开说明（生成）'!$A$1`, `=说明数据!$A$1`); nothing for `#REF!$A$1` or a formula. */
export function referencedSheet(formula: string): string | undefined {
  const m = REFERENCE.exec(formula.trim());
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

export function findSheet(grid: WorkbookGrid, name: string): SheetGrid | undefined {
  return grid.sheets.find((s) => sameSheetName(s.name, name));
}

/** The sheets marked as the add-in's, by role; a mark naming no sheet of the workbook marks nothing. */
export function markedSheets(grid: WorkbookGrid): Map<OwnedRole, SheetGrid> {
  const out = new Map<OwnedRole, SheetGrid>();
  for (const role of OWNED_ROLES) {
    const mark = grid.names?.find((n) => n.name.toUpperCase() === ownerMarkName(role).toUpperCase());
    const name = mark && referencedSheet(mark.formula);
    const sheet = name === undefined ? undefined : findSheet(grid, name);
    if (sheet) out.set(role, sheet);
  }
  return out;
}

/** Whether the sheet carries a mark of any role. */
export function isMarked(grid: WorkbookGrid, sheet: string): boolean {
  return [...markedSheets(grid).values()].some((s) => sameSheetName(s.name, sheet));
}

export interface OwnedTarget {
  readonly role: OwnedRole;
  /** The sheet the plan writes. */
  readonly sheet: string;
  /** marked: found by its mark; adopted: an earlier version's sheet, marked by this plan; created: a new sheet. */
  readonly how: 'marked' | 'adopted' | 'created';
  /** The sheet as it is, when it exists (marked or adopted). */
  readonly existing?: SheetGrid;
  /** The accountant's own sheet that bears our name: left exactly as it is. */
  readonly kept?: string;
}

/** 公开说明（生成）, 公开说明（生成2）…; 说明数据（2）, 说明数据（3）…: the first name no sheet has. */
export function freeSheetName(grid: WorkbookGrid, role: OwnedRole): string {
  const base = OWNED_SHEET_NAMES[role];
  for (let n = 1; ; n++) {
    const name = role === 'narrative' ? `${base}（生成${n === 1 ? '' : n}）` : `${base}（${n + 1}）`;
    if (!findSheet(grid, name)) return name;
  }
}

/**
 * Where the writer of `role` writes: the marked sheet; else the sheet of our name when `isOurs` recognises it as
 * an earlier version's (plan/legacy.ts) and it carries no other mark; else a new sheet, under our name if free.
 */
export function resolveOwnedSheet(grid: WorkbookGrid, role: OwnedRole, isOurs: (sheet: SheetGrid) => boolean): OwnedTarget {
  const marked = markedSheets(grid).get(role);
  if (marked) return { role, sheet: marked.name, how: 'marked', existing: marked };
  const named = findSheet(grid, OWNED_SHEET_NAMES[role]);
  if (!named) return { role, sheet: OWNED_SHEET_NAMES[role], how: 'created' };
  if (!isMarked(grid, named.name) && isOurs(named)) return { role, sheet: named.name, how: 'adopted', existing: named };
  return { role, sheet: freeSheetName(grid, role), how: 'created', kept: named.name };
}

/** The ops that make the target sheet ours before the writer writes it. */
export function ownSheetOps(target: OwnedTarget): PlanOp[] {
  const mark: PlanOp = { op: 'markSheet', sheet: target.sheet, role: target.role };
  if (target.how === 'created') return [{ op: 'ensureSheet', sheet: target.sheet }, mark];
  return target.how === 'adopted' ? [mark] : [];
}

const ROLE_LABELS: Readonly<Record<OwnedRole, string>> = { supplement: '说明数据表', narrative: '公开说明', results: '检查结果' };

/** What the plan says, before writing, about where its sheet is: only when that is not the obvious place. */
export function targetSummary(target: OwnedTarget): string[] {
  if (target.kept) {
    return [`工作表“${target.kept}”是您自己的，不作任何改动；${ROLE_LABELS[target.role]}写在新工作表“${target.sheet}”，以后按标记找到它。`];
  }
  if (target.how === 'adopted') {
    return [`工作表“${target.sheet}”是决算公开助手早先版本写入的（内容与它写的完全一致），此次加上标记，以后按标记找到它。`];
  }
  return [];
}
