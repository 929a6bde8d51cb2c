import rule from '../../../../src/engine/audit/rules/textCounts';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';
import { withForeignReception } from '../../../support/foreignReception';

/** The sample's 说明数据 with the 外宾 接待's counts: 1 批次, 5 人次. */

testRule(rule, {
  valid: [
    {
      // helper-h105: the wording the invalid case below holds, right.
      name: 'the 国内公务接待 人次 after the 批次’s bracket (国内公务接待共3批次（其中外事接待0批次），18人次), right',
      sheets: [sheet('公开说明', [['3.公务接待费支出0.20万元，与2022年度预算相比，持平。国内公务接待共3批次（其中外事接待0批次），18人次（其中外事接待0人次）。']])],
    },
    ...correctTexts(),
    {
      name: 'the counts in the other wordings departments use (为, 上海’s 共接待…批次、…人次 and 购置公务用车…辆), each the 说明数据’s',
      sheets: [
        sheet('公开说明', [
          ['2022年度，实有人数为38人，其中：在职人数33人，离休人数0人，退休人数5人。'],
          ['全年安排因公出国（境）团组0个、累计0人次。购置公务用车0辆。公务用车保有量为3辆。'],
          ['国内公务接待支出0.20万元。共接待3批次、18人次。'],
          ['车辆3辆，价值72.85万元；购置车辆0辆；单价100万元（含）以上设备（不含车辆）0台（套）。'],
          ['截止2022年12月31日，车辆3辆，其中：执法执勤车辆2辆，其他车辆1辆。本年新购车辆0辆。'],
        ]),
      ],
    },
    {
      name: 'counts of another year (上年在职人员35人, 2021年实有人数40人) or of the department’s parts (机关本级…，下属…) are not the 说明数据’s whole',
      sheets: [
        sheet('公开说明', [
          ['机关本级在职人员20人，下属政务服务中心在职人员13人。'],
          ['上年在职人员35人，本年在职人员33人。'],
          ['其中：办公室在职人员3人，财务科在职人员2人'],
          ['2021年实有人数40人，2022年实有人数38人。'],
        ]),
      ],
    },
    {
      name: 'a count the 说明数据 does not give is not compared',
      data: (json) => {
        delete json.事项.公务用车保有量;
      },
      sheets: [sheet('公开说明', [['公务用车保有量4辆。']])],
    },
    {
      name: 'counts as other forms write them (在职33人 without 人员, 名 as the unit, 共3批、18人 after the 公务接待 they count), each the 说明数据’s',
      sheets: [
        sheet('公开说明', [
          ['2022年度，本单位实有人数38人，其中：在职33人，离休0人，退休5人。'],
          ['本单位实有人数38名，其中：在职人员33名，离休人员0名，退休人员5名。'],
          ['国内公务接待费支出0.20万元，主要用于接待上级领导检查的就餐费，共3批、18人。'],
          ['2022年度国内公务接待支出0.20万元，全年共3批、累计18人次。'],
        ]),
      ],
    },
    {
      name: '在职 and 共…批 in other phrases are no count of the 说明数据 (在职人员工资, 在职职工人数, a change: 调入在职2人; last year’s; the parts; 外宾’s batches)',
      sheets: [
        sheet('公开说明', [
          ['本年在职人员工资调增，机关事业单位基本养老保险缴费支出增加41.90万元。'],
          ['在职职工人数35人，较上年增加2人。本年调入在职2人，退休1人，调出2人。'],
          ['上年在职35人，本年在职33人。机关本级在职20人，下属政务服务中心在职13人。'],
          ['国内公务接待费0.20万元，共3批、18人；外宾接待费0.50万元，共2批、10人。'],
          // review47: some of them, not the count.
          ['本年度有在职2人参加援疆交流。主要原因是：在职5人晋升职级，人员经费增加。本年调入在职人员2名，聘用在职人员8名。'],
        ]),
      ],
    },
    {
      // helper-h289: the people the year added (增加退休人员1人) read as the 退休人数 5, a right text was a 错误; this year's 在职 a
      // change ends on is the 说明数据's 33.
      name: 'people a change adds or takes (增加退休人员1人, 新增离休人员0人) are no count; 在职人数从35人减少到33人 ends on the 说明数据’s',
      sheets: [
        sheet('公开说明', [
          ['在职人数从35人减少到33人，增加退休人员1人。'],
          ['在职人员由上年的35人减少为33人，新增退休人员1人，减少离休人员1人。'],
        ]),
      ],
    },
    {
      // review r292: the 离休/退休 a change ends on is this year's (退休人数 5, 离休人数 0); another year's change, or 离退休's
      // (the two together), is not held.
      name: 'this year’s 退休/离休 a change ends on, right; another year’s or 离退休’s not held',
      sheets: [
        sheet('公开说明', [
          ['退休人员由上年的4人增加到5人，离休人员由1人减少为0人。'],
          ['2021年退休人员由3人增加到4人，2022年退休人员由4人增加到5人。'],
          ['离退休人员由5人增加到6人。'],
        ]),
      ],
    },
    {
      // 安徽: the 外事 part inside the 国内 count was read as the 国内 count itself (a false 错误).
      name: '外事接待 counted beside or inside the 国内 count (其中外事接待0批次) is not the 国内公务接待 count',
      sheets: [
        sheet('公开说明', [
          ['3.公务接待费支出0.20万元，与2022年度预算相比，持平。国内公务接待共3批次（其中外事接待0批次），18人次（其中外事接待0人次）。'],
          ['其中：外事接待0批次，0人次；国内公务接待3批次，18人次。'],
        ]),
      ],
    },
    {
      // helper-h107: a vehicle count's 其中 list of kinds, each kind within it; other words after it are no kind of the list.
      name: 'a vehicle count’s 其中 list of kinds adding up to it or less (其中：主要领导干部用车2辆，一般公务用车1辆), the list ending at other words',
      sheets: [
        sheet('公开说明', [
          ['2022年度本单位公务用车保有量3辆，其中：主要领导干部用车2辆，一般公务用车1辆。'],
          ['截至2022年12月31日，本部门共有车辆3辆，其中，部级领导干部用车0辆、主要负责人用车2辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部服务用车0辆、其他用车1辆。'],
          ['截至2022年12月31日，本单位共有车辆3辆，其中：主要领导干部用车2辆（其中新能源车1辆），其他用车1辆，新能源汽车1辆。'],
          ['截至2022年12月31日，本单位共有车辆3辆，其中：主要领导干部用车2辆、其他用车1辆，本年报废车辆1辆。'],
          ['截止2022年12月31日，车辆3辆，其中：执法执勤车辆2辆，其他车辆1辆。本年新购车辆0辆。'],
          ['截至2022年12月31日，本单位共有车辆3辆，其中：主要领导干部用车2辆。'],
          // A whole of kinds inside the list, and the kinds after it: its kinds, not the list's.
          ['截至2022年12月31日，本单位共有车辆3辆，其中：公务用车3辆，主要领导干部用车2辆，其他用车1辆。'],
          ['截至2022年12月31日，本单位共有车辆3辆，其中：公务用车3辆，含主要领导干部用车2辆、其他用车1辆。'],
        ]),
      ],
    },
    {
      // helper-h111: words after the kinds naming other vehicles (上年车辆4辆, 在用车辆3辆, 另有借用车辆1辆) or a kind again
      // (其他用车为一般公务用车1辆) were added to the kinds: a correct sentence was a 错误.
      name: 'a vehicle count’s kinds followed by other vehicles: last year’s, the whole again, borrowed, a kind restated',
      sheets: [
        sheet('公开说明', [
          ['截至2022年12月31日，本单位共有车辆3辆，其中：主要领导干部用车2辆、其他用车1辆，上年车辆4辆。'],
          ['截至2022年12月31日，本单位共有车辆3辆，其中：主要领导干部用车2辆、其他用车1辆，合计车辆3辆。'],
          ['截至2022年12月31日，本单位共有车辆3辆，其中：主要领导干部用车2辆、其他用车1辆，在用车辆3辆。'],
          ['截至2022年12月31日，本单位共有车辆3辆，其中：主要领导干部用车2辆、其他用车1辆，全部车辆3辆均为燃油车。'],
          ['截至2022年12月31日，本单位共有车辆3辆，其中：主要领导干部用车2辆、其他用车1辆，原有车辆4辆，报废1辆。'],
          ['截至2022年12月31日，本单位共有车辆3辆，其中：主要领导干部用车2辆、其他用车1辆，另有借用车辆1辆。'],
          ['截至2022年12月31日，本单位共有车辆3辆，其中：主要领导干部用车2辆、其他用车1辆、上级调拨车辆1辆（已计入其他用车）。'],
          ['本单位共有车辆3辆，其中：主要领导干部用车2辆，其他用车1辆，其他用车为一般公务用车1辆。'],
          ['本单位共有车辆3辆，其中：主要领导干部用车2辆，其他用车1辆，其他用车主要是一般公务用车1辆。'],
        ]),
      ],
    },
    {
      // helper-h107: the offices named after their count, names with a 、 inside brackets, quotes or their own words.
      name: 'a count of offices followed by as many names or fewer (names holding a 、; a list with 等; a unit counted apart)',
      sheets: [
        sheet('公开说明', [
          ['单位无下属预算单位，下设9个处室，分别是：办公室（组织人事科）、工程建设交易服务一科、工程建设交易服务二科、政府采购交易服务科、政务服务科、矿业权及产权交易服务科、信息科、“放管服”改革和优化营商环境督办科、“12345”政务服务便民热线受理中心。'],
          ['本单位下设3个科室，分别是：办公室（人事、财务）、政策法规、审批科、“放管服、优化营商环境”督办科。'],
          ['本单位内设机构5个，分别为：办公室、人事教育科、计划财务科、政策法规科、机关党委。'],
          ['本单位内设机构4个：综合科、财务审计科、业务一科、业务二科；下属事业单位1个：政务服务中心。'],
          ['本单位下设4个处室，包括办公室、信息科、政务服务科等。'],
          ['本单位下设2个处室和1个中心，分别是：办公室、信息科、政务服务中心。'],
          ['本单位下设2个科室：办公室、信息科，另设政务服务中心、便民热线受理中心。'],
          ['本单位下设4个处室：办公室、信息科、纪检监察、工会。'],
          // helper-h111: a unit set apart after a 、 (、另设…), or one stationed there (纪检组（派驻）): no office of the count.
          ['本单位下设3个科室：办公室、业务科、财务科、另设政务服务中心。'],
          ['本单位内设机构4个：办公室、业务科、信息科、机关党委、纪检组（派驻）。'],
          ['本单位内设机构3个：办公室、业务科、信息科、派驻纪检监察组。'],
          // Another count in the list: its names are not all of this count's.
          ['本单位下设2个处室和1个中心：办公室、信息科、政务服务中心。'],
          ['本单位内设机构9个，其中行政科室5个、事业科室4个。'],
        ]),
      ],
    },
    {
      // helper-h114: the count in Chinese numerals, as many names as it says.
      name: 'a count of offices in Chinese numerals followed by as many names (下设九个处室, 内设十二个职能处室)',
      sheets: [
        sheet('公开说明', [
          ['单位无下属预算单位，下设九个处室，分别是：办公室（组织人事科）、工程建设交易服务一科、工程建设交易服务二科、政府采购交易服务科、政务服务科、矿业权及产权交易服务科、信息科、“放管服”改革和优化营商环境督办科、“12345”政务服务便民热线受理中心。'],
          ['本单位内设十二个职能处室：办公室、政策法规处、财务处、人事处、审批一处、审批二处、审批三处、监督处、信息处、综合处、法规处、督查处。'],
          ['本单位下设两个科室：办公室、信息科。'],
          ['本单位下设二十个处室，包括办公室、信息科等。'],
        ]),
      ],
    },
    {
      // helper-h273: this year's count a change ends on (从…降为…, 由…减少为…, 由上年的…减少至…) is the 说明数据's; last year's count
      // and a change's size alone (比上年减少13人次) are not read: the 说明数据 has no count of last year.
      name: 'a count’s change ending on this year’s count (出国人次从29人降为16人, 公务用车保有量由4辆减少为3辆), right; last year’s and the size alone not read',
      data: (json) => {
        Object.assign(json.事项, { '因公出国（境）团组数': 2, '因公出国（境）人次': 16 });
      },
      sheets: [
        sheet('公开说明', [
          ['因公出国（境）费1.00万元，因公出国（境）团组2个，出国人次从29人降为16人，比上年减少13人次。'],
          ['因公出国（境）费1.00万元，因公出国（境）团组数由3个减少为2个，因公出国（境）人次由上年的29人次减少到16人次。'],
          ['截至2022年12月31日，公务用车保有量由4辆减少为3辆。上年公务用车保有量由5辆减少为4辆。'],
          ['国内公务接待费0.20万元，公务接待批次由5批次减少至3批次，公务接待人次由上年的30人次减少为18人次，接待批次比上年减少2批次。'],
          // The change's size after both ends is their difference; after other words or in another unit it is not read.
          ['截至2022年12月31日，公务用车保有量由4辆减少为3辆，减少1辆。公务接待批次由5批次减少至3批次，共减少2批次。'],
          ['截至2022年12月31日，公务用车保有量由4辆减少为3辆，其中报废2辆、新购1辆；驾驶员由4名减少为3名，减少1名。'],
          ['截至2022年12月31日，公务用车保有量由4辆减少为3辆，减少2名驾驶员。'],
        ]),
      ],
    },
    {
      // helper-h288: both 公务接待 counts' change with 分别 (批次和人次分别由…、…减少为…、…) ends on this year's counts, right; last
      // year's are not read, nor the 外宾's after a 外事 word, nor a 批次 and 人次 of no 公务接待 (a 培训's).
      name: 'both 公务接待 counts’ change with 分别 ending on this year’s (国内公务接待批次和人次分别由55批次、700人次减少为3批次、18人次), right; of no 公务接待 not read',
      sheets: [
        sheet('公开说明', [
          ['国内公务接待批次和人次分别由55批次、700人次减少为3批次、18人次。'],
          ['公务接待费0.20万元，接待批次、人次分别由上年的5批次、30人次下降至3批次、18人次。'],
          ['外宾接待费0.50万元，接待批次和人次分别由2批次、10人次减少为1批次、5人次。'],
          ['开展培训12期，培训批次和人次分别由10批次、300人次增加为12批次、360人次。'],
          // review r293: another matter's counts in a clause after the 公务接待's (held to the 接待's, two 错误).
          ['公务接待费0.20万元，培训批次和人次分别由5批次、30人次减少为4批次、40人次。'],
          ['公务接待费0.20万元，批次和人次分别由5批次、30人次减少为3批次、18人次。'],
        ]),
      ],
    },
    {
      // review r277: a size with words after it in its clause, or followed by another count of its unit (the ins and the outs),
      // is a part of the change, not its size: each was a 错误 on a right text.
      name: 'a count’s change followed by its parts, not its size (由4辆减少为3辆，增加1辆新能源汽车，报废2辆; 由37人增加为38人，增加3人，减少2人)',
      sheets: [
        sheet('公开说明', [
          ['截至2022年12月31日，公务用车保有量由4辆减少为3辆，增加1辆新能源汽车，报废2辆。'],
          ['截至2022年12月31日，公务用车保有量由5辆减少为3辆，减少1辆为报废，1辆为划转。'],
          ['截至2022年12月31日，公务用车保有量由4辆减少为3辆，减少2辆、新购1辆。'],
          ['实有人数由37人增加为38人，增加3人，减少2人。'],
          ['实有人数由40人减少为38人，减少5人，增加3人。'],
          ['截至2022年12月31日，公务用车保有量由4辆减少为3辆，增加1辆新能源汽车。实有人数由37人增加为38人，增加3人为新录用人员。'],
        ]),
      ],
    },
    {
      // helper-h273: the 国内 visitors named (共接待国内来访团组), the people named (接待人数, 接待来访人员 after a 公务接待), 总计.
      name: 'the 公务接待 counts of the visitors named (共接待国内来访团组3批次、18人次; 接待人数18人次; 接待来访人员18人次), right',
      sheets: [
        sheet('公开说明', [
          ['国内公务接待费0.20万元，全年共接待国内来访团组3批次、18人次。'],
          ['公务接待共3批次，接待人数18人次。'],
          ['公务接待费0.20万元，接待来访人员18人次。'],
          ['因公出国(境)团组0个，总计0人次。'],
        ]),
      ],
    },
    {
      // helper-h273: visitors without a 公务接待 before them are any office's (a 信访's 来访人员, a 招商's 来访团组), or the 外宾's
      // after a ；: not the 国内公务接待 counts.
      name: 'visitors that are no 国内公务接待 count (全年接待来访人员5200人次; 接待来访团组46批次; 外宾 after a ；)',
      sheets: [
        sheet('公开说明', [
          ['2022年度，全年接待来访人员5200人次，接待来访团组46批次，办理信访事项120件。'],
          ['国内公务接待费0.20万元，共3批次、18人次；外宾接待费0.50万元，接待来访人员10人次。'],
        ]),
      ],
    },
    {
      // review r321: 共 opening a clause of the foreign 公务接待 (国（境）外公务接待费…，共1批次5人次), or the sentence after one, counts the
      // 外宾: read as the 国内 counts (3, 18) it was a 错误 or two on a right text; the 说明数据 giving no 接待外宾 counts, unread.
      name: '共…批次 in a clause of the foreign 公务接待 (国（境）外公务接待费支出0.05万元，共1批次5人次), or after it: not the 国内 counts',
      sheets: [
        sheet('公开说明', [
          ['2022年度国（境）外公务接待费支出0.05万元，共1批次5人次。'],
          ['外宾公务接待费0.05万元，共1批次5人次。'],
          ['境外公务接待费支出0.05万元。共1批次，5人次。'],
        ]),
      ],
    },
    {
      // review r321: a bare 接待's counts right under the numbered heading of the foreign 接待 (（三）公务接待费 / 2.外事接待 / 支出0.05万元，
      // 接待1批次5人次) are that part's: the 说明数据's 接待外宾批次/人次, none given here: unread (held to the 国内 3 and 18, two 错误);
      // further on in its section too. The 国内 part's heading before it (1.国内公务接待) and its counts, right.
      name: 'a bare 接待’s counts under the numbered heading of the foreign 接待 (2.外事接待), the 说明数据 giving no 接待外宾 counts: unread',
      sheets: [
        sheet('公开说明', [
          ['（三）公务接待费'],
          ['1.国内公务接待'],
          ['支出0.15万元，接待3批次18人次。'],
          ['2.外事接待'],
          ['支出0.05万元，接待1批次5人次。'],
          ['主要为外方来访，接待2批次6人次。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      // helper-h288: unread, a wrong count passed.
      name: 'both 公务接待 counts’ change with 分别 ending on counts that are not the 说明数据’s (…分别由55批次、700人次减少为45批次、520人次)',
      sheets: [
        sheet('公开说明', [
          ['国内公务接待批次和人次分别由55批次、700人次减少为45批次、520人次。'],
          ['公务接待费0.20万元，接待批次、人次分别由上年的5批次、30人次下降至3批次、19人次。'],
          ['公务接待费0.20万元，批次和人次分别由5批次、30人次减少为4批次、18人次。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“国内公务接待批次和人次分别由55批次、700人次减少为45批次”，而说明数据“事项·国内公务接待批次”为 3。' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“国内公务接待批次和人次分别由55批次、700人次减少为45批次、520人次”，而说明数据“事项·国内公务接待人次”为 18。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“接待批次、人次分别由上年的5批次、30人次下降至3批次、19人次”，而说明数据“事项·国内公务接待人次”为 18。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“批次和人次分别由5批次、30人次减少为4批次”，而说明数据“事项·国内公务接待批次”为 3。' },
      ],
    },
    {
      // helper-h273: unread, a wrong count passed.
      name: 'a count’s change ending on a count that is not the 说明数据’s (出国人次从29人降为17人, 团组数由3个减少为1个, 保有量由4辆减少为2辆)',
      data: (json) => {
        Object.assign(json.事项, { '因公出国（境）团组数': 2, '因公出国（境）人次': 16 });
      },
      sheets: [
        sheet('公开说明', [
          ['因公出国（境）费1.00万元，因公出国（境）团组2个，出国人次从29人降为17人，比上年减少12人次。'],
          ['因公出国（境）费1.00万元，因公出国（境）团组数由3个减少为1个。'],
          ['截至2022年12月31日，公务用车保有量由4辆减少为2辆。'],
          ['国内公务接待费0.20万元，公务接待批次由5批次减少至4批次，公务接待人次由上年的30人次减少为19人次。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“出国人次从29人降为17人”，而说明数据“事项·因公出国（境）人次”为 16。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“因公出国(境)团组数由3个减少为1个”，而说明数据“事项·因公出国（境）团组数”为 2。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“公务用车保有量由4辆减少为2辆”，而说明数据“事项·公务用车保有量”为 3。' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“公务接待批次由5批次减少至4批次”，而说明数据“事项·国内公务接待批次”为 3。' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“公务接待人次由上年的30人次减少为19人次”，而说明数据“事项·国内公务接待人次”为 18。' },
      ],
    },
    {
      // helper-h273: the size of a count's change after both its ends was held to nothing (its last year's count is in no data).
      name: 'a count’s change whose size is not its ends’ difference, or goes against them (从29人降为16人，比上年减少12人次; 由4辆减少为3辆，增加1辆)',
      data: (json) => {
        Object.assign(json.事项, { '因公出国（境）团组数': 2, '因公出国（境）人次': 16 });
      },
      sheets: [
        sheet('公开说明', [
          ['因公出国（境）费1.00万元，因公出国（境）团组2个，出国人次从29人降为16人，比上年减少12人次。'],
          ['截至2022年12月31日，公务用车保有量由4辆减少为3辆，增加1辆。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“从29人降为16人,比上年减少12人次”，而由 29 到 16 是减少 13。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“由4辆减少为3辆,增加1辆”，而由 4 到 3 是减少 1。' },
      ],
    },
    {
      // helper-h273: unread, a wrong count passed.
      name: 'the 公务接待 counts of the visitors named, not the 说明数据’s (共接待国内来访团组4批次、19人次; 接待人数19人次; 接待来访人员19人次; 总计1人次)',
      sheets: [
        sheet('公开说明', [
          ['国内公务接待费0.20万元，全年共接待国内来访团组4批次、19人次。'],
          ['公务接待共3批次，接待人数19人次。'],
          ['公务接待费0.20万元，接待来访人员19人次。'],
          ['因公出国(境)团组0个，总计1人次。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“共接待国内来访团组4批次”，而说明数据“事项·国内公务接待批次”为 3。' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“共接待国内来访团组4批次、19人次”，而说明数据“事项·国内公务接待人次”为 18。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“接待共3批次,接待人数19人次”，而说明数据“事项·国内公务接待人次”为 18。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“接待来访人员19人次”，而说明数据“事项·国内公务接待人次”为 18。' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“因公出国(境)团组0个,总计1人次”，而说明数据“事项·因公出国（境）人次”为 0。' },
      ],
    },
    {
      // helper-h132: the same wrong count stated twice in one text had one id: the second dropped, one wrong statement
      // unreported.
      name: 'the same wrong count, vehicle list or office list stated twice in one cell',
      sheets: [
        sheet('公开说明', [
          ['国内公务接待费0.20万元，接待4批，共18人。全年接待4批，共18人。'],
          ['本部门共有车辆3辆，其中：主要负责人用车2辆，其他用车2辆。年末本部门共有车辆3辆，其中：主要负责人用车2辆，其他用车2辆。'],
          ['本单位下设1个科室，分别是：办公室、信息科。目前本单位下设1个科室，分别是：办公室、信息科。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“接待4批”，而说明数据“事项·国内公务接待批次”为 3。' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“接待4批”，而说明数据“事项·国内公务接待批次”为 3。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“其他用车2辆”，而说明数据“事项·其他用车”为 1。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“其他用车2辆”，而说明数据“事项·其他用车”为 1。' },
        { severity: 'error', first: '公开说明!A2', message: '中各类车辆合计 4 辆，多于总数 3 辆。' },
        { severity: 'error', first: '公开说明!A2', message: '中各类车辆合计 4 辆，多于总数 3 辆。' },
        { severity: 'error', first: '公开说明!A3', message: '其后却列出 2 个名称。' },
        { severity: 'error', first: '公开说明!A3', message: '其后却列出 2 个名称。' },
      ],
    },
    {
      // helper-h105: the bracket between them, the 人次 went unread.
      name: 'a wrong 国内公务接待 人次 after the 批次’s bracket',
      sheets: [sheet('公开说明', [['国内公务接待共3批次（其中外事接待0批次），81人次（其中外事接待0人次）。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '为 18。' }],
    },
    {
      name: 'counts in a cell with no amount, year or rate (本单位实有人数38人…) that are not the 说明数据’s',
      sheets: [sheet('公开说明', [['本单位实有人数38人，其中：在职人员32人，离休人员0人，退休人员5人。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“在职人员32人”，而说明数据“事项·在职人数”为 33。' }],
    },
    {
      // helper-h289: the change's end read now (unread before, a wrong one passed); the count after the change still held.
      name: 'a 在职 count a change ends on, or a 退休 count after a change, that is not the 说明数据’s',
      sheets: [sheet('公开说明', [['在职人数从35人减少到32人，增加退休人员1人。'], ['在职人数从35人减少到33人，增加退休人员1人，现有退休人员4人。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“在职人数从35人减少到32人”，而说明数据“事项·在职人数”为 33。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“退休人员4人”，而说明数据“事项·退休人数”为 5。' },
      ],
    },
    {
      // review r292: this year's 离休/退休 a change ends on (退休人员由4人增加到6人) was unread, a wrong one passed.
      name: 'a 退休 or 离休 count a change ends on that is not the 说明数据’s',
      sheets: [sheet('公开说明', [['退休人员由4人增加到6人。'], ['离休人员由1人减少为1人。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“退休人员由4人增加到6人”，而说明数据“事项·退休人数”为 5。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“离休人员由1人减少为1人”，而说明数据“事项·离休人数”为 0。' },
      ],
    },
    {
      name: 'the 中央 template’s vehicle kinds (主要负责人用车, 离退休干部服务用车) that are not the 说明数据’s',
      sheets: [sheet('公开说明', [['截至2022年12月31日，本部门共有车辆3辆，其中，主要负责人用车3辆，离退休干部服务用车1辆，其他用车1辆。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“主要负责人用车3辆”，而说明数据“事项·主要领导干部用车”为 2。' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“离退休干部服务用车1辆”，而说明数据“事项·离退休干部用车”为 0。' },
        // helper-h107: and its kinds add up to more than its count.
        { severity: 'error', first: '公开说明!A1', message: '中各类车辆合计 5 辆，多于总数 3 辆。' },
      ],
    },
    {
      name: 'counts as other forms write them (保有量X台, 国内公务接待X批次Y人次 without a comma) that are not the 说明数据’s',
      sheets: [sheet('公开说明', [['截至2022年12月31日，公务用车保有量4台。'], ['国内公务接待支出0.20万元，国内公务接待3批次19人次。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“公务用车保有量4台”，而说明数据“事项·公务用车保有量”为 3。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“国内公务接待3批次19人次”，而说明数据“事项·国内公务接待人次”为 18。' },
      ],
    },
    {
      name: 'counts written shorter (接待4批，共18人; 单价100万元以上设备2台（套）, no (含) or (不含车辆)) that are not the 说明数据’s',
      sheets: [sheet('公开说明', [['国内公务接待费0.20万元，接待4批，共18人。'], ['单价100万元以上设备2台（套）。'], ['国内公务接待费0.20万元，接待3批，共18人。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“接待4批”，而说明数据“事项·国内公务接待批次”为 3。' },
        { severity: 'error', first: '公开说明!A2', message: '而说明数据“事项·单价100万元以上设备数”为 0。' },
      ],
    },
    {
      name: 'the 国内 count beside its 外事 part (其中：外事接待0批次，0人次；国内公务接待…) that is not the 说明数据’s',
      sheets: [sheet('公开说明', [['其中：外事接待0批次，0人次；国内公务接待3批次，19人次。'], ['国内公务接待共4批次（其中外事接待0批次），18人次（其中外事接待0人次）。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“国内公务接待3批次,19人次”，而说明数据“事项·国内公务接待人次”为 18。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“国内公务接待共4批次”，而说明数据“事项·国内公务接待批次”为 3。' },
      ],
    },
    {
      name: 'vehicles bought in the year, as 购置车辆 or 新购车辆, that are not the 说明数据’s 公务用车购置数',
      sheets: [sheet('公开说明', [['本年购置车辆2辆。'], ['本年新购车辆1辆。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“购置车辆2辆”，而说明数据“事项·公务用车购置数”为 0。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“新购车辆1辆”，而说明数据“事项·公务用车购置数”为 0。' },
      ],
    },
    {
      name: '上海’s vehicle kinds and 绩效 counts that are not the 说明数据’s',
      data: (json) => {
        Object.assign(json.事项, { 执法执勤用车: 3, 其他用车: 0, 绩效目标项目数: 12, 绩效优项目数: 8, 绩效不合格项目数: 0, 绩效正在整改数: 1 });
      },
      sheets: [
        sheet('公开说明', [
          ['共有车辆3辆，其中：执法执勤用车4辆、其他用车0辆。'],
          ['编报绩效目标的2024年度项目13个，涉及预算金额700.00万元；（其中，绩效评级为“优”的项目9个；绩效评级为“不合格”的项目0个。绩效自评中共发现问题3个，已经完成整改的2个，正在整改的2个）'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“执法执勤用车4辆”，而说明数据“事项·执法执勤用车”为 3。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“编报绩效目标的2024年度项目13个”，而说明数据“事项·绩效目标项目数”为 12。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“绩效评级为优的项目9个”，而说明数据“事项·绩效优项目数”为 8。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“正在整改的2个”，而说明数据“事项·绩效正在整改数”为 1。' },
        // helper-h107: and its kinds add up to more than its count.
        { severity: 'error', first: '公开说明!A1', message: '中各类车辆合计 4 辆，多于总数 3 辆。' },
      ],
    },
    {
      name: 'the department’s vehicles and its equipment of 100万元 or more that are not the 说明数据’s (新疆 车辆…辆, 上海 共有车辆…辆)',
      sheets: [sheet('公开说明', [['截止2022年12月31日，车辆4辆，价值72.85万元。'], ['共有车辆5辆。单价100万元（含）以上设备（不含车辆）2台（套）。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“车辆4辆”，而说明数据“事项·车辆数”为 3。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“车辆5辆”，而说明数据“事项·车辆数”为 3。' },
        { severity: 'error', first: '公开说明!A2', message: '而说明数据“事项·单价100万元以上设备数”为 0。' },
      ],
    },
    {
      name: 'counts that are not the 说明数据’s (人数, 团组, 人次, 批次, 车辆), in both presets’ wordings',
      sheets: [
        sheet('公开说明', [
          ['新疆昌吉州政务服务和公共资源交易管理局2022年度，实有人数36人，其中：在职人员31人，离休人员0人，退休人员5人。'],
          ['公务用车购置数0辆，公务用车保有量4辆。'],
          ['单位全年安排的国内公务接待3批次，20人次。'],
          ['共接待2批次、18人次。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“实有人数36人”，而说明数据“事项·实有人数”' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“在职人员31人”' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“公务用车保有量4辆”，而说明数据“事项·公务用车保有量”为 3。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“国内公务接待3批次,20人次”' },
        { severity: 'error', first: '公开说明!A4', message: '说明文字写“共接待2批次”' },
      ],
    },
    {
      name: 'counts as other forms write them (在职35人 without 人员, 名 as the unit, 共3批、81人 after the 公务接待 they count) that are not the 说明数据’s',
      sheets: [
        sheet('公开说明', [
          ['2022年度，本单位实有人数38人，其中：在职35人，离休0人，退休5人。'],
          ['本单位实有人数40名，其中：在职人员33名，离休人员0名，退休人员7名。'],
          ['国内公务接待费支出0.20万元，主要用于接待上级领导检查的就餐费，共4批、81人。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“在职35人”，而说明数据“事项·在职人数”为 33。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“实有人数40名”，而说明数据“事项·实有人数”为 38。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“退休人员7名”，而说明数据“事项·退休人数”为 5。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“共4批”，而说明数据“事项·国内公务接待批次”为 3。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“共4批、81人”，而说明数据“事项·国内公务接待人次”为 18。' },
      ],
    },
    {
      // helper-h107: 一般公务用车 is no 事项 of the 说明数据, and the kinds were never added up: a breakdown larger than its total passed.
      name: 'a vehicle count’s 其中 list of kinds adding up to more than the count',
      sheets: [
        sheet('公开说明', [
          ['2022年度本单位公务用车保有量3辆，其中：主要领导干部用车2辆，一般公务用车2辆。'],
          ['截至2022年12月31日，本单位共有车辆3辆，其中：主要领导干部用车2辆，一般公务用车2辆。'],
          ['截至2022年12月31日，本单位共有车辆3辆，其中：领导用车2辆，业务车辆0辆，一般公务用车2辆。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“公务用车保有量3辆,其中:主要领导干部用车2辆,一般公务用车2辆”中各类车辆合计 4 辆，多于总数 3 辆。' },
        { severity: 'error', first: '公开说明!A2', message: '中各类车辆合计 4 辆，多于总数 3 辆。' },
        { severity: 'error', first: '公开说明!A3', message: '中各类车辆合计 4 辆，多于总数 3 辆。' },
      ],
    },
    {
      // helper-h107: the count of offices was held to nothing.
      name: 'a count of offices followed by more names than it says (下设8个处室, nine names)',
      sheets: [
        sheet('公开说明', [
          ['单位无下属预算单位，下设8个处室，分别是：办公室（组织人事科）、工程建设交易服务一科、工程建设交易服务二科、政府采购交易服务科、政务服务科、矿业权及产权交易服务科、信息科、“放管服”改革和优化营商环境督办科、“12345”政务服务便民热线受理中心。'],
          ['本单位内设机构2个，分别为：办公室、人事教育科、计划财务科。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“下设8个处室”，其后却列出 9 个名称。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“内设机构2个”，其后却列出 3 个名称。' },
      ],
    },
    {
      // helper-h114: a count in Chinese numerals was read by no rule, a wrong one passed.
      name: 'a count of offices in Chinese numerals followed by more names than it says (下设八个处室, 内设十一个职能处室)',
      sheets: [
        sheet('公开说明', [
          ['单位无下属预算单位，下设八个处室，分别是：办公室（组织人事科）、工程建设交易服务一科、工程建设交易服务二科、政府采购交易服务科、政务服务科、矿业权及产权交易服务科、信息科、“放管服”改革和优化营商环境督办科、“12345”政务服务便民热线受理中心。'],
          ['本单位内设十一个职能处室：办公室、政策法规处、财务处、人事处、审批一处、审批二处、审批三处、监督处、信息处、综合处、法规处、督查处。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“下设八个处室”，其后却列出 9 个名称。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“内设十一个职能处室”，其后却列出 12 个名称。' },
      ],
    },
    {
      // review r321: right under the numbered heading of the foreign 接待 (2.外宾接待费), a bare 接待's counts are held to the 说明数据's
      // 接待外宾批次/人次 (1 and 5): a wrong one named; one further on in the section is unread (2批次 below: the part's or the whole's).
      name: 'a bare 接待’s counts right under the numbered heading of the foreign 接待 (2.外宾接待费), not the 说明数据’s 接待外宾 counts',
      data: withForeignReception,
      sheets: [
        sheet('公开说明', [
          ['（三）公务接待费'],
          ['1.国内公务接待'],
          ['支出0.15万元，接待3批次18人次。'],
          ['2.外宾接待费'],
          ['支出0.05万元，接待2批次6人次。'],
          ['主要为外方来访，接待2批次5人次。'],
          ['3.外事接待'],
          ['支出0.05万元，接待1批次5人次。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A5', message: '说明文字写“接待2批次”，而说明数据“事项·接待外宾批次”为 1。' },
        { severity: 'error', first: '公开说明!A5', message: '说明文字写“接待2批次6人次”，而说明数据“事项·接待外宾人次”为 5。' },
      ],
    },
    {
      // review r321: 共 opening a clause of the foreign 公务接待 counts the 外宾: held to the 说明数据's 接待外宾批次/人次 (1 and 5).
      name: '共…批次 in a clause of the foreign 公务接待 (国（境）外公务接待费…，共2批次6人次), not the 说明数据’s 接待外宾 counts',
      data: withForeignReception,
      sheets: [sheet('公开说明', [['2022年度国（境）外公务接待费支出0.05万元，共2批次6人次。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“共2批次”，而说明数据“事项·接待外宾批次”为 1。' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“共2批次6人次”，而说明数据“事项·接待外宾人次”为 5。' },
      ],
    },
  ],
});
