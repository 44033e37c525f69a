/**
 * The map geometry the open-data API serves (`/api/public/v1/map/:layer.json`) and the staff map
 * draws: helper MAP's `mapShapes(layer)` trimmed to what a client needs to draw — the viewBox and
 * each region's code, name and SVG path.
 */
import { MapGeometrySchema, type MapGeometry, type MapLayer } from '../../../shared/contracts/open-data';
import { mapShapes } from './map/map-shapes';

/** The geometry of a layer. */
export async function mapGeometry(layer: MapLayer): Promise<MapGeometry> {
  const shapes = mapShapes(layer);
  return MapGeometrySchema.parse({
    layer,
    viewBox: shapes.viewBox,
    regions: shapes.regions.map((r) => ({ code: r.code, name: r.name, d: r.d })),
  });
}
