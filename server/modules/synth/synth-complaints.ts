/**
 * Synthetic reports of maladministration (issue 14: `npx patuh synth --scale national` adds ~100k
 * complaints). The mix follows REFERENCE §4.4 (2025 volumes: 7.4% RCO, 40.7% konsultasi, 11.5%
 * tembusan, the rest regular reports of which 76% are closed), the forms the 2024 closures by type
 * (§3.2 B), the reported bodies the 2025 most-reported kinds (pemda, kementerian, BPN, state
 * schools, BUMN/BUMD, plus police, vertical offices and others). Each case gets its history (one
 * event per stage), its clocks (met on leaving a stage, the current one running) with due dates
 * counted in JS (weekends skipped for working days; the holiday calendar is not consulted — the
 * app's own clocks use it), and its reporter sealed with the given identity keys. Every PIN is the
 * same (SYNTH_PIN, hashed once: scrypt per row would take hours).
 */
import crypto from 'node:crypto';
import { DEFAULT_DEADLINE_RULES, ruleOf, STAGE_DEADLINE } from '../../../shared/complaints/deadline-rules';
import type { ComplaintStage } from '../../../shared/complaints/stages';
import { encryptJson, hashPin, keyedHash, type IdentityKeys } from '../../lib/identity-crypto';
import { Prng } from './prng';
import type { ScaleName, SynthModel } from './synth-model';
import { copyRows, type Row, type Sink } from './synth-sink';
import { BODIES, BODY_PREFIX, CHANNELS, FORMS, OUTCOMES, STAY, SUBJECTS } from './synth-complaints-mix';

export { OUTCOMES };

export const COMPLAINTS_PER_SCALE: Record<ScaleName, number> = {
  national: 100_000,
  medium: 20_000,
  small: 2_000,
};
export const SYNTH_PIN = '246810';

/** A fixed key for runs without one (tests): the CLI passes the data directory's key instead. */
export function fixedSynthKeys(seed: number): IdentityKeys {
  const take = (what: string) => crypto.createHash('sha256').update(`patuh synth ${what} ${seed}`).digest();
  return { cipher: take('cipher'), hash: take('hash') };
}

function weighted<T>(rng: Prng, items: readonly [T, number][], total: number): T {
  let x = rng.next() * total;
  for (const [v, w] of items) {
    x -= w;
    if (x < 0) return v;
  }
  return items.at(-1)![0];
}
const sum = (items: readonly [unknown, number][]) => items.reduce((n, [, w]) => n + w, 0);

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `from` + `days` in the rule's unit; working days skip Saturdays and Sundays only. */
export function synthDue(from: string, days: number, unit: 'working' | 'calendar'): string {
  const d = new Date(`${from}T00:00:00Z`);
  if (unit === 'calendar') return iso(d.getTime() + days * DAY);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const w = d.getUTCDay();
    if (w !== 0 && w !== 6) left -= 1;
  }
  return iso(d.getTime());
}

export const COMPLAINT_COLUMNS = [
  'id',
  'tracking_number',
  'pin_hash',
  'office_id',
  'stage',
  'track',
  'channel',
  'closure_reason',
  'received_at',
  'closed_at',
  'rule_set_id',
  'identity_cipher',
  'identity_hash',
  'confidential',
  'consent_at',
  'body_kind',
  'body_name',
  'body_government_id',
  'body_unit_id',
  'body_region_code',
  'sector',
  'subject',
  'description',
  'lhp_outcome',
  'version',
  'updated_at',
];

export interface SynthComplaintOptions {
  count: number;
  seed: number;
  batch: number;
  keys: IdentityKeys;
  ruleSetId: string;
  /** The day the load counts back from (WIB). */
  today: string;
}

/** Writes the complaints, forms, events and clocks through the sink; returns the rows written per table. */
export async function loadComplaints(model: SynthModel, sink: Sink, o: SynthComplaintOptions) {
  const rng = new Prng(o.seed, `complaints:${o.batch}`);
  const pinHash = hashPin(SYNTH_PIN);
  const todayMs = Date.parse(`${o.today}T00:00:00Z`);
  const regional = model.governments.filter(
    (g) => g.type !== 'kementerian' && g.type !== 'lembaga' && g.regionCode,
  );
  const central = model.governments.filter((g) => g.type === 'kementerian' || g.type === 'lembaga');
  const regencies = regional.filter((g) => g.regionCode!.length > 2);
  const head = model.offices.find((x) => x.isHeadOffice) ?? model.offices[0]!;
  const officeOfProvince = new Map<string, string>();
  for (const off of model.offices) for (const p of off.provinceCodes) officeOfProvince.set(p, off.id);
  const outcomesTotal = sum(OUTCOMES);
  const formsTotal = sum(FORMS);
  const channelsTotal = sum(CHANNELS);
  const bodiesTotal = sum(BODIES);
  const seen = new Set<string>();
  const tracking = (year: number) => {
    for (;;) {
      let s = '';
      for (let i = 0; i < 8; i++) s += '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'[rng.int(0, 31)];
      const t = `LM-${year}-${s}`;
      if (!seen.has(t)) return (seen.add(t), t);
    }
  };
  const cases: Row[] = [];
  const forms: Row[] = [];
  const events: Row[] = [];
  const clocks: Row[] = [];
  for (let n = 0; n < o.count; n++) {
    const out = weighted(rng, OUTCOMES, outcomesTotal);
    const id = rng.uuid();
    // Stays in each stage but the last (closed: the last step is `selesai`; open: the running one).
    const stays = out.path.map((s) => (s === 'selesai' ? 0 : rng.int(...(STAY[s] ?? [1, 5]))));
    const open = out.path.at(-1) !== 'selesai';
    const spent = stays.slice(0, -1).reduce((a, b) => a + b, 0) + (open ? rng.int(0, stays.at(-1)!) : 0);
    // Received within the last three years, late enough for the path to fit before today.
    const window = Math.max(1, 3 * 365 - spent);
    const back = open ? spent + rng.int(0, Math.min(window, 60)) : spent + rng.int(0, window);
    const receivedMs = todayMs - back * DAY + rng.int(1, 9) * 3_600_000;
    // Body: kind, then a registry government or a named body of a regency.
    const kind = weighted(rng, BODIES, bodiesTotal);
    let govId: string | null = null;
    let unitId: string | null = null;
    let bodyName: string;
    let region: string | null;
    let officeId: string;
    let sector: string | null = null;
    if ((kind === 'pemda' && regional.length) || (kind === 'kementerian_lembaga' && central.length)) {
      const g = rng.pick(kind === 'pemda' ? regional : central);
      govId = g.id;
      region = g.regionCode;
      officeId = g.officeId;
      bodyName = g.name;
      if (g.unitEnd > g.unitStart && rng.chance(0.7)) {
        const u = model.units[rng.int(g.unitStart, g.unitEnd - 1)]!;
        unitId = u.id;
        bodyName = `${u.name}, ${g.name}`;
        sector = u.sector;
      }
    } else {
      const r = rng.pick(regencies.length ? regencies : regional);
      region = r?.regionCode ?? null;
      bodyName = `${BODY_PREFIX[kind] ?? 'Kantor'} ${(r?.name ?? 'Indonesia').replace(/^Pemerintah\s+/, '')}`;
      officeId = (region && officeOfProvince.get(region.slice(0, 2))) ?? head.id;
    }
    const registered = out.path.includes('verifikasi_materiil') || out.track === 'rco';
    if (registered && !sector)
      sector = rng.pick([
        'kesehatan',
        'pendidikan',
        'kependudukan',
        'perizinan',
        'sosial',
        'infrastruktur',
        'lainnya',
      ]);
    const channel = weighted(rng, CHANNELS, channelsTotal);
    const stage = out.path.at(-1)!;
    // History and clocks.
    let at = receivedMs;
    let from: ComplaintStage | null = null;
    let running: {
      key: string;
      started: string;
      days: number;
      unit: 'working' | 'calendar';
      due: string;
    } | null = null;
    const meet = (day: string) => {
      if (!running) return;
      clocks.push([
        id,
        running.key,
        running.started,
        running.days,
        running.unit,
        running.due,
        'terpenuhi',
        day,
      ]);
      running = null;
    };
    for (const [i, s] of out.path.entries()) {
      const day = iso(at + 7 * 3_600_000);
      events.push([
        id,
        new Date(at).toISOString(),
        i === 0 ? 'pelapor' : 'petugas',
        i === 0 ? 'diterima' : 'pindah_tahap',
        from,
        s,
        true,
      ]);
      const key = s === 'selesai' ? undefined : STAGE_DEADLINE[s];
      if (!running || running.key !== key) {
        meet(day);
        if (key) {
          const rule = ruleOf(DEFAULT_DEADLINE_RULES, key);
          running = {
            key,
            started: day,
            days: rule.days,
            unit: rule.unit,
            due: synthDue(day, rule.days, rule.unit),
          };
        }
      }
      from = s;
      at += stays[i]! * DAY + rng.int(0, 5) * 3_600_000;
    }
    if (running) {
      const r = running as NonNullable<typeof running>;
      clocks.push([id, r.key, r.started, r.days, r.unit, r.due, 'berjalan', null]);
    }
    const closedAt = open ? null : (events.at(-1)![1] as string);
    const received = new Date(receivedMs);
    const identity = { fullName: `Warga Sintetis ${o.batch}-${n + 1}`, email: `warga${n + 1}@example.test` };
    cases.push([
      id,
      tracking(received.getUTCFullYear()),
      pinHash,
      officeId,
      stage,
      out.track,
      channel,
      out.closes ?? null,
      received.toISOString(),
      closedAt,
      o.ruleSetId,
      encryptJson(o.keys, identity),
      keyedHash(o.keys, ['nama', identity.fullName, '1990-01-01']),
      rng.chance(0.3),
      received.toISOString(),
      kind,
      bodyName,
      govId,
      unitId,
      region,
      sector,
      rng.pick(SUBJECTS[kind] ?? SUBJECTS.lainnya!),
      'Laporan sintetis untuk uji beban.',
      out.closes === 'tidak_ditemukan'
        ? 'tidak_ditemukan'
        : out.closes === 'dihentikan'
          ? 'dihentikan'
          : out.path.includes('tindakan_korektif')
            ? 'ditemukan'
            : null,
      out.path.length - 1,
      closedAt ?? received.toISOString(),
    ]);
    if (registered) {
      const first = weighted(rng, FORMS, formsTotal);
      forms.push([id, first]);
      if (rng.chance(0.15)) {
        const second = weighted(rng, FORMS, formsTotal);
        if (second !== first) forms.push([id, second]);
      }
    } else forms.push([id, 'belum_dikategorikan']);
  }
  const written = {
    complaints: await copyRows(sink, 'complaints', COMPLAINT_COLUMNS, cases),
    complaint_forms: await copyRows(sink, 'complaint_forms', ['complaint_id', 'form_code'], forms),
    complaint_events: await copyRows(
      sink,
      'complaint_events',
      ['complaint_id', 'at', 'actor_kind', 'action', 'from_stage', 'to_stage', 'visible_to_reporter'],
      events,
    ),
    complaint_deadlines: await copyRows(
      sink,
      'complaint_deadlines',
      ['complaint_id', 'key', 'started_on', 'days', 'unit', 'due_on', 'status', 'met_on'],
      clocks,
    ),
  };
  return written;
}
