/**
 * All nine tables are published, an empty one in its format with a 说明 under it: a workbook without one of them
 * cannot be published as it is. (The 项目支出绩效自评表 is published only where there are 自评 projects.)
 */
import { defineRule } from '../rule';
import { TABLE_SPECS } from '../../tables/specs';

export default defineRule({
  id: 'missing-table',
  title: '九张公开表齐全',
  severity: 'error',
  tables: [],
  messages: {
    missing: '工作簿中找不到《{title}》（公开{code}表）：部门决算公开的九张表缺一不可，没有数据的表也要保留表样并在表下说明。请加入此表（标题须为表名，工作表名称不限）。',
  },
  check(ctx) {
    for (const code of ctx.recognition.missing) {
      if (code === '10') continue;
      const spec = TABLE_SPECS.find((s) => s.code === code)!;
      ctx.report({ messageId: 'missing', data: { title: spec.titles[0]!, code }, cells: [], key: code });
    }
  },
});
