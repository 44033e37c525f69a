/**
 * The complaints' reference data as data (issue 14 parts 5 and 8): the deadline rules, versioned —
 * an admin's save writes a NEW version; every case keeps the version it was registered under
 * (complaints.rule_set_id), new cases take the newest — and the maladministration forms (add,
 * rename, retire; a retired form stays on the cases that carry it and is not offered any more).
 * Reference data, not tenant data: every complaint reader reads it; only admins change it (the
 * route's permission). Each change is audited.
 */
import { UNCATEGORISED_FORM } from '../../../shared/complaints/forms';
import type {
  MalFormDto,
  MalFormInput,
  MalFormList,
  MalFormPatch,
  RuleSetInput,
  RuleSetList,
} from '../../../shared/contracts/complaints-deadlines';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import * as repo from './complaint-rules.repository';

type RuleSetRow = Awaited<ReturnType<typeof repo.listRuleSets>>[number];

const meta = (r: RuleSetRow) => ({
  id: r.id,
  version: r.version,
  note: r.note,
  createdAt: r.createdAt.toISOString(),
  createdByName: r.createdByName,
  cases: Number(r.cases),
});

export async function listRuleSets(db: Executor): Promise<RuleSetList> {
  const rows = await repo.listRuleSets(db);
  const current = rows[0];
  if (!current) throw new NotFoundError();
  const { cases: _cases, ...head } = meta(current);
  return { current: { ...head, rules: current.rules }, versions: rows.map(meta) };
}

export async function saveRuleSet(db: Executor, actor: Actor, input: RuleSetInput): Promise<RuleSetList> {
  await inTransaction(db, async (tx) => {
    const created = await repo.insertRuleSet(tx, {
      rules: input.rules,
      note: input.note,
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'complaint_rule_set',
      entityId: created.id,
      after: { version: created.version, note: input.note, rules: input.rules },
    });
  });
  return listRuleSets(db);
}

const formDto = (r: Awaited<ReturnType<typeof repo.listForms>>[number]): MalFormDto => ({
  code: r.code,
  nameId: r.nameId,
  nameEn: r.nameEn,
  source: r.source,
  position: r.position,
  retired: r.retiredAt !== null,
  cases: Number(r.cases),
});

export async function listForms(db: Executor): Promise<MalFormList> {
  return { items: (await repo.listForms(db)).map(formDto) };
}

async function formByCode(db: Executor, code: string): Promise<MalFormDto> {
  const row = (await repo.listForms(db)).find((f) => f.code === code);
  if (!row) throw new NotFoundError();
  return formDto(row);
}

export async function createForm(db: Executor, actor: Actor, input: MalFormInput): Promise<MalFormDto> {
  await inTransaction(db, async (tx) => {
    const created = await repo.insertForm(tx, { ...input, source: input.source ?? 'Patuh' });
    if (!created)
      throw new ConflictError('error.validation', { code: { message: 'complaint.formCodeTaken' } });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'maladministration_form',
      entityId: created.code,
      after: { nameId: created.nameId, nameEn: created.nameEn, source: created.source },
    });
  });
  return formByCode(db, input.code);
}

export async function updateForm(
  db: Executor,
  actor: Actor,
  code: string,
  patch: MalFormPatch,
): Promise<MalFormDto> {
  await inTransaction(db, async (tx) => {
    const before = await repo.findForm(tx, code);
    if (!before) throw new NotFoundError();
    if (patch.retired === true && code === UNCATEGORISED_FORM)
      throw new ValidationError({ retired: { message: 'complaint.formUncategorised' } });
    const retiredAt =
      patch.retired === undefined ? undefined : patch.retired ? (before.retiredAt ?? new Date()) : null;
    const changes = {
      ...(patch.nameId !== undefined ? { nameId: patch.nameId } : {}),
      ...(patch.nameEn !== undefined ? { nameEn: patch.nameEn } : {}),
      ...(retiredAt !== undefined ? { retiredAt } : {}),
    };
    if (Object.keys(changes).length === 0) return;
    const after = await repo.updateForm(tx, code, changes);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'maladministration_form',
      entityId: code,
      before: { nameId: before.nameId, nameEn: before.nameEn, retired: before.retiredAt !== null },
      after: { nameId: after!.nameId, nameEn: after!.nameEn, retired: after!.retiredAt !== null },
    });
  });
  return formByCode(db, code);
}
