/**
 * What a unit collects with: today's counter link (its QR rotates at the unit's midnight) and
 * batches of one-time slips (codes stored only as hashes; the printed A4 sheet, rendered in the
 * heavy-work pool and kept in `files`, is the one copy of the codes).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { zoneOfGovernment } from '../../../shared/format/time-zones';
import { asBuffer, runHeavy } from '../../workers/heavy';
import { findFile, uploadsDir } from '../files/files.service';
import { insertFile } from '../files/files.repository';
import { counterPath, counterTokenToday } from './counter-token';
import { periodOwner } from './periods.repository';
import { newSlipCode, slipCodeHash, slipPath } from './slip-codes';
import * as repo from './slips.repository';
import { assertCollect, assertUnitRead } from './surveys.access';

async function skmUnit(db: Executor, actor: Actor, periodId: string, unitId: string) {
  const owner = await periodOwner(db, periodId);
  assertUnitRead(actor, owner, unitId);
  // The counter QR and slips belong to the SKM; perception interviews are entered by assessors.
  if (owner.kind !== 'skm') throw new NotFoundError();
  const unit = await repo.unitFacts(db, unitId);
  if (!unit) throw new NotFoundError();
  return { owner, unit, zone: zoneOfGovernment(unit.regionCode, unit.officeProvinceCodes ?? []) };
}

export async function counterLink(
  db: Executor,
  actor: Actor,
  periodId: string,
  unitId: string,
  origin: string,
  now = new Date(),
) {
  const { owner, zone } = await skmUnit(db, actor, periodId, unitId);
  const { token, localDate } = counterTokenToday(owner.period.tokenSecret, unitId, zone, now);
  return { url: origin + counterPath(unitId, token), validOn: localDate, timeZone: zone };
}

const sheetUrl = (periodId: string, unitId: string, batch: number) =>
  `/api/survey-periods/${periodId}/units/${unitId}/slips/${batch}.pdf`;

export async function listSlipBatches(db: Executor, actor: Actor, periodId: string, unitId: string) {
  await skmUnit(db, actor, periodId, unitId);
  const rows = await repo.listBatches(db, periodId, unitId);
  return {
    items: rows.map((r) => ({
      batch: r.batch,
      count: r.count,
      used: r.used,
      createdAt: new Date(r.createdAt).toISOString(),
      sheetUrl: sheetUrl(periodId, unitId, r.batch),
    })),
  };
}

export async function createSlips(
  db: Executor,
  actor: Actor,
  periodId: string,
  unitId: string,
  count: number,
  ctx: { origin: string; dataDir: string; locale: 'id' | 'en' },
) {
  const owner = await periodOwner(db, periodId);
  assertCollect(actor, owner, unitId);
  const { unit } = await skmUnit(db, actor, periodId, unitId);
  if (!owner.period.slipsEnabled) throw new ConflictError('survey.slipsDisabled');
  if (owner.period.status !== 'open') throw new ConflictError('survey.periodClosed');
  const codes = Array.from({ length: count }, newSlipCode);
  const en = ctx.locale === 'en';
  const bytes = asBuffer(
    await runHeavy('survey-slips-pdf', {
      title: `${owner.period.title} — ${en ? 'one-time survey slips' : 'kupon survei sekali pakai'}`,
      unitName: `${unit.name} · ${unit.governmentName}`,
      instructions: en
        ? 'Scan the QR or open the address and type the code. Each code works once.'
        : 'Pindai QR atau buka alamat lalu ketik kodenya. Setiap kode berlaku satu kali.',
      slips: codes.map((code) => ({ code, url: ctx.origin + slipPath(code) })),
      footer: `${ctx.origin}/publik/survei/k/`,
    }),
  );
  const dir = uploadsDir(ctx.dataDir);
  await fs.promises.mkdir(dir, { recursive: true, mode: 0o750 });
  const storageName = crypto.randomUUID();
  const fullPath = path.join(dir, storageName);
  await fs.promises.writeFile(fullPath, bytes, { flag: 'wx', mode: 0o640 });
  try {
    const batch = await inTransaction(db, async (tx) => {
      const n = await repo.nextBatch(tx, periodId, unitId);
      const file = await insertFile(tx, {
        governmentId: owner.units.find((u) => u.unitId === unitId)!.governmentId,
        officeId: null,
        originalName: `kupon-survei-${n}.pdf`,
        mimeType: 'application/pdf',
        size: bytes.length,
        sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
        storageName,
        createdBy: actor.id,
      });
      await repo.insertSlips(
        tx,
        codes.map((code) => ({
          periodId,
          unitId,
          codeHash: slipCodeHash(code),
          batch: n,
          sheetFileId: file.id,
          createdBy: actor.id,
        })),
      );
      return n;
    });
    return {
      batch,
      count,
      used: 0,
      createdAt: new Date().toISOString(),
      sheetUrl: sheetUrl(periodId, unitId, batch),
    };
  } catch (err) {
    await fs.promises.rm(fullPath, { force: true });
    throw err;
  }
}

/** The stored sheet of a batch (the caller streams it). */
export async function slipSheet(db: Executor, actor: Actor, periodId: string, unitId: string, batch: number) {
  await skmUnit(db, actor, periodId, unitId);
  const rows = await repo.listBatches(db, periodId, unitId);
  const fileId = rows.find((r) => r.batch === batch)?.sheetFileId;
  const file = fileId ? await findFile(db, fileId) : undefined;
  if (!file) throw new NotFoundError();
  return file;
}
