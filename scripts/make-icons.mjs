// Draws the toolbar icons (a teal disc with a white "U") as PNGs, so that the
// repository carries no binary that cannot be regenerated.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function icon(size) {
  const rows = [];
  const r = size / 2;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - r,
        dy = y + 0.5 - r;
      const inDisc = dx * dx + dy * dy <= r * r;
      // The "U": two vertical bars joined by a bowl in the lower half.
      const u = (px, py) => {
        const left = r - size * 0.22,
          right = r + size * 0.22,
          top = size * 0.25,
          stroke = Math.max(1.5, size * 0.11);
        const bowlY = size * 0.55;
        if (py >= top && py <= bowlY && (Math.abs(px - left) <= stroke / 2 || Math.abs(px - right) <= stroke / 2)) return true;
        if (py > bowlY) {
          const d = Math.hypot(px - r, py - bowlY);
          return Math.abs(d - (right - left) / 2) <= stroke / 2;
        }
        return false;
      };
      const white = inDisc && u(x + 0.5, y + 0.5);
      if (!inDisc) row.push(0, 0, 0, 0);
      else if (white) row.push(255, 255, 255, 255);
      else row.push(0x0f, 0x76, 0x6e, 255);
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
