/**
 * The grid reader asks for each worksheet's part one ahead of the one it reads (readGrid.ts `Prefetch`): the command
 * line inflates a large part on zlib's thread while the part before is scanned. Guarded here: the sheets still come
 * out in the workbook's order; at most two parts are held at once (not every sheet of a large workbook); and nothing
 * is returned or thrown while a part is still inflating, since the bytes are lent (the command line reads the next
 * file over them).
 */
import JSZip from 'jszip';
import { readGrid } from '../../../src/hosts/xlsx/ooxml/readGrid';
import { openPackage, Package, PackageError } from '../../../src/hosts/xlsx/ooxml/package';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of one sheet per entry, each sheet's cell A1 its text (or the sheet's own XML where given whole). */
async function workbookOf(sheets: readonly string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`);
  sheets.forEach((text, i) => {
    const data = text.startsWith('<row') ? text : `<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`;
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData></worksheet>`);
  });
  return zip.generateAsync({ type: 'uint8array' });
}

/** The package with each worksheet part given after `delay` ms, and a log of when each was asked for and given. */
function slowSheets(pkg: Package, delay: (path: string) => number) {
  const log: string[] = [];
  const wrapped: Package = {
    ...pkg,
    async bytes(path) {
      const data = await pkg.bytes(path);
      if (!path.includes('worksheets/')) return data;
      const name = path.slice(path.lastIndexOf('/') + 1);
      log.push(`asked ${name}`);
      await new Promise((resolve) => setTimeout(resolve, delay(path)));
      log.push(`given ${name}`);
      return data;
    },
  };
  return { wrapped, log };
}

describe('worksheet parts read one ahead', () => {
  it('reads the sheets in the workbook’s order, asking for one part beyond the one it reads, never more', async () => {
    const bytes = await workbookOf(['一', '二', '三', '四']);
    // The first parts slowest: a reader that waited for nothing would still finish them in order.
    const { wrapped, log } = slowSheets(await openPackage(bytes), (path) => 40 - 10 * Number(/(\d)\.xml/.exec(path)![1]));
    const grid = await readGrid(bytes, wrapped);
    expect(grid.sheets.map((s) => [s.name, s.rows[0]![0]])).toEqual([['S1', '一'], ['S2', '二'], ['S3', '三'], ['S4', '四']]);
    // One ahead: the third part asked for once the first has arrived, the fourth once the second has (two held at most).
    expect(log.slice(0, 2)).toEqual(['asked sheet1.xml', 'asked sheet2.xml']);
    expect(log.indexOf('asked sheet3.xml')).toBeGreaterThan(log.indexOf('given sheet1.xml'));
    expect(log.indexOf('asked sheet4.xml')).toBeGreaterThan(log.indexOf('given sheet2.xml'));
  });

  it('throws for a damaged sheet only once the part asked for beyond it has arrived', async () => {
    const bytes = await workbookOf(['<row r="0"><c r="A1"><v>1</v></c></row>', '二']);
    const { wrapped, log } = slowSheets(await openPackage(bytes), (path) => (path.endsWith('sheet2.xml') ? 60 : 0));
    await expect(readGrid(bytes, wrapped)).rejects.toThrow(PackageError);
    expect(log).toContain('given sheet2.xml');
  });
});
