import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { OFFICIAL_HOLIDAYS } from '../../../shared/calendar/official-holidays.js';
import {
  addDays,
  holidaysFor,
  isIsoDate,
  type CalendarDay,
  type Pause,
} from '../../../shared/calendar/workdays.js';
import type { CliIO } from '../io.js';

const USAGE = `Penggunaan:
  patuh workdays --from YYYY-MM-DD --add N [--calendar-days] [--province KODE]
                 [--pause YYYY-MM-DD..YYYY-MM-DD ...] [--holidays BERKAS.csv | --db] [--json]

  --add N            N hari kerja (bawaan) atau, dengan --calendar-days, N hari kalender
  --province KODE    ikut hari libur daerah provinsi itu (kode Kemendagri, mis. 63)
  --pause A..B       jam berhenti dari A sampai B (inklusif); boleh berulang
  --holidays BERKAS  CSV "date,name" yang menggantikan kalender bawaan (libur nasional dan cuti
                     bersama SKB 3 Menteri ${OFFICIAL_HOLIDAYS.map((y) => y.year).join(', ')})
  --db               pakai kalender yang tersimpan di basis data (DATABASE_URL atau PGlite di
                     PATUH_DATA_DIR), termasuk suntingan admin dan libur daerah; tanpa --db dan
                     tanpa --holidays dipakai daftar bawaan, tanpa membuka basis data
  --json             keluaran { "from", "due", "skipped": [tanggal] }`;

class UsageError extends Error {}

/** The calendar stored in the configured database (migrated and seeded as at start). */
async function databaseCalendar(): Promise<CalendarDay[]> {
  const [{ loadConfig }, { openConfiguredDatabase }, { allCalendarDays }] = await Promise.all([
    import('../../config.js'),
    import('../../db/open.js'),
    import('../../modules/calendar/calendar.repository.js'),
  ]);
  const database = await openConfiguredDatabase(loadConfig());
  try {
    return await allCalendarDays(database.db);
  } finally {
    await database.close();
  }
}

/** Reads a `date,name` CSV (header optional, blank lines ignored); a bad line names itself. */
function readHolidayFile(file: string): CalendarDay[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`--holidays: berkas tidak dapat dibaca: ${file}`);
  }
  const days: CalendarDay[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const comma = line.indexOf(',');
    const date = (comma < 0 ? line : line.slice(0, comma)).trim().replace(/^"|"$/g, '');
    const name =
      comma < 0
        ? ''
        : line
            .slice(comma + 1)
            .trim()
            .replace(/^"|"$/g, '');
    if (i === 0 && date.toLowerCase() === 'date') return;
    if (!isIsoDate(date))
      throw new UsageError(`${file} baris ${i + 1}: "${date}" bukan tanggal YYYY-MM-DD yang ada`);
    days.push({ date, name: name || 'libur', kind: 'national' });
  });
  return days;
}

function parsePause(text: string): Pause {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (!m || !isIsoDate(m[1]!) || !isIsoDate(m[2]!))
    throw new UsageError(`--pause: "${text}" bukan rentang YYYY-MM-DD..YYYY-MM-DD`);
  if (m[2]! < m[1]!) throw new UsageError(`--pause: "${text}" berakhir sebelum dimulai`);
  return { from: m[1]!, to: m[2]! };
}

/**
 * `patuh workdays`: the due date of a deadline in working or calendar days, with pauses. The
 * calendar is the built-in official list (offline: no database is opened), or with `--db` the
 * calendar stored in the configured database (admins' edits and regional days), or a CSV that
 * replaces both. Exit 2 on a bad flag or a bad file line.
 */
export async function workdaysCommand(argv: string[], io: CliIO): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        options: {
          from: { type: 'string' },
          add: { type: 'string' },
          holidays: { type: 'string' },
          province: { type: 'string' },
          pause: { type: 'string', multiple: true },
          'calendar-days': { type: 'boolean' },
          db: { type: 'boolean' },
          json: { type: 'boolean' },
          help: { type: 'boolean' },
        },
        strict: true,
        allowPositionals: false,
      });
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const v = parsed.values;
    if (v.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (!v.from) throw new UsageError('--from: wajib diisi (YYYY-MM-DD)');
    if (!isIsoDate(v.from)) throw new UsageError(`--from: "${v.from}" bukan tanggal YYYY-MM-DD yang ada`);
    if (v.add === undefined) throw new UsageError('--add: wajib diisi (bilangan bulat ≥ 0)');
    if (!/^\d{1,5}$/.test(v.add)) throw new UsageError(`--add: "${v.add}" bukan bilangan bulat ≥ 0`);
    if (v.province !== undefined && !/^\d{2}$/.test(v.province))
      throw new UsageError(`--province: "${v.province}" bukan kode provinsi Kemendagri (dua angka, mis. 63)`);
    const pauses = (v.pause ?? []).map(parsePause);
    if (v.holidays && v.db) throw new UsageError('--holidays dan --db: pilih salah satu sumber kalender');
    const calendar = v.holidays
      ? readHolidayFile(v.holidays)
      : v.db
        ? await databaseCalendar()
        : OFFICIAL_HOLIDAYS.flatMap((y) => y.holidays);
    const unit = v['calendar-days'] ? 'calendar' : 'working';
    const result = addDays({
      from: v.from,
      add: Number(v.add),
      unit,
      holidays: holidaysFor(calendar, v.province),
      pauses,
    });
    if (v.json) io.stdout(JSON.stringify(result));
    else {
      const what = unit === 'calendar' ? 'hari kalender' : 'hari kerja';
      io.stdout(`Jatuh tempo: ${result.due} (${v.add} ${what} sejak ${result.from})`);
      if (result.skipped.length) io.stdout(`Dilewati: ${result.skipped.join(', ')}`);
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError || err instanceof RangeError) {
      io.stderr(`${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}
