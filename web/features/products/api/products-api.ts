import { unitResourceApi } from '../../../lib/unit-resource-api';

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

const api = unitResourceApi<Product, ProductInput>('products');

export const useUnitProducts = api.useByUnit;
export const useGovernmentProducts = api.useByGovernment;
export const useSaveProduct = api.useSave;
export const useArchiveProduct = api.useArchive;
