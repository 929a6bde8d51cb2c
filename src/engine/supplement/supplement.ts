/**
 * 说明数据 as the engine uses it: every value remembers where it came from (a cell of the 说明数据 sheet, or a
 * path in the JSON file), so the narrative can point each number back to its source.
 */
import type { CellRef } from '../grid/address';
import type { AmountField, TextField, UnitKind } from './keys';

export type Source = { readonly kind: 'cell'; readonly cell: CellRef } | { readonly kind: 'data'; readonly path: string };

export interface Sourced<T> {
  readonly value: T;
  readonly source: Source;
}

export type IndicatorInput = Readonly<Partial<Record<AmountField, Sourced<number>> & Record<TextField, Sourced<string>>>>;

export interface Supplement {
  readonly 单位名称?: Sourced<string>;
  readonly 年度?: Sourced<number>;
  readonly 单位性质?: Sourced<UnitKind>;
  readonly 指标: ReadonlyMap<string, IndicatorInput>;
  readonly 事项: ReadonlyMap<string, Sourced<string | number>>;
}

export const EMPTY_SUPPLEMENT: Supplement = { 指标: new Map(), 事项: new Map() };

/** A Supplement from what was read, leaving out the header fields that were not there. */
export function supplementOf(read: {
  readonly unitName?: Sourced<string> | undefined;
  readonly year?: Sourced<number> | undefined;
  readonly unitKind?: Sourced<UnitKind> | undefined;
  readonly indicators: ReadonlyMap<string, IndicatorInput>;
  readonly matters: ReadonlyMap<string, Sourced<string | number>>;
}): Supplement {
  return {
    ...(read.unitName ? { 单位名称: read.unitName } : {}),
    ...(read.year ? { 年度: read.year } : {}),
    ...(read.unitKind ? { 单位性质: read.unitKind } : {}),
    指标: read.indicators,
    事项: read.matters,
  };
}
