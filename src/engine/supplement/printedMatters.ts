/**
 * The 说明数据 事项 a table beyond the nine prints: 江西's 国有资产占用情况表 (specs/assets.ts) gives in its 合计 row the
 * 房屋构筑物 and 车辆 that §十（三） quotes as 房屋价值 and 车辆价值. Where the 说明数据 leaves one empty the table's stands
 * for it (the text writes it, and a figure the text states is held to it), as the accountant reads it off the printed
 * table; where the 说明数据 gives one, the two are held together (supplement-assets). 固定资产原值 is not among them: the
 * table's 固定资产 小计 may be the 净值 the 资产总额 adds up, not the 原值 the text speaks of. Nor is a 房屋构筑物 other than 0 the
 * 房屋价值 (its 构筑物 are no houses: houseValueIs); it is then the most the houses can be worth (houseValueCeiling).
 */
import type { Recognition } from '../recognise/recognise';
import { figureOf, shownTitle } from '../tables/model';
import type { MoneyFigure, TableModel } from '../tables/model';

/** Each 事项, the 国有资产占用情况表's column of it, and that column's name as the table prints it. */
export const ASSET_MATTERS = [
  ['房屋价值', 'buildings', '房屋构筑物'],
  ['车辆价值', 'vehicles', '车辆'],
] as const;

export type AssetMatter = (typeof ASSET_MATTERS)[number][0];

export interface PrintedMatter {
  readonly figure: MoneyFigure;
  readonly table: TableModel;
  /** What a message calls the figure: 国有资产占用情况表合计行的车辆. */
  readonly name: string;
}

/** The figure the workbook's tables print for 事项 `key`, where one does and it is readable; undefined otherwise. */
export function printedMatter(rec: Recognition, key: string): PrintedMatter | undefined {
  const entry = ASSET_MATTERS.find(([matter]) => matter === key);
  const t = rec.tables.assets;
  if (!entry || !t) return undefined;
  const figure = figureOf(t, 'total', entry[1]);
  if (!figure || figure.invalid) return undefined;
  if (key === '房屋价值' && !houseValueIs(t, figure)) return undefined;
  return { figure, table: t, name: `${shownTitle(t)}合计行的${entry[2]}` };
}

/**
 * The figure a 房屋价值 cannot exceed where the table does not print the houses alone: its 房屋构筑物 other than 0, the
 * houses with their 构筑物. A 房屋价值 below it may be right (the 构筑物 the rest); one above it cannot on one basis, and
 * passed (helper-h301); on two it can (the houses' 原值 above the table's 净值: a 提示, review r307). Undefined where the table prints the 房屋价值 itself (printedMatter), or a 房屋构筑物 below 0 (nothing is a
 * part of it).
 */
export function houseValueCeiling(rec: Recognition): PrintedMatter | undefined {
  const t = rec.tables.assets;
  const figure = t && figureOf(t, 'total', 'buildings');
  if (!t || !figure || figure.invalid || (figure.fen ?? 0) < 0 || houseValueIs(t, figure)) return undefined;
  return { figure, table: t, name: `${shownTitle(t)}合计行的房屋构筑物` };
}

/**
 * Whether the table's 房屋 column is the 房屋价值 §十（三） quotes (房屋X平方米，价值Y万元: the houses an area measures). A column of
 * 房屋构筑物 (江西's, or 房屋及构筑物) adds the 构筑物 (walls, roads, wells) no area counts: a text quoting the houses alone, right,
 * was held to more, a 错误 (helper-h289). So it stands for the houses only where it prints 0 (then none of either), or is
 * headed 房屋 alone.
 */
function houseValueIs(t: TableModel, figure: MoneyFigure): boolean {
  if ((figure.fen ?? 0) === 0) return true;
  const header = t.columns.find((c) => c.key === 'buildings')?.header ?? [];
  return header.length > 0 && !header.some((h) => h.includes('构筑物'));
}
