/**
 * The 说明数据 sheet: written from the recognised tables and the 说明数据, read back to the same content, and
 * refreshed without losing anything the user typed.
 */
import ExcelJS from 'exceljs';
import { readXlsx, loadXlsx, workbookToGrid } from '../../../src/hosts/xlsx/read';
import { applyPlan } from '../../../src/hosts/xlsx/apply';
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { inputsOf, SUPPLEMENT_SHEET, supplementSheetPlan, supplementTarget } from '../../../src/engine/supplement/sheet';
import { readSupplementSheet } from '../../../src/engine/supplement/readSheet';
import { resolveSupplement } from '../../../src/engine/workflow';
import type { Supplement } from '../../../src/engine/supplement/supplement';
import { cellAt, WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toXlsx } from '../../../fixtures/workbook';
import { shanghai2024 } from '../../../fixtures/shanghai-2024/tables';
import { shanghai2024Supplement } from '../../../fixtures/shanghai-2024/supplement';

/** The plain values of a supplement, whatever their sources. */
function values(s: Supplement) {
  return {
    单位名称: s.单位名称?.value,
    年度: s.年度?.value,
    单位性质: s.单位性质?.value,
    指标: Object.fromEntries(
      [...s.指标]
        .map(([k, v]) => [k, Object.fromEntries(Object.entries(v).map(([f, x]) => [f, x!.value]))] as const)
        .filter(([, v]) => Object.keys(v).length > 0),
    ),
    事项: Object.fromEntries([...s.事项].map(([k, v]) => [k, v.value])),
  };
}

async function workbook(): Promise<ExcelJS.Workbook> {
  return loadXlsx(await toXlsx(buildWorkbook(changji2022, standardPlan(changji2022))));
}

async function reread(wb: ExcelJS.Workbook): Promise<WorkbookGrid> {
  return readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
}

function fillSheet(wb: ExcelJS.Workbook, grid: WorkbookGrid, json?: unknown) {
  const resolved = resolveSupplement(grid, json);
  applyPlan(wb, supplementSheetPlan(recognise(grid), resolved.supplement, resolved.inputs, resolved));
}

describe('the 说明数据 sheet', () => {
  const json = JSON.parse(JSON.stringify(changji2022Supplement));
  const fromJson = parseSupplementJson(json).supplement;

  it('reads back to exactly the content of the JSON it was written from', async () => {
    const wb = await workbook();
    fillSheet(wb, workbookToGrid(wb), json);
    const grid = await reread(wb);
    const read = readSupplementSheet(grid.sheets.find((s) => s.name === SUPPLEMENT_SHEET)!);
    expect(read.problems).toEqual([]);
    expect(values(read.supplement)).toEqual(values(fromJson));
  });

  it('points 本年数 at the table cells with formulas, and sources every input at its cell', async () => {
    const wb = await workbook();
    fillSheet(wb, workbookToGrid(wb), json);
    const grid = await reread(wb);
    const sheet = grid.sheets.find((s) => s.name === SUPPLEMENT_SHEET)!;
    const rowOf = (key: string) => sheet.rows.findIndex((r) => r[0] === key);
    const r = rowOf('收入总计');
    expect(sheet.formulas![r]![2]).toBe('ROUND(收入支出决算总表!C35,2)');
    expect(cellAt(sheet, r, 2)).toBe(1488.29);
    expect(sheet.formulas![r]![6]).toBe(`IF(OR(C${r + 1}="",D${r + 1}=""),"",ROUND(ROUND(C${r + 1},2)-ROUND(D${r + 1},2),2))`);
    expect([cellAt(sheet, r, 6), cellAt(sheet, r, 7)]).toEqual([-312.94, -17.37]);
    const item = rowOf('2010301');
    expect(sheet.formulas![item]![2]).toBe('ROUND(一般公共预算财政拨款支出决算表!C9,2)');
    const cls = rowOf('201');
    expect(cellAt(sheet, cls, 9)).toBe(89.9);
    const t3 = rowOf('三公经费合计');
    expect(sheet.formulas![t3]![5]).toBe('ROUND(财政拨款三公经费支出决算表!A7,2)');
    expect(cellAt(sheet, t3, 8)).toBe(-0.2);
    const read = readSupplementSheet(sheet);
    expect(read.supplement.指标.get('收入总计')!.上年数!.source).toEqual({ kind: 'cell', cell: { sheet: SUPPLEMENT_SHEET, row: r, col: 3 } });
  });

  it("takes a 项 of table 08 (09) at its 本年支出 there, not at 0: the 上海 §八 compares it with its 年初预算", async () => {
    // 2296002 用于社会福利的彩票公益金支出: 145.60 spent (table 08 only), 年初预算数 150.00 in the 说明数据.
    const wb = await loadXlsx(await toXlsx(buildWorkbook(shanghai2024, standardPlan(shanghai2024))));
    fillSheet(wb, workbookToGrid(wb), JSON.parse(JSON.stringify(shanghai2024Supplement)));
    const sheet = (await reread(wb)).sheets.find((s) => s.name === SUPPLEMENT_SHEET)!;
    const r = sheet.rows.findIndex((x) => x[0] === '2296002');
    expect(sheet.formulas![r]![2]).toBe('ROUND(政府性基金预算财政拨款收入支出决算表!E9,2)');
    expect([cellAt(sheet, r, 1), cellAt(sheet, r, 2), cellAt(sheet, r, 4), cellAt(sheet, r, 8)]).toEqual(['用于社会福利的彩票公益金支出', 145.6, 150, -2.93]);
    // A 项 that no table lists stays at 0 (2010399: budgeted, nothing spent).
    const none = sheet.rows.findIndex((x) => x[0] === '2010399');
    expect([sheet.formulas![none]![2], cellAt(sheet, none, 2)]).toEqual(['0', 0]);
  });

  it('keeps every typed value on refresh, even one that is not a number', async () => {
    const wb = await workbook();
    fillSheet(wb, workbookToGrid(wb), json);
    let grid = await reread(wb);
    const sheet = wb.getWorksheet(SUPPLEMENT_SHEET)!;
    const row = grid.sheets.find((s) => s.name === SUPPLEMENT_SHEET)!.rows.findIndex((r) => r[0] === '公务接待费');
    sheet.getCell(row + 1, 4).value = '约0.3';
    sheet.getCell(row + 1, 13).value = '接待';
    grid = await reread(wb);
    const before = readSupplementSheet(grid.sheets.find((s) => s.name === SUPPLEMENT_SHEET)!);
    expect(before.problems.map((p) => p.cell)).toEqual([`D${row + 1}`]);
    fillSheet(wb, grid);
    const after = await reread(wb);
    const s = after.sheets.find((x) => x.name === SUPPLEMENT_SHEET)!;
    expect([cellAt(s, row, 3), cellAt(s, row, 12)]).toEqual(['约0.3', '接待']);
    expect(values(readSupplementSheet(s).supplement)).toEqual(values(before.supplement));
  });

  it('follows the tables when they change, keeping the inputs', async () => {
    const wb = await workbook();
    fillSheet(wb, workbookToGrid(wb), json);
    // The accountant corrects 收入支出决算总表's 总计 … and a refresh is asked for.
    wb.getWorksheet('收入支出决算总表')!.getCell('C35').value = 1500;
    const grid = await reread(wb);
    fillSheet(wb, grid);
    const s = (await reread(wb)).sheets.find((x) => x.name === SUPPLEMENT_SHEET)!;
    const r = s.rows.findIndex((x) => x[0] === '收入总计');
    expect([cellAt(s, r, 2), cellAt(s, r, 3), cellAt(s, r, 6)]).toEqual([1500, 1801.23, -301.23]);
  });

  it('is the same whether written from JSON or from an earlier sheet (refreshing twice changes nothing)', async () => {
    const wb = await workbook();
    fillSheet(wb, workbookToGrid(wb), json);
    const once = await reread(wb);
    fillSheet(wb, once);
    const twice = await reread(wb);
    const a = once.sheets.find((s) => s.name === SUPPLEMENT_SHEET)!;
    const b = twice.sheets.find((s) => s.name === SUPPLEMENT_SHEET)!;
    expect(b.rows).toEqual(a.rows);
    expect(b.formulas).toEqual(a.formulas);
  });

  it('reports what it cannot read, naming the cell', () => {
    const sheet = {
      name: SUPPLEMENT_SHEET,
      rows: [
        ['说明数据'],
        [],
        ['单位名称', '某局'],
        ['年度', '二〇二二'],
        ['单位性质', '企业'],
        [],
        ['键', '名称', '本年数', '上年数'],
        ['收入总计', '收入总计', null, 'abc'],
        ['不存在的指标', '', null, 5],
        [],
        ['事项', '内容'],
        ['公务用车保有量', '三辆'],
        ['未知事项', 1],
        ['国内公务接待批次', -3],
      ],
    };
    const read = readSupplementSheet(sheet);
    const expected: [string, string][] = [
      ['B4', '工作表“说明数据”B4的年度“二〇二二”不是年份'],
      ['B5', '工作表“说明数据”B5的单位性质“企业”无法识别'],
      ['D8', '工作表“说明数据”D8的上年数“abc”不是数字'],
      ['A9', '工作表“说明数据”A9的指标“不存在的指标”无法识别'],
      ['B12', '工作表“说明数据”B12的“公务用车保有量”应是数字，现为“三辆”'],
      ['A13', '工作表“说明数据”A13的事项“未知事项”无法识别'],
      ['B14', '工作表“说明数据”B14的“国内公务接待批次”是数量，不能为负数，现为“-3”：请改为实际数量（没有的填 0）。'],
    ];
    expect(read.problems.map((p) => p.cell)).toEqual(expected.map(([cell]) => cell));
    read.problems.forEach((p, i) => expect(p.message).toContain(expected[i]![1]));
    expect(read.supplement.单位名称?.value).toBe('某局');
  });

  it('says why a figure cannot be read and what to type, as a table cell’s finding does', () => {
    // Before: every one of these said only “不是数字：请填金额（万元）” or “应是数字…：请改为数字”, and ¥1,801.23 was
    // read as 1,801.23 万元 (most likely 元).
    const sheet = {
      name: SUPPLEMENT_SHEET,
      rows: [
        ['说明数据'],
        [],
        ['单位名称', '某局'],
        ['年度', 2022],
        ['单位性质', '行政单位'],
        [],
        ['键', '名称', '本年数', '上年数', '年初预算数', '全年预算数'],
        ['收入总计', '收入总计', null, '1 8', '1.801,23', { error: '#REF!' }],
        ['支出总计', '支出总计', null, '1801.23元', '¥1,801.23', true],
        ['机关运行经费', '机关运行经费', null, '–3.20', '12 345.00', null],
        [],
        ['事项', '内容'],
        ['实有人数', '2 5'],
        ['政府采购支出总额', '55,51'],
        ['固定资产原值', '￥100.00'],
        ['房屋面积', '1 2'],
      ],
    };
    const read = readSupplementSheet(sheet);
    expect(read.problems.map((p) => [p.cell, p.message])).toEqual([
      ['D8', '工作表“说明数据”D8的上年数“1 8”数字中间有空格，不是三位一组的千分位：请删去空格，填入数字（如 1372.79 或 1,372.79）。'],
      ['E8', '工作表“说明数据”E8的年初预算数“1.801,23”用逗号作小数点或千分位不是三位一组，无法确定数值：请用小数点，逗号只作三位一组的千分位（如 1,372.79）。'],
      ['F8', '工作表“说明数据”F8的全年预算数“#REF!”是 Excel 错误值：请修正公式或填入数字。'],
      ['D9', '工作表“说明数据”D9的上年数“1801.23元”带的单位是元，而说明数据的金额以万元计：请换算成万元，只填数字（1801.23元即 0.180123 万元，填 0.180123）。'],
      ['E9', '工作表“说明数据”E9的年初预算数“¥1,801.23”带人民币符号¥，而说明数据的金额以万元计：带¥的数一般是以元计的金额，无法确定是元还是万元。请按万元只填数字，不带¥。'],
      ['F9', '工作表“说明数据”F9的全年预算数“TRUE”是逻辑值，不是数字：请填入数字。'],
      ['D10', '工作表“说明数据”D10的上年数“–3.20”的写法本表公式读不出（增减额、增减率等会显示 #VALUE!），未读取：请只填数字 -3.2（万元；负数用半角减号“-”，不带△、空格等）。'],
      ['E10', '工作表“说明数据”E10的年初预算数“12 345.00”的写法本表公式读不出（增减额、增减率等会显示 #VALUE!），未读取：请只填数字 12345（万元；负数用半角减号“-”，不带△、空格等）。'],
      ['B13', '工作表“说明数据”B13的“实有人数”现为“2 5”，数字中间有空格，不是三位一组的千分位：请删去空格，填入数字（如 1372.79 或 1,372.79）。'],
      ['B14', '工作表“说明数据”B14的“政府采购支出总额”现为“55,51”，用逗号作小数点或千分位不是三位一组，无法确定数值：请用小数点，逗号只作三位一组的千分位（如 1,372.79）。'],
      ['B15', '工作表“说明数据”B15的“固定资产原值”现为“￥100.00”，带人民币符号¥，而说明数据的金额以万元计：带¥的数一般是以元计的金额，无法确定是元还是万元。请按万元只填数字，不带¥。'],
      ['B16', '工作表“说明数据”B16的“房屋面积”现为“1 2”，数字中间有空格，不是三位一组的千分位：请删去空格，填入数字（如 1372.79 或 1,372.79）。'],
    ]);
    // Nothing of the unreadable ones; nor of a negative typed with an en dash or a thousands grouping by a space, which the
    // row's formulas cannot read (formulaUnreadAmount): before, read as -3.2 and 12345 while the sheet showed #VALUE!.
    expect([read.supplement.指标.get('机关运行经费')?.上年数, read.supplement.指标.get('机关运行经费')?.年初预算数]).toEqual([undefined, undefined]);
    expect(read.supplement.指标.get('收入总计')?.上年数).toBeUndefined();
    expect(read.supplement.指标.get('支出总计')?.年初预算数).toBeUndefined();
    expect(read.supplement.事项.get('固定资产原值')).toBeUndefined();
  });

  it('reads an amount typed with the field’s own unit (12.50万元) as a table cell does, and asks of another unit', () => {
    // Before: 12.50万元 was refused (带了单位：…请按万元只填数字) and the figure went unread.
    const sheet = {
      name: SUPPLEMENT_SHEET,
      rows: [
        ['说明数据'],
        [],
        ['单位名称', '某局'],
        ['年度', 2022],
        ['单位性质', '行政单位'],
        [],
        ['键', '名称', '本年数', '上年数', '年初预算数', '全年预算数'],
        ['收入总计', '收入总计', null, '12.50万元', '1,372.79 万元', null],
        ['支出总计', '支出总计', null, '125000元', '1250千元', null],
        [],
        ['事项', '内容'],
        ['政府采购支出总额', '55.51万元'],
        ['固定资产原值', '3000元'],
        ['实有人数', '25万元'],
      ],
    };
    const read = readSupplementSheet(sheet);
    expect(read.supplement.指标.get('收入总计')).toMatchObject({ 上年数: { value: 12.5 }, 年初预算数: { value: 1372.79 } });
    expect(read.supplement.事项.get('政府采购支出总额')?.value).toBe(55.51);
    // Another unit is not converted silently: unread, and what to type is said.
    expect(read.supplement.指标.get('支出总计')?.上年数).toBeUndefined();
    expect(read.supplement.指标.get('支出总计')?.年初预算数).toBeUndefined();
    expect(read.supplement.事项.get('固定资产原值')).toBeUndefined();
    expect(read.problems.map((p) => [p.cell, p.message])).toEqual([
      ['D9', '工作表“说明数据”D9的上年数“125000元”带的单位是元，而说明数据的金额以万元计：请换算成万元，只填数字（125000元即 12.5 万元，填 12.5）。'],
      ['E9', '工作表“说明数据”E9的年初预算数“1250千元”带的单位是千元，而说明数据的金额以万元计：请换算成万元，只填数字（1250千元即 125 万元，填 125）。'],
      ['B13', '工作表“说明数据”B13的“固定资产原值”现为“3000元”，带的单位是元，而说明数据的金额以万元计：请换算成万元，只填数字（3000元即 0.3 万元，填 0.3）。'],
      ['B14', '工作表“说明数据”B14的“实有人数”应是数字，现为“25万元”：请改为数字。'],
    ]);
    // A refresh writes every cell back as typed (the add-in never overwrites what the accountant typed): the sheet's
    // 增减额 and 增减率 read the text (supplementSheetPlan). Before: 12.5 was written over 12.50万元.
    expect(read.inputs.indicators.get('收入总计')).toMatchObject({ 上年数: '12.50万元', 年初预算数: '1,372.79 万元' });
    expect(read.inputs.indicators.get('支出总计')).toMatchObject({ 上年数: '125000元', 年初预算数: '1250千元' });
    expect(read.inputs.matters.get('政府采购支出总额')).toBe('55.51万元');
    expect(read.inputs.matters.get('固定资产原值')).toBe('3000元');
  });

  it('reads 0元 in a 万元 field as 0 (as a table does), and an area typed with its unit (1200平方米)', () => {
    // Before: 0元 was a problem (带的单位是元…请换算成万元) and the figure unread; 1200平方米 was 应是数字.
    const sheet = {
      name: SUPPLEMENT_SHEET,
      rows: [
        ['说明数据'],
        [],
        ['单位名称', '某局'],
        ['年度', 2022],
        ['单位性质', '行政单位'],
        [],
        ['键', '名称', '本年数', '上年数', '年初预算数', '全年预算数'],
        ['收入总计', '收入总计', null, '0元', '0.00千元', null],
        [],
        ['事项', '内容'],
        ['固定资产原值', '0元'],
        ['房屋面积', '1200平方米'],
        ['车辆价值', '3元'],
      ],
    };
    const read = readSupplementSheet(sheet);
    expect(read.supplement.指标.get('收入总计')).toMatchObject({ 上年数: { value: 0 }, 年初预算数: { value: 0 } });
    expect(read.supplement.事项.get('固定资产原值')?.value).toBe(0);
    expect(read.supplement.事项.get('房屋面积')?.value).toBe(1200);
    // A figure other than 0 in another unit is still asked, not converted.
    expect(read.problems.map((p) => p.cell)).toEqual(['B13']);
    // Kept as typed on refresh.
    expect(read.inputs.indicators.get('收入总计')).toMatchObject({ 上年数: '0元' });
    expect(read.inputs.matters.get('房屋面积')).toBe('1200平方米');
  });

  it('reads JSON strings as the form and the sheet do: the field’s own unit, a number as text, 0元, an area with its unit', () => {
    // Before: every one of them was refused (应是数字（万元）, 应是金额（万元）, 应是面积（平方米）).
    const { supplement, problems } = parseSupplementJson({
      指标: { 收入总计: { 上年数: '12.50万元', 年初预算数: '1,801.23' }, 支出总计: { 上年数: '0元', 年初预算数: '125000元' } },
      事项: { 政府采购支出总额: ' 55.51 万元 ', 房屋面积: '1200平方米', 实有人数: '25', 固定资产原值: '¥3,000.00', 车辆数: '3万元' },
    });
    expect(supplement.指标.get('收入总计')).toMatchObject({ 上年数: { value: 12.5 }, 年初预算数: { value: 1801.23 } });
    expect(supplement.指标.get('支出总计')?.上年数?.value).toBe(0);
    expect(supplement.事项.get('政府采购支出总额')?.value).toBe(55.51);
    expect(supplement.事项.get('房屋面积')?.value).toBe(1200);
    expect(supplement.事项.get('实有人数')?.value).toBe(25);
    // Another unit, a yuan sign, an amount for a count: refused, each saying why as the sheet does.
    expect(problems).toEqual([
      { path: '指标.支出总计.年初预算数', message: '“支出总计”的年初预算数“125000元”带的单位是元，而说明数据的金额以万元计：请换算成万元，只填数字（125000元即 12.5 万元，填 12.5）。' },
      { path: '事项.固定资产原值', message: '“固定资产原值”现为“¥3,000.00”，带人民币符号¥，而说明数据的金额以万元计：带¥的数一般是以元计的金额，无法确定是元还是万元。请按万元只填数字，不带¥。' },
      { path: '事项.车辆数', message: '“车辆数”应是非负数。' },
    ]);
  });

  it('the plan says what it will write', () => {
    const grid = { sheets: [] };
    const plan = supplementSheetPlan(recognise(grid), fromJson, inputsOf(fromJson), { target: supplementTarget(grid), previousHeight: 0 });
    expect(plan.summary[0]).toMatch(/^在工作表“说明数据”写入 \d+ 个指标/);
  });
});
