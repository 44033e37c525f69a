import {
  productKeys,
  type ProductInput,
  type ProductListItemDto,
} from '../../../../shared/contracts/registry';
import { unitResourceApi } from '../../../lib/unit-resource-api';

const api = unitResourceApi<ProductListItemDto, ProductInput>(productKeys);

export const useUnitProducts = api.useByUnit;
export const useGovernmentProducts = api.useByGovernment;
export const useSaveProduct = api.useSave;
export const useArchiveProduct = api.useArchive;
