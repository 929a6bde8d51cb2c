/**
 * LibreOffice headless for tests: recalculating every formula of an .xlsx (with a profile that tells Calc to
 * always recalculate on load) and converting documents. In CI it must be there (scripts/ensure-system-packages.sh
 * installs it); elsewhere the tests that need it are skipped, loudly.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

export const hasLibreOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

if (!hasLibreOffice) {
  if (process.env.CI) throw new Error('LibreOffice (soffice) is required in CI: scripts/ensure-system-packages.sh installs it.');
  console.warn('LibreOffice not found: the tests that recalculate or convert with it are skipped.');
}

export const itWithLibreOffice = hasLibreOffice ? it : it.skip;

let profile: string | undefined;
function profileDir(): string {
  if (profile) return profile;
  profile = mkdtempSync(path.join(os.tmpdir(), 'juesuan-lo-'));
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  // OOXMLRecalcMode 0: recalculate every formula when an .xlsx is loaded, never trust cached results.
  writeFileSync(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return profile;
}

/** Converts `file` to `format` (such as `xlsx` or `txt:Text (encoded):UTF8`) into `outDir`; returns the output path. */
export function convert(file: string, format: string, outDir: string): string {
  execFileSync('soffice', [`-env:UserInstallation=file://${profileDir()}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, file], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  const ext = format.split(':')[0]!;
  return path.join(outDir, `${path.basename(file, path.extname(file))}.${ext}`);
}
