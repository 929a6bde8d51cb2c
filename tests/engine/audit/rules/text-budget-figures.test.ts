import rule from '../../../../src/engine/audit/rules/textBudgetFigures';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts, shanghaiFixture, withShanghaiIndicators } from '../../../support/referenceText';

const T7 = '财政拨款三公经费支出决算表';

/** The 说明数据 with both a 年初 and a 全年 预算 of 一般公共预算财政拨款支出, which differ. */
const bothBudgets = (j: { 指标: Record<string, Record<string, unknown>> }) => {
  j.指标['一般公共预算财政拨款支出'] = { ...j.指标['一般公共预算财政拨款支出'], 年初预算数: 1206.34, 全年预算数: 1363.45 };
};

/** The 说明数据 giving 行政运行 (2010301) a 年初预算数 of 200.00 (the sample's has none). */
const itemBudget = (j: { 指标: Record<string, Record<string, unknown>> }) => {
  j.指标['2010301']!.年初预算数 = 200;
};

testRule(rule, {
  valid: [
    {
      // review r294: the 预算 of an item named after another's amount (…4.99万元，公务用车运行维护费比预算4.80万元下降0.21%; …，公务用车运行
      // 维护费预算4.80万元，完成预算的…) is that item's: held to the 三公's 5.00 (its 决算 read as the 4.99 before), a false 错误.
      name: 'an item’s 预算 named after another item’s amount, with a rate: its own',
      sheets: [
        sheet('公开说明', [
          ['2022年度“三公”经费支出4.99万元，公务用车运行维护费比预算4.80万元下降0.21%。'],
          ['2022年度“三公”经费支出4.99万元，公务用车运行维护费预算4.80万元，完成预算的99.79%。'],
        ]),
      ],
    },
    {
      // review r281: a 决算 before a 预算 with another item's name between them, no rate: the 预算 is the last item's, not the
      // first's (helper-h274 held the 三公's 决算 to 公务接待费's 预算: 写预算为 0.20万元，而…中为 5.00 万元, a false 错误).
      name: 'a 决算 then another item’s 预算, no rate (“三公”经费支出决算4.99万元，…，公务接待费支出预算0.20万元): not the first’s 预算',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费支出决算4.99万元，公务用车运行费支出决算4.79万元，公务接待费支出预算0.20万元，决算数与预算数持平。'],
          ['“三公”经费支出决算4.99万元，公务接待费预算0.20万元，决算0.20万元，决算数与预算数持平。'],
        ]),
      ],
    },
    {
      name: 'a 项 named with its code (行政运行（2010301）：…, 2010301行政运行：…): its own 预算 and 决算',
      data: itemBudget,
      sheets: [
        sheet('公开说明', [
          ['1.行政运行（2010301）：年初预算为200.00万元，支出决算为223.14万元，完成年初预算的111.57%。'],
          ['2010301行政运行：年初预算为200.00万元，支出决算为223.14万元，完成年初预算的111.57%。'],
        ]),
      ],
    },
    {
      name: 'last year’s 决算 in brackets with its year right after this year’s amount (…4.99万元（2021年决算5.01万元）): not this year’s 决算',
      sheets: [sheet('公开说明', [['“三公”经费支出4.99万元（2021年决算5.01万元），下降0.40%。']])],
    },
    {
      // helper-h93: held to the 全年 one alone, the 年初 one was a false 错误.
      name: 'a bare 预算 (neither 年初 nor 全年 said) equal to either of the 说明数据’s two that differ',
      sheets: [sheet('公开说明', [['2022年度一般公共预算财政拨款支出预算1206.34万元，决算1363.45万元，预算执行率113.02%。'], ['2022年度一般公共预算财政拨款支出预算1363.45万元，决算1363.45万元，预算执行率100.00%。']])],
      data: bothBudgets,
    },
    {
      // helper-h93: 项目 read as 项目支出 (table 03's 718.22), a false 错误 on the project forms' 执行.
      name: 'the projects’ totals worded 项目全年预算数…，执行数… are the forms’, not table 03’s 项目支出',
      sheets: [sheet('公开说明', [['项目全年预算数748.11万元，执行数728.90万元，完成预算的97.43%。']])],
    },
    {
      name: 'an adjusted 预算 (调整预算, 调整后预算数, 年中调整预算) is the 全年 one: not compared with the 年初预算数',
      sheets: [sheet('公开说明', [['财政拨款支出总计调整预算1,363.45万元，决算1,363.45万元。'], ['财政拨款收入总计调整后预算数1,363.45万元，决算数1,363.45万元。'], ['“三公”经费支出调整预算5.00万元，决算4.99万元。']])],
    },
    {
      // helper-h95: after 低于 the adjusted 预算's amount was read as the 预算 itself (0.01 against table 07's 5.00): a false 错误.
      name: 'the amount by which a figure falls short of the adjusted budget is no budget (低于调整预算…, 小于调整后预算数…, 低于年中调整预算…)',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费支出决算4.99万元，低于调整预算0.01万元。'],
          ['“三公”经费支出决算4.99万元，小于调整后预算数0.01万元。'],
          ['“三公”经费支出决算4.99万元，低于年中调整预算0.01万元。'],
        ]),
      ],
    },
    { name: 'the amount by which a figure passes or falls short of the budget is no budget (超出年初预算, 低于预算)', sheets: [sheet('公开说明', [['与年初预算相比，财政拨款支出总计1,363.45万元，超出年初预算157.11万元。'], ['2022年度财政拨款收入总计1,363.45万元，超年初预算157.11万元。'], ['“三公”经费支出4.99万元，低于预算0.01万元。']])] },
    {
      // review43: each a false 错误 (last year's 决算 taken for the year's; the 决算 after a bracketed 其中 for its last item's;
      // §五's 基本支出 held to table 03's 770.07 where table 05's 645.23 is meant).
      name: 'last year’s 决算 in a comparison, a 决算 after a bracketed 其中, §五’s 基本支出决算 (table 05’s)',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费支出4.99万元，较上年度“三公”经费支出决算5.01万元减少0.02万元，下降0.40%。'],
          ['“三公”经费预算5.00万元（其中：公务用车运行维护费4.80万元，公务接待费0.20万元），决算4.99万元。'],
          ['一般公共预算财政拨款支出年初预算为1,206.34万元，支出决算为1,363.45万元，完成年初预算的113.02%，其中：基本支出决算645.23万元，项目支出决算718.22万元。'],
        ]),
      ],
    },
    {
      // helper-85: read as table 03's 项目支出 (718.22), the forms' Σ 全年执行数 728.90 was a 错误 (text-performance's to compare).
      name: 'the 自评表’s totals stated for the 项目支出 (全年预算数…，全年执行数…，执行率…): not the tables’ 项目支出',
      sheets: [
        sheet('公开说明', [
          ['2022年度项目支出全年预算数748.11万元，全年执行数728.90万元，执行率97.43%。'],
          ['纳入绩效自评的项目支出全年预算数748.11万元，执行数728.90万元，执行率97.43%。'],
          ['项目支出全年预算数748.11万元，全年执行数728.90万元，未执行19.21万元。'],
          ['项目支出全年预算数748.11万元，实际执行728.90万元，预算执行率为97.43%，较上年提高2个百分点。'],
        ]),
      ],
    },
    {
      // helper-85: the difference after 大于/小于 and last year's 预算 were read as the year's 预算, each a 错误.
      name: 'a difference from the 预算 (大于年初预算数…, 小于预算…), last year’s 预算 and 决算 (上年…, 2021年度…)',
      sheets: [
        sheet('公开说明', [
          ['公务用车运行维护费决算4.79万元，小于预算0.01万元，主要原因是厉行节约。'],
          ['财政拨款收入总计决算数1,363.45万元，大于年初预算数157.11万元。'],
          ['上年“三公”经费决算5.01万元，预算5.10万元。'],
          ['“三公”经费决算4.99万元，上年决算5.01万元，上年预算5.10万元。'],
          ['2022年度“三公”经费决算4.99万元，2021年度“三公”经费预算5.10万元，决算5.01万元。'],
          ['与上年相比，“三公”经费预算5.00万元，决算4.99万元。'],
        ]),
      ],
    },
    ...correctTexts(),
    {
      name: 'a paragraph opening on its topic (与年初预算数相比情况：…) with the right figures; a 项 table 05 does not list, with its 预算 right',
      sheets: [
        sheet('公开说明', [
          ['与年初预算数相比情况：财政拨款收入总计年初预算数 1,206.34 万元，决算数 1,363.45 万元，预决算差异率 13.02%，主要原因是：增人。'],
          ['一般公共服务支出(类)统战事务(款)其他统战事务支出(项)：年初预算为0.50万元，支出决算为0.00万元。'],
        ]),
      ],
      data: (j) => (j.指标['2013499'] = { 上年数: 0.2, 年初预算数: 0.5 }),
    },
    {
      // Review r322: next year's 预算 was held to table 07's (写预算为 5.50万元，而…中为 5.00 万元), a false 错误.
      name: 'next year’s 预算 (下年“三公”经费预算为…, 明年…, 下一年度…): not the tables’',
      sheets: [sheet('公开说明', [['下年“三公”经费预算为5.50万元。'], ['明年“三公”经费预算为5.50万元。'], ['下一年度“三公”经费预算为5.50万元，决算数待年度终了确定。']])],
    },
    {
      name: 'the 决算 written as 执行数, 实际执行 or 实际支出 after its 预算',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费预算5.00万元，执行数4.99万元，完成预算的99.80%。'],
          ['2022年度“三公”经费年初预算5.00万元，实际支出4.99万元；公务用车运行维护费年初预算4.80万元，实际执行4.79万元。'],
          ['财政拨款支出总计年初预算数1,206.34万元，实际支出1,363.45万元。'],
          ['“三公”经费全年预算5.00万元，全年执行4.99万元。'],
          ['“三公”经费预算5.00万元，执行支出4.99万元。'],
          // review47: further on, an item's (after 其中), not the clause's.
          ['“三公”经费预算5.00万元，其中公务接待费实际支出0.20万元。'],
        ]),
      ],
    },
    {
      name: 'the 三公 total and items, a 说明数据 指标 and a 项 stated with their own 预算 and 决算 (上海 and 新疆 wordings)',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费财政拨款支出年初预算为5.00万元，支出决算为4.99万元，完成预算的99.80%，其中：因公出国（境）费决算为0.00万元；公务用车购置及运行维护费支出决算为4.79万元，完成预算的99.79%；公务接待费支出决算为0.20万元，完成预算的100.00%。'],
          ['公务用车运行费全年预算数 4.80 万元，决算数 4.79 万元，预决算差异率-0.21%。'],
          ['财政拨款收入总计年初预算数1,206.34万元，决算数1,363.45万元，预决算差异率13.02%。'],
        ]),
      ],
    },
    {
      // helper-h297: read as the clause's 预算, an item's 年中追加 amount was held to the 三公's 5.00 and the 说明数据's 1,206.34.
      name: 'an amount added to a budget in the year (年中追加预算…, 追加预算…) is not the clause’s 预算',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费预算5.00万元，决算4.99万元，主要用于：一般行政管理事务年中追加预算800.00万元。'],
          ['“三公”经费支出决算4.99万元，主要用于：一般行政管理事务年中追加预算800.00万元。'],
          ['财政拨款支出总计决算1,363.45万元，年中追加预算157.11万元，决算数大于预算数。'],
          ['“三公”经费支出决算4.99万元，追加预算0.50万元，完成预算的99.80%。'],
        ]),
      ],
    },
    {
      // review r308: a 年初 预算 beside the 全年 one the clause gives (调整后预算…; 年中追加…) differs from it: held to table 07's plain
      // 预算数 (the 全年 one), the right 4.50 was a 错误. The 全年 one is held to it instead; the 说明数据's 年初预算数 still holds a 年初 one.
      name: 'a 年初 预算 beside its 全年 one (调整后预算…, 年中追加…): not held to table 07’s plain 预算数',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费年初预算4.50万元，年中追加预算0.50万元，决算4.99万元。'],
          ['“三公”经费年初预算数为4.50万元，调整后预算为5.00万元，决算4.99万元，完成预算的99.80%。'],
          ['财政拨款支出总计年初预算为1,206.34万元，年中追加预算100.00万元，支出决算为1,363.45万元。'],
          // What it was raised to (增加至, 调整为): the 全年 one written (raisedToOf).
          ['“三公”经费年初预算4.50万元，预算增加至5.00万元，决算4.99万元，完成预算的99.80%。'],
          ['“三公”经费年初预算4.50万元，年中调整为5.00万元，决算4.99万元。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      // review r308: the 全年 one a 年初 one and its 年中追加 make, or the 全年 one written, held to table 07's plain 预算数; the 年初 one
      // to the 说明数据's 年初预算数.
      name: 'a wrong 全年 预算 beside a 年初 one (调整后预算…, 年中追加…), a wrong 年初 one beside a 年中追加 against the 说明数据',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费年初预算4.50万元，年中追加预算0.60万元，决算4.99万元。'],
          ['“三公”经费年初预算数为4.50万元，调整后预算为5.50万元，决算4.99万元。'],
          ['财政拨款支出总计年初预算为1,106.34万元，年中追加预算100.00万元，支出决算为1,363.45万元。'],
          ['“三公”经费年初预算4.50万元，预算增加至5.50万元，决算4.99万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '写年初预算与年中追加（调减）合计为 5.10万元，而财政拨款“三公”经费支出决算表中为 5.00 万元' },
        { severity: 'error', first: '公开说明!A2', message: '写全年预算为 5.50万元，而财政拨款“三公”经费支出决算表中为 5.00 万元' },
        { severity: 'error', first: '公开说明!A3', message: '写预算为 1,106.34万元，而说明数据“财政拨款支出总计”中为 1,206.34 万元' },
        { severity: 'error', first: '公开说明!A4', message: '写全年预算为 5.50万元，而财政拨款“三公”经费支出决算表中为 5.00 万元' },
      ],
    },
    {
      // helper-h297: the clause's own 预算 before an item's 年中追加 amount is still held to the tables.
      name: 'a wrong 预算 of the clause’s item before an item’s 年中追加预算',
      sheets: [sheet('公开说明', [['“三公”经费预算5.50万元，决算4.99万元，主要用于：一般行政管理事务年中追加预算800.00万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '写预算为 5.50万元，而财政拨款“三公”经费支出决算表中为 5.00 万元' }],
    },
    {
      // Read as a label of the tables, the coded 项 named none: neither figure was compared.
      name: 'a 项 named with its code (1.行政运行（2010301）：…): a 预算 or 决算 not its own',
      data: itemBudget,
      sheets: [
        sheet('公开说明', [
          ['1.行政运行（2010301）：年初预算为250.00万元，支出决算为223.14万元，完成年初预算的89.26%。'],
          ['2010301行政运行：年初预算为200.00万元，支出决算为233.14万元，完成年初预算的116.57%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '写预算为 250.00万元，而说明数据“2010301”中为 200.00 万元' },
        { severity: 'error', first: '公开说明!A2', includes: ['一般公共预算财政拨款支出决算表!C9'], message: '写决算为 233.14万元，而一般公共预算财政拨款支出决算表中为 223.14 万元' },
      ],
    },
    {
      name: 'a bare 预算 equal to neither of the 说明数据’s two',
      sheets: [sheet('公开说明', [['2022年度一般公共预算财政拨款支出预算1260.34万元，决算1363.45万元。']])],
      data: bothBudgets,
      errors: [{ severity: 'error', first: '公开说明!A1', message: '写预算为 1260.34万元，而说明数据“一般公共预算财政拨款支出”中为 1,363.45 万元' }],
    },
    {
      // Unread before: 执行 was read only right after the first 预算 (the 年初 one), not after the 全年 one that follows it.
      name: 'a wrong 执行 after a 年初 and a 全年 预算 in one clause',
      sheets: [sheet('公开说明', [['2022年度“三公”经费年初预算5.00万元，全年预算5.00万元，执行4.89万元，执行率97.80%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '写决算为 4.89万元，而财政拨款“三公”经费支出决算表中为 4.99 万元' }],
    },
    {
      // The paragraph's topic was read as part of the subject, which then named no figure: a wrong 决算 with a rate to
      // match it passed (新疆's own wording, the reference's §二).
      name: 'a wrong 决算 in a paragraph opening on its topic (与年初预算数相比情况：…), its rate worked from it',
      sheets: [sheet('公开说明', [['与年初预算数相比情况：财政拨款收入总计年初预算数 1,206.34 万元，决算数 1,463.45 万元，预决算差异率 21.31%，主要原因是：增人。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '写决算为 1,463.45万元，而财政拨款收入支出决算总表中为 1,363.45 万元' }],
    },
    {
      // 统战事务 has no row in table 05 (nothing spent on it this year), neither has its 款: the 项's budget went unread.
      name: 'a wrong 预算 of a 项 table 05 does not list, nor its 款 (the 说明数据’s 年初预算数 by the dictionary’s code)',
      sheets: [sheet('公开说明', [['一般公共服务支出(类)统战事务(款)其他统战事务支出(项)：年初预算为0.80万元，支出决算为0.00万元。']])],
      data: (j) => (j.指标['2013499'] = { 上年数: 0.2, 年初预算数: 0.5 }),
      errors: [{ severity: 'error', first: '公开说明!A1', message: '写预算为 0.80万元，而说明数据“2013499”中为 0.50 万元' }],
    },
    {
      // Read as no 决算, a wrong one passed.
      name: 'a wrong 决算 written as 执行数, 实际执行, 实际支出 or 全年执行 after its 预算',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费预算5.00万元，执行数4.90万元。'],
          ['“三公”经费年初预算数5.00万元，实际执行4.90万元。'],
          ['财政拨款支出总计年初预算数1,206.34万元，实际支出1,336.45万元。'],
          ['“三公”经费全年预算5.00万元，全年执行4.89万元。'],
          // Review r322 (山西 省级's wording: 执行支出): unread where 实际支出 was read.
          ['“三公”经费预算5.00万元，执行支出4.94万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '写决算为 4.90万元，而财政拨款“三公”经费支出决算表中为 4.99 万元' },
        { severity: 'error', first: '公开说明!A2', message: '写决算为 4.90万元，而财政拨款“三公”经费支出决算表中为 4.99 万元' },
        { severity: 'error', first: '公开说明!A3', message: '写决算为 1,336.45万元，而财政拨款收入支出决算总表中为 1,363.45 万元' },
        { severity: 'error', first: '公开说明!A4', message: '写决算为 4.89万元，而财政拨款“三公”经费支出决算表中为 4.99 万元' },
        { severity: 'error', first: '公开说明!A5', message: '写决算为 4.94万元，而财政拨款“三公”经费支出决算表中为 4.99 万元' },
      ],
    },
    {
      // A wrong 基本支出决算654.23万元 in §五 (neither table 03's nor table 05's) is a label's amount, text-figures' to say.
      name: 'a wrong 决算 after a bracketed 其中 (the 三公 total’s)',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费预算5.00万元（其中：公务用车运行维护费4.80万元，公务接待费0.20万元），决算4.89万元。'],
          ['一般公共预算财政拨款支出年初预算为1,206.34万元，支出决算为1,363.45万元，完成年初预算的113.02%，其中：基本支出决算654.23万元，项目支出决算718.22万元。'],
        ]),
      ],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '写决算为 4.89万元，而财政拨款“三公”经费支出决算表中为 4.99 万元' }],
    },
    {
      // The 自评 reading is the 执行's: a 决算 of the 项目支出 is table 03's.
      name: 'a 项目支出 决算 beside a 全年预算数 that is not the tables’ 项目支出',
      sheets: [sheet('公开说明', [['2022年度项目支出全年预算数748.11万元，决算数728.90万元。'], ['2022年度项目支出全年预算数748.11万元，决算数718.22万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '写决算为 728.90万元，而支出决算表中为 718.22 万元' }],
    },
    {
      name: 'a wrong 预算 or 决算 of this year beside last year’s figures',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费决算4.99万元，上年决算5.01万元，预算6.00万元。'],
          ['与上年相比，“三公”经费预算6.00万元，决算4.99万元。'],
          ['2022年度“三公”经费预算5.00万元，执行数4.89万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '写预算为 6.00万元，而财政拨款“三公”经费支出决算表中为 5.00 万元' },
        { severity: 'error', first: '公开说明!A2', message: '写预算为 6.00万元，而财政拨款“三公”经费支出决算表中为 5.00 万元' },
        { severity: 'error', first: '公开说明!A3', message: '写决算为 4.89万元，而财政拨款“三公”经费支出决算表中为 4.99 万元' },
      ],
    },
    {
      name: 'a wrong adjusted 预算 of the “三公”经费, against table 07’s 全年 one',
      sheets: [sheet('公开说明', [['“三公”经费支出调整预算5.50万元，决算4.99万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '写预算为 5.50万元，而财政拨款“三公”经费支出决算表中为 5.00 万元' }],
    },
    {
      name: '上海 §八’s 项 paragraph: a 年初预算 that is not the 说明数据’s, a 支出决算 that is not table 08’s',
      grid: shanghaiFixture,
      data: withShanghaiIndicators,
      sheets: [
        sheet('公开说明', [
          ['1、其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）。主要用于：资助社区养老服务设施运营。年初预算为151.00万元，支出决算为145.60万元。'],
          ['1、其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）。主要用于：资助社区养老服务设施运营。年初预算为150.00万元，支出决算为146.60万元。'],
          ['1、其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）。主要用于：资助社区养老服务设施运营。年初预算为150.00万元，支出决算为145.60万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '写预算为 151.00万元，而说明数据“2296002”中为 150.00 万元' },
        { severity: 'error', first: '公开说明!A2', message: '写决算为 146.60万元，而政府性基金预算财政拨款收入支出决算表中为 145.60 万元' },
      ],
    },
    {
      name: '上海 §五（三）’s opening sentence: a 年初预算 that is not the 说明数据’s, a 支出决算 that is not table 05’s',
      data: (json) => {
        json.指标['一般公共预算财政拨款支出'] = { ...json.指标['一般公共预算财政拨款支出'], 年初预算数: 1300 };
      },
      sheets: [
        sheet('公开说明', [
          ['一般公共预算财政拨款支出年初预算为1310.00万元，支出决算为1363.45万元，完成年初预算的104.08%。'],
          ['一般公共预算财政拨款支出年初预算为1300.00万元，支出决算为1373.45万元，完成年初预算的105.65%。'],
          ['一般公共预算财政拨款支出年初预算为1300.00万元，支出决算为1363.45万元，完成年初预算的104.88%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '写预算为 1310.00万元，而说明数据“一般公共预算财政拨款支出”中为 1,300.00 万元' },
        { severity: 'error', first: '公开说明!A2', message: '写决算为 1373.45万元，而一般公共预算财政拨款支出决算表中为 1,363.45 万元' },
      ],
    },
    {
      name: 'a 三公 决算 and 预算 that are not table 07’s, a 指标’s 年初预算 that is not the 说明数据’s',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费财政拨款支出年初预算为5.00万元，支出决算为4.89万元，完成预算的97.80%。'],
          ['“三公”经费财政拨款支出年初预算为6.00万元，支出决算为4.99万元，完成预算的83.17%。'],
          ['财政拨款收入总计年初预算数1,106.34万元，决算数1,363.45万元，预决算差异率23.24%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: [`${T7}!G7`], message: '写决算为 4.89万元，而财政拨款“三公”经费支出决算表中为 4.99 万元' },
        { severity: 'error', first: '公开说明!A2', message: '写预算为 6.00万元，而财政拨款“三公”经费支出决算表中为 5.00 万元' },
        { severity: 'error', first: '公开说明!A3', message: '写预算为 1,106.34万元，而说明数据“财政拨款收入总计”中为 1,206.34 万元' },
      ],
    },
    {
      name: 'a 项’s 预算 or 决算 (上海 §五（三）) that is not its own',
      sheets: [
        sheet('公开说明', [
          ['1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：机关运转。年初预算为200.00万元，支出决算为233.14万元，完成年初预算的116.57%。'],
        ]),
      ],
      errors: [{ severity: 'error', first: '公开说明!A1', includes: ['一般公共预算财政拨款支出决算表!C9'], message: '写决算为 233.14万元，而一般公共预算财政拨款支出决算表中为 223.14 万元' }],
    },
    {
      // Read as a label of the tables, the chain named none: neither figure was compared.
      name: 'a 项’s 预算 and 决算 on the line of its chain (…行政运行（项）：年初预算…，决算数…), neither its own',
      data: (json) => {
        (json as { 指标: Record<string, Record<string, unknown>> }).指标['2010301']!.年初预算数 = 200;
      },
      sheets: [
        sheet('公开说明', [
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算200.00万元，决算数233.14万元，完成年初预算的116.57%。'],
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算210.00万元，支出决算223.14万元，完成年初预算的106.26%。'],
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算200.00万元，支出决算223.14万元，完成年初预算的111.57%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: ['一般公共预算财政拨款支出决算表!C9'], message: '写决算为 233.14万元，而一般公共预算财政拨款支出决算表中为 223.14 万元' },
        { severity: 'error', first: '公开说明!A2', message: '写预算为 210.00万元，而说明数据“2010301”中为 200.00 万元' },
      ],
    },
  ],
});
