/** How the plan's cell styles look in an .xlsx. */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../engine/plan/plan';
import { TEXT_STYLE_PT } from '../../engine/plan/rowHeight';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};
const GREY: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const HEADER: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const FONT = '宋体';

export interface XlsxStyle {
  readonly font?: Partial<ExcelJS.Font>;
  readonly fill?: ExcelJS.Fill;
  readonly border?: Partial<ExcelJS.Borders>;
  readonly numFmt?: string;
  readonly alignment?: Partial<ExcelJS.Alignment>;
}

/**
 * The cells of the add-in's own tables sit at the top of their rows, beside a wrapped reason or 事项 text several
 * lines tall (the derived cells written into the accountant's tables keep their sheet's alignment).
 */
export const XLSX_STYLES: Readonly<Record<CellStyle, XlsxStyle>> = {
  title: { font: { name: FONT, size: 14, bold: true } },
  note: { font: { name: FONT, size: 9, color: { argb: 'FF595959' } } },
  header: { font: { name: FONT, size: 10, bold: true }, fill: HEADER, border: THIN, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  label: { font: { name: FONT, size: 10 }, border: THIN, alignment: { vertical: 'top' } },
  labelWrap: { font: { name: FONT, size: 10 }, border: THIN, alignment: { wrapText: true, vertical: 'top' } },
  input: { font: { name: FONT, size: 10 }, border: THIN, alignment: { vertical: 'top' } },
  inputAmount: { font: { name: FONT, size: 10 }, border: THIN, numFmt: '#,##0.00', alignment: { vertical: 'top' } },
  inputText: { font: { name: FONT, size: 10 }, border: THIN, alignment: { wrapText: true, vertical: 'top' } },
  derivedAmount: { font: { name: FONT, size: 10 }, fill: GREY, border: THIN, numFmt: '#,##0.00', alignment: { vertical: 'top' } },
  derivedRate: { font: { name: FONT, size: 10 }, fill: GREY, border: THIN, numFmt: '0.00', alignment: { vertical: 'top' } },
  derivedPercent: { font: { name: FONT, size: 10 }, fill: GREY, border: THIN, numFmt: '0.00%' },
  derivedScore: { font: { name: FONT, size: 10 }, fill: GREY, border: THIN, numFmt: '0.00' },
  heading1: { font: { name: FONT, size: TEXT_STYLE_PT.heading1, bold: true }, alignment: { horizontal: 'center', wrapText: true } },
  heading2: { font: { name: FONT, size: TEXT_STYLE_PT.heading2, bold: true }, alignment: { wrapText: true } },
  heading3: { font: { name: FONT, size: TEXT_STYLE_PT.heading3, bold: true }, alignment: { wrapText: true } },
  paragraph: { font: { name: FONT, size: TEXT_STYLE_PT.paragraph }, alignment: { wrapText: true, vertical: 'top' } },
};
