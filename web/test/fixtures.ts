/**
 * Data the fake API answers with, shaped like the server's responses and type-checked against the
 * shared schemas: a small framework version (two dimensions, three indicators) as
 * `GET /api/frameworks/:id` returns it.
 */
import type { CycleDetail } from '../../shared/contracts/assessments-cycles';
import { FrameworkDetailSchema, type FrameworkDetailView } from '../../shared/contracts/frameworks';
import { validateFramework, type Framework } from '../../shared/frameworks/framework.schema';

export const ids = {
  cycle: '11111111-1111-4111-8111-111111111111',
  government: '22222222-2222-4222-8222-222222222222',
  unitA: '33333333-3333-4333-8333-33333333333a',
  unitB: '33333333-3333-4333-8333-33333333333b',
  answer: (n: number) => `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`,
  import: '55555555-5555-4555-8555-555555555555',
};

const rubric = (id: string, en: string) => ({ id, en });

export const testFramework: Framework = {
  id: 'uji-kepatuhan',
  version: '2024.1',
  name: { id: 'Uji Kepatuhan 2024', en: 'Compliance test 2024' },
  issuer: 'Patuh (uji)',
  legalBasis: 'UU 25/2009',
  sources: [],
  scoreRange: { min: 0, max: 100 },
  aggregation: {
    products: 'mean',
    units: 'mean',
    missing: 'zero-when-closed',
    notApplicable: 'redistribute',
    useSelfValueWhenUnverified: false,
  },
  bands: [
    {
      code: 'A',
      label: rubric('Kualitas tinggi', 'High'),
      min: 50,
      max: 100,
      zone: 'hijau',
      color: '#2f9e44',
    },
    {
      code: 'B',
      label: rubric('Kualitas rendah', 'Low'),
      min: 0,
      max: 49.99,
      zone: 'merah',
      color: '#e03131',
    },
  ],
  nodes: [
    {
      code: 'IN',
      name: rubric('Input', 'Input'),
      weight: 40,
      children: [
        {
          code: 'IN.SARPRAS',
          name: rubric('Sarana dan prasarana', 'Facilities'),
          weight: 100,
          children: [
            {
              code: 'IN.1',
              name: rubric('Ruang tunggu tersedia', 'Waiting room available'),
              weight: 50,
              appliesTo: { level: 'unit' },
              scale: {
                type: 'yes-no',
                min: 0,
                max: 1,
                levels: [
                  { value: 0, rubric: rubric('Tidak ada ruang tunggu', 'No waiting room') },
                  { value: 1, rubric: rubric('Ada ruang tunggu yang layak', 'A proper waiting room') },
                ],
              },
              evidence: rubric('Foto ruang tunggu', 'Photo of the waiting room'),
            },
            {
              code: 'IN.2',
              name: rubric('Toilet pengguna layanan', 'Toilet for service users'),
              weight: 50,
              appliesTo: { level: 'unit' },
              scale: {
                type: '0-3',
                min: 0,
                max: 3,
                levels: [
                  { value: 0, rubric: rubric('Tidak ada toilet', 'No toilet') },
                  { value: 1, rubric: rubric('Ada, tidak terawat', 'Present, not kept') },
                  { value: 2, rubric: rubric('Ada dan bersih', 'Present and clean') },
                  { value: 3, rubric: rubric('Bersih dan ramah difabel', 'Clean and accessible') },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      code: 'PR',
      name: rubric('Proses', 'Process'),
      weight: 60,
      children: [
        {
          code: 'PR.STD',
          name: rubric('Standar pelayanan', 'Service standards'),
          weight: 100,
          children: [
            {
              code: 'PR.1',
              name: rubric('Persyaratan layanan dipajang', 'Requirements displayed'),
              weight: 100,
              appliesTo: { level: 'unit' },
              scale: {
                type: '0-3',
                min: 0,
                max: 3,
                levels: [
                  { value: 0, rubric: rubric('Tidak dipajang', 'Not displayed') },
                  { value: 1, rubric: rubric('Dipajang sebagian', 'Partly displayed') },
                  { value: 2, rubric: rubric('Dipajang lengkap', 'Fully displayed') },
                  { value: 3, rubric: rubric('Lengkap dan mudah dibaca', 'Full and legible') },
                ],
              },
            },
          ],
        },
      ],
    },
  ],
};

/** The framework as `GET /api/frameworks/:id` returns it (FrameworkDetailSchema; a valid definition). */
export const testFrameworkDetail: FrameworkDetailView = {
  id: '66666666-6666-4666-8666-666666666666',
  version: testFramework.version,
  name: testFramework.name.id,
  nameLocalized: testFramework.name,
  source: 'builtin',
  basedOn: null,
  frozen: true,
  frozenAt: '2024-01-02T03:00:00.000Z',
  archived: false,
  usedByCycles: 1,
  updatedAt: '2024-01-02T03:00:00.000Z',
  compiledBy: null,
  draft: false,
  officeId: null,
  officeName: null,
  officeSpotCheck: false,
  mayChange: false,
  definition: testFramework,
  problems: [],
};

// A fixture that drifts from the contract, or a framework the server would call invalid, fails every test that loads it.
FrameworkDetailSchema.parse(testFrameworkDetail);
const problems = validateFramework(testFramework);
if (problems.length) throw new Error(`test framework invalid: ${JSON.stringify(problems)}`);

/** `n` regencies of a cycle ("Pemerintah Kabupaten Uji 1".."n"), each with 3 units and 6 products. */
export const cycleGovernments = (n: number): CycleDetail['governments'] =>
  Array.from({ length: n }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    name: `Pemerintah Kabupaten Uji ${i + 1}`,
    type: 'pemkab',
    unitCount: 3,
    productCount: 6,
    assessors: [],
  }));

/** An official cycle of an office in verification, as `GET /api/cycles/:id` returns it. */
export const cycleDetail = (over: Partial<CycleDetail> = {}): CycleDetail => ({
  id: ids.cycle,
  officeId: '77777777-7777-4777-8777-777777777777',
  officeName: 'Ombudsman RI Perwakilan Kepulauan Bangka Belitung',
  officeTimeZone: 'WIB',
  year: 2024,
  name: 'Penilaian Kepatuhan 2024',
  kind: 'official',
  ownerGovernmentId: null,
  ownerGovernmentName: null,
  sharedAt: null,
  frameworkId: '66666666-6666-4666-8666-666666666666',
  status: 'verification',
  productsPerUnit: 2,
  approvedAt: null,
  publishedAt: null,
  governmentCount: 0,
  selfStart: '2024-03-01',
  selfEnd: '2024-05-31',
  verifyStart: '2024-06-03',
  verifyEnd: '2024-07-31',
  appealStart: '2024-08-01',
  appealEnd: '2024-08-14',
  finalDate: '2024-09-02',
  governments: [],
  ...over,
});
