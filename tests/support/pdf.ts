/**
 * Pages of a PDF for tests (poppler-utils): the page count and sizes, each page's text, and a page as a PNG for
 * the screenshots a person looks at. In CI poppler-utils must be there (scripts/ensure-system-packages.sh
 * installs it); elsewhere the tests that need it are skipped, loudly.
 */
import { execFileSync, spawnSync } from 'child_process';
import { renameSync } from 'fs';
import { hasLibreOffice } from './libreoffice';

export const hasPoppler = spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).status === 0;

if (!hasPoppler) {
  if (process.env.CI) throw new Error('poppler-utils (pdftoppm) is required in CI: scripts/ensure-system-packages.sh installs it.');
  console.warn('pdftoppm not found: the tests that render documents to PNG are skipped.');
}

/** LibreOffice to make the PDF, poppler to read it. */
export const itRendersDocuments = hasLibreOffice && hasPoppler ? it : it.skip;

export interface PdfPage {
  readonly number: number;
  /** Points. */
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

export function pdfPages(pdf: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ number: Number(m[1]), width: Number(m[2]), height: Number(m[3]) }));
  return sizes.map((s) => ({ ...s, text: execFileSync('pdftotext', ['-f', String(s.number), '-l', String(s.number), '-layout', pdf, '-'], { encoding: 'utf8' }) }));
}

/** One page as a PNG at `dpi`, written to `out`. */
export function pageToPng(pdf: string, page: number, out: string, dpi = 80): void {
  const prefix = out.replace(/\.png$/, '');
  execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-png', '-singlefile', pdf, prefix]);
  if (!out.endsWith('.png')) renameSync(`${prefix}.png`, out);
}
