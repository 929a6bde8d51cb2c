/**
 * Why a host draws no chart under the 公开说明: said before writing (the pane's preview of the plan) and after it
 * (the plan's result), so that the confirmation never promises charts the workbook will not have. Text only: the
 * web page's first chunk takes it without the writer.
 */

/** The .xlsx written without Excel (the web page, `juesuan`). */
export const NO_CHARTS_IN_XLSX =
  '图表未写入 .xlsx：没有 Excel 时无法生成 Excel 原生图表。图表数据已写在公开说明正文下方的 C 至 E 列，Word 文档（.docx）和网页的预览中有图表；在 Excel 中用加载项写入公开说明时会画出原生图表。';

/** WPS 表格, whose 加载项 does not draw charts yet. */
export const NO_CHARTS_IN_WPS =
  '图表未画出：在 WPS 表格中加载项还不能画图表。图表数据已写在公开说明正文下方的 C 至 E 列，可据此插入图表；Word 文档（.docx）和加载项的预览中有图表。';
