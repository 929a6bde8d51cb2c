/**
 * The 说明数据 form (engine/supplement/form.ts): what the chosen preset's 公开说明 asks for, grouped by the
 * section that uses it, what is still missing for that preset; typing in it writes the 说明数据 sheet through one
 * plan per change, keeping everything else typed; invalid input is said at the field and kept, never lost.
 */
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { cellAt } from '../../../src/engine/grid/cell';
import { parseA1 } from '../../../src/engine/grid/address';
import { entryOf, fieldProblem, FormField, formValue, supplementEditPlan, supplementForm } from '../../../src/engine/supplement/form';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { guardPlan } from '../../../src/engine/plan/guard';
import { markedSheets } from '../../../src/engine/plan/owned';
import { resolveSupplement, supplementPlan } from '../../../src/engine/workflow';
import { sample, sampleWithSupplementSheet, sheet } from '../../support/ruleTester';
import { JIANGXI_ASSETS, jiangxiAssetsRows } from '../../support/layouts';

const xinjiang = PRESETS.xinjiang!;
const shanghai = PRESETS.shanghai!;

const edit = (grid: WorkbookGrid, ...edits: [string, string][]) => applyPlanToGrid(grid, supplementEditPlan(grid, edits.map(([path, text]) => ({ path, text }))));
const fields = (grid: WorkbookGrid, preset = xinjiang): FormField[] =>
  supplementForm(grid, preset).sections.flatMap((s) => [...s.indicators.flatMap((i) => i.fields), ...s.others]);
const fieldAt = (grid: WorkbookGrid, path: string, preset = xinjiang) => fields(grid, preset).find((f) => f.path === path);
const sheetValue = (grid: WorkbookGrid, a1: string) => {
  const { row, col } = parseA1(a1);
  return cellAt(grid.sheets.find((s) => s.name === '说明数据')!, row, col);
};

describe('the form for a preset', () => {
  it('groups what the 新疆 公开说明 needs by its sections, in the document’s order, each indicator with its 本年数', () => {
    const form = supplementForm(sample(), xinjiang);
    expect(form.sections.map((s) => s.title)).toEqual([
      '第一部分 单位概况',
      '一、收入支出决算总体情况说明',
      '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '十、其他重要事项的情况说明',
      '十一、预算绩效的情况说明',
    ]);
    const income = form.sections[1]!.indicators[0]!;
    expect(income).toMatchObject({ key: '收入总计', name: '收入总计', current: '1,488.29' });
    expect(income.fields.map((f) => f.label)).toEqual(['上年数', '主要原因']);
    const appropriation = form.sections[2]!.indicators[0]!;
    expect(appropriation.fields.map((f) => f.label)).toEqual(['上年数', '年初预算数', '主要原因', '预决算差异原因']);
    // 决算单位构成 too: with nothing typed, how many units the 部门决算 has is asked, never assumed to be one.
    expect(form.sections[0]!.others.map((f) => f.label)).toEqual(['主要职能', '实有人数', '在职人数', '离休人数', '退休人数', '决算单位构成', '机构设置']);
  });

  it('with no 说明数据 sheet: everything is missing, the sheet is to be created, no field has a cell yet', () => {
    const form = supplementForm(sample(), xinjiang);
    expect(form).toMatchObject({ sheet: '说明数据', exists: false });
    const all = fields(sample());
    expect(all.every((f) => f.missing && f.value === '' && f.cell === undefined)).toBe(true);
    expect(form.sections.reduce((n, s) => n + s.missing, 0)).toBe(all.length);
    expect(form.gaps.length).toBeGreaterThan(80);
  });

  it('judges completeness for the preset chosen: the sample’s 说明数据 is complete for 新疆, not for 上海', () => {
    const grid = sampleWithSupplementSheet();
    const forXinjiang = supplementForm(grid, xinjiang);
    expect(forXinjiang.gaps).toEqual([]);
    expect(forXinjiang.sections.every((s) => s.missing === 0)).toBe(true);
    const forShanghai = supplementForm(grid, shanghai);
    expect(forShanghai.gaps.length).toBeGreaterThan(0);
    const missing = fields(grid, shanghai).filter((f) => f.missing).map((f) => f.path);
    expect(missing).toEqual(expect.arrayContaining(['指标.2010301.主要用于', '指标.2010301.年初预算数', '事项.绩效管理制度']));
    // A single unit (its 机构设置 given): 上海's 二、 is 机构设置, so no 决算单位构成 is asked for.
    expect(missing).not.toContain('事项.决算单位构成');
    // Sections only 上海 has are in its form.
    expect(forShanghai.sections.map((s) => s.id)).toContain('名词解释');
    expect(forXinjiang.sections.map((s) => s.id)).not.toContain('名词解释');
  });
});

describe('a 事项 a table prints (江西’s 国有资产占用情况表)', () => {
  const jiangxi = (): WorkbookGrid => ({ sheets: [...sample().sheets, { name: JIANGXI_ASSETS, rows: jiangxiAssetsRows() }] });

  it('still offers 房屋价值 and 车辆价值, not missing, saying the table’s figure is taken while they are empty', () => {
    const vehicles = fieldAt(jiangxi(), '事项.车辆价值');
    expect(vehicles).toMatchObject({ label: '车辆价值', kind: 'amount', value: '', missing: false, printed: '留空即取国有资产占用情况表合计行的车辆 72.85 万元' });
    expect(fieldAt(jiangxi(), '事项.房屋价值')?.printed).toMatch(/^留空即取国有资产占用情况表合计行的房屋构筑物 [\d,]+\.\d\d 万元$/);
    // Where no table prints them they are asked for as before, with no such note.
    expect(fieldAt(sample(), '事项.车辆价值')).toMatchObject({ missing: true });
    expect(fieldAt(sample(), '事项.车辆价值')?.printed).toBeUndefined();
    // 上海's text has no 国有资产 paragraph: nothing to offer.
    expect(fieldAt(jiangxi(), '事项.车辆价值', shanghai)).toBeUndefined();
  });

  it('a value typed there is written to the 说明数据 sheet and shown', () => {
    const grid = edit(jiangxi(), ['事项.车辆价值', '78.25']);
    expect(fieldAt(grid, '事项.车辆价值')).toMatchObject({ value: '78.25', missing: false });
  });
});

describe('typing in the form', () => {
  it('creates the 说明数据 sheet on the first change, marked as the add-in’s, with the value typed', () => {
    const grid = sample();
    const plan = supplementEditPlan(grid, [{ path: '指标.收入总计.上年数', text: '1,801.23' }]);
    expect(plan.summary).toContain('在工作表“说明数据”写入 收入总计的上年数：1801.23。');
    expect(() => guardPlan(grid, plan)).not.toThrow();
    const after = applyPlanToGrid(grid, plan);
    expect(markedSheets(after).get('supplement')?.name).toBe('说明数据');
    expect(sheetValue(after, 'D8')).toBe(1801.23);
    // The sheet's own formulas computed from it.
    expect(sheetValue(after, 'G8')).toBe(-312.94);
    const field = fieldAt(after, '指标.收入总计.上年数')!;
    expect(field).toMatchObject({ value: '1801.23', missing: false, cell: '说明数据!D8' });
    expect(field.problem).toBeUndefined();
  });

  it('keeps every other entry as typed when one changes, and clears an entry typed empty', () => {
    let grid = edit(sample(), ['指标.收入总计.上年数', '1801.23'], ['指标.收入总计.主要原因', '人员增加。\n'], ['事项.实有人数', '25'], ['单位性质', '行政单位']);
    grid = edit(grid, ['指标.支出总计.上年数', '1790']);
    expect(sheetValue(grid, 'D8')).toBe(1801.23);
    expect(sheetValue(grid, 'D9')).toBe(1790);
    // A long text keeps its inner line breaks; trailing spaces go.
    expect(fieldAt(grid, '指标.收入总计.主要原因')!.value).toBe('人员增加。');
    expect(fieldAt(grid, '事项.实有人数')!.value).toBe('25');
    expect(fieldAt(grid, '单位性质')).toMatchObject({ value: '行政单位', cell: '说明数据!B5' });
    const plan = supplementEditPlan(grid, [{ path: '事项.实有人数', text: '' }]);
    expect(plan.summary).toContain('在工作表“说明数据”写入 清空事项“实有人数”。');
    grid = applyPlanToGrid(grid, plan);
    expect(fieldAt(grid, '事项.实有人数')).toMatchObject({ value: '', missing: true });
    expect(fieldAt(grid, '指标.收入总计.上年数')!.value).toBe('1801.23');
  });

  it('keeps what the accountant typed elsewhere in the sheet by hand', () => {
    let grid = edit(sample(), ['指标.收入总计.上年数', '1801.23']);
    // A 主要原因 typed straight into the sheet (K9: 支出总计).
    const s = grid.sheets.find((x) => x.name === '说明数据')!;
    grid = applyPlanToGrid(grid, { ops: [{ op: 'setCells', sheet: s.name, row: 8, col: 10, cells: [[{ value: '在表中直接填写' }]] }], summary: [] });
    grid = edit(grid, ['指标.收入总计.上年数', '1800']);
    expect(sheetValue(grid, 'K9')).toBe('在表中直接填写');
    expect(sheetValue(grid, 'D8')).toBe(1800);
  });

  it('keeps invalid input as typed and says what is wrong at the field', () => {
    const grid = edit(sample(), ['指标.收入总计.上年数', '一千'], ['事项.实有人数', '-3']);
    expect(sheetValue(grid, 'D8')).toBe('一千');
    const amount = fieldAt(grid, '指标.收入总计.上年数')!;
    expect(amount).toMatchObject({ value: '一千', missing: true });
    expect(amount.problem).toBe('工作表“说明数据”D8的上年数“一千”不是数字：请填金额（万元），不知道时留空。');
    expect(fieldAt(grid, '事项.实有人数')!.value).toBe('-3');
    expect(fieldProblem('count', '-3')).toBe('“-3”是负数：数量应为 0 或正数，如 3。');
  });

  it('reads an amount typed with the field’s own unit (12.50万元) as its number, and asks of another unit (125000元)', () => {
    // Before: 12.50万元 was kept as text and said 带了单位, the sheet's 增减额 formula left taking text.
    const grid = edit(sample(), ['指标.收入总计.上年数', '12.50万元'], ['事项.政府采购支出总额', ' 55.51 万元 '], ['指标.支出总计.上年数', '125000元']);
    expect(sheetValue(grid, 'D8')).toBe(12.5);
    expect(fieldAt(grid, '指标.收入总计.上年数')).toMatchObject({ value: '12.5', missing: false });
    expect(fieldAt(grid, '指标.收入总计.上年数')!.problem).toBeUndefined();
    expect(resolveSupplement(grid).supplement.事项.get('政府采购支出总额')?.value).toBe(55.51);
    // Another unit: kept as typed, not converted, and what to type said.
    expect(sheetValue(grid, 'D9')).toBe('125000元');
    expect(fieldAt(grid, '指标.支出总计.上年数')!.problem).toBe(
      '工作表“说明数据”D9的上年数“125000元”带的单位是元，而说明数据的金额以万元计：请换算成万元，只填数字（125000元即 12.5 万元，填 12.5）。',
    );
    expect(resolveSupplement(grid).supplement.指标.get('支出总计')?.上年数).toBeUndefined();
  });

  it.each([
    ['12.50万元', 'IFERROR(VALUE(TRIM(SUBSTITUTE(ASC(D8),"万元",""))),IF(VALUE(TRIM(SUBSTITUTE(SUBSTITUTE(ASC(D8),"千元",""),"元","")))=0,0,NA()))'],
    [' 12.50 ', 'IFERROR(VALUE(TRIM(SUBSTITUTE(ASC(D8),"万元",""))),IF(VALUE(TRIM(SUBSTITUTE(SUBSTITUTE(ASC(D8),"千元",""),"元","")))=0,0,NA()))'],
    ['1,801.23', 'IFERROR(VALUE(TRIM(SUBSTITUTE(ASC(D8),"万元",""))),IF(VALUE(TRIM(SUBSTITUTE(SUBSTITUTE(ASC(D8),"千元",""),"元","")))=0,0,NA()))'],
  ])('keeps %j typed straight into the sheet on refresh, its 增减额 and 增减率 reading it as the text does', (typedText, operand) => {
    let grid = edit(sample(), ['指标.收入总计.上年数', '1']);
    const s = grid.sheets.find((x) => x.name === '说明数据')!;
    grid = applyPlanToGrid(grid, { ops: [{ op: 'setCells', sheet: s.name, row: 7, col: 3, cells: [[{ value: typedText }]] }], summary: [] });
    const prior = resolveSupplement(grid).supplement.指标.get('收入总计')?.上年数?.value;
    const plan = supplementPlan(grid);
    expect(() => guardPlan(grid, plan)).not.toThrow();
    grid = applyPlanToGrid(grid, plan);
    const sheetAfter = grid.sheets.find((x) => x.name === '说明数据')!;
    // Never overwritten (before: 12.5 written over 12.50万元; 1,801.23 kept but 增减额 and 增减率 blank beside the text's figures).
    expect(sheetValue(grid, 'D8')).toBe(typedText);
    const current = 1488.29;
    expect(sheetValue(grid, 'G8')).toBe(Math.round((current - prior!) * 100) / 100);
    expect(sheetValue(grid, 'H8')).not.toBe('');
    // The formulas read the text (ROUND of 12.50万元 is #VALUE! in Excel), and stay live.
    expect(sheetAfter.formulas![7]![6]).toBe(`IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(${operand},2),2))`);
    expect(sheetAfter.formulas![7]![7]).toContain(`ROUND(${operand},2)`);
    // A second refresh changes nothing.
    const again = applyPlanToGrid(grid, supplementPlan(grid));
    expect(again.sheets.find((x) => x.name === '说明数据')!.rows).toEqual(sheetAfter.rows);
  });

  it.each([
    ['(12.50)', -12.5],
    ['（12.50）万元', -12.5],
    ['１２．５０万元', 12.5],
    ['+12.50', 12.5],
    ['12.50 万元', 12.5],
    ['.5', 0.5],
  ])('reads %j typed into the sheet as the row’s formulas do (VALUE reads it alike in Excel, WPS and LibreOffice): %d', (typedText, prior) => {
    let grid = edit(sample(), ['指标.收入总计.上年数', '1']);
    grid = applyPlanToGrid(grid, { ops: [{ op: 'setCells', sheet: '说明数据', row: 7, col: 3, cells: [[{ value: typedText }]] }], summary: [] });
    expect(resolveSupplement(grid).supplement.指标.get('收入总计')?.上年数?.value).toBe(prior);
    expect(resolveSupplement(grid).problems).toEqual([]);
    grid = applyPlanToGrid(grid, supplementPlan(grid));
    expect(grid.sheets.find((x) => x.name === '说明数据')!.formulas![7]![6]).toContain('VALUE(TRIM(SUBSTITUTE(ASC(D8)');
    expect(sheetValue(grid, 'G8')).toBe(Math.round((1488.29 - prior) * 100) / 100);
  });

  it.each([
    ['　12.50　', '12.5'],
    ['△12.50', '-12.5'],
    ['▲12.50', '-12.5'],
    ['12.50-', '-12.5'],
    ['−12.50', '-12.5'],
    ['–12.50', '-12.5'],
    ['1 372.79', '1372.79'],
    ['1\u00a0372.79', '1372.79'],
    ['12.50万 元', '12.5'],
    ["'12.50", '12.5'],
    // Characters that do not show, or break the message's line, shown by name (the message one readable line).
    ['12.50\u200b', '12.5', '12.50[零宽字符]'],
    ['12.50\u00a0', '12.5'],
    ['\t12.50', '12.5', '[制表符]12.50'],
    ['12.50\n', '12.5', '12.50[换行]'],
    ['12.50\r\n', '12.5', '12.50[换行]'],
    ['△0元', '0'],
  ])('does not read %j typed into the sheet, which the row’s formulas cannot read: unread and said at its cell, as 5元', (typedText: string, plain: string, shown = typedText) => {
    // Before: read as the engine's figure (the 增减额 worked from it, the text quoting it) while the sheet's 增减额 and
    // 增减率 beside it were #VALUE! (VALUE of the text), and nothing said why.
    let grid = edit(sample(), ['指标.收入总计.上年数', '1']);
    grid = applyPlanToGrid(grid, { ops: [{ op: 'setCells', sheet: '说明数据', row: 7, col: 3, cells: [[{ value: typedText }]] }], summary: [] });
    const resolved = resolveSupplement(grid);
    expect(resolved.supplement.指标.get('收入总计')?.上年数).toBeUndefined();
    expect(resolved.problems.map((p) => ['cell' in p ? p.cell : undefined, p.message])).toEqual([
      [
        'D8',
        `工作表“说明数据”D8的上年数“${shown}”的写法本表公式读不出（增减额、增减率等会显示 #VALUE!），未读取：请只填数字 ${plain}（万元；负数用半角减号“-”，不带△、空格等）。`,
      ],
    ]);
    grid = applyPlanToGrid(grid, supplementPlan(grid));
    // Kept as typed; the formulas take the cell as it stands (#VALUE! in the sheet), the engine's value beside them blank.
    expect(sheetValue(grid, 'D8')).toBe(typedText);
    expect(grid.sheets.find((x) => x.name === '说明数据')!.formulas![7]![6]).toBe('IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(D8,2),2))');
    expect([sheetValue(grid, 'G8'), sheetValue(grid, 'H8')]).toEqual([null, null]);
  });

  it('quotes text that is no number with its tab or line break shown by name, the message one line', () => {
    // Before: 上年数“待定\n另报”不是数字 with the line break in the message (two lines in the pane and the 检查结果 sheet).
    let grid = edit(sample(), ['指标.收入总计.上年数', '1']);
    grid = applyPlanToGrid(grid, { ops: [{ op: 'setCells', sheet: '说明数据', row: 7, col: 3, cells: [[{ value: '待定\n另报\t' }]] }], summary: [] });
    const messages = resolveSupplement(grid).problems.map((p) => p.message);
    expect(messages).toEqual(['工作表“说明数据”D8的上年数“待定[换行]另报[制表符]”不是数字：请填金额（万元），不知道时留空。']);
  });

  it('refuses a path the 说明数据 has no entry for, writing nothing', () => {
    expect(() => supplementEditPlan(sample(), [{ path: '指标.不存在的指标.上年数', text: '1' }])).toThrow('说明数据中没有“指标.不存在的指标.上年数”一项。');
  });

  it('does not take over a sheet of the accountant’s own named 说明数据: it writes beside it', () => {
    const grid: WorkbookGrid = { ...sample(), sheets: [...sample().sheets, sheet('说明数据', [['我自己的记录']])] };
    const plan = supplementEditPlan(grid, [{ path: '事项.实有人数', text: '25' }]);
    expect(() => guardPlan(grid, plan)).not.toThrow();
    const after = applyPlanToGrid(grid, plan);
    expect(after.sheets.find((s) => s.name === '说明数据')!.rows).toEqual([['我自己的记录']]);
    const ours = markedSheets(after).get('supplement')!.name;
    expect(ours).not.toBe('说明数据');
    expect(resolveSupplement(after).supplement.事项.get('实有人数')?.value).toBe(25);
  });
});

describe('a field’s entry, value and check', () => {
  it.each([
    ['单位性质', { meta: '单位性质' }],
    ['年度', { meta: '年度' }],
    ['事项.公务用车保有量', { matter: '公务用车保有量' }],
    ['指标.收入总计.上年数', { indicator: '收入总计', field: '上年数' }],
    ['指标.2010301.主要用于', { indicator: '2010301', field: '主要用于' }],
  ])('%s is an entry of the 说明数据', (path, entry) => {
    expect(entryOf(path)).toEqual(entry);
  });

  it.each(['指标.收入总计', '指标.收入总计.本年数.x', '指标.收入总计.颜色', '事项.不存在', '事项', '其他'])('%s is not', (path) => {
    expect(entryOf(path)).toBeUndefined();
  });

  it('stores numbers as numbers where a number belongs, anything else as typed', () => {
    expect(formValue('amount', ' 1,801.23 ')).toBe(1801.23);
    expect(formValue('amount', '一千')).toBe('一千');
    expect(formValue('count', '３')).toBe(3);
    expect(formValue('year', '2022')).toBe(2022);
    expect(formValue('text', ' 行政单位 ')).toBe('行政单位');
    expect(formValue('longText', '  第一行\n第二行  \n')).toBe('  第一行\n第二行');
    expect(formValue('amount', '   ')).toBeNull();
    // Kept as typed for the sheet's reader to ask: most likely 元, not 1,801.23 万元.
    expect(formValue('amount', ' ¥1,801.23 ')).toBe('¥1,801.23');
    expect(formValue('amount', '–3.20')).toBe(-3.2);
    // The field's own unit: the number; another unit: as typed, for the reader to ask.
    expect(formValue('amount', '12.50万元')).toBe(12.5);
    expect(formValue('amount', '125000元')).toBe('125000元');
    expect(formValue('count', '3万元')).toBe('3万元');
    // Nothing is nothing in any unit (was: 0元 kept as text, a problem); an area with its unit (was: 不是数字).
    expect(formValue('amount', '0元')).toBe(0);
    expect(formValue('area', '1200平方米')).toBe(1200);
    expect(formValue('area', '1,200 ㎡')).toBe(1200);
  });

  it.each([
    ['amount', '1801.23', undefined],
    ['amount', '-5', undefined],
    ['amount', '一千', '“一千”不是数字：请填金额（万元），不知道时留空。'],
    ['area', '120.5', undefined],
    ['area', '很大', '“很大”不是数字：请填面积（平方米）。'],
    ['area', '1200平方米', undefined],
    ['amount', '0元', undefined],
    ['count', '3', undefined],
    ['count', '-3', '“-3”是负数：数量应为 0 或正数，如 3。'],
    ['count', '三', '“三”不是数字：请用阿拉伯数字填数量，如 3。'],
    ['count', '三十人', '“三十人”不是数字：请用阿拉伯数字填数量，如 3。'],
    ['year', '2022', undefined],
    ['year', '22', '“22”不是年份：请填四位数的年份，如 2022。'],
    ['year', '2022.5', '“2022.5”不是年份：请填四位数的年份，如 2022。'],
    ['unitKind', '行政单位', undefined],
    ['unitKind', '企业', '请选择 行政单位、参公事业单位、事业单位、混合 之一。'],
    ['longText', '任何文字', undefined],
    ['amount', '', undefined],
    // Why, as the sheet's reader says it (was: 不是数字 of each; ¥1,801.23 stored as 1,801.23 万元).
    ['amount', '1 2', '“1 2”数字中间有空格，不是三位一组的千分位：请删去空格，填入数字（如 1372.79 或 1,372.79）。'],
    ['amount', '1.801,23', '“1.801,23”用逗号作小数点或千分位不是三位一组，无法确定数值：请用小数点，逗号只作三位一组的千分位（如 1,372.79）。'],
    ['amount', '1801.23元', '“1801.23元”带的单位是元，而说明数据的金额以万元计：请换算成万元，只填数字（1801.23元即 0.180123 万元，填 0.180123）。'],
    // The field's own unit is read, as a table cell's (was: 带了单位); another one is asked, with what to type.
    ['amount', '12.50万元', undefined],
    ['amount', '12.50 万元', undefined],
    ['amount', '1,250.5万元', undefined],
    ['amount', '1250千元', '“1250千元”带的单位是千元，而说明数据的金额以万元计：请换算成万元，只填数字（1250千元即 125 万元，填 125）。'],
    ['amount', '¥12.50万元', '“¥12.50万元”带人民币符号¥，而说明数据的金额以万元计：带¥的数一般是以元计的金额，无法确定是元还是万元。请按万元只填数字，不带¥。'],
    ['count', '3万元', '“3万元”不是数字：请用阿拉伯数字填数量，如 3。'],
    ['amount', '¥1,801.23', '“¥1,801.23”带人民币符号¥，而说明数据的金额以万元计：带¥的数一般是以元计的金额，无法确定是元还是万元。请按万元只填数字，不带¥。'],
    ['amount', '–3.20', undefined],
    ['count', '2 5', '“2 5”数字中间有空格，不是三位一组的千分位：请删去空格，填入数字（如 1372.79 或 1,372.79）。'],
    ['area', '120,5', '“120,5”用逗号作小数点或千分位不是三位一组，无法确定数值：请用小数点，逗号只作三位一组的千分位（如 1,372.79）。'],
    // A character that does not show, pasted in, shown by name as the sheet's reader does (was: “待定​” with nothing seen).
    ['amount', '待定\u200b', '“待定[零宽字符]”不是数字：请填金额（万元），不知道时留空。'],
    ['count', '三\t辆', '“三[制表符]辆”不是数字：请用阿拉伯数字填数量，如 3。'],
  ] as const)('%s “%s”: %s', (kind, text, problem) => {
    expect(fieldProblem(kind, text)).toBe(problem);
  });
});
