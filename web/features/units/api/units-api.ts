import type { UnitList } from '../../../../shared/contracts/registry';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  governmentKeys,
  unitKeys,
  type UnitDetailDto,
  type UnitDto,
  type UnitInput,
} from '../../../../shared/contracts/registry';
import { apiGet, apiPatch, apiPost } from '../../../lib/api-client';

export function useGovernmentUnits(governmentId: string, includeArchived: boolean) {
  return useQuery({
    queryKey: unitKeys.byGovernment(governmentId, includeArchived),
    queryFn: () =>
      apiGet<UnitList>(`/governments/${governmentId}/units`, {
        includeArchived: includeArchived ? 'true' : undefined,
      }),
  });
}

export function useUnit(id: string | undefined) {
  return useQuery({
    queryKey: unitKeys.detail(id),
    queryFn: () => apiGet<UnitDetailDto>(`/units/${id}`),
    enabled: Boolean(id),
  });
}

function useInvalidateRegistry() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: unitKeys.all }),
      qc.invalidateQueries({ queryKey: governmentKeys.all }),
    ]);
}

export function useSaveUnit(governmentId: string) {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: UnitInput }) =>
      id
        ? apiPatch<UnitDetailDto>(`/units/${id}`, input)
        : apiPost<UnitDetailDto>(`/governments/${governmentId}/units`, input),
    onSuccess: invalidate,
  });
}

export function useArchiveUnit() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: ({ id, restore }: { id: string; restore: boolean }) =>
      apiPost<UnitDetailDto>(`/units/${id}/${restore ? 'restore' : 'archive'}`),
    onSuccess: invalidate,
  });
}

export interface TreeRow {
  unit: UnitDto;
  depth: number;
}

/**
 * Orders a flat unit list as a depth-first tree (children under their parent, by name).
 * Units whose parent is not in the list (out of a PIC's reach, or archived and hidden) become roots.
 */
export function buildTree(units: UnitDto[]): TreeRow[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, UnitDto[]>();
  for (const u of units) {
    const key = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    const list = children.get(key) ?? [];
    list.push(u);
    children.set(key, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const u of children.get(parent) ?? []) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      rows.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/** A unit and everything under it (a unit cannot move under itself or a descendant). */
export function descendantsOf(units: UnitDto[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
    }
  }
  return out;
}
