// Draws the app icons the Teams manifest asks for: color.png (192×192, full colour on a solid background)
// and outline.png (32×32, white on transparent). Both show one motif: a flame whose body holds a small
// Kanban board (three columns of cards). Shapes are described in unit coordinates and sampled 4×4 per
// pixel, so the edges are anti-aliased at both sizes.
// Run: node appPackage/icons/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

const SAMPLES = 4;

/** A teardrop leaning right: a round bulb with a tip that narrows upwards. */
function teardrop({ cx, cy, r, tipX, tipY }) {
  return (x, y) => {
    if (y >= cy) return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    if (y < tipY) return false;
    const t = (y - tipY) / (cy - tipY); // 0 at the tip, 1 at the bulb's widest
    const centre = cx + (tipX - cx) * (1 - t) ** 2;
    // Concave sides make the point of a flame rather than a drop.
    return Math.abs(x - centre) <= r * t ** 1.5;
  };
}

function roundedRect(x0, y0, x1, y1, radius) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + radius - x, 0, x - (x1 - radius));
    const dy = Math.max(y0 + radius - y, 0, y - (y1 - radius));
    return dx * dx + dy * dy <= radius * radius;
  };
}

const body = teardrop({ cx: 0.5, cy: 0.6, r: 0.33, tipX: 0.6, tipY: 0.04 });
const flick = teardrop({ cx: 0.33, cy: 0.45, r: 0.1, tipX: 0.2, tipY: 0.14 });
const flame = (x, y) => body(x, y) || flick(x, y);

/** Three columns of cards, like a board: 3, 2 and 1 cards. */
const CARD = { w: 0.12, h: 0.085, gapX: 0.03, gapY: 0.03, top: 0.5, left: 0.5 - 0.12 * 1.5 - 0.03 };
const cards = [3, 2, 1].flatMap((count, column) =>
  Array.from({ length: count }, (_, row) => {
    const x0 = CARD.left + column * (CARD.w + CARD.gapX);
    const y0 = CARD.top + row * (CARD.h + CARD.gapY);
    return roundedRect(x0, y0, x0 + CARD.w, y0 + CARD.h, 0.015);
  }),
);
const onCard = (x, y) => cards.some((card) => card(x, y));

const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

/** Averages the colour of SAMPLES² points per pixel; `paint` returns [r, g, b, a] for a unit point. */
function render(size, paint) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [r, g, b, a] = paint((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          sum = [sum[0] + r * a, sum[1] + g * a, sum[2] + b * a, sum[3] + a];
        }
      }
      const i = (py * size + px) * 4;
      const alpha = sum[3] / SAMPLES ** 2;
      png.data[i] = sum[3] ? Math.round(sum[0] / sum[3]) : 0;
      png.data[i + 1] = sum[3] ? Math.round(sum[1] / sum[3]) : 0;
      png.data[i + 2] = sum[3] ? Math.round(sum[2] / sum[3]) : 0;
      png.data[i + 3] = Math.round(alpha * 255);
    }
  }
  return png;
}

const BACKGROUND = [232, 89, 12]; // the manifest's accentColor, #E8590C
const FLAME_TOP = [255, 212, 59]; // amber at the tip
const FLAME_BOTTOM = [255, 249, 219]; // nearly white in the bulb, where the cards sit
const CARD_COLOURS = [
  [201, 42, 42],
  [232, 89, 12],
  [240, 140, 0],
];

const color = render(192, (x, y) => {
  if (!flame(x, y)) return [...BACKGROUND, 1];
  const column = cards.findIndex((card) => card(x, y));
  if (column >= 0) return [...CARD_COLOURS[column < 3 ? 0 : column < 5 ? 1 : 2], 1];
  return [...mix(FLAME_TOP, FLAME_BOTTOM, Math.min(1, Math.max(0, (y - 0.1) / 0.5))), 1];
});

// Teams draws the outline icon white on its own colours: the cards are holes in the flame.
const outline = render(32, (x, y) => [255, 255, 255, flame(x, y) && !onCard(x, y) ? 1 : 0]);

const dir = join(import.meta.dirname, '..');
writeFileSync(join(dir, 'color.png'), PNG.sync.write(color));
writeFileSync(join(dir, 'outline.png'), PNG.sync.write(outline));
console.log('wrote appPackage/color.png and appPackage/outline.png');
