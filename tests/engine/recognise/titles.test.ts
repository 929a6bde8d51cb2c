import { mayBeTitle, TitleMatcher } from '../../../src/engine/recognise/titles';
import { TABLE_SPECS } from '../../../src/engine/tables/specs';
import { recognise } from '../../../src/engine/recognise/recognise';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

const matcher = new TitleMatcher(TABLE_SPECS);
const code = (text: string) => matcher.match(text)?.spec.code;

describe('finding titles', () => {
  it('recognises each table by its title and older titles', () => {
    expect(code('收入支出决算总表')).toBe('01');
    expect(code('收入决算表')).toBe('02');
    expect(code('支出决算表')).toBe('03');
    expect(code('财政拨款收入支出决算总表')).toBe('04');
    expect(code('一般公共预算财政拨款支出决算表')).toBe('05');
    expect(code('一般公共预算财政拨款收入支出决算表')).toBe('05');
    expect(code('一般公共预算财政拨款基本支出决算表')).toBe('06');
    expect(code('一般公共预算财政拨款基本支出决算明细表')).toBe('06');
    expect(code('财政拨款“三公”经费支出决算表')).toBe('07');
    expect(code('一般公共预算财政拨款"三公"经费支出决算表')).toBe('07');
    expect(code('政府性基金预算财政拨款收入支出决算表')).toBe('08');
    expect(code('国有资本经营预算财政拨款收入支出决算表')).toBe('09');
    expect(code('国有资本经营预算财政拨款支出决算表')).toBe('09');
    expect(code('项目支出绩效自评表')).toBe('10');
    expect(code('收入决算总表')).toBe('02');
    expect(code('支出决算总表')).toBe('03');
    expect(code('一般公共预算财政拨款支出决算明细表')).toBe('05');
    // Before the 2015 budget law: 公共财政, not F05's and F06's every 财政拨款 (their names end the same).
    expect(code('公共财政拨款支出决算表')).toBe('05');
    expect(code('2014年度公共财政拨款支出决算表')).toBe('05');
    expect(code('公共财政拨款基本支出决算表')).toBe('06');
    expect(code('财政拨款支出决算表')).toBe('F05');
    expect(code('财政拨款基本支出决算表')).toBe('F06');
  });

  it('recognises 云南’s 01 and 04 titled without 总, and keeps the longer titles that end the same to their tables', () => {
    expect(code('收入支出决算表')).toBe('01');
    expect(code('耿马傣族佤族自治县政务服务管理局2022年度收入支出决算表')).toBe('01');
    expect(code('财政拨款收入支出决算表（公开04表）')).toBe('04');
    expect(code('一般公共预算财政拨款收入支出决算表')).toBe('05');
    expect(code('政府性基金预算财政拨款收入支出决算表')).toBe('08');
    expect(code('国有资本经营预算财政拨款收入支出决算表')).toBe('09');
    expect(code('一般公共预算财政拨款（补助）收入支出决算表')).toBeUndefined();
    // Other money's tables (the 财决 set's) end the same: not 01 or 04.
    for (const other of ['财政专户管理资金收入支出决算表', '专户资金收入支出决算表', '政府性基金收入支出决算表', '社会保险基金收入支出决算表', '上级补助收入支出决算表', '非财政拨款收入支出决算表']) {
      expect(code(other)).toBeUndefined();
    }
  });


  it('takes none of the tables 云南’s eleven-table set adds for another of the nine', () => {
    // The 2024 set (云南日报报业集团, 西双版纳州农垦局, 昆明市官渡区机关事务管理局) adds 七、一般公共预算财政拨款项目支出决算表 and
    // prints the 三公 as 十、财政拨款“三公”经费、行政参公单位机关运行经费情况表 and 十一、一般公共预算财政拨款“三公”经费情况表
    // (楚雄 2019: 八、“三公”经费、行政参公单位机关运行经费情况表). The 项目支出 table ends as 03's title does: its
    // 一般公共预算财政拨款 prefix keeps it off 03 and 05.
    expect(code('一般公共预算财政拨款项目支出决算表')).toBeUndefined();
    expect(code('一般公共预算财政拨款项目支出决算表（公开07表）')).toBeUndefined();
    // No 决算 in the 三公 titles: not recognised yet, as no published layout of their columns and rows has been seen to
    // read them by. Table 10's (财政拨款, so general budget and fund money, as 07) is the one to take for 07 once it
    // has; this says they are taken for no other table meanwhile.
    for (const sanGong of [
      '财政拨款“三公”经费、行政参公单位机关运行经费情况表',
      '财政拨款“三公”经费、行政参公单位机关运行经费情况表（公开10表）',
      '一般公共预算财政拨款“三公”经费情况表',
      '“三公”经费、行政参公单位机关运行经费情况表',
    ]) {
      expect(code(sanGong)).toBeUndefined();
    }
  });
  it('accepts a year or department in front and a 表号 or year behind', () => {
    expect(code('2022年度收入支出决算总表')).toBe('01');
    expect(code('新疆昌吉州政务服务和公共资源交易管理局2022年度部门收入支出决算总表')).toBe('01');
    expect(code('收 入 支 出 决 算 总 表')).toBe('01');
    expect(code('收入支出决算总表（公开01表）')).toBe('01');
    expect(code('政府性基金预算财政拨款收入支出决算表（财决公开08表）')).toBe('08');
    expect(code('政府性基金预算财政拨款收入支出决算表（公开表8）')).toBe('08');
    expect(code('政府性基金预算财政拨款收入支出决算表（表八）')).toBe('08');
    expect(code('政府性基金预算财政拨款收入支出决算表（附表8）')).toBe('08');
    expect(code('一般公共预算财政拨款支出决算表（按功能分类）')).toBe('05');
    expect(code('收入支出决算总表 财决01表')).toBe('01');
    expect(code('项目支出绩效自评表(2022年度)')).toBe('10');
    expect(code('附表1：收入决算表')).toBe('02');
  });

  it('accepts a department whose name holds 预算, 收入, 支出, 基本 or 绩效 before the year', () => {
    expect(code('昌吉州财政预算评审中心2022年度收入决算表')).toBe('02');
    expect(code('上海市预算绩效管理中心2024年度一般公共预算财政拨款基本支出决算表')).toBe('06');
    expect(code('某某县财政国库收付中心2022年度财政拨款收入支出决算总表')).toBe('04');
    // Between the year and the title the words still qualify it.
    // (财政拨款支出决算表 is 江苏's table of every 财政拨款, beyond the nine: not table 03.)
    expect(code('2022年度财政拨款支出决算表')).toBe('F05');
    // A table's own words before the year make no department: no other table is read from them.
    expect(code('一般公共预算财政拨款2024年度支出决算表')).toBeUndefined();
    expect(code('财政拨款2024年度收入支出决算总表')).toBeUndefined();
    // A sentence before the year stays a sentence.
    expect(code('详见2022年度收入决算表')).toBeUndefined();
  });

  it('accepts the unit, or a word that the table is empty, behind the title in its cell', () => {
    expect(code('收入决算表\n（单位：万元）')).toBe('02');
    expect(code('收入支出决算总表（公开01表）单位：万元')).toBe('01');
    expect(code('收入支出决算总表 金额单位：元')).toBe('01');
    expect(code('国有资本经营预算财政拨款收入支出决算表（空表）')).toBe('09');
    expect(code('政府性基金预算财政拨款收入支出决算表(无数据)')).toBe('08');
  });

  it('tells the title of a continued part (续 behind it, before or after the 表号) from the table’s own', () => {
    const continued = (text: string) => matcher.match(text)?.continued ?? false;
    for (const text of [
      '收入决算表（续）',
      '收入决算表(续表)',
      '收入决算表 续表',
      '2022年度收入决算表（续）（公开02表）',
      '收入决算表（公开02表）（续）',
      '收入决算表（续）\n单位：万元',
      '收入决算表（续1）',
      '收入决算表（续表二）',
      '收入决算表（续上表）',
      '收入决算表（接上表）',
      '续表：收入决算表',
      '续表2 收入决算表',
    ]) {
      expect([text, code(text), continued(text)]).toEqual([text, '02', true]);
    }
    expect([code('收入决算表（公开02表）'), continued('收入决算表（公开02表）')]).toEqual(['02', false]);
    // 续 inside a sentence is still a sentence.
    expect(code('详见收入决算表（续）')).toBeUndefined();
  });

  it('prefers the longest title, so a prefix never turns one table into another', () => {
    expect(code('财政拨款收入支出决算总表')).toBe('04');
    expect(code('一般公共预算财政拨款支出决算表')).toBe('05');
    expect(code('一般公共预算财政拨款基本支出决算表')).toBe('06');
    // Not table 03 with words before it: 江苏's table of every 财政拨款, beyond the nine.
    expect(code('财政拨款支出决算表')).toBe('F05');
    // Table 08 under its older title, not table 03 (支出决算表) with words before it.
    expect(code('政府性基金预算财政拨款支出决算表')).toBe('08');
  });

  it('ignores sentences and lists that mention a table', () => {
    expect(code('一、《收入支出决算总表》')).toBeUndefined();
    expect(code('具体项目自评情况附项目支出绩效自评表。')).toBeUndefined();
    expect(code('本表反映部门本年度一般公共预算财政拨款支出决算表的情况')).toBeUndefined();
    expect(code('收入')).toBeUndefined();
  });

  it('reads a 自评表 titled with its project, whatever money the project’s name ends on (…经费, …资金, …采购)', () => {
    // The words that keep 江苏's 政府采购支出决算表 and 机关运行经费支出决算表 off table 03 (and 专户资金…, 上级补助… off 01)
    // name a project before 项目支出绩效自评表: none of the nine ends so, the form was unread (§十一 without it).
    for (const title of [
      '办案业务经费项目支出绩效自评表',
      '2023年度城乡社区工作经费项目支出绩效自评表',
      '某县2023年度农村公路养护资金项目支出绩效自评表',
      '政府采购项目支出绩效自评表',
      '（2023年度）乡镇财政补助项目支出绩效自评表',
    ]) {
      expect(code(title)).toBe('10');
    }
    // A workbook's forms so titled are read, each its project.
    const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    let n = 0;
    const retitled = {
      sheets: grid.sheets.map((sh) => ({
        ...sh,
        rows: sh.rows.map((r) => r.map((v) => (v === '项目支出绩效自评表' ? `${['办案业务经费', '农村公路养护资金', '政府采购'][n++ % 3]}项目支出绩效自评表` : v))),
      })),
    };
    expect(n).toBe(changji2022.projects.length);
    expect(recognise(retitled).projects.map((p) => p.name?.text)).toEqual(recognise(grid).projects.map((p) => p.name?.text));
    expect(recognise(retitled).projects).toHaveLength(changji2022.projects.length);
    // And still off 03 and 01 before a 决算表.
    expect(code('政府采购支出决算表')).toBeUndefined();
    expect(code('财政拨款机关运行经费支出决算表')).toBeUndefined();
    expect(code('财政专户管理资金收入支出决算表')).toBeUndefined();
  });

  it('skips normalising a cell only when no character of it could become 决 or 自, or none is 表', () => {
    // Every code point that is, or that NFKC folds into something holding, 决 or 自 passes the quick test beside a 表;
    // and none but 表 itself folds into something holding 表.
    const missed: string[] = [];
    const intoTable: string[] = [];
    for (let c = 0; c < 0x30000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCodePoint(c);
      const folded = ch.normalize('NFKC');
      if ((folded.includes('决') || folded.includes('自')) && !mayBeTitle(`${ch}表`)) missed.push(ch);
      if (folded.includes('表') && ch !== '表') intoTable.push(ch);
    }
    expect(missed).toEqual([]);
    expect(intoTable).toEqual([]);
    expect(mayBeTitle('自然资源事务')).toBe(false);
    expect(code('项目支出绩效⾃评表')).toBe('10');
    expect(mayBeTitle('2022年1月 办公用品 报销')).toBe(false);
  });
});
