/**
 * Test factories: every test builds its own tenant (office → government → units → products,
 * contacts and one account per role), so tests never collide and never rely on the demo.
 */
import crypto from 'node:crypto';
import type { Database } from '../db/client';
import { contacts, governments, offices, serviceProducts, units } from '../db/schema';
import type { Role } from '../lib/reach';
import { createUser } from '../modules/users/users.service';
import { signIn, type Agent, type TestContext } from './harness';

export const TEST_PASSWORD = 'rahasia-uji-123';

export interface Tenant {
  officeId: string;
  governmentId: string;
  /** An OPD and a UPT under it. */
  unitId: string;
  childUnitId: string;
  /** A second OPD of the same government, outside the PIC's units. */
  otherUnitId: string;
  productId: string;
  contactId: string;
  emails: Record<Role, string>;
  userIds: Record<Role, string>;
  as: (role: Role) => Promise<Agent>;
}

const suffix = () => crypto.randomBytes(4).toString('hex');

export async function makeTenant(ctx: TestContext, opts: { provinceCodes?: string[] } = {}): Promise<Tenant> {
  const db = ctx.database.db;
  const s = suffix();
  const [office] = await db
    .insert(offices)
    .values({
      name: `Ombudsman Uji ${s}`,
      code: `UJI-${s.toUpperCase()}`,
      provinceCodes: opts.provinceCodes ?? [],
    })
    .returning();
  const [gov] = await db
    .insert(governments)
    .values({ type: 'lembaga', name: `Lembaga Uji ${s}`, officeId: office!.id })
    .returning();
  const [unit] = await db
    .insert(units)
    .values({ governmentId: gov!.id, name: `Dinas Uji ${s}`, type: 'opd', sector: 'kesehatan' })
    .returning();
  const [child] = await db
    .insert(units)
    .values({
      governmentId: gov!.id,
      parentId: unit!.id,
      name: `Puskesmas Uji ${s}`,
      type: 'puskesmas',
      sector: 'kesehatan',
    })
    .returning();
  const [other] = await db
    .insert(units)
    .values({ governmentId: gov!.id, name: `Dinas Lain ${s}`, type: 'opd', sector: 'pendidikan' })
    .returning();
  const [product] = await db
    .insert(serviceProducts)
    .values({ unitId: unit!.id, governmentId: gov!.id, name: `Layanan Uji ${s}`, type: 'administratif' })
    .returning();
  const [contact] = await db
    .insert(contacts)
    .values({
      unitId: unit!.id,
      governmentId: gov!.id,
      name: `PIC Uji ${s}`,
      position: 'Kepala Seksi',
      phone: '081234567890',
    })
    .returning();
  const emails = {
    admin: `admin-${s}@uji.test`,
    oversight_head: `kepala-${s}@uji.test`,
    assessor: `asesor-${s}@uji.test`,
    gov_coordinator: `koordinator-${s}@uji.test`,
    unit_pic: `pic-${s}@uji.test`,
    internal_verifier: `inspektorat-${s}@uji.test`,
  } satisfies Record<Role, string>;
  const userIds = await createUsers(ctx.database, emails, office!.id, gov!.id, unit!.id);
  const agents = new Map<Role, Promise<Agent>>();
  return {
    officeId: office!.id,
    governmentId: gov!.id,
    unitId: unit!.id,
    childUnitId: child!.id,
    otherUnitId: other!.id,
    productId: product!.id,
    contactId: contact!.id,
    emails,
    userIds,
    as: (role) => {
      if (!agents.has(role)) agents.set(role, signIn(ctx.app, emails[role], TEST_PASSWORD));
      return agents.get(role)!;
    },
  };
}

async function createUsers(
  database: Database,
  emails: Record<Role, string>,
  officeId: string,
  governmentId: string,
  unitId: string,
): Promise<Record<Role, string>> {
  const db = database.db;
  const base = { password: TEST_PASSWORD };
  const admin = await createUser(db, null, {
    ...base,
    email: emails.admin,
    name: 'Admin Uji',
    role: 'admin',
  });
  const head = await createUser(db, null, {
    ...base,
    email: emails.oversight_head,
    name: 'Kepala Uji',
    role: 'oversight_head',
    officeId,
  });
  const assessor = await createUser(db, null, {
    ...base,
    email: emails.assessor,
    name: 'Asesor Uji',
    role: 'assessor',
    officeId,
  });
  const coord = await createUser(db, null, {
    ...base,
    email: emails.gov_coordinator,
    name: 'Koordinator Uji',
    role: 'gov_coordinator',
    governmentId,
  });
  const pic = await createUser(db, null, {
    ...base,
    email: emails.unit_pic,
    name: 'PIC Uji',
    role: 'unit_pic',
    governmentId,
    unitIds: [unitId],
  });
  const verifier = await createUser(db, null, {
    ...base,
    email: emails.internal_verifier,
    name: 'Verifikator Internal Uji',
    role: 'internal_verifier',
    governmentId,
  });
  return {
    admin: admin.id,
    oversight_head: head.id,
    assessor: assessor.id,
    gov_coordinator: coord.id,
    unit_pic: pic.id,
    internal_verifier: verifier.id,
  };
}
