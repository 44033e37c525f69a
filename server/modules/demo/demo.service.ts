import type { Database, Executor } from '../../db/client';
import type { Role } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { findRegion } from '../regions/regions.repository';
import { governmentNameFor } from '../registry/governments.service';
import { createUser } from '../users/users.service';
import {
  DEMO_OFFICES,
  DEMO_PASSWORD,
  DEMO_REGENCIES,
  KALSEL_SKPD,
  PRODUCTS_BY_SECTOR,
  sampledUnits,
  type DemoUnit,
} from './demo-data';
import { BABAR_COORDINATOR, BABAR_VERIFIERS } from './demo-internal';
import * as repo from './demo.repository';

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
  scope: string;
}

const DEMO_KEY = 'demo_seeded';

/** Whether the demo was seeded on this database (it is seeded once). */
export async function demoAlreadySeeded(db: Executor): Promise<boolean> {
  return repo.hasMarker(db, DEMO_KEY);
}

/**
 * What the first start does about the demo: `seeded` (already there), `occupied` (the database
 * already holds governments that are not the demo's, e.g. from `patuh synth` or real registry
 * work: the demo's would collide with their regions, so it is skipped) or `empty` (seed it).
 */
export async function demoState(db: Executor): Promise<'seeded' | 'occupied' | 'empty'> {
  if (await demoAlreadySeeded(db)) return 'seeded';
  return (await repo.hasAnyGovernment(db)) ? 'occupied' : 'empty';
}

async function addUnits(tx: Executor, governmentId: string, list: DemoUnit[], govLabel: string) {
  const byCode = new Map<string, string>();
  for (const u of list) {
    const unitId = await repo.insertUnit(tx, {
      governmentId,
      code: u.code,
      name: u.name,
      type: u.type,
      sector: u.sector,
      parentId: u.parent ? byCode.get(u.parent) : null,
    });
    byCode.set(u.code, unitId);
    await repo.insertProducts(
      tx,
      (u.products ?? PRODUCTS_BY_SECTOR[u.sector]).map(([name, type]) => ({
        unitId,
        governmentId,
        name,
        type,
      })),
    );
    await repo.insertContact(tx, {
      unitId,
      governmentId,
      name: `PIC ${u.name}`,
      position: u.type === 'puskesmas' ? 'Kepala Tata Usaha' : 'Kepala Subbagian Umum',
      phone: '0511-3300000',
      email: `pic.${u.code.toLowerCase()}@${govLabel}.demo.patuh.id`,
    });
  }
  return byCode;
}

/**
 * Seeds the demo once (REFERENCE §0): offices, governments, units, products, PICs, the Kalsel MoU/PKS,
 * and one account per role. Marks app_meta so a restart never seeds twice.
 */
export async function seedDemo(database: Database): Promise<DemoLogin[]> {
  const db = database.db;
  const logins: DemoLogin[] = [];
  const refs = await inTransaction(db, async (tx) => {
    const officeIds = new Map<string, string>();
    for (const o of DEMO_OFFICES) {
      officeIds.set(o.code, await repo.insertOffice(tx, { ...o, provinceCodes: [...o.provinceCodes] }));
    }
    const kalselRegion = await findRegion(tx, '63');
    const kalselId = await repo.insertGovernment(tx, {
      type: 'pemprov',
      name: governmentNameFor('pemprov', kalselRegion!.name),
      regionCode: '63',
      officeId: officeIds.get('KALSEL')!,
    });
    const kalselUnits = await addUnits(tx, kalselId, KALSEL_SKPD, 'kalselprov');
    // The MoU (Oct 2021) and the PKS signed by the 21 SKPD heads (seed 001).
    await repo.insertAgreement(tx, {
      governmentId: kalselId,
      officeId: officeIds.get('KALSEL')!,
      kind: 'mou',
      number: 'DEMO/MOU/X/2021',
      title: 'Nota Kesepahaman tentang Peningkatan Kualitas Pelayanan Publik',
      parties: 'Ombudsman RI; Pemerintah Provinsi Kalimantan Selatan',
      signedOn: '2021-10-01',
      validFrom: '2021-10-01',
      validUntil: '2026-09-30',
      scope:
        'Pengawasan penyelenggaraan pelayanan publik di lingkungan Pemerintah Provinsi Kalimantan Selatan.',
    });
    const pksId = await repo.insertAgreement(tx, {
      governmentId: kalselId,
      officeId: officeIds.get('KALSEL')!,
      kind: 'pks',
      number: 'DEMO/PKS/VII/2022',
      title: 'Perjanjian Kerja Sama Pengawasan Kinerja Pelayanan Publik 21 SKPD',
      parties:
        'Ombudsman RI Perwakilan Kalimantan Selatan; Kepala 21 SKPD Pemerintah Provinsi Kalimantan Selatan',
      signedOn: '2022-07-01',
      validFrom: '2022-07-01',
      validUntil: '2025-06-30',
      scope: 'Pengelolaan pengaduan, penyusunan kebijakan, dan pemenuhan standar pelayanan publik.',
    });
    await repo.linkAgreementUnits(tx, pksId, [...kalselUnits.values()]);

    const regencies = new Map<string, { governmentId: string; units: Map<string, string> }>();
    for (const r of DEMO_REGENCIES) {
      const region = await findRegion(tx, r.regionCode);
      const governmentId = await repo.insertGovernment(tx, {
        type: 'pemkab',
        name: governmentNameFor('pemkab', region!.name),
        regionCode: r.regionCode,
        officeId: officeIds.get(r.office)!,
      });
      regencies.set(r.slug, {
        governmentId,
        units: await addUnits(tx, governmentId, [...sampledUnits(r.puskesmas), ...(r.others ?? [])], r.slug),
      });
    }
    const mateng = regencies.get('mateng')!;
    await repo.insertAgreement(tx, {
      governmentId: mateng.governmentId,
      officeId: officeIds.get('SULBAR')!,
      kind: 'pks',
      number: 'DEMO/PKS/IV/2021',
      title: 'Pendampingan Kepatuhan Standar Pelayanan Publik Tahun 2021',
      parties: 'Ombudsman RI Perwakilan Sulawesi Barat; Pemerintah Kabupaten Mamuju Tengah',
      signedOn: '2021-04-01',
      validFrom: '2021-04-01',
      validUntil: '2021-12-31',
      scope:
        'Bimbingan teknis penyusunan standar pelayanan (UU 25/2009) dan pendampingan kepatuhan (seed 003).',
    });
    await repo.insertMarker(tx, DEMO_KEY, { at: new Date().toISOString() });
    await recordAudit(tx, null, {
      action: 'create',
      entityType: 'demo',
      entityId: 'demo',
      after: { offices: DEMO_OFFICES.length },
    });
    return { officeIds, kalselId, regencies };
  });

  const add = async (
    role: Role,
    email: string,
    name: string,
    scope: string,
    links: { officeId?: string; governmentId?: string; unitIds?: string[] },
  ) => {
    await createUser(db, null, { email, name, password: DEMO_PASSWORD, role, ...links });
    logins.push({ role, email, password: DEMO_PASSWORD, scope });
  };
  const balangan = refs.regencies.get('balangan')!;
  await add('admin', 'admin@patuh.local', 'Admin Platform', 'semua data', {});
  await add('oversight_head', 'kepala.kalsel@patuh.local', 'Kepala Perwakilan Kalsel', 'Ombudsman Kalsel', {
    officeId: refs.officeIds.get('KALSEL'),
  });
  await add('assessor', 'asesor.kalsel@patuh.local', 'Asesor Kalsel', 'Ombudsman Kalsel', {
    officeId: refs.officeIds.get('KALSEL'),
  });
  await add('assessor', 'asesor.sulbar@patuh.local', 'Asesor Sulbar', 'Ombudsman Sulbar', {
    officeId: refs.officeIds.get('SULBAR'),
  });
  await add('assessor', 'asesor.babel@patuh.local', 'Asesor Babel', 'Ombudsman Babel', {
    officeId: refs.officeIds.get('BABEL'),
  });
  await add(
    'gov_coordinator',
    'koordinator.balangan@patuh.local',
    'Inspektorat Balangan',
    'Pemkab Balangan',
    { governmentId: balangan.governmentId },
  );
  await add('gov_coordinator', 'koordinator.kalsel@patuh.local', 'Biro Organisasi Kalsel', 'Pemprov Kalsel', {
    governmentId: refs.kalselId,
  });
  // Pemkab Bangka Barat's penilaian mandiri (seed 004, demo-internal.ts): the coordinator who
  // opens it, the Inspektorat's three auditors, and the PIC of one unit outside the Ombudsman's locus.
  const babar = refs.regencies.get('babar')!;
  await add('gov_coordinator', BABAR_COORDINATOR, 'Bagian Organisasi Bangka Barat', 'Pemkab Bangka Barat', {
    governmentId: babar.governmentId,
  });
  for (const [i, email] of BABAR_VERIFIERS.entries())
    await add(
      'internal_verifier',
      email,
      `Auditor Inspektorat Bangka Barat ${i + 1}`,
      'Pemkab Bangka Barat',
      {
        governmentId: babar.governmentId,
      },
    );
  await add(
    'unit_pic',
    'pic.dpupr.babar@patuh.local',
    'PIC Dinas PUPR Bangka Barat',
    'Dinas PUPR Bangka Barat',
    {
      governmentId: babar.governmentId,
      unitIds: [babar.units.get('DPUPR')!],
    },
  );
  await add(
    'unit_pic',
    'pic.disdukcapil.balangan@patuh.local',
    'PIC Disdukcapil Balangan',
    'Disdukcapil Balangan',
    {
      governmentId: balangan.governmentId,
      unitIds: [balangan.units.get('DISDUKCAPIL')!],
    },
  );
  await add(
    'unit_pic',
    'pic.dinkes.balangan@patuh.local',
    'PIC Dinkes Balangan',
    'Dinkes Balangan + 2 Puskesmas',
    {
      governmentId: balangan.governmentId,
      unitIds: [balangan.units.get('DINKES')!],
    },
  );
  return logins;
}
