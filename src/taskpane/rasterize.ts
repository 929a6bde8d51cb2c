/**
 * A chart's SVG as a PNG in the browser (the pane's .docx): drawn by the browser itself through an image and a
 * canvas, at twice the size for print. The SVG is loaded as an image from a blob: URL, so nothing in it runs.
 */
import type { ChartPicture } from '../documents/chartSvg';

export async function rasterizeInBrowser(picture: ChartPicture): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(picture.width, picture.height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = picture.width * 2;
    canvas.height = picture.height * 2;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('浏览器不支持画布（canvas）');
    g.scale(2, 2);
    g.drawImage(image, 0, 0, picture.width, picture.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('无法生成图片');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
