/**
 * office.js as a browser test serves it to a page: Microsoft's own file from @microsoft/office-js, then the strict
 * Excel stand-in holding the bundled sample, with Office and Excel pointed at it (the page thinks it is in Excel).
 */
import { promises as fs } from 'fs';
import path from 'path';
import ts from 'typescript';
import { ROOT } from './browser';
import { sample } from './ruleTester';

/** office.js, then the stand-in with the sample, then Office and Excel pointed at the stand-in. */
export async function officeScript(): Promise<string> {
  const office = await fs.readFile(path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist', 'office.js'), 'utf8');
  const source = await fs.readFile(path.join(ROOT, 'tests', 'support', 'excelStandIn.ts'), 'utf8');
  const standIn = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  const sheets = sample().sheets.map((s) => ({ name: s.name, rows: s.rows }));
  return `${office}
;(function () {
  var exports = {}; var module = { exports: exports };
  ${standIn}
  var standIn = new exports.ExcelStandIn('1.18');
  ${JSON.stringify(sheets)}.forEach(function (s) { standIn.addSheet(s.name, s.rows); });
  window.__standIn = standIn;
  var env = standIn.environment();
  window.Excel = Object.assign(window.Excel || {}, { run: env.run });
  var onReady = Office.onReady.bind(Office);
  Office.onReady = function (callback) {
    return onReady().then(function () {
      Office.context = Office.context || {};
      Office.context.requirements = { isSetSupported: env.isSetSupported };
      var info = { host: Office.HostType.Excel, platform: 'PC' };
      if (callback) callback(info);
      return info;
    });
  };
})();`;
}

