/**
 * An Ombudsman office's own spot-check set (issue 12, REFERENCE §1.5): the built-in spot-check set
 * is Patuh's compilation; an office may replace it with its own version (a copy, edited by its
 * head until a cycle uses it), marked as the office's spot-check set. Internal cycles of the
 * governments it oversees then default to it.
 */
import { DEFAULT_INTERNAL_FRAMEWORK } from '../../../shared/contracts/assessments-internal';
import type { FrameworkSummary, InternalFramework } from '../../../shared/contracts/frameworks';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { reachesGovernment, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import * as editor from './framework-editor.repository';
import { assertFrameworkChangeable } from './frameworks.access';
import { getFrameworkVersion } from './frameworks.service';

/**
 * Marks (or unmarks) an office's version as that office's spot-check set; the office's previous
 * one is unmarked in the same transaction. Allowed on a frozen version (it is the office's choice,
 * not an edit of the set); refused for a version of no office (400) and an archived one (409).
 */
export async function setOfficeSpotCheck(
  db: Executor,
  actor: Actor,
  id: string,
  spotCheck: boolean,
): Promise<FrameworkSummary> {
  await inTransaction(db, async (tx) => {
    const row = await editor.findFrameworkWithUse(tx, id);
    if (!row) throw new NotFoundError();
    await assertFrameworkChangeable(tx, actor, row);
    if (!row.officeId) throw new ValidationError({ spotCheck: { message: 'field.frameworkNoOffice' } });
    if (spotCheck && row.archivedAt) throw new ConflictError('conflict.archived');
    if (row.officeSpotCheck === spotCheck) return;
    await editor.setOfficeSpotCheck(tx, row.officeId, id, spotCheck);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'framework',
      entityId: id,
      before: { officeSpotCheck: row.officeSpotCheck },
      after: { officeSpotCheck: spotCheck },
    });
  });
  const {
    definition: _definition,
    problems: _problems,
    ...summary
  } = await getFrameworkVersion(db, actor, id);
  return summary;
}

/**
 * The framework id an internal cycle of this government defaults to: its office's spot-check set
 * when the office has one (not archived), else the built-in spot-check set. No access check: for
 * services that checked the government already (the internal cycles' creation).
 */
export async function defaultInternalFrameworkId(db: Executor, governmentId: string): Promise<string> {
  const officeId = await editor.officeOfGovernment(db, governmentId);
  return (officeId && (await editor.officeSpotCheckId(db, officeId))) || DEFAULT_INTERNAL_FRAMEWORK;
}

/** The default framework of the government's internal cycles, for its people and its office; 404 out of reach. */
export async function internalFrameworkFor(
  db: Executor,
  actor: Actor,
  governmentId: string,
): Promise<InternalFramework> {
  if (!reachesGovernment(actor.reach, governmentId) || !(await editor.officeOfGovernment(db, governmentId)))
    throw new NotFoundError();
  const id = await defaultInternalFrameworkId(db, governmentId);
  const {
    definition: _definition,
    problems: _problems,
    ...framework
  } = await getFrameworkVersion(db, actor, id);
  return { framework, origin: id === DEFAULT_INTERNAL_FRAMEWORK ? 'builtin' : 'office' };
}
