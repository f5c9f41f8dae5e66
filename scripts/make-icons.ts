/**
 * Writes the add-in's ribbon / store icons to assets/icon-{16,32,64,80}.png.
 *
 * The mark: a rounded blue square (Fluent brand blue, light-to-dark vertical gradient) with three
 * white ascending bars (a bar chart / score). The bars are snapped to whole pixels at each size so
 * the 16 px icon stays crisp; the rounded corners are anti-aliased by 4x4 supersampling.
 *
 * Deterministic and dependency-free: the PNG (IHDR, IDAT, IEND chunks with CRC-32) is assembled
 * here and compressed with Node's zlib. Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = [number, number, number, number];

// ---------------------------------------------------------------------------------------------
// PNG encoding
// ---------------------------------------------------------------------------------------------

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309 / PNG) of a byte buffer. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Encodes 8-bit RGBA pixels (row-major, width*height*4 bytes) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes, got ${rgba.length}`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  // Each scanline is prefixed with filter type 0 (None).
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const idat = deflateSync(raw, { level: 9 });
  return Buffer.concat([PNG_SIGNATURE, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

// ---------------------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------------------

const BLUE_TOP: Rgba = [0x2b, 0x88, 0xd8, 255];
const BLUE_BOTTOM: Rgba = [0x0f, 0x6c, 0xbd, 255];
const WHITE: Rgba = [255, 255, 255, 255];

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The three bars in pixel coordinates, snapped to whole pixels and centred horizontally. */
export function barRects(size: number): Rect[] {
  const w = Math.max(1, Math.round(0.15 * size));
  const gap = Math.max(1, Math.round(0.1 * size));
  const start = Math.floor((size - (3 * w + 2 * gap)) / 2);
  const bottom = Math.round(0.78 * size);
  const tops = [0.56, 0.4, 0.22].map((f) => Math.round(f * size));
  return tops.map((top, i) => ({ x0: start + i * (w + gap), y0: top, x1: start + i * (w + gap) + w, y1: bottom }));
}

/** True when (x, y), in pixel units, is inside the rounded square [0,size]² with corner radius r. */
function insideRoundedSquare(x: number, y: number, size: number, r: number): boolean {
  if (x < 0 || y < 0 || x > size || y > size) return false;
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

function inside(rect: Rect, x: number, y: number): boolean {
  return x >= rect.x0 && x < rect.x1 && y >= rect.y0 && y < rect.y1;
}

/** Renders the icon at `size`×`size` as straight (non-premultiplied) RGBA. */
export function renderIcon(size: number): Uint8Array {
  const SS = 4; // supersamples per axis
  const radius = 0.2 * size;
  const bars = barRects(size);
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    const t = size === 1 ? 0 : py / (size - 1);
    const bg = BLUE_TOP.map((c, i) => c + (BLUE_BOTTOM[i] - c) * t) as Rgba;
    for (let px = 0; px < size; px++) {
      // Accumulate premultiplied colour over the supersamples.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = px + (sx + 0.5) / SS;
          const y = py + (sy + 0.5) / SS;
          if (!insideRoundedSquare(x, y, size, radius)) continue;
          const colour = bars.some((bar) => inside(bar, x, y)) ? WHITE : bg;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 255;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        out[o] = Math.round((r * 255) / a);
        out[o + 1] = Math.round((g * 255) / a);
        out[o + 2] = Math.round((b * 255) / a);
      }
      out[o + 3] = Math.round(a / (SS * SS));
    }
  }
  return out;
}

export function main(outDir = resolve(__dirname, "..", "assets")): string[] {
  mkdirSync(outDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    return file;
  });
}

if (require.main === module) {
  for (const file of main()) console.log(`wrote ${file}`);
}
