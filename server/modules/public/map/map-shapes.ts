/**
 * The map of Indonesia as SVG path data, built on the server once per process from geo/*.topojson
 * (cahyadsn/wilayah_boundaries, MIT): lon/lat projected equirectangularly (x scaled by cos of the
 * archipelago's middle latitude) into a 1000-wide viewBox, rounded to 0.1 px, and simplified per
 * ARC — a point closer than MIN_STEP to the previous kept one is dropped, arc ends always kept —
 * so two neighbours still share exactly the same border (no slivers, no gaps).
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../lib/paths';
import { decodeArcs, geometryPolygons, type Position, type Topology } from './topojson';

export const MAP_LAYERS = ['provinsi', 'kabkota'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

export interface MapShape {
  code: string;
  name: string;
  /** SVG path data, every polygon of the feature. */
  d: string;
}

export interface MapShapes {
  viewBox: string;
  width: number;
  height: number;
  regions: MapShape[];
  /** kabkota only: the borders between provinces (arcs shared by regencies of two provinces). */
  provinceBorders: string | null;
  /** Milliseconds it took to build (read + decode + project + simplify). */
  buildMs: number;
}

/** The frame both layers share, so switching layers keeps every region in place. */
export const FRAME = { west: 95, east: 141.1, north: 6.1, south: -11.1 } as const;
export const MAP_WIDTH = 1000;
/** Minimum distance in viewBox units between two kept points of an arc. */
export const MIN_STEP = 0.6;

const COS_LAT = Math.cos((((FRAME.north + FRAME.south) / 2) * Math.PI) / 180);
const SCALE = MAP_WIDTH / ((FRAME.east - FRAME.west) * COS_LAT);
export const MAP_HEIGHT = Math.ceil((FRAME.north - FRAME.south) * SCALE);

/** lon/lat → viewBox units, in tenths (integers), so path deltas are exact. */
export function project([lon, lat]: Position): Position {
  return [
    Math.round((lon - FRAME.west) * COS_LAT * SCALE * 10),
    Math.round((FRAME.north - lat) * SCALE * 10),
  ];
}

/** An arc projected and thinned: a point closer than `step` (viewBox units) to the last kept one goes. */
export function thinArc(points: Position[], step = MIN_STEP): Position[] {
  const min2 = (step * 10) ** 2;
  const out: Position[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const last = out[out.length - 1];
    if (!last) {
      out.push(p);
      continue;
    }
    const isEnd = i === points.length - 1;
    const d2 = (p[0] - last[0]) ** 2 + (p[1] - last[1]) ** 2;
    if (isEnd) {
      // The end is shared with the next arc: always kept; the previous kept point goes if too close.
      if (out.length > 1 && d2 < min2) out.pop();
      out.push(p);
    } else if (d2 >= min2) {
      out.push(p);
    }
  }
  return out;
}

/** A number in tenths as the shortest SVG text: 12 → "1.2", -5 → "-.5", 30 → "3". */
function tenths(n: number): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  if (frac === 0) return sign + String(whole);
  return sign + (whole === 0 ? '' : String(whole)) + '.' + String(frac);
}

/** Numbers joined the way SVG parses them: a space only where the next does not start with '-'. */
function joinNumbers(numbers: number[]): string {
  let s = '';
  numbers.forEach((n, i) => {
    const t = tenths(n);
    if (i > 0 && !t.startsWith('-')) s += ' ';
    s += t;
  });
  return s;
}

/** Closed rings (first = last point, in tenths) as relative path data: "m x y l dx dy … z". */
export function ringsToPath(rings: Position[][]): string {
  let d = '';
  let cursor: Position = [0, 0];
  for (const ring of rings) {
    // Drop the closing point and repeated points; 'z' closes the ring.
    const pts = ring.filter((p, i) => {
      const prev = ring[i - 1];
      return !prev || p[0] !== prev[0] || p[1] !== prev[1];
    });
    const first = pts[0];
    const last = pts[pts.length - 1];
    if (pts.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) pts.pop();
    if (pts.length < 3) continue;
    const start = pts[0]!;
    const deltas: number[] = [];
    for (let i = 1; i < pts.length; i++) {
      deltas.push(pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]);
    }
    d += `m${joinNumbers([start[0] - cursor[0], start[1] - cursor[1]])}l${joinNumbers(deltas)}z`;
    // After 'z' the current point is the ring's start.
    cursor = start;
  }
  return d;
}

function readTopology(file: string): Topology {
  return JSON.parse(fs.readFileSync(path.join(projectRoot(), 'geo', file), 'utf8')) as Topology;
}

/** A tiny diamond around a ring's mean point: the fallback for a feature every ring of which thinned away. */
function marker(rings: Position[][]): Position[] {
  const all = rings.flat();
  const cx = Math.round(all.reduce((s, p) => s + p[0], 0) / all.length);
  const cy = Math.round(all.reduce((s, p) => s + p[1], 0) / all.length);
  const r = 8;
  return [
    [cx, cy - r],
    [cx + r, cy],
    [cx, cy + r],
    [cx - r, cy],
    [cx, cy - r],
  ];
}

/** Builds one layer's shapes from its file. */
export function buildShapes(topology: Topology, objectName: string, layer: MapLayer): MapShapes {
  const started = performance.now();
  const rawArcs = decodeArcs(topology).map((arc) => arc.map(project));
  const arcs = rawArcs.map((arc) => thinArc(arc));
  const geometries = topology.objects[objectName]?.geometries ?? [];
  const regions = geometries.map((geometry) => {
    const rings = geometryPolygons(arcs, geometry).flat();
    let d = ringsToPath(rings);
    if (d === '') {
      // Every ring thinned below a triangle (a small city): draw it unthinned, else as a marker.
      const full = geometryPolygons(rawArcs, geometry).flat();
      d = ringsToPath(full) || ringsToPath([marker(full)]);
    }
    return {
      code: String(geometry.properties?.code ?? ''),
      name: String(geometry.properties?.name ?? ''),
      d,
    };
  });
  const provinceBorders = layer === 'kabkota' ? borderMesh(arcs, geometries) : null;
  return {
    viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`,
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    regions,
    provinceBorders,
    buildMs: Math.round(performance.now() - started),
  };
}

/** The arcs whose two sides belong to regencies of different provinces, as one open path. */
function borderMesh(
  arcs: Position[][],
  geometries: Topology['objects'][string]['geometries'] & object,
): string {
  const provincesOfArc = new Map<number, Set<string>>();
  for (const geometry of geometries) {
    const province = String(geometry.properties?.code ?? '').split('.')[0]!;
    const indices = (geometry.type === 'Polygon' ? [geometry.arcs] : (geometry.arcs as unknown[])).flat(
      2,
    ) as number[];
    for (const index of indices) {
      const arc = index < 0 ? ~index : index;
      const set = provincesOfArc.get(arc) ?? new Set<string>();
      set.add(province);
      provincesOfArc.set(arc, set);
    }
  }
  let d = '';
  let cursor: Position = [0, 0];
  for (const [index, provinces] of [...provincesOfArc].sort((a, b) => a[0] - b[0])) {
    const arc = arcs[index];
    if (provinces.size < 2 || !arc || arc.length < 2) continue;
    const start = arc[0]!;
    const deltas: number[] = [];
    for (let i = 1; i < arc.length; i++)
      deltas.push(arc[i]![0] - arc[i - 1]![0], arc[i]![1] - arc[i - 1]![1]);
    d += `m${joinNumbers([start[0] - cursor[0], start[1] - cursor[1]])}l${joinNumbers(deltas)}`;
    cursor = arc[arc.length - 1]!;
  }
  return d;
}

const cache = new Map<MapLayer, MapShapes>();

/** The shapes of a layer, built on first use and kept for the life of the process. */
export function mapShapes(layer: MapLayer): MapShapes {
  let shapes = cache.get(layer);
  if (!shapes) {
    shapes =
      layer === 'provinsi'
        ? buildShapes(readTopology('provinces.topojson'), 'provinces', 'provinsi')
        : buildShapes(readTopology('regencies.topojson'), 'regencies', 'kabkota');
    cache.set(layer, shapes);
  }
  return shapes;
}
