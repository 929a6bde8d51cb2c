/**
 * The add-in's marks (engine/plan/owned.ts) through the ET object model: workbook-scoped defined names, read with
 * the workbook (`Workbook.Names`, each `Name.Name` and `Name.RefersTo`) and written by the plan's `markSheet` and
 * `deleteSheet` (`Names.Add`, `Name.Delete`). WPS keeps a name's reference current when the sheet is renamed and
 * turns it into `#REF!` when the sheet is deleted, as Excel does; owned.ts reads both forms.
 */
import type { DefinedName } from '../../engine/grid/cell';
import { ownerMarkName, ownerMarkReference, referencedSheet, sameSheetName } from '../../engine/plan/owned';
import type { OwnedRole } from '../../engine/plan/plan';
import type { EtName, EtWorkbook } from './et';

/** A workbook name as read, with its object, so that it can be deleted without looking it up again. */
export interface LoadedName extends DefinedName {
  readonly item: EtName;
}

/**
 * The workbook-scoped names, hidden ones included (our marks are hidden): one call for the collection, one for
 * the count, three per name. Workbook.Names also lists each sheet's own names, as `Sheet!name`: they mark nothing
 * (as in the .xlsx reader, which leaves out names with a localSheetId) and are left out.
 */
export function readNames(workbook: EtWorkbook): LoadedName[] {
  const names = workbook.Names;
  const out: LoadedName[] = [];
  for (let i = 1, count = names.Count; i <= count; i++) {
    const item = names.Item(i);
    const name = item.Name;
    if (name.includes('!')) continue;
    out.push({ name, formula: item.RefersTo.replace(/^=/, ''), item });
  }
  return out;
}

/** Deletes the loaded names that pass the test, and forgets them. */
function deleteNames(names: LoadedName[], test: (n: LoadedName) => boolean): void {
  for (const n of names.filter(test)) {
    n.item.Delete();
    names.splice(names.indexOf(n), 1);
  }
}

/** The mark of `role` on `sheet`, hidden, replacing the role's earlier mark (Excel compares names without case). */
export function markSheet(workbook: EtWorkbook, names: LoadedName[], sheet: string, role: OwnedRole): void {
  const name = ownerMarkName(role);
  deleteNames(names, (n) => n.name.toUpperCase() === name.toUpperCase());
  const formula = ownerMarkReference(sheet);
  names.push({ name, formula, item: workbook.Names.Add(name, `=${formula}`, false) });
}

/** Before a sheet is deleted: the marks that name it go first, so that none is left reading #REF!. */
export function unmarkSheet(names: LoadedName[], sheet: string): void {
  deleteNames(names, (n) => sameSheetName(referencedSheet(n.formula) ?? '', sheet));
}
