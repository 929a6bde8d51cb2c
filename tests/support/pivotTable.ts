/**
 * Parts of an accountant's workbook that the written file cannot keep (src/hosts/xlsx/keep.ts says them), added to
 * any package as Excel writes them: a pivot table on a sheet (its part, its cache definition and records, the
 * workbook's `<pivotCaches>`) and a VBA project (an .xlsm's macros). Every part related and typed: packageProblems
 * finds nothing in the package they leave.
 */
import type JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;

/** The cache of a pivot table over `ref` of `sheet`: 项目 (two items, 甲 and 乙) and 金额 (1 and 2). */
const cache = (sheet: string, ref: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="2" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3">` +
  `<cacheSource type="worksheet"><worksheetSource ref="${ref}" sheet="${sheet}"/></cacheSource><cacheFields count="2">` +
  '<cacheField name="项目" numFmtId="0"><sharedItems count="2"><s v="甲"/><s v="乙"/></sharedItems></cacheField>' +
  '<cacheField name="金额" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="2"/></cacheField>' +
  '</cacheFields></pivotCacheDefinition>';
const RECORDS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN}" count="2"><r><x v="0"/><n v="1"/></r><r><x v="1"/><n v="2"/></r></pivotCacheRecords>`;
/** The pivot table: 项目 down its rows, the sum of 金额, over `location` (header, two items, 总计). */
const pivot = (location: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1">` +
  `<location ref="${location}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
  '<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>' +
  '<rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>' +
  '<dataFields count="1"><dataField name="求和项:金额" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>';

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async('string');
}

/** The part of the sheet named `name`, through the workbook part and its relationships. */
async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const workbook = (await text(zip, 'xl/workbook.xml'))!;
  const rels = (await text(zip, 'xl/_rels/workbook.xml.rels'))!;
  const id = [...workbook.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${name}"`))?.match(/r:id="([^"]+)"/)?.[1];
  if (!id) throw new Error(`no sheet ${name}`);
  const rel = [...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`Id="${id}"`))!;
  const target = /Target="([^"]+)"/.exec(rel)![1]!;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

async function addRelationship(zip: JSZip, relsPath: string, relationship: string): Promise<void> {
  const rels = (await text(zip, relsPath)) ?? RELS('');
  zip.file(relsPath, rels.replace('</Relationships>', `${relationship}</Relationships>`));
}

async function addOverride(zip: JSZip, part: string, type: string): Promise<void> {
  const types = (await text(zip, '[Content_Types].xml'))!;
  zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`));
}

/**
 * A pivot table on the sheet `on` at `location`, over `ref` of the sheet `source`, as Excel writes one: its part
 * related from the sheet, its cache from it and from the workbook's `<pivotCaches>`.
 */
export async function withPivotTable(zip: JSZip, on: string, location: string, source: { readonly sheet: string; readonly ref: string }): Promise<void> {
  const kind = (k: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${k}+xml`;
  zip.file('xl/pivotCache/pivotCacheDefinition1.xml', cache(source.sheet, source.ref));
  zip.file('xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', RELS(`<Relationship Id="rId1" Type="${REL}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/>`));
  zip.file('xl/pivotCache/pivotCacheRecords1.xml', RECORDS);
  zip.file('xl/pivotTables/pivotTable1.xml', pivot(location));
  zip.file('xl/pivotTables/_rels/pivotTable1.xml.rels', RELS(`<Relationship Id="rId1" Type="${REL}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/>`));
  const sheet = await sheetPath(zip, on);
  await addRelationship(zip, sheet.replace(/([^/]+)$/, '_rels/$1.rels'), `<Relationship Id="rIdPivot1" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/>`);
  const workbook = (await text(zip, 'xl/workbook.xml'))!;
  // In the schema's order: after the custom views, before the extensions.
  const caches = '<pivotCaches><pivotCache cacheId="1" r:id="rIdPivotCache1"/></pivotCaches>';
  zip.file('xl/workbook.xml', workbook.includes('<extLst') ? workbook.replace('<extLst', `${caches}<extLst`) : workbook.replace('</workbook>', `${caches}</workbook>`));
  await addRelationship(zip, 'xl/_rels/workbook.xml.rels', `<Relationship Id="rIdPivotCache1" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>`);
  await addOverride(zip, 'xl/pivotCache/pivotCacheDefinition1.xml', kind('pivotCacheDefinition'));
  await addOverride(zip, 'xl/pivotCache/pivotCacheRecords1.xml', kind('pivotCacheRecords'));
  await addOverride(zip, 'xl/pivotTables/pivotTable1.xml', kind('pivotTable'));
}

/** A VBA project (the macros of an .xlsm; its bytes stand in for one). */
export async function withMacros(zip: JSZip): Promise<void> {
  zip.file('xl/vbaProject.bin', Uint8Array.from({ length: 512 }, (_v, i) => (i * 31 + 7) % 256));
  await addRelationship(zip, 'xl/_rels/workbook.xml.rels', '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>');
  await addOverride(zip, 'xl/vbaProject.bin', 'application/vnd.ms-office.vbaProject');
}
