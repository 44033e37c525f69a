/**
 * The framework editor: list and read framework versions, duplicate one into a new custom version,
 * replace the definition of a custom version until a cycle uses it (then it is frozen), archive.
 * The UI edits the whole JSON tree client-side and sends it back; the server validates it with
 * validateFramework and reports every problem at the node it belongs to.
 */
import type {
  FrameworkDetail,
  FrameworkDuplicate,
  FrameworkSummary,
} from '../../../shared/contracts/frameworks';
import {
  FrameworkSchema,
  validateFramework,
  type FrameworkProblem,
  type LocalizedText,
} from '../../../shared/frameworks/framework.schema';
import type { Executor } from '../../db/client';
import { roleCan } from '../../../shared/permissions';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type FieldProblem,
} from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import {
  assertFrameworkChangeable,
  mayChangeFramework,
  mayReadFramework,
  readableOfficeIds,
} from './frameworks.access';
import * as editor from './framework-editor.repository';
import { insertFrameworkRow, type FrameworkRow } from './frameworks.repository';

type WithUse = Omit<FrameworkRow, 'definition' | 'createdBy' | 'createdAt'> & {
  usedByCycles: number;
  officeName: string | null;
};

/** Built-ins are always frozen; a custom version from the moment a cycle uses it. */
function isFrozen(row: WithUse): boolean {
  return row.source === 'builtin' || row.frozenAt !== null || row.usedByCycles > 0;
}

/** The name in both languages; a language missing from the definition falls back to the stored name. */
function localizedName(name: string, id: unknown, en: unknown): LocalizedText {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : name);
  return { id: text(id), en: text(en) };
}

/** The localized name of a row that carries its whole definition. */
function definitionName(row: FrameworkRow): LocalizedText {
  const name = ((row.definition ?? {}) as { name?: Partial<Record<'id' | 'en', unknown>> }).name ?? {};
  return localizedName(row.name, name.id, name.en);
}

/** Who compiled it, from the definition (`compiledBy`, framework-label.ts). */
function compiledByOf(definition: unknown): 'patuh' | null {
  return (definition as { compiledBy?: unknown } | null)?.compiledBy === 'patuh' ? 'patuh' : null;
}

/** Whether the definition is a draft (unconfirmed weights and bands; no cycle may use it). */
function draftOf(definition: unknown): boolean {
  return (definition as { draft?: unknown } | null)?.draft === true;
}

export function toSummary(
  row: WithUse,
  nameLocalized: LocalizedText,
  actor: Actor,
  compiledBy: 'patuh' | null,
  draft: boolean,
): FrameworkSummary {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    nameLocalized,
    source: row.source,
    basedOn: row.basedOn,
    frozen: isFrozen(row),
    frozenAt: row.frozenAt?.toISOString() ?? null,
    archived: row.archivedAt !== null,
    usedByCycles: row.usedByCycles,
    updatedAt: row.updatedAt.toISOString(),
    compiledBy,
    draft,
    officeId: row.officeId,
    officeName: row.officeName,
    officeSpotCheck: row.officeSpotCheck,
    mayChange: row.source === 'custom' && mayChangeFramework(actor, row),
  };
}

export function toDetail(row: editor.FrameworkWithUse, actor: Actor): FrameworkDetail {
  const definition = (row.definition ?? {}) as Record<string, unknown>;
  return {
    ...toSummary(row, definitionName(row), actor, compiledByOf(definition), draftOf(definition)),
    definition,
    problems: validateFramework(definition),
  };
}

/**
 * The framework versions the actor reads (built-in, the platform's custom ones, and those of the
 * offices in reach) with their cycle use; archived ones on request.
 */
export async function listFrameworkVersions(
  db: Executor,
  actor: Actor,
  query: { includeArchived: boolean },
): Promise<FrameworkSummary[]> {
  const offices = await readableOfficeIds(db, actor);
  return (await editor.listFrameworkSummaries(db, query.includeArchived, offices)).map((row) =>
    toSummary(row, localizedName(row.name, row.nameId, row.nameEn), actor, row.compiledBy, row.draft),
  );
}

/** One framework version with its definition and its current problems; 404 out of reach. */
export async function getFrameworkVersion(db: Executor, actor: Actor, id: string): Promise<FrameworkDetail> {
  const row = await editor.findFrameworkWithUse(db, id);
  if (!row || !mayReadFramework(await readableOfficeIds(db, actor), row)) throw new NotFoundError();
  return toDetail(row, actor);
}

/** 403 before any read for a role without `framework.manage` (the route checks it too). */
function assertManager(actor: Actor): void {
  if (!roleCan(actor.role, 'framework.manage')) throw new ForbiddenError();
}

const WEIGHT_SUM = /^jumlah bobot anak (-?[\d.]+), seharusnya 100$/;

/**
 * validateFramework's problems as error fields keyed by the node code (or, for bands and other
 * parts without a node, the JSON path), so the editor shows each one at its node. The weight-sum
 * rule is translated; other messages are shown as validateFramework words them (Indonesian).
 */
export function problemsToFields(problems: FrameworkProblem[]): Record<string, FieldProblem> {
  const byKey = new Map<string, string[]>();
  for (const p of problems) {
    const key = p.node ?? (p.path || '_');
    byKey.set(key, [...(byKey.get(key) ?? []), p.message]);
  }
  const fields: Record<string, FieldProblem> = {};
  for (const [key, messages] of byKey) {
    const sum = messages.length === 1 ? WEIGHT_SUM.exec(messages[0]!) : null;
    // One problem at a node: translated when it is the weight sum. Several: all of them, joined.
    fields[key] = sum
      ? { message: 'framework.weightsSum', params: { sum: Number(sum[1]).toLocaleString('id-ID') } }
      : { message: messages.join('; ') };
  }
  return fields;
}

function invalid(problems: FrameworkProblem[]): AppError {
  return new AppError('VALIDATION_FAILED', 400, 'error.frameworkInvalid', problemsToFields(problems), {
    count: problems.length,
  });
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

async function freeId(db: Executor, base: string): Promise<string> {
  const stem = base.slice(0, 60).replace(/-+$/, '');
  if (!(await editor.frameworkIdTaken(db, stem))) return stem;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!(await editor.frameworkIdTaken(db, candidate))) return candidate;
  }
}

/**
 * The id a copy gets when none is given: the source's family without its years, then the new
 * version (`ombudsman-2022-2024` + "2025" → `ombudsman-2025`, not `ombudsman-2022-2024-2025`).
 */
export function copyIdStem(sourceId: string, version: string): string {
  const family = sourceId.replace(/(-\d{4})+$/, '') || sourceId;
  return slug(`${family}-${version}`) || sourceId;
}

/** The name a copy gets when none is given: the source's, marked as a copy of the new version. */
export function copyName(source: LocalizedText, version: string): LocalizedText {
  return { id: `${source.id} (salinan ${version})`, en: `${source.en} (copy ${version})` };
}

/**
 * Copies a framework version (built-in or custom, frozen or not) into a new custom, unfrozen
 * version that records what it is based on. Without an id or a name the copy gets a clean id
 * (`copyIdStem`) and a name that says it is a copy (`copyName`), so two versions never share one.
 */
export async function duplicateFrameworkVersion(
  db: Executor,
  actor: Actor,
  sourceId: string,
  input: FrameworkDuplicate,
): Promise<FrameworkDetail> {
  assertManager(actor);
  return inTransaction(db, async (tx) => {
    const source = await editor.findFrameworkWithUse(tx, sourceId);
    if (!source || !mayReadFramework(await readableOfficeIds(tx, actor), source)) throw new NotFoundError();
    const officeId = await copyOffice(tx, actor, input);
    let id: string;
    if (input.id) {
      if (await editor.frameworkIdTaken(tx, input.id)) {
        throw new ConflictError('error.validation', {
          id: { message: 'field.frameworkIdTaken', params: { id: input.id } },
        });
      }
      id = input.id;
    } else {
      id = await freeId(tx, copyIdStem(source.id, input.version));
    }
    const base = (source.definition ?? {}) as Record<string, unknown>;
    const sourceName = base.name as LocalizedText | undefined;
    const name: LocalizedText =
      typeof input.name === 'string'
        ? { id: input.name, en: input.name }
        : (input.name ?? copyName(sourceName ?? { id: source.name, en: source.name }, input.version));
    // The copy is its maker's: it no longer carries the source's "disusun Patuh".
    const { compiledBy: _sourceCompiler, ...rest } = base;
    const definition = { ...rest, id, version: input.version, name };
    await insertFrameworkRow(tx, {
      id,
      version: input.version,
      name: name.id,
      definition,
      source: 'custom',
      basedOn: source.id,
      frozenAt: null,
      createdBy: actor.id,
      officeId,
    });
    if (input.spotCheck) await editor.setOfficeSpotCheck(tx, officeId!, id, true);
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'framework',
      entityId: id,
      after: { id, version: input.version, basedOn: source.id, officeId, officeSpotCheck: !!input.spotCheck },
    });
    const created = await editor.findFrameworkWithUse(tx, id);
    return toDetail(created!, actor);
  });
}

/**
 * The office a copy belongs to: an oversight head's own office (naming another is refused); for an
 * admin, the office named (which must exist) or none. Marking it the spot-check set needs an office.
 */
async function copyOffice(tx: Executor, actor: Actor, input: FrameworkDuplicate): Promise<string | null> {
  let officeId: string | null;
  if (actor.reach.all) {
    officeId = input.officeId ?? null;
    if (officeId && !(await editor.officeExists(tx, officeId)))
      throw new ValidationError({ officeId: { message: 'field.officeRequired' } });
  } else {
    if (!actor.officeId || (input.officeId && input.officeId !== actor.officeId))
      throw new ValidationError({ officeId: { message: 'field.outOfReach' } });
    officeId = actor.officeId;
  }
  if (input.spotCheck && !officeId)
    throw new ValidationError({ spotCheck: { message: 'field.frameworkNoOffice' } });
  return officeId;
}

/**
 * Replaces the whole definition of an editable framework version. Refused with 409 when it is
 * built in, archived, or frozen because a cycle uses it; 400 with the problems per node when the
 * definition is not valid (weights that do not add up to 100 are reported at their parent).
 */
export async function replaceFrameworkDefinition(
  db: Executor,
  actor: Actor,
  id: string,
  definition: Record<string, unknown>,
): Promise<FrameworkDetail> {
  assertManager(actor);
  return inTransaction(db, async (tx) => {
    const current = await editor.findFrameworkWithUse(tx, id);
    if (!current) throw new NotFoundError();
    await assertFrameworkChangeable(tx, actor, current);
    assertEditable(current);
    const problems = validateFramework(definition);
    if (definition.id !== id) {
      problems.unshift({ path: 'id', message: `id di dalam definisi harus "${id}"` });
    }
    if (problems.length > 0) throw invalid(problems);
    // Only a built-in file can say Patuh compiled it; an edited custom version is its editor's.
    const { compiledBy: _claimed, ...parsed } = FrameworkSchema.parse(definition);
    const row = await editor.replaceEditableDefinition(tx, id, {
      version: parsed.version,
      name: parsed.name.id,
      definition: parsed,
    });
    // A cycle took it between the read and the write: the guarded UPDATE changed nothing.
    if (!row) throw new ConflictError('conflict.frameworkFrozen');
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'framework',
      entityId: id,
      before: { version: current.version, name: current.name },
      after: { version: row.version, name: row.name },
    });
    return toDetail({ ...row, usedByCycles: 0, officeName: current.officeName }, actor);
  });
}

function assertEditable(row: WithUse): void {
  if (row.source === 'builtin') throw new ConflictError('conflict.frameworkBuiltin');
  if (row.archivedAt) throw new ConflictError('conflict.archived');
  if (isFrozen(row)) throw new ConflictError('conflict.frameworkFrozen');
}

/**
 * Archives (or restores) a framework version: it is no longer offered for new cycles; cycles that
 * already use it keep it.
 */
export async function setFrameworkVersionArchived(
  db: Executor,
  actor: Actor,
  id: string,
  archived: boolean,
): Promise<FrameworkSummary> {
  assertManager(actor);
  return inTransaction(db, async (tx) => {
    const before = await editor.findFrameworkWithUse(tx, id);
    if (!before) throw new NotFoundError();
    await assertFrameworkChangeable(tx, actor, before);
    await editor.setFrameworkArchived(tx, id, archived);
    await recordAudit(tx, actor, {
      action: archived ? 'archive' : 'restore',
      entityType: 'framework',
      entityId: id,
    });
    const after = await editor.findFrameworkWithUse(tx, id);
    return toSummary(
      after!,
      definitionName(after!),
      actor,
      compiledByOf(after!.definition),
      draftOf(after!.definition),
    );
  });
}
