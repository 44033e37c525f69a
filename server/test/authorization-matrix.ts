/**
 * The authorization matrix: every API route × every role of the owning tenant, and the same roles
 * of another tenant. A route missing from the table fails the suite, so no route ships unchecked.
 * Its rows run in two halves, one per test file (authorization-matrix.{1,2}.test.ts), so the two
 * test workers share them. Each writing row makes its own tenants; the reading rows (GET) of a half
 * share one pair (`readingTenants`). Each half has its own database, so the halves are independent.
 *
 * Expectations: 'ok' = passes authorization (any answer but 401/403/404 and never 5xx);
 * 403 = the role lacks the permission; 404 = out of reach (same answer as a missing id).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreements, governments, imports, jobs, notifications, offices } from '../db/schema';
import { cycleGovernments, cycles, cycleUnits, frameworks, resultsExports } from '../db/schema-assessments';
import { calendarDays } from '../db/schema-calendar';
import { complaintPauses } from '../db/schema-complaints';
import { DEFAULT_DEADLINE_RULES } from '../../shared/complaints/deadline-rules';
import { identityKeysOf } from '../lib/identity-crypto';
import { createReport, todayWib } from '../modules/complaints/complaints.create';
import { getFramework } from '../frameworks/framework-catalog';
import type { Role } from '../lib/reach';
import { roleCan, type Permission } from '../lib/permissions';
import { ROLES } from '../lib/reach';
import {
  makeAssessmentFixture,
  PHASE_DATES,
  type AssessmentFixture,
} from '../modules/assessments/common/assessment-fixtures';
import { createUser } from '../modules/users/users.service';
import {
  lettersMatrixFixture,
  type LettersMatrixFixture,
} from '../modules/complaint-letters/letters.matrix-fixture';
import { unitProfileMatrixFixture } from '../modules/unit-profile/unit-profile.matrix-fixture';
import {
  activityMatrixFixture,
  type ActivityMatrixFixture,
} from '../modules/activities/activities.matrix-fixture';
import {
  standardsMatrixFixture,
  type StandardsMatrixFixture,
} from '../modules/standards/standards.matrix-fixture';
import {
  surveyResultsMatrixFixture,
  type SurveyResultsMatrixFixture,
} from '../modules/survey-results/survey-results.matrix-fixture';
import { surveysMatrixFixture, type SurveysMatrixFixture } from '../modules/surveys/surveys.matrix-fixture';
import { surveyFeedMatrixFixture } from '../modules/survey-feed/survey-feed.matrix-fixture';
import {
  followupsMatrixFixture,
  type FollowupsMatrixFixture,
} from '../modules/followups/followups.matrix-fixture';
import {
  followupReportsMatrixFixture,
  type FollowupReportsMatrixFixture,
} from '../modules/followup-reports/followup-reports.fixture';
import { makeTenant, type Tenant } from './factories';
import { createTestContext, type TestContext } from './harness';

type Expect = 'ok' | 403 | 404;
type ByRole = Record<Role, Expect>;

/**
 * The government's internal verifier (Inspektorat) is given explicitly on the rows where it differs;
 * elsewhere it expects what a coordinator of the same government gets when it holds the route's
 * permission, else 403 (`expectedFor`).
 */
const R = (
  admin: Expect,
  head: Expect,
  assessor: Expect,
  coord: Expect,
  pic: Expect,
  verifier?: Expect,
): Partial<ByRole> & Omit<ByRole, 'internal_verifier'> => ({
  admin,
  oversight_head: head,
  assessor,
  gov_coordinator: coord,
  unit_pic: pic,
  ...(verifier === undefined ? {} : { internal_verifier: verifier }),
});
const ALL = R('ok', 'ok', 'ok', 'ok', 'ok');

interface Entry {
  /** Concrete path with placeholders :gov :unit :otherUnit :product :contact :office :agreement :import :export :user (and the assessment fixture's :cycle :visit :visitPhoto :appeal :appealFile …). */
  path: string;
  body?: unknown;
  multipart?: boolean;
  roles: ReturnType<typeof R>;
  /** True when the route addresses one tenant's record: another tenant's users get 404 (or 403). */
  scoped: boolean;
  /** When the path holds :unit, a PIC asking for the sibling unit (:otherUnit) must get this. */
  picSibling?: Expect;
  /** Routes that public (anonymous) callers may use. */
  anonymous?: boolean;
}

/**
 * The identity of the matrix's case reporter. No answer of any route, to any role, carries any part
 * of it — except the two routes that exist to reveal it (REVEALING) to those allowed.
 */
const MATRIX_REPORTER = {
  fullName: 'Pelapor Matriks',
  nik: '6311019999000001',
  phone: '081299990001',
  email: 'pelapor.matriks@example.test',
};
const REVEALING = ['POST /api/complaints/:id/identity', 'GET /api/complaints/:id/whatsapp'];

/** A custom framework shared by the framework rows: editing or archiving it disturbs no other row. */
const MATRIX_FRAMEWORK = 'matriks-kerangka';
/** A regional government no tenant owns, for the public government route (made in beforeAll). */
const MATRIX_PUBLIC_GOV_CODE = '63.11';

const M: Record<string, Entry> = {
  'GET /api/health': { path: '/api/health', roles: ALL, scoped: false, anonymous: true },
  'POST /api/auth/login': {
    path: '/api/auth/login',
    body: { email: 'x@uji.test', password: 'salah-sekali' },
    roles: ALL,
    scoped: false,
    anonymous: true,
  },
  'GET /api/auth/me': { path: '/api/auth/me', roles: ALL, scoped: false, anonymous: true },
  'PATCH /api/auth/me': { path: '/api/auth/me', body: { locale: 'id' }, roles: ALL, scoped: false },
  'POST /api/auth/logout': { path: '/api/auth/logout', roles: ALL, scoped: false },
  'GET /api/regions': { path: '/api/regions?level=province', roles: ALL, scoped: false },
  'GET /api/offices': { path: '/api/offices', roles: ALL, scoped: false },
  'GET /api/offices/:id': {
    path: '/api/offices/:office',
    roles: R('ok', 'ok', 'ok', 404, 404),
    scoped: true,
  },
  'POST /api/offices': {
    path: '/api/offices',
    body: { name: 'Kantor Matriks', code: 'MTX-:rand' },
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  'PATCH /api/offices/:id': {
    path: '/api/offices/:office',
    body: { address: 'Jl. Uji' },
    roles: R('ok', 403, 403, 403, 403),
    scoped: true,
  },
  'POST /api/offices/:id/archive': {
    path: '/api/offices/:office/archive',
    roles: R('ok', 403, 403, 403, 403),
    scoped: true,
  },
  'POST /api/offices/:id/restore': {
    path: '/api/offices/:office/restore',
    roles: R('ok', 403, 403, 403, 403),
    scoped: true,
  },
  'GET /api/governments': { path: '/api/governments', roles: ALL, scoped: false },
  'GET /api/governments/:id': { path: '/api/governments/:gov', roles: ALL, scoped: true },
  'POST /api/governments': {
    path: '/api/governments',
    body: { type: 'lembaga', name: 'Lembaga Matriks', officeId: ':office' },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: false,
  },
  'PATCH /api/governments/:id': {
    path: '/api/governments/:gov',
    body: { address: 'Jl. Uji' },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/governments/:id/archive': {
    path: '/api/governments/:gov/archive',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/governments/:id/restore': {
    path: '/api/governments/:gov/restore',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'GET /api/audit': {
    path: '/api/audit?governmentId=:gov',
    roles: R('ok', 403, 403, 'ok', 403),
    scoped: true,
  },
  'GET /api/notifications': { path: '/api/notifications?unread=true', roles: ALL, scoped: false },
  'POST /api/notifications/:id/read': {
    path: '/api/notifications/:notification/read',
    roles: R(404, 404, 404, 404, 'ok'),
    scoped: true,
  },
  'POST /api/notifications/read-all': { path: '/api/notifications/read-all', roles: ALL, scoped: false },
  'GET /api/notifications/settings': { path: '/api/notifications/settings', roles: ALL, scoped: false },
  'PUT /api/notifications/settings': {
    path: '/api/notifications/settings',
    body: { items: [{ kind: 'self.closing', inApp: true, email: false }] },
    roles: ALL,
    scoped: false,
  },
  'GET /api/mail-outbox': { path: '/api/mail-outbox', roles: R('ok', 403, 403, 403, 403), scoped: false },
  'GET /api/mail-outbox/:name': {
    path: '/api/mail-outbox/2026-01-01T00-00-00-000Z-0123abcd.eml',
    roles: R(404, 403, 403, 403, 403),
    scoped: false,
  },
  'GET /api/jobs': { path: '/api/jobs?status=failed', roles: R('ok', 403, 403, 403, 403), scoped: false },
  'POST /api/jobs/:id/retry': {
    path: '/api/jobs/:job/retry',
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  'GET /api/audit/actors': {
    path: '/api/audit/actors?governmentId=:gov',
    roles: R('ok', 403, 403, 'ok', 403),
    scoped: true,
  },
  'GET /api/audit/export': {
    path: '/api/audit/export?governmentId=:gov&action=update',
    roles: R('ok', 403, 403, 'ok', 403),
    scoped: true,
  },
  // Units
  'GET /api/governments/:id/units': { path: '/api/governments/:gov/units', roles: ALL, scoped: true },
  'POST /api/governments/:id/units': {
    path: '/api/governments/:gov/units',
    body: { name: 'Unit Matriks', type: 'opd', sector: 'sosial' },
    roles: R('ok', 'ok', 403, 'ok', 403),
    scoped: true,
  },
  'GET /api/units/:id': { path: '/api/units/:unit', roles: ALL, scoped: true, picSibling: 404 },
  'PATCH /api/units/:id': {
    path: '/api/units/:unit',
    body: { address: 'Jl. Uji' },
    roles: R('ok', 'ok', 403, 'ok', 403),
    scoped: true,
    picSibling: 403,
  },
  'POST /api/units/:id/archive': {
    path: '/api/units/:otherUnit/archive',
    roles: R('ok', 'ok', 403, 'ok', 403),
    scoped: true,
  },
  'POST /api/units/:id/restore': {
    path: '/api/units/:otherUnit/restore',
    roles: R('ok', 'ok', 403, 'ok', 403),
    scoped: true,
  },
  // Unit history (issue 11 part 6): the government's coordinator and admins reorganise.
  'POST /api/governments/:id/units/:unitId/rename': {
    path: '/api/governments/:gov/units/:otherUnit/rename',
    body: { name: 'Dinas Baru :rand', effectiveOn: '2024-01-01' },
    roles: R('ok', 403, 403, 'ok', 403),
    scoped: true,
  },
  'POST /api/governments/:id/units/:unitId/merge': {
    path: '/api/governments/:gov/units/:otherUnit/merge',
    body: { effectiveOn: '2024-01-01', into: { unitId: ':unit' } },
    roles: R('ok', 403, 403, 'ok', 403),
    scoped: true,
  },
  'POST /api/governments/:id/units/:unitId/split': {
    path: '/api/governments/:gov/units/:otherUnit/split',
    body: {
      effectiveOn: '2024-01-01',
      into: [{ unitId: ':unit' }, { newUnit: { name: 'Unit Pecahan :rand', type: 'opd', sector: 'sosial' } }],
    },
    roles: R('ok', 403, 403, 'ok', 403),
    scoped: true,
  },
  'GET /api/units/:id/lineage': {
    path: '/api/units/:unit/lineage',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  'GET /api/units/:id/results-history': {
    path: '/api/units/:unit/results-history',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  // Products
  'GET /api/units/:id/products': {
    path: '/api/units/:unit/products',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  'GET /api/governments/:id/products': { path: '/api/governments/:gov/products', roles: ALL, scoped: true },
  'POST /api/units/:id/products': {
    path: '/api/units/:unit/products',
    body: { name: 'Layanan Matriks', type: 'jasa' },
    roles: R('ok', 'ok', 403, 'ok', 'ok'),
    scoped: true,
    picSibling: 404,
  },
  'PATCH /api/products/:id': {
    path: '/api/products/:product',
    body: { description: 'uji' },
    roles: R('ok', 'ok', 403, 'ok', 'ok'),
    scoped: true,
  },
  'POST /api/products/:id/archive': {
    path: '/api/products/:product/archive',
    roles: R('ok', 'ok', 403, 'ok', 'ok'),
    scoped: true,
  },
  'POST /api/products/:id/restore': {
    path: '/api/products/:product/restore',
    roles: R('ok', 'ok', 403, 'ok', 'ok'),
    scoped: true,
  },
  // Contacts
  'GET /api/units/:id/contacts': {
    path: '/api/units/:unit/contacts',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  'GET /api/governments/:id/contacts': { path: '/api/governments/:gov/contacts', roles: ALL, scoped: true },
  'POST /api/units/:id/contacts': {
    path: '/api/units/:unit/contacts',
    body: { name: 'PIC Matriks' },
    roles: R('ok', 'ok', 403, 'ok', 'ok'),
    scoped: true,
    picSibling: 404,
  },
  'PATCH /api/contacts/:id': {
    path: '/api/contacts/:contact',
    body: { position: 'Staf' },
    roles: R('ok', 'ok', 403, 'ok', 'ok'),
    scoped: true,
  },
  'POST /api/contacts/:id/archive': {
    path: '/api/contacts/:contact/archive',
    roles: R('ok', 'ok', 403, 'ok', 'ok'),
    scoped: true,
  },
  'POST /api/contacts/:id/restore': {
    path: '/api/contacts/:contact/restore',
    roles: R('ok', 'ok', 403, 'ok', 'ok'),
    scoped: true,
  },
  'POST /api/contacts/:id/account': {
    path: '/api/contacts/:contact/account',
    body: {},
    roles: R('ok', 'ok', 403, 'ok', 403),
    scoped: true,
  },
  'POST /api/contacts/:id/account/password-reset': {
    path: '/api/contacts/:contact/account/password-reset',
    roles: R('ok', 'ok', 403, 'ok', 403),
    scoped: true,
  },
  // People side of a government (issue 12 part 7): its coordinator and admins only.
  'GET /api/governments/:id/people': {
    path: '/api/governments/:gov/people',
    roles: R('ok', 403, 403, 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/governments/:id/people/accounts': {
    path: '/api/governments/:gov/people/accounts',
    // The tenant's contact has no e-mail: a per-row "skipped", nothing created.
    body: { role: 'unit_pic', contactIds: [':contact'] },
    roles: R('ok', 403, 403, 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/governments/:id/people/setup-links': {
    path: '/api/governments/:gov/people/setup-links',
    // No such account: 400 once past authorization (the body's ids are filled in after the path's).
    body: { userId: '00000000-0000-4000-8000-000000000000' },
    roles: R('ok', 403, 403, 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/governments/:id/people/handover': {
    path: '/api/governments/:gov/people/handover',
    body: {
      fromUserId: '00000000-0000-4000-8000-000000000000',
      toUserId: '00000000-0000-4000-8000-000000000001',
    },
    roles: R('ok', 403, 403, 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/auth/setup-password/check': {
    path: '/api/auth/setup-password/check',
    body: { token: 'matriks-token-yang-tidak-dikenal-sama-sekali' },
    roles: ALL,
    scoped: false,
    anonymous: true,
  },
  'POST /api/auth/setup-password': {
    path: '/api/auth/setup-password',
    body: { token: 'matriks-token-yang-tidak-dikenal-sama-sekali', password: 'rahasia-matriks-1' },
    roles: ALL,
    scoped: false,
    anonymous: true,
  },
  // Agreements
  'GET /api/governments/:id/agreements': {
    path: '/api/governments/:gov/agreements',
    roles: R('ok', 'ok', 'ok', 'ok', 403),
    scoped: true,
  },
  'POST /api/governments/:id/agreements': {
    path: '/api/governments/:gov/agreements',
    body: {
      kind: 'pks',
      number: 'PKS/1',
      title: 'PKS Matriks',
      parties: 'A; B',
      signedOn: '2024-01-02',
      unitIds: [],
    },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'GET /api/agreements/:id': {
    path: '/api/agreements/:agreement',
    roles: R('ok', 'ok', 'ok', 'ok', 403),
    scoped: true,
  },
  'PATCH /api/agreements/:id': {
    path: '/api/agreements/:agreement',
    body: { scope: 'uji' },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/agreements/:id/archive': {
    path: '/api/agreements/:agreement/archive',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/agreements/:id/restore': {
    path: '/api/agreements/:agreement/restore',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/agreements/:id/document': {
    path: '/api/agreements/:agreement/document',
    multipart: true,
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'GET /api/agreements/:id/document': {
    path: '/api/agreements/:agreement/document',
    roles: R('ok', 'ok', 'ok', 'ok', 403),
    scoped: true,
  },
  // Users
  'GET /api/users': { path: '/api/users', roles: R('ok', 403, 403, 403, 403), scoped: false },
  'POST /api/users': {
    path: '/api/users',
    body: { email: 'baru-:rand@uji.test', name: 'Baru', password: 'rahasia-baru-123', role: 'admin' },
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  'PATCH /api/users/:id': {
    path: '/api/users/:user',
    body: { name: 'Nama Baru' },
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  'POST /api/users/:id/archive': {
    path: '/api/users/:user/archive',
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  'POST /api/users/:id/restore': {
    path: '/api/users/:user/restore',
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  // Import / export
  'GET /api/governments/:id/import-template': {
    path: '/api/governments/:gov/import-template',
    roles: R('ok', 'ok', 403, 'ok', 403),
    scoped: true,
  },
  'POST /api/governments/:id/imports': {
    path: '/api/governments/:gov/imports',
    multipart: true,
    roles: R('ok', 'ok', 403, 'ok', 403),
    scoped: true,
  },
  'GET /api/imports/:id': {
    path: '/api/imports/:import',
    roles: R('ok', 'ok', 403, 'ok', 403),
    scoped: true,
  },
  'POST /api/imports/:id/commit': {
    path: '/api/imports/:import/commit',
    roles: R('ok', 'ok', 403, 'ok', 403),
    scoped: true,
  },
  'GET /api/governments/:id/export': {
    path: '/api/governments/:gov/export?format=xlsx',
    roles: ALL,
    scoped: true,
  },
  // Service standards workbook (issue 15): export in reach; import into drafts by who may edit standards
  'GET /api/governments/:id/standards/export.xlsx': {
    path: '/api/governments/:gov/standards/export.xlsx',
    roles: ALL,
    scoped: true,
  },
  'POST /api/governments/:id/standards/import': {
    path: '/api/governments/:gov/standards/import',
    multipart: true,
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  // Assessments (issue 3): cycles, sample, self-assessment, verification, appeals, results
  'GET /api/cycles': { path: '/api/cycles', roles: ALL, scoped: false },
  'POST /api/cycles': {
    path: '/api/cycles',
    body: { year: 2024, name: 'Siklus Matriks', frameworkId: 'ombudsman-2022-2024', ...PHASE_DATES },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: false,
  },
  'GET /api/cycles/:id': { path: '/api/cycles/:cycle', roles: ALL, scoped: true },
  'PATCH /api/cycles/:id': {
    path: '/api/cycles/:cycle',
    body: { name: 'Siklus Ubah' },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/cycles/:id/advance': {
    path: '/api/cycles/:cycle/advance',
    body: { to: 'verification' },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/cycles/:id/approve': {
    path: '/api/cycles/:cycle/approve',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/cycles/:id/recompute': {
    path: '/api/cycles/:cycle/recompute',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  // A government's internal cycle (penilaian mandiri), not shared: the office's staff and admins
  // do not see it (404); only the government's coordinator changes it.
  'POST /api/governments/:governmentId/internal-cycles': {
    path: '/api/governments/:gov/internal-cycles',
    body: {
      year: 2024,
      name: 'Mandiri Matriks :rand',
      allUnits: true,
      selfStart: '2024-02-01',
      selfEnd: '2024-03-15',
      verifyStart: '2024-03-18',
      verifyEnd: '2024-04-30',
      finalDate: '2024-05-15',
    },
    roles: R(403, 403, 403, 'ok', 403, 403),
    scoped: true,
  },
  'GET /api/cycles/:id/work-plan': {
    path: '/api/cycles/:internalCycle/work-plan',
    roles: R(404, 404, 404, 'ok', 'ok', 'ok'),
    scoped: true,
  },
  'PUT /api/cycles/:id/work-plan': {
    path: '/api/cycles/:internalCycle/work-plan',
    body: { items: [{ unitId: ':unit', scheduledDate: '2024-03-20', team: [] }] },
    roles: R(403, 403, 403, 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/cycles/:id/share': {
    path: '/api/cycles/:internalCycle/share',
    body: { shared: false },
    roles: R(403, 403, 403, 'ok', 403, 403),
    scoped: true,
  },
  'GET /api/cycles/:id/recompute': {
    path: '/api/cycles/:cycle/recompute',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/cycles/:id/governments': {
    path: '/api/cycles/:cycle/governments',
    body: { governmentIds: [':gov'] },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/cycles/:id/governments/:governmentId/remove': {
    path: '/api/cycles/:cycle/governments/:gov/remove',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'GET /api/cycles/:id/governments/:governmentId/sample': {
    path: '/api/cycles/:cycle/governments/:gov/sample',
    roles: ALL,
    scoped: true,
  },
  'POST /api/cycles/:id/governments/:governmentId/sample/default': {
    path: '/api/cycles/:cycle/governments/:gov/sample/default',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'GET /api/cycles/:id/assessor-options': {
    path: '/api/cycles/:cycle/assessor-options',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'PUT /api/cycles/:id/governments/:governmentId/assessors': {
    path: '/api/cycles/:cycle/governments/:gov/assessors',
    body: { userIds: [] },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/cycles/:id/units': {
    path: '/api/cycles/:cycle/units',
    body: { unitId: ':unit' },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/cycles/:id/units/:unitId/remove': {
    path: '/api/cycles/:cycle/units/:unit/remove',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/cycles/:id/products': {
    path: '/api/cycles/:cycle/products',
    body: { productId: ':product' },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/cycles/:id/products/:productId/remove': {
    path: '/api/cycles/:cycle/products/:product/remove',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'GET /api/cycles/:id/units/:unitId/checklist': {
    path: '/api/cycles/:cycle/units/:unit/checklist',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  'GET /api/cycles/:id/governments/:governmentId/checklist': {
    path: '/api/cycles/:cycle/governments/:gov/checklist',
    roles: R('ok', 'ok', 'ok', 'ok', 404),
    scoped: true,
  },
  // The previous cycle beside this one (issue 17 §5): the checklist's reach exactly.
  'GET /api/cycles/:id/units/:unitId/previous': {
    path: '/api/cycles/:cycle/units/:unit/previous',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  'GET /api/cycles/:id/governments/:governmentId/previous': {
    path: '/api/cycles/:cycle/governments/:gov/previous',
    roles: R('ok', 'ok', 'ok', 'ok', 404),
    scoped: true,
  },
  'GET /api/cycles/:id/governments/:governmentId/since-last-year': {
    path: '/api/cycles/:cycle/governments/:gov/since-last-year',
    roles: ALL,
    scoped: true,
  },
  'PUT /api/cycles/:id/answers': {
    path: '/api/cycles/:cycle/answers',
    body: { answers: [{ answerId: ':answer', value: 2 }] },
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  'POST /api/answers/:id/evidence': {
    path: '/api/answers/:answer/evidence',
    multipart: true,
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  'POST /api/evidence/:id/archive': {
    path: '/api/evidence/:evidence/archive',
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  'GET /api/evidence/:id/file': { path: '/api/evidence/:evidence/file', roles: ALL, scoped: true },
  'POST /api/cycles/:id/units/:unitId/submit': {
    path: '/api/cycles/:cycle/units/:unit/submit',
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
    picSibling: 404,
  },
  'POST /api/cycles/:id/units/:unitId/reopen': {
    path: '/api/cycles/:cycle/units/:unit/reopen',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'GET /api/cycles/:id/governments/:governmentId/progress': {
    path: '/api/cycles/:cycle/governments/:gov/progress',
    roles: ALL,
    scoped: true,
  },
  'GET /api/cycles/:id/governments/:governmentId/verification': {
    path: '/api/cycles/:cycle/governments/:gov/verification',
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/answers/:id/verify': {
    path: '/api/answers/:answer/verify',
    body: { action: 'accept' },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/cycles/:id/governments/:governmentId/verification/accept': {
    path: '/api/cycles/:cycle/governments/:gov/verification/accept',
    body: {},
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'GET /api/cycles/:id/governments/:governmentId/visits': {
    path: '/api/cycles/:cycle/governments/:gov/visits',
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/cycles/:id/governments/:governmentId/visits': {
    path: '/api/cycles/:cycle/governments/:gov/visits',
    body: { unitId: ':unit', visitedOn: '2024-05-02' },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/visits/:id/photos': {
    path: '/api/visits/:visit/photos',
    multipart: true,
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  // Government roles pass authorization and get 409 until the appeal phase (the fixture is in self-assessment)
  'GET /api/visits/:id/photos': { path: '/api/visits/:visit/photos', roles: ALL, scoped: true },
  'GET /api/visits/:visitId/photos/:fileId': {
    path: '/api/visits/:visit/photos/:visitPhoto',
    roles: ALL,
    scoped: true,
  },
  'GET /api/cycles/:id/governments/:governmentId/improvements': {
    path: '/api/cycles/:cycle/governments/:gov/improvements',
    roles: ALL,
    scoped: true,
  },
  'POST /api/cycles/:id/governments/:governmentId/improvements': {
    path: '/api/cycles/:cycle/governments/:gov/improvements',
    body: { text: 'Perbaiki maklumat' },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/improvements/:id/archive': {
    path: '/api/improvements/:point/archive',
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'GET /api/cycles/:id/governments/:governmentId/appeals': {
    path: '/api/cycles/:cycle/governments/:gov/appeals',
    roles: ALL,
    scoped: true,
  },
  'POST /api/answers/:id/appeals': {
    path: '/api/answers/:answer/appeals',
    body: { reason: 'Bukti sudah lengkap' },
    roles: R(403, 403, 403, 'ok', 403),
    scoped: true,
  },
  'POST /api/appeals/:id/files': {
    path: '/api/appeals/:appeal/files',
    multipart: true,
    roles: R(403, 403, 403, 'ok', 403),
    scoped: true,
  },
  'GET /api/appeals/:id/files': { path: '/api/appeals/:appeal/files', roles: ALL, scoped: true },
  'GET /api/appeals/:appealId/files/:fileId': {
    path: '/api/appeals/:appeal/files/:appealFile',
    roles: ALL,
    scoped: true,
  },
  'POST /api/appeals/:id/respond': {
    path: '/api/appeals/:appeal/respond',
    body: { decision: 'reject', response: 'Tetap' },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'GET /api/cycles/:id/results': { path: '/api/cycles/:cycle/results', roles: ALL, scoped: true },
  'GET /api/cycles/:id/summary': { path: '/api/cycles/:cycle/summary', roles: ALL, scoped: true },
  'GET /api/cycles/:id/governments/:governmentId/result': {
    path: '/api/cycles/:cycle/governments/:gov/result',
    roles: ALL,
    scoped: true,
  },
  'GET /api/cycles/:id/governments/:governmentId/history': {
    path: '/api/cycles/:cycle/governments/:gov/history',
    roles: ALL,
    scoped: true,
  },
  'GET /api/cycles/:id/governments/:governmentId/explain': {
    path: '/api/cycles/:cycle/governments/:gov/explain',
    roles: ALL,
    scoped: true,
  },
  'GET /api/cycles/:id/governments/:governmentId/rapor': {
    path: '/api/cycles/:cycle/governments/:gov/rapor',
    roles: ALL,
    scoped: true,
  },
  'GET /api/cycles/:id/governments/:governmentId/rapor/units/:unitId': {
    path: '/api/cycles/:cycle/governments/:gov/rapor/units/:unit',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  // An internal cycle's results inside the government (issue 12 part 3), on the tenant's unshared
  // internal cycle: the government's roles read (a PIC its units; 409 before publication passes
  // authorization), the office's staff and admins do not see it (404). Official cycles: 404 (tests).
  'GET /api/cycles/:id/internal/ranking': {
    path: '/api/cycles/:internalCycle/internal/ranking',
    roles: R(404, 404, 404, 'ok', 'ok', 'ok'),
    scoped: true,
  },
  'GET /api/cycles/:id/internal/gaps': {
    path: '/api/cycles/:internalCycle/internal/gaps?sort=failing',
    roles: R(404, 404, 404, 'ok', 'ok', 'ok'),
    scoped: true,
  },
  'GET /api/cycles/:id/internal/comparison': {
    path: '/api/cycles/:internalCycle/internal/comparison',
    roles: R(404, 404, 404, 'ok', 'ok', 'ok'),
    scoped: true,
  },
  'GET /api/cycles/:id/internal/report.pdf': {
    path: '/api/cycles/:internalCycle/internal/report.pdf',
    roles: R(404, 404, 404, 'ok', 'ok', 'ok'),
    scoped: true,
  },
  'GET /api/cycles/:id/internal/report.xlsx': {
    path: '/api/cycles/:internalCycle/internal/report.xlsx',
    roles: R(404, 404, 404, 'ok', 'ok', 'ok'),
    scoped: true,
  },
  // Frameworks: built-ins and the platform's versions are global (read by everyone, edited by platform
  // admins; MATRIX_FRAMEWORK is made in beforeAll); an office's own version (:officeFramework, issue 12)
  // is read by that office and its governments, changed by its head, and 404 for other tenants.
  'GET /api/frameworks': { path: '/api/frameworks', roles: ALL, scoped: false },
  'GET /api/frameworks/:id': { path: '/api/frameworks/:officeFramework', roles: ALL, scoped: true },
  'POST /api/frameworks/:id/duplicate': {
    path: `/api/frameworks/${MATRIX_FRAMEWORK}/duplicate`,
    body: { version: 'matriks' },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: false,
  },
  'PUT /api/frameworks/:id': {
    path: '/api/frameworks/:officeFramework',
    body: { definition: {} },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'PUT /api/frameworks/:id/spot-check': {
    path: '/api/frameworks/:officeFramework/spot-check',
    body: { spotCheck: true },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'GET /api/governments/:governmentId/internal-framework': {
    path: '/api/governments/:gov/internal-framework',
    roles: ALL,
    scoped: true,
  },
  'POST /api/frameworks/:id/archive': {
    path: `/api/frameworks/${MATRIX_FRAMEWORK}/archive`,
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  'POST /api/frameworks/:id/restore': {
    path: `/api/frameworks/${MATRIX_FRAMEWORK}/restore`,
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  // The crosswalk (issue 17): read like the version; custom rows into a version by who changes it
  // (a head: their office's copy; admins: every one). A built-in row is never deleted (409).
  'GET /api/frameworks/:id/crosswalk': {
    path: '/api/frameworks/:officeFramework/crosswalk',
    roles: ALL,
    scoped: true,
  },
  'POST /api/frameworks/:id/crosswalk': {
    path: '/api/frameworks/:officeFramework/crosswalk',
    body: { fromFrameworkId: 'spot-check-2024', fromCode: 'SC.1', toCode: 'SC.1' },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'PUT /api/frameworks/:id/crosswalk': {
    path: '/api/frameworks/:officeFramework/crosswalk',
    body: { fromFrameworkId: 'spot-check-2024', rows: [] },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'DELETE /api/frameworks/:id/crosswalk': {
    path: '/api/frameworks/opini-ombudsman-2025/crosswalk?fromFrameworkId=ombudsman-2022-2024&fromCode=OUTPUT.1&toCode=PROSES.2',
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  // Rapor files (government roles get 409 until publication, which passes authorization)
  'GET /api/cycles/:id/governments/:governmentId/rapor.pdf': {
    path: '/api/cycles/:cycle/governments/:gov/rapor.pdf',
    roles: ALL,
    scoped: true,
  },
  'GET /api/cycles/:id/governments/:governmentId/rapor.xlsx': {
    path: '/api/cycles/:cycle/governments/:gov/rapor.xlsx',
    roles: ALL,
    scoped: true,
  },
  // National results export (issue 4): started by anyone who reads results (government roles 409
  // until publication); the job and its file are its requester's only (:export is the admin's).
  'POST /api/cycles/:id/results-export': {
    path: '/api/cycles/:cycle/results-export',
    roles: ALL,
    scoped: true,
  },
  'GET /api/results-exports/:id': {
    path: '/api/results-exports/:export',
    roles: R('ok', 404, 404, 404, 404),
    scoped: true,
  },
  'GET /api/results-exports/:id/file': {
    path: '/api/results-exports/:export/file',
    roles: R('ok', 404, 404, 404, 404),
    scoped: true,
  },
  // The public portal's release side (issue 13): office heads for their office's official cycles
  // and governments, admins for all. The fixture's cycle is not published: releasing answers 409
  // (it passes authorization); withdrawing a government never released changes nothing.
  'GET /api/cycles/:id/releases': {
    path: '/api/cycles/:cycle/releases',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/cycles/:id/releases': {
    path: '/api/cycles/:cycle/releases',
    body: {},
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/cycles/:id/releases/withdraw': {
    path: '/api/cycles/:cycle/releases/withdraw',
    body: { governmentIds: [':gov'], reason: 'Alasan uji matriks' },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'GET /api/governments/:governmentId/official-figures': {
    path: '/api/governments/:gov/official-figures',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'PUT /api/governments/:governmentId/official-figures/:year': {
    path: '/api/governments/:gov/official-figures/2023',
    body: { score: 80.5, band: 'B', source: 'Siaran pers uji' },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'DELETE /api/governments/:governmentId/official-figures/:year': {
    path: '/api/governments/:gov/official-figures/2019',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  // The working-day calendar (issue 11): global reference data read by everyone, edited by admins;
  // :calendarDay is a regional day made for each fixture (an admin's POST may meet a 409, which passes).
  'GET /api/calendar': { path: '/api/calendar?year=2026&province=63', roles: ALL, scoped: false },
  'GET /api/calendar/due': {
    path: '/api/calendar/due?from=2026-03-16&add=10&unit=working&province=63',
    roles: ALL,
    scoped: false,
  },
  'POST /api/calendar/days': {
    path: '/api/calendar/days',
    body: { date: '2091-01-02', name: 'Libur Matriks', kind: 'regional', provinceCode: '63' },
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  'PATCH /api/calendar/days/:id': {
    path: '/api/calendar/days/:calendarDay',
    body: { name: 'Libur Matriks (ubah)' },
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  'DELETE /api/calendar/days/:id': {
    path: '/api/calendar/days/:calendarDay',
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  // The open-data API v1 (issue 13): public, the same answer for every role and for anonymous
  // callers (no tenant's record in it). The government key 63.11 is MATRIX_PUBLIC_GOV (beforeAll).
  'OPTIONS /api/public/v1/*': {
    path: '/api/public/v1/results.json',
    roles: ALL,
    scoped: false,
    anonymous: true,
  },
  'GET /api/public/v1/results.json': {
    path: '/api/public/v1/results.json?year=2023',
    roles: ALL,
    scoped: false,
    anonymous: true,
  },
  'GET /api/public/v1/results.csv': {
    path: '/api/public/v1/results.csv?type=pemkab',
    roles: ALL,
    scoped: false,
    anonymous: true,
  },
  'GET /api/public/v1/dimensions.csv': {
    path: '/api/public/v1/dimensions.csv',
    roles: ALL,
    scoped: false,
    anonymous: true,
  },
  'GET /api/public/v1/units.csv': {
    path: '/api/public/v1/units.csv',
    roles: ALL,
    scoped: false,
    anonymous: true,
  },
  'GET /api/public/v1/governments/:key.json': {
    path: `/api/public/v1/governments/${MATRIX_PUBLIC_GOV_CODE}.json`,
    roles: ALL,
    scoped: false,
    anonymous: true,
  },
  // follow-up exports, report and batch letters (issue 17 §9), and the public section's JSON (§7)
  'GET /api/public/v1/governments/:key/followups.json': {
    path: `/api/public/v1/governments/${MATRIX_PUBLIC_GOV_CODE}/followups.json`,
    roles: ALL,
    scoped: false,
    anonymous: true,
  },
  'GET /api/followups/export.xlsx': {
    path: '/api/followups/export.xlsx?sort=government',
    roles: ALL,
    scoped: false,
  },
  'GET /api/governments/:id/followups/report.pdf': {
    path: '/api/governments/:gov/followups/report.pdf',
    roles: ALL,
    scoped: true,
  },
  'POST /api/followup-letters': {
    path: '/api/followup-letters',
    body: {
      governmentId: ':gov',
      itemIds: [':fuItem'],
      number: 'M/:rand/TL/2026',
      letterDate: '2026-03-02',
      subject: 'Penyampaian tindak lanjut',
      signatoryName: 'Kepala Matriks',
      signatoryPosition: 'Kepala Perwakilan',
    },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'GET /api/followup-letters': {
    path: '/api/followup-letters?governmentId=:gov',
    roles: R('ok', 'ok', 'ok', 'ok', 404, 404),
    scoped: true,
  },
  'GET /api/followup-letters/:id/pdf': {
    path: '/api/followup-letters/:fuLetter/pdf',
    roles: R('ok', 'ok', 'ok', 'ok', 404, 404),
    scoped: true,
  },
  'GET /api/public/v1/years.json': {
    path: '/api/public/v1/years.json',
    roles: ALL,
    scoped: false,
    anonymous: true,
  },
  'GET /api/public/v1/summary.json': {
    path: '/api/public/v1/summary.json',
    roles: ALL,
    scoped: false,
    anonymous: true,
  },
  'GET /api/public/v1/map/:layer.json': {
    path: '/api/public/v1/map/provinsi.json',
    roles: ALL,
    scoped: false,
    anonymous: true,
  },
  // The staff dashboard map: whoever reads results, on a cycle in reach (government roles 409 until
  // publication, which passes authorization); another tenant's cycle is 404.
  'GET /api/dashboard/map': { path: '/api/dashboard/map?cycleId=:cycle', roles: ALL, scoped: true },
  // complaints: deadlines (issue 14): pauses and the WhatsApp status message on a case of the
  // tenant's office (:deadlineCase, reporter with a phone, with a running pause :deadlinePause; no officer assigned, so an
  // assessor may not see the reporter's phone); the rules and forms are reference data (admins edit).
  'POST /api/complaints/:id/pauses': {
    path: '/api/complaints/:deadlineCase/pauses',
    body: { waitingOn: 'terlapor', reason: 'Menunggu jawaban terlapor' },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/complaints/:id/pauses/:pauseId/end': {
    path: '/api/complaints/:deadlineCase/pauses/:deadlinePause/end',
    body: {},
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'GET /api/complaints/:id/whatsapp': {
    path: '/api/complaints/:deadlineCase/whatsapp',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'GET /api/complaint-rules': {
    path: '/api/complaint-rules',
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: false,
  },
  'PUT /api/complaint-rules': {
    path: '/api/complaint-rules',
    body: { rules: DEFAULT_DEADLINE_RULES, note: 'Versi matriks' },
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  'GET /api/maladministration-forms': {
    path: '/api/maladministration-forms',
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: false,
  },
  'POST /api/maladministration-forms': {
    path: '/api/maladministration-forms',
    body: { code: 'bentuk_matriks', nameId: 'Bentuk matriks', nameEn: 'Matrix form' },
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  'PATCH /api/maladministration-forms/:code': {
    path: '/api/maladministration-forms/penundaan_berlarut',
    body: { nameEn: 'Undue delay' },
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  // complaints: data
  // Statistics of an office's complaints: its staff (and admins); another office's staff 404.
  'GET /api/complaint-stats': {
    path: '/api/complaint-stats?officeId=:office',
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  // complaints: core (issue 14). :complaint is a case of the tenant's office (recorded by its admin,
  // one PDF attached: :complaintAttachment). Writes carry a stale version (409 passes authorization).
  // Officers, reveal and the recommendation are the head's (or an assigned officer's) — an
  // unassigned assessor gets 403; government roles hold no complaint permission.
  'POST /api/complaints': {
    path: '/api/complaints',
    body: {
      identity: { fullName: 'Pelapor Matriks' },
      body: { kind: 'pemda', name: 'Dinas Matriks', governmentId: ':gov' },
      subject: 'Uji matriks',
      description: 'Uraian uji matriks.',
      channel: 'telepon',
    },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: false,
  },
  'GET /api/complaints': {
    path: '/api/complaints?status=open',
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: false,
  },
  'GET /api/complaints/:id': {
    path: '/api/complaints/:complaint',
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/complaints/:id/transitions': {
    path: '/api/complaints/:complaint/transitions',
    body: { action: 'catat_register', version: 99 },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'PUT /api/complaints/:id/officers': {
    path: '/api/complaints/:complaint/officers',
    body: { version: 99, officers: [{ userId: '00000000-0000-4000-8000-000000000000', lead: true }] },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'PUT /api/complaints/:id/classification': {
    path: '/api/complaints/:complaint/classification',
    body: { version: 99, forms: ['penundaan_berlarut'] },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/complaints/:id/identity': {
    path: '/api/complaints/:complaint/identity',
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/complaints/:id/messages': {
    path: '/api/complaints/:complaint/messages',
    body: { body: 'Pesan matriks' },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/complaints/:id/notes': {
    path: '/api/complaints/:complaint/notes',
    body: { kind: 'catatan_pemeriksaan', on: '2026-01-05', text: 'Catatan matriks' },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'PUT /api/complaints/:id/recommendation': {
    path: '/api/complaints/:complaint/recommendation',
    body: { version: 99 },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/complaints/:id/attachments': {
    path: '/api/complaints/:complaint/attachments?kind=bukti',
    multipart: true,
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'GET /api/complaints/:id/attachments/:aid': {
    path: '/api/complaints/:complaint/attachments/:complaintAttachment',
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  // unit profile (issue 15): service profile, maklumat, evidence library, attach from it, assessment context
  'GET /api/units/:id/profile': {
    path: '/api/units/:unit/profile',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  'PUT /api/units/:id/profile': {
    path: '/api/units/:unit/profile',
    body: {
      rowVersion: 0,
      openingHours: [{ day: 1, closed: false, open: '07:30', close: '15:00' }],
      vision: null,
      mission: null,
      motto: 'Matriks',
      specialServices: [],
      integratedServices: null,
      facilities: [],
    },
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
    picSibling: 404,
  },
  'GET /api/units/:id/maklumat': {
    path: '/api/units/:unit/maklumat',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  'PUT /api/units/:id/maklumat': {
    path: '/api/units/:unit/maklumat',
    body: {
      rowVersion: 0,
      body: 'Maklumat matriks',
      signatory: 'Kepala',
      signedOn: '2026-01-02',
      published: false,
    },
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
    picSibling: 404,
  },
  'GET /api/units/:id/documents': {
    path: '/api/units/:unit/documents',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  'POST /api/units/:id/documents': {
    path: '/api/units/:unit/documents?kind=lainnya&title=Matriks',
    multipart: true,
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
    picSibling: 404,
  },
  'POST /api/unit-documents/:id/archive': {
    path: '/api/unit-documents/:unitDocument/archive',
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  'GET /api/unit-documents/:id/file': {
    path: '/api/unit-documents/:unitDocument/file',
    roles: ALL,
    scoped: true,
  },
  'POST /api/answers/:id/evidence/from-library': {
    path: '/api/answers/:answer/evidence/from-library',
    body: { documentId: ':unitDocument' },
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  // surveys → cycles (issue 16 §6): applying the office's perception period (heads and admins; the
  // service decides by the period's kind, so the route declares survey.read), the SKM context.
  'POST /api/survey-periods/:id/apply-to-cycle': {
    path: '/api/survey-periods/:svFeedPeriod/apply-to-cycle',
    body: {},
    roles: R('ok', 'ok', 403, 404, 404, 404),
    scoped: true,
  },
  'GET /api/cycles/:id/governments/:governmentId/skm-context': {
    path: '/api/cycles/:cycle/governments/:gov/skm-context',
    roles: ALL,
    scoped: true,
  },
  'GET /api/cycles/:id/units/:unitId/standards-context': {
    path: '/api/cycles/:cycle/units/:unit/standards-context',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  // complaints: letters — the office's letters of a case (complaint.read / complaint.handle, the
  // case's office), the addressed body's inbox (complaint.body, the addressee government), and the
  // follow-up items (office staff: their office's; body users: their government's).
  'GET /api/complaints/:id/letters': {
    path: '/api/complaints/:cxCase/letters',
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/complaints/:id/letters': {
    path: '/api/complaints/:cxCase/letters',
    body: {
      kind: 'klarifikasi',
      addresseeName: 'Kepala Dinas',
      subject: 'Klarifikasi',
      body: 'Mohon penjelasan.',
      signatoryName: 'Penandatangan',
      signatoryTitle: 'Kepala Perwakilan',
      letterDate: '2026-06-08',
    },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'PATCH /api/complaint-letters/:lid': {
    path: '/api/complaint-letters/:cxDraft',
    body: { subject: 'Klarifikasi (ubah)' },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/complaint-letters/:lid/confirm-identity': {
    path: '/api/complaint-letters/:cxDraft/confirm-identity',
    body: { confirm: true },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/complaint-letters/:lid/send': {
    path: '/api/complaint-letters/:cxDraft/send',
    body: { attachmentIds: [] },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'GET /api/complaint-letters/:lid/pdf': {
    path: '/api/complaint-letters/:cxDraft/pdf',
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'GET /api/complaint-letters/:lid/files/:fid': {
    path: '/api/complaint-letters/:cxSent/files/:cxSentFile',
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'GET /api/body/letters': { path: '/api/body/letters', roles: R(403, 403, 403, 'ok', 'ok'), scoped: false },
  'GET /api/body/letters/:lid': {
    path: '/api/body/letters/:cxSent',
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  'GET /api/body/letters/:lid/pdf': {
    path: '/api/body/letters/:cxSent/pdf',
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  'GET /api/body/letters/:lid/files/:fid': {
    path: '/api/body/letters/:cxSent/files/:cxSentFile',
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  'POST /api/body/letters/:lid/reply': {
    path: '/api/body/letters/:cxSent/reply',
    multipart: true,
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  // the follow-up backlog (issue 17): reach-scoped reads for everyone; each write its side
  'GET /api/followups': { path: '/api/followups', roles: ALL, scoped: false },
  'GET /api/followups/overdue': { path: '/api/followups/overdue', roles: ALL, scoped: false },
  'GET /api/followups/:id': { path: '/api/followups/:fuItem', roles: ALL, scoped: true },
  'POST /api/followups': {
    path: '/api/followups',
    body: { kind: 'saran_perbaikan', governmentId: ':gov', addressee: 'Bupati', action: 'Perbaiki layanan.' },
    // Another tenant's staff name a government out of their reach: refused on the field (400).
    roles: R('ok', 'ok', 'ok', 403, 403, 'ok'),
    scoped: false,
  },
  'POST /api/followups/assign': {
    path: '/api/followups/assign',
    body: { items: [{ id: ':fuItem', version: 0 }], ownerId: ':fuPic' },
    roles: R(403, 403, 403, 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/followups/send': {
    path: '/api/followups/send',
    body: { items: [{ id: ':fuItem', version: 0 }] },
    roles: R(403, 403, 403, 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/followups/:id/answer': {
    path: '/api/followups/:fuItem/answer',
    multipart: true,
    roles: R(403, 403, 403, 'ok', 'ok', 403),
    scoped: true,
  },
  'POST /api/followups/:id/verify': {
    path: '/api/followups/:fuItem/verify',
    body: { decision: 'selesai', version: 0 },
    // The Inspektorat reads the office's item but did not issue it.
    roles: R('ok', 'ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'POST /api/followups/:id/publish': {
    path: '/api/followups/:fuItem/publish',
    body: { publish: true, version: 0 },
    roles: R('ok', 403, 403, 403, 403, 403),
    scoped: true,
  },
  'GET /api/followups/:id/files/:fid': {
    path: '/api/followups/:fuItem/files/:fuFile',
    roles: ALL,
    scoped: true,
  },
  'GET /api/offices/:id/followup-publication': {
    path: '/api/offices/:office/followup-publication',
    roles: R('ok', 'ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'PUT /api/offices/:id/followup-publication': {
    path: '/api/offices/:office/followup-publication',
    body: { kinds: ['saran_perbaikan'] },
    roles: R('ok', 'ok', 403, 403, 403, 403),
    scoped: true,
  },
  // Taat (issue 17 part 4): a government's figure for everyone reaching it; the roll-up of an office
  // for its staff (a government's users reach no office: 404 like a missing one)
  'GET /api/governments/:id/taat': {
    path: '/api/governments/:gov/taat?asOf=2026-06-30',
    roles: ALL,
    scoped: true,
  },
  'GET /api/taat': {
    path: '/api/taat?officeId=:office&year=2026',
    roles: R('ok', 'ok', 'ok', 404, 404),
    scoped: true,
  },
  // activities with governments (issue 15): office staff write, they and the coordinator read
  'GET /api/activities': {
    path: '/api/activities',
    roles: R('ok', 'ok', 'ok', 'ok', 403),
    scoped: false,
  },
  'GET /api/governments/:id/activities': {
    path: '/api/governments/:gov/activities',
    roles: R('ok', 'ok', 'ok', 'ok', 403),
    scoped: true,
  },
  'POST /api/governments/:id/activities': {
    path: '/api/governments/:gov/activities',
    body: { kind: 'bimtek', title: 'Bimtek Uji', heldOn: '2026-01-06', unitIds: [':unit'] },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  // issue 17: the office's governments with no activity in the year (office staff of that office)
  'GET /api/offices/:id/unmet-governments': {
    path: '/api/offices/:office/unmet-governments?year=2026',
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'GET /api/activities/:id': {
    path: '/api/activities/:activity',
    roles: R('ok', 'ok', 'ok', 'ok', 403),
    scoped: true,
  },
  // The first writer moves the row version: the later ones get 409 (not a denial).
  'PUT /api/activities/:id': {
    path: '/api/activities/:activity',
    body: { kind: 'audiensi', title: 'Audiensi Uji', heldOn: '2026-01-07', rowVersion: 1 },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/activities/:id/archive': {
    path: '/api/activities/:activity/archive',
    body: { rowVersion: 1 },
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'POST /api/activities/:id/photos': {
    path: '/api/activities/:activity/photos',
    multipart: true,
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  'GET /api/activities/:id/photos/:photoId': {
    path: '/api/activities/:activity/photos/:activityPhoto',
    roles: R('ok', 'ok', 'ok', 'ok', 403),
    scoped: true,
  },
  'DELETE /api/activities/:id/photos/:photoId': {
    path: '/api/activities/:activity/photos/:activityPhoto',
    roles: R('ok', 'ok', 'ok', 403, 403),
    scoped: true,
  },
  // service standards (issue 15): :stdDraft is an open draft of :product, :stdSet a set version
  // with its SK of another product of :unit (the PIC's unit). A role that passes may still meet a
  // 409 (the draft already open, a set version frozen): authorization said yes.
  'GET /api/products/:productId/standard': {
    path: '/api/products/:product/standard',
    roles: ALL,
    scoped: true,
  },
  'GET /api/products/:productId/standard/history': {
    path: '/api/products/:product/standard/history',
    roles: ALL,
    scoped: true,
  },
  'POST /api/products/:productId/standard/draft': {
    path: '/api/products/:product/standard/draft',
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  'GET /api/standards/completeness': {
    path: '/api/standards/completeness',
    roles: ALL,
    scoped: false,
  },
  'GET /api/governments/:id/standards': {
    path: '/api/governments/:gov/standards',
    roles: ALL,
    scoped: true,
  },
  'GET /api/standards/:id': { path: '/api/standards/:stdDraft', roles: ALL, scoped: true },
  'PUT /api/standards/:id': {
    path: '/api/standards/:stdDraft',
    body: { rowVersion: 1, content: { sarana: 'Diubah matriks' }, publishManufacturing: false },
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  // On the set version, so the first role allowed does not remove what the next one asks for.
  'DELETE /api/standards/:id': {
    path: '/api/standards/:stdSet',
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  'POST /api/standards/:id/submit': {
    path: '/api/standards/:stdDraft/submit',
    body: { rowVersion: 1 },
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  'POST /api/standards/:id/return': {
    path: '/api/standards/:stdDraft/return',
    body: { rowVersion: 1, note: 'Lengkapi persyaratan.' },
    roles: R(403, 403, 403, 'ok', 403),
    scoped: true,
  },
  'POST /api/standards/:id/set': {
    path: '/api/standards/:stdDraft/set',
    multipart: true,
    roles: R(403, 403, 403, 'ok', 403),
    scoped: true,
  },
  'POST /api/standards/:id/publish': {
    path: '/api/standards/:stdSet/publish',
    body: { published: true },
    roles: R(403, 403, 403, 'ok', 403),
    scoped: true,
  },
  'GET /api/standards/:id/sk': { path: '/api/standards/:stdSet/sk', roles: ALL, scoped: true },
  // survey results (issue 16): an SKM period of the tenant government, interim results shown
  'GET /api/survey-periods/:id/results': {
    path: '/api/survey-periods/:skmResults/results?unitId=:unit',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  'GET /api/governments/:id/surveys/trend': {
    path: '/api/governments/:gov/surveys/trend?kind=skm',
    roles: ALL,
    scoped: true,
  },
  'GET /api/survey-periods/:id/report.pdf': {
    path: '/api/survey-periods/:skmResults/report.pdf',
    roles: ALL,
    scoped: true,
  },
  'GET /api/survey-periods/:id/report.xlsx': {
    path: '/api/survey-periods/:skmResults/report.xlsx',
    roles: ALL,
    scoped: true,
  },
  // SKM paper forms are typed in by the government's coordinator or the unit's PIC, not the office
  'GET /api/survey-periods/:id/import-template.xlsx': {
    path: '/api/survey-periods/:skmResults/import-template.xlsx',
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  'POST /api/survey-periods/:id/import': {
    path: '/api/survey-periods/:skmResults/import',
    multipart: true,
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  // surveys (issue 16): :svSkm is an open SKM period of :gov over :unit and :otherUnit (slips on,
  // batch 1 printed at :unit), :svResponse a paper form typed in at :unit, :svCycle an official
  // cycle of the tenant's office. Managing an SKM is the coordinator's; collecting the unit's.
  'GET /api/survey-instruments': { path: '/api/survey-instruments', roles: ALL, scoped: false },
  'GET /api/survey-instruments/:id': {
    path: '/api/survey-instruments/skm-permenpan-14-2017',
    roles: ALL,
    scoped: false,
  },
  'POST /api/survey-instruments/:id/duplicate': {
    path: '/api/survey-instruments/skm-permenpan-14-2017/duplicate',
    body: { id: 'skm-matriks', version: '1', name: { id: 'SKM Matriks', en: 'SKM matrix' } },
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  'PUT /api/survey-instruments/:id': {
    path: '/api/survey-instruments/skm-permenpan-14-2017',
    body: { definition: {} },
    roles: R('ok', 403, 403, 403, 403),
    scoped: false,
  },
  'GET /api/survey-periods': { path: '/api/survey-periods', roles: ALL, scoped: false },
  'POST /api/survey-periods/skm': {
    path: '/api/survey-periods/skm',
    body: {
      governmentId: ':gov',
      instrumentId: 'skm-permenpan-14-2017',
      title: 'SKM Matriks Baru',
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
      units: [{ unitId: ':unit', population: 10 }],
    },
    roles: R(403, 403, 403, 'ok', 403),
    scoped: true,
  },
  'POST /api/survey-periods/perception': {
    path: '/api/survey-periods/perception',
    body: {
      cycleId: ':svCycle',
      instrumentId: 'persepsi-maladministrasi-2023',
      title: 'Persepsi Matriks',
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
      governmentIds: [':gov'],
    },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'GET /api/survey-periods/:id': { path: '/api/survey-periods/:svSkm', roles: ALL, scoped: true },
  'PATCH /api/survey-periods/:id': {
    path: '/api/survey-periods/:svSkm',
    body: { rowVersion: 1, title: 'SKM Matriks (ubah)' },
    roles: R(403, 403, 403, 'ok', 403, 403),
    scoped: true,
  },
  'GET /api/survey-periods/:id/units/:unitId/counter': {
    path: '/api/survey-periods/:svSkm/units/:unit/counter',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  'GET /api/survey-periods/:id/units/:unitId/counter.svg': {
    path: '/api/survey-periods/:svSkm/units/:unit/counter.svg',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  'GET /api/survey-periods/:id/units/:unitId/slips': {
    path: '/api/survey-periods/:svSkm/units/:unit/slips',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  'POST /api/survey-periods/:id/units/:unitId/slips': {
    path: '/api/survey-periods/:svSkm/units/:unit/slips',
    body: { count: 1 },
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
    picSibling: 404,
  },
  'GET /api/survey-periods/:id/units/:unitId/slips/:batch.pdf': {
    path: '/api/survey-periods/:svSkm/units/:unit/slips/1.pdf',
    roles: ALL,
    scoped: true,
    picSibling: 404,
  },
  'POST /api/survey-periods/:id/responses': {
    path: '/api/survey-periods/:svSkm/responses',
    body: { unitId: ':unit', answers: { U1: 3, U2: 4 } },
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  'GET /api/survey-periods/:id/responses': {
    path: '/api/survey-periods/:svSkm/responses',
    roles: ALL,
    scoped: true,
  },
  'POST /api/survey-responses/:id/correct': {
    path: '/api/survey-responses/:svResponse/correct',
    body: { answers: { U1: 4 }, reason: 'Koreksi matriks' },
    roles: R(403, 403, 403, 'ok', 'ok'),
    scoped: true,
  },
  'POST /api/survey-responses/:id/review': {
    path: '/api/survey-responses/:svResponse/review',
    body: { decision: 'accept', reason: 'Tinjauan matriks' },
    roles: R(403, 403, 403, 'ok', 403, 403),
    scoped: true,
  },
};

let ctx: TestContext;
async function openContext() {
  ctx = await createTestContext();
  reading = undefined;
  const spot = getFramework('spot-check-2024')!;
  await ctx.database.db.insert(frameworks).values({
    id: MATRIX_FRAMEWORK,
    version: '1',
    name: 'Matriks',
    definition: { ...spot, id: MATRIX_FRAMEWORK },
    source: 'custom',
  });
  const [office] = await ctx.database.db
    .insert(offices)
    .values({ name: 'Ombudsman Matriks Publik', code: 'MTX-PUBLIK', provinceCodes: ['63'] })
    .returning();
  await ctx.database.db.insert(governments).values({
    type: 'pemkab',
    name: 'Kabupaten Matriks',
    officeId: office!.id,
    regionCode: MATRIX_PUBLIC_GOV_CODE,
  });
}

interface Fixture {
  t: Tenant;
  agreementId: string;
  importId: string;
  /** A results export of the assessment cycle, requested by the tenant's admin, still queued. */
  exportId: string;
  jobId: string;
  notificationId: string;
  /** An account no agent signs in with, so archiving it cannot disturb the run. */
  spareUserId: string;
  assessment: AssessmentFixture;
  /** The tenant government's own internal cycle (planning, one unit, not shared). */
  internalCycleId: string;
  /** A regional day off of the calendar (its own date, so fixtures never clash). */
  calendarDayId: string;
  /** A custom framework version of the tenant's office (its own spot-check set). */
  officeFrameworkId: string;
  /** complaints: deadlines — a case of the tenant's office, with a running pause. */
  deadlineCaseId: string;
  deadlinePauseId: string;
  /** complaints: core — a case of the tenant's office and a PDF attached to it. */
  complaintId: string;
  complaintAttachmentId: string;
  /** complaints: letters — a case, a confirmed draft, a sent letter, a follow-up item. */
  letters: LettersMatrixFixture;
  /** activities: an activity of the tenant's government with one photo. */
  activity: ActivityMatrixFixture;
  /** unit profile: one document in the library of the tenant's unit. */
  unitProfile: { documentId: string };
  /** service standards — an open draft and a set version with its SK. */
  standards: StandardsMatrixFixture;
  /** survey results — an SKM period with interim results shown. */
  surveyResults: SurveyResultsMatrixFixture;
  /** surveys — an SKM period with slips and a typed-in form, and an official cycle. */
  surveys: SurveysMatrixFixture;
  /** surveys → cycles: a perception period of the office on the assessment cycle. */
  surveyFeed: { periodId: string };
  /** the follow-up backlog: an office's rekomendasi on the PIC's unit with an answer's file. */
  followups: FollowupsMatrixFixture;
  /** follow-up exports: an item of the tenant's office and a batch letter sending it. */
  followupReports: FollowupReportsMatrixFixture;
}

let calendarDaySeq = 0;

async function fixture(): Promise<Fixture> {
  const t = await makeTenant(ctx);
  const db = ctx.database.db;
  const [agreement] = await db
    .insert(agreements)
    .values({
      governmentId: t.governmentId,
      officeId: t.officeId,
      kind: 'mou',
      number: 'MOU/1',
      title: 'MoU Uji',
      parties: 'A; B',
      signedOn: '2023-01-01',
    })
    .returning();
  const [imp] = await db
    .insert(imports)
    .values({ governmentId: t.governmentId, fileName: 'uji.xlsx', status: 'invalid', errors: [] })
    .returning();
  const admin = await t.as('admin');
  const pdf = Buffer.concat([
    Buffer.from(
      `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="mou.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    Buffer.from('%PDF-1.4\n%uji\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    Buffer.from(`\r\n--${MULTIPART_BOUNDARY}--\r\n`),
  ]);
  const up = await admin.request('POST', `/api/agreements/${agreement!.id}/document`, pdf, {
    'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`,
  });
  if (up.statusCode >= 300) throw new Error(`fixture upload failed: ${up.statusCode} ${up.body}`);
  // complaints: core
  const complaint = await admin.post('/api/complaints', {
    identity: MATRIX_REPORTER,
    body: { kind: 'pemda', name: 'Dinas Matriks', governmentId: t.governmentId },
    subject: 'Uji matriks',
    description: 'Uraian uji matriks.',
    channel: 'surat',
  });
  if (complaint.statusCode !== 201) throw new Error(`fixture complaint failed: ${complaint.body}`);
  const complaintId = (complaint.json() as { id: string }).id;
  const complaintFile = await admin.request(
    'POST',
    `/api/complaints/${complaintId}/attachments?kind=surat_laporan`,
    pdf,
    { 'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}` },
  );
  if (complaintFile.statusCode !== 201) throw new Error(`fixture attachment failed: ${complaintFile.body}`);
  const complaintAttachmentId = (complaintFile.json() as { id: string }).id;
  const spare = await createUser(db, null, {
    email: `cadangan-${Math.random().toString(36).slice(2, 10)}@uji.test`,
    name: 'Akun Cadangan',
    password: 'rahasia-cadangan-1',
    role: 'gov_coordinator',
    governmentId: t.governmentId,
  });
  const assessment = await makeAssessmentFixture(ctx, t);
  const [exp] = await db
    .insert(resultsExports)
    .values({
      cycleId: assessment.cycleId,
      requestedBy: t.userIds.admin,
      status: 'queued',
      fileName: 'hasil-uji.xlsx',
      storageName: 'matriks.xlsx',
    })
    .returning();
  const [job] = await db.insert(jobs).values({ name: 'matriks', status: 'done' }).returning();
  // A notification of the tenant's PIC: only that PIC may mark it read (everyone else: 404).
  const [note] = await db
    .insert(notifications)
    .values({ userId: t.userIds.unit_pic, kind: 'self.closing', params: {} })
    .returning();
  // From 2060, one day per fixture: far from the fixed 2091-01-02 of the calendar row however many rows.
  const calendarDate = new Date(Date.UTC(2060, 0, 1) + calendarDaySeq++ * 86_400_000);
  const [day] = await db
    .insert(calendarDays)
    .values({
      date: calendarDate.toISOString().slice(0, 10),
      name: 'Libur Matriks',
      kind: 'regional',
      provinceCode: '63',
    })
    .returning();
  const officeFrameworkId = `kantor-${calendarDaySeq}-${Math.random().toString(36).slice(2, 8)}`;
  await db.insert(frameworks).values({
    id: officeFrameworkId,
    version: '1',
    name: 'Spot check kantor',
    definition: { ...getFramework('spot-check-2024')!, id: officeFrameworkId },
    source: 'custom',
    officeId: t.officeId,
  });
  const [internal] = await db
    .insert(cycles)
    .values({
      kind: 'internal',
      ownerGovernmentId: t.governmentId,
      officeId: t.officeId,
      year: 2024,
      name: 'Penilaian Mandiri Matriks',
      frameworkId: 'spot-check-2024',
    })
    .returning();
  await db.insert(cycleGovernments).values({ cycleId: internal!.id, governmentId: t.governmentId });
  await db
    .insert(cycleUnits)
    .values({ cycleId: internal!.id, unitId: t.unitId, governmentId: t.governmentId });
  // complaints: deadlines
  const deadlineCase = await createReport(db, identityKeysOf(ctx.app.deps.config), {
    identity: { fullName: 'Pelapor Matriks', phone: '081200000000' },
    body: { kind: 'pemda', name: 'Dinas Matriks', governmentId: t.governmentId },
    subject: 'Laporan matriks',
    description: 'Uraian laporan matriks.',
    confidential: false,
    consent: true,
    channel: 'datang_langsung',
  });
  const [deadlinePause] = await db
    .insert(complaintPauses)
    .values({ complaintId: deadlineCase.id, fromOn: todayWib(), waitingOn: 'pelapor', reason: 'Menunggu' })
    .returning();
  return {
    t,
    deadlineCaseId: deadlineCase.id,
    deadlinePauseId: deadlinePause!.id,
    complaintId,
    complaintAttachmentId,
    officeFrameworkId,
    internalCycleId: internal!.id,
    calendarDayId: day!.id,
    agreementId: agreement!.id,
    importId: imp!.id,
    exportId: exp!.id,
    jobId: String(job!.id),
    notificationId: note!.id,
    spareUserId: spare.id,
    assessment,
    letters: await lettersMatrixFixture(ctx, t),
    activity: await activityMatrixFixture(t),
    unitProfile: await unitProfileMatrixFixture(ctx, t),
    standards: await standardsMatrixFixture(t),
    surveyResults: await surveyResultsMatrixFixture(ctx.database, t),
    surveys: await surveysMatrixFixture(ctx, t),
    surveyFeed: await surveyFeedMatrixFixture(db, t, assessment.cycleId),
    followups: await followupsMatrixFixture(ctx, t),
    followupReports: await followupReportsMatrixFixture(ctx, t),
  };
}

function fill(path: string, f: Fixture, userId: string): string {
  const rand = Math.random().toString(36).slice(2, 8).toUpperCase();
  return path
    .replaceAll(':fuItem', f.followups.itemId)
    .replaceAll(':fuFile', f.followups.fileId)
    .replaceAll(':fuPic', f.followups.picId)
    .replaceAll(':svSkm', f.surveys.skmPeriodId)
    .replaceAll(':svResponse', f.surveys.responseId)
    .replaceAll(':svCycle', f.surveys.cycleId)
    .replaceAll(':svFeedPeriod', f.surveyFeed.periodId)
    .replaceAll(':stdDraft', f.standards.draftId)
    .replaceAll(':skmResults', f.surveyResults.periodId)
    .replaceAll(':stdSet', f.standards.setId)
    .replaceAll(':deadlinePause', f.deadlinePauseId)
    .replaceAll(':deadlineCase', f.deadlineCaseId)
    .replaceAll(':complaintAttachment', f.complaintAttachmentId)
    .replaceAll(':complaint', f.complaintId)
    .replaceAll(':gov', f.t.governmentId)
    .replaceAll(':unitDocument', f.unitProfile.documentId)
    .replaceAll(':otherUnit', f.t.otherUnitId)
    .replaceAll(':unit', f.t.unitId)
    .replaceAll(':product', f.t.productId)
    .replaceAll(':contact', f.t.contactId)
    .replaceAll(':officeFramework', f.officeFrameworkId)
    .replaceAll(':office', f.t.officeId)
    .replaceAll(':agreement', f.agreementId)
    .replaceAll(':import', f.importId)
    .replaceAll(':export', f.exportId)
    .replaceAll(':job', f.jobId)
    .replaceAll(':calendarDay', f.calendarDayId)
    .replaceAll(':notification', f.notificationId)
    .replaceAll(':user', userId)
    .replaceAll(':internalCycle', f.internalCycleId)
    .replaceAll(':cycle', f.assessment.cycleId)
    .replaceAll(':answer', f.assessment.answerId)
    .replaceAll(':evidence', f.assessment.evidenceId)
    .replaceAll(':visitPhoto', f.assessment.visitPhotoId)
    .replaceAll(':visit', f.assessment.visitId)
    .replaceAll(':point', f.assessment.pointId)
    .replaceAll(':appealFile', f.assessment.appealFileId)
    .replaceAll(':appeal', f.assessment.appealId)
    .replaceAll(':cxCase', f.letters.complaintId)
    .replaceAll(':cxDraft', f.letters.draftId)
    .replaceAll(':cxSentFile', f.letters.sentFileId)
    .replaceAll(':cxSent', f.letters.sentId)
    .replaceAll(':cxFollowupFile', f.letters.followupFileId)
    .replaceAll(':cxFollowup', f.letters.followupId)
    .replaceAll(':fuItem', f.followupReports.itemId)
    .replaceAll(':fuLetter', f.followupReports.letterId)
    .replaceAll(':activityPhoto', f.activity.photoId)
    .replaceAll(':activity', f.activity.activityId)
    .replaceAll(':rand', rand);
}

const MULTIPART_BOUNDARY = 'patuhmatrix';
const multipartBody = Buffer.from(
  `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="uji.txt"\r\nContent-Type: text/plain\r\n\r\nbukan berkas yang didukung\r\n--${MULTIPART_BOUNDARY}--\r\n`,
);

/** Error codes that mean "authorization said no" (a wrong password on the login route is not one). */
const DENIALS = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CSRF_INVALID'];

function errorCode(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

/** The expectation of one role on one row; the internal verifier's default is described at `R`. */
function holdsRoute(key: string, role: Role): boolean {
  const [method, url] = key.split(' ');
  const access = ctx.app.routeCatalog.find((r) => r.method === method && r.url === url)?.access;
  return (
    access === 'public' || access === 'authenticated' || (!!access && roleCan(role, access as Permission))
  );
}

function expectedFor(key: string, e: Entry, role: Role): Expect {
  const given = e.roles[role];
  if (given !== undefined) return given;
  return holdsRoute(key, role) ? e.roles.gov_coordinator : 403;
}

/**
 * Another tenant's user on a scoped row: 404 (out of reach), or 403 when the role lacks the
 * route's permission. A role that holds the permission but may not use it on this kind of cycle
 * (a coordinator managing, an internal verifier verifying an official cycle) may meet either the
 * reach (404) or the cycle's rule (403) first.
 */
function otherTenantExpected(key: string, e: Entry, role: Role): Expect | [403, 404] {
  const own = expectedFor(key, e, role);
  if (!e.scoped) return own;
  if (own !== 403) return 404;
  return holdsRoute(key, role) ? [403, 404] : 403;
}

function check(label: string, status: number, expected: Expect, body: string) {
  const msg = `${label} → ${status} ${body.slice(0, 200)}`;
  expect(status, msg).toBeLessThan(500);
  if (expected === 'ok') expect(DENIALS, msg).not.toContain(errorCode(body) ?? '');
  else expect(status, msg).toBe(expected);
}

/** Registers one half of the matrix (`part` 1 or 2) with its own database and server. */
export function describeAuthorizationMatrix(part: 1 | 2) {
  beforeAll(openContext);
  afterAll(async () => ctx.close());
  const rows = Object.entries(M).filter((_, i) => i % 2 === part - 1);
  describe(`authorization matrix (part ${part} of 2)`, () => {
    if (part === 1) defineWholeTableTests();
    for (const [key, e] of rows) defineRow(key, e);
  });
}

/** The tests over the whole table: coverage, anonymous callers, malformed input. */
function defineWholeTableTests() {
  it('covers every API route, and every route declares its access', () => {
    const routes = ctx.app.routeCatalog.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
    );
    const keys = routes.map((r) => `${r.method} ${r.url}`);
    const undeclared = routes.filter((r) => !r.access).map((r) => `${r.method} ${r.url}`);
    expect(undeclared, 'routes without config.access').toEqual([]);
    const missing = keys.filter((k) => !M[k]);
    expect(missing, 'routes missing from the authorization matrix').toEqual([]);
    const stale = Object.keys(M).filter((k) => !keys.includes(k));
    expect(stale, 'matrix rows for routes that do not exist').toEqual([]);
  });

  it('anonymous callers get 401 everywhere except the public routes', async () => {
    const f = await fixture();
    for (const [key, e] of Object.entries(M)) {
      const method = key.split(' ')[0]!;
      const res = await ctx.app.inject({
        method: method as 'GET',
        url: fill(e.path, f, f.t.contactId),
        payload: e.body as object,
      });
      if (e.anonymous) expect(errorCode(res.body), key).not.toBe('UNAUTHENTICATED');
      else {
        expect(res.statusCode, key).toBe(401);
        expect(errorCode(res.body), key).toBe('UNAUTHENTICATED');
      }
    }
  });

  it('bad input never answers 5xx: malformed ids, wrong body types, junk queries (as admin)', async () => {
    const f = await fixture();
    const admin = await f.t.as('admin');
    const junkBodies: unknown[] = [
      { unexpected: [1, 2, 3] },
      { name: 42, type: null, id: {}, value: 'x' },
      [],
    ];
    // Logging out would turn every later request into a 401 and hide what this test looks for.
    for (const [key, e] of Object.entries(M).filter(([k]) => k !== 'POST /api/auth/logout')) {
      const method = key.split(' ')[0]!;
      // Every uuid-like placeholder becomes a malformed id; the query string gets junk appended.
      const badIds = e.path.replace(/:[a-zA-Z]+/g, 'bukan-id');
      const junkQuery = `${fill(e.path, f, f.spareUserId)}${e.path.includes('?') ? '&' : '?'}limit=-5&cursor=%%%&sort=drop`;
      for (const url of [badIds, junkQuery]) {
        const res = await admin.request(method, url, method === 'GET' ? undefined : junkBodies[0]);
        expect(res.statusCode, `${key} ${url} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
      }
      if (method !== 'GET' && !e.multipart) {
        for (const body of junkBodies.slice(1)) {
          const res = await admin.request(method, fill(e.path, f, f.spareUserId), body);
          expect(res.statusCode, `${key} ${JSON.stringify(body)} → ${res.body.slice(0, 200)}`).toBeLessThan(
            500,
          );
        }
      }
    }
    // Still signed in at the end, so the requests above really reached the routes.
    expect((await admin.get('/api/auth/me')).json().user).not.toBeNull();
  }, 180_000);
}

/**
 * Tenant A (a full fixture) and tenant B. Another tenant's users only ask for A's records, so a
 * bare tenant (its office, government, units and one account per role) is all B needs: 0.3 s on
 * PGlite against a fixture's 1.8 s.
 */
async function tenantsOf(): Promise<{ a: Fixture; b: { t: Tenant } }> {
  const a = await fixture();
  return { a, b: { t: await makeTenant(ctx) } };
}

let reading: Promise<{ a: Fixture; b: { t: Tenant } }> | undefined;

/**
 * The reading rows (GET) of one half share one pair of tenants: a GET changes nothing another row
 * checks, and the fixture was 70 % of a row's time. A row that writes gets its own pair.
 */
function readingTenants() {
  reading ??= tenantsOf();
  return reading;
}

/** One route's row: A's and another tenant's users in every role. */
function defineRow(key: string, e: Entry) {
  it(key, async () => {
    const method = key.split(' ')[0]!;
    const { a, b } = method === 'GET' ? await readingTenants() : await tenantsOf();
    const send = async (role: Role, tenant: Tenant, path: string) => {
      const agent = await tenant.as(role);
      const body = e.multipart
        ? multipartBody
        : e.body === undefined
          ? undefined
          : JSON.parse(fill(JSON.stringify(e.body), a, ''));
      const headers: Record<string, string> = e.multipart
        ? { 'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}` }
        : {};
      return agent.request(method, path, body, headers);
    };
    // Users of another tenant first (read-only for A's records), then A's own roles.
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const res = await send(role, b.t, fill(e.path, a, a.spareUserId));
      const expected = otherTenantExpected(key, e, role);
      if (Array.isArray(expected))
        expect(expected, `other tenant ${role} → ${res.statusCode} ${res.body.slice(0, 200)}`).toContain(
          res.statusCode,
        );
      else check(`other tenant ${role}`, res.statusCode, expected, res.body);
      if (res.statusCode < 300) {
        for (const id of [a.t.governmentId, a.t.unitId, a.t.productId, a.t.contactId])
          expect(res.body, `${role} sees tenant A data`).not.toContain(id);
      }
      for (const secret of Object.values(MATRIX_REPORTER))
        expect(res.body, `${key} as another tenant's ${role} shows a reporter`).not.toContain(secret);
    }
    const coordinatorId = a.spareUserId;
    for (const role of ROLES) {
      const res = await send(role, a.t, fill(e.path, a, coordinatorId));
      check(`own tenant ${role}`, res.statusCode, expectedFor(key, e, role), res.body);
      if (!REVEALING.includes(key))
        for (const secret of Object.values(MATRIX_REPORTER))
          expect(res.body, `${key} as ${role} shows the reporter's identity`).not.toContain(secret);
      if (role === 'unit_pic' && e.picSibling && e.path.includes(':unit')) {
        const sib = await send(role, a.t, fill(e.path.replace(':unit', ':otherUnit'), a, coordinatorId));
        check('PIC on a sibling unit', sib.statusCode, e.picSibling, sib.body);
      }
    }
  });
}
