/** Entry of taskpane.html: inside Excel the pane works on the open workbook through Office.js. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Link, Text, webLightTheme } from '@fluentui/react-components';
import { OfficeHost } from '../hosts/office/host';
import { officeEnvironment } from '../hosts/office/environment';
import { Pane } from './Pane';

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
  const inExcel = info.host === Office.HostType.Excel;
  root.render(<FluentProvider theme={webLightTheme}>{inExcel ? <Pane host={new OfficeHost(officeEnvironment())} /> : <NotInExcel />}</FluentProvider>);
});
