/**
 * The whole 公开说明 as a Word document: title, parts, sections, paragraphs (first-line indent, as official
 * documents set them), the glossary, and in 第四部分 each of the nine tables as a Word table. Lives outside
 * the engine because it uses the `docx` library; the pane loads it only when a .docx is asked for.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { NarrativeDocument } from '../engine/narrative/document';
import { plain } from '../engine/narrative/fragment';
import type { TableText } from '../engine/report/tableText';
import type { TableCode } from '../engine/tables/model';

const BODY_FONT = { ascii: 'SimSun', eastAsia: '仿宋', hAnsi: 'SimSun' };
const HEADING_FONT = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], size: number, center = false): Paragraph {
  return new Paragraph({
    heading: level,
    ...(center ? { alignment: AlignmentType.CENTER } : {}),
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text, font: HEADING_FONT, size, bold: true })],
  });
}

function body(text: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: 640 },
    spacing: { line: 480 },
    children: [new TextRun({ text, font: BODY_FONT, size: 28 })],
  });
}

function wordTable(table: TableText): Table {
  const columns = Math.max(1, ...table.rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: table.rows.map(
      (line) =>
        new TableRow({
          children: Array.from({ length: columns }, (_, c) =>
            new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: line[c] ?? '', font: BODY_FONT, size: 18 })] })] }),
          ),
        }),
    ),
  });
}

export async function narrativeDocx(doc: NarrativeDocument, tables: ReadonlyMap<TableCode, TableText>): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [heading(doc.title, HeadingLevel.TITLE, 40, true)];
  for (const part of doc.parts) {
    children.push(heading(`${part.number} ${part.title}`, HeadingLevel.HEADING_1, 32));
    for (const section of part.sections) {
      if (section.title) children.push(heading(`${section.number}、${section.title}`, HeadingLevel.HEADING_2, 30));
      for (const block of section.blocks) {
        if (block.kind === 'heading') children.push(heading(block.text, HeadingLevel.HEADING_3, 28));
        else if (block.kind === 'paragraph') children.push(body(plain(block.runs)));
        else {
          children.push(heading(block.text, HeadingLevel.HEADING_3, 28));
          const table = tables.get(block.code);
          if (table && table.rows.length > 0) children.push(wordTable(table));
          else children.push(body('（工作簿中未识别到此表）'));
        }
      }
    }
  }
  const document = new Document({
    creator: '决算公开助手',
    title: doc.title,
    sections: [{ properties: {}, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
