/** Entry of taskpane.html: inside Excel the pane reads the open workbook through Office.js. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Link, Text, webLightTheme } from '@fluentui/react-components';
import { readOfficeWorkbook, selectOfficeCell } from '../hosts/office/read';
import { Pane } from './Pane';
import type { WorkbookSource } from './source';

const officeSource: WorkbookSource = { label: '当前工作簿', read: readOfficeWorkbook, select: selectOfficeCell };

function NotInExcel() {
  return (
    <div style={{ padding: 14, maxWidth: 350 }}>
      <Text>此页面是 Excel 加载项的任务窗格，需要在 Excel 中打开。没有 Excel 时请使用</Text>
      <Link href="index.html">网页版</Link>
      <Text>。</Text>
    </div>
  );
}

const root = createRoot(document.getElementById('root')!);
Office.onReady((info) => {
  root.render(
    <FluentProvider theme={webLightTheme}>{info.host === Office.HostType.Excel ? <Pane source={officeSource} /> : <NotInExcel />}</FluentProvider>,
  );
});
