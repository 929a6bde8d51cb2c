/**
 * How the plan's cell styles look in WPS 表格: the Office host's styles (one look in every host), in the ET
 * object model's terms — BGR colours, XlHAlign constants — and the highlight colours of the flags.
 */
import type { CellStyle, FlagLevel } from '../../engine/plan/plan';
import { FLAG_COLOURS, OFFICE_STYLES } from '../office/styles';
import { bgr } from './et';

export interface EtStyle {
  readonly fontName?: string;
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly fontColor?: number;
  readonly fill?: number;
  readonly numberFormat?: string;
  readonly wrapText?: boolean;
  readonly horizontal?: number;
  readonly borderColor?: number;
}

const H_ALIGN = { Center: -4108, Left: -4131, Right: -4152 } as const;
const BORDER = bgr('#BFBFBF');

function etStyle(name: CellStyle): EtStyle {
  const s = OFFICE_STYLES[name];
  return {
    ...(s.font?.name ? { fontName: s.font.name } : {}),
    ...(s.font?.size ? { fontSize: s.font.size } : {}),
    ...(s.font?.bold !== undefined ? { bold: s.font.bold } : {}),
    ...(s.font?.color ? { fontColor: bgr(s.font.color) } : {}),
    ...(s.fill ? { fill: bgr(s.fill) } : {}),
    ...(s.numberFormat ? { numberFormat: s.numberFormat } : {}),
    ...(s.wrapText ? { wrapText: true } : {}),
    ...(s.horizontal ? { horizontal: H_ALIGN[s.horizontal] } : {}),
    ...(s.border ? { borderColor: BORDER } : {}),
  };
}

export const ET_STYLES: Readonly<Record<CellStyle, EtStyle>> = Object.fromEntries(
  (Object.keys(OFFICE_STYLES) as CellStyle[]).map((name) => [name, etStyle(name)]),
) as Record<CellStyle, EtStyle>;

export const ET_FLAG_COLOURS: Readonly<Record<FlagLevel, { readonly fill: number; readonly font: number }>> = {
  error: { fill: bgr(FLAG_COLOURS.error.fill), font: bgr(FLAG_COLOURS.error.font) },
  rounding: { fill: bgr(FLAG_COLOURS.rounding.fill), font: bgr(FLAG_COLOURS.rounding.font) },
  warning: { fill: bgr(FLAG_COLOURS.warning.fill), font: bgr(FLAG_COLOURS.warning.font) },
};
