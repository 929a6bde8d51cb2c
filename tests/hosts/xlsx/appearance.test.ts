/**
 * The cell styles the web page's sheet view draws (hosts/xlsx/appearance.ts): a number format, wrapping, alignment, a
 * bold font and a solid fill, by the index a cell's `s` names; what ExcelJS reads of the same styles (web/gridView.test.ts
 * holds the two views equal).
 */
import { readCellFormats, rgbColour } from '../../../src/hosts/xlsx/appearance';

const STYLES = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0000"/></numFmts>
<fonts count="4"><font><sz val="11"/></font><font><b/><sz val="16"/></font><font><b val="0"/></font><font><b val="1"/></font></fonts>
<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.6"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="ddebf7"/></patternFill></fill></fills>
<cellXfs count="5">
<xf numFmtId="0" fontId="0" fillId="0"/>
<xf numFmtId="4" fontId="1" fillId="2" applyFont="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="164" fontId="2" fillId="3"/>
<xf numFmtId="0" fontId="3" fillId="4"><alignment horizontal="centerContinuous"/></xf>
<xf numFmtId="0" fontId="9" fillId="9"/>
</cellXfs></styleSheet>`;

describe('the cell styles the sheet view draws', () => {
  it('reads each style’s number format, wrapping, alignment, bold font and solid fill', () => {
    const none = { italic: false, underline: false, color: undefined, border: undefined };
    expect(readCellFormats(STYLES)).toEqual([
      { numFmt: '', wrap: false, vertical: undefined, horizontal: undefined, bold: false, fill: undefined, size: 11, ...none },
      { numFmt: '#,##0.00', wrap: true, vertical: 'middle', horizontal: 'center', bold: true, fill: '#F2F2F2', size: 16, ...none },
      // `<b val="0"/>` bold as ExcelJS reads it (the two sources of the view draw alike); a theme colour is not drawn.
      { numFmt: '0.0000', wrap: false, vertical: undefined, horizontal: undefined, bold: true, fill: undefined, size: undefined, ...none },
      { numFmt: '', wrap: false, vertical: undefined, horizontal: 'centerContinuous', bold: true, fill: '#DDEBF7', size: undefined, ...none },
      // A font or fill the file does not have: none.
      { numFmt: '', wrap: false, vertical: undefined, horizontal: undefined, bold: false, fill: undefined, size: undefined, ...none },
    ]);
    expect(readCellFormats(undefined)).toEqual([]);
  });

  it('reads each style\'s font size, italic, underline and colour, and its border edge by edge, as ExcelJS reads them', () => {
    const xml = `<styleSheet>
<fonts count="3"><font><sz val="10.5"/><i/><u val="double"/><color rgb="FFC00000"/><name val="宋体"/></font><font><u val="none"/><color theme="1"/></font><font><u/><sz val="x"/></font></fonts>
<borders count="3"><border><left/><right/><top/><bottom/><diagonal/></border>
<border><left style="thin"><color rgb="FF0000FF"/></left><right style="none"/><top style="double"><color indexed="64"/></top><bottom style="thick"/><diagonal style="thin"/></border>
<border><bottom><color rgb="FF000000"/></bottom></border></borders>
<cellXfs count="3"><xf fontId="0" borderId="1"/><xf fontId="1" borderId="2"/><xf fontId="2" borderId="0"/></cellXfs></styleSheet>`;
    const [a, b, c] = readCellFormats(xml);
    // 10.5 pt is 10 as ExcelJS reads it (a whole number): the two sources of the view draw alike.
    expect(a).toMatchObject({ size: 10, italic: true, underline: true, color: '#C00000' });
    expect(a!.border).toEqual({ left: { style: 'thin', color: '#0000FF' }, top: { style: 'double', color: undefined }, bottom: { style: 'thick', color: undefined } });
    expect(b).toMatchObject({ size: undefined, italic: false, underline: false, color: undefined, border: undefined });
    expect(c).toMatchObject({ size: undefined, underline: true, border: undefined });
  });

  it('takes a colour as RGB with or without its alpha, nothing else', () => {
    expect(rgbColour('FFF2F2F2')).toBe('#F2F2F2');
    expect(rgbColour('00ff0000')).toBe('#FF0000');
    expect(rgbColour('F2F2F2')).toBe('#F2F2F2');
    expect(rgbColour(undefined)).toBeUndefined();
    expect(rgbColour('red')).toBeUndefined();
    expect(rgbColour('FFF2F2F')).toBeUndefined();
  });
});
