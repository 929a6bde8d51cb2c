import rule from '../../../../src/engine/audit/rules/textZeroBudget';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';

testRule(rule, {
  valid: [
    ...correctTexts(),
    {
      name: 'rates over budgets that are not 0, stated or known',
      sheets: [
        sheet('公开说明', [
          ['公务用车运行费全年预算数 4.80 万元，决算数 4.79 万元，预决算差异率-0.21%。'],
          ['“三公”经费财政拨款支出年初预算为50,000.00元，支出决算为49,900.00元，完成预算的99.80%，其中：公务接待费支出决算为0.20万元，完成预算的100.00%。'],
          ['其中：因公出国（境）费决算为0.00万元，预算数为0，不计算完成率。'],
          ['财政拨款收入总计决算为1363.45万元，完成年初预算的113.02%。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      // helper-h132: the same rate over a zero 预算 stated twice in one text had one id (its clause): the second dropped.
      name: 'the same rate over a zero 预算 stated twice in one cell',
      sheets: [sheet('公开说明', [['公务用车购置费全年预算数0.00万元，决算数1.20万元，预决算差异率100.00%。公务用车购置费全年预算数0.00万元，决算数1.20万元，预决算差异率100.00%。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '不能计算预决算差异率' },
        { severity: 'error', first: '公开说明!A1', message: '不能计算预决算差异率' },
      ],
    },
    {
      // helper-h110: 上海市嘉定区司法局 2017 (http://www.021fenlei.com/n133889.htm): 因公出国(境)费 had no budget (its table
      // shows none), yet 完成预算的0%; with no table, a 请核对.
      name: '完成预算的0% of an item with no budget (published), the text alone',
      grid: () => ({ sheets: [] }),
      sheets: [sheet('公开说明', [['上海市嘉定区司法局2017年度“三公”经费财政拨款支出年初预算为22.00万元,支出决算为8.77万元,完成预算的39.86%,其中:因公出国(境)费决算为0万元,完成预算的0%;公务用车购置及运行维护费支出决算为8.47万元,完成预算的60.50%;公务接待费支出决算为0.30万元,完成预算的3.75%。']])],
      errors: [{ severity: 'warning', first: '公开说明!A1', message: '完成预算的0%' }],
    },
    {
      name: 'a rate over a 预算 the text states as 0 (上海 and 新疆 wordings)',
      sheets: [
        sheet('公开说明', [
          ['1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：机关运转。年初预算为0.00万元，支出决算为223.14万元，完成年初预算的97.30%。'],
          ['公务用车购置费全年预算数 0.00 万元，决算数 1.20 万元，预决算差异率 100.00%，主要原因是：新购车辆。'],
          ['行政运行(项)：年初预算为0元，支出决算为0元，完成年初预算的0.00%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“完成年初预算的97.30%”：文中预算数为 0' },
        { severity: 'error', first: '公开说明!A2', message: '不能计算预决算差异率' },
        // 0 of 0 (云南's template prints it for every item with none): a 提示, no wrong figure.
        { severity: 'warning', first: '公开说明!A3', message: '“完成年初预算的0.00%”：预算数和决算数都为 0，完成率无从计算' },
      ],
    },
    {
      name: 'a rate over a 预算 table 07 or the 说明数据 hold as 0, and a 0% whose 预算 is unknown',
      data: (j) => {
        j.指标['2010350'] = { ...j.指标['2010350'], 年初预算数: 0 };
        j.指标['财政拨款收入总计']!['全年预算数'] = 0;
      },
      sheets: [
        sheet('公开说明', [
          ['“三公”经费财政拨款支出年初预算为5.00万元，支出决算为4.99万元，完成预算的99.80%，其中：因公出国（境）费决算为0.00万元，完成预算的0.00%；公务接待费支出决算为0.20万元，完成预算的100.00%。'],
          ['3、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）。主要用于：事业人员工资。支出决算为284.38万元，完成年初预算的97.30%。'],
          ['财政拨款收入总计决算为1363.45万元，完成全年预算的100.00%。'],
          ['其他收入决算为0.00万元，完成预算的0%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A2', message: '年初预算数为 0（说明数据“2010350”）' },
        { severity: 'error', first: '公开说明!A3', message: '全年预算数为 0（说明数据“财政拨款收入总计”）' },
        // 因公出国（境）费决算为0.00万元，完成预算的0.00% over table 07's 0: 0 of 0, a 提示 (errors are listed first).
        { severity: 'warning', first: '公开说明!A1', includes: ['财政拨款三公经费支出决算表!B7'], message: '“完成预算的0.00%”：预算数和决算数都为 0' },
        { severity: 'warning', first: '公开说明!A4', message: '完成率为 0 而文中没有预算数' },
      ],
    },
  ],
});
