import rule from '../../../../src/engine/audit/rules/textBudget';
import { sample, testRule, sheet } from '../../../support/ruleTester';
import { withThreePublicWithoutSubtotal } from '../../../support/layouts';
import { changji2022 } from '../../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../../fixtures/workbook';
import { correctTexts, shanghaiFixture, withShanghaiIndicators } from '../../../support/referenceText';

testRule(rule, {
  valid: [
    {
      // DOMAIN §5's 差异率 is signed (新疆: -0.20%); one written without its sign, the direction said in words in the same item's
      // words, says the same. Held to the sign, each was a 错误.
      name: 'a 差异率 without its sign where the item’s words say the 决算 is below the 预算 (（决算小于预算）, 决算数小于预算数, 节约)',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费支出全年预算数5.00万元，决算数4.99万元，预决算差异率0.20%（决算小于预算）。'],
          ['“三公”经费支出全年预算数5.00万元，决算数4.99万元，决算数小于预算数0.01万元，预决算差异率0.20%。'],
          ['“三公”经费支出全年预算数5.00万元，决算数4.99万元，预决算差异率0.20%，主要原因是厉行节约，压减经费支出。'],
        ]),
      ],
    },
    {
      // helper-h111: a part's 预算 right before 占预算的… is its share of the whole's 预算 (4.80 ÷ 5.00), not its completion (read
      // as 4.79 ÷ 4.80, a correct sentence was a 错误); its 决算 after, with 占决算的…, the share of the 决算.
      name: 'a part’s budget and its share of the whole’s budget (…预算数4.80万元，占预算的96.00%，决算数4.79万元，占决算的95.99%)',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费全年预算数5.00万元，决算数4.99万元。其中：公务用车购置及运行维护费全年预算数4.80万元，占预算的96.00%，决算数4.79万元，占决算的95.99%。'],
        ]),
      ],
    },
    {
      // helper-h200: 22.59 ÷ 1.46 = 1,547.26%, as 广东 writes it (with a thousands separator): right, no finding.
      name: 'a right completion rate written with a thousands separator (完成预算1.46万元的1,547.3%)',
      grid: () => ({ sheets: [] }),
      sheets: [sheet('公开说明', [['本单位2022年度公务接待费支出决算为22.59万元，完成预算1.46万元的1,547.3%。']])],
    },
    {
      // 99.80% and 13.02%: true bounds, read as the rate they were a 错误.
      name: 'a completion or variance rate stated as a bound (完成全年预算的99%以上, 差异率10%以上) is no rate to compare',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费全年预算5.00万元，支出决算4.99万元，完成全年预算的99%以上。'],
          ['财政拨款收入总计年初预算1,206.34万元，决算1,363.45万元，预决算差异率10%以上。'],
        ]),
      ],
    },
    {
      name: 'completion rates as other forms write them (完成预算X% without 的, 预算执行率为X%, 决算数为年初预算数的X%)',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出年初预算为1,206.34万元，支出决算为1,363.45万元，完成预算113.02%。'],
          ['2022年度一般公共预算财政拨款支出年初预算为1,206.34万元，支出决算为1,363.45万元，预算执行率为113.02%。'],
          ['2022年度一般公共预算财政拨款支出年初预算为1,206.34万元，支出决算为1,363.45万元，决算数为年初预算数的113.02%。'],
        ]),
      ],
    },
    {
      // As the explanation prints a completion rate whose rounding would hide a difference (context.ts completion()).
      name: 'a completion rate stated as a bound that holds (不足100.00% of 4,029.01 / 4,029.02, 超过100.00%, 不足0.01% of 0.01 / 300.00)',
      sheets: [
        sheet('公开说明', [
          ['其他支出年初预算为4,029.02万元，支出决算为4,029.01万元，完成年初预算的不足100.00%。'],
          ['其他支出年初预算为4,029.01万元，支出决算为4,029.02万元，完成年初预算的超过100.00%。'],
          ['其他支出年初预算为300.00万元，支出决算为0.01万元，完成预算的不足0.01%。'],
        ]),
      ],
    },
    ...correctTexts(),
    {
      name: 'the 决算 stated before its 预算 (北京, 中央), or as a label’s amount, and a rate 为…预算的: right',
      sheets: [
        sheet('公开说明', [
          ['财政拨款收入总计1,363.45万元，年初预算数1,206.34万元，完成年初预算的113.02%。'],
          ['财政拨款支出决算1,363.45万元，年初预算1,206.34万元，完成年初预算的113.02%。'],
          ['“三公”经费支出决算4.99万元，为全年预算的99.80%。'],
          // The 决算 nearest before the 预算, not a list's first amount (review36: 应为 0.00%).
          ['其中：公务用车购置费0.00万元，公务用车运行维护费4.79万元，全年预算4.80万元，完成全年预算的99.79%。'],
          ['“三公”经费支出4.99万元，其中：因公出国（境）费0.00万元，公务接待费0.20万元，全年预算0.20万元，完成全年预算的100.00%。'],
        ]),
      ],
    },
    {
      name: 'rates in 元 and with full-width punctuation',
      sheets: [sheet('公开说明', [['财政拨款收入总计年初预算数 12,063,400.00 元，决算数 13,634,500.00 元，预决算差异率 13.02％；'], ['“三公”经费财政拨款支出年初预算为５.００万元，支出决算为４.９９万元，完成预算的９９.８０％。']])],
    },
    {
      name: 'a right rate after a label’s amount with no 决算 word and no 预算 stated (the 说明数据’s), and rates of no amount the label states first',
      data: (j) => {
        const indicators = j.指标 as Record<string, Record<string, unknown>>;
        indicators['一般公共预算财政拨款支出']!.年初预算数 = 1206.34;
        indicators['收入总计']!.年初预算数 = 1300;
      },
      sheets: [
        sheet('公开说明', [
          ['一般公共预算财政拨款支出1,363.45万元，完成年初预算的113.02%。'],
          ['2022年度，财政拨款支出总计1,363.45万元，比上年增加660.56万元，为年初预算的113.02%。'],
          // The rate may be of the later item: the first amount is not read as its 决算.
          ['收入总计1,488.29万元，财政拨款收入1,363.45万元，完成年初预算的113.02%。'],
          ['财政拨款支出总计较上年增加660.56万元，完成年初预算的113.02%。'],
        ]),
      ],
    },
    {
      // helper-82: each wording unread before (a wrong one passed).
      name: 'the 决算 against its 预算 as 占…预算的, a bare 执行率 beside one stated 预算, 较预算下降…%, 节约/超支 an amount',
      sheets: [
        sheet('公开说明', [
          ['2022年度“三公”经费财政拨款支出4.99万元，占年初预算的99.80%。'],
          ['“三公”经费支出年初预算5.00万元，决算4.99万元，比预算减少0.01万元，执行率99.80%。'],
          ['2022年度“三公”经费支出4.99万元，较上年下降0.40%，较预算下降0.20%。'],
          // The 预算 named with its amount (helper-h287).
          ['2022年度“三公”经费支出4.99万元，比预算5.00万元下降0.20%。'],
          ['2022年度一般公共预算财政拨款“三公”经费预算5.00万元，实际支出4.99万元，节约0.01万元。'],
          // review r294: the rate of another item named before 比预算 (its 决算 the tables': 4.79), not of the 三公's 4.99 before it.
          ['2022年度“三公”经费支出4.99万元，公务用车运行维护费比预算4.80万元下降0.21%。'],
          // 决算 first (helper-h287: its saving a 尾差 one step off, none when right).
          ['“三公”经费支出决算4.99万元，预算5.00万元，节约0.01万元。'],
          ['公务接待费全年预算0.15万元，决算0.20万元，超支0.05万元。'],
          // Beside a 年初 and a 全年 预算 a bare 执行率 (a 自评表's, of the 全年) is not read against the first.
          ['该项目年初预算220.00万元，全年预算228.00万元，全年执行数228.00万元，执行率100.00%。'],
          // A project's 执行率 with no 预算 in its clause is no completion of any.
          ['其中：公告费项目执行率35.70%。'],
          // 云南: a sentence opening on its 预算, the 决算 in the sentence before (any amount it names).
          ['2022年度一般公共预算财政拨款支出1363.45万元，占本年支出合计的91.61%，比上年增加660.56万元，增长93.98%。年初预算为1206.34万元，完成年初预算的113.02%。'],
          ['本年支出合计1,488.29万元，财政拨款支出1,363.45万元。年初预算为1206.34万元，完成年初预算的113.02%。'],
          // A part's share of a budget stated before it; another saving than the budget's (节约资金…).
          ['“三公”经费年初预算5.00万元，其中公务接待费0.20万元，占年初预算的4.00%。'],
          ['“三公”经费年初预算5.00万元，决算4.99万元，通过压减会议，节约资金3.00万元。'],
        ]),
      ],
    },
    {
      name: 'the 决算’s difference from its 预算 (大于年初预算数…, 小于预算…, 超年初预算…), right against the 预算 stated or known',
      sheets: [
        sheet('公开说明', [
          ['公务用车运行维护费决算4.79万元，小于预算0.01万元，主要原因是厉行节约。'],
          ['财政拨款收入总计决算数1,363.45万元，大于年初预算数157.11万元。'],
          ['“三公”经费支出4.99万元，低于预算0.01万元。'],
          ['2022年度财政拨款收入总计1,363.45万元，超年初预算157.11万元。'],
          ['“三公”经费支出4.99万元，全年预算5.00万元，低于预算0.01万元。'],
        ]),
      ],
    },
    {
      // Each unread before: the difference or the rate stood in a clause of its own, or after a 年初 and a 全年 预算.
      name: 'a difference or a rate in a clause after its figures (上海: …完成年初预算的…%。决算数大于年初预算数…；…；执行率…), another item’s rate not taken for theirs, a rate of the 全年 预算 beside the 年初 one, an 执行 after both',
      sheets: [
        sheet('公开说明', [
          ['一般公共预算财政拨款支出年初预算为1,206.34万元，支出决算为1,363.45万元，完成年初预算的113.02%。决算数大于年初预算数157.11万元，主要原因是年中追加人员经费。'],
          ['“三公”经费财政拨款支出全年预算为5.00万元，支出决算为4.99万元，完成预算的99.80%。2022年度“三公”经费支出决算数小于预算数0.01万元的主要原因是厉行节约。'],
          ['2022年度“三公”经费全年预算5.00万元，执行4.99万元；执行率99.80%。'],
          ['“三公”经费财政拨款支出全年预算为5.00万元，支出决算为4.99万元。预算执行率为99.80%。'],
          ['“三公”经费财政拨款支出全年预算为5.00万元，支出决算为4.99万元。绩效自评项目执行率为97.43%。'],
          ['2022年度“三公”经费年初预算5.00万元，全年预算5.50万元，决算4.99万元，完成全年预算的90.73%。'],
          ['2022年度“三公”经费年初预算5.00万元，全年预算5.00万元，执行4.99万元，执行率99.80%。'],
        ]),
      ],
    },
    {
      // 上海 §七: the difference after the items is the total's, not the last item's (公务接待费 0.20 of 0.20: no difference).
      // A rate naming no 预算 beside a 年初 and a 全年 one may be of either (held to the 年初 one first stated, a 错误).
      name: 'a difference after a total and its items of the total named; a rate naming no 预算 beside a 年初 and a 全年 one, of either',
      sheets: [
        sheet('公开说明', [
          [
            '“三公”经费财政拨款支出全年预算为5.00万元，支出决算为4.99万元，完成预算的99.80%，其中：因公出国（境）费决算为0.00万元；公务用车购置及运行维护费支出决算为4.79万元，完成预算的99.79%；公务接待费支出决算为0.20万元，完成预算的100.00%。2022年度“三公”经费支出决算数小于预算数0.01万元的主要原因：厉行节约。',
          ],
          ['2022年度“三公”经费年初预算4.00万元，全年预算5.00万元，决算4.99万元，预算执行率99.80%。'],
          ['2022年度“三公”经费年初预算4.00万元，全年预算5.00万元，决算4.99万元，完成预算的99.80%。'],
          ['2022年度“三公”经费年初预算4.00万元，全年预算5.00万元，决算4.99万元，完成预算的124.75%。'],
        ]),
      ],
    },
    {
      // Each figure the text states may be rounded from the 元 of the accounts: their difference may round the other way
      // by 0.01 万元 (held so as text-change-words and text-differences hold theirs, review77), beside tables in 元 or 万元.
      name: 'a difference 0.01 万元 off the stated figures',
      grid: () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { unit: '元' })),
      // Each a 尾差 (helper-h287: the reader works the difference out of the figures printed).
      rounding: 2,
      sheets: [sheet('公开说明', [['“三公”经费支出决算4.99万元，低于全年预算0.02万元。'], ['公务用车运行维护费全年预算4.80万元，决算4.79万元，节约0.02万元。']])],
    },
    {
      name: 'a difference 0.01 万元 off the stated figures beside tables in 万元',
      rounding: 2,
      sheets: [
        sheet('公开说明', [
          ['财政拨款支出总计年初预算数1,206.34万元，决算数1,363.45万元，决算数大于年初预算数157.12万元。'],
          ['“三公”经费支出决算4.99万元，低于全年预算0.02万元。'],
        ]),
      ],
    },
    {
      // helper-h95: read as no difference (the 0.01 taken for the 预算 itself) and no worded variance.
      name: 'the 决算’s difference from, and worded variance against, the adjusted 预算 (低于调整预算…, 较调整后预算下降…%), right',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费支出决算4.99万元，低于调整预算0.01万元。'],
          ['“三公”经费支出4.99万元，较调整后预算下降0.20%。'],
        ]),
      ],
    },
    {
      // helper-h95: the 预算 named as adjusted (调整预算, 调整后预算, 年中调整预算) is the 全年 one, as 完成全年预算的 is read.
      name: 'a completion rate of the adjusted 预算 (完成调整预算的…, 完成调整后预算的…, 为年中调整预算的…), right against the 全年 one',
      data: (j) => {
        const indicators = j.指标 as Record<string, Record<string, unknown>>;
        indicators['一般公共预算财政拨款支出']!.年初预算数 = 1206.34;
        indicators['一般公共预算财政拨款支出']!.全年预算数 = 1300;
      },
      sheets: [
        sheet('公开说明', [
          ['2022年度“三公”经费调整预算5.00万元，决算4.99万元，完成调整预算的99.80%。'],
          ['2022年度“三公”经费年初预算4.00万元，调整后预算5.00万元，决算4.99万元，完成调整后预算的99.80%。'],
          ['“三公”经费支出决算4.99万元，为年中调整预算的99.80%。'],
          ['一般公共预算财政拨款支出1,363.45万元，完成调整预算的104.88%。'],
        ]),
      ],
    },
    {
      // helper-h105: the wordings the invalid cases below hold, right.
      name: 'a completion rate naming its 预算 amount, a 全年支出 as the 决算, a rate of a named item stating no figure, right',
      sheets: [
        sheet('公开说明', [
          ['本单位2022年度“三公”经费财政拨款支出决算为4.99万元，完成全年预算5.00万元的99.8%，比上年决算数减少0.02万元，下降0.4%。'],
          ['本单位2022年度“三公”经费财政拨款支出决算为4.99万元，完成全年预算5.00万元的99.80%。'],
          ['公务接待费年初预算0.20万元，全年支出0.20万元，预算执行率100%。'],
          ['“三公”经费预算执行率99.80%。'],
          ['“三公”经费预算执行率为99.8%，节约0.01万元。'],
          ['2022年度本单位“三公”经费支出4.99万元，较预算数5.00万元节约0.01万元，节约率0.20%。'],
          ['2022年度“三公”经费支出4.99万元，节约率0.2%。'],
          ['公务用车购置及运行维护费年初预算4.80万元，决算4.79万元，比年初预算减少0.01万元；公务接待费年初预算0.20万元，决算0.20万元。'],
          ['2022年度“三公”经费支出4.99万元，比年初预算减少0.01万元，下降0.20%。'],
          ['2022年度财政拨款支出1363.45万元，比年初预算1206.34万元增加157.11万元，主要是年中追加人员经费。'],
          ['2022年度“三公”经费支出决算数小于预算数0.01万元，主要原因是厉行节约。'],
          ['公务用车运行维护费支出4.79万元，年初预算为4.80万元，差值为0.01万元，原因为厉行节约；公务接待费支出0.20万元，年初预算为0.20万元，差值为0万元。'],
          ['1. 一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)：支出决算数为223.14万元，比上年决算减少180.39万元，下降44.70%；年初预算为230.00万元，完成年初预算的97.02%。'],
        ]),
      ],
    },
    {
      // helper-h297: an amount added to a budget in the year (年中追加预算800.00万元, 追加预算0.50万元), often an item's in a 主要用于
      // list, is no 预算 of the clause's item: read as the 三公's, a right rate (4.99 ÷ 5.00) was a 错误 (应为 0.62%), and a right
      // difference from the 年初预算 was held to 800.00.
      name: 'an amount added to a budget in the year (年中追加预算…, 追加预算…), or an item’s 预算 in a 主要用于 list, is not the 预算 of the clause’s item',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费支出决算4.99万元，完成预算的99.80%，主要用于：一般行政管理事务年中追加预算800.00万元。'],
          ['“三公”经费支出决算4.99万元，追加预算0.50万元，完成预算的99.80%。'],
          // review r308: the other words of ADDED_TO were tried nowhere.
          ['“三公”经费支出决算4.99万元，完成预算的99.80%，主要用于：公务用车运行维护新增预算0.80万元。'],
          ['“三公”经费支出决算4.99万元，增加预算0.50万元，完成预算的99.80%。'],
          ['“三公”经费支出决算4.99万元，调减了预算0.50万元，完成预算的99.80%。'],
          ['“三公”经费支出决算4.99万元，完成预算的99.80%，主要用于：一般行政管理事务年中调整预算800.00万元。'],
          ['“三公”经费支出决算4.99万元，完成预算的99.80%，主要用于：一般行政管理事务预算800.00万元。'],
          ['财政拨款支出总计决算1,363.45万元，超出年初预算157.11万元，主要用于：一般行政管理事务年中追加预算800.00万元。'],
          ['财政拨款支出总计决算1,363.45万元，完成年初预算的113.02%，主要用于：一般行政管理事务年中追加预算157.11万元。'],
          // The 年初 one and the amount added to it make the 全年 one: a rate naming neither may be of either.
          ['“三公”经费年初预算4.50万元，年中追加预算0.50万元，决算4.99万元，完成预算的99.80%。'],
          ['“三公”经费年初预算4.50万元，年中追加0.50万元，决算4.99万元，完成预算的110.89%。'],
          ['“三公”经费年初预算5.50万元，年中调减预算0.50万元，决算4.99万元，完成全年预算的99.80%。'],
          // review r308: or what the 年初 one was raised to (增加至, 调整为): the 全年 one written.
          ['“三公”经费年初预算4.50万元，预算增加至5.00万元，决算4.99万元，完成预算的99.80%。'],
          ['“三公”经费年初预算4.50万元，年中调整为5.00万元，决算4.99万元，完成预算的99.80%。'],
        ]),
      ],
    },
    {
      // helper-h317: a 预算 or a 决算 stated off the tables' is text-budget-figures' 错误; a rate or a difference right for the tables'
      // figures is no second one (held to the 5.50 or the 4.89 as stated, one wrong figure gave two).
      name: 'a rate or a difference right for the tables’ 预算 and 决算 beside a stated one off them',
      sheets: [
        sheet('公开说明', [
          ['2022年度“三公”经费年初预算5.00万元，全年预算5.50万元，决算4.99万元，完成全年预算的99.80%。'],
          ['2022年度“三公”经费年初预算5.00万元，全年预算5.00万元，执行4.89万元，执行率99.80%。'],
          ['“三公”经费支出全年预算数6.00万元，决算数4.99万元，预决算差异率-0.20%。'],
          ['“三公”经费年初预算4.50万元，年中追加预算0.60万元，决算4.99万元，比预算少0.01万元。'],
        ]),
      ],
    },
    {
      // helper-h297: the 决算 passing or short of its 预算 worded after 比预算 with 超出, 超过, 多, 多支出, 少, 少支出: unread by
      // every rule, a wrong amount passed. The same words of last year (比上年多…) are no difference from a 预算.
      name: 'a difference from the 预算 worded 比年初预算超出…, 较年初预算多…, 比预算少支出… (right)',
      sheets: [
        sheet('公开说明', [
          ['财政拨款支出总计决算1,363.45万元，比年初预算超出157.11万元，主要用于：一般行政管理事务718.22万元。'],
          ['财政拨款支出总计决算1,363.45万元，较年初预算多157.11万元。'],
          ['财政拨款支出总计年初预算为1,206.34万元，支出决算为1,363.45万元，比年初预算超过157.11万元。'],
          ['财政拨款支出总计决算数为1,363.45万元，比年初预算数多支出157.11万元，主要原因是年中追加人员经费。'],
          ['“三公”经费支出决算4.99万元，比预算少支出0.01万元，主要原因是厉行节约。'],
          ['“三公”经费支出决算4.99万元，比预算少0.01万元，下降0.20%。'],
          ['“三公”经费支出决算4.99万元，比上年多0.50万元。'],
        ]),
      ],
    },
    {
      // review r308: a difference naming no 预算 beside a 年初 and a 全年 one (written, or made by the 年中追加 after the 年初 one) may be
      // from either: held to the 年初 4.50 alone, the right 少0.01 was a 错误 (应为决算比预算多 0.49).
      name: 'a difference naming no 预算 beside a 年初 and a 全年 one (年初预算…，年中追加预算…，…，比预算少…): of either',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费年初预算4.50万元，年中追加预算0.50万元，决算4.99万元，比预算少0.01万元。'],
          ['“三公”经费年初预算4.50万元，全年预算5.00万元，决算4.99万元，比预算减少0.01万元。'],
          ['“三公”经费年初预算4.50万元，年中追加预算0.50万元，决算4.99万元，比预算多0.49万元。'],
        ]),
      ],
    },
    {
      // review r308: an item named past a comma before its difference (…，其中行政运行支出比年初预算少5.00万元) has the difference:
      // held to the clause's 预算 and 决算 (1,206.34, 1,363.45: 应为决算比预算多 157.11), a right one was a 错误.
      name: 'a difference of an item named past a comma (…，其中行政运行支出比年初预算少…): not the clause’s',
      sheets: [
        sheet('公开说明', [
          ['财政拨款支出总计决算1,363.45万元，其中行政运行支出比年初预算少5.00万元。'],
          ['财政拨款支出总计决算1,363.45万元，项目支出比年初预算多支出20.00万元。'],
          ['财政拨款支出总计决算1,363.45万元，其中政府性基金预算财政拨款支出比预算减少10.00万元。'],
          // helper-h313: the item's own, where its 预算 is known (table 07: 4.80, 4.79); an item whose 预算 is not known stays unread.
          ['“三公”经费支出决算4.99万元，其中公务用车运行维护费比预算少支出0.01万元。'],
          ['“三公”经费支出决算4.99万元，其中政府性基金预算财政拨款支出比预算少10.00万元。'],
        ]),
      ],
    },
    {
      // review r327: another year's difference naming no figure of its own after this year's (past a comma since helper-h313,
      // past a ； before) took this year's 预算 and 决算 (5.00, 4.99: 应为决算比预算少 0.01), a right one was a 错误.
      name: 'a difference of another year after this year’s (…，上年度“三公”经费比预算少…): not held to this year’s figures',
      sheets: [
        sheet('公开说明', [
          ['2022年“三公”经费支出决算4.99万元，比预算少0.01万元，2021年“三公”经费比预算少0.50万元。'],
          ['2022年“三公”经费支出决算4.99万元，比预算少0.01万元；2021年“三公”经费比预算少0.50万元。'],
          ['“三公”经费支出决算4.99万元，比预算少0.01万元，上年度“三公”经费比预算少0.50万元。'],
          ['“三公”经费支出决算4.99万元，比预算少0.01万元，而上年“三公”经费比预算少0.50万元。'],
        ]),
      ],
    },
    {
      // helper-h297: the 超出 form before a 主要用于 list (…支出决算X万元，超出年初预算157.11万元，主要用于：…), held to 决算 − 年初预算 of
      // the scope named (the 说明数据's 财政拨款支出总计; 上海's 项 and its 年初预算数), the 预算 stated or not.
      name: 'the amount a 决算 passes its 年初预算 by before a 主要用于 list (超出年初预算…, 超出预算…, 超过年初预算…), right',
      sheets: [
        sheet('公开说明', [
          ['2022年度财政拨款支出总计决算1,363.45万元，超出年初预算157.11万元，主要用于：一般行政管理事务718.22万元。'],
          ['财政拨款支出总计决算数为1,363.45万元，超出预算157.11万元，主要用于：一般行政管理事务718.22万元。'],
          ['财政拨款支出总计年初预算为1,206.34万元，支出决算为1,363.45万元，超过年初预算157.11万元，主要用于：一般行政管理事务718.22万元。'],
        ]),
      ],
    },
    {
      name: '上海 §五’s 项 paragraph with the amount its 决算 passes its 年初预算 by (超出年初预算…), right',
      grid: shanghaiFixture,
      data: withShanghaiIndicators,
      sheets: [
        sheet('公开说明', [
          ['1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：局机关的基本支出。年初预算为1,820.00万元，支出决算为1,850.40万元，超出年初预算30.40万元。'],
          ['行政运行（项）支出决算1,850.40万元，超出年初预算30.40万元，主要用于：人员经费。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      // helper-h317: held by text-change-words before as a change against the budget, and here too: two 错误 for one wrong amount.
      // Budget differences are this rule's alone now.
      name: 'a wrong difference from the 预算 worded 比年初预算增加…, 较年初预算5.00万元增加…, 比年中调整预算…减少… (stated or known)',
      sheets: [
        sheet('公开说明', [
          ['财政拨款支出总计1,363.45万元，比年初预算1,206.34万元增加150.00万元，增长12.36%。'],
          ['2022年度财政拨款收入总计1,363.45万元，比年初预算增加175.11万元。'],
          ['“三公”经费支出决算4.99万元，较年初预算5.00万元增加0.01万元，增长0.20%。'],
          ['财政拨款支出总计1,363.45万元，比年中调整预算1,206.34万元增加150.00万元，增长12.36%。'],
          ['公务用车运行维护费4.79万元，比年初预算减少0.10万元；公务接待费0.20万元，比年初预算增加0.05万元。'],
          ['“三公”经费财政拨款支出决算4.99万元，比年初预算减少0.10万元，主要原因是厉行节约。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“比年初预算1,206.34万元增加150.00万元”：按预算 1,206.34万元、决算 1,363.45万元 应为决算比预算多 157.11 万元' },
        { severity: 'error', first: '公开说明!A2', message: '“比年初预算增加175.11万元”：按预算 1,206.34万元、决算 1,363.45万元 应为决算比预算多 157.11 万元' },
        { severity: 'error', first: '公开说明!A3', message: '“较年初预算5.00万元增加0.01万元”：按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元' },
        { severity: 'error', first: '公开说明!A4', message: '应为决算比预算多 157.11 万元' },
        { severity: 'error', first: '公开说明!A5', message: '“比年初预算减少0.10万元”：按预算 4.80万元、决算 4.79万元 应为决算比预算少 0.01 万元' },
        { severity: 'error', first: '公开说明!A5', message: '“比年初预算增加0.05万元”：按预算 0.20万元、决算 0.20万元' },
        { severity: 'error', first: '公开说明!A6', message: '“比年初预算减少0.10万元”：按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元' },
      ],
    },
    {
      // review r308: right from neither 预算, or naming the 年初 one (比年初预算…), held as before; said back of the 全年 one where
      // it names none (helper-h333: 按预算 4.50万元 named the one it does not mean).
      name: 'a wrong difference beside a 年初 and a 全年 one: from neither, or from the 年初 one it names',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费年初预算4.50万元，年中追加预算0.50万元，决算4.99万元，比预算少0.10万元。'],
          ['“三公”经费年初预算4.50万元，年中追加预算0.50万元，决算4.99万元，比年初预算少0.01万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“比预算少0.10万元”：按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元' },
        { severity: 'error', first: '公开说明!A2', message: '“比年初预算少0.01万元”：按预算 4.50万元、决算 4.99万元 应为决算比预算多 0.49 万元' },
      ],
    },
    {
      name: 'a wrong amount a 决算 passes its 年初预算 by before a 主要用于 list: one 错误 quoting the right gap',
      sheets: [
        sheet('公开说明', [
          ['2022年度财政拨款支出总计决算1,363.45万元，超出年初预算150.11万元，主要用于：一般行政管理事务718.22万元。'],
          ['财政拨款支出总计年初预算为1,206.34万元，支出决算为1,363.45万元，超过年初预算150.11万元，主要用于：一般行政管理事务718.22万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“超出年初预算150.11万元”：按预算 1,206.34万元、决算 1,363.45万元 应为决算比预算多 157.11 万元' },
        { severity: 'error', first: '公开说明!A2', message: '“超过年初预算150.11万元”：按预算 1,206.34万元、决算 1,363.45万元 应为决算比预算多 157.11 万元' },
      ],
    },
    {
      name: '上海 §五’s 项 paragraph with a wrong amount its 决算 passes its 年初预算 by: held to the 说明数据’s 年初预算数 and table 05',
      grid: shanghaiFixture,
      data: withShanghaiIndicators,
      sheets: [
        sheet('公开说明', [
          ['1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：局机关的基本支出。年初预算为1,820.00万元，支出决算为1,850.40万元，超出年初预算31.40万元。'],
          ['行政运行（项）支出决算1,850.40万元，比年初预算超出31.40万元，主要用于：人员经费。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '按预算 1,820.00万元、决算 1,850.40万元 应为决算比预算多 30.40 万元' },
        { severity: 'error', first: '公开说明!A2', message: '“比年初预算超出31.40万元”：按预算 1,820.00万元、决算 1,850.40万元 应为决算比预算多 30.40 万元' },
      ],
    },
    {
      // helper-h297: unread before, each passed.
      name: 'a wrong difference from the 预算 worded 比年初预算超出…, 较年初预算多…, 比预算少…',
      sheets: [
        sheet('公开说明', [
          ['财政拨款支出总计决算1,363.45万元，比年初预算超出150.11万元，主要用于：一般行政管理事务718.22万元。'],
          ['财政拨款支出总计决算1,363.45万元，较年初预算多150.11万元。'],
          ['“三公”经费支出决算4.99万元，比预算少0.10万元。'],
          // review r308: words past the comma naming the clause's own 决算 or whole, or framing it, are no other item.
          ['“三公”经费支出决算4.99万元，决算数比预算少0.10万元。'],
          // review r308: 超过 and 多出 after 比…预算 (PASSES_WORDED) were tried right only.
          ['财政拨款支出总计决算1,363.45万元，比年初预算超过150.11万元。'],
          ['财政拨款支出总计决算1,363.45万元，较年初预算多出150.11万元。'],
          ['财政拨款支出总计决算1,363.45万元，其中，总体比年初预算多150.11万元。'],
          // Words before a clause's first figure are its subject, past a comma too (其中，…).
          ['“三公”经费支出决算4.99万元；其中，公务用车运行维护费比预算少0.10万元。'],
          // helper-h313: an item named past a comma after the clause's figure, its difference its own (left out of the clause's,
          // it was read by no rule).
          ['“三公”经费支出决算4.99万元，其中公务用车运行维护费比预算少支出0.21万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“比年初预算超出150.11万元”：按预算 1,206.34万元、决算 1,363.45万元 应为决算比预算多 157.11 万元' },
        { severity: 'error', first: '公开说明!A2', message: '“较年初预算多150.11万元”：按预算 1,206.34万元、决算 1,363.45万元 应为决算比预算多 157.11 万元' },
        { severity: 'error', first: '公开说明!A3', message: '“比预算少0.10万元”：按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元' },
        { severity: 'error', first: '公开说明!A4', message: '“比预算少0.10万元”：按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元' },
        { severity: 'error', first: '公开说明!A5', message: '“比年初预算超过150.11万元”：按预算 1,206.34万元、决算 1,363.45万元 应为决算比预算多 157.11 万元' },
        { severity: 'error', first: '公开说明!A6', message: '“较年初预算多出150.11万元”：按预算 1,206.34万元、决算 1,363.45万元 应为决算比预算多 157.11 万元' },
        { severity: 'error', first: '公开说明!A7', message: '“比年初预算多150.11万元”：按预算 1,206.34万元、决算 1,363.45万元 应为决算比预算多 157.11 万元' },
        { severity: 'error', first: '公开说明!A8', message: '“比预算少0.10万元”：按预算 4.80万元、决算 4.79万元 应为决算比预算少 0.01 万元' },
        { severity: 'error', first: '公开说明!A9', message: '“比预算少支出0.21万元”：按预算 4.80万元、决算 4.79万元 应为决算比预算少 0.01 万元' },
      ],
    },
    {
      // helper-h333: a wrong difference naming no 预算 beside a 年初 one and the amount added to it was said back of the 年初 one
      // (按预算 4.50万元 … 应为决算比预算多 0.49 万元): the 全年 one is meant, the tables' where the one they make is off them (5.10).
      name: 'a wrong difference naming no 预算 beside a 年初 预算 and its 年中追加: said back of the 全年 one',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费年初预算4.50万元，年中追加预算0.50万元，决算4.99万元，比预算少0.05万元。'],
          ['“三公”经费年初预算4.50万元，年中追加预算0.60万元，决算4.99万元，比预算少0.05万元。'],
          // Naming the 年初 one: of it.
          ['“三公”经费年初预算4.50万元，年中追加预算0.50万元，决算4.99万元，比年初预算少0.05万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元' },
        { severity: 'error', first: '公开说明!A2', message: '按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元' },
        { severity: 'error', first: '公开说明!A3', message: '按预算 4.50万元、决算 4.99万元 应为决算比预算多 0.49 万元' },
      ],
    },
    {
      // helper-h297: the 追加 amount of an item left aside, a wrong rate and a wrong difference of the clause's own 预算 are still found.
      name: 'a wrong rate or difference beside an item’s 年中追加预算: held to the clause’s own 预算',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费支出决算4.99万元，完成预算的98.80%，主要用于：一般行政管理事务年中追加预算800.00万元。'],
          ['财政拨款支出总计决算1,363.45万元，超出年初预算150.11万元，主要用于：一般行政管理事务年中追加预算800.00万元。'],
          ['“三公”经费年初预算4.50万元，年中追加0.50万元，决算4.99万元，完成年初预算的99.80%。'],
          ['一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）主要用于：机关日常运转，年初预算为230.00万元，支出决算为223.14万元，完成年初预算的98.02%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '按预算 5.00万元、决算 4.99万元 应为 99.80%，文中为 98.80%' },
        { severity: 'error', first: '公开说明!A2', message: '“超出年初预算150.11万元”：按预算 1,206.34万元、决算 1,363.45万元 应为决算比预算多 157.11 万元' },
        // A 完成年初预算的 rate is of the 年初 one alone.
        { severity: 'error', first: '公开说明!A3', message: '按预算 4.50万元、决算 4.99万元 应为 110.89%，文中为 99.80%' },
        // A 预算 after a comma past 主要用于's words is the clause's again (the 项's).
        { severity: 'error', first: '公开说明!A4', message: '按预算 230.00万元、决算 223.14万元 应为 97.02%，文中为 98.02%' },
      ],
    },
    {
      // helper-h263: an amount in 亿 elsewhere in the sentence (the lines of a cell are read as one text) does not make the
      // statement's own 预算 and 决算 in 万元 quoted in 亿元 (按预算 0.00亿元、决算 0.00亿元).
      name: 'a wrong completion rate whose 预算 and 决算 are in 万元 beside an amount in 亿: its message in 万元',
      sheets: [sheet('公开说明', [['“三公”经费财政拨款支出全年预算为5.00万元，支出决算为4.99万元，完成预算的90.80%\n全市全年财政支出27.5亿元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '按预算 5.00万元、决算 4.99万元 应为 99.80%，文中为 90.80%' }],
    },
    {
      // helper-h132: the same wrong rate stated twice in one text had one id (its clause): the second dropped, one wrong
      // statement unreported.
      name: 'the same wrong rate, or rate without its sign, stated twice in one cell',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费支出全年预算数5.00万元，决算数4.99万元，完成预算的98.00%。“三公”经费支出全年预算数5.00万元，决算数4.99万元，完成预算的98.00%。'],
          ['“三公”经费支出全年预算数5.00万元，决算数4.99万元，预决算差异率0.20%。“三公”经费支出全年预算数5.00万元，决算数4.99万元，预决算差异率0.20%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '应为 99.80%，文中为 98.00%' },
        { severity: 'error', first: '公开说明!A1', message: '应为 99.80%，文中为 98.00%' },
        { severity: 'warning', first: '公开说明!A2', message: '预决算差异率为 -0.20%（带负号）' },
        { severity: 'warning', first: '公开说明!A2', message: '预决算差异率为 -0.20%（带负号）' },
      ],
    },
    {
      // Without its sign and without a word of which way, the reader takes a rise: a 提示, the size being right. Another
      // item's words (公务接待费…决算小于预算, after the ；) say nothing of this one. Words saying the other way, or a wrong
      // size: the 错误 stands.
      name: 'a 差异率 without its sign and no word of the direction (提示), or with words saying the other way (错误)',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费支出全年预算数5.00万元，决算数4.99万元，预决算差异率0.20%。'],
          ['其中：公务用车运行费全年预算数4.80万元，决算数4.79万元，预决算差异率0.21%；公务接待费全年预算数0.20万元，决算数0.20万元。'],
          ['“三公”经费支出全年预算数5.00万元，决算数4.99万元，预决算差异率0.20%（决算大于预算）。'],
          ['“三公”经费支出全年预算数5.00万元，决算数4.99万元，预决算差异率0.50%（决算小于预算）。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A3', message: '应为 -0.20%，文中为 0.20%' },
        { severity: 'error', first: '公开说明!A4', message: '应为 -0.20%，文中为 0.50%' },
        { severity: 'warning', first: '公开说明!A1', message: '预决算差异率为 -0.20%（带负号）；文中没有负号，也没有写明决算小于预算' },
        { severity: 'warning', first: '公开说明!A2', message: '预决算差异率为 -0.21%（带负号）' },
      ],
    },
    {
      // helper-h110: 昆明市科技局 2018 (https://kjj.km.gov.cn/c/2019-09-04/4157102.shtml): a budget in 万元 and its 决算 in 元
      // (494,400.00 is 元: 115,749.56 ÷ 494,400.00 is 23.41%); the text alone.
      name: 'a budget written in 万元 and its 决算 in 元 (published)',
      grid: () => ({ sheets: [] }),
      sheets: [sheet('公开说明', [['昆明市科学技术局部门2018年度一般公共预算财政拨款“三公”经费支出预算为494,400.00万元,支出决算为115,749.56元,完成预算的23.42%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '23.42%' }],
    },
    {
      // helper-h200: 广东's rates carry thousands separators (广东省财政厅 2023: 增长1,055.4%); a completion rate so written was
      // unread, a wrong one passing. The right one passes (valid above).
      name: 'a wrong completion rate written with a thousands separator (完成预算1.46万元的1,647.3%)',
      grid: () => ({ sheets: [] }),
      sheets: [sheet('公开说明', [['本单位2022年度公务接待费支出决算为22.59万元，完成预算1.46万元的1,647.3%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '按预算 1.46万元、决算 22.59万元 应为 1547.26%' }],
    },
    {
      // helper-h105: unread, each wrong rate passed.
      name: 'a wrong completion rate naming its 预算 amount (完成全年预算5.00万元的…), after a 全年支出, of a named item stating no figure',
      sheets: [
        sheet('公开说明', [
          ['本单位2022年度“三公”经费财政拨款支出决算为4.99万元，完成全年预算5.00万元的98.8%，比上年决算数减少0.02万元，下降0.4%。'],
          ['公务接待费年初预算0.20万元，全年支出0.20万元，预算执行率90%。'],
          ['“三公”经费预算执行率为98.8%，节约0.01万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '按预算 5.00万元、决算 4.99万元 应为 99.80%，文中为 98.8%' },
        { severity: 'error', first: '公开说明!A2', message: '按预算 0.20万元、决算 0.20万元 应为 100.00%，文中为 90%' },
        { severity: 'error', first: '公开说明!A3', message: '按预算 5.00万元、决算 4.99万元 应为 99.80%，文中为 98.8%' },
      ],
    },
    {
      // helper-h105: a difference worded as a change against the 预算 was read by no rule.
      name: 'a wrong difference worded as a change against the 预算 (比年初预算减少…, 比年初预算…万元增加…)',
      sheets: [
        sheet('公开说明', [
          ['其中：因公出国（境）费年初预算0万元，决算0万元；公务用车购置及运行维护费年初预算4.80万元，决算4.79万元，比年初预算减少0.10万元；公务接待费年初预算0.20万元，决算0.20万元。'],
          ['2022年度“三公”经费支出4.99万元，比年初预算减少0.10万元。'],
          ['2022年度财政拨款支出1363.45万元，比年初预算1206.34万元增加175.11万元，主要是年中追加人员经费。'],
          ['2022年度“三公”经费支出决算数小于预算数0.10万元，主要原因是厉行节约。'],
          ['公务用车运行维护费支出4.79万元，年初预算为4.80万元，差值为0.10万元，原因为厉行节约。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '按预算 4.80万元、决算 4.79万元 应为决算比预算少 0.01 万元' },
        { severity: 'error', first: '公开说明!A2', message: '按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元' },
        { severity: 'error', first: '公开说明!A3', message: '按预算 1206.34万元、决算 1363.45万元 应为决算比预算多 157.11 万元' },
        { severity: 'error', first: '公开说明!A4', message: '按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元' },
        { severity: 'error', first: '公开说明!A5', message: '说明文字“差值为0.10万元”：按预算 4.80万元、决算 4.79万元 应为差值 0.01 万元' },
      ],
    },
    {
      // helper-h105: the 预算 stated with no 决算 in its clause, the rate went unchecked.
      name: 'a wrong completion rate of a 项 after its 决算 and its change (…下降44.70%；年初预算为230.00万元，完成年初预算的79.02%)',
      sheets: [sheet('公开说明', [['1. 一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)：支出决算数为223.14万元，比上年决算减少180.39万元，下降44.70%；年初预算为230.00万元，完成年初预算的79.02%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '按预算 230.00万元、决算 223.14万元 应为 97.02%，文中为 79.02%' }],
    },
    {
      // helper-h105: a 节约率 was read by no rule.
      name: 'a wrong saving rate (节约率…), the 预算 stated or known',
      sheets: [
        sheet('公开说明', [
          ['2022年度本单位“三公”经费支出4.99万元，较预算数5.00万元节约0.01万元，节约率2.00%。'],
          ['2022年度“三公”经费支出4.99万元，节约率2.00%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '按预算 5.00万元、决算 4.99万元 应为 节约率0.20%，文中为 节约率2.00%' },
        { severity: 'error', first: '公开说明!A2', message: '按预算 5.00万元、决算 4.99万元 应为 节约率0.20%，文中为 节约率2.00%' },
      ],
    },
    {
      // Read as no rate at all, a wrong bound passed (review h99).
      name: 'a completion rate stated as a bound that does not hold: said with the rate it is',
      sheets: [
        sheet('公开说明', [
          ['其他支出年初预算为4,052.43万元，支出决算为4,029.01万元，完成年初预算的超过100.00%。'],
          ['其他支出年初预算为4,029.01万元，支出决算为4,029.02万元，完成年初预算的不足100.00%。'],
          ['其他支出年初预算为300.00万元，支出决算为0.03万元，完成预算的不足0.01%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '按预算 4,052.43万元、决算 4,029.01万元 应为 99.42%，文中为 超过100.00%' },
        { severity: 'error', first: '公开说明!A2', message: '应为 100.00%，文中为 不足100.00%' },
        { severity: 'error', first: '公开说明!A3', message: '应为 0.01%，文中为 不足0.01%' },
      ],
    },
    {
      // helper-h95: the difference was read as a 预算 of 0.10 (text-budget-figures' false 错误), the variance not at all.
      name: 'a wrong difference from, or worded variance against, the adjusted 预算 (小于调整预算数…, 较调整后预算下降…%)',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费支出决算4.99万元，小于调整预算数0.10万元。'],
          ['“三公”经费支出4.99万元，较调整后预算下降2.20%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“小于调整预算数0.10万元”：按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字“较调整后预算下降2.20%”：按预算 5.00万元、决算 4.99万元 应为 下降0.20%，文中为 下降2.20%。' },
      ],
    },
    {
      // helper-h95: each unread before (no pattern took 完成调整预算的…), a wrong one passed.
      name: 'a wrong completion rate of the adjusted 预算 (完成调整预算的…, 完成调整后预算的…): held to the 全年 one, stated or known',
      data: (j) => {
        const indicators = j.指标 as Record<string, Record<string, unknown>>;
        indicators['一般公共预算财政拨款支出']!.年初预算数 = 1206.34;
        indicators['一般公共预算财政拨款支出']!.全年预算数 = 1300;
      },
      sheets: [
        sheet('公开说明', [
          ['2022年度“三公”经费调整预算5.00万元，决算4.99万元，完成调整预算的98.00%。'],
          ['2022年度“三公”经费年初预算4.00万元，调整后预算5.00万元，决算4.99万元，完成调整后预算的124.75%。'],
          ['一般公共预算财政拨款支出1,363.45万元，完成调整预算的113.02%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“完成调整预算的98.00%”：按预算 5.00万元、决算 4.99万元 应为 99.80%，文中为 98.00%。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字“完成调整后预算的124.75%”：按预算 5.00万元、决算 4.99万元 应为 99.80%，文中为 124.75%。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字“完成调整预算的113.02%”：按预算 1,300.00万元、决算 1,363.45万元 应为 104.88%，文中为 113.02%。' },
      ],
    },
    {
      name: 'a wrong difference or rate in a clause after its figures, a wrong rate of the 全年 预算 beside the 年初 one, a wrong 执行率 of an 执行 after both',
      sheets: [
        sheet('公开说明', [
          ['一般公共预算财政拨款支出年初预算为1,206.34万元，支出决算为1,363.45万元，完成年初预算的113.02%。决算数大于年初预算数167.11万元，主要原因是年中追加人员经费。'],
          ['“三公”经费财政拨款支出全年预算为5.00万元，支出决算为4.99万元，完成预算的99.80%。2022年度“三公”经费支出决算数小于预算数0.05万元的主要原因是厉行节约。'],
          ['2022年度“三公”经费全年预算5.00万元，执行4.99万元；执行率98.00%。'],
          ['“三公”经费财政拨款支出全年预算为5.00万元，支出决算为4.99万元。预算执行率为98.00%。'],
          ['2022年度“三公”经费年初预算4.50万元，全年预算5.00万元，决算4.99万元，完成全年预算的110.89%。'],
          ['2022年度“三公”经费年初预算5.00万元，全年预算5.00万元，执行4.99万元，执行率97.80%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“大于年初预算数167.11万元”：按预算 1,206.34万元、决算 1,363.45万元 应为决算比预算多 157.11 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字“小于预算数0.05万元”：按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字“执行率98.00%”：按预算 5.00万元、决算 4.99万元 应为 99.80%，文中为 98.00%。' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字“预算执行率为98.00%”：按预算 5.00万元、决算 4.99万元 应为 99.80%，文中为 98.00%。' },
        { severity: 'error', first: '公开说明!A5', message: '说明文字“完成全年预算的110.89%”：按预算 5.00万元、决算 4.99万元 应为 99.80%，文中为 110.89%。' },
        { severity: 'error', first: '公开说明!A6', message: '说明文字“执行率97.80%”：按预算 5.00万元、决算 4.99万元 应为 99.80%，文中为 97.80%。' },
      ],
    },
    {
      // Each passed: the difference was held to 公务接待费's 0.20 of 0.20 and not carried; 110.00% lay between the rates of
      // the two 预算 (99.80% and 124.75%), and 98.00% was held to the 年初 one.
      name: 'a wrong difference after a total and its items; a wrong rate naming no 预算 beside a 年初 and a 全年 one',
      sheets: [
        sheet('公开说明', [
          [
            '“三公”经费财政拨款支出全年预算为5.00万元，支出决算为4.99万元，完成预算的99.80%，其中：因公出国（境）费决算为0.00万元；公务用车购置及运行维护费支出决算为4.79万元，完成预算的99.79%；公务接待费支出决算为0.20万元，完成预算的100.00%。2022年度“三公”经费支出决算数小于预算数0.05万元的主要原因：厉行节约。',
          ],
          ['2022年度“三公”经费年初预算4.00万元，全年预算5.00万元，决算4.99万元，完成预算的110.00%。'],
          ['2022年度“三公”经费年初预算4.00万元，全年预算5.00万元，决算4.99万元，预算执行率98.00%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“小于预算数0.05万元”：按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字“完成预算的110.00%”：按预算 5.00万元、决算 4.99万元 应为 99.80%，文中为 110.00%。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字“预算执行率98.00%”：按预算 5.00万元、决算 4.99万元 应为 99.80%，文中为 98.00%。' },
      ],
    },
    {
      // helper-85: read as the 预算 itself these were text-budget-figures' 错误 on correct sentences; read as differences,
      // wrong ones are caught here.
      name: 'a wrong difference of the 决算 from its 预算 (its amount, or a word that says the other way)',
      sheets: [
        sheet('公开说明', [
          ['公务用车运行维护费决算4.79万元，小于预算0.11万元。'],
          ['财政拨款收入总计决算数1,363.45万元，大于年初预算数167.11万元。'],
          ['“三公”经费支出4.99万元，高于预算0.01万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“小于预算0.11万元”：按预算 4.80万元、决算 4.79万元 应为决算比预算少 0.01 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字“大于年初预算数167.11万元”：按预算 1,206.34万元、决算 1,363.45万元 应为决算比预算多 157.11 万元。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字“高于预算0.01万元”：按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元。' },
      ],
    },
    {
      name: 'a wrong 占…预算的, bare 执行率, 较预算下降…%, 节约 amount, or rate of a sentence opening on its 预算 (helper-82: unread)',
      sheets: [
        sheet('公开说明', [
          ['2022年度“三公”经费财政拨款支出4.99万元，占年初预算的89.80%。'],
          ['“三公”经费支出年初预算5.00万元，决算4.99万元，比预算减少0.01万元，执行率98.00%。'],
          ['2022年度“三公”经费支出4.99万元，较上年下降0.40%，较预算下降2.20%。'],
          ['2022年度一般公共预算财政拨款“三公”经费预算5.00万元，实际支出4.99万元，节约0.10万元。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，比上年增加660.56万元。年初预算为1206.34万元，完成年初预算的111.02%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“占年初预算的89.80%”：按预算 5.00万元、决算 4.99万元 应为 99.80%，文中为 89.80%。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字“执行率98.00%”：按预算 5.00万元、决算 4.99万元 应为 99.80%，文中为 98.00%。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字“较预算下降2.20%”：按预算 5.00万元、决算 4.99万元 应为 下降0.20%，文中为 下降2.20%。' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字“节约0.10万元”：按预算 5.00万元、决算 4.99万元 应为节约 0.01 万元。' },
        { severity: 'error', first: '公开说明!A5', message: '说明文字“完成年初预算的111.02%”：按预算 1206.34万元、决算 1363.45万元 应为 113.02%，文中为 111.02%。' },
      ],
    },
    {
      // helper-h287: a saving or a difference off the text's own figures by one step (5.00 − 4.99 = 0.01, written 0.02) passed
      // silently; a 尾差 now (the figures may be worked out from 元: 5.0049 − 4.9851 is 0.02), a 错误 beyond it as before.
      name: 'a saving or a difference from the 预算 one step off the figures (节约0.02万元 of 5.00 and 4.99): a 尾差; two steps: a 错误',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费支出决算4.99万元，预算5.00万元，节约0.02万元。'],
          ['“三公”经费支出4.99万元，低于预算0.02万元。'],
          ['“三公”经费支出决算4.99万元，预算5.00万元，节约0.03万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A3', message: '说明文字“节约0.03万元”：按预算 5.00万元、决算 4.99万元 应为节约 0.01 万元。' },
        { severity: 'rounding', first: '公开说明!A1', message: '说明文字“节约0.02万元”：按预算 5.00万元、决算 4.99万元 应为节约 0.01 万元，差异在金额四舍五入的范围内（尾差）。' },
        { severity: 'rounding', first: '公开说明!A2', message: '说明文字“低于预算0.02万元”：按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元，差异在金额四舍五入的范围内（尾差）。' },
      ],
    },
    {
      // helper-h287: the 预算 named with its amount between 比预算 and the word: unread, a wrong rate passed.
      name: 'a wrong rate against a 预算 named with its amount (比预算5.00万元下降0.30%)',
      sheets: [sheet('公开说明', [['2022年度“三公”经费支出4.99万元，比预算5.00万元下降0.30%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字“比预算5.00万元下降0.30%”：按预算 5.00万元、决算 4.99万元 应为 下降0.20%，文中为 下降0.30%。' }],
    },
    {
      // review r294: another item named before 比预算 (…4.99万元，公务用车运行维护费比预算4.80万元…): its rate held to its own 决算.
      name: 'a wrong rate against the 预算 of an item named after another’s amount',
      sheets: [sheet('公开说明', [['2022年度“三公”经费支出4.99万元，公务用车运行维护费比预算4.80万元下降0.31%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字“比预算4.80万元下降0.31%”：按预算 4.80万元、决算 4.79万元 应为 下降0.21%，文中为 下降0.31%。' }],
    },
    {
      // Its 预算 and 决算 are the sums of 公务用车购置费 and 公务用车运行费: unread, the rate went unchecked.
      name: 'a wrong completion rate of 公务用车购置及运行维护费 where table 07 prints no 小计 of it',
      grid: () => withThreePublicWithoutSubtotal(sample()),
      sheets: [sheet('公开说明', [['公务用车购置及运行维护费支出决算为4.79万元，完成预算的89.79%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '按预算 4.80万元、决算 4.79万元 应为 99.79%，文中为 89.79%' }],
    },
    {
      // Unread without a 决算 word (review: 一般公共预算财政拨款支出1,363.45万元，完成年初预算的…% passed wrong).
      name: 'a wrong rate after a label’s amount with no 决算 word and no 预算 stated: on the 说明数据’s 年初预算数',
      data: (j) => { (j.指标 as Record<string, Record<string, unknown>>)['一般公共预算财政拨款支出']!.年初预算数 = 1206.34; },
      sheets: [
        sheet('公开说明', [
          ['一般公共预算财政拨款支出1,363.45万元，完成年初预算的123.02%。'],
          ['财政拨款支出总计1,363.45万元，为年初预算的123.02%。'],
          ['2022年度，财政拨款收入总计1,363.45万元，比上年增加660.56万元，完成年初预算的103.02%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '按预算 1,206.34万元、决算 1,363.45万元 应为 113.02%，文中为 123.02%' },
        { severity: 'error', first: '公开说明!A2', message: '按预算 1,206.34万元、决算 1,363.45万元 应为 113.02%，文中为 123.02%' },
        { severity: 'error', first: '公开说明!A3', message: '按预算 1,206.34万元、决算 1,363.45万元 应为 113.02%，文中为 103.02%' },
      ],
    },
    {
      // Unread, the 决算 before the 预算 left the rate unchecked.
      name: 'a wrong rate after the 决算 stated before its 预算, or as a label’s amount, or 为…预算的',
      sheets: [
        sheet('公开说明', [
          ['财政拨款收入总计1,363.45万元，年初预算数1,206.34万元，完成年初预算的113.20%。'],
          ['财政拨款支出决算1,363.45万元，年初预算1,206.34万元，完成年初预算的113.20%。'],
          ['“三公”经费支出决算4.99万元，为全年预算的99.08%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '按预算 1,206.34万元、决算 1,363.45万元 应为 113.02%，文中为 113.20%' },
        { severity: 'error', first: '公开说明!A2', message: '按预算 1,206.34万元、决算 1,363.45万元 应为 113.02%，文中为 113.20%' },
        { severity: 'error', first: '公开说明!A3', message: '“为全年预算的99.08%”：按预算 5.00万元、决算 4.99万元 应为 99.80%' },
      ],
    },
    {
      name: 'a wrong completion rate as other forms write it (预算执行率为X%, 决算数为年初预算数的X%)',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出年初预算为1,206.34万元，支出决算为1,363.45万元，预算执行率为103.02%。'],
          ['2022年度一般公共预算财政拨款支出年初预算为1,206.34万元，支出决算为1,363.45万元，决算数为年初预算数的123.02%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '应为 113.02%，文中为 103.02%' },
        { severity: 'error', first: '公开说明!A2', message: '应为 113.02%，文中为 123.02%' },
      ],
    },
    {
      name: 'the known 预算 of a table in 千元 is said in 万元 (the text has no 千元)',
      grid: () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { unit: '千元' })),
      sheets: [sheet('公开说明', [['其中：公务用车运行维护费决算为4.79万元，完成预算的98.79%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '按预算 4.80万元、决算 4.79万元 应为 99.79%，文中为 98.79%' }],
    },
    {
      name: 'a 三公 item’s rate without its 预算 in the clause (上海 §七: 其中：…决算为…，完成预算的…%): on table 07’s 预算数',
      sheets: [sheet('公开说明', [['其中：公务用车运行维护费决算为4.79万元，完成预算的98.79%；公务接待费支出决算为0.20万元，完成预算的100.00%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '按预算 4.80万元、决算 4.79万元 应为 99.79%，文中为 98.79%' }],
    },
    {
      name: 'a completion rate and a variance rate that do not follow from the stated figures',
      sheets: [
        sheet('公开说明', [
          ['一般公共预算财政拨款支出年初预算为1206.34万元，支出决算为1363.45万元，完成年初预算的112.02%。'],
          ['财政拨款收入总计年初预算数1,206.34万元，决算数1,363.45万元，预决算差异率13.50%，主要原因是：追加。'],
          ['公务用车运行费全年预算数 48,000.00 元，决算数 47,900.00 元，预决算差异率-0.12%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '应为 113.02%' },
        { severity: 'error', first: '公开说明!A2', message: '应为 13.02%' },
        { severity: 'error', first: '公开说明!A3', message: '按预算 48,000.00元、决算 47,900.00元 应为 -0.21%' },
      ],
    },
  ],
});
