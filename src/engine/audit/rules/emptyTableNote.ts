/**
 * An empty 政府性基金 or 国有资本经营 table keeps its format and says under it why it is empty (上海 template:
 * `说明：…本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。`). Without that line a reader cannot tell an
 * empty table from one whose figures were lost.
 */
import { defineRule } from '../rule';
import { place } from '../../tables/problems';
import { EMPTY_WITHOUT_NOTE, lacksEmptyStatement } from '../../tables/notes';
import { TABLE_SPECS } from '../../tables/specs';
import { shownTitle } from '../../tables/model';

export default defineRule({
  id: 'empty-table-note',
  title: '无数据的公开表在表下作出说明',
  severity: 'warning',
  tables: ['08', '09'],
  messages: { missing: EMPTY_WITHOUT_NOTE },
  check(ctx) {
    for (const spec of TABLE_SPECS) {
      if (spec.kind !== 'blocks' || !spec.mayBeEmpty) continue;
      const table = ctx.recognition.tables[spec.id as 'govFund' | 'stateCapital'];
      // Said elsewhere, by a line naming it (天津's 关于空表的说明 page): said.
      if (!table || !lacksEmptyStatement(ctx.grid, table, spec.titles)) continue;
      const below = { sheet: table.sheet, row: table.range.bottom + 1, col: table.range.left };
      ctx.report({ messageId: 'missing', data: { title: shownTitle(table), where: place(below) }, cells: [table.titleCell] });
    }
  },
});
