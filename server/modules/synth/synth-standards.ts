/**
 * Synthetic service standards (issue 15): every product gets a standard in a realistic state —
 * set and complete, set with components missing, stale (review date passed), set but not
 * published, submitted, draft only, or none — and most units a maklumat pelayanan. The mix
 * follows the government's `quality` (the same 0–1 that drives its answers): a compliant
 * government has few gaps, a weak one many. Deterministic by seed and batch; streamed through
 * the synth's bulk sink (COPY), one product at a time, so ~200k products at national scale
 * need no more memory than a handful.
 */
import type { StandardContent } from '../../../shared/contracts/standards';
import { STANDARD_COMPONENT_KEYS } from '../../../shared/standards/components';
import { sampleStandardContent, withoutComponents } from '../demo/demo-standard-content';
import { Prng } from './prng';
import type { SynthModel } from './synth-model';
import type { Row, Sink } from './synth-sink';

export type SynthStandardState =
  'none' | 'draf' | 'diajukan' | 'lengkap' | 'tidak_lengkap' | 'kedaluwarsa' | 'belum_terbit';

/**
 * The state of one product, from a uniform draw `r` and the government's quality `q` (0–1):
 * none 2–12 %, draft 6–12 %, submitted 3 %, missing components 10–26 %, stale 6–12 %,
 * set but unpublished 3 %, the rest set, complete and published.
 */
export function standardStateFor(r: number, q: number): SynthStandardState {
  const weak = 1 - Math.min(1, Math.max(0, q));
  const bands: [SynthStandardState, number][] = [
    ['none', 0.02 + 0.1 * weak],
    ['draf', 0.06 + 0.06 * weak],
    ['diajukan', 0.03],
    ['tidak_lengkap', 0.1 + 0.16 * weak],
    ['kedaluwarsa', 0.06 + 0.06 * weak],
    ['belum_terbit', 0.03],
  ];
  let edge = 0;
  for (const [state, p] of bands) {
    edge += p;
    if (r < edge) return state;
  }
  return 'lengkap';
}

export const STANDARD_COLUMNS_SQL = [
  'id',
  'product_id',
  'unit_id',
  'government_id',
  'version',
  'status',
  'content',
  'publish_manufacturing',
  'sk_number',
  'sk_date',
  'sk_signatory',
  'consultation_date',
  'consultation_participants',
  'consultation_minutes',
  'review_date',
  'published_at',
  'created_by',
  'created_at',
  'updated_at',
  'submitted_at',
  'set_by',
  'set_at',
];
const MAKLUMAT_COLUMNS = ['unit_id', 'government_id', 'body', 'signatory', 'signed_on', 'published'];

const shift = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export interface StandardsLoad {
  standards: number;
  maklumat: number;
}

/** Streams the standards of every product and the maklumat of most units into the sink. */
export async function loadStandards(model: SynthModel, sink: Sink, today: string): Promise<StandardsLoad> {
  const rng = new Prng(model.seed, `standards:${model.batch}`);
  const coordinatorOf = new Map<string, string>();
  for (const u of model.users)
    if (u.role === 'gov_coordinator' && u.governmentId && !coordinatorOf.has(u.governmentId))
      coordinatorOf.set(u.governmentId, u.id);
  const w = await sink.open('service_standards', STANDARD_COLUMNS_SQL);
  let standards = 0;
  const push = async (row: Row) => {
    standards++;
    const wait = w.push(row);
    if (wait) await wait;
  };
  for (const p of model.products) {
    const unit = model.units[p.unitIndex]!;
    const gov = model.governments[unit.governmentIndex]!;
    const state = standardStateFor(rng.next(), gov.quality);
    const variant = rng.int(0, 1000);
    if (state === 'none') continue;
    const by = coordinatorOf.get(gov.id) ?? null;
    const full = sampleStandardContent(p.name, unit.name, variant);
    const setOn = shift(today, -rng.int(60, 700));
    const review = state === 'kedaluwarsa' ? shift(today, -rng.int(1, 300)) : shift(today, rng.int(30, 700));
    const base = (version: number, status: string, content: StandardContent): Row => [
      rng.uuid(),
      p.id,
      unit.id,
      gov.id,
      version,
      status,
      JSON.stringify(content),
      variant % 3 === 0,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      by,
      `${setOn} 09:00:00+07`,
      `${setOn} 09:00:00+07`,
      null,
      null,
      null,
    ];
    if (state === 'draf' || state === 'diajukan') {
      const missing = rng.shuffle(STANDARD_COMPONENT_KEYS).slice(0, state === 'draf' ? rng.int(2, 9) : 0);
      const row = base(1, state === 'draf' ? 'draft' : 'diajukan', withoutComponents(full, missing));
      if (state === 'diajukan') row[19] = `${shift(today, -rng.int(1, 20))} 10:00:00+07`;
      await push(row);
      continue;
    }
    const content =
      state === 'tidak_lengkap'
        ? withoutComponents(full, rng.shuffle(STANDARD_COMPONENT_KEYS).slice(0, rng.int(1, 5)))
        : full;
    const row = base(1, 'ditetapkan', content);
    row[8] = `${100 + (variant % 800)}/SK-SP/${setOn.slice(0, 4)}`;
    row[9] = setOn;
    row[10] = `Kepala ${unit.name}`;
    row[11] = shift(setOn, -14);
    row[12] = 'Perwakilan masyarakat pengguna layanan dan tokoh masyarakat';
    row[13] = 'Konsultasi publik atas rancangan standar pelayanan.';
    row[14] = review;
    row[15] = state === 'belum_terbit' ? null : `${setOn} 12:00:00+07`;
    row[19] = `${shift(setOn, -7)} 10:00:00+07`;
    row[20] = by;
    row[21] = `${setOn} 11:00:00+07`;
    await push(row);
    // About one in twelve set standards is being revised: an open draft as version 2.
    if (rng.chance(0.08)) {
      const draft = base(2, 'draft', { ...content, jangka_waktu: full.jangka_waktu });
      draft[17] = draft[18] = `${shift(today, -rng.int(1, 30))} 09:00:00+07`;
      await push(draft);
    }
  }
  await w.close();

  const m = await sink.open('unit_maklumat', MAKLUMAT_COLUMNS);
  let maklumat = 0;
  for (const u of model.units) {
    const gov = model.governments[u.governmentIndex]!;
    if (!rng.chance(0.6 + 0.3 * gov.quality)) continue;
    maklumat++;
    const wait = m.push([
      u.id,
      gov.id,
      `Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.\n\n${u.name}`,
      `Kepala ${u.name}`,
      shift(today, -rng.int(30, 900)),
      rng.chance(0.85),
    ]);
    if (wait) await wait;
  }
  await m.close();
  return { standards, maklumat };
}
