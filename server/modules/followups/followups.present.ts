/**
 * Items as the API shows them to one reader: names, the source's label and link (the government's
 * side never sees a complaint's case), overdue computed in WIB, and what the reader may do (`can`).
 */
import type {
  FollowupDetail,
  FollowupItem,
  FollowupSourceRefSchema,
} from '../../../shared/contracts/followups';
import { FOLLOWUP_KIND_LABELS } from '../../../shared/followups/kinds';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import type { Actor } from '../../lib/reach';
import { todayWib } from '../complaints/complaints.create';
import { canOf, sideOf } from './followups.access';
import * as repo from './followups.repository';

type Names = Awaited<ReturnType<typeof repo.namesOf>>[number];
type SourceRef = z.infer<typeof FollowupSourceRefSchema>;

function sourceOf(actor: Actor, r: repo.FollowupRow, n: Names | undefined): SourceRef {
  const office = sideOf(actor) === 'office';
  const code = r.indicatorCode ? ` · ${r.indicatorCode}` : '';
  switch (r.sourceType) {
    case 'complaint':
      return office && r.complaintId
        ? {
            type: 'complaint',
            id: r.complaintId,
            label: `LHP · ${n?.trackingNumber ?? ''}`.trim(),
            link: `/pengaduan/${r.complaintId}`,
          }
        : { type: 'complaint', id: null, label: 'Laporan masyarakat (LHP)', link: null };
    case 'cycle':
      return {
        type: 'cycle',
        id: r.cycleId ?? r.sourceId,
        label: `Penilaian${code}`,
        link: r.cycleId && r.governmentId ? `/cycles/${r.cycleId}/governments/${r.governmentId}/rapor` : null,
      };
    case 'internal_cycle':
      return {
        type: 'internal_cycle',
        id: r.cycleId ?? r.sourceId,
        label: `Penilaian mandiri${code}`,
        link: r.cycleId ? `/cycles/${r.cycleId}/internal-results` : null,
      };
    case 'survey_period':
      return {
        type: 'survey_period',
        id: r.surveyPeriodId ?? r.sourceId,
        label: `SKM${r.surveyElement ? ` · ${r.surveyElement}` : ''}`,
        link: r.surveyPeriodId ? `/survei/${r.surveyPeriodId}` : null,
      };
    case 'activity':
      return {
        type: 'activity',
        id: r.sourceId,
        label: FOLLOWUP_KIND_LABELS.kegiatan.id,
        link: r.sourceId && actor.role !== 'unit_pic' ? `/kegiatan/${r.sourceId}` : null,
      };
    case 'manual':
      return { type: 'manual', id: null, label: `Dicatat langsung${code}`, link: null };
  }
}

function itemOf(actor: Actor, r: repo.FollowupRow, n: Names | undefined, today: string): FollowupItem {
  const office = sideOf(actor) === 'office';
  return {
    id: r.id,
    kind: r.kind,
    issuer: r.issuer,
    source: sourceOf(actor, r, n),
    complaintId: office ? r.complaintId : null,
    officeId: r.officeId,
    governmentId: r.governmentId,
    governmentName: n?.governmentName ?? null,
    unitId: r.unitId,
    unitName: n?.unitName ?? null,
    cycleId: r.cycleId,
    indicatorCode: r.indicatorCode,
    addressee: r.addressee,
    action: r.action,
    evidenceExpected: r.evidenceExpected,
    dueOn: r.dueOn,
    status: r.status,
    overdue: !!r.dueOn && r.dueOn < today && r.status !== 'selesai',
    owner: r.ownerId ? { id: r.ownerId, name: n?.ownerName ?? '' } : null,
    answeredBy: r.answeredBy ? { id: r.answeredBy, name: n?.answeredByName ?? '' } : null,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    sentAt: r.sentAt?.toISOString() ?? null,
    verifiedAt: r.verifiedAt?.toISOString() ?? null,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    version: r.version,
    can: canOf(actor, r),
  };
}

/** List rows (no history). */
export async function presentItems(db: Executor, actor: Actor, rows: repo.FollowupRow[]) {
  const names = new Map(
    (
      await repo.namesOf(
        db,
        rows.map((r) => r.id),
      )
    ).map((n) => [n.id, n]),
  );
  const today = todayWib();
  return rows.map((r) => itemOf(actor, r, names.get(r.id), today));
}

/** One item with its history, each answer with its evidence (files, links, library documents). */
export async function presentDetail(
  db: Executor,
  actor: Actor,
  row: repo.FollowupRow,
): Promise<FollowupDetail> {
  const [item] = await presentItems(db, actor, [row]);
  const [history, evidence] = await Promise.all([
    repo.historyOf(db, [row.id]),
    repo.evidenceOf(db, [row.id]),
  ]);
  return {
    ...item!,
    history: history.map((h) => {
      const own = evidence
        .filter((e) => e.eventId === h.id)
        .map((e) =>
          e.url
            ? { id: e.id, kind: 'link' as const, label: e.label ?? e.url, url: e.url, fileId: null }
            : e.unitDocumentId
              ? {
                  id: e.id,
                  kind: 'document' as const,
                  label: e.documentTitle ?? e.label ?? '',
                  url: null,
                  fileId: e.documentFileId,
                }
              : {
                  id: e.id,
                  kind: 'file' as const,
                  label: e.fileName ?? e.label ?? '',
                  url: null,
                  fileId: e.fileId,
                },
        );
      const order = { file: 0, link: 1, document: 2 };
      own.sort((a, b) => order[a.kind] - order[b.kind] || a.label.localeCompare(b.label));
      return {
        at: h.at.toISOString(),
        action: h.action,
        actor: h.actor,
        fromStatus: h.fromStatus,
        toStatus: h.toStatus,
        note: h.note,
        file: h.fileId ? { id: h.fileId, name: h.fileName ?? '' } : null,
        evidence: own,
      };
    }),
  };
}
