/**
 * 江苏's tables of every 财政拨款 (江苏开放大学 2023, tests/engine/recognise/jiangsuOpenUniversity.test.ts): 五、财政拨款支出
 * 决算表(功能科目) and 六、财政拨款基本支出决算表(经济科目), in the form of tables 05 and 06. The sample spends
 * 一般公共预算 alone (its 08 and 09 empty), so they print table 05's and 06's figures under their own titles.
 */
import rule from '../../../../src/engine/audit/rules/fiscalExpenditureTables';
import { sample, testRule } from '../../../support/ruleTester';
import { recognise } from '../../../../src/engine/recognise/recognise';
import { runAudit } from '../../../../src/engine/audit/audit';
import { parseSupplementJson } from '../../../../src/engine/supplement/json';
import { buildWorkbook, standardPlan, toGrid } from '../../../../fixtures/workbook';
import { shanghai2024 } from '../../../../fixtures/shanghai-2024/tables';
import { shanghai2024Supplement } from '../../../../fixtures/shanghai-2024/supplement';
import { JIANGSU_FISCAL_BASIC as F06, JIANGSU_FISCAL_EXPENDITURE as F05, withJiangsuFiscalTables } from '../../../support/layouts';

const jiangsu = () => withJiangsuFiscalTables(sample());
/** Table 04 without its row of 二十三、其他支出 (the sample spends 18.55 on it). */
const NO_OTHER_IN_04: [string, string, null][] = ['D', 'E', 'F', 'G', 'H', 'I'].map((c) => ['财政拨款收入支出决算总表', `${c}28`, null]);

testRule(rule, {
  valid: [
    { name: 'the sample (no such table)' },
    { name: 'the sample with 江苏’s two tables', grid: jiangsu },
    {
      name: 'a 类 of 财政拨款支出决算表 that table 04 does not list, nothing spent on it',
      grid: jiangsu,
      edits: [...NO_OTHER_IN_04, [F05, 'C26', 0], [F05, 'C27', 0], [F05, 'C28', 0]],
    },
    // Table 04 lists 其他支出 18.55 under a name not read (told as unknown-row): not that it lacks the 类 (review r295).
    { name: 'table 04 prints the 类 as 二十三、其它支出', grid: jiangsu, edits: [['财政拨款收入支出决算总表', 'D28', '二十三、其它支出']] },
    { name: 'table 04 prints the 类 as 二十三、其他支出（229）', grid: jiangsu, edits: [['财政拨款收入支出决算总表', 'D28', '二十三、其他支出（229）']] },
  ],
  invalid: [
    {
      name: 'the 合计 of 财政拨款支出决算表 differs from table 04’s and 05’s',
      grid: jiangsu,
      edits: [[F05, 'C6', 1463.45]],
      errors: [
        { severity: 'error', first: `'${F05}'!C6`, includes: ['财政拨款收入支出决算总表!F35'], message: '本年支出合计' },
        { severity: 'error', first: `'${F05}'!C6`, includes: ['一般公共预算财政拨款支出决算表!C6'], message: '一般公共预算财政拨款支出决算表' },
      ],
    },
    {
      name: 'a 类 of 财政拨款支出决算表 differs from table 04’s',
      grid: jiangsu,
      edits: [[F05, 'C12', 48.25]],
      errors: [{ severity: 'error', first: `'${F05}'!C12`, includes: ['财政拨款收入支出决算总表!F13'], message: '社会保障和就业支出' }],
    },
    {
      name: 'its 项目支出 differs from table 05’s',
      grid: jiangsu,
      edits: [[F05, 'E6', 818.22]],
      errors: [{ severity: 'error', first: `'${F05}'!E6`, includes: ['一般公共预算财政拨款支出决算表!E6'], message: '项目支出' }],
    },
    {
      name: 'a 类 of table 04 that 财政拨款支出决算表 does not list',
      grid: jiangsu,
      edits: [['财政拨款收入支出决算总表', 'F7', 5]],
      errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!F7', message: '没有这一类' }],
    },
    {
      // Unread before: 其他支出 18.55 spent in 财政拨款支出决算表 went unchecked where table 04 had no row of it.
      name: 'a 类 that 财政拨款支出决算表 spends on and table 04 does not list',
      grid: jiangsu,
      edits: NO_OTHER_IN_04,
      errors: [{ severity: 'error', first: `'${F05}'!C26`, message: `${F05.replace('(功能科目)', '（功能科目）')}列有“229 其他支出” 18.55 万元，财政拨款收入支出决算总表却没有这一类。` }],
    },
    {
      name: 'the 人员经费合计 of 财政拨款基本支出决算表 does not add up to its 基本支出',
      grid: jiangsu,
      edits: [[F06, 'C23', 578.84]],
      errors: [{ severity: 'error', first: `'${F05}'!D6`, includes: [`'${F06}'!C23`, `'${F06}'!F23`] }],
    },
  ],
});

/**
 * A set whose table 05 is titled 财政拨款支出决算表 alone (the title 江苏 gives its table of every 财政拨款): with no table 05
 * beside it, it is read as that table, and is the set's 05 as likely. Held to table 04's total where table 08 spends too,
 * a right table was a 错误 (review h261, 上海 2024's fixture: 04's 本年支出合计 counts 08's 145.60). Unchecked where no table
 * 05 stands beside it: which it is, nothing tells.
 */
describe('财政拨款支出决算表 with no table 05 beside it', () => {
  const shanghai = toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)));
  const retitled = {
    sheets: shanghai.sheets.map((s) =>
      s.name === '一般公共预算财政拨款支出决算表' ? { ...s, rows: s.rows.map((r) => r.map((v) => (v === '一般公共预算财政拨款支出决算表' ? '财政拨款支出决算表' : v))) } : s,
    ),
  };

  it('is read as the table of every 财政拨款 and not held to table 04', () => {
    const recognition = recognise(retitled);
    expect(recognition.tables.fiscalExpenditure).toBeDefined();
    expect(recognition.tables.generalBudgetExpenditure).toBeUndefined();
    const found = runAudit({ recognition, supplement: parseSupplementJson(JSON.parse(JSON.stringify(shanghai2024Supplement))).supplement, grid: retitled }).filter((f) => f.rule === rule.id);
    expect(found.map((f) => f.message)).toEqual([]);
  });
});
