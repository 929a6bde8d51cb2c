import rule from '../../../../src/engine/audit/rules/textNoneStated';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';
import { changji2022 } from '../../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../../fixtures/workbook';

/** The sample with 1.00 万元 of 因公出国（境）费 (table 07's 决算 and its 合计 raised by as much). */
function withTravel() {
  const data = JSON.parse(JSON.stringify(changji2022)) as typeof changji2022;
  Object.assign(data.threePublicCosts.actual, { total: 5.99, overseasTravel: 1 });
  Object.assign(data.threePublicCosts.budget, { total: 6, overseasTravel: 1 });
  return toGrid(buildWorkbook(data, standardPlan(data)));
}

/** The sample with table 07's 决算 changed as given (its 合计 and 公务用车 sum with them). */
function withActual(actual: Partial<typeof changji2022.threePublicCosts.actual>) {
  const data = JSON.parse(JSON.stringify(changji2022)) as typeof changji2022;
  Object.assign(data.threePublicCosts.actual, actual);
  return toGrid(buildWorkbook(data, standardPlan(data)));
}

testRule(rule, {
  valid: [
    ...correctTexts(),
    {
      // The sample's table 07: 因公出国（境）费 0, 公务用车购置费 0, 公务接待费 0.20.
      name: 'none of an item table 07 has none of; another year’s, a 预算’s, a reason’s none',
      sheets: [
        sheet('公开说明', [
          ['(一)因公出国(境)经费'],
          ['2022年无因公出国(境)人员。'],
          ['本年度未发生公务用车购置支出,无因公出国(境)费支出。'],
          ['公务接待费支出0.20万元,比上年减少0.06万元,主要原因是上半年无公务接待。'],
          ['2021年无公务接待,2022年公务接待费支出0.20万元。'],
          ['公务接待费比上年增加,上年无公务接待费支出。'],
          ['年初未安排公务接待预算。'],
          ['本单位无外宾接待。'],
          // helper-h262: a template's instruction left in (上海: 无“三公”经费财政拨款支出的部门，作下述说明：) says nothing of this
          // department (text-template-leftovers tells of it); none not budgeted at the year's start, spent after (年初未安排…).
          ['无“三公”经费财政拨款支出的部门，作下述说明：'],
          ['无“三公”经费财政拨款支出的单位，仍保留该表格式。'],
          ['年初未安排公务接待费，因工作需要年中追加0.20万元。'],
          // helper-h262: none of a breach (未发生公务接待违规问题: the 接待 was, within the rules), none of the 国内 part alone (the
          // 外事 接待 table 07's 公务接待费 holds too).
          ['严格执行公务接待制度，未发生公务接待违规违纪问题。'],
          ['本年度未发生公务接待超标准现象，无“三公”经费违规使用情况。'],
          ['本年度无国内公务接待，外事接待1批次、5人次。'],
          // helper-h262: a unit under the department, not the department's table 07.
          ['部门所属的信息中心无公务用车运行维护费支出。'],
          // helper-h262: none of a change, not of the spending.
          ['本年度无公务用车运行维护费增减变化。'],
          // helper-h262: a rule of the 接待 (no 公函, no 接待): not none spent.
          ['严格执行公务接待制度，对无公务接待公函的一律不予接待。'],
          ['无公务接待函的，一律不予接待。'],
        ]),
      ],
    },
    {
      // helper-h262: a 决算 below 0 is a refund of an earlier year's spending, none spent (新疆 as the add-in writes it with the
      // sample's 说明数据: …-1.00万元，开支内容包括我单位无因公出国（境）费。…决算为负数，系收回以前年度支出): a 错误 before.
      name: 'none said of an item table 07 has a refund (below 0) of',
      grid: () => withActual({ total: 3.99, overseasTravel: -1 }),
      sheets: [
        sheet('公开说明', [['因公出国（境）费支出-1.00万元，开支内容包括我单位无因公出国（境）费。因公出国（境）费决算为负数，系收回以前年度支出，冲减本年支出。']]),
      ],
    },
    {
      // helper-h262: a plan for a year to come (下一年度无…计划, 明年…) says nothing of this year's 决算.
      name: 'none planned for the year to come, of an item table 07 has 1.00 of',
      grid: () => withActual({ total: 5.99, vehicles: 5.79, vehiclePurchase: 1 }),
      sheets: [sheet('公开说明', [['本单位下一年度无公务用车购置计划。'], ['明年未安排公务用车购置。'], ['本年度无公务用车购置计划，因车辆报废更新1辆。']])],
    },
    {
      // helper-h273: an item named, then none of it as 此项 (因公出国（境）费：本单位无此项支出), of items table 07 has none of; and what
      // must stay unread: the 国内 part alone, a 预算, a breach, a change, another item named nearer the none.
      name: 'an item named then none of it as 此项 (因公出国（境）费：本单位无此项支出), of an item table 07 has none of; a 预算’s, the 国内 part’s, a breach’s',
      sheets: [
        sheet('公开说明', [
          ['因公出国（境）费：本单位无此项支出。'],
          ['公务用车购置费：无此项经费。'],
          ['公务用车运行维护费4.79万元，公务用车购置费：本单位无此项支出。'],
          ['国内公务接待费：无此项支出，外事接待费0.20万元。'],
          ['公务接待费：本年度预算无此项支出。'],
          ['公务接待费0.20万元，无此项违规支出。'],
          ['公务接待费：本单位无此项支出增减变化。'],
        ]),
      ],
    },
    {
      // helper-h288: none of this in a cell of its own under an item's heading, of items table 07 has none of; and what must stay
      // unread: under a heading of a comparison or a 预算, of the 国内 part, of two items, further on in a paragraph, a breach.
      name: 'none of this under an item’s heading (（一）因公出国（境）费 / 本单位无此项支出。), of an item table 07 has none of; under other headings',
      sheets: [
        sheet('公开说明', [
          ['（一）因公出国（境）费'],
          ['本单位无此项支出。'],
          ['（二）公务用车购置费'],
          ['2022年度本单位无此项支出。'],
          ['（三）公务接待费与预算对比情况'],
          ['本单位无此项支出。'],
          ['（四）国内公务接待费'],
          ['本单位无此项支出。'],
          ['（五）公务用车运行维护费和公务接待费'],
          ['无此项支出。'],
          ['（六）公务接待费'],
          ['公务接待费0.20万元。因公出国（境）费本单位无此项支出。'],
          ['本单位无此项违规支出。'],
          ['本单位无此项支出变化。'],
        ]),
      ],
    },
    {
      // review r293: none of this naming a part or another thing after it (无此类外事接待, 无此项购置支出, under §七 无此类因公出国
      // （境）支出): held to the heading's whole item (0.20, 4.79, the 三公's 4.99), a right text was a 错误.
      name: 'none of this under an item’s heading naming a part or another item after it (（三）公务接待费 / 本单位无此类外事接待。)',
      sheets: [
        sheet('公开说明', [
          ['（三）公务接待费'],
          ['本单位无此类外事接待。'],
          ['（二）公务用车购置及运行维护费'],
          ['本单位无此项购置支出。'],
          ['七、2022年度“三公”经费财政拨款支出决算情况说明'],
          ['本单位无此类因公出国（境）支出。'],
        ]),
      ],
    },
    {
      // helper-h299: the car items joined by 费及 (上海/中央's heading （二）公务用车购置费及运行维护费), of a table 07 with none of either;
      // and, under the sample's, a none of the 购置 part alone (无此项购置支出) that must stay unread.
      name: 'none of the car items joined by 费及 (heading or text), of a table 07 with no car spending',
      grid: () => withActual({ total: 0.2, vehicles: 0, vehicleOperation: 0 }),
      sheets: [
        sheet('公开说明', [
          ['（二）公务用车购置费及运行维护费'],
          ['本单位无此项支出。'],
          ['本年无公务用车购置费及运行维护费支出。'],
          ['公务用车购置费及运行维护费：本单位无此项支出。'],
        ]),
      ],
    },
    {
      name: 'none of the 购置 part under the heading of the car items joined by 费及 (本单位无此项购置支出)',
      sheets: [sheet('公开说明', [['（二）公务用车购置费及运行维护费'], ['本单位无此项购置支出。'], ['2022年未新购置公务用车。']])],
    },
    {
      // review r306: a none after a sub-heading or label (1.公务用车购置费, 公务用车购置费, 3.因公出国（境）费) is of what that names,
      // not of the heading over it (held to the car items' 4.79, each right text was a 错误). The numbered ones are headings since
      // helper-h314: the none right under them is theirs, right by the sample's 0.
      name: 'none after a short sub-heading or label under the car items’ heading, or after the next item’s short heading',
      sheets: [
        sheet('公开说明', [
          ['（二）公务用车购置费及运行维护费'],
          ['1.公务用车购置费'],
          ['本单位无此项支出。'],
          ['2.公务用车运行维护费'],
          ['支出4.79万元。'],
          ['（三）公务用车购置和运行维护费'],
          ['公务用车购置费'],
          ['本年度无此项支出。'],
          ['（四）“三公”经费'],
          ['2.公务用车购置及运行维护费'],
          ['支出4.79万元。'],
          ['3.因公出国（境）费'],
          ['本单位无此项支出。'],
        ]),
      ],
    },
    {
      // review r321: a short numbered item cell with its figure beside it is a table's row label, not the heading of the none after
      // the table (the table's first row's, 因公出国 with table 07's 0, or any): held to the last row's 公务接待费 0.20, a 错误.
      name: 'none after a table’s short numbered row labels (… / 3.公务接待费 | 0.20 / 本单位无此项支出): not the last label’s, unread',
      sheets: [sheet('公开说明', [['（二）“三公”经费支出决算情况'], ['1.因公出国（境）费', '0.00'], ['3.公务接待费', '0.20'], ['本单位无此项支出。']])],
    },
  ],
  invalid: [
    {
      // helper-h314: under a short numbered sub-heading (1.公务用车购置费, 2.公务接待费: labels no text cell held) a none passed where
      // table 07 has some of the item: now the sub-heading's item's. Not a part's (1.国内公务接待, 2.外事接待: table 07 holds the whole).
      name: 'none right under a short numbered item heading (1.公务用车购置费 / 本单位无此项支出), of an item table 07 has some of',
      grid: () => withActual({ total: 5.99, vehicles: 5.79, vehiclePurchase: 1 }),
      sheets: [
        sheet('公开说明', [
          ['（二）公务用车购置费及运行维护费'],
          ['1.公务用车购置费'],
          ['本单位无此项支出。'],
          ['2.公务接待费'],
          ['本年度无此项支出。'],
          ['（三）公务接待费'],
          ['1.国内公务接待'],
          ['本单位无此项支出。'],
          ['2.外事接待'],
          ['本单位无此项支出。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“1.公务用车购置费：本单位无此项支出”，而《财政拨款“三公”经费支出决算表》中公务用车购置费决算数为 1.00 万元。' },
        { severity: 'error', first: '公开说明!A5', message: '说明文字写“2.公务接待费：本年度无此项支出”，而《财政拨款“三公”经费支出决算表》中公务接待费决算数为 0.20 万元。' },
      ],
    },
    {
      // review r306: a none right under its item's heading, blank rows between, is still the item's.
      name: 'none right under the car items’ heading with blank rows between, of a table 07 with 4.79 of them',
      sheets: [sheet('公开说明', [['（二）公务用车购置费及运行维护费'], [], [null, ''], ['本单位无此项支出。']])],
      errors: [
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“(二)公务用车购置费及运行维护费：本单位无此项支出”，而《财政拨款“三公”经费支出决算表》中公务用车购置及运行维护费决算数为 4.79 万元。' },
      ],
    },
    {
      // helper-h299: the car items joined by 费及 were read as 购置费 (its 0): a none of both passed where 运行维护费 was 4.79.
      name: 'none of the car items joined by 费及 (（二）公务用车购置费及运行维护费 / 本单位无此项支出), of a table 07 with 4.79 of them',
      sheets: [
        sheet('公开说明', [
          ['（二）公务用车购置费及运行维护费'],
          ['本单位无此项支出。'],
          ['本年无公务用车购置费及运行维护费支出。'],
          ['公务用车购置和运行维护费：本单位无此项支出。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“(二)公务用车购置费及运行维护费：本单位无此项支出”，而《财政拨款“三公”经费支出决算表》中公务用车购置及运行维护费决算数为 4.79 万元。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“无公务用车购置费及运行维护费支出”，而《财政拨款“三公”经费支出决算表》中公务用车购置及运行维护费决算数为 4.79 万元。' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“公务用车购置和运行维护费:本单位无此项支出”，而《财政拨款“三公”经费支出决算表》中公务用车购置及运行维护费决算数为 4.79 万元。' },
      ],
    },
    {
      // helper-h288: none of this in a cell of its own under an item's heading was held to nothing (a wrong none passed), nor in the
      // paragraph after the heading in one cell.
      name: 'none of this under an item’s heading (（三）公务接待费 / 本单位无此项支出。), of an item table 07 has some of',
      sheets: [
        sheet('公开说明', [
          ['（三）公务接待费'],
          ['本单位无此项支出。'],
          ['（二）公务用车购置及运行维护费'],
          ['2.公务用车运行维护费支出情况：本部门无此项支出。'],
          ['3.公务接待费：本单位无此项支出。'],
        ]),
      ],
      // The item named with its none in the cell (3.公务接待费：…) is read once, as the item named then none of this.
      errors: [
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“(三)公务接待费：本单位无此项支出”，而《财政拨款“三公”经费支出决算表》中公务接待费决算数为 0.20 万元。' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“2.公务用车运行维护费支出情况：本部门无此项支出”，而《财政拨款“三公”经费支出决算表》中公务用车运行维护费决算数为 4.79 万元。' },
        { severity: 'error', first: '公开说明!A5', message: '说明文字写“公务接待费:本单位无此项支出”，而《财政拨款“三公”经费支出决算表》中公务接待费决算数为 0.20 万元。' },
      ],
    },
    {
      name: 'none of this under the 因公出国（境）费 heading, of an item table 07 has 1.00 of',
      grid: withTravel,
      sheets: [sheet('公开说明', [['（一）因公出国（境）费'], ['本单位无此项支出。']])],
      errors: [{ severity: 'error', first: '公开说明!A2', message: '说明文字写“(一)因公出国(境)费：本单位无此项支出”，而《财政拨款“三公”经费支出决算表》中因公出国（境）费决算数为 1.00 万元。' }],
    },
    {
      // helper-h273: none of the item named as 此项 was held to nothing, a wrong one passed.
      name: 'an item named then none of it as 此项 (公务接待费：本部门无此项支出), of an item table 07 has some of',
      sheets: [sheet('公开说明', [['公务接待费：本部门无此项支出。'], ['公务用车运行维护费，本单位无此项支出。'], ['“三公”经费：本单位2022年度无此项支出。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“公务接待费:本部门无此项支出”，而《财政拨款“三公”经费支出决算表》中公务接待费决算数为 0.20 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“公务用车运行维护费,本单位无此项支出”，而《财政拨款“三公”经费支出决算表》中公务用车运行维护费决算数为 4.79 万元。' },
        { severity: 'error', first: '公开说明!A3', message: '中“三公”经费决算数为 4.99 万元。' },
      ],
    },
    {
      // review r277: a cell under 12 characters is read only when it looks like a heading or a figure: such a none was skipped,
      // a wrong one passed.
      name: 'a short cell saying none of an item table 07 has some of (公务接待费：无此类情况; 本单位无公务接待费)',
      sheets: [sheet('公开说明', [['公务接待费：无此类情况'], ['本单位无公务接待费']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“公务接待费:无此类情况”，而《财政拨款“三公”经费支出决算表》中公务接待费决算数为 0.20 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“无公务接待费”，而《财政拨款“三公”经费支出决算表》中公务接待费决算数为 0.20 万元。' },
      ],
    },
    {
      name: 'the 因公出国（境）费 named then none of it as 此项, of an item table 07 has 1.00 of',
      grid: withTravel,
      sheets: [sheet('公开说明', [['（一）因公出国（境）费'], ['因公出国（境）费：本单位无此项支出。']])],
      errors: [{ severity: 'error', first: '公开说明!A2', message: '说明文字写“因公出国(境)费:本单位无此项支出”，而《财政拨款“三公”经费支出决算表》中因公出国（境）费决算数为 1.00 万元。' }],
    },
    {
      name: 'none said of the 公务接待费 table 07 has 0.20 of',
      sheets: [sheet('公开说明', [['2022年度本单位未发生公务接待费支出。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“未发生公务接待费支出”，而《财政拨款“三公”经费支出决算表》中公务接待费决算数为 0.20 万元。' }],
    },
    {
      // 四川 东坡区 2015's wording, in a year with 因公出国（境）费 (helper-h258).
      name: 'none said of the 因公出国（境）费 table 07 has 1.00 of',
      grid: withTravel,
      sheets: [sheet('公开说明', [['(一)因公出国(境)经费'], ['2022年无因公出国(境)人员。']])],
      errors: [{ severity: 'error', first: '公开说明!A2', message: '说明文字写“无因公出国(境)人员”，而《财政拨款“三公”经费支出决算表》中因公出国（境）费决算数为 1.00 万元。' }],
    },
    {
      name: 'none said of the “三公”经费 and of the 公务用车运行维护费',
      sheets: [sheet('公开说明', [['本单位无“三公”经费支出。'], ['本年无公务用车运行维护费支出。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '中“三公”经费决算数为 4.99 万元' },
        { severity: 'error', first: '公开说明!A2', message: '中公务用车运行维护费决算数为 4.79 万元' },
      ],
    },
    {
      // helper-h262: a cell saying only this (no other word of an explanation) was not read as text at all.
      name: 'none of a purchase (未新购置公务用车) said alone in its cell, of an item table 07 has 1.00 of',
      grid: () => withActual({ total: 5.99, vehicles: 5.79, vehiclePurchase: 1 }),
      sheets: [sheet('公开说明', [['2022年未新购置公务用车。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“未新购置公务用车”，而《财政拨款“三公”经费支出决算表》中公务用车购置费决算数为 1.00 万元。' }],
    },
  ],
});
