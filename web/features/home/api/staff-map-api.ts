import { useQuery } from '@tanstack/react-query';
import type { MapGeometry, MapLayer, StaffMap } from '../../../../shared/contracts/open-data';
import { publicKeys } from '../../../../shared/contracts/public';
import { apiGet } from '../../../lib/api-client';

/** The governments of an official cycle in reach with their zone (default: the newest one). */
export function useStaffMap(cycleId: string | null) {
  return useQuery({
    queryKey: publicKeys.staffMap(cycleId),
    queryFn: () => apiGet<StaffMap>('/dashboard/map', { cycleId }),
  });
}

/** The map geometry of a layer: public, the same for everyone, fetched once per session. */
export function useMapGeometry(layer: MapLayer) {
  return useQuery({
    queryKey: ['map-geometry', layer] as const,
    queryFn: () => apiGet<MapGeometry>(`/public/v1/map/${layer}.json`),
    staleTime: Infinity,
  });
}
