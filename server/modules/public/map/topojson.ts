/**
 * A small TopoJSON reader (spec: github.com/topojson/topojson-specification): quantized,
 * delta-encoded arcs are decoded once into absolute lon/lat, and a Polygon / MultiPolygon geometry
 * is stitched from its arc indices into rings. Only what the two boundary files in geo/ use —
 * no points, lines or nested collections. Pure: no I/O.
 */

export type Position = [number, number];
export type Ring = Position[];
/** One polygon: exterior ring first, then holes. */
export type Polygon = Ring[];

export interface TopoGeometry {
  type: string;
  arcs?: unknown;
  properties?: Record<string, unknown>;
}

export interface Topology {
  type: 'Topology';
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, { type: string; geometries?: TopoGeometry[] }>;
}

export interface Feature {
  code: string;
  name: string;
  polygons: Polygon[];
}

/** Every arc in absolute coordinates (the transform undone; delta-encoding summed when quantized). */
export function decodeArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0]!, p[1]!] as Position);
    let x = 0;
    let y = 0;
    return arc.map((delta) => {
      x += delta[0]!;
      y += delta[1]!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as Position;
    });
  });
}

/**
 * A ring from its arc indices: a negative index ~i is arc i reversed; each arc after the first
 * starts where the previous one ended, so its first point is dropped.
 */
export function stitchRing(arcs: Position[][], indices: number[]): Ring {
  const ring: Ring = [];
  for (const index of indices) {
    const arc = index < 0 ? arcs[~index] : arcs[index];
    if (!arc) throw new Error(`TopoJSON: arc ${index} does not exist`);
    const points = index < 0 ? [...arc].reverse() : arc;
    for (let i = ring.length === 0 ? 0 : 1; i < points.length; i++) ring.push(points[i]!);
  }
  return ring;
}

/** The polygons of one geometry (a Polygon gives one, a MultiPolygon several, anything else none). */
export function geometryPolygons(arcs: Position[][], geometry: TopoGeometry): Polygon[] {
  if (geometry.type === 'Polygon') {
    return [(geometry.arcs as number[][]).map((ring) => stitchRing(arcs, ring))];
  }
  if (geometry.type === 'MultiPolygon') {
    return (geometry.arcs as number[][][]).map((polygon) => polygon.map((ring) => stitchRing(arcs, ring)));
  }
  return [];
}

/** The features of one object of the topology, keyed by `properties.code`. */
export function topologyFeatures(topology: Topology, objectName: string): Feature[] {
  const object = topology.objects[objectName];
  if (!object?.geometries) throw new Error(`TopoJSON: object ${objectName} missing`);
  const arcs = decodeArcs(topology);
  return object.geometries.map((geometry) => ({
    code: String(geometry.properties?.code ?? ''),
    name: String(geometry.properties?.name ?? ''),
    polygons: geometryPolygons(arcs, geometry),
  }));
}
