/** Template leftovers in the explanation (XX, ××, 增加（减少）, 下降（增长）, an unfilled 【请填写】) are errors. */
import { defineRule } from '../rule';
import { textCells } from '../shared/textScan';
import { asWritten } from '../shared/asWritten';

const LEFTOVERS: readonly [RegExp, string][] = [
  [/X{2,}|x{2,}|×{2,}|\*{2,}|○{2,}|□{2,}/, '占位符'],
  [/增加\(减少\)|减少\(增加\)|增长\(下降\)|下降\(增长\)|大于\(小于\)|小于\(大于\)|增加\/减少|增长\/下降/, '未选定的增减用词'],
  [/【请填写[:：][^】]*】/, '未填写的空缺'],
];

export default defineRule({
  id: 'text-template-leftovers',
  title: '公开说明中不能留有模板占位符和未选定的用词',
  severity: 'error',
  tables: [],
  messages: { leftover: '工作表“{sheet}”的说明文字中留有{kind}“{text}”：请改为实际内容。' },
  check(ctx) {
    for (const t of textCells(ctx)) {
      for (const [pattern, kind] of LEFTOVERS) {
        const m = pattern.exec(t.text);
        if (m) ctx.report({ messageId: 'leftover', data: { sheet: t.cell.sheet, kind, text: asWritten(ctx.grid, t.cell, m[0]) }, cells: [t.cell], key: m[0] });
      }
    }
  },
});
