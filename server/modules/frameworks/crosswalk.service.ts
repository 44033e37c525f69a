/**
 * The crosswalk admin API (issue 17 §5). Everyone who reads a version reads its rows (a row to or
 * from a version the reader may not read is left out). `framework.manage` adds, replaces and
 * deletes custom rows into a version they may change (admins: every version, built-ins included;
 * an oversight head: their office's copies) — even once a cycle froze it, since the crosswalk
 * says how its codes relate to other versions, not what it measures. Built-in rows come from
 * frameworks/crosswalks/*.json and are changed only by shipping the file.
 */
import { indicatorDefinitions } from '../../../shared/frameworks/indicator-definitions';
import type { CrosswalkList, CrosswalkReplace, CrosswalkRowInput } from '../../../shared/contracts/crosswalk';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError, type FieldProblem } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { assertFrameworkChangeable, mayReadFramework, readableOfficeIds } from './frameworks.access';
import { findFrameworkRow } from './frameworks.repository';
import { loadFramework } from './frameworks.sync';
import * as repo from './crosswalk.repository';

const toDto = (r: repo.CrosswalkRow) => ({
  fromFrameworkId: r.fromFrameworkId,
  fromCode: r.fromCode,
  toFrameworkId: r.toFrameworkId,
  toCode: r.toCode,
  note: r.note,
  source: r.source,
});

/** The rows into and out of a version the actor reads (404 like a missing version otherwise). */
export async function listCrosswalk(db: Executor, actor: Actor, frameworkId: string): Promise<CrosswalkList> {
  const readable = await readableOfficeIds(db, actor);
  const row = await findFrameworkRow(db, frameworkId);
  if (!row || !mayReadFramework(readable, row)) throw new NotFoundError();
  const rows = await repo.rowsOf(db, frameworkId);
  const others = new Set(
    rows.map((r) => (r.fromFrameworkId === frameworkId ? r.toFrameworkId : r.fromFrameworkId)),
  );
  const visible = new Set<string>();
  for (const id of others) {
    const other = await findFrameworkRow(db, id);
    if (other && mayReadFramework(readable, other)) visible.add(id);
  }
  return {
    frameworkId,
    rows: rows
      .filter((r) => visible.has(r.fromFrameworkId === frameworkId ? r.toFrameworkId : r.fromFrameworkId))
      .map(toDto),
  };
}

/**
 * The target version the actor may change (404 unreadable, 403 not theirs) and the source version
 * they read (a field error otherwise: it is the body that names it), with both code sets.
 */
async function pair(
  db: Executor,
  actor: Actor,
  toId: string,
  fromId: string,
  fields: Record<string, FieldProblem>,
) {
  const toRow = await findFrameworkRow(db, toId);
  if (!toRow) throw new NotFoundError();
  await assertFrameworkChangeable(db, actor, toRow);
  const fromRow = await findFrameworkRow(db, fromId);
  if (!fromRow || !mayReadFramework(await readableOfficeIds(db, actor), fromRow)) {
    fields.fromFrameworkId = { message: 'field.frameworkUnknown' };
    throw new ValidationError(fields);
  }
  if (fromId === toId) {
    fields.fromFrameworkId = { message: 'field.crosswalkSameFramework' };
    throw new ValidationError(fields);
  }
  const fromCodes = indicatorDefinitions(await loadFramework(db, fromId));
  const toCodes = indicatorDefinitions(await loadFramework(db, toId));
  return { fromCodes, toCodes };
}

function checkCodes(
  prefix: string,
  rows: Array<{ fromCode: string; toCode: string }>,
  codes: { fromCodes: ReadonlyMap<string, unknown>; toCodes: ReadonlyMap<string, unknown> },
  ids: { fromId: string; toId: string },
): Record<string, FieldProblem> {
  const fields: Record<string, FieldProblem> = {};
  rows.forEach((r, i) => {
    const at = prefix ? `${prefix}.${i}.` : '';
    if (!codes.fromCodes.has(r.fromCode))
      fields[`${at}fromCode`] = {
        message: 'field.crosswalkCode',
        params: { code: r.fromCode, framework: ids.fromId },
      };
    if (!codes.toCodes.has(r.toCode))
      fields[`${at}toCode`] = {
        message: 'field.crosswalkCode',
        params: { code: r.toCode, framework: ids.toId },
      };
  });
  return fields;
}

/** Adds one custom row into version `toId` (409 when that row exists). */
export async function addCrosswalkRow(db: Executor, actor: Actor, toId: string, input: CrosswalkRowInput) {
  const codes = await pair(db, actor, toId, input.fromFrameworkId, {});
  const fields = checkCodes('', [input], codes, { fromId: input.fromFrameworkId, toId });
  if (Object.keys(fields).length) throw new ValidationError(fields);
  const values = {
    fromFrameworkId: input.fromFrameworkId,
    fromCode: input.fromCode,
    toFrameworkId: toId,
    toCode: input.toCode,
    note: input.note ?? null,
  };
  await inTransaction(db, async (tx) => {
    if (!(await repo.insertCustomRow(tx, values))) throw new ConflictError('conflict.crosswalkExists');
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'framework_crosswalk',
      entityId: toId,
      after: values,
    });
  });
  return { ...values, source: 'custom' as const };
}

/** Replaces the custom rows from `fromFrameworkId` into `toId` with `rows` (built-in rows stay). */
export async function replaceCrosswalkRows(
  db: Executor,
  actor: Actor,
  toId: string,
  input: CrosswalkReplace,
) {
  const codes = await pair(db, actor, toId, input.fromFrameworkId, {});
  const fields = checkCodes('rows', input.rows, codes, { fromId: input.fromFrameworkId, toId });
  if (Object.keys(fields).length) throw new ValidationError(fields);
  await inTransaction(db, async (tx) => {
    await repo.deleteCustomRowsBetween(tx, input.fromFrameworkId, toId);
    for (const r of input.rows)
      await repo.insertCustomRow(tx, {
        fromFrameworkId: input.fromFrameworkId,
        fromCode: r.fromCode,
        toFrameworkId: toId,
        toCode: r.toCode,
        note: r.note ?? null,
      });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'framework_crosswalk',
      entityId: toId,
      after: { fromFrameworkId: input.fromFrameworkId, rows: input.rows },
    });
  });
  return listCrosswalk(db, actor, toId);
}

/** Deletes one custom row into `toId` (404 missing; 409 for a built-in row). */
export async function deleteCrosswalkRow(
  db: Executor,
  actor: Actor,
  toId: string,
  key: { fromFrameworkId: string; fromCode: string; toCode: string },
): Promise<void> {
  const toRow = await findFrameworkRow(db, toId);
  if (!toRow) throw new NotFoundError();
  await assertFrameworkChangeable(db, actor, toRow);
  const full = { ...key, toFrameworkId: toId };
  await inTransaction(db, async (tx) => {
    const row = await repo.findRow(tx, full);
    if (!row) throw new NotFoundError();
    if (row.source === 'builtin') throw new ConflictError('conflict.crosswalkBuiltin');
    await repo.deleteRow(tx, full);
    await recordAudit(tx, actor, {
      action: 'delete',
      entityType: 'framework_crosswalk',
      entityId: toId,
      before: toDto(row),
    });
  });
}
