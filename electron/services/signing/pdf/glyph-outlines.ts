import { create, type Font, type PathCommand } from 'fontkit';

/**
 * Text drawn as filled glyph outlines instead of text with an embedded font: the signature appearance then shows
 * any name ("Łukasz Żółć", "Jürgen Groß") without a font subset in the signature's update.
 */

const fonts = new WeakMap<Buffer, Font>();

export function outlineFont(data: Buffer): Font {
  const cached = fonts.get(data);
  if (cached) return cached;
  const font = create(data);
  fonts.set(data, font);
  return font;
}

export interface OutlinedText {
  /** PDF path construction operators in font units, the baseline starting at the origin. */
  path: string;
  /** Advance width in font units. */
  width: number;
}

// Font units are fine enough (2048 to the em in DejaVu) that whole units lose nothing visible.
const coordinate = (value: number) => String(Math.round(value));

function pathOf(commands: PathCommand[], dx: number, dy: number): string {
  const ops: string[] = [];
  let x = 0;
  let y = 0;
  const point = (px: number, py: number) => `${coordinate(px + dx)} ${coordinate(py + dy)}`;
  for (const { command, args } of commands) {
    const a = args.map((value) => (Number.isFinite(value) ? value : 0));
    if (command === 'moveTo') {
      [x, y] = [a[0] ?? 0, a[1] ?? 0];
      ops.push(`${point(x, y)} m`);
    } else if (command === 'lineTo') {
      [x, y] = [a[0] ?? 0, a[1] ?? 0];
      ops.push(`${point(x, y)} l`);
    } else if (command === 'quadraticCurveTo') {
      // PDF has only cubic Béziers: the quadratic's control point, two thirds of the way from each end.
      const [qx, qy, ex, ey] = [a[0] ?? 0, a[1] ?? 0, a[2] ?? 0, a[3] ?? 0];
      ops.push(`${point(x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y))} ${point(ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey))} ${point(ex, ey)} c`);
      [x, y] = [ex, ey];
    } else if (command === 'bezierCurveTo') {
      ops.push(`${point(a[0] ?? 0, a[1] ?? 0)} ${point(a[2] ?? 0, a[3] ?? 0)} ${point(a[4] ?? 0, a[5] ?? 0)} c`);
      [x, y] = [a[4] ?? 0, a[5] ?? 0];
    } else {
      ops.push('h');
    }
  }
  return ops.join('\n');
}

export function outlineText(font: Font, text: string): OutlinedText {
  // Control characters have no glyphs; a space keeps the words apart.
  const printable = [...text].map((char) => (char < ' ' || char === '\u007f' ? ' ' : char)).join('');
  const run = font.layout(printable);
  const paths: string[] = [];
  let pen = 0;
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index];
    const path = pathOf(glyph.path.commands, pen + (position?.xOffset ?? 0), position?.yOffset ?? 0);
    if (path) paths.push(path);
    pen += position?.xAdvance ?? 0;
  });
  return { path: paths.join('\n'), width: pen };
}
