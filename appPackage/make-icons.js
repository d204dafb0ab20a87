// Writes the Teams app icons (color.png 192x192, outline.png 32x32 white on transparent) and the Power
// Platform connector's icon (connector-icon.png 230x230 on the brand colour, as certification asks)
// with nothing but node:zlib, so they can be regenerated anywhere: `node appPackage/make-icons.js [outDir]`.
'use strict';
const { deflateSync } = require('node:zlib');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes an RGBA pixel function as an 8-bit truecolour-with-alpha PNG. */
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (None)
    for (let x = 0; x < size; x++) Buffer.from(pixel(x + 0.5, y + 0.5)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The glyph, in a unit square: a dial (ring) with two hands, i.e. "jobs over time". */
function glyph(u, v) {
  const dx = u - 0.5;
  const dy = v - 0.5;
  const r = Math.hypot(dx, dy);
  const ring = r > 0.3 && r < 0.38;
  const hourHand = Math.abs(dx) < 0.035 && dy < 0.02 && dy > -0.22;
  const minuteHand = Math.abs(dy) < 0.035 && dx > -0.02 && dx < 0.18;
  return ring || hourHand || minuteHand;
}

const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];
const ACCENT = [0x1f, 0x5f, 0xbf, 255];

const color = png(192, (x, y) => (glyph(x / 192, y / 192) ? WHITE : ACCENT));
const outline = png(32, (x, y) => (glyph(x / 32, y / 32) ? WHITE : CLEAR));
const connector = png(230, (x, y) => (glyph(x / 230, y / 230) ? WHITE : ACCENT));

const outDir = process.argv[2] ?? __dirname;
writeFileSync(join(outDir, 'color.png'), color);
writeFileSync(join(outDir, 'outline.png'), outline);
writeFileSync(join(outDir, 'connector-icon.png'), connector);
