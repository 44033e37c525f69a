/**
 * The demo's follow-up sources that are not scripted items (demo-followups.ts): the 2023 cycle's own
 * improvement points raised as open saran perbaikan, and the coordination visit to Kalsel whose
 * actions become `kegiatan` items.
 */
import type { Executor } from '../../db/client';
import { POINTS } from './demo-assessments';
import { atWib } from './demo-complaint-stage';
import { daysAgo } from './demo-complaints';
import { COORDINATORS, ISSUER, KALSEL_VISIT } from './demo-followups-data';
import * as repo from './demo-followups.repository';
import { insertActivity } from './demo-standards.repository';

export const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface Ctx {
  today: string;
  dataDir: string | undefined;
  officeId: string;
  cycleId: string;
  govs: Record<'balangan' | 'kalsel', { id: string; units: Map<string, string> } | undefined>;
  users: Map<string, string>;
}

/** The indicators (ombudsman-2022-2024) the 2023 cycle's own points concern (demo-assessments.ts). */
const POINT_CODES: Record<string, string> = {
  [POINTS[0]!]: 'INPUT.SARPRAS.6',
  [POINTS[1]!]: 'INPUT.SARPRAS.8',
  [POINTS[2]!]: 'PENGADUAN.1',
};

/**
 * The points the 2023 cycle already held (demo-assessments.ts) become open saran perbaikan too, as
 * the release would have made them on 2 October 2023 (the demo releases in bulk, without the
 * source hook): their indicator named, due 60 days after, owned by the coordinator, untouched since.
 */
export async function raiseCyclePoints(tx: Executor, ctx: Ctx): Promise<number> {
  const published = '2023-10-02';
  const dueOn = shift(published, 60);
  const assessor = ctx.users.get(ISSUER) ?? null;
  let made = 0;
  for (const key of ['balangan', 'kalsel'] as const) {
    const gov = ctx.govs[key];
    if (!gov) continue;
    for (const p of await repo.pointsWithoutItem(tx, ctx.cycleId, gov.id)) {
      const code = p.indicator_code ?? POINT_CODES[p.text] ?? null;
      if (code && !p.indicator_code) await repo.setPointIndicator(tx, p.id, code, dueOn);
      const createdAt = atWib(published, 8);
      const itemId = await repo.insertItem(tx, {
        kind: 'saran_perbaikan',
        issuer: 'office',
        sourceType: 'cycle',
        sourceId: ctx.cycleId,
        officeId: ctx.officeId,
        governmentId: gov.id,
        unitId: p.unit_id,
        cycleId: ctx.cycleId,
        indicatorCode: code,
        improvementPointId: p.id,
        addressee: p.unit_name ?? p.government_name,
        action: p.text,
        dueOn,
        ownerId: ctx.users.get(COORDINATORS[key]) ?? null,
        createdBy: assessor,
        createdAt,
        updatedAt: createdAt,
      });
      await repo.insertEvent(tx, {
        itemId,
        at: createdAt,
        actorId: assessor,
        action: 'dibuat',
        toStatus: 'terbuka',
      });
      made += 1;
    }
  }
  return made;
}

/** Kalsel's coordination visit after the 2023 results; its actions become `kegiatan` items. */
export async function kalselVisit(tx: Executor, ctx: Ctx) {
  const gov = ctx.govs.kalsel;
  if (!gov) return;
  const held = daysAgo(ctx.today, KALSEL_VISIT.heldAgo);
  const assessor = ctx.users.get(ISSUER) ?? null;
  await insertActivity(
    tx,
    {
      governmentId: gov.id,
      officeId: ctx.officeId,
      kind: 'kunjungan_koordinasi',
      title: KALSEL_VISIT.title,
      heldOn: held,
      place: KALSEL_VISIT.place,
      people: [
        { name: 'Asesor Kalsel', role: 'Asisten Ombudsman', side: 'ombudsman' },
        { name: 'Biro Organisasi Kalsel', role: 'Koordinator kepatuhan', side: 'pemerintah' },
      ],
      topics: 'Tindak lanjut saran perbaikan hasil penilaian kepatuhan 2023.',
      minutes: 'Dua tindakan disepakati: papan informasi RSUD Ulin dan loket prioritas Samsat Banjarmasin.',
      createdBy: assessor,
      createdAt: atWib(held, 15),
      updatedBy: assessor,
      updatedAt: atWib(held, 15),
    },
    KALSEL_VISIT.actions.flatMap((a) => (gov.units.get(a.unit) ? [gov.units.get(a.unit)!] : [])),
    KALSEL_VISIT.actions.map((a, position) => ({
      governmentId: gov.id,
      unitId: gov.units.get(a.unit) ?? null,
      description: a.description,
      dueOn: shift(held, a.dueAfter),
      owner: 'Biro Organisasi Setda Provinsi',
      position,
    })),
  );
}
