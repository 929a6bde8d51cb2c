/** An .xlsx as ExcelJS sees it, for tests that must show a workbook unchanged: values, styles, notes, formats. */
import ExcelJS from 'exceljs';
import { loadXlsx } from '../../src/hosts/xlsx/read';

export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** Everything flags could touch, per sheet. */
export function snapshot(wb: ExcelJS.Workbook) {
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, cell.value, JSON.stringify(cell.style), cell.note ?? null])),
    );
    // ExcelJS adds dxfId and ref to a rule when it writes it: bookkeeping, not content.
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: object[] }[] }).conditionalFormattings.map((c) => ({
      ref: c.ref,
      rules: c.rules.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'dxfId' && k !== 'ref'))),
    }));
    return { name: ws.name, state: ws.state, cells, cf: JSON.parse(JSON.stringify(cf)), merges: Object.keys((ws as unknown as { _merges: object })._merges).sort() };
  });
}
