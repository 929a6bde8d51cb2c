/**
 * A real page that states only 三公 figures, read in tests: the sample's tables (昌吉 2022) with table 07 put to the page's
 * 预算 and 决算, and the sample's 说明数据 with the page's 上年数 (each 指标 only its 上年数) and counts.
 */
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { changji2022Supplement } from '../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../fixtures/workbook';
import { sampleTablesOf } from './oneItemBook';

/** Table 07's six figures of one column (万元). */
export interface ThreePublicItems {
  readonly total: number;
  readonly overseasTravel: number;
  readonly vehicles: number;
  readonly vehiclePurchase: number;
  readonly vehicleOperation: number;
  readonly reception: number;
}

/** The sample's workbook of `year` with table 07's 预算数 and 决算数 as given. */
export function threePublicBook(year: number, budget: ThreePublicItems, actual: ThreePublicItems): WorkbookGrid {
  const data = sampleTablesOf(year);
  Object.assign(data.threePublicCosts.budget, budget);
  Object.assign(data.threePublicCosts.actual, actual);
  return toGrid(buildWorkbook(data, standardPlan(data)));
}

/** The sample's 说明数据 as the page's: its name and year, its 上年数 by 指标 key (nothing else of the sample's), its 事项 counts. */
export function threePublicSupplement(name: string, year: number, prior: Readonly<Record<string, number>>, matters: Readonly<Record<string, number>> = {}): unknown {
  const json = JSON.parse(JSON.stringify(changji2022Supplement));
  json.单位名称 = name;
  json.年度 = year;
  json.指标 = Object.fromEntries(Object.entries(prior).map(([key, value]) => [key, { 上年数: value }]));
  Object.assign(json.事项, matters);
  return json;
}
