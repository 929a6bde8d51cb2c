/**
 * The WPS 加载项's task pane page (build/wps/taskpane.html) in a browser without WPS: its script runs on the pages'
 * UI runtime (preact/compat, webpack.config.js) and says where it belongs, with a link to the web page, and nothing
 * fails or leaves the machine. The pane itself is the Office pane's (taskpane.test.ts, web*.test.ts); WPS's object
 * model is held to Excel's in tests/hosts.
 */
import { describeWithBrowser, launch, serveBuild } from '../support/browser';

describeWithBrowser('the WPS task pane page outside WPS', () => {
  it('renders its message with a link to the web page, without errors', async () => {
    const server = await serveBuild();
    const { context, unexpected } = await launch(350, 600);
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/wps/taskpane.html`);
      const message = page.getByTestId('not-in-wps');
      await message.waitFor({ timeout: 30_000 });
      expect(await message.innerText()).toContain('需要在 WPS 表格中打开');
      expect(await message.getByRole('link', { name: '网页版' }).getAttribute('href')).toBe('../index.html');
      expect(errors).toEqual([]);
      expect(unexpected).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
