/**
 * The WPS 加载项 as built into build/wps/, checked offline: ribbon.xml is well-formed customUI whose every callback
 * the add-in's entry page defines (run in a sandbox with a fake WPS: the button opens the task pane next to it,
 * then hides and shows it); the JsPlugin manifest and the package.json wpsjs reads; every page loads only files
 * of the folder and names no host in its Content-Security-Policy. Then wpsjs itself packs it: `wpsjs build` for
 * 在线 and 离线 (a .7z of the folder) and `wpsjs publish`, whose publish.html lists the add-in.
 */
import { execFileSync } from 'child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, promises as fs, readdirSync, readFileSync, statSync } from 'fs';
import os from 'os';
import path from 'path';
import vm from 'vm';
import { DOMParser, Element as XmlElement } from '@xmldom/xmldom';

const ROOT = path.join(__dirname, '..', '..');
const WPS = path.join(ROOT, 'build', 'wps');
const built = existsSync(path.join(WPS, 'ribbon.xml'));
if (!built && process.env.CI) throw new Error('build/wps is missing: npm test builds it (npm run build).');
if (!built) console.warn('build/wps missing: the WPS package tests are skipped (run npm run build).');
const describeBuilt = built ? describe : describe.skip;

function parse(file: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level: string, msg: string) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(readFileSync(path.join(WPS, file), 'utf8'), 'text/xml');
  return { root: doc.documentElement as unknown as XmlElement, errors, all: (name: string) => Array.from(doc.getElementsByTagName(name) as unknown as ArrayLike<XmlElement>) };
}

/** The scripts and the CSP of a built page. */
function page(file: string) {
  const html = readFileSync(path.join(WPS, file), 'utf8');
  return { scripts: [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]!), csp: /Content-Security-Policy content="([^"]+)"/.exec(html)?.[1] ?? '' };
}

/** The entry page's script run in a sandbox whose window is a fake WPS: what the ribbon can call, and what it did. */
function ribbonSandbox() {
  const panes: { url: string; title: string; ID: number; Visible: boolean }[] = [];
  const storage = new Map<string, string>();
  const Application = {
    CreateTaskPane: (url: string, title: string) => {
      const pane = { url, title, ID: panes.length + 7, Visible: false };
      panes.push(pane);
      return pane;
    },
    GetTaskPane: (id: number) => panes.find((p) => p.ID === id) ?? null,
    PluginStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: unknown) => void storage.set(k, String(v)) },
  };
  const window: Record<string, unknown> = { Application, URL, location: { href: 'http://intranet.example/jsaddons/juesuan/index.html' } };
  window.window = window;
  window.self = window;
  const [script] = page('index.html').scripts;
  vm.runInNewContext(readFileSync(path.join(WPS, script!), 'utf8'), window);
  return { window, panes };
}

describeBuilt('the WPS 加载项 in build/wps', () => {
  it('has ribbon.xml: well-formed customUI, one tab with the button that opens the task pane', () => {
    const { root, errors, all } = parse('ribbon.xml');
    expect(errors).toEqual([]);
    expect([root.localName, root.namespaceURI]).toEqual(['customUI', 'http://schemas.microsoft.com/office/2006/01/customui']);
    expect(all('tab').map((t) => t.getAttribute('label'))).toEqual(['决算公开助手']);
    expect(all('button').map((b) => [b.getAttribute('id'), b.getAttribute('label'), b.getAttribute('onAction')])).toEqual([['JueSuanOpenPane', '决算公开助手', 'OnAction']]);
  });

  it('defines every callback ribbon.xml names, on the entry page’s window', () => {
    const { all, root } = parse('ribbon.xml');
    const callbacks = new Set<string>([root.getAttribute('onLoad')!]);
    for (const el of [...all('button'), ...all('tab'), ...all('group')]) {
      for (const attr of ['onAction', 'getImage', 'getLabel', 'getEnabled', 'getVisible']) if (el.getAttribute(attr)) callbacks.add(el.getAttribute(attr)!);
    }
    const { window } = ribbonSandbox();
    for (const name of callbacks) expect([name, typeof window[name]]).toEqual([name, 'function']);
  });

  it('opens the task pane next to the entry page, then hides and shows it; its image is in the folder', () => {
    const { window, panes } = ribbonSandbox();
    const control = { Id: 'JueSuanOpenPane' };
    const call = (name: string) => (window[name] as (c: unknown) => unknown)(control);
    expect(call('OnAddinLoad')).toBe(true);
    call('OnAction');
    expect(panes).toEqual([{ url: 'http://intranet.example/jsaddons/juesuan/taskpane.html', title: '决算公开助手', ID: 7, Visible: true }]);
    call('OnAction');
    expect(panes[0]!.Visible).toBe(false);
    call('OnAction');
    expect([panes.length, panes[0]!.Visible]).toEqual([1, true]);
    const image = call('GetImage') as string;
    expect(statSync(path.join(WPS, image)).size).toBeGreaterThan(0);
  });

  it('has its own manifest (JsPlugin) and the package.json wpsjs reads: name, version, addonType et', () => {
    const { root, errors, all } = parse('manifest.xml');
    expect(errors).toEqual([]);
    expect(root.localName).toBe('JsPlugin');
    expect(all('Name')[0]!.textContent).toBe('决算公开助手');
    expect(all('ApiVersion')[0]!.textContent).toBe('1.0.0');
    const pkg = JSON.parse(readFileSync(path.join(WPS, 'package.json'), 'utf8')) as Record<string, string>;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ours = require('../../package.json') as { name: string; version: string };
    expect([pkg.name, pkg.version, pkg.addonType]).toEqual([ours.name, ours.version, 'et']);
  });

  it('loads only files of its own folder, and its pages’ CSP names no host', () => {
    for (const file of ['index.html', 'taskpane.html']) {
      const { scripts, csp } = page(file);
      expect(scripts.length).toBeGreaterThan(0);
      for (const s of scripts) {
        expect([file, s]).toEqual([file, expect.not.stringMatching(/^(https?:)?\/\/|^\//)]);
        expect(existsSync(path.join(WPS, s))).toBe(true);
      }
      expect(csp).toMatch(/script-src 'self' file:;/);
      expect(csp).not.toMatch(/https?:|\*\./);
    }
  });
});

describeBuilt('wpsjs packs it', () => {
  const WPSJS = path.join(ROOT, 'node_modules', 'wpsjs', 'src');
  const publishList = path.join(WPSJS, 'lib', 'publishlist.json');
  let dir: string;
  let savedList: string | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-wps-'));
    await fs.cp(WPS, path.join(dir, 'juesuan'), { recursive: true });
    // `wpsjs publish` keeps its list inside its own package: put it back afterwards.
    savedList = existsSync(publishList) ? readFileSync(publishList, 'utf8') : undefined;
  });
  afterAll(async () => {
    if (savedList !== undefined) await fs.writeFile(publishList, savedList);
    else await fs.rm(publishList, { force: true });
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** wpsjs reads package.json from the working folder when it loads: run it there, in its own process. */
  const wpsjs = (cwd: string, script: string) => execFileSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8', timeout: 60_000, stdio: 'pipe' });

  it('在线: `wpsjs build` copies the folder, `wpsjs publish -s URL` writes a publish.html listing the add-in', () => {
    const cwd = path.join(dir, 'juesuan');
    wpsjs(cwd, `require(${JSON.stringify(path.join(WPSJS, 'lib', 'build.js'))}).buildWithArgs({ pluginType: 'online' }).then(() => undefined)`);
    const out = path.join(cwd, 'wps-addon-build');
    for (const f of ['ribbon.xml', 'index.html', 'taskpane.html', 'manifest.xml']) expect(existsSync(path.join(out, f))).toBe(true);
    execFileSync(process.execPath, [path.join(WPSJS, 'index.js'), 'publish', '-s', 'http://10.0.0.8/jsaddons/juesuan/'], { cwd, encoding: 'utf8', timeout: 60_000, stdio: 'pipe' });
    const html = readFileSync(path.join(cwd, 'wps-addon-publish', 'publish.html'), 'utf8');
    expect(html).toContain('{"name":"juesuan","addonType":"et","online":"true","multiUser":"false","url":"http://10.0.0.8/jsaddons/juesuan/"}');
  });

  it('离线: `wpsjs build` packs the folder into juesuan.7z as juesuan_<version>/', async () => {
    const cwd = path.join(dir, 'juesuan');
    await fs.rm(path.join(cwd, 'wps-addon-build'), { recursive: true, force: true });
    await fs.rm(path.join(cwd, 'wps-addon-publish'), { recursive: true, force: true });
    // npm installs 7zip-bin's Linux binary without its execute bit (see the README).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sevenZip = (require('7zip-bin') as { path7za: string }).path7za;
    try {
      accessSync(sevenZip, constants.X_OK);
    } catch {
      chmodSync(sevenZip, 0o755);
    }
    wpsjs(cwd, `require(${JSON.stringify(path.join(WPSJS, 'lib', 'build.js'))}).buildWithArgs({ pluginType: 'offline' })`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const folder = `juesuan_${(require('../../package.json') as { version: string }).version}`;
    const archive = path.join(cwd, 'wps-addon-build', 'juesuan.7z');
    // The archive is written by a child process of that one; wait for it to be complete.
    for (let i = 0; i < 100 && !(existsSync(archive) && !existsSync(path.join(cwd, 'wps-addon-build', folder))); i++) await new Promise((r) => setTimeout(r, 100));
    const listing = execFileSync(sevenZip, ['l', archive], { encoding: 'utf8' });
    // wpsjs leaves package.json out of the package: it is the project's, not the add-in's.
    for (const f of ['ribbon.xml', 'index.html', 'taskpane.html', 'manifest.xml', 'images/icon-32.png']) expect(listing).toContain(`${folder}/${f}`);
    expect(readdirSync(path.join(cwd, 'wps-addon-build'))).toEqual(['juesuan.7z']);
  });
});
