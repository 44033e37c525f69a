/**
 * What staff do to a case besides moving it (issue 14): assign officers, classify it, open the
 * sealed identity (audited), write to the reporter, attach files, record the recommendation's
 * dates. Each use case is one transaction; changes to the case itself take its row lock and check
 * the version the officer saw (409 complaint.stale), like the transitions.
 */
import type { MultipartFile } from '@fastify/multipart';
import { ruleOf, DEFAULT_DEADLINE_RULES } from '../../../shared/complaints/deadline-rules';
import type {
  AttachmentKind,
  ClassificationBody,
  ComplaintAttachment,
  ComplaintChanged,
  ComplaintMessage,
  MessageBody,
  OfficersBody,
  RecommendationBody,
  RevealedIdentity,
} from '../../../shared/contracts/complaints-case';
import type { PartialIdentity } from '../../../shared/contracts/complaints';
import type { Executor, Tx } from '../../db/client';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { decryptJson, type IdentityKeys } from '../../lib/identity-crypto';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { discardStaged, openStoredFile, recordFile, stageUpload } from '../files/files.service';
import { dueOf, todayWib } from './complaints.create';
import * as detailRepo from './complaints-detail.repository';
import * as repo from './complaints.repository';
import { caseInReach, mayReveal } from './complaints.service';
import { informReporter } from './reporter-updates';
import { notify } from '../notifications/notifications.service';
import { STAGE_LABELS } from '../../../shared/complaints/stages';

const HEAD_ROLES = ['admin', 'oversight_head'] as const;
const isHead = (actor: Actor) => (HEAD_ROLES as readonly string[]).includes(actor.role);

const changed = (c: repo.ComplaintRow): ComplaintChanged => ({
  id: c.id,
  stage: c.stage,
  closureReason: c.closureReason,
  officeId: c.officeId,
  version: c.version,
});

/** The case locked, reached and at the version the officer saw. */
async function lockSeen(tx: Tx, actor: Actor, id: string, version: number) {
  const c = await repo.lockComplaint(tx, id);
  if (!c) throw new NotFoundError();
  await caseInReach(tx, actor, id);
  if (c.version !== version) throw new ConflictError('complaint.stale');
  return c;
}

/** Officers of the case's office (assessors or its head), exactly one lead. Head of office or admin. */
export async function assignOfficers(db: Executor, actor: Actor, id: string, body: OfficersBody) {
  await caseInReach(db, actor, id);
  if (!isHead(actor)) throw new ForbiddenError('complaint.headOnly');
  return inTransaction(db, async (tx) => {
    const c = await lockSeen(tx, actor, id, body.version);
    const ids = body.officers.map((o) => o.userId);
    const staff = new Set((await repo.staffOfOffice(tx, c.officeId, ids)).map((u) => u.id));
    const wrong = body.officers.findIndex((o) => !staff.has(o.userId));
    if (wrong >= 0)
      throw new ValidationError({
        [`officers.${wrong}.userId`]: { message: 'complaint.officerNotInOffice' },
      });
    const before = new Set((await detailRepo.officersOf(tx, c.id)).map((o) => o.userId));
    await repo.replaceOfficers(tx, c.id, body.officers, actor.id);
    // Each officer newly on the case is told (the tracking number and the stage, never the reporter).
    for (const o of body.officers.filter((x) => !before.has(x.userId) && x.userId !== actor.id))
      await notify(tx, {
        userId: o.userId,
        kind: 'complaint.assigned',
        params: {
          tracking: c.trackingNumber,
          by: actor.name,
          role: o.lead ? 'sebagai ketua tim pada' : 'pada',
          roleEn: o.lead ? 'to lead' : 'to',
          stage: STAGE_LABELS[c.stage].id,
          stageEn: STAGE_LABELS[c.stage].en,
        },
        link: `/pengaduan/${c.id}`,
        dedupeKey: `complaint.assigned:${c.id}:${o.userId}:${c.version}`,
      });
    await repo.insertEvent(tx, {
      complaintId: c.id,
      actorId: actor.id,
      actorKind: 'petugas',
      action: 'petugas_ditetapkan',
      data: { officers: body.officers },
    });
    return changed(await repo.updateComplaint(tx, c.id, {}));
  });
}

/** Forms (≥ 1, live), sector, substance, and the body's link to the registry. */
export async function classify(db: Executor, actor: Actor, id: string, body: ClassificationBody) {
  await caseInReach(db, actor, id);
  return inTransaction(db, async (tx) => {
    const c = await lockSeen(tx, actor, id, body.version);
    const codes = [...new Set(body.forms)];
    const usable = new Set(await repo.usableForms(tx, c.id, codes));
    const wrong = body.forms.findIndex((f) => !usable.has(f));
    if (wrong >= 0) throw new ValidationError({ [`forms.${wrong}`]: { message: 'complaint.formUnknown' } });
    const patch: Partial<repo.NewComplaintRow> = {};
    if (body.sector !== undefined) patch.sector = body.sector;
    if (body.substance !== undefined) patch.substance = body.substance;
    if (body.bodyGovernmentId === null) {
      patch.bodyGovernmentId = null;
      patch.bodyUnitId = null;
    } else if (body.bodyGovernmentId !== undefined || body.bodyUnitId !== undefined) {
      const govId = body.bodyGovernmentId ?? c.bodyGovernmentId;
      if (!govId) throw new ValidationError({ bodyGovernmentId: { message: 'field.required' } });
      const gov = await repo.bodyGovernment(tx, govId, body.bodyUnitId ?? undefined);
      if (!gov)
        throw new ValidationError({
          [body.bodyUnitId ? 'bodyUnitId' : 'bodyGovernmentId']: { message: 'field.invalid' },
        });
      patch.bodyGovernmentId = gov.id;
      patch.bodyUnitId = gov.unit?.id ?? null;
    }
    await repo.replaceForms(tx, c.id, codes);
    await repo.insertEvent(tx, {
      complaintId: c.id,
      actorId: actor.id,
      actorKind: 'petugas',
      action: 'klasifikasi',
      data: { forms: codes, sector: patch.sector, bodyGovernmentId: patch.bodyGovernmentId },
    });
    return changed(await repo.updateComplaint(tx, c.id, patch));
  });
}

/**
 * Opens the sealed identity for an assigned officer, the head of the case's office or an admin
 * (else 403). The audit entry and the history line say who opened which case — never what it held.
 */
export async function revealIdentity(
  db: Executor,
  keys: IdentityKeys,
  actor: Actor,
  id: string,
): Promise<RevealedIdentity> {
  const c = await caseInReach(db, actor, id);
  if (!(await mayReveal(db, actor, c))) throw new ForbiddenError('complaint.revealNotAllowed');
  if (c.personalErasedAt || !c.identityCipher) throw new ConflictError('complaint.identityErased');
  const identity = decryptJson<PartialIdentity>(keys, c.identityCipher);
  await inTransaction(db, async (tx) => {
    await recordAudit(tx, actor, {
      action: 'reveal',
      entityType: 'complaint_identity',
      entityId: c.id,
      officeId: c.officeId,
      after: { trackingNumber: c.trackingNumber },
    });
    await repo.insertEvent(tx, {
      complaintId: c.id,
      actorId: actor.id,
      actorKind: 'petugas',
      action: 'identitas_dibuka',
      note: 'identitas dibuka',
    });
  });
  return { identity: { ...identity }, confidential: c.confidential };
}

/** A message from the office to the reporter (shown on the status page). */
export async function postMessage(
  db: Executor,
  actor: Actor,
  id: string,
  body: MessageBody,
): Promise<ComplaintMessage> {
  const c = await caseInReach(db, actor, id);
  return inTransaction(db, async (tx) => {
    const m = await repo.insertMessage(tx, {
      complaintId: c.id,
      authorKind: 'petugas',
      authorId: actor.id,
      body: body.body,
    });
    await repo.insertEvent(tx, {
      complaintId: c.id,
      actorId: actor.id,
      actorKind: 'petugas',
      action: 'pesan_ke_pelapor',
    });
    // complaints: deadlines — the reporter is told by e-mail (the mail job reads the address).
    await informReporter(tx, c.id, { kind: 'pesan' });
    return {
      id: m.id,
      authorKind: m.authorKind,
      authorName: actor.name,
      body: m.body,
      isLhpResponse: m.isLhpResponse,
      createdAt: m.createdAt.toISOString(),
    };
  });
}

/**
 * The recommendation's dates as headquarters reports them (head of office or admin; the case in
 * `rekomendasi`). The date the addressee received it starts the 60 days of Pasal 38(2).
 */
export async function recordRecommendation(
  db: Executor,
  actor: Actor,
  id: string,
  body: RecommendationBody,
  today = todayWib(),
) {
  await caseInReach(db, actor, id);
  for (const field of ['issuedOn', 'receivedOn'] as const)
    if ((body[field] ?? '') > today)
      throw new ValidationError({ [field]: { message: 'complaint.futureDate' } });
  if (!isHead(actor)) throw new ForbiddenError('complaint.headOnly');
  return inTransaction(db, async (tx) => {
    const c = await lockSeen(tx, actor, id, body.version);
    if (c.stage !== 'rekomendasi') throw new ConflictError('complaint.notAllowed');
    const issuedOn = body.issuedOn ?? c.recommendationIssuedOn;
    const receivedOn = body.receivedOn ?? c.recommendationReceivedOn;
    if (receivedOn && !issuedOn) throw new ValidationError({ issuedOn: { message: 'field.required' } });
    if (receivedOn && issuedOn && receivedOn < issuedOn)
      throw new ValidationError({ receivedOn: { message: 'complaint.receivedBeforeIssued' } });
    if (body.receivedOn) {
      const stored = await repo.ruleSetRules(tx, c.ruleSetId);
      const rule = ruleOf(stored.length ? stored : DEFAULT_DEADLINE_RULES, 'laporan_rekomendasi');
      await repo.restartClock(tx, {
        complaintId: c.id,
        key: rule.key,
        startedOn: body.receivedOn,
        days: rule.days,
        unit: rule.unit,
        dueOn: await dueOf(tx, rule, body.receivedOn, c.bodyRegionCode?.slice(0, 2) ?? null),
      });
    }
    await repo.insertEvent(tx, {
      complaintId: c.id,
      actorId: actor.id,
      actorKind: 'petugas',
      action: 'rekomendasi_dicatat',
      data: { number: body.number, issuedOn: body.issuedOn, receivedOn: body.receivedOn },
      visibleToReporter: true,
    });
    return changed(
      await repo.updateComplaint(tx, c.id, {
        recommendationNumber: body.number ?? c.recommendationNumber,
        recommendationIssuedOn: issuedOn,
        recommendationReceivedOn: receivedOn,
      }),
    );
  });
}

/** A file on the case from the office (the letter or chat export of a recorded report, proof…). */
export async function uploadAttachment(
  db: Executor,
  actor: Actor,
  id: string,
  kind: AttachmentKind,
  part: MultipartFile,
  limits: { dataDir: string; maxBytes: number },
): Promise<ComplaintAttachment> {
  const c = await caseInReach(db, actor, id);
  const staged = await stageUpload(part, limits.dataDir, limits.maxBytes);
  try {
    return await inTransaction(db, async (tx) => {
      const file = await recordFile(tx, actor, staged, { governmentId: null, officeId: c.officeId });
      const a = await repo.insertAttachment(tx, {
        complaintId: c.id,
        fileId: file.id,
        source: 'petugas',
        kind,
        createdBy: actor.id,
      });
      await recordAudit(tx, actor, {
        action: 'upload',
        entityType: 'complaint_attachment',
        entityId: a.id,
        officeId: c.officeId,
        after: { complaintId: c.id, kind, fileId: file.id },
      });
      await repo.insertEvent(tx, {
        complaintId: c.id,
        actorId: actor.id,
        actorKind: 'petugas',
        action: 'lampiran',
        data: { kind },
      });
      return {
        id: a.id,
        originalName: kind === 'identitas' ? 'Dokumen identitas' : file.originalName,
        mimeType: file.mimeType,
        size: file.size,
        source: a.source,
        kind: a.kind,
        note: a.note,
        createdAt: a.createdAt.toISOString(),
      };
    });
  } catch (err) {
    await discardStaged(staged);
    throw err;
  }
}

/**
 * A file of the case for download. A scan of the identity is identity: only those who may reveal
 * it open it, and the opening is audited like a reveal.
 */
export async function openAttachment(
  db: Executor,
  actor: Actor,
  id: string,
  attachmentId: string,
  dataDir: string,
) {
  const c = await caseInReach(db, actor, id);
  const found = await detailRepo.findAttachment(db, c.id, attachmentId);
  if (!found) throw new NotFoundError();
  if (found.attachment.kind === 'identitas') {
    if (!(await mayReveal(db, actor, c))) throw new ForbiddenError('complaint.revealNotAllowed');
    await recordAudit(db, actor, {
      action: 'reveal',
      entityType: 'complaint_attachment',
      entityId: found.attachment.id,
      officeId: c.officeId,
      after: { trackingNumber: c.trackingNumber },
    });
  }
  return { file: found.file, stream: await openStoredFile(dataDir, found.file) };
}
