/**
 * Offline checks of manifest.xml (the online `office-addin-manifest validate` cannot run here): well-formed,
 * elements in schema order, every resource id resolving to a resource of the right kind, every icon file
 * present with its declared size, dev and production URLs consistent, and the add-in's promises (zh-CN with
 * an en-US override, ReadWriteDocument, ExcelApi 1.7, a button on the Home tab that opens the pane).
 */
import { DOMParser, Element as XmlElement } from '@xmldom/xmldom';
import { readFileSync, existsSync } from 'fs';
import path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest } = require('../../scripts/manifest.js') as { productionManifest: (xml: string, dev: string, prod: string) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../../package.json') as { config: { urlDev: string; urlProd: string } };

const ROOT = path.join(__dirname, '..', '..');
const XML = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

function parse(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, msg: string) => {
      if (level !== 'warning') errors.push(msg);
    },
  }).parseFromString(xml, 'text/xml');
  return { doc, errors };
}

const { doc, errors } = parse(XML);
const root = doc.documentElement as unknown as XmlElement;

function children(el: XmlElement): XmlElement[] {
  const list: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) list.push(n as XmlElement);
  return list;
}
function child(el: XmlElement, name: string): XmlElement {
  const found = children(el).find((c) => c.localName === name);
  if (!found) throw new Error(`<${el.localName}> has no <${name}>`);
  return found;
}
function all(name: string): XmlElement[] {
  return Array.from(doc.getElementsByTagName('*') as unknown as ArrayLike<XmlElement>).filter((e) => e.localName === name);
}
/** True when the names appear in the order of `schema` (each optional, none repeated out of place). */
function inSchemaOrder(names: readonly string[], schema: readonly string[]): boolean {
  let last = -1;
  for (const n of names) {
    const i = schema.indexOf(n);
    if (i < 0 || i < last) return false;
    last = i;
  }
  return true;
}

function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  it('is well-formed XML with the TaskPaneApp root', () => {
    expect(errors).toEqual([]);
    expect(root.localName).toBe('OfficeApp');
    expect(root.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type')).toBe('TaskPaneApp');
  });

  it('has its elements in the order the schema requires', () => {
    const top = [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
      'AllowSnapshot', 'VersionOverrides',
    ];
    expect(inSchemaOrder(children(root).map((c) => c.localName!), top)).toBe(true);
    const vo = child(root, 'VersionOverrides');
    expect(children(vo).map((c) => c.localName)).toEqual(['Hosts', 'Resources']);
    expect(children(child(vo, 'Resources')).map((c) => c.localName)).toEqual(['Images', 'Urls', 'ShortStrings', 'LongStrings']);
    const dff = all('DesktopFormFactor')[0]!;
    expect(inSchemaOrder(children(dff).map((c) => c.localName!), ['GetStarted', 'FunctionFile', 'ExtensionPoint'])).toBe(true);
    for (const control of all('Control')) {
      expect(children(control).map((c) => c.localName)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
    }
    for (const group of all('Group')) expect(inSchemaOrder(children(group).map((c) => c.localName!), ['Label', 'Icon', 'Control'])).toBe(true);
  });

  it('resolves every resid to a resource of the right kind, and declares each resource once', () => {
    const resources = new Map<string, string>();
    for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
      for (const el of children(all(kind)[0]!)) {
        expect(resources.has(el.getAttribute('id')!)).toBe(false);
        resources.set(el.getAttribute('id')!, kind);
      }
    }
    const wanted = (el: XmlElement): string => {
      const name = el.localName!;
      if (name === 'Image') return 'Images';
      if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(name)) return 'Urls';
      if (name === 'Description') return 'LongStrings';
      return 'ShortStrings';
    };
    const refs = Array.from(doc.getElementsByTagName('*') as unknown as ArrayLike<XmlElement>).filter((e) => e.hasAttribute('resid'));
    expect(refs.length).toBeGreaterThan(8);
    for (const el of refs) expect([el.getAttribute('resid'), resources.get(el.getAttribute('resid')!)]).toEqual([el.getAttribute('resid'), wanted(el)]);
    for (const s of all('String').filter((e) => e.namespaceURI === BT)) {
      const limit = (s.parentNode as XmlElement).localName === 'ShortStrings' ? 125 : 250;
      expect(s.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(limit);
    }
  });

  it('points every icon at a PNG in assets/ of the declared size', () => {
    const icons: [string, number][] = [
      [child(root, 'IconUrl').getAttribute('DefaultValue')!, 32],
      [child(root, 'HighResolutionIconUrl').getAttribute('DefaultValue')!, 64],
      ...all('Image')
        .filter((e) => e.hasAttribute('DefaultValue'))
        .map((e) => [e.getAttribute('DefaultValue')!, Number(/icon-(\d+)\.png$/.exec(e.getAttribute('DefaultValue')!)![1])] as [string, number]),
    ];
    for (const [url, size] of icons) {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual([size, size]);
    }
    for (const size of [16, 32, 64, 80, 128]) expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual([size, size]);
  });

  it('uses only the dev URL, and the production manifest only the production URL, for the same pages', () => {
    const urls = (xml: string) => [...xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.includes('schemas.microsoft.com') && !u.includes('www.w3.org'));
    const dev = urls(XML);
    expect(dev.length).toBeGreaterThan(5);
    for (const u of dev) expect([u, u.startsWith(pkg.config.urlDev) || u === new URL(pkg.config.urlDev).origin]).toEqual([u, true]);
    const prodXml = productionManifest(XML, pkg.config.urlDev, pkg.config.urlProd);
    expect(parse(prodXml).errors).toEqual([]);
    const prod = urls(prodXml);
    expect(prod).toHaveLength(dev.length);
    prod.forEach((u, i) => {
      const d = dev[i]!;
      if (d === new URL(pkg.config.urlDev).origin) expect(u).toBe(new URL(pkg.config.urlProd).origin);
      else expect(u).toBe(pkg.config.urlProd + d.slice(pkg.config.urlDev.length));
    });
    // The pages the manifest names are the pages the build emits (webpack.config.js).
    const pages = new Set(dev.filter((u) => u.endsWith('.html')).map((u) => new URL(u).pathname.slice(1)));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { PAGES } = require('../../scripts/pages.js') as { PAGES: readonly string[] };
    for (const page of pages) expect(PAGES).toContain(page);
  });

  it('makes the promises of the add-in: zh-CN with en-US, ReadWriteDocument, ExcelApi 1.7, a Home tab button opening the pane', () => {
    expect(child(root, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(root, 'Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, 'DefaultLocale').textContent).toBe('zh-CN');
    expect(child(root, 'DisplayName').getAttribute('DefaultValue')).toBe('决算公开助手');
    for (const name of ['DisplayName', 'Description']) {
      expect(children(child(root, name)).map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
    }
    expect(child(root, 'Permissions').textContent).toBe('ReadWriteDocument');
    expect(all('Host').filter((h) => h.getAttribute('Name')).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(all('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['ExcelApi', '1.7']]);
    expect(all('OfficeTab').map((t) => t.getAttribute('id'))).toEqual(['TabHome']);
    const action = all('Action')[0]!;
    expect(action.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type')).toBe('ShowTaskpane');
    expect(child(action, 'SourceLocation').getAttribute('resid')).toBe('Taskpane.Url');
  });
});
