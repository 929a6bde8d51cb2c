import rule from '../../../../src/engine/audit/rules/textShares';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts, shanghaiFixture, withShanghaiIndicators } from '../../../support/referenceText';

testRule(rule, {
  valid: [
    {
      // helper-h316: a share of a named whole after the year's change (…1363.45万元，比2021年增加660.56万元，占本年支出合计的91.61%) is
      // of the year's figure, not the change (660.56 ÷ 1,488.29 = 44.38%: a right text a 错误), the amount before the comparison or
      // the label named right before it. With no comparison, the label right before the change word (主要是项目支出增加…: 项目支出
      // 718.22's share) or the change itself (200.00's, as read before): review r326 (unread, a share right for neither passed).
      name: 'a share of a named whole after a change: of what the change is of',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1363.45万元，比2021年增加660.56万元，占本年支出合计的91.61%。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，与上年相比增加660.56万元，占本年支出合计的91.61%。'],
          ['2022年度一般公共预算财政拨款支出比2021年增加660.56万元，占支出总计的91.61%。'],
          ['2022年度本年支出合计1488.29万元，主要是项目支出增加200.00万元，占本年支出合计的48.26%。'],
          ['2022年度本年支出合计1488.29万元，主要是项目支出增加200.00万元，占本年支出合计的13.44%。'],
        ]),
      ],
    },
    {
      // helper-h316: a list after two years' amounts listed with 分别 (2021年度和2022年度…分别为5.01万元、4.99万元，其中…) is of the
      // year its 其中 names, else this year's (held to the sentence's first, last year's 5.01, a right 4.01% was a 错误).
      name: 'a list after two years’ amounts listed with 分别: of the year its 其中 names, else this year’s',
      sheets: [
        sheet('公开说明', [
          ['2021年度和2022年度“三公”经费支出分别为5.01万元、4.99万元，其中2022年度公务接待费0.20万元，占4.01%。'],
          ['2021年度和2022年度“三公”经费支出分别为5.01万元、4.99万元，其中：公务用车购置及运行维护费4.79万元，占95.99%；公务接待费0.20万元，占4.01%。'],
          ['2021年度和2022年度“三公”经费支出分别为5.01万元、4.99万元，其中2021年度公务接待费0.26万元，占5.19%。'],
          ['2022年度和2021年度“三公”经费支出分别为4.99万元、5.01万元，其中：公务接待费0.20万元，占4.01%。'],
        ]),
      ],
    },
    {
      // helper-h260: a 其中 paragraph whose share fits no whole of the paragraph before but agrees with one of its own, unstated
      // (1,363.45 ÷ 99.32% = 本年收入合计 1,372.79 after a paragraph stating only 收入总计): held to 收入总计 since fd7f5ac (占比应为
      // 91.61%), a right text a 错误.
      name: 'a 其中 paragraph’s shares agreeing on one whole the paragraph before does not state: not held to the stated one',
      sheets: [
        sheet('公开说明', [['2022年度收入总计1,488.29万元。'], ['其中：财政拨款收入1,363.45万元，占99.3%。'], ['2022年度收入总计1,488.29万元，比上年减少312.94万元。'], ['其中：财政拨款收入1,363.45万元，占99.32%。']]),
      ],
    },
    {
      // helper-h237: a 其中 in brackets after an item (中央 template: 财政拨款收入…（其中，一般公共预算…），占…；事业收入…，占…) was taken
      // for the list's: 事业收入's share was held to 财政拨款收入 (320.00 ÷ 4,179.01 = 7.66%), a right 7.04% a 错误. Each share is of
      // the sentence's whole, or of the year's where the sentence states none.
      name: 'a 其中 in brackets after a listed item is that item’s parts, not the list’s: each share of the list’s whole',
      grid: shanghaiFixture,
      sheets: [
        sheet('公开说明', [
          ['2022年度收入合计4,544.51万元。财政拨款收入4,179.01万元（其中，一般公共预算4,029.01万元，政府性基金预算150.00万元），占91.96%；事业收入320.00万元，占7.04%；其他收入45.50万元，占1.00%。'],
          ['2022年度收入合计4,544.51万元，财政拨款收入4,179.01万元（其中：一般公共预算4,029.01万元、政府性基金预算150.00万元），占91.96%；事业收入320.00万元，占7.04%；其他收入45.50万元，占1.00%。'],
          // Parts of another kind after an income total (基本支出…，占…): not held to it.
          ['2022年度收入合计4,544.51万元。基本支出3,474.51万元，占76.53%；项目支出1,065.60万元，占23.47%。'],
        ]),
      ],
    },
    {
      // helper-h110: 桃江 2019 (http://taojiang.gov.cn/26631/26632/content_2001885.html): the 其中 sentence divides the 决算
      // (20.10 ÷ 22.62 = 88.86%), not the budget the sentence before opens with (read of 44.52 it was a false 错误).
      name: 'shares after 其中 of the 决算 the sentence before states after its budget (预算为44.52万元,…决算为22.62万元。其中…), right',
      // The text alone (the sample's tables would correct its amounts to theirs).
      grid: () => ({ sheets: [] }),
      sheets: [
        sheet('公开说明', [
          ['2019年度“三公”经费财政拨款支出预算为44.52万元,2019年实际支出“三公经费”决算为22.62万元。其中公务接待费为20.10万元,占88.86%;公务用车运行维护费为2.52万元,占11.14%。'],
          ['“三公”经费财政拨款支出预算为5.00万元，决算为4.99万元，其中：公务用车购置及运行维护费4.79万元，占95.99%；公务接待费0.20万元，占4.01%。'],
          ['“三公”经费预算数为5.00万元，实际支出4.99万元。其中：公务用车购置及运行维护费4.79万元，占95.99%；公务接待费0.20万元，占4.01%。'],
          ['“三公”经费预算为5.00万元，其中：公务用车购置及运行维护费4.80万元，占96.00%；公务接待费0.20万元，占4.00%。'],
        ]),
      ],
    },
    {
      // helper-h111: an item named in the reason of the opening whole's change, with its share: of its own whole (9.34 ÷
      // 1,372.79 = 0.68%), not of the whole opening the sentence (read of 1,488.29, a right share was a 错误).
      name: 'a share of an item named in a reason after the opening whole’s change, of the item’s own whole',
      sheets: [sheet('公开说明', [['2022年度收入总计1488.29万元，比上年减少312.94万元，主要是其他收入9.34万元，占0.68%。']])],
    },
    {
      // helper-h111: the budget's own parts, after its 决算 (其中：…预算4.80万元，占96.00%) or before it (…占4.00%；决算为4.99万元):
      // of the budget (read of the 决算, a right share was a 错误).
      name: 'shares of a budget’s parts, its 决算 stated before the list or after it',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费预算5.00万元，决算4.99万元，其中：公务用车运行维护费预算4.80万元，占96.00%。'],
          ['“三公”经费预算为5.00万元，其中：公务用车购置及运行维护费4.80万元，占96.00%，公务接待费0.20万元，占4.00%；决算为4.99万元。'],
          ['“三公”经费年初预算5.00万元，其中：公务用车运行维护费4.80万元，占96.00%，公务接待费0.20万元，占4.00%；全年实际支出4.99万元，完成预算的99.80%。'],
          ['一般公共预算财政拨款支出预算1206.34万元，其中基本支出预算600.00万元，占49.74%；决算1363.45万元。'],
        ]),
      ],
    },
    {
      // helper-h105: the wording the invalid case below holds, right.
      name: 'shares of the 三公 items stating no amount (“三公”经费中，公务用车购置及运行维护费占95.99%…), right',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费中，公务用车购置及运行维护费占95.99%，公务接待费占4.01%。'],
          ['2022年度“三公”经费支出结构：因公出国（境）费占0%，公务用车购置及运行维护费占比95.99%，公务接待费占比4.01%。'],
          ['一般公共服务支出、社会保障和就业支出分别为1225.73万元、47.25万元，分别占89.90%、3.47%。'],
          ['一般公共服务支出、社会保障和就业支出分别为1225.73万元、47.25万元，分别占82.36%、3.17%。'],
        ]),
      ],
    },
    {
      // 89.90%: a true bound, read as the share it was a 错误.
      name: 'a (类) share stated as a bound (占89%以上) is no share to compare',
      sheets: [sheet('公开说明', [['一般公共服务支出（类）1,225.73万元，占89%以上。']])],
    },
    {
      name: 'the 类 written 一般公共服务（类）支出X万元, every share right',
      sheets: [sheet('公开说明', [['一般公共服务（类）支出1,225.73万元，占89.90%；社会保障和就业（类）支出47.25万元，占3.47%；卫生健康（类）支出34.07万元，占2.50%；住房保障（类）支出37.84万元，占2.78%；其他（类）支出18.55万元，占1.35%。']])],
    },
    {
      name: 'one share naming no whole after the whole the sentence opens with, or after the whole’s change, right',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年支出合计1,488.29万元，基本支出770.07万元，占51.74%。'],
          ['2022年度本年支出合计1,488.29万元，比上年减少312.94万元，下降17.37%，基本支出770.07万元，占51.74%；项目支出718.22万元，占48.26%。'],
          // review77: a change's share (of the whole's change), and a list after another item's change: not of the whole.
          ['2022年度收入总计1,488.29万元，比上年减少312.94万元，主要是人员经费减少200.00万元，占63.91%。'],
          ['2022年度本年支出合计1,488.29万元，一般公共预算财政拨款支出较上年增加660.56万元，一般公共服务支出1,225.73万元，占89.90%。'],
          ['2022年度本年支出合计1,488.29万元，比上年减少312.94万元，其中：项目支出减少200.00万元，占63.91%。'],
          ['2022年度本年支出合计1,488.29万元，比上年减少312.94万元，其中：基本支出减少100.00万元，占31.96%；项目支出减少212.94万元，占68.04%。'],
        ]),
      ],
    },
    {
      // helper-85: the 人员经费 of the 基本支出 of all sources (770.07) was taken for table 06's (577.84): 75.04%, a 错误.
      name: 'the shares of the 人员经费 and 公用经费 of the department’s 基本支出 (no table gives them): of their stated amounts',
      sheets: [sheet('公开说明', [['2022年度基本支出770.07万元，其中：人员经费700.00万元，占90.90%；公用经费70.07万元，占9.10%。']])],
    },
    {
      // helper-85: read as 人员经费 itself, the share was held to 100.00% (577.84 ÷ 577.84), a 错误.
      name: '在职人员经费 as a share of 人员经费 (a part no table prints, not the whole)',
      sheets: [sheet('公开说明', [['在职人员经费500.00万元，占人员经费的86.53%。']])],
    },
    { name: 'the whole’s own share before its 其中 is of another base, not of itself', sheets: [sheet('公开说明', [['基本支出645.23万元，占47.32%，其中：人员经费577.84万元，占89.56%；公用经费67.39万元，占10.44%。'], ['公务用车购置及运行维护费支出4.79万元，占95.99%，其中：公务用车购置费0万元，占0%；公务用车运行维护费4.79万元，占100%。']])] },
    {
      name: 'two paragraphs in one cell, the first ending on its share without a 。: each share of its own paragraph’s total',
      sheets: [sheet('公开说明', [['2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元，占99.32%；其他收入9.34万元，占0.68%\n2022年度本年支出1,488.29万元，其中：基本支出770.07万元，占51.74%；项目支出718.22万元，占48.26%']])],
    },
    {
      name: 'shares of a total named in general words (占总收入的, 占支出总额的, 占全年支出的, 占“三公”经费总额的), every one right: of the list’s whole, of the whole the sentence opens with, or of the year’s total, a share before its own 其中 too',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入合计1,372.79万元。其中：财政拨款收入1,363.45万元，占总收入的99.32%；其他收入9.34万元，占总收入的0.68%。'],
          ['基本支出770.07万元，占支出总额的51.74%；项目支出718.22万元，占全年支出的48.26%。'],
          ['公务用车购置及运行维护费4.79万元，占“三公”经费总额的95.99%。'],
          ['基本支出770.07万元，占总支出的51.74%，其中：人员经费577.84万元，公用经费67.39万元。'],
          ['2022年度一般公共预算财政拨款支出1,363.45万元，主要用于以下方面：一般公共服务（类）支出1,225.73万元，占支出总额的89.90%。'],
        ]),
      ],
    },
    {
      name: 'shares stated with 分别 after amounts stated with 分别, every one right: of the list’s whole, of a named whole, of one in general words',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年支出1,488.29万元，其中：基本支出、项目支出分别为770.07、718.22万元，分别占51.74%、48.26%。'],
          ['2022年度本年收入1,372.79万元，其中：财政拨款收入和其他收入分别为1,363.45万元、9.34万元，分别占99.32%和0.68%。'],
          ['2022年度基本支出、项目支出分别为770.07万元和718.22万元，分别占本年支出的51.74%和48.26%。'],
          ['2022年度基本支出、项目支出分别为770.07万元和718.22万元，分别占支出总额的51.74%和48.26%。'],
          // Of 基本支出 in any of its meanings: §六's is table 05's 645.23, not table 03's 770.07 (review39).
          ['人员经费和公用经费分别为577.84万元、67.39万元，分别占基本支出的89.56%、10.44%。'],
          // helper-h236: the amounts right after their names with no 分别 (unread before).
          ['2022年度人员经费、公用经费577.84万元、67.39万元，分别占基本支出的89.56%、10.44%。'],
          // helper-h236: a list of shares after 占 or 各占 with no 分别: each its amount's (held to the last amount, a 错误).
          ['2022年度人员经费和公用经费分别为577.84万元、67.39万元，占基本支出的89.56%、10.44%。'],
          ['2022年度人员经费和公用经费577.84万元、67.39万元，各占基本支出的89.56%、10.44%。'],
        ]),
      ],
    },
    {
      name: 'a list one item a line, each item ending with its ；: one sentence, every share of its whole',
      sheets: [sheet('公开说明', [['2022年度本年支出1,488.29万元，其中：\n1.基本支出770.07万元，占51.74%；\n2.项目支出718.22万元，占48.26%。']])],
    },
    ...correctTexts(),
    { name: 'shares of amounts in 元', sheets: [sheet('公开说明', [['2022年度本年收入13,727,900.00元，其中：财政拨款收入13,634,500.00元，占99.32%；其他收入93,400.00元，占0.68%。']])] },
    { name: 'the 类 listed in one paragraph (上海), every share right', sheets: [sheet('公开说明', [['1、一般公共服务支出（类）1,225.73万元，占89.90%；社会保障和就业支出（类）47.25万元，占3.47%；卫生健康支出（类）34.07万元，占2.50%；住房保障支出（类）37.84万元，占2.78%；其他支出（类）18.55万元，占1.35%。']])] },
    {
      name: 'shares in the other wordings departments use (占比, 所占比重为, （占…）, 占…的比重为), every share right',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元，占比99.32%；其他收入9.34万元，占比0.68%。'],
          ['2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元，所占比重为99.32%；其他收入9.34万元，所占比重为0.68%。'],
          ['2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元（占99.32%），其他收入9.34万元（占0.68%）。'],
          ['2022年度一般公共预算财政拨款支出1,363.45万元，占本年支出合计的比重为91.61%。'],
          ['一般公共服务支出（类）1,225.73万元（占89.90%）；社会保障和就业支出（类）47.25万元，占比3.47%。'],
        ]),
      ],
    },
    { name: 'a share written with one decimal or none (91.61% as 91.6% or 92%)', sheets: [sheet('公开说明', [['2022年度一般公共预算财政拨款支出1,363.45万元，占本年支出合计的91.6%。'], ['2022年度一般公共预算财政拨款支出1,363.45万元，占本年支出合计的92%。']])] },
    {
      name: '§六’s 占基本支出的… is a share of table 05’s 基本支出 (一般公共预算), not the department’s',
      sheets: [sheet('公开说明', [['一般公共预算财政拨款基本支出645.23万元，其中：人员经费577.84万元，占基本支出的89.56%；公用经费67.39万元，占基本支出的10.44%。']])],
    },
    {
      name: 'shares with no whole said that add up to 100% (the total in the sentence before): of their sum, right',
      sheets: [sheet('公开说明', [['2022年度本年支出1,488.29万元。基本支出770.07万元，占51.74%；项目支出718.22万元，占48.26%。'], ['人员经费577.84万元，占89.56%；公用经费67.39万元，占10.44%。']])],
    },
    {
      // review45: the budget's parts, not the tables' 决算 of those names.
      name: 'shares of a budget’s parts that add up to 100% (年初预算…中，基本支出…，占…)',
      sheets: [sheet('公开说明', [['年初预算1,206.34万元中，基本支出600.00万元，占49.74%，项目支出606.34万元，占50.26%。']])],
    },
    {
      name: 'shares worded 占比达, 约占 (a whole unit of the last digit off: cut, not rounded), 占…比重为 without 的, and of a whole with its amount in brackets, every share right',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元，占比达99.32%；其他收入9.34万元，占比0.68%。'],
          ['2022年度本年支出1,488.29万元，其中：基本支出770.07万元，约占52%；项目支出718.22万元，约占48.2%。'],
          ['2022年度一般公共预算财政拨款支出1,363.45万元，占本年支出合计比重为91.61%。'],
          ['项目支出718.22万元，占本年支出合计比例48.26%。'],
          ['财政拨款收入1,363.45万元，占本年收入（1,372.79万元）的99.32%。'],
        ]),
      ],
    },
    {
      // 广西 (helper-h93): no 的 and no 比重 after a total's name; unread before.
      name: 'shares of a named total with nothing between its name and the rate (占本年收入合计99.32%, 占一般公共预算财政拨款支出89.90%), a 类 with a colon before its amount, every share right',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年收入合计1372.79万元，其中：财政拨款收入1363.45万元，占本年收入合计99.32%；其他收入9.34万元，占本年收入合计0.68%。'],
          ['2022年度本年支出合计1488.29万元，其中：基本支出770.07万元，占本年支出合计51.74%；项目支出718.22万元，占本年支出合计48.26%。'],
          ['财政拨款收入占本年收入合计99.32%。'],
          ['（一）一般公共服务（类）支出1225.73万元，占一般公共预算财政拨款支出89.90%。'],
          ['一般公共服务支出（类）：1225.73万元，占89.90%。'],
        ]),
      ],
    },
    {
      name: 'a share of a named whole after the part named alone (财政拨款收入占本年收入合计的…), right of a figure the names may mean',
      sheets: [
        sheet('公开说明', [
          ['财政拨款收入占本年收入合计的99.32%，其他收入占本年收入合计的0.68%。'],
          ['基本支出占本年支出合计的51.74%，项目支出占本年支出合计比重为48.26%。'],
          ['基本支出占一般公共预算财政拨款支出的47.32%。'],
          ['2022年度一般公共预算财政拨款支出1,363.45万元，其中：人员经费占基本支出的89.56%，公用经费占基本支出的10.44%。'],
          ['公务用车购置及运行维护费占“三公”经费的95.99%，公务接待费支出占“三公”经费支出的4.01%。'],
        ]),
      ],
    },
    {
      name: 'shares after a part named alone that are no share of this year’s figures: another year’s, of last year’s whole, 人员经费 of the department’s 基本支出 (no table gives it), a change of a share, a budget’s',
      sheets: [
        sheet('公开说明', [
          ['上年财政拨款收入占本年收入合计的85.00%。'],
          ['财政拨款收入占上年收入总计的75.70%。'],
          ['人员经费占基本支出的75.50%，公用经费占基本支出的24.50%。'],
          ['财政拨款收入占本年收入合计的比重由上年的95.00%提高到99.32%。'],
          ['年初预算中，基本支出占年初预算的52.00%。'],
        ]),
      ],
    },
    {
      name: 'a share stated as a bound or a round figure (90%以上, 占比达99%以上) is no figure to compare',
      sheets: [
        sheet('公开说明', [
          ['财政拨款收入占本年收入合计的90%以上。'],
          ['财政拨款收入1,363.45万元，占本年收入合计的90%以上。'],
          ['2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元，占比达95%以上；其他收入9.34万元，占比不足1%。'],
        ]),
      ],
    },
    {
      // 99.32%: each a true bound (以下 was read as the share: a 错误).
      name: 'a share stated as a bound after it (以下, 以内, 上下) or before it (近, 超过, 不足) is no figure to compare',
      sheets: [
        sheet('公开说明', [
          ['财政拨款收入占本年收入合计的100%以下。'],
          ['财政拨款收入1,363.45万元，占本年收入合计的100%以内。'],
          ['财政拨款收入1,363.45万元，占比99%上下。'],
          ['财政拨款收入1,363.45万元，占本年收入合计的近100%，占比超过95%，占比不足100%。'],
        ]),
      ],
    },
    {
      name: 'shares naming no whole after the whole the sentence opens with (no 其中: 包括, 主要用于以下方面), every one right; after another amount, of their own sum',
      sheets: [
        sheet('公开说明', [
          ['本年支出合计1,488.29万元，基本支出770.07万元，占51.74%；项目支出718.22万元，占48.26%。'],
          ['2022年度一般公共预算财政拨款支出1,363.45万元，主要用于以下方面：一般公共服务支出1,225.73万元，占89.90%；社会保障和就业支出47.25万元，占3.47%；卫生健康支出34.07万元，占2.50%；住房保障支出37.84万元，占2.78%；其他支出18.55万元，占1.35%。'],
          ['本年收入合计1,372.79万元，包括财政拨款收入1,363.45万元，占99.32%；其他收入9.34万元，占0.68%。'],
          ['2022年度收入总计1,488.29万元，比上年减少312.94万元，基本支出770.07万元，占51.74%；项目支出718.22万元，占48.26%。'],
        ]),
      ],
    },
    {
      name: '三公 item shares naming no whole of the 三公 total stated in the sentence before, every one right',
      sheets: [sheet('公开说明', [['2022年度“三公”经费财政拨款支出决算为4.99万元。公务用车购置及运行维护费4.79万元，占95.99%；公务接待费0.20万元，占4.01%。']])],
    },
    {
      name: 'shares stated with 分别 after amounts each named on its own (分别占), of a named whole or of the sentence’s, every one right',
      sheets: [
        sheet('公开说明', [
          ['本年支出合计1,488.29万元，其中基本支出770.07万元，项目支出718.22万元，分别占本年支出合计的51.74%、48.26%。'],
          ['本年支出合计1,488.29万元，基本支出770.07万元，项目支出718.22万元，分别占51.74%、48.26%。'],
        ]),
      ],
    },
    {
      // Of table 05's 合计 (1,363.45), to one decimal; of all sources (table 03's 类, 本年支出合计 1,488.29) with no amounts.
      name: 'a list of 类 without their mark, each with its share and no whole said: of the whole of its scope (helper-82)',
      sheets: [
        sheet('公开说明', [
          ['一般公共服务支出1225.73万元，占89.9%；社会保障和就业支出47.25万元，占3.5%；卫生健康支出34.07万元，占2.5%；住房保障支出37.84万元，占2.8%；其他支出18.55万元，占1.4%。'],
          ['一般公共预算财政拨款支出结构：一般公共服务支出占89.90%，社会保障和就业支出占3.47%，卫生健康支出占2.50%，住房保障支出占2.78%，其他支出占1.35%。'],
          ['支出结构：一般公共服务支出占90.75%，社会保障和就业支出占3.17%，卫生健康支出占2.29%，住房保障支出占2.54%，其他支出占1.25%。'],
          // No scope most of the shares hold for: which whole they are of is not known.
          ['其他支出占10.00%，一般公共服务支出占50.00%。'],
        ]),
      ],
    },
    {
      name: 'one share after a label’s amount, its sentence naming no whole: of any total of the tables (helper-82)',
      sheets: [
        sheet('公开说明', [
          ['财政拨款收入1,363.45万元，所占比重为99.32%。'],
          ['项目支出718.22万元，占比48.26%。'],
          ['基本支出645.23万元，占比47.32%。'],
          ['使用非财政拨款结余115.50万元，占7.76%。'],
          ['人员经费577.84万元，占89.56%。'],
          ['公务接待费0.20万元，占4.01%。'],
        ]),
      ],
    },
    {
      // 占不足0.01%: the generator's share of a part other than 0 that rounds to 0.00 (NarrativeContext.share), in a list
      // whose others take the residual (its 0 in their 100.00%), and typed by hand (不到, 占比不足).
      name: 'a share written 不足0.01% where the part is under 0.01% of its whole',
      grid: () => ({ sheets: [] }),
      sheets: [
        sheet('公开说明', [
          ['本年收入合计123,456.78万元，其中：财政拨款收入123,456.77万元，占100.00%；其他收入0.01万元，占不足0.01%。'],
          ['本年支出合计100,000.00万元，其中：基本支出33,333.33万元，占33.33%；项目支出33,333.33万元，占33.33%；经营支出0.01万元，占不足0.01%；对附属单位补助支出33,333.33万元，占33.34%。'],
          ['本年支出合计300.00万元，其中：基本支出299.99万元，占100.00%；项目支出0.01万元，占比不到0.01%。'],
          ['本年支出合计150.00万元，其中：基本支出149.99万元，占99.99%；项目支出0.01万元，占不足0.01%。'],
          // The last takes a residual of 2 (42.2233% printed 42.24%): the others, the bound's 0 among them, sum to 100.00%.
          ['本年支出合计337.93万元，其中：基本支出51.21万元，占15.15%；项目支出103.05万元，占30.49%；上缴上级支出40.97万元，占12.12%；经营支出0.01万元，占不足0.01%；对附属单位补助支出142.69万元，占42.24%。'],
        ]),
      ],
    },
    {
      // The list form reads a bound as the single form does (helper-h175: 分别占99.99%、不足0.01% left the whole list unread).
      name: 'shares listed with 分别占, one written 不足0.01% where its part is under 0.01% of its whole',
      grid: () => ({ sheets: [] }),
      sheets: [
        sheet('公开说明', [
          ['本年支出合计150.00万元，其中：基本支出、项目支出分别为149.99万元、0.01万元，分别占99.99%、不足0.01%。'],
          ['本年支出合计150.00万元，其中基本支出149.99万元，项目支出0.01万元，分别占99.99%和不到0.01%。'],
          // The others sum to 100.00% with the bound's 0, as the generator writes a list of shares one by one.
          ['本年收入合计123,456.78万元，其中：财政拨款收入、其他收入分别为123,456.77万元、0.01万元，分别占100.00%、不足0.01%。'],
        ]),
      ],
    },
    {
      // helper-h222: the 中央 wording (教育部 2024): one share of two amounts' sum (两项合计占…), in a list whose shares add up to
      // 100.0% by largest-remainder rounding (40.23, 43.23, 0.04, 16.50 → 40.2, 43.2, 0.1, 16.5: the 0.04 rounded up, more
      // than half a unit off its own).
      name: 'a share of two amounts’ sum (两项合计占0.1%), rounded up by the largest remainder to make 100.0%: right',
      grid: () => ({ sheets: [] }),
      sheets: [
        sheet('公开说明', [
          ['本年收入合计10,000.00万元，其中：财政拨款收入4,023.00万元，占40.2%；事业收入4,323.00万元，占43.2%；经营收入3.00万元，附属单位上缴收入1.00万元，两项合计占0.1%；其他收入1,650.00万元，占16.5%。'],
        ]),
      ],
    },
    {
      // helper-h298: a share in a clause of last year (2023年度…3902.77万元，占支出合计的86.12% under 年度 2024) divided last year's
      // part by this year's whole (702.89 ÷ 1,488.29 = 47.23%), a right text a 错误: held to the 说明数据's 上年数 of the whole
      // (支出总计 1,801.23: 39.02%), of a 三公 item to the 三公's (4.75 ÷ 5.01 = 94.81%), both parts and whole last year's where
      // it names the part alone; unread where the 说明数据 gives none (本年支出合计's, 支出合计's in the 上海 fixture).
      name: 'a share in a clause of last year: of last year’s whole (说明数据 上年数), else unread',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1363.45万元，占支出总计的91.61%；2021年度一般公共预算财政拨款支出702.89万元，占支出总计的39.02%。'],
          ['2021年度一般公共预算财政拨款支出702.89万元，占支出总计的39.02%，2022年度增加660.56万元。'],
          ['上年一般公共预算财政拨款支出702.89万元，占支出总计的39.02%。'],
          ['2022年度本年支出1488.29万元；2021年，本单位一般公共预算财政拨款支出702.89万元，占支出总计的39.02%。'],
          ['2021年度公务用车购置及运行维护费4.75万元，占“三公”经费的94.81%。'],
          ['2021年度“三公”经费中，公务用车购置及运行维护费占94.81%，公务接待费占5.19%。'],
          // A list in a clause of last year after this year's amount: not of the sentence's first amount (4.99).
          ['2022年度“三公”经费支出4.99万元；2021年度“三公”经费支出5.01万元，其中：公务用车购置及运行维护费4.75万元，占94.81%；公务接待费0.26万元，占5.19%。'],
          // Review r309: this year's list after last year's clause, of this year's 4.99; a bare share after a named one of another
          // year's clause, of its own clause's year; numbered 一是.
          ['2021年度“三公”经费支出5.01万元；2022年度“三公”经费支出4.99万元，其中：公务用车购置及运行维护费4.79万元，占95.99%；公务接待费0.20万元，占4.01%。'],
          ['2021年度一般公共预算财政拨款支出702.89万元，占支出总计的39.02%；2022年度1363.45万元，占91.61%。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，占支出总计的91.61%；2021年度702.89万元，占39.02%。'],
          ['一是2021年度一般公共预算财政拨款支出702.89万元，占支出总计的39.02%。'],
          // No 上年数 of the whole: unread.
          ['2021年度一般公共预算财政拨款支出702.89万元，占本年支出合计的39.02%。'],
          ['2020年度一般公共预算财政拨款支出500.00万元，占支出总计的33.33%。'],
        ]),
      ],
    },
    {
      name: 'the lead’s 上海 sentence: 2023年度’s share of 支出合计, whose 上年数 the 说明数据 does not give, unread',
      grid: shanghaiFixture,
      data: withShanghaiIndicators,
      sheets: [sheet('公开说明', [['2023年度一般公共预算财政拨款支出3902.77万元，占支出合计的86.12%。']])],
    },
  ],
  invalid: [
    {
      // helper-h316: the wrong twins of a share after a change: said of the year's figure.
      name: 'a share of a named whole after a change, wrong: of what the change is of',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款支出1363.45万元，比2021年增加660.56万元，占本年支出合计的90.61%。'],
          ['2022年度一般公共预算财政拨款支出比2021年增加660.56万元，占支出总计的90.61%。'],
          ['2022年度本年支出合计1488.29万元，主要是项目支出增加200.00万元，占本年支出合计的50.00%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 91.61%（1363.45万元 ÷ 1,488.29 万元），文中为 90.61%。' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 91.61%（1,363.45 万元 ÷ 1,488.29 万元），文中为 90.61%。' },
        // Review r326: right for neither 项目支出 (48.26%) nor the change (13.44%): said of 项目支出.
        { severity: 'error', first: '公开说明!A3', message: '占比应为 48.26%（718.22 万元 ÷ 1,488.29 万元），文中为 50.00%。' },
      ],
    },
    {
      // helper-h316: the wrong twins of a list after two years' amounts: said of its year's whole.
      name: 'a list after two years’ amounts listed with 分别, wrong: of its year’s whole',
      sheets: [
        sheet('公开说明', [
          ['2021年度和2022年度“三公”经费支出分别为5.01万元、4.99万元，其中2022年度公务接待费0.20万元，占3.99%。'],
          ['2021年度和2022年度“三公”经费支出分别为5.01万元、4.99万元，其中2021年度公务接待费0.26万元，占5.21%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 4.01%（0.20万元 ÷ 4.99万元），文中为 3.99%。' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 5.19%（0.26万元 ÷ 5.01万元），文中为 5.21%。' },
      ],
    },
    {
      // helper-h298: last year's share held to last year's whole, one figure wrong: said with the 上年数.
      name: 'a share in a clause of last year, wrong: said of last year’s whole',
      sheets: [sheet('公开说明', [['2022年度一般公共预算财政拨款支出1363.45万元，占支出总计的91.61%；2021年度一般公共预算财政拨款支出702.89万元，占支出总计的39.50%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字“702.89万元,占支出总计的39.50%”：占比应为 39.02%（702.89万元 ÷ 上年1,801.23 万元），文中为 39.50%。' }],
    },
    {
      // review r309: the wrong twins, each held to its own clause's year (this year's list after last year's clause was unread).
      name: 'a share of its clause’s year after a clause of another, wrong: held to that year’s whole',
      sheets: [
        sheet('公开说明', [
          ['2021年度“三公”经费支出5.01万元；2022年度“三公”经费支出4.99万元，其中：公务用车购置及运行维护费4.79万元，占90.00%；公务接待费0.20万元，占4.01%。'],
          ['2022年度“三公”经费支出4.99万元；2021年度“三公”经费支出5.01万元，其中：公务用车购置及运行维护费4.75万元，占90.81%；公务接待费0.26万元，占5.19%。'],
          ['2021年度一般公共预算财政拨款支出702.89万元，占支出总计的39.02%；2022年度1363.45万元，占91.00%。'],
          ['2022年度一般公共预算财政拨款支出1363.45万元，占支出总计的91.61%；2021年度702.89万元，占38.02%。'],
          ['一是2021年度一般公共预算财政拨款支出702.89万元，占支出总计的38.02%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 95.99%（4.79万元 ÷ 4.99万元），文中为 90.00%。' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 94.81%（4.75万元 ÷ 5.01万元），文中为 90.81%。' },
        { severity: 'error', first: '公开说明!A3', message: '占比应为 91.61%（1363.45万元 ÷ 1,488.29 万元），文中为 91.00%。' },
        { severity: 'error', first: '公开说明!A4', message: '占比应为 39.02%（702.89万元 ÷ 上年1,801.23 万元），文中为 38.02%。' },
        { severity: 'error', first: '公开说明!A5', message: '占比应为 39.02%（702.89万元 ÷ 上年1,801.23 万元），文中为 38.02%。' },
      ],
    },
    {
      name: 'a 三公 item’s share in a clause of last year, wrong: said of last year’s 三公',
      sheets: [sheet('公开说明', [['2021年度公务用车购置及运行维护费4.75万元，占“三公”经费的95.81%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 94.81%（4.75万元 ÷ 上年5.01 万元），文中为 95.81%。' }],
    },
    {
      // helper-h298: this year's share beside last year's (a clause of this year's after one of last year's) still held to this year's.
      name: 'this year’s share after a clause of last year, wrong',
      sheets: [sheet('公开说明', [['2021年度一般公共预算财政拨款支出702.89万元，占支出总计的39.02%；2022年度一般公共预算财政拨款支出1363.45万元，占支出总计的91.00%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 91.61%（1363.45万元 ÷ 1,488.29 万元），文中为 91.00%。' }],
    },
    {
      // review r292 (a guard: text-shares reads the tables' year, else the 说明数据's, as text-figures): this year's, named by
      // the 说明数据's 年度 in a workbook whose tables state no year, still held.
      name: 'this year’s share named by its year in a workbook whose tables state no year, wrong',
      grid: shanghaiFixture,
      data: withShanghaiIndicators,
      sheets: [sheet('公开说明', [['2024年度一般公共预算财政拨款支出4029.01万元，占本年支出合计的86.12%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 88.74%（4029.01万元 ÷ 4,540.11 万元），文中为 86.12%' }],
    },
    {
      // helper-h237: the item's own share after its bracketed 其中 (…（其中：…），占95.96%) stood before the 其中 taken for the list's:
      // unread, a wrong one passed.
      name: 'a wrong share of an item after its bracketed 其中, with or without the list’s own 其中',
      grid: shanghaiFixture,
      sheets: [
        sheet('公开说明', [
          ['2022年度收入合计4,544.51万元，财政拨款收入4,179.01万元（其中：一般公共预算4,029.01万元、政府性基金预算150.00万元），占95.96%；事业收入320.00万元，占7.04%。'],
          ['2022年度收入合计4,544.51万元，其中：财政拨款收入4,179.01万元（其中：一般公共预算4,029.01万元、政府性基金预算150.00万元），占95.96%；事业收入320.00万元，占7.04%。'],
          // The total stated alone in the sentence before (中央 template): each share of it. Unread, a wrong one passed.
          ['2022年度收入合计4,544.51万元。财政拨款收入4,179.01万元（其中，一般公共预算4,029.01万元，政府性基金预算150.00万元），占95.96%；事业收入320.00万元，占7.04%。'],
          ['2022年度收入合计4,544.51万元。财政拨款收入4,179.01万元，占91.96%；事业收入320.00万元，占7.66%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 91.96%（4,179.01万元 ÷ 4,544.51万元），文中为 95.96%' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 91.96%（4,179.01万元 ÷ 4,544.51万元），文中为 95.96%' },
        { severity: 'error', first: '公开说明!A3', message: '占比应为 91.96%（4,179.01万元 ÷ 4,544.51万元），文中为 95.96%' },
        { severity: 'error', first: '公开说明!A4', message: '占比应为 7.04%（320.00万元 ÷ 4,544.51万元），文中为 7.66%' },
      ],
    },
    {
      // helper-h236: shares with 分别 after amounts listed right after their names with no 分别 (RESPECTIVE_SHARES asked for 分别为):
      // unread, a wrong share passed.
      name: 'wrong shares with 分别 after amounts listed with no 分别 (人员经费、公用经费577.84万元、67.39万元，分别占…); a list after 各占',
      sheets: [
        sheet('公开说明', [
          ['2022年度人员经费、公用经费577.84万元、67.39万元，分别占基本支出的10.44%、89.56%。'],
          ['2022年度人员经费和公用经费分别为577.84万元、67.39万元，各占基本支出的10.44%、89.56%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '文中为 10.44%' },
        { severity: 'error', first: '公开说明!A1', message: '文中为 89.56%' },
        { severity: 'error', first: '公开说明!A2', message: '文中为 10.44%' },
        { severity: 'error', first: '公开说明!A2', message: '文中为 89.56%' },
      ],
    },
    {
      // helper-h222: unread, a wrong share of two amounts' sum passed; and one not the largest-remainder rounding is held to
      // half a unit of its last digit (0.2% of 0.04%).
      name: 'a share of two amounts’ sum (两项合计占…) wrong, or not the largest-remainder rounding of a list making 100.0%',
      grid: () => ({ sheets: [] }),
      sheets: [
        sheet('公开说明', [
          ['本年收入合计10,000.00万元，其中：财政拨款收入4,023.00万元，占40.2%；事业收入4,323.00万元，占43.2%；经营收入3.00万元，附属单位上缴收入1.00万元，两项合计占0.9%；其他收入1,650.00万元，占16.5%。'],
          ['本年收入合计10,000.00万元，其中：财政拨款收入4,023.00万元，占40.1%；事业收入4,323.00万元，占43.2%；经营收入3.00万元，附属单位上缴收入1.00万元，两项合计占0.2%；其他收入1,650.00万元，占16.5%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 0.04%（3.00万元、1.00万元之和 ÷ 10,000.00万元），文中为 0.9%。' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 40.23%（4,023.00万元 ÷ 10,000.00万元），文中为 40.1%。' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 0.04%（3.00万元、1.00万元之和 ÷ 10,000.00万元），文中为 0.2%。' },
      ],
    },
    {
      // helper-h230: shares adding up to 100.0% of parts that do not make the whole (经营收入、附属单位上缴收入 left out): the
      // unit left to 100% is theirs, not a remainder's; given to the largest remainder, a share 0.07 off its own passed.
      name: 'shares making 100.0% of parts that do not make their whole, one rounded up more than half a unit',
      grid: () => ({ sheets: [] }),
      sheets: [sheet('公开说明', [['本年收入合计10,000.00万元，其中：财政拨款收入4,023.00万元，占40.3%；事业收入4,323.00万元，占43.2%；其他收入1,650.00万元，占16.5%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 40.23%（4,023.00万元 ÷ 10,000.00万元），文中为 40.3%。' }],
    },
    {
      // helper-h175: a bound in a 分别占 list left the whole list unread: its wrong bound and its wrong figure passed.
      name: 'shares listed with 分别占, one written 不足0.01% where its part is not under it, or beside a wrong figure',
      grid: () => ({ sheets: [] }),
      sheets: [
        sheet('公开说明', [
          ['本年支出合计150.00万元，其中：基本支出、项目支出分别为140.00万元、10.00万元，分别占93.33%、不足0.01%。'],
          ['本年支出合计150.00万元，其中基本支出149.99万元，项目支出0.01万元，分别占90.99%和不足0.01%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 6.67%（10.00万元 ÷ 150.00万元），文中为 不足0.01%。' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 99.99%（149.99万元 ÷ 150.00万元），文中为 90.99%。' },
      ],
    },
    {
      // Unread, 占不足0.01% of a share of 0.68% passed.
      name: 'a share written 不足0.01% where the part is not under 0.01% of its whole (a list, a named whole, a (类) line)',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年收入合计1,372.79万元，其中：财政拨款收入1,363.45万元，占99.32%；其他收入9.34万元，占不足0.01%。'],
          ['其他收入9.34万元，占本年收入合计的不足0.01%。'],
          ['一般公共服务（类）支出1,225.73万元，占不足0.01%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“9.34万元,占不足0.01%”：占比应为 0.68%（9.34万元 ÷ 1,372.79万元），文中为 不足0.01%。' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 0.68%' },
        { severity: 'error', first: '公开说明!A3', message: '占比应为 89.90%' },
      ],
    },
    {
      // 0.01 of 100.00 is 0.01% exactly: not under it.
      name: 'a share written 不足0.01% of a part that is 0.01% of its whole',
      grid: () => ({ sheets: [] }),
      sheets: [sheet('公开说明', [['本年支出合计100.00万元，其中：基本支出99.99万元，占99.99%；项目支出0.01万元，占不足0.01%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 0.01%（0.01万元 ÷ 100.00万元），文中为 不足0.01%' }],
    },
    {
      // helper-h132: the same wrong share written twice in one text (two sentences alike, two (类) lines in one paragraph) had
      // one id (its phrase): the second dropped, one wrong statement unreported.
      name: 'the same wrong share written twice in one cell (label share, a 其中 list, a 分别 list, a (类) line)',
      sheets: [
        sheet('公开说明', [
          ['财政拨款收入1,363.45万元，所占比重为93.32%。本年财政拨款收入1,363.45万元，所占比重为93.32%。'],
          ['2022年度基本支出770.07万元，其中：人员经费700.00万元，占80.90%。2022年度基本支出770.07万元，其中：人员经费700.00万元，占80.90%。'],
          ['一般公共服务支出、社会保障和就业支出分别为1225.73万元、47.25万元，分别占89.90%、3.74%。一般公共服务支出、社会保障和就业支出分别为1225.73万元、47.25万元，分别占89.90%、3.74%。'],
          ['一般公共服务（类）支出1,225.73万元，占80.90%。一般公共服务（类）支出1,225.73万元，占80.90%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 99.32%' },
        { severity: 'error', first: '公开说明!A1', message: '占比应为 99.32%' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 90.90%' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 90.90%' },
        { severity: 'error', first: '公开说明!A3', message: '占比应为 3.47%' },
        { severity: 'error', first: '公开说明!A3', message: '占比应为 3.47%' },
        { severity: 'error', first: '公开说明!A4', message: '占比应为 89.90%' },
        { severity: 'error', first: '公开说明!A4', message: '占比应为 89.90%' },
      ],
    },
    {
      name: 'a wrong share after 其中 of the 决算 the sentence before states after its budget',
      sheets: [sheet('公开说明', [['“三公”经费财政拨款支出预算为5.00万元，决算为4.99万元。其中：公务用车购置及运行维护费4.79万元，占95.99%；公务接待费0.20万元，占5.01%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '4.01%' }],
    },
    {
      // helper-h105: unread, a wrong share passed.
      name: 'a wrong share of a 三公 item stating no amount (…公务接待费占4.10%)',
      sheets: [sheet('公开说明', [['“三公”经费中，公务用车购置及运行维护费占95.99%，公务接待费占4.10%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字“公务接待费占4.10%”：占比应为 4.01%' }],
    },
    {
      // helper-h105: no whole said, the shares of a list of 类 went unread.
      name: 'a wrong share of 类 listed by name with 分别 (…分别占89.90%、3.74%)',
      sheets: [sheet('公开说明', [['一般公共服务支出、社会保障和就业支出分别为1225.73万元、47.25万元，分别占89.90%、3.74%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 3.47%' }],
    },
    {
      name: 'a wrong share of the 人员经费 of the department’s 基本支出 (its stated amount over the 基本支出)',
      sheets: [sheet('公开说明', [['2022年度基本支出770.07万元，其中：人员经费700.00万元，占80.90%；公用经费70.07万元，占9.10%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 90.90%（700.00万元 ÷ 770.07万元），文中为 80.90%。' }],
    },
    {
      name: 'one wrong share after a label’s amount, its sentence naming no whole (江西, 重庆: unread): said of the year’s total',
      sheets: [sheet('公开说明', [['财政拨款收入1,363.45万元，所占比重为93.32%。'], ['项目支出718.22万元，占比28.26%。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 99.32%（1,363.45万元 ÷ 1,372.79 万元），文中为 93.32%。' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 48.26%（718.22万元 ÷ 1,488.29 万元），文中为 28.26%。' },
      ],
    },
    {
      name: 'a wrong share in a list of 类 without their mark and with no whole said, with amounts or without (湖南, 黑龙江: unread)',
      sheets: [
        sheet('公开说明', [
          ['一般公共服务支出1225.73万元，占89.9%；社会保障和就业支出47.25万元，占3.5%；卫生健康支出34.07万元，占2.5%；住房保障支出37.84万元，占2.8%；其他支出18.55万元，占3.1%。'],
          ['一般公共预算财政拨款支出结构：一般公共服务支出占89.90%，社会保障和就业支出占3.47%，卫生健康支出占2.05%，住房保障支出占2.78%，其他支出占1.35%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“其他支出18.55万元,占3.1%”：占比应为 1.36%（18.55万元 ÷ 1,363.45 万元），文中为 3.1%。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字“卫生健康支出占2.05%”：占比应为 2.50%（34.07 万元 ÷ 1,363.45 万元），文中为 2.05%。' },
      ],
    },
    {
      // Unread: with no 其中 and no …中，, shares were checked only against their own sum when they made 100%.
      name: 'a wrong share naming no whole after the whole the sentence opens with (no 其中: 包括, 主要用于以下方面)',
      sheets: [
        sheet('公开说明', [
          ['本年支出合计1,488.29万元，基本支出770.07万元，占52.74%；项目支出718.22万元，占48.26%。'],
          ['2022年度一般公共预算财政拨款支出1,363.45万元，主要用于以下方面：一般公共服务支出1,225.73万元，占90.90%；社会保障和就业支出47.25万元，占3.47%；卫生健康支出34.07万元，占2.50%；住房保障支出37.84万元，占2.78%；其他支出18.55万元，占1.35%。'],
          ['本年收入合计1,372.79万元，包括财政拨款收入1,363.45万元，占99.42%；其他收入9.34万元，占0.68%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 51.74%（770.07万元 ÷ 1,488.29万元），文中为 52.74%' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 89.90%（1,225.73万元 ÷ 1,363.45万元），文中为 90.90%' },
        { severity: 'error', first: '公开说明!A3', message: '占比应为 99.32%（1,363.45万元 ÷ 1,372.79万元），文中为 99.42%' },
      ],
    },
    {
      // Unread: one share was not enough to take the amount before it for its whole, nor a list after the whole's change.
      name: 'a wrong share naming no whole, alone after the whole the sentence opens with, or after the whole’s own change',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年支出合计1,488.29万元，基本支出770.07万元，占52.74%。'],
          ['2022年度本年支出合计1,488.29万元，比上年减少312.94万元，下降17.37%，基本支出770.07万元，占51.74%；项目支出718.22万元，占49.26%。'],
          // review79: the comparison worded otherwise (相比上年, 同上年相比, 对比上年).
          ['2022年度本年支出合计1,488.29万元，相比上年减少312.94万元，基本支出770.07万元，占52.74%。'],
          ['2022年度本年支出合计1,488.29万元，同上年相比减少312.94万元，基本支出770.07万元，占52.74%。'],
          ['2022年度本年支出合计1,488.29万元，对比上年减少312.94万元，基本支出770.07万元，占52.74%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 51.74%（770.07万元 ÷ 1,488.29万元），文中为 52.74%' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 48.26%（718.22万元 ÷ 1,488.29万元），文中为 49.26%' },
        { severity: 'error', first: '公开说明!A3', message: '占比应为 51.74%（770.07万元 ÷ 1,488.29万元），文中为 52.74%' },
        { severity: 'error', first: '公开说明!A4', message: '占比应为 51.74%（770.07万元 ÷ 1,488.29万元），文中为 52.74%' },
        { severity: 'error', first: '公开说明!A5', message: '占比应为 51.74%（770.07万元 ÷ 1,488.29万元），文中为 52.74%' },
      ],
    },
    {
      // Three items of 10.005 万元 show 10.01 each, and their whole of 30.015 shows 30.02: the parts' sum is over it by
      // their rounding. Held to 1 元 a part, the whole was dropped and the shares held to the parts' own sum (30.03).
      name: 'a wrong share of the whole the sentence opens with, where the rounded parts add up to 0.01 万元 more than it',
      sheets: [sheet('公开说明', [['某专项支出30.02万元，主要用于以下方面：甲项目10.01万元，占33.34%；乙项目10.01万元，占35.34%；丙项目10.01万元，占31.34%。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 33.34%（10.01万元 ÷ 30.02万元），文中为 35.34%' },
        { severity: 'error', first: '公开说明!A1', message: '占比应为 33.34%（10.01万元 ÷ 30.02万元），文中为 31.34%' },
      ],
    },
    {
      // Unread: 分别占 was read only after amounts stated with 分别 (分别为X万元、Y万元).
      name: 'a wrong share stated with 分别 after amounts each named on its own, of a named whole or of the sentence’s',
      sheets: [
        sheet('公开说明', [
          ['本年支出合计1,488.29万元，其中基本支出770.07万元，项目支出718.22万元，分别占本年支出合计的52.74%、48.26%。'],
          ['本年支出合计1,488.29万元，基本支出770.07万元，项目支出718.22万元，分别占51.74%、46.26%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 51.74%（770.07万元 ÷ 1,488.29 万元），文中为 52.74%' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 48.26%（718.22万元 ÷ 1,488.29万元），文中为 46.26%' },
      ],
    },
    {
      // Unread without a 其中 before the items.
      name: 'a wrong 三公 item share naming no whole in the sentence after the one stating the 三公 total',
      sheets: [sheet('公开说明', [['2022年度“三公”经费财政拨款支出决算为4.99万元。公务用车购置及运行维护费4.79万元，占96.99%；公务接待费0.20万元，占4.01%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 95.99%（4.79万元 ÷ 4.99万元），文中为 96.99%' }],
    },
    {
      // review43: with no whole in their sentence, any shares passed.
      name: 'shares with no whole said that add up to 100% but are not of their sum',
      sheets: [sheet('公开说明', [['2022年度本年支出1,488.29万元。基本支出770.07万元，占57.14%；项目支出718.22万元，占42.86%。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 51.74%（770.07万元 ÷ 1,488.29 万元），文中为 57.14%' },
        { severity: 'error', first: '公开说明!A1', message: '占比应为 48.26%（718.22万元 ÷ 1,488.29 万元），文中为 42.86%' },
      ],
    },
    {
      name: 'shares stated with 分别 after amounts stated with 分别 (the unit after each or once after the last): each of the list’s whole, of a named whole or of one in general words',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年支出1,488.29万元，其中：基本支出、项目支出分别为770.07万元和718.22万元，分别占51.47%和48.26%。'],
          ['2022年度本年支出1,488.29万元，其中：基本支出、项目支出分别为770.07、718.22万元，分别占51.74%、48.62%。'],
          ['2022年度基本支出、项目支出分别为770.07万元和718.22万元，分别占本年支出合计的51.74%和48.62%。'],
          ['2022年度基本支出、项目支出分别为770.07万元和718.22万元，分别占总支出的51.74%和48.62%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 51.74%（770.07万元 ÷ 1,488.29万元），文中为 51.47%' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 48.26%（718.22万元 ÷ 1,488.29万元），文中为 48.62%' },
        { severity: 'error', first: '公开说明!A3', message: '占比应为 48.26%（718.22万元 ÷ 1,488.29 万元），文中为 48.62%' },
        { severity: 'error', first: '公开说明!A4', message: '占比应为 48.26%（718.22万元 ÷ 1,488.29 万元），文中为 48.62%' },
      ],
    },
    {
      name: 'wrong shares of a total named in general words: of the list’s whole, else of the year’s 本年收入合计/本年支出合计; a label’s 总额 is the label’s figure',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入合计1,372.79万元。其中：财政拨款收入1,363.45万元，占总收入的98.32%。'],
          ['基本支出770.07万元，占支出总额的50.74%。'],
          ['公务用车购置及运行维护费4.79万元，占三公经费总额的94.99%。'],
          ['一般公共服务支出1,225.73万元，占一般公共预算财政拨款支出总额的88.90%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 99.32%（1,363.45万元 ÷ 1,372.79万元），文中为 98.32%' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 51.74%（770.07万元 ÷ 1,488.29 万元），文中为 50.74%' },
        { severity: 'error', first: '公开说明!A3', message: '占比应为 95.99%（4.79万元 ÷ 4.99 万元），文中为 94.99%' },
        { severity: 'error', first: '公开说明!A4', message: '占比应为 89.90%（1,225.73万元 ÷ 1,363.45 万元），文中为 88.90%' },
      ],
    },
    {
      name: 'a wrong share in the second of two paragraphs of one cell, of its own total',
      sheets: [sheet('公开说明', [['2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元，占99.32%；其他收入9.34万元，占0.68%\n2022年度本年支出1,488.29万元，其中：基本支出770.07万元，占52.74%；项目支出718.22万元，占48.26%']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 51.74%（770.07万元 ÷ 1,488.29万元），文中为 52.74%' }],
    },
    {
      name: 'the 类 written 一般公共服务（类）支出X万元, a share wrong',
      sheets: [sheet('公开说明', [['一般公共服务（类）支出1,225.73万元，占89.90%；社会保障和就业（类）支出47.25万元，占3.47%；卫生健康（类）支出34.07万元，占5.50%；住房保障（类）支出37.84万元，占2.78%；其他（类）支出18.55万元，占1.35%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 2.50%（34.07万元 ÷ 1,363.45 万元），文中为 5.50%' }],
    },
    {
      name: 'shares of a whole named before 中 with no amount (上海 §七（二）: “三公”经费财政拨款支出决算中，…占…)',
      sheets: [sheet('公开说明', [['“三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算4.79万元，占95.99%；公务接待费支出决算0.20万元，占5.01%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 4.01%（0.20万元 ÷ 4.99 万元），文中为 5.01%' }],
    },
    {
      name: 'a share of 基本支出 that fits neither table 05’s nor the department’s',
      sheets: [sheet('公开说明', [['人员经费577.84万元，占基本支出的88.56%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '文中为 88.56%' }],
    },
    {
      // Worked out from the stated 1,336.45, the message asked to change a right 99.32% to 97.35%.
      name: 'a share after its amount stated wrong (text-figures says so) is worked out from the table’s figure',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年收入合计1,372.79万元，其中：财政拨款收入1,336.45万元，占99.32%；其他收入9.34万元，占0.68%。'],
          ['2022年度本年收入合计1,372.79万元，其中：财政拨款收入1,336.45万元，占97.35%；其他收入9.34万元，占0.68%。'],
        ]),
      ],
      errors: [{ severity: 'error', first: '公开说明!A2', message: '占比应为 99.32%（1,363.45 万元 ÷ 1,372.79万元），文中为 97.35%' }],
    },
    {
      // 北京, 浙江, 广东: the whole named once, in the list's first share.
      name: 'a list whose first share names its whole and the later ones do not (…占一般公共预算财政拨款支出的89.90%；…占2.87%)',
      sheets: [sheet('公开说明', [['一般公共服务支出1,225.73万元，占一般公共预算财政拨款支出的89.90%；住房保障支出37.84万元，占2.87%。'], ['一般公共服务支出1,225.73万元，占一般公共预算财政拨款支出的89.90%；住房保障支出37.84万元，占2.78%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 2.78%（37.84万元 ÷ 1,363.45 万元），文中为 2.87%' }],
    },
    {
      // Said of table 03's 770.07 (the label's first figure), the message asked for 75.04%: a wrong figure to publish.
      name: 'a share of 基本支出 that fits none, after the sentence states its 基本支出: said of that whole',
      sheets: [sheet('公开说明', [['一般公共预算财政拨款基本支出645.23万元，其中：人员经费577.84万元，占基本支出的88.56%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 89.56%（577.84万元 ÷ 645.23 万元），文中为 88.56%' }],
    },
    {
      name: 'the 类 listed in one paragraph (上海), a share after the first wrong',
      sheets: [sheet('公开说明', [['1、一般公共服务支出（类）1,225.73万元，占89.90%；社会保障和就业支出（类）47.25万元，占3.47%；卫生健康支出（类）34.07万元，占5.50%；住房保障支出（类）37.84万元，占2.78%；其他支出（类）18.55万元，占1.35%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 2.50%（34.07万元 ÷ 1,363.45 万元），文中为 5.50%' }],
    },
    {
      name: 'a share with one decimal beyond half a unit of its last digit (91.61% as 91.7%)',
      sheets: [sheet('公开说明', [['2022年度一般公共预算财政拨款支出1,363.45万元，占本年支出合计的91.7%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 91.61%（1,363.45万元 ÷ 1,488.29 万元），文中为 91.7%' }],
    },
    {
      name: 'a wrong share in the other wordings (占比, 所占比重为, （占…）, 占…的比例为)',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元，占比99.00%；其他收入9.34万元，占比0.68%。'],
          ['2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元，所占比重为99.32%；其他收入9.34万元，所占比重为1.68%。'],
          ['2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元（占98.32%），其他收入9.34万元（占0.68%）。'],
          ['2022年度一般公共预算财政拨款支出1,363.45万元，占本年支出合计的比例为92.61%。'],
          ['一般公共服务支出（类）1,225.73万元（占88.90%）；社会保障和就业支出（类）47.25万元，占比3.47%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 99.32%' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 0.68%' },
        { severity: 'error', first: '公开说明!A3', message: '占比应为 99.32%' },
        { severity: 'error', first: '公开说明!A4', message: '占比应为 91.61%' },
        { severity: 'error', first: '公开说明!A5', message: '占比应为 89.90%' },
      ],
    },
    {
      name: 'a wrong share of the 三公 total named as departments write it (占“三公”经费的…)',
      sheets: [sheet('公开说明', [['公务用车购置及运行维护费4.79万元，占“三公”经费的96.99%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '占比应为 95.99%（4.79万元 ÷ 4.99 万元），文中为 96.99%' }],
    },
    {
      name: 'a share that is not the amount over the total',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元，占99.00%；其他收入9.34万元，占0.68%。'],
          ['2022年度一般公共预算财政拨款支出1,363.45万元，占本年支出合计的92.61%。'],
          ['2022年度本年支出14,882,900.00元，其中：基本支出7,700,700.00元，占50.74%；项目支出7,182,200.00元，占48.26%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 99.32%' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 91.61%' },
        { severity: 'error', first: '公开说明!A3', message: '占比应为 51.74%（7,700,700.00元 ÷ 14,882,900.00元）' },
      ],
    },
    {
      name: 'wrong shares worded 占比达, 约占, 占…比重为 without 的, and of a whole with its amount in brackets',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元，占比达93.32%；其他收入9.34万元，占比0.68%。'],
          ['2022年度本年支出1,488.29万元，其中：基本支出770.07万元，约占62%；项目支出718.22万元，约占48%。'],
          ['2022年度一般公共预算财政拨款支出1,363.45万元，占本年支出合计比重为96.11%。'],
          ['财政拨款收入1,363.45万元，占本年收入（1,372.79万元）的93.92%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 99.32%（1,363.45万元 ÷ 1,372.79万元），文中为 93.32%' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 51.74%（770.07万元 ÷ 1,488.29万元），文中为 62%' },
        { severity: 'error', first: '公开说明!A3', message: '占比应为 91.61%（1,363.45万元 ÷ 1,488.29 万元），文中为 96.11%' },
        { severity: 'error', first: '公开说明!A4', message: '占比应为 99.32%（1,363.45万元 ÷ 1,372.79万元），文中为 93.92%' },
      ],
    },
    {
      name: 'wrong shares of a named total with nothing between its name and the rate (占本年收入合计93.32%)',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年收入合计1372.79万元，其中：财政拨款收入1363.45万元，占本年收入合计93.32%。'],
          ['财政拨款收入占本年收入合计93.32%。'],
          ['（一）一般公共服务（类）支出1225.73万元，占一般公共预算财政拨款支出98.90%。'],
          ['一般公共服务支出（类）：1225.73万元，占98.90%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 99.32%（1363.45万元 ÷ 1,372.79 万元），文中为 93.32%' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 99.32%（1,363.45 万元 ÷ 1,372.79 万元）' },
        { severity: 'error', first: '公开说明!A3', message: '占比应为 89.90%' },
        { severity: 'error', first: '公开说明!A4', message: '占比应为 89.90%' },
      ],
    },
    {
      name: 'a wrong share of a named whole after the part named alone: of the part’s figure in the tables (a 财政拨款 whole’s 基本支出 is table 05’s)',
      sheets: [
        sheet('公开说明', [
          ['财政拨款收入占本年收入合计的93.32%。'],
          ['基本支出占一般公共预算财政拨款支出的42.37%。'],
          ['公务接待费支出占“三公”经费支出的40.10%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“财政拨款收入占本年收入合计的93.32%”：占比应为 99.32%（1,363.45 万元 ÷ 1,372.79 万元）' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 47.32%（645.23 万元 ÷ 1,363.45 万元），文中为 42.37%' },
        { severity: 'error', first: '公开说明!A3', message: '占比应为 4.01%（0.20 万元 ÷ 4.99 万元），文中为 40.10%' },
      ],
    },
  ],
});
