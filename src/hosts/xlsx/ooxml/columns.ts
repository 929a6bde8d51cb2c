/**
 * Column widths of a worksheet (`<cols><col min max width hidden/>`), in Excel's unit (characters of the default
 * font), for the documents that lay a table out as the workbook does. Only the part before `<sheetData>` is read:
 * the schema puts `<cols>` there, and a large sheet's cells are not scanned again.
 */
import { attribute, element, elements } from './xml';

/** Widths by 0-based column, null where the column has the sheet's default; undefined when no column is set. */
export function readColumnWidths(xml: string): (number | null)[] | undefined {
  const head = xml.slice(0, Math.max(0, xml.search(/<([\w.-]+:)?sheetData[\s>]/)));
  const cols = element(head, 'cols');
  if (!cols?.body) return undefined;
  const widths: (number | null)[] = [];
  for (const col of elements(cols.body, 'col')) {
    const min = Number(attribute(col.attrs, 'min'));
    const max = Math.min(Number(attribute(col.attrs, 'max')), 16384);
    const hidden = ['1', 'true'].includes(attribute(col.attrs, 'hidden') ?? '');
    const width = hidden ? 0 : Number(attribute(col.attrs, 'width'));
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || !Number.isFinite(width)) continue;
    // A range over every column (min=1 max=16384) sets the default; only columns up to the last cell matter.
    for (let c = min; c <= Math.min(max, min + 255); c++) widths[c - 1] = width;
  }
  const out = Array.from(widths, (w) => w ?? null);
  return out.some((w) => w !== null) ? out : undefined;
}
