/**
 * The registry's enumerations, defined once. The database enums (server/db/schema.ts), the request
 * and response schemas (shared/contracts/registry.ts), the Excel import template, the framework file
 * schema, the demo and the synthetic data set, and the web app's pickers all read them from here.
 * Labels live in web/i18n (`sector.<value>`, `unitType.<value>` …), never beside the values.
 */

/** Kinds of public-service provider (penyelenggara): ministries, agencies and regional governments. */
export const GOVERNMENT_TYPES = ['kementerian', 'lembaga', 'pemprov', 'pemkab', 'pemkot'] as const;
export type GovernmentType = (typeof GOVERNMENT_TYPES)[number];

/** Government types tied to a Kemendagri region (province or regency/city). */
export const REGIONAL_GOVERNMENT_TYPES = [
  'pemprov',
  'pemkab',
  'pemkot',
] as const satisfies readonly GovernmentType[];

/** Kinds of service unit in a government's tree (OPD/SKPD, UPT, Puskesmas, RSUD …). */
export const UNIT_TYPES = [
  'opd',
  'upt',
  'puskesmas',
  'rsud',
  'kecamatan',
  'kelurahan',
  'sekolah',
  'lainnya',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** Service sectors a unit belongs to (used for the Ombudsman's sample, REFERENCE §1.3). */
export const SECTORS = [
  'kesehatan',
  'pendidikan',
  'sosial',
  'perizinan',
  'kependudukan',
  'pengawasan',
  'infrastruktur',
  'ekonomi',
  'lingkungan',
  'perhubungan',
  'ketenagakerjaan',
  'keuangan',
  'kepegawaian',
  'komunikasi',
  'kebencanaan',
  'lainnya',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Kinds of service product (jenis produk layanan, UU 25/2009 Pasal 5). */
export const PRODUCT_TYPES = ['administratif', 'barang', 'jasa'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

/** Cooperation agreements between an Ombudsman office and a government: MoU or PKS. */
export const AGREEMENT_KINDS = ['mou', 'pks'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** Levels and kinds of the Kemendagri regions (idn-area-data). */
export const REGION_LEVELS = ['province', 'regency'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];
export const REGION_KINDS = ['provinsi', 'kabupaten', 'kota'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/** Whether a government of this type is tied to a region (and takes its name from it). */
export function isRegionalGovernmentType(type: GovernmentType): boolean {
  return (REGIONAL_GOVERNMENT_TYPES as readonly GovernmentType[]).includes(type);
}
