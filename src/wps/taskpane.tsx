/** Entry of the WPS 加载项's task pane: the same pane as in Excel, working on the open workbook through the ET object model. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Link, Text, webLightTheme } from '@fluentui/react-components';
import { WpsHost } from '../hosts/wps/host';
import { wpsApplication } from '../hosts/wps/environment';
import { Pane } from '../taskpane/Pane';

function NotInWps() {
  return (
    <div style={{ padding: 14, maxWidth: 350 }} data-testid="not-in-wps">
      <Text>此页面是 WPS 表格加载项的任务窗格，需要在 WPS 表格中打开（功能区“决算公开助手”选项卡）。没有 WPS 时请使用</Text>
      <Link href="../index.html">网页版</Link>
      <Text>。</Text>
    </div>
  );
}

const app = wpsApplication();
createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>{app ? <Pane host={new WpsHost(() => wpsApplication()!)} /> : <NotInWps />}</FluentProvider>,
);
