/**
 * The bounding box of the map's path data ("m x y l dx dy … z", relative, as the server writes
 * it), so the staff map can frame the regions in reach. Null when nothing could be read.
 */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const TOKEN = /[mlzMLZ]|-?(?:\d+\.?\d*|\.\d+)/g;

export function pathBounds(paths: string[]): Bounds | null {
  let b: Bounds | null = null;
  const add = (x: number, y: number) => {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    b = b
      ? {
          minX: Math.min(b.minX, x),
          minY: Math.min(b.minY, y),
          maxX: Math.max(b.maxX, x),
          maxY: Math.max(b.maxY, y),
        }
      : { minX: x, minY: y, maxX: x, maxY: y };
  };
  for (const d of paths) {
    const tokens = d.match(TOKEN) ?? [];
    let cmd = '';
    let x = 0;
    let y = 0;
    let start: [number, number] = [0, 0];
    let pending: number | null = null;
    for (const t of tokens) {
      if (/[a-z]/i.test(t)) {
        cmd = t;
        if (t === 'z' || t === 'Z') [x, y] = start;
        continue;
      }
      const n = Number(t);
      if (pending === null) {
        pending = n;
        continue;
      }
      const relative = cmd === 'm' || cmd === 'l';
      x = relative ? x + pending : pending;
      y = relative ? y + n : n;
      pending = null;
      if (cmd === 'm' || cmd === 'M') {
        start = [x, y];
        cmd = cmd === 'm' ? 'l' : 'L'; // further pairs after a moveto are linetos
      }
      add(x, y);
    }
  }
  return b;
}
