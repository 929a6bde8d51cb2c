/**
 * `juesuan fill` writes live formulas whose cached values are the engine's own: LibreOffice, recalculating
 * every formula of the written file, gets exactly those values — on the bundled sample with and without its
 * 说明数据, and on 自评表 whose 执行率, 得分 and 总分 were left for the add-in to fill.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { run } from '../../../src/cli/main';
import { loadXlsx, readXlsx } from '../../../src/hosts/xlsx/read';
import { cellAt, CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { toA1 } from '../../../src/engine/grid/address';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../../fixtures/build-sample';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toXlsx } from '../../../fixtures/workbook';
import { convert, itWithLibreOffice } from '../../support/libreoffice';
import { SHARE_BELOW, SHARE_OVER_WHOLE } from '../../../src/engine/derive/formulas';
import type { FinalAccountsData } from '../../../fixtures/data';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-recalc-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function fill(input: string, out: string, ...extra: string[]): Promise<void> {
  const err: string[] = [];
  const code = await run(['fill', input, '--out', out, ...extra], { stdout: () => undefined, stderr: (t) => err.push(t) });
  // Without 说明数据 the 公开说明 has gaps, which fill lists on stderr as explain does; nothing else is said.
  expect([code, err.filter((e) => !e.startsWith('公开说明还有 '))]).toEqual([0, []]);
}

const same = (a: CellValue, b: CellValue) => {
  const norm = (v: CellValue) => (v === '' ? null : v);
  const x = norm(a);
  const y = norm(b);
  return typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) < 1e-9 : JSON.stringify(x) === JSON.stringify(y);
};

/** Every formula cell of `ours` whose value differs in LibreOffice's recalculation; and how many were compared. */
function compareFormulas(ours: WorkbookGrid, recalculated: WorkbookGrid): { compared: number; withValue: number; differences: string[] } {
  let compared = 0;
  let withValue = 0;
  const differences: string[] = [];
  for (const sheet of ours.sheets) {
    const theirs = recalculated.sheets.find((s) => s.name === sheet.name)!;
    sheet.formulas?.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (formula === null) return;
        compared++;
        const a = cellAt(sheet, r, c);
        const b = cellAt(theirs, r, c);
        if (a !== null && a !== '') withValue++;
        if (!same(a, b)) differences.push(`${sheet.name}!${toA1(r, c)} =${formula}: engine ${JSON.stringify(a)}, LibreOffice ${JSON.stringify(b)}`);
      }),
    );
  }
  return { compared, withValue, differences };
}

async function recalculate(file: string) {
  const outDir = path.join(dir, `lo-${path.basename(file, '.xlsx')}`);
  await fs.mkdir(outDir, { recursive: true });
  return readXlsx(await fs.readFile(convert(file, 'xlsx', outDir)));
}

describe('fill: formulas recalculated by LibreOffice equal the engine values', () => {
  itWithLibreOffice('on the bundled sample with its 说明数据', async () => {
    const out = path.join(dir, 'filled-data.xlsx');
    await fill(SAMPLE_XLSX, out, '--data', SAMPLE_DATA);
    const ours = await readXlsx(await fs.readFile(out));
    const { compared, withValue, differences } = compareFormulas(ours, await recalculate(out));
    expect(differences).toEqual([]);
    // 41 indicators: 本年数 (39 from tables), 增减额, 增减率, 差异率, 占比 where it has a base, 全年预算数 from table 07;
    // about a hundred of them have a value with the sample's 说明数据.
    expect(compared).toBeGreaterThan(170);
    expect(withValue).toBeGreaterThan(90);
  }, 120_000);

  itWithLibreOffice('on the bundled sample alone (no 说明数据: the derived columns stay blank)', async () => {
    const out = path.join(dir, 'filled-bare.xlsx');
    await fill(SAMPLE_XLSX, out);
    const ours = await readXlsx(await fs.readFile(out));
    const { compared, withValue, differences } = compareFormulas(ours, await recalculate(out));
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(170);
    expect(withValue).toBeGreaterThan(40);
  }, 120_000);

  itWithLibreOffice('with 上年数 and 年初预算数 typed finer than the 分 (pasted as 元 / 10,000): the sheet rounds them as the text does', async () => {
    // Each typed amount moved by a few thousandths of a 万元: the engine counts it to the 分, and so must the formulas
    // (unrounded, 2010302's 上年数 68.004 against 本年数 gave a 增减率 a hundredth off the explanation's).
    const data = JSON.parse(await fs.readFile(SAMPLE_DATA, 'utf8')) as { 指标: Record<string, Record<string, unknown>> };
    let moved = 0;
    for (const [i, typed] of Object.values(data.指标).entries()) {
      for (const field of ['上年数', '年初预算数'] as const) {
        const v = typed[field];
        if (typeof v !== 'number') continue;
        typed[field] = v + (i % 2 === 0 ? 0.004 : -0.0049) + (field === '年初预算数' ? 0.0003 : 0);
        moved++;
      }
    }
    expect(moved).toBeGreaterThan(20);
    // A 年初预算数 that rounds to 0.00: no 差异率, in the sheet as in the text (unrounded it was a rate of thousands of %).
    const tiny = Object.values(data.指标).find((typed) => typeof typed['年初预算数'] === 'number')!;
    tiny['年初预算数'] = 0.004;
    const json = path.join(dir, 'finer.data.json');
    await fs.writeFile(json, JSON.stringify(data));
    const out = path.join(dir, 'filled-finer.xlsx');
    await fill(SAMPLE_XLSX, out, '--data', json);
    const ours = await readXlsx(await fs.readFile(out));
    const { withValue, differences } = compareFormulas(ours, await recalculate(out));
    expect(differences).toEqual([]);
    expect(withValue).toBeGreaterThan(90);
  }, 120_000);

  itWithLibreOffice('with table 07 in 元 without a 公务用车 小计: the 说明数据 adds 购置费 and 运行费 and rounds once, as the text does', async () => {
    const wb = await loadXlsx(await toXlsx(buildWorkbook(changji2022, standardPlan(changji2022))));
    const name = wb.worksheets.find((w) => /三公/.test(w.name))!.name;
    wb.removeWorksheet(wb.getWorksheet(name)!.id);
    wb.addWorksheet(name).addRows([
      ['财政拨款“三公”经费支出决算表'],
      ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, null, null, '单位：元'],
      ['项目', '合计', '因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'],
      ['预算数', 20000, 0, 10000, 8000, 2000],
      ['决算数', 11900, 0, 4950, 4950, 2000],
    ]);
    const input = path.join(dir, 'yuan-07.xlsx');
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, 'filled-yuan-07.xlsx');
    await fill(input, out, '--data', SAMPLE_DATA);
    const ours = await readXlsx(await fs.readFile(out));
    const recalculated = await recalculate(out);
    expect(compareFormulas(ours, recalculated).differences).toEqual([]);
    const sheet = recalculated.sheets.find((s) => s.name === '说明数据')!;
    const r = sheet.rows.findIndex((line) => line[0] === '公务用车购置及运行维护费');
    // 本年数, 增减额, 增减率, 占比: the text's 0.99万元, 减少3.76万元, 下降79.16%, 占83.19%.
    expect([2, 6, 7, 9].map((c) => cellAt(sheet, r, c))).toEqual([0.99, -3.76, -79.16, 83.19]);
  }, 120_000);

  itWithLibreOffice('with shares the text states no figure for: 大于整体 for a part larger than its whole, 不足0.01 for one of 0.00', async () => {
    // 本年支出合计 6.00 in tables 01 and 03 beside 1,363.45 spent of 一般公共预算 (22724.17 was shown), and 公务接待费 0.01
    // of a 三公 合计 of 300.00 (0.00 was shown; the text says 不足0.01%).
    const data = JSON.parse(JSON.stringify(changji2022)) as Mutable<FinalAccountsData>;
    data.summary.expenditure.find((l) => l.key === 'yearExpenditure')!.amount = 6;
    data.expenditure.find((l) => l.code === 'total')!.values['yearExpenditure'] = 6;
    const few = { total: 300, overseasTravel: 0, vehicles: 299.99, vehiclePurchase: 0, vehicleOperation: 299.99, reception: 0.01 };
    const edited = { ...data, threePublicCosts: { budget: few, actual: few } };
    const input = path.join(dir, 'bounds.xlsx');
    await fs.writeFile(input, await toXlsx(buildWorkbook(edited, standardPlan(edited))));
    const out = path.join(dir, 'filled-bounds.xlsx');
    await fill(input, out, '--data', SAMPLE_DATA);
    const ours = await readXlsx(await fs.readFile(out));
    const recalculated = await recalculate(out);
    expect(compareFormulas(ours, recalculated).differences).toEqual([]);
    const sheet = recalculated.sheets.find((s) => s.name === '说明数据')!;
    const share = (key: string) => cellAt(sheet, sheet.rows.findIndex((line) => line[0] === key), 9);
    expect(['一般公共预算财政拨款支出', '公务用车购置及运行维护费', '公务接待费'].map(share)).toEqual([SHARE_OVER_WHOLE, 100, SHARE_BELOW]);
  }, 120_000);

  itWithLibreOffice('with 说明数据 amounts typed as text (12.50万元, 1,801.23): kept as typed, and the formulas read them as the engine does', async () => {
    const first = path.join(dir, 'filled-for-text.xlsx');
    await fill(SAMPLE_XLSX, first, '--data', SAMPLE_DATA);
    const wb = await loadXlsx(await fs.readFile(first));
    const ws = wb.getWorksheet('说明数据')!;
    const rowOf = (key: string) => {
      let found = 0;
      ws.eachRow((row, n) => {
        if (row.getCell(1).value === key && found === 0) found = n;
      });
      expect(found).toBeGreaterThan(0);
      return found;
    };
    // 上年数 (D) and 年初预算数 (E) as an accountant types them: the field's own unit, a number kept as text.
    const typed: [string, number, string][] = [
      ['收入总计', 4, '1801.23万元'],
      ['支出总计', 4, '1,801.23'],
      ['财政拨款收入总计', 5, ' 1206.34 万元'],
      ['2010301', 4, '４０３．５３'],
    ];
    for (const [key, col, text] of typed) ws.getRow(rowOf(key)).getCell(col).value = text;
    const input = path.join(dir, 'text-inputs.xlsx');
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, 'filled-text-inputs.xlsx');
    await fill(input, out);
    const ours = await readXlsx(await fs.readFile(out));
    const sheet = ours.sheets.find((s) => s.name === '说明数据')!;
    // Never overwritten (before: 12.5 written over 12.50万元), and the derived columns beside them filled.
    for (const [key, col, text] of typed) {
      const r = sheet.rows.findIndex((line) => line[0] === key);
      expect([key, cellAt(sheet, r, col - 1)]).toEqual([key, text]);
      expect([key, sheet.formulas![r]![col === 4 ? 6 : 8]]).toEqual([key, expect.stringContaining('VALUE(TRIM(SUBSTITUTE(ASC(')]);
      expect([key, cellAt(sheet, r, col === 4 ? 6 : 8)]).not.toEqual([key, '']);
    }
    const { differences } = compareFormulas(ours, await recalculate(out));
    // Before: #VALUE! from LibreOffice where the engine has 增减额 -312.94 (12.50万元) or blank (1,801.23).
    expect(differences).toEqual([]);
  }, 120_000);

  itWithLibreOffice('with a zero typed in another unit (0元, 0.00千元) in the 说明数据: the formulas read 0, as the engine does', async () => {
    const first = path.join(dir, 'filled-for-text2.xlsx');
    await fill(SAMPLE_XLSX, first, '--data', SAMPLE_DATA);
    const wb = await loadXlsx(await fs.readFile(first));
    const ws = wb.getWorksheet('说明数据')!;
    const rowOf = (key: string) => {
      let found = 0;
      ws.eachRow((row, n) => {
        if (row.getCell(1).value === key && found === 0) found = n;
      });
      return found;
    };
    const typed: [string, number, string][] = [
      ['收入总计', 4, '0元'],
      ['支出总计', 5, ' 0.00 千元'],
    ];
    for (const [key, col, text] of typed) ws.getRow(rowOf(key)).getCell(col).value = text;
    const input = path.join(dir, 'text-inputs2.xlsx');
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, 'filled-text-inputs2.xlsx');
    await fill(input, out);
    const ours = await readXlsx(await fs.readFile(out));
    const sheet = ours.sheets.find((s) => s.name === '说明数据')!;
    for (const [key, col, text] of typed) expect([key, cellAt(sheet, sheet.rows.findIndex((line) => line[0] === key), col - 1)]).toEqual([key, text]);
    const { differences } = compareFormulas(ours, await recalculate(out));
    // Before: #VALUE! from LibreOffice where the engine has 增减额 1,488.29 and 增减率 100.00 (上年数 0元).
    expect(differences).toEqual([]);
  }, 120_000);

  itWithLibreOffice('with a 上年数 typed as text in every shape the engine reads: the formulas read those they can to the engine’s figure; the rest neither reads', async () => {
    const first = path.join(dir, 'filled-for-shapes.xlsx');
    await fill(SAMPLE_XLSX, first, '--data', SAMPLE_DATA);
    const wb = await loadXlsx(await fs.readFile(first));
    const ws = wb.getWorksheet('说明数据')!;
    // Rows whose 上年数 (D) feeds a 增减额 (G) formula, one per shape.
    const rows: number[] = [];
    ws.eachRow((row, n) => {
      const g = row.getCell(7).value;
      if (g !== null && typeof g === 'object' && 'formula' in g && String(g.formula).includes('D')) rows.push(n);
    });
    // Read alike by VALUE in Excel, WPS and LibreOffice (after ASC, 万元 taken out, TRIM): the engine reads them too.
    const kept = ['(12.50)', '（12.50）万元', '１２．５０万元', '+12.50', '12.50 万元', '.5', '5.', '-12.50'];
    // Read by the engine's reader, not by the sheet's formulas (#VALUE!): the engine does not read them either.
    const refused = ['　12.50　', '△12.50', '▲12.50', '−12.50', '–12.50', '1 372.79', '1\u00a0372.79', '12.50万 元', "'12.50", '12.50\u200b', '\t12.50', '12.50\n', '△0元'];
    // LibreOffice's VALUE reads a trailing minus and a no-break space at the end, Excel's does not (#VALUE!): the engine
    // does not read them.
    const hostDependent = ['12.50-', '12.50\u00a0'];
    const shapes = [...kept, ...refused, ...hostDependent];
    expect(rows.length).toBeGreaterThanOrEqual(shapes.length);
    shapes.forEach((text, i) => (ws.getRow(rows[i]!).getCell(4).value = text));
    const input = path.join(dir, 'text-shapes.xlsx');
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, 'filled-text-shapes.xlsx');
    const err: string[] = [];
    expect(await run(['fill', input, '--out', out], { stdout: () => undefined, stderr: (t) => err.push(t) })).toBe(0);
    const ours = await readXlsx(await fs.readFile(out));
    const sheet = ours.sheets.find((s) => s.name === '说明数据')!;
    const recalculated = await recalculate(out);
    const theirs = recalculated.sheets.find((s) => s.name === '说明数据')!;
    const { differences } = compareFormulas(ours, recalculated);
    const at = (i: number) => ({ r: rows[i]! - 1, a1: `D${rows[i]}` });
    shapes.forEach((text, i) => expect([text, cellAt(sheet, at(i).r, 3)]).toEqual([text, text]));
    kept.forEach((text, i) => {
      const { r } = at(i);
      // The engine's 增减额 and 增减率 beside the text, and LibreOffice's the same (no difference on the row).
      expect([text, typeof cellAt(sheet, r, 6), typeof cellAt(sheet, r, 7)]).toEqual([text, 'number', 'number']);
      expect(differences.filter((d) => d.startsWith(`说明数据!G${r + 1} `) || d.startsWith(`说明数据!H${r + 1} `))).toEqual([]);
    });
    [...refused, ...hostDependent].forEach((text, j) => {
      const { r, a1 } = at(kept.length + j);
      // Said, at the cell (before: read, the text working from the engine's figure while the sheet showed #VALUE!).
      expect([text, err.some((e) => e.includes(`${a1}的上年数`) && e.includes('本表公式读不出'))]).toEqual([text, true]);
      // The engine's 增减额 and 增减率 blank (no figure read).
      expect([text, cellAt(sheet, r, 6), cellAt(sheet, r, 7)]).toEqual([text, null, null]);
      const lo = [cellAt(theirs, r, 6), cellAt(theirs, r, 7)];
      if (hostDependent.includes(text)) expect([text, lo.map((v) => typeof v)]).toEqual([text, ['number', 'number']]);
      else expect([text, lo]).toEqual([text, [{ error: '#VALUE!' }, { error: '#VALUE!' }]]);
    });
    // Nothing differs elsewhere: every formula the shapes do not reach is LibreOffice's value.
    const touched = new Set([...refused, ...hostDependent].map((_, j) => at(kept.length + j).r + 1));
    expect(differences.filter((d) => !touched.has(Number(/^说明数据!\D+(\d+) /.exec(d)?.[1])))).toEqual([]);
  }, 120_000);

  itWithLibreOffice('with a 本年数 typed as text over its formula (5.00万元, 1000万元): the 占比 of it and in it read it as the engine does', async () => {
    const first = path.join(dir, 'filled-for-text3.xlsx');
    await fill(SAMPLE_XLSX, first, '--data', SAMPLE_DATA);
    const wb = await loadXlsx(await fs.readFile(first));
    const ws = wb.getWorksheet('说明数据')!;
    const rowOf = (key: string) => {
      let found = 0;
      ws.eachRow((row, n) => {
        if (String(row.getCell(1).value) === key && found === 0) found = n;
      });
      expect(found).toBeGreaterThan(0);
      return found;
    };
    const typed: [string, number, string][] = [
      ['公务接待费', 3, '5.00万元'],
      ['一般公共预算财政拨款支出', 3, '1000万元'],
    ];
    for (const [key, col, text] of typed) ws.getRow(rowOf(key)).getCell(col).value = text;
    const input = path.join(dir, 'text-inputs3.xlsx');
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, 'filled-text-inputs3.xlsx');
    await fill(input, out);
    const ours = await readXlsx(await fs.readFile(out));
    const sheet = ours.sheets.find((s) => s.name === '说明数据')!;
    for (const [key, col, text] of typed) expect([key, cellAt(sheet, sheet.rows.findIndex((line) => String(line[0]) === key), col - 1)]).toEqual([key, text]);
    const { differences } = compareFormulas(ours, await recalculate(out));
    // Before: #VALUE! from LibreOffice in 7 占比 (ROUND of the text) where the engine has each share.
    expect(differences).toEqual([]);
  }, 120_000);

  /** The sample with table 07 as `rows` (its 决算 row last), filled with the sample's 说明数据 and recalculated. */
  async function filledWith07(file: string, rows: CellValue[][]) {
    const wb = await loadXlsx(await toXlsx(buildWorkbook(changji2022, standardPlan(changji2022))));
    const name = wb.worksheets.find((w) => /三公/.test(w.name))!.name;
    wb.removeWorksheet(wb.getWorksheet(name)!.id);
    wb.addWorksheet(name).addRows(rows);
    const input = path.join(dir, `${file}.xlsx`);
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, `filled-${file}.xlsx`);
    await fill(input, out, '--data', SAMPLE_DATA);
    const ours = await readXlsx(await fs.readFile(out));
    const recalculated = await recalculate(out);
    const sheet = recalculated.sheets.find((s) => s.name === '说明数据')!;
    const at = (key: string) => sheet.rows.findIndex((line) => line[0] === key);
    return { differences: compareFormulas(ours, recalculated).differences, sheet, at };
  }

  itWithLibreOffice('with table 07 in 万元 holding figures finer than shown, without a 公务用车 小计: the sheet adds them as shown, as the text does', async () => {
    // 购置费 0.004 and 运行费 4.794 show 0.00 and 4.79: the text says 4.79万元; the sum of the cells rounded once was 4.80.
    const { differences, sheet, at } = await filledWith07('wan-07-finer', [
      ['财政拨款“三公”经费支出决算表'],
      ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, null, null, '单位：万元'],
      ['项目', '合计', '因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'],
      ['预算数', 5, 0, 0, 4.8, 0.2],
      ['决算数', 4.998, 0, 0.004, 4.794, 0.2],
    ]);
    expect(differences).toEqual([]);
    expect(cellAt(sheet, at('公务用车购置及运行维护费'), 2)).toBe(4.79);
  }, 120_000);

  itWithLibreOffice('with table 07 in 千元 holding figures finer than shown: each as its table shows it (47.945 千元 is 47.95, 4.80 万元)', async () => {
    const { differences, sheet, at } = await filledWith07('kilo-07-finer', [
      ['财政拨款“三公”经费支出决算表'],
      ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, null, null, '单位：千元'],
      ['项目', '合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'],
      ['预算数', 50, 0, 48, 2],
      ['决算数', 49.945, 0, 47.945, 2],
    ]);
    expect(differences).toEqual([]);
    expect(cellAt(sheet, at('公务用车购置及运行维护费'), 2)).toBe(4.8);
  }, 120_000);

  itWithLibreOffice('on 自评表 with empty 执行率, 得分 and 总分: the reference scores come out', async () => {
    const input = path.join(dir, 'blank-derived.xlsx');
    await fs.writeFile(input, await toXlsx(buildWorkbook(changji2022, standardPlan(changji2022), { projectBlankDerived: true })));
    const out = path.join(dir, 'filled-derived.xlsx');
    await fill(input, out, '--data', SAMPLE_DATA);
    const ours = await readXlsx(await fs.readFile(out));
    const recalculated = await recalculate(out);
    expect(compareFormulas(ours, recalculated).differences).toEqual([]);
    const sheet = recalculated.sheets.find((s) => s.name === '项目支出绩效自评表')!;
    const formulas = ours.sheets.find((s) => s.name === '项目支出绩效自评表')!.formulas!;
    const values = formulas.flatMap((row, r) => row.map((f, c) => (f === null ? undefined : cellAt(sheet, r, c))).filter((v) => v !== undefined));
    // Per form: 执行率, 得分, 总分 — the reference's 55.54% / 5.55 / 91.11 and so on.
    expect(values).toEqual(
      changji2022.projects.flatMap((p) => [p.fundRate, p.fundScore, p.totalScore]),
    );
  }, 120_000);
});

/** The sample with every figure of its tables that has decimals typed as full-width text with two ('１２３．４５'). */
async function fullWidthSample(file: string): Promise<number> {
  const wb = await loadXlsx(await fs.readFile(SAMPLE_XLSX));
  const fw = (t: string) => t.replace(/[0-9.-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  let n = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'number' && !Number.isInteger(cell.value)) {
          cell.value = fw(cell.value.toFixed(2));
          n++;
        }
      }),
    ),
  );
  await wb.xlsx.writeFile(file);
  return n;
}

describe('fill on tables whose figures are typed as full-width text', () => {
  it('takes each such cell through VALUE(ASC(…)), the engine’s reading beside it, and a number cell as it stands', async () => {
    const input = path.join(dir, 'fullwidth-formula.xlsx');
    expect(await fullWidthSample(input)).toBeGreaterThan(200);
    const out = path.join(dir, 'filled-fullwidth-formula.xlsx');
    await run(['fill', input, '--out', out, '--data', SAMPLE_DATA], { stdout: () => undefined, stderr: () => undefined });
    const sheet = (await readXlsx(await fs.readFile(out))).sheets.find((s) => s.name === '说明数据')!;
    const at = (key: string) => sheet.formulas![sheet.rows.findIndex((line) => line[0] === key)]![2];
    // 收入总计 1,488.29 typed as '１４８８．２９'.
    expect(at('收入总计')).toBe('ROUND(IFERROR(VALUE(ASC(收入支出决算总表!C35)),1488.29),2)');
  }, 60_000);

  itWithLibreOffice('recalculated by LibreOffice: every formula of the 说明数据 equals the engine’s value (173 of 181 were #VALUE!)', async () => {
    const input = path.join(dir, 'fullwidth.xlsx');
    await fullWidthSample(input);
    const out = path.join(dir, 'filled-fullwidth.xlsx');
    await run(['fill', input, '--out', out, '--data', SAMPLE_DATA], { stdout: () => undefined, stderr: () => undefined });
    const ours = await readXlsx(await fs.readFile(out));
    const { compared, withValue, differences } = compareFormulas(ours, await recalculate(out));
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(170);
    expect(withValue).toBeGreaterThan(90);
  }, 120_000);
});
