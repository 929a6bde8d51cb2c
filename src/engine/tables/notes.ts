/**
 * The lines under a table. A table published empty keeps its format and says why under it (上海 template:
 * `说明：上海市XX局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。`); the template's own instruction
 * (`无…的，仍保留该表格式，并在本表下方作下述说明：`) left in place is not that 说明.
 */
import type { TableModel, TextCell } from './model';
import { isEmptyTable } from './model';
import { normalizeText } from '../grid/normalize';
import type { WorkbookGrid } from '../grid/cell';

// `…故本表无数据`, `…为空表`, or no more than `本单位无政府性基金收支` / `没有…收入和支出` / `本单位无“三公”经费支出`.
const SAYS_EMPTY =
  /(没有|无|未发生|不涉及|未安排).*(无数据|空表|为空)|[本此该]表(无数据|为空)|表为空表|(没有|无|未发生|不涉及|未安排)[^,，。;；]*(收支|收入和支出|收入及支出|收入与支出|收入、支出|收入支出|三公.?经费)/;
const TEMPLATE_INSTRUCTION = /仍保留该表格式|作下述说明/;

/** A line saying the table is empty (not the template's instruction to say so). */
export function saysEmpty(text: string): boolean {
  const t = normalizeText(text);
  return SAYS_EMPTY.test(t) && !TEMPLATE_INSTRUCTION.test(t);
}

/** The line under the table that says it is empty, if there is one. */
export function emptyTableNote(table: TableModel): TextCell | undefined {
  return table.notes.find((n) => saysEmpty(n.text));
}

/** An empty table that does not say why under it. */
export function lacksEmptyNote(table: TableModel): boolean {
  return isEmptyTable(table) && emptyTableNote(table) === undefined;
}

/** The longest line read as naming a table and saying it is empty (a sentence, not a page of text). */
const SAID_ELSEWHERE_MAX = 300;
/** The heading of 天津's page of 说明 of its empty tables (十二、关于空表的说明). */
const EMPTY_TABLES_HEADING = '关于空表的说明';

/**
 * An empty table said empty under a heading 关于空表的说明 by a line that names it: 天津's set prints no 说明 under the
 * tables and says it on a page after them (十二、关于空表的说明 / 1.天津市…2022年度政府性基金预算财政拨款收入支出决算表为空表…),
 * which was taken for no 说明 at all (《…》没有数据，表下却没有说明, twice, for every such department). Only under that
 * heading: a 公开说明's §八 or §九 saying the table is empty (the generated one does) is no 说明 printed with the table.
 */
export function emptySaidElsewhere(grid: WorkbookGrid, tableTitles: readonly string[]): boolean {
  const titles = tableTitles.map(normalizeText);
  if (titles.length === 0) return false;
  const names = (v: unknown): boolean => {
    if (typeof v !== 'string' || v.length > SAID_ELSEWHERE_MAX || v.indexOf('表') === -1) return false;
    const t = normalizeText(v);
    return titles.some((title) => t.includes(title)) && saysEmpty(v);
  };
  for (const sheet of grid.sheets) {
    const heading = sheet.rows.findIndex((row) => row.some((v) => typeof v === 'string' && v.includes(EMPTY_TABLES_HEADING)));
    if (heading < 0) continue;
    for (let r = heading; r < sheet.rows.length; r++) if (sheet.rows[r]!.some(names)) return true;
  }
  return false;
}

/** An empty table that says why neither under it nor elsewhere in the workbook (`titles`: its spec's). */
export function lacksEmptyStatement(grid: WorkbookGrid, table: TableModel, titles: readonly string[]): boolean {
  return lacksEmptyNote(table) && !emptySaidElsewhere(grid, titles);
}

/** Said alike by 识别 (a problem) and 检查 (rule empty-table-note): {title} {where}. */
export const EMPTY_WITHOUT_NOTE =
  '《{title}》没有数据，表下却没有说明：公开时无数据的表仍保留表样，请在表下（{where}）写明“说明：本单位本年度没有……收入和支出，故本表无数据。”';

export function emptyWithoutNoteMessage(title: string, where: string): string {
  return EMPTY_WITHOUT_NOTE.replace('{title}', title).replace('{where}', where);
}
