/**
 * `npx patuh <command>` — batch and admin tasks against the configured database
 * (DATABASE_URL, else PGlite in PATUH_DATA_DIR). Each command returns an exit code.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config';
import { openConfiguredDatabase } from '../db/open';
import { AppError } from '../lib/errors';
import { t } from '../lib/messages';
import { ROLES } from '../lib/reach';
import { seedDemoAssessments } from '../modules/demo/demo-assessments';
import { seedDemoComplaints } from '../modules/demo/demo-complaints';
import { seedDemoFollowups } from '../modules/demo/demo-followups';
import { seedDemoStandards } from '../modules/demo/demo-standards';
import { seedDemoSurveys } from '../modules/demo/demo-surveys';
import { identityKeysOf } from '../lib/identity-crypto';
import { demoState, seedDemo } from '../modules/demo/demo.service';
import { importRegions } from '../modules/regions/regions.service';
import { findOfficeByCode } from '../modules/registry/offices.repository';
import { createUser } from '../modules/users/users.service';
import { processIO, type CliIO } from './io';

const HELP = `Penggunaan: npx patuh <perintah> [opsi]

Perintah:
  migrate                         menerapkan migrasi basis data
  import-regions                  memuat 38 provinsi dan 514 kabupaten/kota (idn-area-data)
  seed-demo [--force]             memuat data demo (sekali; --force mengabaikan penanda)
  user create --role R --email E [--name N] [--password P] [--office KODE|ID] [--government ID] [--unit ID ...]
                                  membuat akun (peran: ${ROLES.join(', ')})
  frameworks list                 daftar kerangka penilaian bawaan
  frameworks show <id> --json     kerangka penilaian sebagai JSON
  score --framework <id> <answers.csv> [--json] [--open]
                                  menghitung skor dari berkas jawaban
  ikm <responses.csv> [--json]    IKM per unit dari jawaban SKM (kolom unit,u1..u9; Permenpan RB 14/2017)
  synth --scale national|medium|small [--seed N] [--force]
                                  memuat Indonesia sintetis (deterministik) dan satu siklus selesai
  workdays --from YYYY-MM-DD --add N [--calendar-days] [--province KODE] [--pause A..B] [--holidays CSV | --db] [--json]
                                  tanggal jatuh tempo N hari kerja/kalender (libur nasional, cuti bersama;
                                  daftar bawaan tanpa basis data, atau --db: kalender tersimpan)
  backup <berkas.tar.gz> [--force]
                                  mencadangkan basis data, unggahan dan berkas kunci ke satu arsip
  restore <berkas.tar.gz> [--force] [--check]
                                  memulihkan cadangan (menolak tujuan yang berisi kecuali --force;
                                  --check hanya memeriksa arsip)

Basis data: DATABASE_URL (PostgreSQL) atau PGlite di PATUH_DATA_DIR (bawaan ./data).`;

async function withDatabase<T>(
  fn: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>,
): Promise<T> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

const UserArgs = z.object({
  role: z.enum(ROLES as [string, ...string[]]),
  email: z.email(),
  name: z.string().min(1).optional(),
  password: z.string().min(10).optional(),
  office: z.string().optional(),
  government: z.uuid().optional(),
  unit: z.array(z.uuid()).optional(),
});

async function userCreate(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      role: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      office: { type: 'string' },
      government: { type: 'string' },
      unit: { type: 'string', multiple: true },
    },
    strict: true,
  });
  const parsed = UserArgs.safeParse(values);
  if (!parsed.success) {
    for (const i of parsed.error.issues) io.stderr(`--${i.path.join('.')}: ${i.message}`);
    return 2;
  }
  const a = parsed.data;
  const password =
    a.password ?? `Patuh-${Math.random().toString(36).slice(2, 8)}-${Math.random().toString(36).slice(2, 8)}`;
  return withDatabase(async (database) => {
    let officeId = a.office;
    if (officeId && !/^[0-9a-f-]{36}$/i.test(officeId))
      officeId = (await findOfficeByCode(database.db, officeId))?.id ?? officeId;
    try {
      const user = await createUser(database.db, null, {
        role: a.role as (typeof ROLES)[number],
        email: a.email,
        name: a.name ?? a.email.split('@')[0]!,
        password,
        officeId: officeId ?? null,
        governmentId: a.government ?? null,
        unitIds: a.unit ?? [],
      });
      io.stdout(`Akun dibuat: ${user.email} (${user.role}) id=${user.id}`);
      if (!a.password) io.stdout(`Kata sandi sementara: ${password}`);
      return 0;
    } catch (err) {
      if (err instanceof AppError) {
        io.stderr(t(err.messageKey, 'id', err.params));
        for (const [field, p] of Object.entries(err.fields ?? {}))
          io.stderr(`  ${field}: ${t(p.message, 'id', p.params)}`);
        return 1;
      }
      throw err;
    }
  });
}

/** Dispatches one CLI invocation; exported for tests. */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'migrate':
      return withDatabase(async () => {
        io.stdout('Migrasi basis data selesai.');
        return 0;
      });
    case 'import-regions':
      return withDatabase(async (database) => {
        const r = await importRegions(database);
        io.stdout(`Wilayah dimuat: ${r.provinces} provinsi, ${r.regencies} kabupaten/kota.`);
        return 0;
      });
    case 'seed-demo':
      return withDatabase(async (database) => {
        await importRegions(database);
        const state = await demoState(database.db);
        if (state === 'seeded' && !rest.includes('--force')) {
          io.stdout('Data demo sudah ada; tidak ada yang diubah.');
          return 0;
        }
        if (state === 'occupied') {
          io.stderr(
            'Basis data ini sudah berisi pemerintah daerah (mis. dari `patuh synth`): data demo tidak dimuat, wilayahnya akan bertabrakan. Gunakan basis data baru (PATUH_DATA_DIR atau DATABASE_URL lain).',
          );
          return 1;
        }
        const logins = await seedDemo(database);
        const cycles = await seedDemoAssessments(database);
        const cases = await seedDemoComplaints(database, identityKeysOf(loadConfig()));
        const standards = await seedDemoStandards(database, { dataDir: loadConfig().dataDir });
        const responses = await seedDemoSurveys(database);
        const followups = await seedDemoFollowups(database, { dataDir: loadConfig().dataDir });
        io.stdout(
          `Data demo dimuat (${cycles.cycles2023.length} siklus 2023 terbit, ${cycles.cycles2024.length} siklus 2024 berjalan, ${cycles.internal.length} penilaian mandiri, ${cases} laporan masyarakat, ${standards} versi standar pelayanan, ${responses} jawaban survei, ${followups} tindak lanjut). Akun:`,
        );
        for (const l of logins) io.stdout(`  ${l.role.padEnd(17)} ${l.email.padEnd(40)} ${l.password}`);
        return 0;
      });
    case 'user':
      if (rest[0] !== 'create') break;
      return userCreate(rest.slice(1), io);
    case 'frameworks': {
      const { frameworksCommand } = await import('./commands/frameworks.command');
      return frameworksCommand(rest, io);
    }
    case 'score': {
      const { scoreCommand } = await import('./commands/score.command');
      return scoreCommand(rest, io);
    }
    case 'ikm': {
      const { ikmCommand } = await import('./commands/ikm.command');
      return ikmCommand(rest, io);
    }
    case 'workdays': {
      const { workdaysCommand } = await import('./commands/workdays.command');
      return workdaysCommand(rest, io);
    }
    case 'backup': {
      const { backupCommand } = await import('./commands/backup.command');
      return backupCommand(rest, io);
    }
    case 'restore': {
      const { restoreCommand } = await import('./commands/backup.command');
      return restoreCommand(rest, io);
    }
    case 'synth': {
      const { synthCommand } = await import('../modules/synth/synth.command');
      return synthCommand(rest, io);
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout(HELP);
      return command ? 0 : 2;
    default:
      break;
  }
  io.stderr(`Perintah tidak dikenal: ${argv.join(' ')}\n\n${HELP}`);
  return 2;
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  runCli(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
}
