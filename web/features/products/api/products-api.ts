import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost } from '../../../lib/api-client';

export const PRODUCT_TYPES = ['administratif', 'barang', 'jasa'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export interface Product {
  id: string;
  unitId: string;
  governmentId: string;
  name: string;
  type: ProductType;
  description: string | null;
  archivedAt: string | null;
  unitName?: string;
}

export interface ProductInput {
  name: string;
  type: ProductType;
  description: string | null;
}

export function useUnitProducts(unitId: string, includeArchived: boolean) {
  return useQuery({
    queryKey: ['products', 'byUnit', unitId, includeArchived],
    queryFn: () =>
      apiGet<{ items: Product[] }>(`/units/${unitId}/products`, {
        includeArchived: includeArchived ? 'true' : undefined,
        limit: 200,
      }),
  });
}

export function useGovernmentProducts(governmentId: string, q: string) {
  return useInfiniteQuery({
    queryKey: ['products', 'byGovernment', governmentId, q],
    queryFn: ({ pageParam }) =>
      apiGet<{ items: Product[]; nextCursor: string | null }>(`/governments/${governmentId}/products`, {
        q,
        limit: 100,
        cursor: pageParam,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (prev) => prev,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () =>
    Promise.all(['products', 'units', 'governments'].map((key) => qc.invalidateQueries({ queryKey: [key] })));
}

export function useSaveProduct(unitId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: ProductInput }) =>
      id ? apiPatch<Product>(`/products/${id}`, input) : apiPost<Product>(`/units/${unitId}/products`, input),
    onSuccess: invalidate,
  });
}

export function useArchiveProduct() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, restore }: { id: string; restore: boolean }) =>
      apiPost<Product>(`/products/${id}/${restore ? 'restore' : 'archive'}`),
    onSuccess: invalidate,
  });
}
