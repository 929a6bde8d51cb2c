/** A 项 named alone in the explanation (行政运行（项）…): which row of table 05 it is, if one. */
import { itemByName } from '../../../../src/engine/audit/shared/subjectText';
import type { RowModel } from '../../../../src/engine/tables/model';

const row = (code: string, label: string) => ({ code, label }) as RowModel;
const rows = [row('201', '一般公共服务支出'), row('20103', '政府办公厅（室）及相关机构事务'), row('2010301', '行政运行'), row('2010350', '事业运行'), row('2080101', '行政运行'), row('2080102', '一般行政管理事务')];

describe('itemByName', () => {
  it('finds the one 项 of a name at the end of the words before its mark', () => {
    expect(itemByName(rows, '主要用于事业运行')?.code).toBe('2010350');
    expect(itemByName(rows, '一般行政管理事务')?.code).toBe('2080102');
  });

  it('tells none apart where several 项 share the name (行政运行 under two 款), and finds none for other words', () => {
    expect(itemByName(rows, '行政运行')).toBeUndefined();
    expect(itemByName(rows, '主要用于行政运行')).toBeUndefined();
    expect(itemByName(rows, '政府办公厅（室）及相关机构事务')).toBeUndefined();
    expect(itemByName(rows, '机关日常运转')).toBeUndefined();
  });
});
