/**
 * The demo's public side (issue 13): the published 2023 cycles' governments are released as their
 * office head would after the national announcement (released by the office's head, else the
 * admin), so a logged-out visitor of a fresh `npm start` sees them on the portal; and one earlier
 * year's announced result is recorded — Mamuju Tengah's green zone before 2021 (seed 003). Once,
 * behind its own marker.
 */
import type { Database } from '../../db/client';
import { inTransaction } from '../../lib/transaction';
import { upsertFigure } from '../public-release/official-figures.repository';
import { publishedOfficialCycleIds, releasePublishedCycles } from '../public-release/release.repository';
import { findUserIdByEmail, governmentsOfRegions } from './demo-assessments.repository';
import { hasMarker, insertMarker } from './demo.repository';

const KEY = 'demo_releases_seeded';

/**
 * Seed 003 (trans89.com, 30 April 2021): the Sekda of Mamuju Tengah says the regency had reached
 * the green zone "a few years ago". The year is not given; 2019 is an estimate, and the source
 * says so.
 */
export const MATENG_2019 = {
  regionCode: '76.06',
  year: 2019,
  zone: 'hijau' as const,
  source:
    "trans89.com, 30 April 2021: Sekda Mamuju Tengah — 'beberapa tahun lalu kita sudah mendapatkan penghargaan pada zona hijau' (tahun perkiraan)",
};

/** Releases the published 2023 cycles and records the earlier figure, once; returns the rows released. */
export async function seedDemoReleases(database: Database): Promise<{ released: number; figures: number }> {
  const db = database.db;
  if (await hasMarker(db, KEY)) return { released: 0, figures: 0 };
  const adminId = (await findUserIdByEmail(db, 'admin@patuh.local')) ?? null;
  return inTransaction(db, async (tx) => {
    const cycleIds = await publishedOfficialCycleIds(tx, 2023);
    const released = await releasePublishedCycles(tx, cycleIds, adminId);
    let figures = 0;
    const [mateng] = await governmentsOfRegions(tx, [MATENG_2019.regionCode]);
    if (mateng && adminId) {
      await upsertFigure(
        tx,
        mateng.id,
        MATENG_2019.year,
        {
          method: 'zona',
          cycleId: null,
          score: null,
          band: null,
          zone: MATENG_2019.zone,
          opinion: null,
          source: MATENG_2019.source,
          note: 'Tahun tidak disebut di berita; 2019 adalah perkiraan.',
        },
        adminId,
      );
      figures = 1;
    }
    await insertMarker(tx, KEY, { at: new Date().toISOString(), cycles: cycleIds, released, figures });
    return { released, figures };
  });
}
