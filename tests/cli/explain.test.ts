/** `juesuan explain` (text, json, docx) and `juesuan fill` on the bundled sample. */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { cli } from '../support/cli';
import { loadXlsx, readXlsx } from '../../src/hosts/xlsx/read';
import { cellAt } from '../../src/engine/grid/cell';
import { COLUMNS } from '../../src/engine/supplement/sheet';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../fixtures/build-sample';
import { convert, itWithLibreOffice } from '../support/libreoffice';
import { sampleData, scaleAmounts } from '../support/ruleTester';


let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-explain-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('juesuan explain', () => {
  it('explains a workbook our reader reads but ExcelJS cannot load (cell references in lower case), the text unchanged', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(SAMPLE_XLSX));
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      zip.file(name, xml.replace(/ r="([A-Z]+\d+)"/g, (_m, ref: string) => ` r="${ref.toLowerCase()}"`));
    }
    const lower = path.join(dir, 'lower-refs.xlsx');
    await fs.writeFile(lower, await zip.generateAsync({ type: 'nodebuffer' }));
    const explained = async (file: string) => cli('explain', file, '--data', SAMPLE_DATA, '--format', 'json');
    const [ours, sample] = [await explained(lower), await explained(SAMPLE_XLSX)];
    // Loaded into ExcelJS's model as well, it was “文件已损坏”.
    expect([ours.code, ours.stderr]).toEqual([0, '']);
    expect(ours.stdout).toBe(sample.stdout);
  });

  it('--format json prints sections 一 to 十一 with their paragraphs, and no gaps with the sample data', async () => {
    const { code, stdout, stderr } = await cli('explain', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--format', 'json');
    expect([code, stderr]).toEqual([0, '']);
    const json = JSON.parse(stdout);
    expect(json.sections.map((s: { number: string }) => s.number)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一']);
    expect(json.sections[0].title).toBe('收入支出决算总体情况说明');
    expect(json.sections[0].paragraphs[0]).toMatch(/^2022年度收入总计1,488\.29万元/);
    expect(json.sections[4].paragraphs).toContain('（二）一般公共预算财政拨款支出决算结构情况');
    expect(json.gaps).toEqual([]);
  });

  it('lists the gaps when there is no 说明数据 (on stderr too, each with its sections), and never prints NaN or undefined', async () => {
    const { code, stdout, stderr } = await cli('explain', SAMPLE_XLSX, '--format', 'json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const lines = stderr.split('\n');
    expect(lines[0]).toBe(`公开说明还有 ${json.gaps.length} 处待填写（文中以【请填写：…】标出），请在说明数据中补充：`);
    expect(lines.slice(1, 3)).toEqual(['  主要职能（单位概况）', '  实有人数（单位概况）']);
    expect(lines).toHaveLength(json.gaps.length + 1);
    expect(json.gaps.length).toBeGreaterThan(40);
    expect(json.gaps[0]).toEqual({ field: '事项.主要职能', label: '主要职能', sections: ['单位概况'] });
    expect(stdout).not.toMatch(/NaN|undefined|Infinity/);
    // The 年度 the workbook states (under its 自评表 titles: （2022年度）) stands in for the missing 说明数据 one.
    expect(json.sections[0].paragraphs[0]).toMatch(/^2022年度收入总计1,488\.29万元/);
    expect(json.gaps.map((g: { field: string }) => g.field)).not.toContain('年度');
  });

  it('says that the tables have 错误 the text will quote, as 生成说明 does, and writes the text all the same', async () => {
    const wb = await loadXlsx(await fs.readFile(SAMPLE_XLSX));
    // 其他收入 of 收入决算表 off by 10.00: its 合计 row no longer adds up.
    wb.getWorksheet('收入决算表')!.getCell('D9').value = 224.14;
    const broken = path.join(dir, '合计不符.xlsx');
    await fs.writeFile(broken, new Uint8Array(await wb.xlsx.writeBuffer()));
    const { code, stdout, stderr } = await cli('explain', broken, '--data', SAMPLE_DATA);
    expect(code).toBe(0);
    expect(stderr).toMatch(new RegExp(`^注意：表中有 \\d+ 处错误（公开02表[^）]*），生成的说明会引用这些数字，前后可能对不上：请先用 juesuan check ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} 查看并改正。$`, 'm'));
    expect(stdout).toMatch(/^新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明/);
    // The sample adds up: nothing said.
    expect((await cli('explain', SAMPLE_XLSX, '--data', SAMPLE_DATA)).stderr).toBe('');
  });

  it('warns before writing a document that still has gaps, saying how many and which, and writes it', async () => {
    const out = path.join(dir, '有空缺.docx');
    const { code, stdout, stderr } = await cli('explain', SAMPLE_XLSX, '--format', 'docx', '--out', out);
    const gaps = JSON.parse((await cli('explain', SAMPLE_XLSX, '--format', 'json')).stdout).gaps.length as number;
    expect(code).toBe(0);
    expect(stderr).toContain(`注意：文档中还有 ${gaps} 处待填写（【请填写：…】，文档中以黄色标出），如 主要职能、`);
    expect(stdout).toBe(`已写入 ${out}（${gaps} 处待填写）`);
    // With the sample's 说明数据 there is none, and nothing is said.
    expect((await cli('explain', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--format', 'docx', '--out', out)).stderr).toBe('');
  });

  it('--preset shanghai writes the 上海 wording; its sections are those of 第三部分, where the 上海 order puts them', async () => {
    const { stdout } = await cli('explain', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--preset', 'shanghai', '--format', 'json');
    const json = JSON.parse(stdout);
    expect(json.sections[9].title).toBe('预算绩效管理情况');
    expect(json.sections[0].paragraphs[0]).toMatch(/^新疆昌吉州政务服务和公共资源交易管理局2022年度收入支出总计1488\.29万元。与2021年度相比/);
    expect(json.parts.map((p: { number: string; title: string }) => `${p.number} ${p.title}`)).toEqual([
      '第一部分 新疆昌吉州政务服务和公共资源交易管理局概况',
      '第二部分 部门决算表',
      '第三部分 新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算情况说明',
      '第四部分 名词解释',
    ]);
  });

  it('--preset FILE.json writes with a preset file; a bad file exits 2 naming the file and each problem', async () => {
    const preset = JSON.parse(await fs.readFile(path.join('src', 'engine', 'narrative', 'presets', 'shanghai.json'), 'utf8'));
    preset.name = '上海（本地修改）';
    preset.templates.overview.paragraphs = ['{年度}年度收支总计{收入总计}万元。'];
    const good = path.join(dir, '本地格式.json');
    await fs.writeFile(good, JSON.stringify(preset));
    const ok = await cli('explain', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--preset', good, '--format', 'json');
    // The sample's 说明数据 is made for 新疆: the 上海 text's gaps are listed on stderr, the text itself goes out.
    expect(ok.code).toBe(0);
    // Its 单位概况 is complete: a single unit's 二、 is 机构设置, which it gives (no 决算单位构成 asked for).
    expect(ok.stderr).toMatch(/^公开说明还有 \d+ 处待填写（文中以【请填写：…】标出），请在说明数据中补充：\n  一般公共预算财政拨款支出年初预算数（五）/);
    expect(ok.stderr).not.toContain('决算单位构成');
    expect(JSON.parse(ok.stdout).sections[0].paragraphs).toEqual(['2022年度收支总计1488.29万元。']);

    preset.templates.overview.paragraphs = ['{年度}年度收支总计{收入总额}万元。'];
    delete preset.title;
    const bad = path.join(dir, '有误的格式.json');
    await fs.writeFile(bad, JSON.stringify(preset));
    const r = await cli('explain', SAMPLE_XLSX, '--preset', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}：格式文件有误，请修改后再试：`);
    expect(r.stderr).toContain('  title（标题）：缺少这一项（文字）。');
    expect(r.stderr).toContain('  templates.overview.paragraphs[0]：“{收入总额}”在这里不可用');
    expect((await cli('fill', SAMPLE_XLSX, '--out', path.join(dir, 'x.xlsx'), '--preset', path.join(dir, 'missing.json'))).stderr).toContain('missing.json：文件不存在');
  });

  it('prints plain text by default', async () => {
    const { code, stdout } = await cli('explain', SAMPLE_XLSX, '--data', SAMPLE_DATA);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 3)).toEqual(['新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明', '第一部分 单位概况', '一、主要职能']);
  });

  it('--format docx writes a Word document that reads back with its title, sections and tables', async () => {
    const out = path.join(dir, '公开说明.docx');
    const { code, stdout } = await cli('explain', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--format', 'docx', '--out', out);
    expect([code, stdout]).toEqual([0, `已写入 ${out}`]);
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明');
    expect(text).toContain('十一、预算绩效的情况说明');
    expect(text).toContain('收入总计与上年相比，减少312.94万元，下降17.37%');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(9);
    expect(text).toContain('1,363.45');
  });

  it('--format docx in the 上海 order: the nine tables in 第二部分, the 情况说明 in 第三部分', async () => {
    const out = path.join(dir, '上海.docx');
    expect((await cli('explain', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--preset', 'shanghai', '--format', 'docx', '--out', out)).code).toBe(0);
    const xml = await (await JSZip.loadAsync(await fs.readFile(out))).file('word/document.xml')!.async('string');
    const plainText = (x: string) => x.replace(/<[^>]+>/g, '');
    // The 目录 lists the parts in the 上海 order; after it, before the first table: 第一部分 and the heading of
    // 第二部分; after the last table: 第三部分 and 第四部分.
    const all = plainText(xml);
    const contents = all.slice(all.indexOf('目　录'), all.indexOf('第一部分', all.indexOf('第四部分 名词解释')));
    expect(contents.indexOf('第二部分 部门决算表')).toBeLessThan(contents.indexOf('第三部分'));
    const beforeTables = plainText(xml.slice(0, xml.indexOf('<w:tbl>'))).slice(contents.length + all.indexOf('目　录'));
    const afterTables = plainText(xml.slice(xml.lastIndexOf('</w:tbl>')));
    expect(beforeTables).toMatch(/^第一部分/);
    expect(beforeTables).toContain('第二部分 部门决算表');
    expect(beforeTables).not.toContain('第三部分');
    expect(afterTables).toContain('第三部分 新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算情况说明');
    expect(afterTables.indexOf('第四部分 名词解释')).toBeGreaterThan(afterTables.indexOf('十一、其他重要事项的情况说明'));
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(9);
  });

  itWithLibreOffice('the .docx converts with LibreOffice headless', async () => {
    const out = path.join(dir, 'convert.docx');
    await cli('explain', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--format', 'docx', '--out', out);
    const txt = await fs.readFile(convert(out, 'txt:Text (encoded):UTF8', dir), 'utf8');
    expect(txt).toContain('2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元，占99.32%');
    expect(txt).toContain('一、《收入支出决算总表》');
  }, 120_000);

  it('bad usage and bad input exit 2', async () => {
    expect((await cli('explain', SAMPLE_XLSX, '--format', 'docx')).code).toBe(2);
    expect((await cli('explain', SAMPLE_XLSX, '--format', 'html')).stderr).toContain('未知的输出格式');
    expect((await cli('explain', SAMPLE_XLSX, '--format', 'pdf')).stderr).toContain('输出 .pdf 时请用 --out 指定文件名');
    expect((await cli('explain', SAMPLE_XLSX, '--preset', 'beijing')).stderr).toContain('未知的格式“beijing”：可选 xinjiang、shanghai，或格式文件的路径（.json）');
    const bad = path.join(dir, 'bad.json');
    await fs.writeFile(bad, '{"指标": ');
    const r = await cli('explain', SAMPLE_XLSX, '--data', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}：不是有效的 JSON`);
  });

  it('writes no text while the amounts are read in the wrong unit: exit 2 naming the file, the cell and what to do', async () => {
    // Unread: the 说明数据 typed in 元 gave a text whose every change was wrong (减少18,010,811.71万元), exit 0.
    const data = scaleAmounts(sampleData(), 10_000);
    const file = path.join(dir, 'in-yuan.json');
    await fs.writeFile(file, JSON.stringify(data));
    const out = path.join(dir, 'in-yuan.docx');
    for (const args of [['--format', 'json'], ['--format', 'docx', '--out', out]]) {
      const r = await cli('explain', SAMPLE_XLSX, '--data', file, ...args);
      expect([r.code, r.stdout]).toEqual([2, '']);
      const lines = r.stderr.split('\n');
      expect(lines[0]).toBe(`${SAMPLE_XLSX}：公开说明没有生成：金额单位有误，生成的数字会是错的。请先改正：`);
      expect(lines[1]).toMatch(/^ {2}收入支出决算总表!C35：说明数据“收入总计”的上年数 18,012,300\.00 万元是《收入支出决算总表》收入总计 1,488\.29 万元的约 12,000 倍.*请改为万元。$/);
    }
    await expect(fs.stat(out)).rejects.toThrow();
    const filled = path.join(dir, 'in-yuan.xlsx');
    const r = await cli('fill', SAMPLE_XLSX, '--data', file, '--out', filled);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('公开说明没有生成');
    await expect(fs.stat(filled)).rejects.toThrow();
  });

  it('reports unknown 说明数据 keys on stderr and still writes the text', async () => {
    const data = JSON.parse(await fs.readFile(SAMPLE_DATA, 'utf8'));
    data.指标['收入总额'] = { 上年数: 1 };
    const file = path.join(dir, 'extra.json');
    await fs.writeFile(file, JSON.stringify(data));
    const r = await cli('explain', SAMPLE_XLSX, '--data', file, '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('说明数据 指标.收入总额：未知的指标“收入总额”：指标名见 DOMAIN §4，或填 3、5、7 位功能分类科目编码。');
  });
});

describe('juesuan fill', () => {
  it('writes a copy with 说明数据 and 公开说明, leaving the tables and the input file as they were', async () => {
    const out = path.join(dir, 'filled.xlsx');
    const before = await fs.readFile(SAMPLE_XLSX);
    const { code, stdout } = await cli('fill', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('在工作表“说明数据”写入');
    expect(stdout).toContain('在工作表“公开说明”写入公开说明');
    // No chart promised where none is drawn: their data, and why there is no chart.
    expect(stdout).toContain('行的 C 至 E 列）写入 4 个图表（图1 收入决算结构、');
    expect(stdout).toContain('图表未写入 .xlsx：没有 Excel 时无法生成 Excel 原生图表。');
    expect(stdout).not.toMatch(/画 \d+ 个图表/);
    expect(Buffer.compare(await fs.readFile(SAMPLE_XLSX), before)).toBe(0);
    const original = await readXlsx(before);
    const filled = await readXlsx(await fs.readFile(out));
    expect(filled.sheets.map((s) => s.name)).toEqual([...original.sheets.map((s) => s.name), '说明数据', '公开说明']);
    for (const sheet of original.sheets) expect(filled.sheets.find((s) => s.name === sheet.name)!.rows).toEqual(sheet.rows);
    const narrative = filled.sheets.find((s) => s.name === '公开说明')!;
    expect(cellAt(narrative, 0, 0)).toBe('新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明');
  });

  it('filling twice gives the same workbook as filling once', async () => {
    const once = path.join(dir, 'once.xlsx');
    const twice = path.join(dir, 'twice.xlsx');
    await cli('fill', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--out', once);
    await cli('fill', once, '--out', twice);
    const a = await readXlsx(await fs.readFile(once));
    const b = await readXlsx(await fs.readFile(twice));
    expect(b.sheets.map((s) => [s.name, s.rows, s.formulas])).toEqual(a.sheets.map((s) => [s.name, s.rows, s.formulas]));
  });

  it('needs --out', async () => {
    expect((await cli('fill', SAMPLE_XLSX)).code).toBe(2);
  });

  it('with --data over a 说明数据 sheet: writes when the sheet holds what the JSON says, and refuses, writing nothing, when it would replace what was typed', async () => {
    const once = path.join(dir, 'data-once.xlsx');
    const again = path.join(dir, 'data-again.xlsx');
    expect((await cli('fill', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--out', once)).code).toBe(0);
    // The same JSON again: nothing typed is replaced.
    expect((await cli('fill', once, '--data', SAMPLE_DATA, '--out', again)).code).toBe(0);
    // The accountant corrects a 上年数 and types a reason the JSON does not have.
    const wb = await loadXlsx(await fs.readFile(once));
    const sheet = wb.getWorksheet('说明数据')!;
    let row = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(COLUMNS.键 + 1).value === '收入总计') row = n;
    });
    expect(row).toBeGreaterThan(0);
    expect(sheet.getRow(row).getCell(COLUMNS.上年数 + 1).value).toBe(1801.23);
    sheet.getRow(row).getCell(COLUMNS.上年数 + 1).value = 1801;
    const edited = path.join(dir, 'data-edited.xlsx');
    await fs.writeFile(edited, new Uint8Array(await wb.xlsx.writeBuffer()));
    const out = path.join(dir, 'data-refused.xlsx');
    const r = await cli('fill', edited, '--data', SAMPLE_DATA, '--out', out);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^.*data-edited\.xlsx：工作簿的说明数据表中有 1 项您填写的内容与 --data 的 JSON 不同（“收入总计”的上年数（说明数据!D8）：表中 1801，JSON 中 1801\.23）。.*请去掉 --data/);
    await expect(fs.stat(out)).rejects.toThrow();
    // Without --data the sheet's own 说明数据 is used, the correction with it.
    expect((await cli('fill', edited, '--out', out)).code).toBe(0);
  });

  it('never writes its output over the input file (the same name, a link to it, or the input given as a report), and says so', async () => {
    const input = path.join(dir, 'own.xlsx');
    const link = path.join(dir, 'link.xlsx');
    await fs.copyFile(SAMPLE_XLSX, input);
    await fs.symlink(input, link);
    const before = await fs.readFile(input);
    for (const args of [
      ['fill', input, '--out', input],
      ['fill', link, '--out', input],
      ['check', input, '--out', link],
      ['check', input, '--report', input],
      ['explain', input, '--out', input],
      ['explain', input, '--format', 'docx', '--out', link],
    ]) {
      const r = await cli(...args);
      expect([args.join(' '), r.code, r.stdout]).toEqual([args.join(' '), 2, '']);
      expect(r.stderr).toContain('就是输入文件');
      expect(Buffer.compare(await fs.readFile(input), before)).toBe(0);
    }
  });
});

describe('juesuan --version', () => {
  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(await fs.readFile(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) expect(await cli(flag)).toEqual({ code: 0, stdout: `juesuan ${version}`, stderr: '' });
  });
});
