/** How the plan's cell styles look in Excel, through Office.js range formats. */
import type { CellStyle } from '../../engine/plan/plan';
import { TEXT_STYLE_PT } from '../../engine/plan/rowHeight';

export interface OfficeStyle {
  readonly font?: { readonly name?: string; readonly size?: number; readonly bold?: boolean; readonly color?: string };
  readonly fill?: string;
  readonly numberFormat?: string;
  readonly wrapText?: boolean;
  readonly horizontal?: 'Center' | 'Right' | 'Left';
  /** The add-in's table cells sit at the top of rows a wrapped text makes tall. */
  readonly top?: boolean;
  readonly border?: boolean;
}

const FONT = '宋体';
const GREY = '#EDEDED';

export const OFFICE_STYLES: Readonly<Record<CellStyle, OfficeStyle>> = {
  title: { font: { name: FONT, size: 14, bold: true } },
  note: { font: { name: FONT, size: 9, color: '#595959' } },
  header: { font: { name: FONT, size: 10, bold: true }, fill: '#DDEBF7', wrapText: true, horizontal: 'Center', border: true },
  label: { font: { name: FONT, size: 10 }, border: true, top: true },
  labelWrap: { font: { name: FONT, size: 10 }, border: true, wrapText: true, top: true },
  input: { font: { name: FONT, size: 10 }, border: true, top: true },
  inputAmount: { font: { name: FONT, size: 10 }, border: true, numberFormat: '#,##0.00', top: true },
  inputText: { font: { name: FONT, size: 10 }, border: true, wrapText: true, top: true },
  derivedAmount: { font: { name: FONT, size: 10 }, fill: GREY, border: true, numberFormat: '#,##0.00', top: true },
  derivedRate: { font: { name: FONT, size: 10 }, fill: GREY, border: true, numberFormat: '0.00', top: true },
  derivedPercent: { font: { name: FONT, size: 10 }, fill: GREY, border: true, numberFormat: '0.00%' },
  derivedScore: { font: { name: FONT, size: 10 }, fill: GREY, border: true, numberFormat: '0.00' },
  heading1: { font: { name: FONT, size: TEXT_STYLE_PT.heading1, bold: true }, horizontal: 'Center', wrapText: true },
  heading2: { font: { name: FONT, size: TEXT_STYLE_PT.heading2, bold: true }, wrapText: true },
  heading3: { font: { name: FONT, size: TEXT_STYLE_PT.heading3, bold: true }, wrapText: true },
  paragraph: { font: { name: FONT, size: TEXT_STYLE_PT.paragraph }, wrapText: true, top: true },
};

/** Highlight colours of the flags. */
export const FLAG_COLOURS = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  rounding: { fill: '#FFF2CC', font: '#7F6000' },
  warning: { fill: '#DDEBF7', font: '#1F4E78' },
} as const;
