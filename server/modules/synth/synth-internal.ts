/**
 * Every synthetic government's own penilaian mandiri (issue 12): one internal 2024 cycle on the
 * spot-check set over all its units and every product, with a work plan (a scheduled day per unit
 * spread over the verification weeks, a team of the government's two Inspektorat auditors), the
 * PICs' self values and the auditors' verification, in the final phase and not shared. Drawn from
 * streams of their own, so the official cycle's rows and ids do not move.
 */
import { Prng } from './prng';
import { ANSWER_COLUMNS, type LeafLevels } from './synth-answers';
import type { SynthModel, SynthUser } from './synth-model';
import { copyRows, type Row, type Sink } from './synth-sink';

export const INTERNAL_FRAMEWORK_ID = 'spot-check-2024';
const VERIFIERS_PER_GOVERNMENT = 2;
const ADJUST_REASON = 'Saat verifikasi lapangan, bukti tidak sesuai dengan nilai yang diajukan';
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The Inspektorat auditors (internal verifiers) of every government, appended to `users`; returns
 * per government index the ids of its auditors.
 */
export function addInternalStaff(
  seed: number,
  batch: number,
  mailDomain: string,
  governments: SynthModel['governments'],
  users: SynthUser[],
): string[][] {
  const rng = new Prng(seed, `internal-staff:${batch}`);
  return governments.map((gov) =>
    Array.from({ length: VERIFIERS_PER_GOVERNMENT }, (_, i) => {
      const user: SynthUser = {
        id: rng.uuid(),
        email: `inspektorat${i + 1}.g${gov.index}@${mailDomain}`,
        name: `Auditor Inspektorat ${i + 1} ${gov.name}`,
        role: 'internal_verifier',
        officeId: null,
        governmentId: gov.id,
        unitId: null,
      };
      users.push(user);
      return user.id;
    }),
  );
}

/** The id of a government's internal cycle (same seed, batch and government → the same id). */
export function internalCycleId(model: SynthModel, governmentIndex: number): string {
  return new Prng(model.seed, `internal-cycle:${model.batch}:${governmentIndex}`).uuid();
}

/** The k-th unit's day in the verification weeks (4 March – 26 April 2024, weekdays only). */
function scheduledDay(k: number): string {
  const d = new Date(Date.UTC(2024, 2, 4));
  for (let n = k % 40; n > 0;) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) n--;
  }
  return d.toISOString().slice(0, 10);
}

/** Answer rows of one government's internal cycle, in a fixed order, from its own stream. */
async function emitInternalAnswers(
  model: SynthModel,
  levels: LeafLevels,
  cycleId: string,
  governmentIndex: number,
  scheduled: string[],
  emit: (row: Row) => Promise<void> | void,
): Promise<void> {
  const gov = model.governments[governmentIndex]!;
  const rng = new Prng(model.seed, `internal-answers:${model.batch}:${governmentIndex}`);
  const lead = model.verifiersOf[governmentIndex]![0]!;
  const selfDay = `2024-02-${pad(rng.int(5, 28))} 10:00:00+07`;
  const answer = async (
    quality: number,
    unitId: string,
    productId: string | null,
    indicator: string,
    by: string,
    verifyDay: string,
  ) => {
    const verified = Math.min(3, Math.max(0, Math.round(3 * quality + 0.9 * rng.gauss())));
    const overclaim = verified < 3 && rng.chance(0.15);
    const wait = emit([
      rng.uuid(),
      cycleId,
      gov.id,
      unitId,
      productId,
      indicator,
      overclaim ? verified + 1 : verified,
      false,
      null,
      by,
      selfDay,
      overclaim ? 'adjusted' : 'accepted',
      verified,
      false,
      overclaim ? ADJUST_REASON : null,
      lead,
      verifyDay,
      verifyDay,
    ]);
    if (wait) await wait;
  };
  for (let u = gov.unitStart; u < gov.unitEnd; u++) {
    const unit = model.units[u]!;
    const quality = Math.min(1, Math.max(0, gov.quality - 0.05 + 0.15 * rng.gauss()));
    const pic = model.picOfUnit.get(unit.topIndex)!;
    // One unit in five is verified two days after its scheduled day.
    const day = scheduled[u - gov.unitStart]!;
    const verifyDay = `${rng.chance(0.2) ? laterDay(day, 2) : day} 14:00:00+07`;
    for (const indicator of levels.unit) await answer(quality, unit.id, null, indicator, pic, verifyDay);
    for (let p = unit.productStart; p < unit.productEnd; p++) {
      const productId = model.products[p]!.id;
      const productQuality = Math.min(1, Math.max(0, quality + 0.08 * rng.gauss()));
      for (const indicator of levels.product)
        await answer(productQuality, unit.id, productId, indicator, pic, verifyDay);
    }
  }
}

function laterDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Phase = <T>(name: string, fn: () => Promise<{ rows: number; value: T }>) => Promise<T>;

/** Loads every government's internal cycle through the sink (inside the load's transaction). */
export async function loadInternalCycles(
  model: SynthModel,
  levels: LeafLevels,
  sink: Sink,
  phase: Phase,
): Promise<string[]> {
  const { governments, units, products } = model;
  const ids = governments.map((g) => internalCycleId(model, g.index));
  const scheduled = governments.map((g) =>
    Array.from({ length: g.unitEnd - g.unitStart }, (_, k) => scheduledDay(k)),
  );
  await phase('internal cycles and work plans', async () => {
    let rows = await copyRows(
      sink,
      'cycles',
      [
        'id',
        'office_id',
        'year',
        'name',
        'framework_id',
        'kind',
        'owner_government_id',
        'status',
        'self_start',
        'self_end',
        'verify_start',
        'verify_end',
        'final_date',
        'products_per_unit',
        'created_by',
      ],
      governments.map((g) => [
        ids[g.index]!,
        g.officeId,
        2024,
        `Penilaian Mandiri 2024 (sintetis, batch ${model.batch})`,
        INTERNAL_FRAMEWORK_ID,
        'internal',
        g.id,
        'final',
        '2024-02-05',
        '2024-02-29',
        '2024-03-04',
        '2024-04-30',
        '2024-05-31',
        Math.min(10, model.scale.productsPerUnit[1]),
        model.coordinatorOf[g.index]!,
      ]),
    );
    rows += await copyRows(
      sink,
      'cycle_governments',
      ['cycle_id', 'government_id'],
      governments.map((g) => [ids[g.index]!, g.id]),
    );
    rows += await copyRows(
      sink,
      'cycle_units',
      [
        'cycle_id',
        'unit_id',
        'government_id',
        'self_status',
        'submitted_at',
        'submitted_by',
        'scheduled_date',
      ],
      units.map((u, i) => {
        const g = governments[u.governmentIndex]!;
        return [
          ids[g.index]!,
          u.id,
          g.id,
          'submitted',
          '2024-02-29 16:00:00+07',
          model.picOfUnit.get(units[i]!.topIndex)!,
          scheduled[g.index]![i - g.unitStart]!,
        ];
      }),
    );
    rows += await copyRows(
      sink,
      'cycle_unit_team',
      ['cycle_id', 'unit_id', 'user_id'],
      units.flatMap((u) =>
        model.verifiersOf[u.governmentIndex]!.map((v) => [ids[u.governmentIndex]!, u.id, v]),
      ),
    );
    rows += await copyRows(
      sink,
      'cycle_products',
      ['cycle_id', 'product_id', 'unit_id', 'government_id'],
      products.map((p) => {
        const unit = units[p.unitIndex]!;
        return [ids[unit.governmentIndex]!, p.id, unit.id, governments[unit.governmentIndex]!.id];
      }),
    );
    return { rows, value: undefined };
  });
  await phase('internal answers (self + verified)', async () => {
    const w = await sink.open('answers', ANSWER_COLUMNS);
    for (const gov of governments)
      await emitInternalAnswers(model, levels, ids[gov.index]!, gov.index, scheduled[gov.index]!, (row) =>
        w.push(row),
      );
    return { rows: await w.close(), value: undefined };
  });
  return ids;
}
