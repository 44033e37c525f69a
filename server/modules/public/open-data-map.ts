/**
 * The map geometry the open-data API serves (`/api/public/v1/map/:layer.json`) and the staff map
 * draws: helper MAP's `mapShapes(layer)` (server/modules/public/map/map-shapes.ts), trimmed to
 * what a client needs to draw — viewBox and each region's code, name and path.
 *
 * TEMPORARY ADAPTER (issue 13 integration): map-shapes.ts lives on branch pub-map until it lands
 * on main, so it is loaded by a computed specifier (neither tsc nor the bundler requires it yet).
 * Once it is on main, replace `load()` with `import { mapShapes } from './map/map-shapes'`.
 */
import { MapGeometrySchema, type MapGeometry, type MapLayer } from '../../../shared/contracts/open-data';
import { NotFoundError } from '../../lib/errors';

interface Shapes {
  viewBox: string;
  regions: Array<{ code: string; name: string; d: string }>;
}
type MapShapesFn = (layer: MapLayer) => Shapes;

let loaded: Promise<MapShapesFn | null> | undefined;

function load(): Promise<MapShapesFn | null> {
  const specifier = ['.', 'map', 'map-shapes'].join('/');
  loaded ??= import(/* @vite-ignore */ specifier).then(
    (m: { mapShapes?: MapShapesFn }) => m.mapShapes ?? null,
    () => null,
  );
  return loaded;
}

/** The geometry of a layer; 404 while the geometry module is not part of the build. */
export async function mapGeometry(layer: MapLayer): Promise<MapGeometry> {
  const mapShapes = await load();
  if (!mapShapes) throw new NotFoundError();
  const shapes = mapShapes(layer);
  return MapGeometrySchema.parse({
    layer,
    viewBox: shapes.viewBox,
    regions: shapes.regions.map((r) => ({ code: r.code, name: r.name, d: r.d })),
  });
}
