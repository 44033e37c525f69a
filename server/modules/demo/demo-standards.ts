/**
 * The demo's service standards (issue 15 "Done means"): the seeds' units get standards in every
 * state the coordinator and the office must tell apart — complete and published, set with missing
 * components, stale (review date passed), submitted, draft only, set but not published, and none —
 * plus maklumat pelayanan on some units (published or not), service profiles (opening hours …) on a
 * few, and one bimtek of Ombudsman Kalsel with Pemkab Balangan (seed 002–003: technical guidance
 * on drafting standards) with the units present and the actions agreed. Dates count back from
 * today so the demo always looks current. Written directly (no use case to replay); once, behind
 * its own marker.
 */
import type { Database } from '../../db/client';
import { inTransaction } from '../../lib/transaction';
import { todayWib } from '../complaints/complaints.create';
import { storeDemoFile, tinyPdf, tinyPng, type DemoFile } from './demo-standard-files';
import {
  at,
  COORDINATOR,
  DEMO_MAKLUMAT,
  DEMO_PROFILES,
  DEMO_STANDARDS,
  REGION,
  shift,
  versionsOf,
  type Gov,
  type Row,
} from './demo-standard-versions';
import * as repo from './demo-standards.repository';
import { hasMarker, insertMarker } from './demo.repository';

const KEY = 'demo_standards_seeded';

export { DEMO_STANDARDS } from './demo-standard-versions';

const MAKLUMAT_BODY = (unitName: string) =>
  `Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.\n\n${unitName}`;

const WEEKDAY_HOURS = [1, 2, 3, 4].map((day) => ({
  day,
  closed: false,
  open: '07:30',
  close: '16:00',
  breakStart: '12:00',
  breakEnd: '13:00',
}));

/** Balangan's units whose standards were set by one SK each (a stored PDF) and filed in their library. */
export const DEMO_SK_UNITS = ['DISDUKCAPIL', 'DPMPTSP', 'PKM1', 'DISDIK'];

interface DemoDocs {
  sk: Map<string, DemoFile>;
  photos: { standard: DemoFile; maklumat: DemoFile } | null;
}

/** Writes the SK PDFs and the display photos into the uploads directory (before the transaction). */
async function demoDocuments(dataDir: string | undefined, today: string): Promise<DemoDocs> {
  const docs: DemoDocs = { sk: new Map(), photos: null };
  if (!dataDir) return docs;
  for (const code of DEMO_SK_UNITS)
    docs.sk.set(
      code,
      await storeDemoFile(
        dataDir,
        tinyPdf([
          'KEPUTUSAN KEPALA PERANGKAT DAERAH',
          `tentang Penetapan Standar Pelayanan (${code}, Kabupaten Balangan)`,
          `Ditetapkan ${shift(today, -200)} - data demo Patuh, bukan dokumen resmi.`,
        ]),
        `SK Standar Pelayanan ${code}.pdf`,
        'application/pdf',
      ),
    );
  docs.photos = {
    standard: await storeDemoFile(dataDir, tinyPng(), 'Foto standar KTP-el di ruang tunggu.png', 'image/png'),
    maklumat: await storeDemoFile(dataDir, tinyPng(80, 112), 'Foto maklumat pelayanan.png', 'image/png'),
  };
  return docs;
}

/**
 * Seeds the standards, maklumat, profiles and the bimtek once; returns how many standard versions
 * it wrote. With `dataDir`, also the SK files of Balangan's set standards and its evidence library.
 */
export async function seedDemoStandards(
  database: Database,
  opts: { dataDir?: string; now?: Date } = {},
): Promise<number> {
  const now = opts.now ?? new Date();
  const db = database.db;
  if (await hasMarker(db, KEY)) return 0;
  const today = todayWib(now);
  const govs = await repo.governmentsByRegion(db, Object.values(REGION));
  if (!govs.get(REGION.balangan)) return 0; // the base demo is not there
  const units = new Map<Gov, Awaited<ReturnType<typeof repo.unitsWithProducts>>>();
  for (const g of Object.keys(REGION) as Gov[]) {
    const gov = govs.get(REGION[g]);
    if (gov) units.set(g, await repo.unitsWithProducts(db, gov.id));
  }
  const userOf = new Map<Gov, string | null>();
  for (const [g, email] of Object.entries(COORDINATOR))
    userOf.set(g as Gov, await repo.userIdByEmail(db, email));

  const docs = await demoDocuments(opts.dataDir, today);
  return inTransaction(db, async (tx) => {
    const balanganGov = govs.get(REGION.balangan)!;
    const fileIds = new Map<string, string>();
    const fileRow = (f: DemoFile) => ({
      ...f,
      governmentId: balanganGov.id,
      createdBy: userOf.get('balangan') ?? null,
    });
    for (const [code, f] of docs.sk) fileIds.set(code, await repo.insertFile(tx, fileRow(f)));
    const rows: Row[] = [];
    DEMO_STANDARDS.forEach((s, i) => {
      const gov = govs.get(REGION[s.gov]);
      const unit = units.get(s.gov)?.get(s.unit);
      const productId = unit?.products.get(s.product);
      if (!gov || !unit || !productId) return;
      const ids = { productId, unitId: unit.id, governmentId: gov.id };
      const versions = versionsOf(s, ids, unit.name, i, today, userOf.get(s.gov) ?? null);
      const sk = s.gov === 'balangan' ? fileIds.get(s.unit) : undefined;
      for (const v of versions) if (sk && v.status !== 'draft' && v.status !== 'diajukan') v.skFileId = sk;
      rows.push(...versions);
    });
    await repo.insertStandards(tx, rows);

    const unitRef = (g: Gov, code: string) => {
      const gov = govs.get(REGION[g]);
      const unit = units.get(g)?.get(code);
      return gov && unit ? { governmentId: gov.id, unitId: unit.id, name: unit.name } : null;
    };
    await repo.insertMaklumat(
      tx,
      DEMO_MAKLUMAT.flatMap((m) => {
        const u = unitRef(m.gov, m.unit);
        if (!u) return [];
        return [
          {
            unitId: u.unitId,
            governmentId: u.governmentId,
            body: MAKLUMAT_BODY(u.name),
            signatory: `Kepala ${u.name}`,
            signedOn: shift(today, -150),
            published: m.published,
            updatedBy: userOf.get(m.gov) ?? null,
          },
        ];
      }),
    );
    await repo.insertProfiles(
      tx,
      DEMO_PROFILES.flatMap((p, i) => {
        const u = unitRef(p.gov, p.unit);
        if (!u) return [];
        return [
          {
            unitId: u.unitId,
            governmentId: u.governmentId,
            openingHours: [
              ...WEEKDAY_HOURS,
              {
                day: 5,
                closed: false,
                open: '07:30',
                close: '16:30',
                breakStart: '11:30',
                breakEnd: '13:30',
              },
              i === 0 ? { day: 6, closed: false, open: '08:00', close: '12:00' } : { day: 6, closed: true },
              { day: 7, closed: true },
            ],
            vision: `Terwujudnya pelayanan ${u.name} yang cepat, mudah, dan bebas pungutan liar`,
            mission: 'Meningkatkan kualitas pelayanan\nMenyederhanakan prosedur\nMemperluas layanan digital',
            motto: i === 0 ? 'Melayani dengan hati' : 'Cepat, tepat, ramah',
            specialServices: [
              { group: 'lansia', description: 'Loket prioritas dan kursi tunggu khusus' },
              { group: 'disabilitas', description: 'Jalur landai, kursi roda, dan pendampingan petugas' },
              ...(i === 2
                ? [{ group: 'ibu_hamil', description: 'Antrean prioritas dan ruang laktasi' }]
                : []),
            ],
            integratedServices: i === 1 ? 'Mal Pelayanan Publik Kabupaten Balangan' : null,
            facilities: [
              'Ruang tunggu ber-AC',
              'Toilet ramah disabilitas',
              'Ruang laktasi',
              'Area bermain anak',
            ],
            updatedBy: userOf.get(p.gov) ?? null,
          },
        ];
      }),
    );

    // Balangan's evidence library: each SK once, and the photos of the displayed standard and maklumat.
    const library: Parameters<typeof repo.insertDocuments>[1] = [];
    for (const code of DEMO_SK_UNITS) {
      const u = unitRef('balangan', code);
      const fileId = fileIds.get(code);
      if (u && fileId)
        library.push({
          unitId: u.unitId,
          governmentId: u.governmentId,
          kind: 'sk_standar',
          title: `SK Penetapan Standar Pelayanan ${u.name}`,
          fileId,
          madeOn: shift(today, -200),
          createdBy: userOf.get('balangan') ?? null,
        });
    }
    const dukcapil = unitRef('balangan', 'DISDUKCAPIL');
    if (docs.photos && dukcapil) {
      const ktp = units.get('balangan')?.get('DISDUKCAPIL')?.products.get('Penerbitan KTP-el') ?? null;
      for (const [kind, f, title, productId] of [
        ['foto_standar', docs.photos.standard, 'Standar pelayanan KTP-el dipajang di ruang tunggu', ktp],
        ['foto_maklumat', docs.photos.maklumat, 'Maklumat pelayanan di dinding loket', null],
      ] as const)
        library.push({
          unitId: dukcapil.unitId,
          governmentId: dukcapil.governmentId,
          kind,
          title,
          fileId: await repo.insertFile(tx, fileRow(f)),
          productId,
          madeOn: shift(today, -30),
          createdBy: userOf.get('balangan') ?? null,
        });
    }
    await repo.insertDocuments(tx, library);

    const balangan = balanganGov;
    const officeId = balangan.officeId ?? (await repo.officeIdByCode(tx, 'KALSEL'));
    const assessor = await repo.userIdByEmail(tx, 'asesor.kalsel@patuh.local');
    const present = ['DISDUKCAPIL', 'DPMPTSP', 'DINKES', 'PKM1', 'DISDIK']
      .map((c) => unitRef('balangan', c))
      .filter((u): u is NonNullable<typeof u> => u !== null);
    const held = shift(today, -24);
    const unitId = (code: string) => unitRef('balangan', code)?.unitId ?? null;
    await repo.insertActivity(
      tx,
      {
        governmentId: balangan.id,
        officeId,
        kind: 'bimtek',
        title: 'Bimbingan Teknis Penyusunan Standar Pelayanan dan Maklumat Pelayanan',
        heldOn: held,
        place: 'Aula Bappeda Kabupaten Balangan, Paringin',
        people: [
          { name: 'Asesor Kalsel', role: 'Asisten Ombudsman', side: 'ombudsman' },
          { name: 'Inspektorat Balangan', role: 'Koordinator kepatuhan', side: 'pemerintah' },
          { name: 'PIC Disdukcapil Balangan', role: 'Kepala Seksi Pelayanan', side: 'pemerintah' },
          { name: 'PIC Dinkes Balangan', role: 'Kepala Subbagian Umum', side: 'pemerintah' },
        ],
        topics:
          'Komponen standar pelayanan (UU 25/2009 Pasal 21), konsultasi publik, penetapan dengan SK, maklumat pelayanan, publikasi di ruang tunggu.',
        minutes:
          'Peserta menyusun rancangan standar untuk layanan utama masing-masing unit. Disdukcapil sudah menetapkan standar KTP-el; DPMPTSP perlu melengkapi biaya dan saluran pengaduan; Dinkes masih dalam tahap draf.',
        createdBy: assessor,
        createdAt: at(held),
        updatedBy: assessor,
        updatedAt: at(held),
      },
      present.map((u) => u.unitId),
      [
        {
          governmentId: balangan.id,
          unitId: unitId('DPMPTSP'),
          description:
            'Melengkapi komponen biaya/tarif dan penanganan pengaduan pada standar Persetujuan Bangunan Gedung',
          dueOn: shift(held, 30),
          owner: 'Kepala Bidang Pelayanan DPMPTSP',
          position: 0,
        },
        {
          governmentId: balangan.id,
          unitId: unitId('DINKES'),
          description: 'Menyelesaikan draf standar Pelayanan Rawat Jalan dan mengajukannya untuk ditetapkan',
          dueOn: shift(held, 45),
          owner: 'Sekretaris Dinas Kesehatan',
          position: 1,
        },
        {
          governmentId: balangan.id,
          unitId: null,
          description:
            'Memajang standar dan maklumat pelayanan yang telah ditetapkan di setiap ruang pelayanan',
          dueOn: shift(held, 60),
          owner: 'Inspektorat Daerah',
          position: 2,
        },
      ],
    );
    await insertMarker(tx, KEY, { at: now.toISOString(), versions: rows.length });
    return rows.length;
  });
}
