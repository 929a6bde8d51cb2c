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
    expect(readCellFormats(STYLES)).toEqual([
      { numFmt: '', wrap: false, vertical: undefined, horizontal: undefined, bold: false, fill: undefined },
      { numFmt: '#,##0.00', wrap: true, vertical: 'middle', horizontal: 'center', bold: true, fill: '#F2F2F2' },
      // `<b val="0"/>` bold as ExcelJS reads it (the two sources of the view draw alike); a theme colour is not drawn.
      { numFmt: '0.0000', wrap: false, vertical: undefined, horizontal: undefined, bold: true, fill: undefined },
      { numFmt: '', wrap: false, vertical: undefined, horizontal: 'centerContinuous', bold: true, fill: '#DDEBF7' },
      // A font or fill the file does not have: none.
      { numFmt: '', wrap: false, vertical: undefined, horizontal: undefined, bold: false, fill: undefined },
    ]);
    expect(readCellFormats(undefined)).toEqual([]);
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
