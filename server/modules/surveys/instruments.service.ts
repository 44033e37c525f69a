/**
 * Survey instruments: built-ins from instruments/*.json (frozen) and custom versions an admin
 * duplicates from one and edits until a period first uses it (then frozen: 409).
 */
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError, NotFoundError, ValidationError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import type {
  DuplicateInstrumentSchema,
  InstrumentDetail,
  InstrumentSummary,
  UpdateInstrumentSchema,
} from '../../../shared/contracts/surveys';
import { parsedInstrument } from './instrument-cache';
import * as repo from './instruments.repository';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findInstrument>>>;

function detailOf(row: Row): InstrumentDetail {
  const definition = parsedInstrument(row.id, row.updatedAt, row.definition);
  return {
    id: row.id,
    version: row.version,
    kind: row.kind,
    name: definition.name,
    source: row.source,
    basedOn: row.basedOn,
    frozen: row.source === 'builtin' || row.frozenAt !== null,
    questions: definition.questions.length,
    periods: row.periods,
    definition,
  };
}

export async function listInstruments(db: Executor): Promise<{ items: InstrumentSummary[] }> {
  const rows = await repo.listInstruments(db);
  return {
    items: rows.map((r) => {
      const { definition: _d, ...summary } = detailOf(r);
      return summary;
    }),
  };
}

export async function getInstrument(db: Executor, id: string): Promise<InstrumentDetail> {
  const row = await repo.findInstrument(db, id);
  if (!row) throw new NotFoundError();
  return detailOf(row);
}

export async function duplicateInstrument(
  db: Executor,
  actor: Actor,
  sourceId: string,
  input: z.output<typeof DuplicateInstrumentSchema>,
): Promise<InstrumentDetail> {
  const source = await getInstrument(db, sourceId);
  const inst = { ...source.definition, id: input.id, version: input.version, name: input.name };
  const created = await repo.insertCustomInstrument(db, { inst, basedOn: sourceId, createdBy: actor.id });
  if (!created) throw new ValidationError({ id: { message: 'survey.instrumentExists' } });
  return getInstrument(db, input.id);
}

export async function updateInstrument(
  db: Executor,
  id: string,
  input: z.output<typeof UpdateInstrumentSchema>,
): Promise<InstrumentDetail> {
  await inTransaction(db, async (tx) => {
    const row = await repo.lockInstrument(tx, id);
    if (!row) throw new NotFoundError();
    const current = await repo.findInstrument(tx, id);
    if (current!.source === 'builtin' || row.frozenAt !== null)
      throw new AppError('CONFLICT', 409, 'survey.instrument_frozen');
    if (input.definition.id !== id || input.definition.kind !== row.kind)
      throw new ValidationError({ 'definition.id': { message: 'survey.instrumentIdFixed' } });
    await repo.updateInstrumentDefinition(tx, id, input.definition);
  });
  return getInstrument(db, id);
}
