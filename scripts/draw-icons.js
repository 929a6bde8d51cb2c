#!/usr/bin/env node
'use strict';
/**
 * Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png): a blue rounded square holding a white
 * ledger sheet with table rows and a green check mark. Pure Node (zlib), so the PNGs are reproducible:
 *   node scripts/draw-icons.js
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [31, 94, 160];
const WHITE = [255, 255, 255];
const LINE = [120, 160, 205];
const GREEN = [46, 160, 67];

// Shapes in a 0..1 square, tested per subsample; later shapes paint over earlier ones.
function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}
function segment(ax, ay, bx, by, w) {
  return (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - (ax + t * dx)) ** 2 + (y - (ay + t * dy)) ** 2 <= (w / 2) ** 2;
  };
}

function layers(size) {
  const small = size <= 16;
  const rows = small ? [0.38, 0.52] : [0.34, 0.45, 0.56];
  return [
    [roundedRect(0.02, 0.02, 0.98, 0.98, 0.18), BLUE],
    [roundedRect(0.2, 0.14, 0.8, 0.86, 0.05), WHITE],
    ...rows.map((y) => [roundedRect(0.28, y, 0.72, y + (small ? 0.07 : 0.045), 0.01), LINE]),
    [segment(0.36, 0.7, 0.5, 0.82, small ? 0.13 : 0.1), GREEN],
    [segment(0.5, 0.82, 0.86, 0.48, small ? 0.13 : 0.1), GREEN],
  ];
}

function render(size) {
  const shapes = layers(size);
  const n = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let color = null;
          for (const [inside, c] of shapes) if (inside(x, y)) color = c;
          if (color) { r += color[0]; g += color[1]; b += color[2]; a += 1; }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
      }
      pixels[o + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return png(size, size, pixels);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(out, `icon-${size}.png`), render(size));
process.stdout.write(`wrote ${SIZES.map((s) => `assets/icon-${s}.png`).join(', ')}\n`);
