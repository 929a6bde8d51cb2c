/**
 * Workbook-scoped defined names through the ET object model (`Workbook.Names`): read all of them, add one. The
 * add-in marks the sheets it creates with such names (one per role, referring to the sheet's A1); the plan op
 * that writes a mark and the grid field that carries them are wired into this host where they are defined.
 */
import type { EtWorkbook } from './et';

export interface WorkbookName {
  readonly name: string;
  /** What it refers to, without the leading `=` (`'公开说明'!$A$1`). */
  readonly formula: string;
}

/** Every workbook name: two calls per name (its Name and RefersTo) and one for the count. */
export function readNames(workbook: EtWorkbook): WorkbookName[] {
  const names = workbook.Names;
  return Array.from({ length: names.Count }, (_, i) => {
    const item = names.Item(i + 1);
    return { name: item.Name, formula: item.RefersTo.replace(/^=/, '') };
  });
}

/** Adds (or, as the object model does for an existing name, redefines) a workbook name. */
export function addName(workbook: EtWorkbook, name: string, formula: string): void {
  workbook.Names.Add(name, `=${formula}`);
}
