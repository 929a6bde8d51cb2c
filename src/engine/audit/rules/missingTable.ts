/**
 * All nine tables are published, an empty one in its format with a 说明 under it: a workbook without one of them
 * cannot be published as it is. (The 项目支出绩效自评表 is published only where there are 自评 projects.)
 * Where table 07 is missing beside a 三公 情况表 (云南's set: threePublicSituation.ts), that table is said unread (提示), at
 * its title: told to add a table they have, the accountant would be misled.
 * A form whose title is only its sheet's name (a text box, the page header: untitledTables) is said as the table, at the
 * form, with what to do.
 * Either finding is about the table it names (`table`): the pane lists it in that table's group.
 */
import { defineRule } from '../rule';
import { parseA1 } from '../../grid/address';
import { TABLE_SPECS } from '../../tables/specs';
import { threePublicSituationTitle } from '../../recognise/threePublicSituation';

export default defineRule({
  id: 'missing-table',
  title: '九张公开表齐全',
  severity: 'error',
  tables: [],
  messages: {
    missing: '工作簿中找不到《{title}》（公开{code}表）：部门决算公开的九张表缺一不可，没有数据的表也要保留表样并在表下说明。请加入此表（标题须为表名，工作表名称不限）。',
    formMissing: '工作表“{sheet}”{cell}是《{title}》（公开{code}表）的标题，但标题下没有表格，只有文字：部门决算公开的九张表缺一不可，请在标题下保留表样（表头和合计行）；本年没有数据时，在表下写明“说明：本单位本年度没有……收入和支出，故本表无数据。”',
    untitled:
      '工作表“{sheet}”像是《{title}》（公开{code}表），但表上没有标题行（标题在文本框、页眉中或只在工作表名称中，都读不到），这张表未读取，与它有关的检查没有进行：请在{cell}所在的表头上方插入一行，写上标题“{title}”。',
    unreadThreePublic:
      '《{found}》是“三公”经费的情况表（云南等地的表样），本工具还不能读取这种表样：与《{title}》（公开{code}表）有关的检查没有进行，公开说明中“三公”经费的部分请自行填写并核对。',
  },
  check(ctx) {
    for (const code of ctx.recognition.missing) {
      if (code === '10') continue;
      const spec = TABLE_SPECS.find((s) => s.code === code)!;
      const situation = code === '07' ? threePublicSituationTitle(ctx.grid) : undefined;
      if (situation) {
        ctx.report({ messageId: 'unreadThreePublic', severity: 'warning', data: { found: situation.title, title: spec.titles[0]!, code }, cells: [situation.cell], key: code, table: code });
        continue;
      }
      // A form whose title is only its sheet's name (untitledTables): the title is missing, not the table.
      const untitled = ctx.recognition.problems.find((p) => p.kind === 'untitled-table' && p.table === code);
      if (untitled) {
        ctx.report({ messageId: 'untitled', data: { sheet: untitled.sheet!, cell: untitled.cell!, title: spec.titles[0]!, code }, cells: [{ sheet: untitled.sheet!, ...parseA1(untitled.cell!) }], key: code, table: code });
        continue;
      }
      // A title with lines and no form under it (readBlockTable): the form is missing, not the table.
      const titled = ctx.recognition.problems.find((p) => p.kind === 'missing-table' && p.table === code && p.sheet !== null && p.cell !== null);
      if (titled) {
        ctx.report({ messageId: 'formMissing', data: { sheet: titled.sheet!, cell: titled.cell!, title: spec.titles[0]!, code }, cells: [{ sheet: titled.sheet!, ...parseA1(titled.cell!) }], key: code, table: code });
        continue;
      }
      // Listed with the tables (under the one missing), not with the 说明数据 and the text.
      ctx.report({ messageId: 'missing', data: { title: spec.titles[0]!, code }, cells: [], key: code, table: code });
    }
  },
});
