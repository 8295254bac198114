// Draws the app icons: color.png (192×192, a white three-column board on TeamFlame orange) and
// outline.png (32×32, the same board in white on transparent), as the Teams manifest requires.
// Run: node appPackage/icons/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

function canvas(size) {
  return new PNG({ width: size, height: size, colorType: 6 });
}

function fillRect(png, x0, y0, w, h, [r, g, b, a]) {
  for (let y = Math.max(0, y0); y < Math.min(png.height, y0 + h); y++) {
    for (let x = Math.max(0, x0); x < Math.min(png.width, x0 + w); x++) {
      const i = (png.width * y + x) << 2;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
}

/** Three kanban columns of different heights: the board motif. */
function board(png, unit, offset, color) {
  const heights = [7, 10, 5];
  heights.forEach((h, column) => {
    const x = offset + column * unit * 4;
    fillRect(png, x, offset, unit * 3, unit, color); // column header
    for (let card = 0; card < h; card += 3)
      fillRect(png, x, offset + unit * (2 + card), unit * 3, unit * 2, color);
  });
}

const dir = join(import.meta.dirname, '..');
const color = canvas(192);
fillRect(color, 0, 0, 192, 192, [232, 89, 12, 255]);
board(color, 12, 30, [255, 255, 255, 255]);
writeFileSync(join(dir, 'color.png'), PNG.sync.write(color));

const outline = canvas(32);
fillRect(outline, 0, 0, 32, 32, [0, 0, 0, 0]);
board(outline, 2, 4, [255, 255, 255, 255]);
writeFileSync(join(dir, 'outline.png'), PNG.sync.write(outline));
console.log('wrote color.png and outline.png');
