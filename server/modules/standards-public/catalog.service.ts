/**
 * The public service catalogue's use cases (issue 15 part 5): search the published standards, read
 * one service's public standard, count a government's published services per unit. Anonymous: the
 * only "access check" is the repository's rule (set and published, nothing archived); what may be
 * shown of a standard — the six service-delivery components always, the eight others only when the
 * unit chose to publish them — is decided here, once, for the page and the board alike.
 */
import { StandardContentSchema, type StandardContent } from '../../../shared/contracts/standards';
import {
  SERVICE_DELIVERY_KEYS,
  STANDARD_COMPONENT_KEYS,
  type StandardComponentKey,
} from '../../../shared/standards/components';
import type { Executor } from '../../db/client';
import * as repo from './catalog.repository';

/** Services per catalogue page. */
export const CATALOGUE_PAGE_SIZE = 30;

export interface PublicService {
  productId: string;
  name: string;
  description: string | null;
  unit: { id: string; name: string; address: string | null };
  government: { id: string; key: string; name: string };
  version: number;
  /** Only the components that may be shown (see `publicContent`). */
  content: StandardContent;
  publishManufacturing: boolean;
  skNumber: string | null;
  skDate: string | null;
  reviewDate: string | null;
  publishedAt: string;
  maklumat: { body: string; signatory: string; signedOn: string } | null;
}

const shape = StandardContentSchema.shape;

/**
 * The components of a set standard that may be shown: the six service-delivery ones, and the eight
 * manufacturing ones only when the unit chose to publish them. A component whose stored value does
 * not read as its schema is left out rather than shown half-broken.
 */
export function publicContent(content: unknown, publishManufacturing: boolean): StandardContent {
  const source = (content && typeof content === 'object' ? content : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of STANDARD_COMPONENT_KEYS) {
    if (!publishManufacturing && !SERVICE_DELIVERY_KEYS.includes(key)) continue;
    if (source[key] === undefined || source[key] === null) continue;
    const parsed = shape[key as StandardComponentKey].safeParse(source[key]);
    if (parsed.success && parsed.data !== undefined && parsed.data !== null) out[key] = parsed.data;
  }
  return out as StandardContent;
}

const keyOf = (g: { id: string; region_code: string | null }) => g.region_code ?? g.id;
const iso = (v: Date | string) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

/** One service's public page data, or null when it has no set, published standard (→ 404). */
export async function publicService(db: Executor, productId: string): Promise<PublicService | null> {
  const row = await repo.publishedService(db, productId);
  if (!row) return null;
  const m = await repo.publishedMaklumat(db, row.unit_id);
  return {
    productId: row.product_id,
    name: row.product_name,
    description: row.product_description,
    unit: { id: row.unit_id, name: row.unit_name, address: row.unit_address },
    government: {
      id: row.government_id,
      key: keyOf({ id: row.government_id, region_code: row.region_code }),
      name: row.government_name,
    },
    version: Number(row.version),
    content: publicContent(row.content, row.publish_manufacturing),
    publishManufacturing: row.publish_manufacturing,
    skNumber: row.sk_number,
    skDate: row.sk_date,
    reviewDate: row.review_date,
    publishedAt: iso(row.published_at),
    maklumat: m ? { body: m.body, signatory: m.signatory, signedOn: m.signed_on } : null,
  };
}

export interface CatalogueService {
  productId: string;
  name: string;
  duration: { value: number; unit: string } | null;
  free: boolean | null;
}
export interface CatalogueGroup {
  government: { id: string; key: string; name: string };
  units: Array<{ id: string; name: string; services: CatalogueService[] }>;
}
export interface CataloguePage {
  groups: CatalogueGroup[];
  total: number;
  page: number;
  pages: number;
}

const durationOf = (v: unknown): CatalogueService['duration'] => {
  const parsed = shape.jangka_waktu.safeParse(v);
  return parsed.success && parsed.data ? parsed.data : null;
};

/**
 * A page of the catalogue: the services whose government, unit or name contains every word,
 * optionally of one government, grouped government → unit → service.
 */
export async function searchCatalogue(
  db: Executor,
  f: { words: string[]; governmentId?: string; page: number },
): Promise<CataloguePage> {
  const offset = (f.page - 1) * CATALOGUE_PAGE_SIZE;
  const { rows, total } = await repo.catalogueRows(
    db,
    { words: f.words, governmentId: f.governmentId },
    CATALOGUE_PAGE_SIZE,
    offset,
  );
  const groups: CatalogueGroup[] = [];
  for (const r of rows) {
    let g = groups.at(-1);
    if (!g || g.government.id !== r.government_id) {
      g = {
        government: {
          id: r.government_id,
          key: keyOf({ id: r.government_id, region_code: r.region_code }),
          name: r.government_name,
        },
        units: [],
      };
      groups.push(g);
    }
    let u = g.units.at(-1);
    if (!u || u.id !== r.unit_id) {
      u = { id: r.unit_id, name: r.unit_name, services: [] };
      g.units.push(u);
    }
    u.services.push({
      productId: r.product_id,
      name: r.product_name,
      duration: durationOf(r.duration),
      free: typeof r.free === 'boolean' ? r.free : null,
    });
  }
  return { groups, total, page: f.page, pages: Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE)) };
}

/** The catalogue's government filter: a live government by key, or null. */
export async function catalogueGovernment(
  db: Executor,
  key: string,
): Promise<{ id: string; key: string; name: string } | null> {
  const g = await repo.governmentOfKey(db, key);
  return g ? { id: g.id, key: keyOf(g), name: g.name } : null;
}

/** The governments to choose from in the filter (those with a public service). */
export async function catalogueGovernments(db: Executor): Promise<Array<{ key: string; name: string }>> {
  return (await repo.governmentsWithServices(db)).map((g) => ({ key: keyOf(g), name: g.name }));
}

/** Per unit of a government, its services with a published standard (the government page's section). */
export async function publishedPerUnit(
  db: Executor,
  governmentId: string,
): Promise<Array<{ unitName: string; services: number }>> {
  return (await repo.publishedCountsByUnit(db, governmentId)).map((r) => ({
    unitName: r.unit_name,
    services: r.services,
  }));
}
