import rule from '../../../../src/engine/audit/rules/textSubjectNames';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';

testRule(rule, {
  valid: [
    ...correctTexts(),
    {
      name: 'codes beside their own names, numbers that are no codes, subjects the dictionary lacks',
      sheets: [
        sheet('公开说明', [
          ['行政运行（2010301）223.14万元，[2010350]事业运行284.38万元，30216培训费0.80万元。'],
          ['本年增加12345云呼叫中心平台；“211工程”建设；单价100万元以上设备0台。'],
          ['1、城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: 'a 项 under a 款 it does not belong to, a 款 under another 类, a code beside another name, an old 类 name',
      sheets: [
        sheet('公开说明', [
          ['3. 一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政单位医疗(项):支出决算数为 284.38 万元。'],
          ['7、卫生健康支出（类）行政事业单位养老支出（款）行政单位医疗（项）。主要用于：医疗。'],
          ['科目2010350行政运行支出决算为284.38万元。'],
          ['3. 医疗卫生与计划生育支出(类)34.07 万元,占 2.50%。'],
          // helper-h230: a 款's former name (上海 普陀区 石泉路街道 2025), the 项 under it then checked.
          ['6.“社会保障和就业支出（类）行政事业单位离退休（款）机关事业单位职业年金缴费支出（项）”。'],
          ['6.“社会保障和就业支出（类）行政事业单位离退休（款）行政单位医疗（项）”。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“行政单位医疗”是科目 2101101 的名称，属于“21011 行政事业单位医疗”' },
        { severity: 'error', first: '公开说明!A2', message: '“行政事业单位养老支出”是科目 20805 的名称，属于“208 社会保障和就业支出”' },
        { severity: 'error', first: '公开说明!A3', message: '科目 2010350 写作“行政运行”，而 2010350 的规范名称为“事业运行”' },
        { severity: 'error', first: '公开说明!A6', message: '“行政单位医疗”是科目 2101101 的名称，属于“21011 行政事业单位医疗”' },
        { severity: 'warning', first: '公开说明!A4', message: '旧称，现行规范名称为“卫生健康支出”' },
        { severity: 'warning', first: '公开说明!A5', message: '说明文字中的“行政事业单位离退休(款)”是科目 20805 的旧称，现行规范名称为“行政事业单位养老支出”' },
        { severity: 'warning', first: '公开说明!A6', message: '“行政事业单位离退休(款)”是科目 20805 的旧称' },
      ],
    },
    {
      name: 'a 项 whose label in table 05 (and in the text) is not the official name of its code',
      edits: [['一般公共预算财政拨款支出决算表', 'B11', '事业单位运行']],
      sheets: [sheet('公开说明', [['3. 一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)事业单位运行(项):支出决算数为 284.38 万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', includes: ['一般公共预算财政拨款支出决算表!B11'], message: '对应决算表中的科目 2010350，其规范名称为“事业运行”' }],
    },
  ],
});
