/**
 * Shares a reader would take as absurd: above 100% where the tables contradict each other (a part larger than its
 * whole), and 占0.00% of money spent (a part under 0.005% of its whole). The first is a gap naming both figures, as a
 * share of a figure below 0 is; the second says 不足0.01, as a change's rate does (增长不足0.01%).
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { shanghai, xinjiang } from '../../../src/engine/narrative/presets';
import { plain } from '../../../src/engine/narrative/fragment';
import { explanationPart } from '../../../src/engine/narrative/document';
import type { NarrativeDocument } from '../../../src/engine/narrative/document';
import type { Preset } from '../../../src/engine/narrative/preset';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { FinalAccountsData, FixedLine, SubjectLine } from '../../../fixtures/data';
import type { ChartData } from '../../../src/engine/narrative/document';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { runAudit } from '../../../src/engine/audit/audit';
import { RULES } from '../../../src/engine/audit/rules';
import { sheet } from '../../support/ruleTester';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

function narrate(edit: (d: Mutable<FinalAccountsData>) => void, preset: Preset): NarrativeDocument {
  return narrated(edit, preset).doc;
}

function narrated(edit: (d: Mutable<FinalAccountsData>) => void, preset: Preset) {
  const data = JSON.parse(JSON.stringify(changji2022)) as Mutable<FinalAccountsData>;
  edit(data);
  const { supplement, problems } = parseSupplementJson(changji2022Supplement);
  expect(problems).toEqual([]);
  const grid = toGrid(buildWorkbook(data, standardPlan(data)));
  return { doc: generateNarrative(recognise(grid), supplement, preset), grid, supplement };
}

/**
 * What the text- rules of the audit say of the document typed into the workbook, gaps and 尾差 aside, and the tables' own
 * disagreements (the cases edit one table alone).
 */
function textFindings(edit: (d: Mutable<FinalAccountsData>) => void, preset: Preset): string[] {
  const { doc, grid, supplement } = narrated(edit, preset);
  const typed = { ...grid, sheets: [...grid.sheets, sheet('公开说明', documentLines(doc).map((l) => [l.text]))] };
  const findings = runAudit({ recognition: recognise(typed), supplement, grid: typed }, RULES.filter((r) => r.id.startsWith('text-')));
  return findings.filter((f) => f.severity !== 'rounding' && !f.message.includes('【请填写：') && !f.message.includes('两表不一致')).map((f) => f.message);
}

function chart(doc: NarrativeDocument, id: string): ChartData {
  return explanationPart(doc).sections.flatMap((s) => s.figures ?? []).find((f) => f.chart.id === id)!.chart;
}

function section(doc: NarrativeDocument, number: string): string {
  const s = explanationPart(doc).sections.find((x) => x.number === number)!;
  return s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text)).join('\n');
}

const fixed = (lines: Mutable<FixedLine>[], key: string) => lines.find((l) => l.key === key)!;
const subject = (lines: Mutable<SubjectLine>[], code: string) => lines.find((l) => l.code === code)!;

describe('a share above 100%', () => {
  /** Tables 01 and 03 say 本年支出合计 6.00 while table 05 spent 1,363.45 of 一般公共预算: 22,724.17% was printed. */
  const contradicting = (d: Mutable<FinalAccountsData>) => {
    fixed(d.summary.expenditure, 'yearExpenditure').amount = 6;
    subject(d.expenditure, 'total').values['yearExpenditure'] = 6;
  };

  it('is a gap naming the part and the whole, never 占本年支出合计的22,724.17% (新疆)', () => {
    const text = section(narrate(contradicting, xinjiang), '五');
    expect(text).toContain(
      '2022年度一般公共预算财政拨款支出1,363.45万元，占本年支出合计的【请填写：一般公共预算财政拨款支出占比（一般公共预算财政拨款支出1,363.45万元大于本年支出合计6.00万元，部分不能大于整体：请核对表格）】%，',
    );
    expect(text).not.toMatch(/22,?724\.17/);
  });

  it('is a gap in the 上海 preset too, and the gap is listed', () => {
    const doc = narrate(contradicting, shanghai);
    expect(section(doc, '五')).toContain(
      '一般公共预算财政拨款支出1363.45万元，占本年支出合计的【请填写：一般公共预算财政拨款支出占比（一般公共预算财政拨款支出1363.45万元大于本年支出合计6.00万元，部分不能大于整体：请核对表格）】%。',
    );
    expect(doc.gaps.find((g) => g.field === '一般公共预算财政拨款支出.占比')).toBeDefined();
  });

  it('is a gap for a listed item larger than its 合计 (table 02 其他收入 above 本年收入合计)', () => {
    const text = section(
      narrate((d) => {
        subject(d.income, 'total').values['otherIncome'] = 1400;
      }, xinjiang),
      '二',
    );
    expect(text).toContain('其他收入1,400.00万元，占【请填写：其他收入占比（其他收入1,400.00万元大于本年收入合计1,372.79万元，部分不能大于整体：请核对表格）】%。');
  });

  it('leaves the shares off the chart, as for a refund (it charted 其他收入（101.98%）)', () => {
    const doc = narrate((d) => {
      subject(d.income, 'total').values['otherIncome'] = 1400;
    }, xinjiang);
    expect(chart(doc, 'income').items.map((i) => [i.label, i.cents, i.share])).toEqual([
      ['财政拨款收入', 136345, undefined],
      ['其他收入', 140000, undefined],
    ]);
  });

  it('keeps 100.00% for a part equal to its whole', () => {
    const text = section(
      narrate((d) => {
        fixed(d.summary.expenditure, 'yearExpenditure').amount = 1363.45;
      }, xinjiang),
      '五',
    );
    expect(text).toContain('2022年度一般公共预算财政拨款支出1,363.45万元，占本年支出合计的100.00%，');
  });
});

describe('a share of money spent that rounds to 0.00%', () => {
  /** 0.01 of 123,456.78 万元 is 0.0000081%: 占0.00% said nothing was received. */
  const tiny = (d: Mutable<FinalAccountsData>) => {
    const total = subject(d.income, 'total').values;
    total['yearIncome'] = 123456.78;
    total['fiscal'] = 123456.77;
    total['otherIncome'] = 0.01;
  };

  it('says 不足0.01%, as a change does, and the other shares still sum to 100.00% (新疆)', () => {
    const text = section(narrate(tiny, xinjiang), '二');
    expect(text).toContain('财政拨款收入123,456.77万元，占100.00%；');
    expect(text).toContain('事业收入0.00万元，占0.00%；');
    expect(text).toContain('其他收入0.01万元，占不足0.01%。');
  });

  it('charts it as the text prints it: 其他收入（不足0.01%）', () => {
    expect(chart(narrate(tiny, xinjiang), 'income').items.map((i) => [i.label, i.share])).toEqual([
      ['财政拨款收入', '100.00'],
      ['其他收入', '不足0.01'],
    ]);
  });

  /**
   * 33,333.33 three times and 0.01 of 100,000.00: the three round to 33.33% (99.99% between them) and the last item other
   * than 0 takes the residual (33.34%); 0.01 is 不足0.01%, its 0 counted in the 100.00% the others sum to.
   */
  const besideResidual = (d: Mutable<FinalAccountsData>) => {
    Object.assign(subject(d.expenditure, 'total').values, {
      yearExpenditure: 100000,
      basic: 33333.33,
      project: 33333.33,
      remittanceToSuperior: 0,
      operatingExpenditure: 0.01,
      subsidyToAffiliates: 33333.33,
    });
  };

  it('keeps the residual of the shares with the last item other than 0 (新疆, 上海)', () => {
    expect(section(narrate(besideResidual, xinjiang), '三')).toContain(
      '基本支出33,333.33万元，占33.33%；项目支出33,333.33万元，占33.33%；上缴上级支出0.00万元，占0.00%；经营支出0.01万元，占不足0.01%；对附属单位补助支出33,333.33万元，占33.34%。',
    );
    expect(section(narrate(besideResidual, shanghai), '三')).toContain(
      '基本支出33333.33万元，占33.33%；项目支出33333.33万元，占33.33%；经营支出0.01万元，占不足0.01%；对附属单位补助支出33333.33万元，占33.34%。',
    );
  });

  /**
   * 30,006.00 + 30,006.00 + 39,976.00 + 12.00 of 100,000.00: 30.01% + 30.01% + 39.98% + 0.01% (0.012%) = 100.01%. The
   * residual −0.01 taken by the last item other than 0 left it 0.00: 占不足0.01% of 0.012% (a figure falsely small).
   */
  const tinyTakesResidual = (d: Mutable<FinalAccountsData>) => {
    Object.assign(subject(d.expenditure, 'total').values, {
      yearExpenditure: 100000,
      basic: 30006,
      project: 30006,
      remittanceToSuperior: 0,
      operatingExpenditure: 39976,
      subsidyToAffiliates: 12,
    });
  };

  it('never gives the residual to a tiny last item whose share it would take to 0.00% (上海 tail adjustment)', () => {
    const text = section(narrate(tinyTakesResidual, shanghai), '三');
    expect(text).toContain('基本支出30006.00万元，占30.01%；项目支出30006.00万元，占30.01%；经营支出39976.00万元，占39.98%；对附属单位补助支出12.00万元，占0.01%。');
    // 新疆 lists the items of 0 too; its chart takes the text's shares.
    expect(section(narrate(tinyTakesResidual, xinjiang), '三')).toContain('经营支出39,976.00万元，占39.98%；对附属单位补助支出12.00万元，占0.01%。');
    expect(chart(narrate(tinyTakesResidual, xinjiang), 'expenditure').items.map((i) => i.share)).toEqual(['30.01', '30.01', '39.98', '0.01']);
  });

  it('never gives the residual to a last item whose share is under 0.005% (it printed 占0.01% of 0.01 万元 in 100,000.00)', () => {
    const lastTiny = (d: Mutable<FinalAccountsData>) => {
      Object.assign(subject(d.expenditure, 'total').values, {
        yearExpenditure: 100000,
        basic: 33333.33,
        project: 33333.33,
        remittanceToSuperior: 0,
        operatingExpenditure: 33333.33,
        subsidyToAffiliates: 0.01,
      });
    };
    expect(section(narrate(lastTiny, shanghai), '三')).toContain(
      '基本支出33333.33万元，占33.33%；项目支出33333.33万元，占33.33%；经营支出33333.33万元，占33.33%；对附属单位补助支出0.01万元，占不足0.01%。',
    );
    expect(textFindings(lastTiny, shanghai)).toEqual([]);
  });

  it('is accepted by our own checks of the text', () => {
    for (const preset of [xinjiang, shanghai]) {
      expect(textFindings(tiny, preset)).toEqual([]);
      expect(textFindings(besideResidual, preset)).toEqual([]);
      expect(textFindings(tinyTakesResidual, preset)).toEqual([]);
    }
  });

  it('is read by those checks, its 0 in the 100.00% the others sum to where the last takes a residual of 2', () => {
    // 51.21 + 103.05 + 40.97 + 0.01 + 142.69 of 337.93: 15.15 + 30.49 + 12.12 + 0 + 42.22 = 99.98; the last takes 0.02.
    const residualOfTwo = (d: Mutable<FinalAccountsData>) => {
      Object.assign(subject(d.expenditure, 'total').values, {
        yearExpenditure: 337.93,
        basic: 51.21,
        project: 103.05,
        remittanceToSuperior: 40.97,
        operatingExpenditure: 0.01,
        subsidyToAffiliates: 142.69,
      });
    };
    expect(section(narrate(residualOfTwo, xinjiang), '三')).toContain('经营支出0.01万元，占不足0.01%；对附属单位补助支出142.69万元，占42.24%。');
    expect(textFindings(residualOfTwo, xinjiang)).toEqual([]);
    // A share of 12.12% said 不足0.01% is reported.
    const { doc, grid, supplement } = narrated(residualOfTwo, xinjiang);
    const lines = documentLines(doc).map((l) => [l.text.replace('上缴上级支出40.97万元，占12.12%', '上缴上级支出40.97万元，占不足0.01%')]);
    const typed = { ...grid, sheets: [...grid.sheets, sheet('公开说明', lines)] };
    const findings = runAudit({ recognition: recognise(typed), supplement, grid: typed }, RULES.filter((r) => r.id === 'text-shares'));
    expect(findings.map((f) => f.message)).toContainEqual(expect.stringContaining('占比应为 12.12%'));
  });

  it('says 不足0.01% in the 上海 preset too (which leaves out the items of 0)', () => {
    const text = section(narrate(tiny, shanghai), '二');
    expect(text).toContain('本年收入合计123456.78万元，其中：财政拨款收入123456.77万元，占100.00%；其他收入0.01万元，占不足0.01%。');
  });
});

describe('the residual of shares listed with items of 0 after them (新疆 lists every item)', () => {
  it('goes to the last item other than 0, not the last listed (对附属单位补助支出0.00万元 keeps 占0.00%)', () => {
    // 33,333.33 + 33,333.33 + 33,333.34 of 100,000.00: 33.33% three times (99.99%); 上缴上级支出 takes the 0.01.
    const text = section(
      narrate((d) => {
        Object.assign(subject(d.expenditure, 'total').values, {
          yearExpenditure: 100000,
          basic: 33333.33,
          project: 33333.33,
          remittanceToSuperior: 33333.34,
          operatingExpenditure: 0,
          subsidyToAffiliates: 0,
        });
      }, xinjiang),
      '三',
    );
    expect(text).toContain(
      '基本支出33,333.33万元，占33.33%；项目支出33,333.33万元，占33.33%；上缴上级支出33,333.34万元，占33.34%；经营支出0.00万元，占0.00%；对附属单位补助支出0.00万元，占0.00%。',
    );
  });
});

describe('a share of 政府采购支出总额 above 100% (说明数据 that contradict each other)', () => {
  it('is a gap naming both figures, never 占政府采购支出总额的108.09%', () => {
    const json = JSON.parse(JSON.stringify(changji2022Supplement)) as { 事项: Record<string, unknown> };
    json.事项['授予中小企业合同金额'] = 60;
    const { supplement } = parseSupplementJson(json);
    const doc = generateNarrative(recognise(toGrid(buildWorkbook(changji2022, standardPlan(changji2022)))), supplement, xinjiang);
    expect(section(doc, '十')).toContain(
      '授予中小企业合同金额60.00万元，占政府采购支出总额的【请填写：授予中小企业合同金额占比（授予中小企业合同金额60.00万元大于政府采购支出总额55.51万元，部分不能大于整体：请核对表格）】%，其中：授予小微企业合同金额55.51万元，占政府采购支出总额的100.00%。',
    );
  });
});

describe('a residual that would take the last share to 0.00 (printed 不足0.01)', () => {
  /**
   * 21.94 + 13.58 + 31.35 + 0.01 of 66.88: 32.81 + 20.31 + 46.88 + 0.01 = 100.01. Taking the −0.01, 对附属单位补助支出 printed
   * 占不足0.01% for its 0.0150%: false. It keeps its own rounding, as a share that would fall below 0 does.
   */
  const tinyTaker = (d: Mutable<FinalAccountsData>) => {
    Object.assign(subject(d.expenditure, 'total').values, {
      yearExpenditure: 66.88,
      basic: 21.94,
      project: 13.58,
      remittanceToSuperior: 31.35,
      operatingExpenditure: 0,
      subsidyToAffiliates: 0.01,
    });
  };

  it('leaves it its own rounding, 0.01%, never 不足0.01% (新疆, 上海)', () => {
    expect(section(narrate(tinyTaker, xinjiang), '三')).toContain(
      '基本支出21.94万元，占32.81%；项目支出13.58万元，占20.31%；上缴上级支出31.35万元，占46.88%；经营支出0.00万元，占0.00%；对附属单位补助支出0.01万元，占0.01%。',
    );
    expect(section(narrate(tinyTaker, shanghai), '三')).toContain('对附属单位补助支出0.01万元，占0.01%。');
  });

  it('is accepted by our own checks of the text', () => {
    for (const preset of [xinjiang, shanghai]) expect(textFindings(tinyTaker, preset)).toEqual([]);
  });
});
