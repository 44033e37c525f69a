/**
 * The registry's contract moved to shared/contracts (registry.ts, agreements.ts, enums.ts, common.ts).
 * This file only keeps the names other modules still import from here.
 * TODO(issue 11): users, imports and reports routes import from shared/contracts; then delete this file.
 */
export { IdParamsSchema } from '../../../shared/contracts/common';
export { PRODUCT_TYPES, SECTORS, UNIT_TYPES } from '../../../shared/contracts/enums';
export {
  ContactCreateSchema,
  ProductCreateSchema,
  UnitCreateSchema,
} from '../../../shared/contracts/registry';
