/**
 * 第一部分 单位概况: how many units the department has is written only as the 说明数据 shows it (新疆's 机构设置及人员情况,
 * 上海's 部门决算单位构成 in shanghai.test.ts), and a 机构设置 text is read for what it says of 下属单位.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { plain } from '../../../src/engine/narrative/fragment';
import type { NarrativeDocument } from '../../../src/engine/narrative/document';
import { unitsInSetting } from '../../../src/engine/narrative/sections/profile';
import type { SheetGrid, WorkbookGrid } from '../../../src/engine/grid/cell';
import type { Recognition } from '../../../src/engine/recognise/recognise';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { changji2022 } from '../../../fixtures/changji-2022/tables';

const SAMPLE = path.join(__dirname, '..', '..', '..', 'assets', 'samples', 'changji-2022.data.json');
const UNIT = '新疆昌吉州政务服务和公共资源交易管理局';
const PEOPLE = `${UNIT}2022年度，实有人数38人，其中：在职人员33人，离休人员0人，退休人员5人。`;
const recognition = recognise(toGrid(buildWorkbook(changji2022, standardPlan(changji2022))));

type Json = { 单位性质: string; 事项: Record<string, unknown>; [k: string]: unknown };

function narrate(edit: (json: Json) => void = () => undefined, rec: Recognition = recognition): NarrativeDocument {
  const json = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Json;
  edit(json);
  const { supplement, problems } = parseSupplementJson(json);
  expect(problems).toEqual([]);
  return generateNarrative(rec, supplement, xinjiang);
}

/** 二、机构设置及人员情况 as its paragraphs. */
function setting(doc: NarrativeDocument): string[] {
  const s = doc.parts[0]!.sections[1]!;
  expect(s.title).toBe('机构设置及人员情况');
  return s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text));
}

describe('新疆 preset, 第一部分 二、机构设置及人员情况: the units of the 部门决算 from the data', () => {
  it('the sample (单位无下属预算单位): the reference’s sentence, one unit', () => {
    expect(setting(narrate())).toEqual([
      PEOPLE,
      `从部门决算单位构成看，${UNIT}部门决算包括：${UNIT}决算。单位无下属预算单位，下设9个处室，分别是：办公室（组织人事科）、工程建设交易服务一科、工程建设交易服务二科、政府采购交易服务科、政务服务科、矿业权及产权交易服务科、信息科、“放管服”改革和优化营商环境督办科、“12345”政务服务便民热线受理中心。`,
    ]);
  });

  it('several units (决算单位构成 lists three): their number and names, not 包括：本单位决算', () => {
    const doc = narrate((j) => {
      j.事项['决算单位构成'] = `${UNIT}（本级）、昌吉州政务服务中心、昌吉州公共资源交易中心`;
      j.事项['机构设置'] = '局机关内设办公室、政务服务科、信息科';
    });
    expect(setting(doc)).toEqual([
      PEOPLE,
      `从部门决算单位构成看，${UNIT}部门决算包括3个单位的决算，分别是：${UNIT}（本级）、昌吉州政务服务中心、昌吉州公共资源交易中心。局机关内设办公室、政务服务科、信息科。`,
    ]);
    expect(doc.gaps).toEqual([]);
  });

  it('决算单位构成 of one unit: the reference’s sentence', () => {
    const doc = narrate((j) => {
      j.事项['决算单位构成'] = UNIT;
      j.事项['机构设置'] = '局机关内设办公室、政务服务科、信息科';
    });
    expect(setting(doc)[1]).toBe(`从部门决算单位构成看，${UNIT}部门决算包括：${UNIT}决算。局机关内设办公室、政务服务科、信息科。`);
  });

  it('a 机构设置 that does not say whether there are 下属单位: the 人员 paragraph, then a gap asking, no unit count claimed', () => {
    const doc = narrate((j) => {
      j.事项['机构设置'] = '局机关内设办公室、政务服务科、信息科';
    });
    expect(setting(doc)).toEqual([
      PEOPLE,
      '【请填写：决算单位构成（机构设置未说明有无下属单位：有下属单位的部门逐一列出各单位；仅有一个单位的部门填本单位名称）】',
    ]);
    expect(doc.gaps.map((g) => g.field)).toEqual(['事项.决算单位构成']);
  });

  it('a 机构设置 counting 下属单位 without 决算单位构成: a gap, not 包括：本单位决算', () => {
    const doc = narrate((j) => {
      j.事项['机构设置'] = '局机关内设3个科室，下属事业单位2个';
    });
    expect(setting(doc)[1]).toBe('【请填写：决算单位构成（机构设置写有下属单位，部门有多个单位：请逐一列出）】');
  });

  it('neither 机构设置 nor 决算单位构成: a gap asking for either', () => {
    const doc = narrate((j) => {
      delete j.事项['机构设置'];
    });
    expect(setting(doc)).toEqual([
      PEOPLE,
      '【请填写：决算单位构成（有下属单位的部门）】或【请填写：机构设置（仅有一个单位的部门）】',
    ]);
  });
});

describe('a workbook holding the 部门’s tables beside its 本级’s (tests/engine/recognise/units.test.ts)', () => {
  const department = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  /** The 本级's copy of a table sheet: its 部门 line names `…本级`. */
  const ofBenji = (s: SheetGrid): SheetGrid => ({
    ...s,
    name: `${s.name}(本级)`,
    rows: s.rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('部门：') ? `${v}本级` : v))),
  });
  const benji = department.sheets.filter((s) => !s.name.includes('自评')).map(ofBenji);
  const both: WorkbookGrid = { sheets: [...department.sheets, ...benji] };

  it('the 部门 read: several units, so a 机构设置 that does not say is no single unit', () => {
    const rec = recognise(both);
    expect(rec.units).toEqual({ read: UNIT, others: [`${UNIT}本级`] });
    const doc = narrate((j) => {
      j.事项['机构设置'] = '局机关内设办公室、政务服务科、信息科';
    }, rec);
    expect(setting(doc)[1]).toBe(`【请填写：决算单位构成（工作簿中另有“${UNIT}本级”的决算表，部门有多个单位：请逐一列出）】`);
  });

  it('the 本级 read (the cover names it): no evidence of several units from the workbook', () => {
    const cover: SheetGrid = { name: '封面', rows: [[`${UNIT}本级2022年度部门决算`]] };
    const rec = recognise({ sheets: [cover, ...both.sheets] });
    expect(rec.units?.read).toBe(`${UNIT}本级`);
    expect(setting(narrate(undefined, rec))[1]).toMatch(/^从部门决算单位构成看，.*部门决算包括：.*决算。单位无下属预算单位/);
  });
});

describe('unitsInSetting: what a 机构设置 text says of 下属单位', () => {
  it.each([
    ['单位无下属预算单位，下设9个处室，分别是：办公室、信息科。', 'one'],
    ['单位无下属预算单位,下设0个处室,分别是:我单位无下设处室。', 'one'],
    ['本局没有所属单位，内设综合处。', 'one'],
    ['局内设5个处室，下属单位0个。', 'one'],
    ['局内设5个处室，下属事业单位2个。', 'several'],
    ['局机关内设3个处室和1个事业单位。', 'several'],
    ['所属2个事业单位：上海市XX中心、上海市XX所。', 'several'],
    ['局机关内设办公室；所属单位：上海市XX中心、上海市XX所。', 'several'],
    ['下属二级预算单位共3个。', 'several'],
  ] as const)('%s → %s', (text, expected) => {
    expect(unitsInSetting(text)).toBe(expected);
  });

  it.each([
    '局内设办公室、规划处、服务处。',
    '下设9个处室，分别是：办公室、信息科。',
    // A unit describing itself as another's: no 下属单位 of its own said either way.
    '昌吉州政务服务中心是州政务服务和公共资源交易管理局所属事业单位，内设3个科室。',
    // Both said: the text disagrees with itself.
    '单位无下属预算单位，下属事业单位2个。',
  ])('%s → neither', (text) => {
    expect(unitsInSetting(text)).toBeUndefined();
  });
});
