/**
 * A figure column by its header path, as provinces head them: the 合计 (小计) under a header a rule names is that
 * header's own column, not the table's 合计 (财政拨款收入 {合计 | 一般公共预算 | …} read as 本年收入合计 left 财政拨款收入
 * unread and every row of table 02 a false 错误); a part headed with its 合计; 07's 三公 total under “三公”经费.
 */
import { classifyColumn, compileRules } from '../../../src/engine/tables/readers/columns';
import { classifyThreePublicColumn } from '../../../src/engine/tables/readers/threePublicCosts';
import { THREE_PUBLIC_MEASURES } from '../../../src/engine/tables/specs/threePublicCosts';
import { incomeSpec } from '../../../src/engine/tables/specs/income';
import { expenditureSpec } from '../../../src/engine/tables/specs/expenditure';
import { generalBudgetExpenditureSpec } from '../../../src/engine/tables/specs/generalBudgetExpenditure';
import type { BlockTableSpec } from '../../../src/engine/tables/spec';

const rulesOf = (spec: BlockTableSpec) => compileRules(spec.blocks[0]!.columns);

describe('the 合计 of a header split into parts', () => {
  it.each([
    [incomeSpec, ['财政拨款收入', '合计'], 'fiscal'],
    [incomeSpec, ['财政拨款收入', '小计'], 'fiscal'],
    [incomeSpec, ['合计'], 'yearIncome'],
    [incomeSpec, ['财政拨款收入合计'], 'fiscal'],
    [expenditureSpec, ['基本支出', '合计'], 'basic'],
    [expenditureSpec, ['项目支出合计'], 'project'],
    [expenditureSpec, ['总计'], 'yearExpenditure'],
    [generalBudgetExpenditureSpec, ['决算数', '合计'], 'total'],
    [generalBudgetExpenditureSpec, ['决算数'], 'total'],
    [generalBudgetExpenditureSpec, ['基本支出', '合计'], 'basic'],
  ] as const)('%#: %j is %s', (spec, path, key) => {
    expect(classifyColumn(path, rulesOf(spec))).toBe(key);
  });
});

describe('table 07’s columns', () => {
  it('reads the 小计 under “三公”经费 as the 三公’s total, and under 公务用车 as 公务用车’s', () => {
    expect(classifyThreePublicColumn(['三公经费', '小计'])).toBe('total');
    expect(classifyThreePublicColumn(['三公经费', '公务用车购置及运行维护费', '小计'])).toBe('vehicles');
    expect(classifyThreePublicColumn(['三公经费合计'])).toBe('total');
    expect(classifyThreePublicColumn(['会议费'])).toBe('meeting');
  });

  it.each(['决算数', '实际数', '支出数', '决算支出数', '实际支出数', '执行数'])('%s is the 决算', (label) => {
    expect(THREE_PUBLIC_MEASURES.actual.test(label)).toBe(true);
    expect(THREE_PUBLIC_MEASURES.budget.test(label)).toBe(false);
  });
});
