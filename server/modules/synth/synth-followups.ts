/**
 * Synthetic follow-up backlog (issue 17): ~200,000 items at national scale across every
 * government, each with its history — the Ombudsman's products (saran perbaikan on the synthetic
 * cycle's indicators, saran penyempurnaan, tindakan korektif, rekomendasi), activity actions and the
 * government's own items (internal improvement points, SKM elements), in every state (open,
 * answered, sent, done on time or late, reopened with a reason), issued from 2023 to 2025 with due
 * dates 30–120 days later, plus a recent slice issued in the last three months whose due dates are
 * still ahead (so not every open item is overdue). Owners are the synthetic unit PICs (the
 * coordinator for items with no unit); the office's assessor or the Inspektorat's auditor verifies.
 *
 * The synthetic sources are not rows here: tindakan korektif and rekomendasi carry no complaint
 * (source `manual`), kegiatan no activity action, survei no SKM period (source id null); saran
 * perbaikan point at the synthetic cycle and one of its indicator codes.
 *
 * One COPY at a time (the PostgreSQL sink has one connection): the items first, then the same
 * deterministic stream replayed for their history rows, in the order taken (the history is
 * append-only, its ids follow the order of the rows).
 */
import type { FollowupKind } from '../../../shared/followups/kinds';
import { ISSUER_OF } from '../../../shared/followups/kinds';
import type { FollowupStatus } from '../../../shared/followups/machine';
import { Prng } from './prng';
import type { SynthModel } from './synth-model';
import type { Row, Sink, TableWriter } from './synth-sink';

export const FOLLOWUPS_PER_SCALE = { national: 200_000, medium: 40_000, small: 2_000 } as const;

const KIND_MIX: Array<[FollowupKind, number]> = [
  ['saran_perbaikan', 0.4],
  ['tindakan_korektif', 0.14],
  ['saran_penyempurnaan', 0.05],
  ['rekomendasi', 0.03],
  ['kegiatan', 0.12],
  ['perbaikan_internal', 0.13],
  ['survei', 0.13],
];
const STATUS_MIX: Array<[FollowupStatus, number]> = [
  ['terbuka', 0.3],
  ['dijawab', 0.12],
  ['dikirim', 0.13],
  ['selesai', 0.38],
  ['dibuka_kembali', 0.07],
];
/** Share of items issued in the last 90 days (their due dates mostly still ahead). */
const RECENT_SHARE = 0.15;
const ON_TIME_SHARE = 0.75;

const ACTIONS: Record<FollowupKind, string[]> = {
  saran_perbaikan: [
    'Tetapkan dan publikasikan standar pelayanan untuk seluruh produk layanan.',
    'Sediakan sarana bagi pengguna berkebutuhan khusus.',
    'Tunjuk pengelola pengaduan dan umumkan kanal pengaduan.',
    'Pasang maklumat pelayanan di ruang tunggu.',
  ],
  saran_penyempurnaan: ['Sempurnakan alur pelayanan sesuai hasil kajian sistemik.'],
  tindakan_korektif: ['Proses kembali permohonan pelapor sesuai standar pelayanan.', 'Tegur petugas loket.'],
  rekomendasi: ['Jatuhkan sanksi administratif kepada pejabat yang bertanggung jawab.'],
  kegiatan: ['Lengkapi komponen standar pelayanan yang disepakati dalam bimtek.'],
  perbaikan_internal: ['Perbaiki temuan penilaian mandiri pada indikator ini.'],
  survei: ['Perbaiki unsur layanan dengan nilai SKM terendah.'],
};
const REOPEN_REASONS = [
  'Bukti belum memadai; lampirkan dokumen yang ditandatangani.',
  'Perbaikan belum terlihat saat kunjungan lapangan.',
];

export const ITEM_COLUMNS = [
  'id',
  'kind',
  'issuer',
  'source_type',
  'source_id',
  'office_id',
  'government_id',
  'unit_id',
  'cycle_id',
  'indicator_code',
  'survey_element',
  'addressee',
  'action',
  'evidence_expected',
  'due_on',
  'status',
  'owner_id',
  'answered_by',
  'answered_at',
  'sent_at',
  'verified_by',
  'verified_at',
  'published_at',
  'published_by',
  'created_by',
  'created_at',
  'updated_at',
  'version',
];
const EVENT_COLUMNS = ['item_id', 'at', 'actor_id', 'action', 'from_status', 'to_status', 'note'];

export interface FollowupsLoad {
  items: number;
  events: number;
  byStatus: Record<FollowupStatus, number>;
  overdue: number;
}

export interface FollowupsOptions {
  count: number;
  cycleId: string;
  /** Indicator codes of the cycle's framework (saran perbaikan point at one). */
  indicatorCodes: string[];
  today: string;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const dayOf = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
/** 09:00 WIB of a day. */
const morning = (day: string) => Date.parse(`${day}T02:00:00Z`);

function pickWeighted<T>(rng: Prng, mix: Array<[T, number]>): T {
  let r = rng.next();
  for (const [v, p] of mix) if ((r -= p) < 0) return v;
  return mix[0]![0];
}

interface Synthesised {
  item: Row;
  events: Row[];
  status: FollowupStatus;
  overdue: boolean;
}

/** The deterministic stream of items with their history (replayed twice: items, then events). */
function* stream(model: SynthModel, o: FollowupsOptions): Generator<Synthesised> {
  const rng = new Prng(model.seed, `followups:${model.batch}`);
  const start = Date.parse('2023-01-02T00:00:00Z');
  const end = Date.parse('2025-10-31T00:00:00Z');
  const todayMs = morning(o.today);
  const perGov = o.count / Math.max(1, model.governments.length);
  const admin = model.users.find((u) => u.role === 'admin')?.id ?? null;
  for (const gov of model.governments) {
    const n = Math.max(1, Math.round(perGov * (0.5 + rng.next())));
    const units = gov.unitEnd - gov.unitStart;
    for (let k = 0; k < n; k++) {
      const kind = pickWeighted(rng, KIND_MIX);
      const issuer = ISSUER_OF[kind];
      const unitIndex = units > 0 && rng.chance(0.85) ? gov.unitStart + rng.int(0, units - 1) : null;
      const unit = unitIndex === null ? null : model.units[unitIndex]!;
      const coordinator = model.coordinatorOf[gov.index]!;
      const owner = unit ? (model.picOfUnit.get(unit.topIndex) ?? coordinator) : coordinator;
      const verifier =
        issuer === 'office' ? model.assessorOf[gov.index]! : (model.verifiersOf[gov.index]?.[0] ?? null);
      const recent = rng.chance(RECENT_SHARE);
      const created = recent
        ? todayMs - rng.int(5, 90) * DAY
        : start + Math.floor(rng.next() * ((end - start) / DAY)) * DAY + 2 * 3_600_000;
      const due = rng.chance(0.02) ? null : created + rng.int(30, 120) * DAY;
      let status = pickWeighted(rng, STATUS_MIX);
      if (!verifier && (status === 'selesai' || status === 'dibuka_kembali')) status = 'dikirim';
      // A coordinator's own answer goes straight to the issuer (shared/followups/machine.ts).
      if (status === 'dijawab' && owner === coordinator) status = 'dikirim';
      const id = rng.uuid();
      const events: Row[] = [];
      let at = created;
      let cur = 'terbuka' as FollowupStatus;
      const step = (ms: number) => (at = Math.max(at + 60_000, Math.min(todayMs - 60_000, ms)));
      const push = (actor: string | null, action: string, to: FollowupStatus | null, note: string | null) => {
        events.push([id, iso(at), actor, action, action === 'dibuat' ? null : cur, to, note]);
        if (to) cur = to;
      };
      push(issuer === 'office' ? verifier : null, 'dibuat', 'terbuka', null);
      let answeredBy: string | null = null;
      let answeredAt: number | null = null;
      let sentAt: number | null = null;
      let verifiedAt: number | null = null;
      const span = Math.max(2, Math.floor(((due ?? created + 60 * DAY) - created) / DAY));
      if (owner !== coordinator || status !== 'terbuka') {
        step(created + rng.int(1, 5) * DAY);
        push(coordinator, 'ditugaskan', cur, null);
      }
      if (status !== 'terbuka') {
        // Answered on time (before the due date) for most done items, later for the others.
        const late = status === 'selesai' ? !rng.chance(ON_TIME_SHARE) : rng.chance(0.5);
        step(created + (late ? span + rng.int(1, 60) : rng.int(2, Math.max(3, span - 3))) * DAY);
        const direct = owner === coordinator && status !== 'dijawab';
        answeredBy = owner;
        answeredAt = at;
        push(
          owner,
          'dijawab',
          direct ? 'dikirim' : 'dijawab',
          'Tindak lanjut sudah dilaksanakan; bukti terlampir.',
        );
        if (direct) sentAt = at;
        else if (status !== 'dijawab') {
          step(at + rng.int(1, 3) * DAY);
          sentAt = at;
          push(coordinator, 'dikirim', 'dikirim', null);
        }
        if (status === 'selesai' || status === 'dibuka_kembali') {
          step(at + rng.int(2, 20) * DAY);
          if (status === 'selesai') {
            verifiedAt = at;
            push(verifier, 'diverifikasi', 'selesai', null);
          } else push(verifier, 'dibuka_kembali', 'dibuka_kembali', rng.pick(REOPEN_REASONS));
        }
      }
      const published = kind === 'rekomendasi' && rng.chance(0.3);
      if (published) {
        step(at + DAY);
        push(admin, 'dipublikasikan', cur, null);
      }
      const dueOn = due === null ? null : dayOf(due);
      const overdue = cur !== 'selesai' && dueOn !== null && dueOn < o.today;
      const code = kind === 'saran_perbaikan' ? rng.pick(o.indicatorCodes) : null;
      const item: Row = [
        id,
        kind,
        issuer,
        kind === 'saran_perbaikan'
          ? 'cycle'
          : kind === 'kegiatan'
            ? 'activity'
            : kind === 'survei'
              ? 'survey_period'
              : kind === 'perbaikan_internal'
                ? 'internal_cycle'
                : 'manual',
        kind === 'saran_perbaikan' ? o.cycleId : null,
        issuer === 'office' ? gov.officeId : null,
        gov.id,
        unit?.id ?? null,
        kind === 'saran_perbaikan' ? o.cycleId : null,
        code,
        kind === 'survei' ? `U${rng.int(1, 9)}` : null,
        unit ? `Kepala ${unit.name}` : `Kepala Daerah ${gov.name}`,
        rng.pick(ACTIONS[kind]),
        rng.chance(0.7) ? 'Dokumen dan foto bukti pelaksanaan.' : null,
        dueOn,
        cur,
        owner,
        answeredBy,
        answeredAt === null ? null : iso(answeredAt),
        sentAt === null ? null : iso(sentAt),
        cur === 'selesai' ? verifier : null,
        verifiedAt === null ? null : iso(verifiedAt),
        published ? iso(at) : null,
        published ? admin : null,
        issuer === 'office' ? verifier : null,
        iso(created),
        iso(at),
        events.length - 1,
      ];
      yield { item, events, status: cur, overdue };
    }
  }
}

async function put(w: TableWriter, row: Row) {
  const wait = w.push(row);
  if (wait) await wait;
}

/** Streams the items, then (the same stream replayed) their history rows, into the sink. */
export async function loadFollowups(
  model: SynthModel,
  sink: Sink,
  o: FollowupsOptions,
): Promise<FollowupsLoad> {
  const load: FollowupsLoad = {
    items: 0,
    events: 0,
    byStatus: { terbuka: 0, dijawab: 0, dikirim: 0, selesai: 0, dibuka_kembali: 0 },
    overdue: 0,
  };
  const items = await sink.open('followup_items', ITEM_COLUMNS);
  for (const s of stream(model, o)) {
    await put(items, s.item);
    load.byStatus[s.status]++;
    if (s.overdue) load.overdue++;
  }
  load.items = await items.close();
  const events = await sink.open('followup_events', EVENT_COLUMNS);
  for (const s of stream(model, o)) for (const e of s.events) await put(events, e);
  load.events = await events.close();
  return load;
}
