import rule from '../../../../src/engine/audit/rules/textBasicItems';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts, referenceSheet } from '../../../support/referenceText';

const T6 = '一般公共预算财政拨款基本支出决算表';
const PERSONNEL = '基本工资、津贴补贴、伙食补助费、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、其他工资福利支出、退休费、抚恤金、生活补助、奖励金、其他对个人和家庭的补助';

testRule(rule, {
  valid: [
    {
      // helper-h125: 经济分类 classes listed before 分别, their amounts in turn, right; a 基本支出 of all sources (no table's) not read.
      name: '经济分类 classes listed before 分别, their amounts in turn (工资福利支出和商品和服务支出分别为…、…), right',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款基本支出645.23万元，其中：工资福利支出和商品和服务支出分别为556.87万元、64.11万元。'],
          ['2022年度人员经费577.84万元，其中：工资福利支出和对个人和家庭的补助分别为556.87万元、20.97万元。'],
          ['公用经费67.39万元，其中：商品和服务支出、资本性支出分别为64.11万元、3.28万元。'],
          ['2022年度基本支出770.07万元，其中：工资福利支出和商品和服务支出分别为650.00万元、100.00万元。'],
        ]),
      ],
    },
    {
      // helper-h126: a 款 of a 其中 or 包括 list written as a change from last year's amount to this year's (办公费由上年的10.00万元
      // 减少至8.46万元): its words taken for a name, a 提示 on a correct sentence.
      name: 'a 款 listed as a change from last year’s amount to this year’s (其中：办公费由上年的…减少至…), right',
      sheets: [
        sheet('公开说明', [
          ['2022年度公用经费支出67.39万元，其中：办公费由上年的10.00万元减少至8.46万元，差旅费由上年的5.00万元减少至4.27万元。'],
          ['公用经费67.39万元，主要包括：办公费由上年的10.00万元减少至8.46万元，差旅费4.27万元等。'],
        ]),
      ],
    },
    {
      // helper-h126: a comma before 分别 (主要包括工资福利支出和对个人和家庭的补助，分别为…): 分别为 taken for a name, a 提示 on a
      // correct sentence.
      name: '经济分类 classes listed before a comma and 分别 (主要包括…和…，分别为…、…), right',
      sheets: [
        sheet('公开说明', [
          ['人员经费577.84万元，主要包括工资福利支出和对个人和家庭的补助，分别为556.87万元、20.97万元。'],
          ['公用经费67.39万元，包括商品和服务支出、资本性支出，分别为64.11万元、3.28万元。'],
        ]),
      ],
    },
    ...correctTexts(),
    {
      name: 'a list joined with 和 / 及, a 类 named as a whole, a list left open with 等',
      sheets: [
        sheet('公开说明', [
          [`人员经费577.84万元，包括：${PERSONNEL.replace('、其他对个人和家庭的补助', '和其他对个人和家庭的补助')}。`],
          ['公用经费 67.39 万元，主要包括：商品和服务支出及资本性支出。'],
          ['其中：人员经费577.84万元，主要包括：基本工资、津贴补贴等；公用经费67.39万元，主要包括：办公费、差旅费等。'],
        ]),
      ],
    },
    {
      // Every province's 名词解释: what the words mean (印刷费, 会议费, 奖金 are 0 in table 06), not the department's items.
      name: '名词解释 entries whose definition lists what 人员经费 or 公用经费 covers',
      sheets: [
        sheet('公开说明', [
          ['十一、机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出，包括办公费、印刷费、邮电费、差旅费、会议费、福利费、日常维修费等。'],
          ['公用经费：指单位为保障机构正常运转、完成日常工作任务而发生的支出，包括办公费、印刷费、咨询费、会议费、培训费、公务接待费等。'],
          ['人员经费是指单位为保障机构正常运转而发生的人员支出，包括基本工资、津贴补贴、奖金、绩效工资、离休费、退休费等。'],
          ['（三）基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。其中：人员经费包括基本工资、奖金；公用经费包括办公费、会议费。'],
        ]),
      ],
    },
    {
      name: 'each item listed with table 06’s amount (135.62万元, 1,684,500.00 元, （12.60万元）)',
      sheets: [
        sheet('公开说明', [
          [
            `人员经费577.84万元，主要包括${PERSONNEL.split('、')
              .map((name, i) => (i === 0 ? `${name}135.62万元` : i === 1 ? `${name}1,684,500.00 元` : i === 2 ? `${name}（12.60万元）` : name))
              .join('、')}。`,
          ],
          ['公用经费67.39万元，主要包括：办公费8.46万元、差旅费4.27万元、商品和服务支出64.11万元等。'],
          // review44: 等 before an amount makes it several items' (津贴补贴等304.07万元); 等 within the list leaves it open.
          ['人员经费577.84万元，主要包括：基本工资、津贴补贴等304.07万元，住房公积金37.84万元，退休费、抚恤金等20.97万元。'],
          ['人员经费577.84万元，包括：基本工资、津贴补贴等，退休费。'],
          // An amount after a run of names may be the run's together (办公费 8.46 + 邮电费 3.58).
          ['公用经费67.39万元，主要包括：办公费、邮电费12.04万元，差旅费4.27万元等。'],
          // helper-h236: names and as many amounts with no 分别: each in turn (the first amount was held to the last name: a 错误).
          ['公用经费67.39万元，主要包括：办公费、差旅费8.46万元、4.27万元。'],
          ['公用经费67.39万元，主要包括：办公费和差旅费8.46万元、4.27万元等。'],
        ]),
      ],
    },
    {
      // helper-h128: 日常公用经费 may be table 06's 公用经费 or a part of it (商品和服务支出, or less): what its list leaves out is not
      // known unless its amount is table 06's 公用经费 (a 错误 for each 款 of 公用经费 not named, on a sentence that may be correct).
      name: 'a list of 日常公用经费, which may be 公用经费 or a part of it (日常公用经费60.00万元，包括办公费、差旅费)',
      sheets: [
        sheet('公开说明', [
          ['日常公用经费60.00万元，包括办公费、差旅费、邮电费。'],
          ['日常公用经费包括办公费、差旅费、邮电费。'],
        ]),
      ],
    },
    {
      // helper-h128: names listed with 等 before 分别 (主要包括基本工资、津贴补贴等，分别为…): 分别为 was taken for a name, a 提示 on a
      // correct sentence. The list stays open (等): the items it leaves out are no 提示.
      name: 'names listed with 等 before 分别 (主要包括基本工资、津贴补贴等，分别为…、…), right',
      sheets: [
        sheet('公开说明', [
          ['人员经费577.84万元，主要包括基本工资、津贴补贴等，分别为135.62万元、168.45万元。'],
          ['公用经费67.39万元，主要包括办公费和差旅费等，分别为8.46万元、4.27万元。'],
          ['人员经费577.84万元，包括基本工资、津贴补贴等分别为135.62万元、168.45万元。'],
        ]),
      ],
    },
    {
      // 主要包括 promises no whole list: the main items with their amounts, or a few of many, leave none out (a dozen 提示 before).
      name: 'a 主要包括 list that is a selection of the main items: with their amounts, or naming fewer than half',
      sheets: [
        sheet('公开说明', [
          ['人员经费577.84万元，主要包括：基本工资135.62万元、津贴补贴168.45万元、机关事业单位基本养老保险缴费41.90万元、住房公积金37.84万元。'],
          ['公用经费67.39万元，主要包括：办公费8.46万元、劳务费12.30万元、委托业务费6.50万元、公务用车运行维护费4.79万元。'],
          ['人员经费577.84万元，主要包括：基本工资、津贴补贴、其他工资福利支出。'],
        ]),
      ],
    },
    {
      // 其中 names some parts: none is missing, a name that is no 款 (在职人员…) is another split, and 0 is not reported.
      name: 'parts after 其中 with table 06’s amounts (工资福利支出…、对个人和家庭的补助…; in brackets; a part of another split)',
      sheets: [
        sheet('公开说明', [
          ['2022年度人员经费577.84万元，其中：工资福利支出556.87万元、对个人和家庭的补助20.97万元。'],
          ['公用经费67.39万元，其中：商品和服务支出64.11万元，资本性支出3.28万元。'],
          ['人员经费577.84万元（其中：基本工资135.62万元，津贴补贴168.45万元），公用经费67.39万元（其中：办公费8.46万元）。'],
          ['人员经费577.84万元，其中：离退休人员77.00万元，基本工资135.62万元，比上年增加10.00万元。'],
          // Of another scope (§三's 人员经费 of all sources): not table 06's amount, its parts are not read.
          ['基本支出770.07万元，其中：人员经费690.12万元，其中：工资福利支出650.00万元。'],
        ]),
      ],
    },
    {
      // §三's 基本支出 of all sources (770.07, its 人员经费 not table 06's 577.84), or a list whose own amount is not said:
      // which table its items' amounts are from is not known.
      name: 'item amounts of a list of another scope, or of a list without the group’s amount',
      sheets: [
        sheet('公开说明', [
          ['本年支出合计1488.29万元，其中：基本支出770.07万元，人员经费690.12万元，主要包括：基本工资160.00万元、津贴补贴190.00万元等。'],
          ['人员经费主要包括：基本工资160.00万元、津贴补贴190.00万元等。'],
        ]),
      ],
    },
    {
      // helper-h255: a comparison after the list's names (办公费、差旅费较上年减少) or a change word ending a piece (会议费增加) is
      // what is said of them: 差旅费较上年减少 was taken for a name, a 提示 that it is no 经济分类 name on a right text. An amount
      // after the comparison is the change, not the name's.
      name: 'a list’s names followed by a comparison (办公费、差旅费较上年减少; 办公费8.46万元，比上年减少2.00万元)',
      sheets: [
        sheet('公开说明', [
          ['2022年度公用经费67.39万元，主要包括办公费、差旅费较上年减少。'],
          ['2022年度公用经费67.39万元，主要包括办公费、邮电费、差旅费比上年减少，其他商品和服务支出同比下降。'],
          ['2022年度公用经费67.39万元，主要包括办公费8.46万元，比上年减少2.00万元，差旅费4.27万元，较上年增加1.00万元。'],
          ['2022年度公用经费67.39万元，主要包括办公费、差旅费减少。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      // helper-h255: the name before the comparison is still read (印刷费 is 0 in table 06).
      name: 'a list’s names followed by a comparison: the names still read',
      sheets: [sheet('公开说明', [['2022年度公用经费67.39万元，主要包括办公费、印刷费较上年减少。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字列出公用经费包括“印刷费”，而一般公共预算财政拨款基本支出决算表中印刷费为 0 或空白' }],
    },
    {
      // helper-h236: names and as many amounts with no 分别 (办公费、差旅费8.46万元、4.27万元): the first amount was the last name's
      // (差旅费 8.46), a right text a 错误 and the swapped one passed. Each in turn now.
      name: 'names listed with as many amounts and no 分别, the amounts swapped (办公费、差旅费4.27万元、8.46万元)',
      sheets: [
        sheet('公开说明', [
          ['公用经费67.39万元，主要包括：办公费、差旅费4.27万元、8.46万元。'],
          ['公用经费67.39万元，主要包括：办公费和差旅费4.27万元、8.46万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写公用经费中“办公费4.27万元”，而一般公共预算财政拨款基本支出决算表中办公费为 8.46 万元' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写公用经费中“差旅费8.46万元”，而一般公共预算财政拨款基本支出决算表中差旅费为 4.27 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写公用经费中“办公费4.27万元”' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写公用经费中“差旅费8.46万元”' },
      ],
    },
    {
      // helper-h132: the same wrong item written twice in one text (two sentences alike) had one id: the second dropped, one
      // wrong statement unreported.
      name: 'the same wrong amount, item of 0 or uneven 分别 list written twice in one cell',
      sheets: [
        sheet('公开说明', [
          ['2022年度公用经费支出67.39万元，其中：办公费8.64万元。本年公用经费支出67.39万元，其中：办公费8.64万元。'],
          ['人员经费主要包括基本工资135.62万元、奖金10.00万元。人员经费主要包括基本工资135.62万元、奖金10.00万元。'],
          ['人员经费577.84万元，主要包括工资福利支出和对个人和家庭的补助，分别为556.87万元。人员经费577.84万元，主要包括工资福利支出和对个人和家庭的补助，分别为556.87万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写公用经费中“办公费8.64万元”' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写公用经费中“办公费8.64万元”' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字列出人员经费包括“奖金”' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字列出人员经费包括“奖金”' },
        { severity: 'warning', first: '公开说明!A3', message: '用“分别”列出人员经费的 2 项，却写了 1 个金额' },
        { severity: 'warning', first: '公开说明!A3', message: '用“分别”列出人员经费的 2 项，却写了 1 个金额' },
      ],
    },
    {
      // helper-h131: a 分别 list with fewer (or more) amounts than names: the list was read as names alone, 分别为 or the last
      // name with it taken for a name (a 提示 saying it is no 经济分类 name), and after 其中 nothing said. One finding now: the
      // list names N items and gives M amounts; the names still read as names, no amount paired with any.
      name: 'a 分别 list with fewer or more amounts than names (…和…，分别为556.87万元; 、…、…分别为…、…; 其中：…和…分别为…)',
      sheets: [
        sheet('公开说明', [
          ['人员经费577.84万元，主要包括工资福利支出和对个人和家庭的补助，分别为556.87万元。'],
          ['人员经费577.84万元，主要包括工资福利支出和对个人和家庭的补助分别为556.87万元。'],
          ['人员经费577.84万元，主要包括基本工资、津贴补贴、奖金，分别为135.62万元、168.45万元。'],
          ['公用经费67.39万元，包括商品和服务支出、资本性支出，分别为64.11万元、3.28万元、1.00万元。'],
          ['2022年度人员经费577.84万元，其中：工资福利支出和对个人和家庭的补助分别为556.87万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A3', message: '说明文字列出人员经费包括“奖金”，而一般公共预算财政拨款基本支出决算表中奖金为 0 或空白' },
        { severity: 'warning', first: '公开说明!A1', message: '说明文字“工资福利支出和对个人和家庭的补助,分别为556.87万元”用“分别”列出人员经费的 2 项，却写了 1 个金额' },
        { severity: 'warning', first: '公开说明!A2', message: '用“分别”列出人员经费的 2 项，却写了 1 个金额' },
        { severity: 'warning', first: '公开说明!A3', message: '用“分别”列出人员经费的 3 项，却写了 2 个金额' },
        { severity: 'warning', first: '公开说明!A4', message: '用“分别”列出公用经费的 2 项，却写了 3 个金额' },
        { severity: 'warning', first: '公开说明!A5', message: '用“分别”列出人员经费的 2 项，却写了 1 个金额' },
      ],
    },
    {
      // helper-h126: a 款 of a 其中 list written as a change from last year's amount to this year's: this year's unread, a wrong one
      // passed.
      name: 'a wrong amount of a 款 listed as a change from last year’s amount to this year’s (其中：办公费由上年的…减少至…)',
      sheets: [sheet('公开说明', [['2022年度公用经费支出67.39万元，其中：办公费由上年的10.00万元减少至8.64万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写公用经费中“办公费8.64万元”，而一般公共预算财政拨款基本支出决算表中办公费为 8.46 万元' }],
    },
    {
      // helper-h128: 日常公用经费's list is still held where either reading says the same: an item of 人员经费 named in it, or one of
      // 0; and what it leaves out where its amount is table 06's 公用经费.
      name: 'a list of 日常公用经费 naming an item of 人员经费 or of 0, or of table 06’s 公用经费 with an item left out',
      sheets: [
        sheet('公开说明', [
          ['日常公用经费60.00万元，包括办公费、基本工资、印刷费。'],
          ['日常公用经费67.39万元，包括：办公费、手续费、邮电费、差旅费、维修(护)费、培训费、公务接待费、专用材料费、劳务费、委托业务费、工会经费、福利费、公务用车运行维护费、其他商品和服务支出。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“基本工资”，而基本工资（30101）属于人员经费' },
        { severity: 'error', first: '公开说明!A1', message: '公用经费包括“印刷费”，而一般公共预算财政拨款基本支出决算表中印刷费为 0 或空白' },
        { severity: 'error', first: '公开说明!A2', message: '漏了“办公设备购置”：一般公共预算财政拨款基本支出决算表中办公设备购置为 3.28 万元' },
      ],
    },
    {
      // helper-h128: names listed with 等 before 分别: each held to its amount in turn.
      name: 'a wrong amount of names listed with 等 before 分别 (主要包括基本工资、津贴补贴等，分别为…、…)',
      sheets: [sheet('公开说明', [['人员经费577.84万元，主要包括基本工资、津贴补贴等，分别为135.62万元、186.45万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写人员经费中“津贴补贴186.45万元”，而一般公共预算财政拨款基本支出决算表中津贴补贴为 168.45 万元' }],
    },
    {
      // helper-h126: a comma before 分别 (主要包括…和…，分别为…、…): the amounts unread, a wrong one passed.
      name: 'a wrong amount of 经济分类 classes listed before a comma and 分别 (主要包括…和…，分别为…、…)',
      sheets: [sheet('公开说明', [['人员经费577.84万元，主要包括工资福利支出和对个人和家庭的补助，分别为556.87万元、29.07万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写人员经费中“对个人和家庭的补助29.07万元”，而一般公共预算财政拨款基本支出决算表中对个人和家庭的补助为 20.97 万元' }],
    },
    {
      // helper-h125: 经济分类 classes joined by 和 (商品和服务支出 has one of its own) before 分别, their amounts after it in
      // turn, of 基本支出 or of its groups: unread, a wrong one passed.
      name: 'a wrong amount of 经济分类 classes listed before 分别 (工资福利支出和商品和服务支出分别为…、…)',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算财政拨款基本支出645.23万元，其中：工资福利支出和商品和服务支出分别为556.87万元、60.11万元。'],
          ['2022年度人员经费577.84万元，其中：工资福利支出和对个人和家庭的补助分别为556.87万元、21.97万元。'],
          ['公用经费67.39万元，其中：商品和服务支出、资本性支出分别为64.11万元、3.82万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写基本支出中“商品和服务支出60.11万元”，而一般公共预算财政拨款基本支出决算表中商品和服务支出为 64.11 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写人员经费中“对个人和家庭的补助21.97万元”，而一般公共预算财政拨款基本支出决算表中对个人和家庭的补助为 20.97 万元' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写公用经费中“资本性支出3.82万元”，而一般公共预算财政拨款基本支出决算表中资本性支出为 3.28 万元' },
      ],
    },
    {
      name: 'the department’s own list written as a term and its figures (人员经费：577.84万元，包括…): no 名词解释, an item of 0 named',
      sheets: [
        sheet('公开说明', [
          [`人员经费：577.84万元，包括：${PERSONNEL}、奖金。`],
          // 指 in a department's name or a phrase (指挥部, 指导) is no definition.
          [`昌吉州重点项目建设指挥部2022年度人员经费577.84万元，包括：${PERSONNEL}、奖金。`],
          [`在州财政局指导下，2022年度人员经费577.84万元，包括：${PERSONNEL}、奖金。`],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“奖金”' },
        { severity: 'error', first: '公开说明!A2', message: '“奖金”' },
        { severity: 'error', first: '公开说明!A3', message: '“奖金”' },
      ],
    },
    {
      name: 'a colloquial name standing for several 款 (社会保障缴费): a 提示, and none of its 款 said to be missing',
      sheets: [
        sheet('公开说明', [[`人员经费577.84万元，包括：${PERSONNEL.replace('机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费', '社会保障缴费')}。`]]),
      ],
      errors: [{ severity: 'warning', first: '公开说明!A1', message: '“社会保障缴费”，这不是经济分类科目的名称' }],
    },
    {
      name: 'an item of 0 named, a non-zero item left out, an item of the other group, a colloquial name',
      sheets: [
        sheet('公开说明', [
          [`人员经费577.84万元，包括：${PERSONNEL.replace('奖励金', '奖金')}。`],
          ['公用经费 67.39 万元，主要包括：办公费、水电费、手续费、邮电费、差旅费、维修(护)费、培训费、公务接待费、专用材料费、劳务费、委托业务费、工会经费、福利费、公务用车运行维护费、其他商品和服务支出、办公设备购置和基本工资。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '人员经费包括“奖金”，而一般公共预算财政拨款基本支出决算表中奖金为 0 或空白' },
        { severity: 'error', first: '公开说明!A1', includes: [`${T6}!C21`], message: '漏了“奖励金”：一般公共预算财政拨款基本支出决算表中奖励金为 0.50 万元' },
        { severity: 'error', first: '公开说明!A2', message: '“基本工资”，而基本工资（30101）属于人员经费' },
        { severity: 'warning', first: '公开说明!A2', message: '“水电费”，这不是经济分类科目的名称' },
      ],
    },
    {
      name: 'after 主要包括 (mainly: no whole list promised), a non-zero item left out is a 提示; an item of 0 named still a 错误',
      sheets: [sheet('公开说明', [[`人员经费577.84万元，主要包括：${PERSONNEL.replace('奖励金', '奖金')}。`]])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '人员经费包括“奖金”，而一般公共预算财政拨款基本支出决算表中奖金为 0 或空白' },
        { severity: 'warning', first: '公开说明!A1', includes: [`${T6}!C21`], message: '漏了“奖励金”：一般公共预算财政拨款基本支出决算表中奖励金为 0.50 万元' },
      ],
    },
    {
      name: 'the 中央 template’s fixed 主要包括 list as it stands, naming several 款 of 0: each a 提示',
      sheets: [
        sheet('公开说明', [
          ['人员经费577.84万元，主要包括：基本工资、津贴补贴、奖金、伙食补助费、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、医疗费、其他工资福利支出、离休费、退休费、抚恤金、生活补助、医疗费补助、奖励金、其他对个人和家庭的补助。'],
        ]),
      ],
      errors: ['奖金', '绩效工资', '医疗费', '离休费', '医疗费补助'].map((name) => ({ severity: 'warning' as const, first: '公开说明!A1', message: `人员经费包括“${name}”` })),
    },
    {
      name: 'an item’s amount that is not table 06’s (a 款, a 类 named as a whole, one in brackets; one in 元 that is)',
      sheets: [
        sheet('公开说明', [
          ['一般公共预算财政拨款基本支出645.23万元，其中：人员经费577.84万元，主要包括：基本工资153.62万元、津贴补贴1,684,500.00元、对个人和家庭的补助20.79万元等。'],
          ['公用经费67.39万元，主要包括：办公费（4.86万元）、差旅费4.27万元等。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: [`${T6}!C7`], message: '说明文字写人员经费中“基本工资153.62万元”，而一般公共预算财政拨款基本支出决算表中基本工资为 135.62 万元' },
        { severity: 'error', first: '公开说明!A1', includes: [`${T6}!C17`], message: '“对个人和家庭的补助20.79万元”，而一般公共预算财政拨款基本支出决算表中对个人和家庭的补助为 20.97 万元' },
        { severity: 'error', first: '公开说明!A2', includes: [`${T6}!F7`], message: '“办公费4.86万元”' },
      ],
    },
    {
      name: 'a 主要包括 selection with amounts: none said missing, a wrong amount still a 错误',
      sheets: [sheet('公开说明', [['公用经费67.39万元，主要包括：办公费8.46万元、劳务费12.03万元、委托业务费6.50万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写公用经费中“劳务费12.03万元”，而一般公共预算财政拨款基本支出决算表中劳务费为 12.30 万元' }],
    },
    {
      name: 'a part after 其中 whose amount is not table 06’s (湖北, 中央: unread before)',
      sheets: [
        sheet('公开说明', [
          ['2022年度人员经费577.84万元，其中：工资福利支出565.87万元、对个人和家庭的补助20.97万元。'],
          ['公用经费67.39万元，其中：商品和服务支出64.11万元，资本性支出3.82万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写人员经费中“工资福利支出565.87万元”，而一般公共预算财政拨款基本支出决算表中工资福利支出为 556.87 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写公用经费中“资本性支出3.82万元”，而一般公共预算财政拨款基本支出决算表中资本性支出为 3.28 万元' },
      ],
    },
    {
      name: 'the reference list where table 06 shows 培训费 as 0',
      sheets: [referenceSheet()],
      edits: [[T6, 'F12', 0]],
      errors: [{ severity: 'error', first: '公开说明!A77', includes: [`${T6}!F12`], message: '公用经费包括“培训费”' }],
    },
  ],
});
