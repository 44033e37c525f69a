/** SQL of survey instruments (built-in sync, list, detail, duplicate, edit, freeze). */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { surveyInstruments } from '../../db/schema-surveys';
import type { Instrument } from '../../../shared/surveys/instrument.schema';

export async function upsertBuiltInInstrument(db: Executor, inst: Instrument): Promise<void> {
  await db
    .insert(surveyInstruments)
    .values({
      id: inst.id,
      version: inst.version,
      kind: inst.kind,
      name: inst.name.id,
      definition: inst,
      source: 'builtin',
      frozenAt: sql`now()`,
    })
    .onConflictDoUpdate({
      target: surveyInstruments.id,
      set: { version: inst.version, name: inst.name.id, definition: inst, updatedAt: sql`now()` },
      setWhere: sql`${surveyInstruments.source} = 'builtin' and ${surveyInstruments.definition} is distinct from excluded.definition`,
    });
}

const summaryColumns = {
  id: surveyInstruments.id,
  version: surveyInstruments.version,
  kind: surveyInstruments.kind,
  source: surveyInstruments.source,
  basedOn: surveyInstruments.basedOn,
  frozenAt: surveyInstruments.frozenAt,
  definition: surveyInstruments.definition,
  updatedAt: surveyInstruments.updatedAt,
  periods: sql<number>`(select count(*)::int from survey_periods p where p.instrument_id = survey_instruments.id)`,
};

export async function listInstruments(db: Executor) {
  return db
    .select(summaryColumns)
    .from(surveyInstruments)
    .where(sql`${surveyInstruments.archivedAt} is null`)
    .orderBy(asc(surveyInstruments.kind), asc(surveyInstruments.id));
}

export async function findInstrument(db: Executor, id: string) {
  const [row] = await db.select(summaryColumns).from(surveyInstruments).where(eq(surveyInstruments.id, id));
  return row ?? null;
}

/** Locks the row (an edit and a period's first use can't cross). */
export async function lockInstrument(db: Executor, id: string) {
  const [row] = await db
    .select({ id: surveyInstruments.id, frozenAt: surveyInstruments.frozenAt, kind: surveyInstruments.kind })
    .from(surveyInstruments)
    .where(eq(surveyInstruments.id, id))
    .for('update');
  return row ?? null;
}

export async function insertCustomInstrument(
  db: Executor,
  values: { inst: Instrument; basedOn: string; createdBy: string },
): Promise<boolean> {
  const rows = await db
    .insert(surveyInstruments)
    .values({
      id: values.inst.id,
      version: values.inst.version,
      kind: values.inst.kind,
      name: values.inst.name.id,
      definition: values.inst,
      source: 'custom',
      basedOn: values.basedOn,
      createdBy: values.createdBy,
    })
    .onConflictDoNothing()
    .returning({ id: surveyInstruments.id });
  return rows.length > 0;
}

export async function updateInstrumentDefinition(db: Executor, id: string, inst: Instrument): Promise<void> {
  await db
    .update(surveyInstruments)
    .set({ definition: inst, version: inst.version, name: inst.name.id, updatedAt: sql`now()` })
    .where(eq(surveyInstruments.id, id));
}

export async function freezeInstrument(db: Executor, id: string): Promise<void> {
  await db
    .update(surveyInstruments)
    .set({ frozenAt: sql`now()` })
    .where(and(eq(surveyInstruments.id, id), isNull(surveyInstruments.frozenAt)));
}
