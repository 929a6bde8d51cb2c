/**
 * `explain --format pdf`: the .docx converted by LibreOffice headless, where it is installed. Without it the
 * command stops with a message saying what to install (exit 2), rather than writing something else. A profile
 * of its own lets the conversion run while the user has LibreOffice open.
 */
import { execFile } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { UsageError } from './errors';

/** Where LibreOffice is: `soffice` on the PATH, else its usual install places on Windows and macOS. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const onPath = (env.PATH ?? '').split(path.delimiter).flatMap((dir) => ['soffice', 'soffice.exe', 'soffice.com'].map((f) => path.join(dir, f)));
  const usual = [
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
    'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ];
  return [...onPath, ...usual].find((f) => existsSync(f));
}

export const NO_LIBREOFFICE =
  '未找到 LibreOffice（soffice）：输出 PDF 需要它。请安装 LibreOffice（https://www.libreoffice.org/ ，或 apt-get install libreoffice-writer-nogui），' +
  '或改用 --format docx 输出 Word 文档，在 Word/WPS 中另存为 PDF。';

export async function docxToPdf(docx: Uint8Array, find: () => string | undefined = findSoffice): Promise<Uint8Array> {
  const soffice = find();
  if (!soffice) throw new UsageError(NO_LIBREOFFICE);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-pdf-'));
  try {
    const input = path.join(dir, '公开说明.docx');
    await fs.writeFile(input, docx);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await new Promise<void>((resolve, reject) =>
      execFile(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 180_000 }, (e, _out, err) =>
        e ? reject(new UsageError(`LibreOffice 未能把文档转换为 PDF（${String(err || e.message).trim()}）。可改用 --format docx。`)) : resolve(),
      ),
    );
    const pdf = path.join(dir, '公开说明.pdf');
    if (!existsSync(pdf)) throw new UsageError('LibreOffice 没有生成 PDF。可改用 --format docx，在 Word/WPS 中另存为 PDF。');
    return new Uint8Array(await fs.readFile(pdf));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
