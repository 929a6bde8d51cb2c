/**
 * Entry of taskpane.html: inside Excel the pane works on the open workbook through Office.js. When office.js did
 * not load (an intranet that cannot reach Microsoft's CDN), the page says so and what to do, instead of staying blank.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Link, Text, webLightTheme } from '@fluentui/react-components';
import { officeEnvironment } from '../hosts/office/environment';
import { OfficeHost } from '../hosts/office/host';
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

/** Whether the page loads office.js from its own server (the intranet build) rather than Microsoft's CDN. */
function officeJsIsLocal(): boolean {
  const src = document.querySelector<HTMLScriptElement>('script[src$="office.js"]')?.src ?? '';
  return src.startsWith(window.location.origin);
}

function NoOfficeJs() {
  const local = officeJsIsLocal();
  return (
    <div style={{ padding: 14, maxWidth: 350 }} data-testid="no-office-js">
      <Text as="h2" weight="semibold" block>
        无法载入 Office.js
      </Text>
      {local ? (
        <Text as="p" block>
          任务窗格需要 Office.js 才能与 Excel 通信。这一版把 Office.js 部署在加载项自己的服务器上（office-js 文件夹），但没有取到：请联系管理员把构建出的整个
          build 文件夹（含 office-js）重新部署到服务器，再重新加载加载项。也可以先使用
        </Text>
      ) : (
        <Text as="p" block>
          任务窗格需要微软的 Office.js 才能与 Excel 通信，但它没有载入：这台电脑可能无法访问互联网（内网、涉密网），或网络拦截了
          appsforoffice.microsoft.com。请联系管理员改用内网版：用“npm run build -- --env officeJs=local”构建（Office.js
          随加载项一起部署在内网服务器上），再重新加载加载项。也可以先使用
        </Text>
      )}
      <Link href="index.html">网页版</Link>
      <Text>（不需要 Excel 和互联网）。</Text>
    </div>
  );
}

const root = createRoot(document.getElementById('root')!);
if (typeof Office === 'undefined') {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <NoOfficeJs />
    </FluentProvider>,
  );
} else {
  Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    root.render(<FluentProvider theme={webLightTheme}>{inExcel ? <Pane host={new OfficeHost(officeEnvironment())} /> : <NotInExcel />}</FluentProvider>);
  });
}
