/** A case as `GET /api/complaints/:id` answers it, checked against the core contract's schema. */
import type { ComplaintAction } from '../../../../shared/complaints/machine';
import type { ComplaintStage } from '../../../../shared/complaints/stages';
import { ComplaintDetailSchema, type ComplaintDetail } from '../../../../shared/contracts/complaints-case';
import type { ComplaintSummary } from '../../../../shared/contracts/complaints';

export const CASE_ID = '77777777-7777-4777-8777-000000000001';
export const OFFICE_ID = '88888888-8888-4888-8888-000000000001';

export function summary(n: number, over: Partial<ComplaintSummary> = {}): ComplaintSummary {
  return {
    id: `77777777-7777-4777-8777-${String(n).padStart(12, '0')}`,
    trackingNumber: `LM-2026-${String(n).padStart(5, '0')}`,
    stage: 'verifikasi_formil',
    track: 'reguler',
    channel: 'datang_langsung',
    closureReason: null,
    receivedAt: '2026-11-02T03:00:00.000Z',
    subject: `Pengurusan KTP tidak selesai (${n})`,
    bodyKind: 'pemda',
    bodyName: 'Pemerintah Kabupaten Balangan',
    bodyGovernmentId: null,
    officeId: OFFICE_ID,
    officeName: 'Ombudsman RI Perwakilan Kalimantan Selatan',
    forms: ['belum_dikategorikan'],
    confidential: false,
    nextDeadline: { key: 'verifikasi', dueOn: '2026-11-20', overdue: false, paused: false },
    ...over,
  };
}

export function caseDetail(
  over: Partial<ComplaintDetail> & { stage?: ComplaintStage; actions?: ComplaintAction[] } = {},
): ComplaintDetail {
  return ComplaintDetailSchema.parse({
    ...summary(1, { id: CASE_ID }),
    reporter: { label: 'Identitas tersimpan terenkripsi', erased: false },
    description: 'Sudah tiga bulan KTP elektronik belum dicetak.',
    eventDate: '2026-08-01',
    eventPlace: 'Paringin',
    priorEffort: 'Bertanya ke loket dua kali.',
    priorComplaintDate: '2026-09-01',
    expectation: 'KTP segera dicetak.',
    bodyUnitId: null,
    bodyRegionCode: '63.11',
    sector: null,
    substance: null,
    formLabels: [{ code: 'belum_dikategorikan', id: 'Belum dikategorikan', en: 'Uncategorised' }],
    materialCheck: null,
    plenaryDate: null,
    plenaryNote: null,
    lhp: null,
    recommendation: { proposedAt: null, number: null, issuedOn: null, receivedOn: null },
    closedAt: null,
    officers: [],
    events: [],
    deadlines: [
      {
        id: '99999999-9999-4999-8999-0000000000d1',
        key: 'verifikasi',
        startedOn: '2026-11-02',
        days: 14,
        unit: 'working',
        dueOn: '2026-11-20',
        status: 'berjalan',
        metOn: null,
        letterId: null,
        overdue: false,
      },
    ],
    pauses: [],
    attachments: [],
    messages: [],
    duplicates: [],
    actions: [],
    canReveal: false,
    transferTargets: [{ id: 'office-sulbar', name: 'Ombudsman RI Perwakilan Sulawesi Barat' }],
    staffCandidates: [],
    version: 3,
    ...over,
  });
}
