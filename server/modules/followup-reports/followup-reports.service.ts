/**
 * The backlog's exports (issue 17 §9): the list's filter as an Excel workbook, and one
 * government's follow-up report as PDF — both over the reader's reach only (the repository scopes
 * every row), rendered in the heavy-work pool. The government's side never sees a complaint's
 * number: its export's reference column names assessments only.
 */
import type { FollowupListQuery } from '../../../shared/contracts/followups';
import { todayIn } from '../../../shared/format/format';
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../lib/errors';
import { reachesGovernment, type Actor } from '../../lib/reach';
import { asBuffer, runHeavy } from '../../workers/heavy';
import { backlogWhere } from '../followups/followups-list.repository';
import { isOfficeSide, readerScope } from '../followups/followups.access';
import * as repo from './followup-reports.repository';

export interface ReportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const overdueOf = (r: { dueOn: string | null; status: string }, today: string) =>
  !!r.dueOn && r.dueOn < today && r.status !== 'selesai';
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** GET /api/followups/export.xlsx: every item of the filter in reach (at most EXPORT_LIMIT). */
export async function exportXlsx(db: Executor, actor: Actor, query: FollowupListQuery): Promise<ReportFile> {
  const today = todayIn('WIB');
  const rows = await repo.exportItems(
    db,
    backlogWhere(readerScope(actor), query, today),
    query.sort,
    repo.EXPORT_LIMIT + 1,
  );
  const truncated = rows.length > repo.EXPORT_LIMIT;
  // The government's side never sees a complaint's number (nor its case).
  const officeSide = isOfficeSide(actor);
  const bytes = await runHeavy('followup-xlsx', {
    generatedAt: new Date().toISOString(),
    truncated,
    limit: repo.EXPORT_LIMIT,
    rows: rows.slice(0, repo.EXPORT_LIMIT).map((r) => ({
      kind: r.kind,
      sourceType: r.sourceType,
      reference: r.cycleName ?? (officeSide ? r.complaintNumber : null),
      governmentName: r.governmentName,
      unitName: r.unitName,
      indicatorCode: r.indicatorCode,
      addressee: r.addressee,
      action: r.action,
      evidenceExpected: r.evidenceExpected,
      dueOn: r.dueOn,
      status: r.status,
      overdue: overdueOf(r, today),
      ownerName: r.ownerName,
      answeredAt: iso(r.answeredAt),
      sentAt: iso(r.sentAt),
      verifiedAt: iso(r.verifiedAt),
    })),
  });
  return { fileName: `tindak-lanjut-${today}.xlsx`, contentType: XLSX, body: asBuffer(bytes) };
}

function scopeNote(actor: Actor): string {
  if (actor.reach.all) return 'Memuat semua butir tindak lanjut pemerintah ini.';
  if (isOfficeSide(actor)) return 'Memuat butir yang diterbitkan kantor perwakilan Anda.';
  if (actor.reach.unitIds !== null)
    return 'Memuat butir unit Anda dan butir yang menjadi tanggung jawab Anda.';
  return 'Memuat semua butir tindak lanjut pemerintah ini.';
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** GET /api/governments/:id/followups/report.pdf: the government's items in reach, by kind and status. */
export async function reportPdf(db: Executor, actor: Actor, governmentId: string): Promise<ReportFile> {
  if (!reachesGovernment(actor.reach, governmentId)) throw new NotFoundError();
  const gov = await repo.governmentOf(db, governmentId);
  if (!gov) throw new NotFoundError();
  const today = todayIn('WIB');
  const rows = await repo.exportItems(
    db,
    backlogWhere(readerScope(actor), { governmentId }, today),
    'due',
    repo.EXPORT_LIMIT,
  );
  const bytes = await runHeavy('followup-report-pdf', {
    governmentName: gov.name,
    officeName: gov.officeName,
    asOf: today,
    generatedAt: new Date().toISOString(),
    scopeNote: scopeNote(actor),
    items: rows.map((r) => ({
      kind: r.kind,
      unitName: r.unitName,
      indicatorCode: r.indicatorCode,
      action: r.action,
      dueOn: r.dueOn,
      status: r.status,
      overdue: overdueOf(r, today),
      verifiedAt: iso(r.verifiedAt),
    })),
  });
  return {
    fileName: `laporan-tindak-lanjut-${slug(gov.name)}-${today}.pdf`,
    contentType: 'application/pdf',
    body: asBuffer(bytes),
  };
}
