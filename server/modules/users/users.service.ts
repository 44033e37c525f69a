import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { units } from '../../db/schema';
import { ConflictError, ValidationError } from '../../lib/errors';
import type { Actor, Role } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { hashPassword } from '../auth/auth.service';
import { findGovernment } from '../registry/governments.repository';
import { findOffice } from '../registry/offices.repository';
import * as repo from './users.repository';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
  officeId?: string | null;
  governmentId?: string | null;
  unitIds?: string[];
  locale?: 'id' | 'en';
}

/**
 * Creates an account with the links its role needs: Ombudsman roles an office, government roles a
 * government, unit PICs one or more units of that government. Used by the API, the CLI and the demo.
 */
export async function createUser(db: Executor, actor: Actor | null, input: NewUser): Promise<repo.UserRow> {
  return inTransaction(db, async (tx) => {
    if (input.password.length < 10) throw new ValidationError({ password: { message: 'field.password' } });
    if (await repo.emailTaken(tx, input.email)) throw new ConflictError('error.validation', { email: { message: 'field.emailTaken' } });
    let officeId: string | null = null;
    let governmentId: string | null = null;
    let unitIds: string[] = [];
    if (input.role === 'oversight_head' || input.role === 'assessor') {
      if (!input.officeId) throw new ValidationError({ officeId: { message: 'field.officeRequired' } });
      const office = await findOffice(tx, input.officeId);
      if (!office) throw new ValidationError({ officeId: { message: 'field.officeRequired' } });
      officeId = office.id;
    }
    if (input.role === 'gov_coordinator' || input.role === 'unit_pic') {
      if (!input.governmentId) throw new ValidationError({ governmentId: { message: 'field.governmentRequired' } });
      const gov = await findGovernment(tx, input.governmentId);
      if (!gov) throw new ValidationError({ governmentId: { message: 'field.governmentRequired' } });
      governmentId = gov.id;
    }
    if (input.role === 'unit_pic') {
      unitIds = [...new Set(input.unitIds ?? [])];
      if (unitIds.length === 0) throw new ValidationError({ unitIds: { message: 'field.unitsRequired' } });
      const found = await tx.select({ id: units.id, governmentId: units.governmentId }).from(units).where(inArray(units.id, unitIds));
      if (found.length !== unitIds.length || found.some((u) => u.governmentId !== governmentId))
        throw new ValidationError({ unitIds: { message: 'field.outOfReach' } });
    }
    const user = await repo.insertUser(tx, {
      email: input.email.trim(),
      name: input.name.trim(),
      passwordHash: await hashPassword(input.password),
      role: input.role,
      officeId,
      governmentId,
      locale: input.locale ?? 'id',
    });
    await repo.setUserUnits(tx, user.id, unitIds);
    const { passwordHash: _omit, ...safe } = user;
    await recordAudit(tx, actor, { action: 'create', entityType: 'user', entityId: user.id, governmentId, officeId, after: { ...safe, unitIds } });
    return user;
  });
}
