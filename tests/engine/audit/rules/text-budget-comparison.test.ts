import rule from '../../../../src/engine/audit/rules/textBudgetComparison';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';

testRule(rule, {
  valid: [
    {
      // review r292: a 说明数据 of another 年度 (2021, supplement-year's 错误) does not make the tables' year another: 2021's 预算
      // is still none of the tables' (held to this year's 年初预算 1,206.34 below the 决算 1,363.45, a right text was a 错误).
      name: 'another year’s 预算 named, the 说明数据’s 年度 not the tables’',
      data: (j) => void (j.年度 = 2021),
      sheets: [sheet('公开说明', [['一般公共预算财政拨款支出年初预算为1206.34万元，支出决算为1363.45万元。决算数未超过2021年预算数。']])],
    },
    ...correctTexts(),
    {
      name: 'other word orders, 元, and 基本持平 within 5%',
      sheets: [
        sheet('公开说明', [
          ['年初预算为1,000,000.00元，支出决算为800,000.00元。预算数大于决算数的主要原因：厉行节约。'],
          ['年初预算为100.00万元，支出决算为98.00万元。决算数与年初预算数基本持平。'],
          ['公务接待费全年预算数 0.20 万元，决算数 0.20 万元，预决算差异率 0.00%，决算数与预算数一致。'],
        ]),
      ],
    },
    {
      name: 'the words against the adjusted 预算 (决算数小于调整预算数, 调整后预算数大于决算数), right (helper-h95)',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费调整预算为5.00万元，支出决算为4.99万元。决算数小于调整预算数的主要原因：厉行节约。'],
          ['“三公”经费调整后预算为5.00万元，支出决算为4.99万元。调整后预算数大于决算数的主要原因：厉行节约。'],
        ]),
      ],
    },
    {
      // helper-h274: a 决算 before its 预算 with no rate, in 万元 or in 亿元, words that agree.
      name: 'a 决算 stated before its 预算 with no rate, in 万元 or 亿元 (决算38.72亿元，预算45.00亿元，决算数小于预算数), right',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费支出决算4.99万元，预算5.00万元，决算数小于预算数。'],
          ['中央本级“三公”经费财政拨款支出决算38.72亿元，预算45.00亿元，决算数小于预算数。'],
          ['中央本级“三公”经费财政拨款支出决算38.72亿元，预算38.72亿元。决算数与预算数持平。'],
          // Last year's 决算 before the 预算 is no 决算 of the year: the words speak of nothing stated.
          ['“三公”经费上年决算5.10万元，预算5.00万元，决算数小于预算数。'],
        ]),
      ],
    },
    {
      // helper-h287: 上海 template (一般公共预算财政拨款支出年初预算为X万元，支出决算为Y万元，决算数…预算数): the statement's subject
      // (一般公共预算财政拨款, 支出 dropped) and the words' (…支出) keyed differently, the words were held to nothing.
      name: 'the 上海 template’s 一般公共预算财政拨款支出 statement with its words in the same sentence, right; another item named with no figures of its own, unread',
      sheets: [
        sheet('公开说明', [
          ['一般公共预算财政拨款支出年初预算为1,206.34万元，支出决算为1,363.45万元，决算数大于预算数的主要原因：年中追加人员经费。'],
          ['一般公共预算财政拨款基本支出年初预算为1,206.34万元，支出决算为1,200.00万元，决算数小于预算数。'],
          // Words naming the 三公, whose figures the text does not state: said of nothing here.
          ['一般公共预算财政拨款支出年初预算为1,206.34万元，支出决算为1,363.45万元。“三公”经费决算数小于预算数。'],
        ]),
      ],
    },
    {
      // helper-h287: a label's amount right before a bare 预算 (合计38.72亿元，预算数为45.00亿元), words that agree.
      name: 'a label’s amount right before its 预算 with no rate (合计38.72亿元，预算数为45.00亿元，决算数小于预算数), right; a 预算 naming another item, unread',
      grid: () => ({ sheets: [] }),
      sheets: [
        sheet('公开说明', [
          ['中央本级“三公”经费财政拨款支出合计38.72亿元，预算数为45.00亿元，决算数小于预算数。'],
          ['“三公”经费财政拨款支出合计4.99万元，年初预算5.00万元，决算数小于预算数。'],
          // The 预算 is 公务接待费's, not the 三公's: the words speak of no pair stated.
          ['“三公”经费财政拨款支出合计4.99万元，公务接待费预算0.20万元，决算数大于预算数。'],
          // A change's amount before the 预算 is no 决算.
          ['“三公”经费财政拨款支出比上年增加0.50万元，预算5.00万元，决算数大于预算数。'],
        ]),
      ],
    },
    {
      // review r294: a label's amount is read as the 决算 before a bare 预算 only where it is the clause's first and its label opens
      // the clause: a list's last item, another year's, a 其中 item's or a 预算's own amount held to the 预算 made right words a 错误.
      name: 'a label’s amount before a 预算 that is no 决算 of it (a list’s last item, another year’s, a 其中 item’s, a 预算’s): unread',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1,363.45万元，其中：基本支出645.23万元，项目支出718.22万元，年初预算数为1,206.34万元，决算数大于预算数。'],
          ['2022年度“三公”经费财政拨款支出4.99万元，2021年度支出合计5.01万元，预算数为5.00万元，决算数小于预算数。'],
          ['“三公”经费财政拨款预算5.00万元，决算4.99万元。其中：公务接待费0.20万元，预算数为0.20万元。决算数小于预算数的主要原因是厉行节约。'],
          ['“三公”经费年初预算安排5.00万元，调整预算数为4.00万元，决算数小于年初预算数。'],
          // The words name the 全年 预算 of a clause stating a 年初 one first: held to the 年初's 4.50, a 错误 (review r294).
          ['“三公”经费财政拨款支出4.99万元，年初预算数为4.50万元，全年预算数为5.00万元，决算数小于全年预算数。'],
          ['“三公”经费财政拨款年初预算数为4.50万元，全年预算数为5.00万元，决算数为4.99万元，决算数小于全年预算数，大于年初预算数。'],
        ]),
      ],
    },
    {
      // helper-h283: 湖南 桃江 2019 (http://taojiang.gov.cn/26631/26632/content_2001885.html), the order word denied and the
      // 预算 named by its year; equal figures are not above either.
      name: 'a denied order word (决算数未超过2022年预算数, 没有超出, 不低于), right',
      sheets: [
        sheet('公开说明', [
          ['2022年度“三公”经费财政拨款支出预算为44.52万元,2022年实际支出“三公经费”决算为22.62万元。本年度“三公经费”决算数未超过2022年预算数。'],
          ['年初预算为100.00万元，支出决算为100.00万元。决算数没有超出年初预算数。'],
          ['年初预算为100.00万元，支出决算为120.00万元。决算数不低于预算数。'],
          // Not an order: 不等于 is read by nothing (no 错误 for equal figures said to differ this way).
          ['年初预算为100.00万元，支出决算为100.00万元。决算数不等于预算数。'],
        ]),
      ],
    },
    {
      // helper-h289: another year's 预算 (2021's, in the sample's 2022 text) is none of the tables': held to this year's 年初预算
      // 1,206.34 below the 决算 1,363.45, a right text was a 错误.
      name: 'a denied order word with another year’s 预算 (决算数未超过2021年预算数 in a 2022 text)',
      sheets: [sheet('公开说明', [['一般公共预算财政拨款支出年初预算为1206.34万元，支出决算为1363.45万元。决算数未超过2021年预算数。']])],
    },
  ],
  invalid: [
    {
      // review r292: the tables' year's 预算 is still held where the 说明数据 names another 年度 (it passed: 2021 was taken for
      // the document's year).
      name: 'the tables’ year’s 预算 named, the 说明数据’s 年度 another, the 决算 above it',
      data: (j) => void (j.年度 = 2021),
      sheets: [sheet('公开说明', [['一般公共预算财政拨款支出年初预算为1206.34万元，支出决算为1363.45万元。决算数未超过2022年预算数。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字“决算数未超过2022年预算数”与数字不符：预算 1206.34万元、决算 1363.45万元。' }],
    },
    {
      // helper-h110: 天水市幼儿园 2017 (http://www.kmxxf.com/jyj/info/1217/105784.htm, a mirror): 100% of the budget and
      // 55.93万元 above it cannot both hold.
      name: '完成年初预算100% and 决算数大于预算数 (published)',
      grid: () => ({ sheets: [] }),
      sheets: [sheet('公开说明', [['2017年度,本单位一般公共预算财政拨款支出总计1741.75万元,与上年相比减少53.7万元,降低2.99%;完成年初预算100%,决算数大于预算数55.93万元,主要原因:职工工资调标。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '决算数大于预算数' }],
    },
    {
      name: 'comparison words the figures contradict (上海 wording, 新疆 wording, 元, rate as evidence)',
      sheets: [
        sheet('公开说明', [
          ['一般公共预算财政拨款支出年初预算为1206.34万元，支出决算为1363.45万元，完成年初预算的113.02%。决算数小于预算数的主要原因：年中追加。'],
          ['2、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）。主要用于：事业人员工资。年初预算为50,000.00元，支出决算为50,000.00元。决算数大于预算数的主要原因：无。'],
          ['财政拨款收入总计年初预算数 1,206.34 万元，决算数 1,363.45 万元，预决算差异率 13.02%，决算数与年初预算数持平。'],
          ['“三公”经费财政拨款支出年初预算为5.00万元，支出决算为4.99万元，完成预算的99.80%，其中：公务接待费支出决算为0.20万元，完成预算的100.00%。2022年度“三公”经费支出决算数大于预算数的主要原因：业务增加。'],
          ['公务接待费支出决算为0.20万元，完成预算的100.00%，决算数与预算数存在差异的主要原因是：无。'],
          ['年初预算为100.00万元，支出决算为80.00万元。决算数与预算数基本持平。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“决算数小于预算数”与数字不符：预算 1206.34万元、决算 1363.45万元' },
        { severity: 'error', first: '公开说明!A2', message: '决算数大于预算数' },
        { severity: 'error', first: '公开说明!A3', message: '决算数与年初预算数持平' },
        { severity: 'error', first: '公开说明!A4', message: '预算 5.00万元、决算 4.99万元' },
        { severity: 'error', first: '公开说明!A5', message: '完成预算的100.00%' },
        { severity: 'warning', first: '公开说明!A6', message: '基本持平' },
      ],
    },
    {
      // helper-h95: unread, the words against the adjusted 预算 were held to nothing.
      name: 'words against the adjusted 预算 the figures contradict (决算数大于调整预算数, 决算数与调整后预算数持平)',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费调整预算为5.00万元，支出决算为4.99万元。决算数大于调整预算数的主要原因：业务增加。'],
          ['“三公”经费调整后预算为5.00万元，支出决算为4.80万元。决算数与调整后预算数持平。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“决算数大于调整预算数”与数字不符：预算 5.00万元、决算 4.99万元' },
        { severity: 'error', first: '公开说明!A2', message: '决算数与调整后预算数持平' },
      ],
    },
    {
      // helper-h274: unread (the 决算 before the 预算 read only beside a rate; the amounts in 亿元 not at all), they passed.
      name: 'a 决算 stated before its 预算 with no rate, in 万元 or 亿元, words the figures contradict',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费支出决算4.99万元，预算5.00万元，决算数大于预算数。'],
          ['中央本级“三公”经费财政拨款支出决算38.72亿元，预算45.00亿元。决算数与预算数持平。'],
          ['中央本级“三公”经费财政拨款支出预算45.00亿元，决算38.72亿元，决算数大于预算数。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“决算数大于预算数”与数字不符：预算 5.00万元、决算 4.99万元' },
        { severity: 'error', first: '公开说明!A2', message: '“决算数与预算数持平”与数字不符：预算 45.00亿元、决算 38.72亿元' },
        { severity: 'error', first: '公开说明!A3', message: '“决算数大于预算数”与数字不符：预算 45.00亿元、决算 38.72亿元' },
      ],
    },
    {
      // helper-h287: unread (the words keyed 一般公共预算财政拨款支出, the statement nothing; a label's amount before a bare 预算 no
      // 决算), words the figures contradict passed.
      name: 'the 上海 template’s 一般公共预算财政拨款支出 statement, and a label’s amount right before its 预算 in 亿元, words the figures contradict',
      sheets: [
        sheet('公开说明', [
          ['一般公共预算财政拨款支出年初预算为1,206.34万元，支出决算为1,363.45万元，决算数小于预算数。'],
          ['中央本级“三公”经费财政拨款支出合计38.72亿元，预算数为45.00亿元，决算数大于预算数。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“决算数小于预算数”与数字不符：预算 1,206.34万元、决算 1,363.45万元' },
        { severity: 'error', first: '公开说明!A2', message: '“决算数大于预算数”与数字不符：预算 45.00亿元、决算 38.72亿元' },
      ],
    },
    {
      // review r294: the label's amount is still read where a year or an ordinal frames the clause, wrong words a 错误.
      name: 'a label’s amount before its 预算 after a framing year or ordinal, words the figures contradict',
      sheets: [
        sheet('公开说明', [
          ['2022年度，“三公”经费财政拨款支出合计4.99万元，预算数为5.00万元，决算数大于预算数。'],
          ['一、“三公”经费财政拨款支出合计4.99万元，预算数为5.00万元，决算数大于预算数。'],
          ['“三公”经费财政拨款年初预算数为4.50万元，全年预算数为5.00万元，决算数为4.99万元，决算数大于全年预算数。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“决算数大于预算数”与数字不符：预算 5.00万元、决算 4.99万元' },
        { severity: 'error', first: '公开说明!A2', message: '“决算数大于预算数”与数字不符：预算 5.00万元、决算 4.99万元' },
        { severity: 'error', first: '公开说明!A3', message: '“决算数大于全年预算数”与数字不符：预算 5.00万元、决算 4.99万元' },
      ],
    },
    {
      // helper-h283: unread, a 决算 above the 预算 passed where the text said it was not.
      name: 'a denied order word the figures contradict (决算数未超过2022年预算数, 决算数未低于预算数)',
      sheets: [
        sheet('公开说明', [
          ['2022年度“三公”经费财政拨款支出预算为20.00万元,2022年实际支出“三公经费”决算为22.62万元。本年度“三公经费”决算数未超过2022年预算数。'],
          ['年初预算为100.00万元，支出决算为80.00万元。决算数未低于预算数。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“决算数未超过2022年预算数”与数字不符：预算 20.00万元、决算 22.62万元' },
        { severity: 'error', first: '公开说明!A2', message: '决算数未低于预算数' },
      ],
    },
    {
      // helper-h289: the document's own year's 预算, or none named, is this year's: still held.
      name: 'a denied order word with this year’s 预算 named by its year or by none, the 决算 above it',
      sheets: [
        sheet('公开说明', [
          ['一般公共预算财政拨款支出年初预算为1206.34万元，支出决算为1363.45万元。决算数未超过2022年预算数。'],
          ['一般公共预算财政拨款支出年初预算为1206.34万元，支出决算为1363.45万元。决算数未超过预算数。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“决算数未超过2022年预算数”与数字不符：预算 1206.34万元、决算 1363.45万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字“决算数未超过预算数”与数字不符：预算 1206.34万元、决算 1363.45万元。' },
      ],
    },
  ],
});
