/**
 * A chart's SVG as a PNG in Node (the command line's .docx), by resvg, a renderer without a browser: loaded only
 * when a document with charts is written. Fonts are the system's (Chinese labels need a CJK font: SimHei or
 * Microsoft YaHei on Windows, Noto Sans CJK on Linux), twice the pixels for print.
 */
import type { ChartPicture } from './chartSvg';

export async function rasterizeInNode(picture: ChartPicture): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(picture.svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
    fitTo: { mode: 'width', value: picture.width * 2 },
    background: '#FFFFFF',
  });
  return new Uint8Array(resvg.render().asPng());
}
