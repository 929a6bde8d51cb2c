/**
 * What a 说明数据 JSON would replace of the inputs typed into the workbook's 说明数据 sheet (fill --data over a filled
 * workbook, the pane's import): compared as read, shown as written.
 */
import { replacedInputs, replacedInputsMessage } from '../../../src/engine/supplement/replacedInputs';
import { COLUMNS, SUPPLEMENT_SHEET } from '../../../src/engine/supplement/sheet';
import { resolveSupplement, supplementPlan } from '../../../src/engine/workflow';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

const tables = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
/** The sample with its 说明数据 sheet written from the sample's JSON. */
const filled = applyPlanToGrid(tables, supplementPlan(tables, changji2022Supplement));

/** The filled sample with cells of its 说明数据 sheet typed over: by the row whose first cell is `key`, the column. */
function typedOver(edits: readonly (readonly [key: string, col: number, value: CellValue])[]): WorkbookGrid {
  return {
    ...filled,
    sheets: filled.sheets.map((s) => {
      if (s.name !== SUPPLEMENT_SHEET) return s;
      const rows = s.rows.map((r) => [...r]);
      for (const [key, col, value] of edits) {
        const row = rows.findIndex((r) => r[0] === key);
        expect(row).toBeGreaterThanOrEqual(0);
        while (rows[row]!.length <= col) rows[row]!.push(null);
        rows[row]![col] = value;
      }
      return { ...s, rows };
    }),
  };
}

const replaced = (grid: WorkbookGrid) => resolveSupplement(grid, changji2022Supplement).replaced;

describe('replacedInputs', () => {
  it('finds nothing where the sheet holds what the JSON says, typed as the accountant types it (2022年, 1,801.23 as text)', () => {
    expect(replaced(filled)).toEqual([]);
    expect(replaced(typedOver([['年度', 1, '2022年'], ['收入总计', COLUMNS.上年数, '1,801.23']]))).toEqual([]);
  });

  it('lists each input typed in the sheet that the JSON gives otherwise or not at all, as written', () => {
    const grid = typedOver([
      ['收入总计', COLUMNS.上年数, 1801],
      ['支出总计', COLUMNS.主要用于, '会计补充的说明'],
      ['单位性质', 1, '行政单位'],
    ]);
    expect(replaced(grid)).toEqual([
      { what: '单位性质', sheet: '行政单位', json: '事业单位' },
      { what: '“收入总计”的上年数', cell: '说明数据!D8', sheet: 1801, json: 1801.23 },
      { what: '“支出总计”的主要用于', cell: '说明数据!M9', sheet: '会计补充的说明', json: undefined },
    ]);
    // The pane's import says so before it writes.
    expect(supplementPlan(grid, changji2022Supplement).summary[0]).toBe(
      '将替换说明数据表中您填写的 3 项（单位性质：表中 行政单位，JSON 中 事业单位；“收入总计”的上年数（说明数据!D8）：表中 1801，JSON 中 1801.23；“支出总计”的主要用于（说明数据!M9）：表中 会计补充的说明，JSON 中没有）。',
    );
    expect(supplementPlan(filled, changji2022Supplement).summary[0]).not.toMatch(/^将替换/);
  });

  it('says how many, the first three with both values, and what to do', () => {
    const four = ['甲', '乙', '丙', '丁'].map((k, i) => ({ what: `“${k}”的上年数`, sheet: i + 1, json: i === 0 ? 9 : undefined }));
    expect(replacedInputsMessage(four)).toBe(
      '工作簿的说明数据表中有 4 项您填写的内容与 --data 的 JSON 不同（“甲”的上年数：表中 1，JSON 中 9；“乙”的上年数：表中 2，JSON 中没有；“丙”的上年数：表中 3，JSON 中没有；……）。' +
        '按 JSON 写入会替换或清空它们，因此没有写入任何内容。请去掉 --data，使用表中的说明数据；或先把这些内容改进 JSON。',
    );
  });

  it('compares as written a value the sheet’s reader does not read', () => {
    const side = (value: string) => ({
      supplement: { 指标: new Map(), 事项: new Map() },
      inputs: { meta: {}, indicators: new Map([['收入总计', { 上年数: value }]]), matters: new Map() },
    });
    expect(replacedInputs(side('一千八百'), side('一千八百'))).toEqual([]);
    expect(replacedInputs(side('一千八百'), side('1801'))).toEqual([{ what: '“收入总计”的上年数', sheet: '一千八百', json: '1801' }]);
  });
});
