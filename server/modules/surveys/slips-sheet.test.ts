/**
 * The printed slips read back: every QR on the A4 sheet decodes to its slip's public URL, the
 * code printed under it is the one in the URL, and only sha256(code) is stored. Also the counter
 * token: it changes at the unit's own midnight (WIB, WITA, WIT), not at UTC's.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyPeriods, surveySlips } from '../../db/schema-surveys';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { requireTools } from '../../test/tools';
import { counterToken, counterTokenToday } from './counter-token';
import { normaliseSlipCode, SLIP_ALPHABET, slipCodeHash } from './slip-codes';
import { slipByCodeHash } from './slips.repository';
import { makeSkmPeriod } from './surveys.fixture';

let ctx: TestContext;
let t: Tenant;
let tmp: string;

beforeAll(async () => {
  ctx = await createTestContext({ PATUH_PUBLIC_URL: 'https://patuh.example.id' });
  t = await makeTenant(ctx);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-slips-'));
}, 60_000);
afterAll(async () => {
  await ctx?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('slip sheet', () => {
  it('each QR decodes to /publik/survei/k/CODE, the code is printed, only its hash is kept', async ({
    skip,
  }) => {
    requireTools(skip, 'pdftotext', 'pdftoppm', 'zbarimg');
    const db = ctx.database.db;
    const period = await makeSkmPeriod(db, t);
    await db.update(surveyPeriods).set({ slipsEnabled: true }).where(eq(surveyPeriods.id, period.id));
    const pic = await t.as('unit_pic');
    const made = await pic.post(`/api/survey-periods/${period.id}/units/${t.unitId}/slips`, { count: 4 });
    expect(made.statusCode, made.body).toBe(201);
    const pdf = await pic.get(`/api/survey-periods/${period.id}/units/${t.unitId}/slips/1.pdf`);
    const file = path.join(tmp, 'sheet.pdf');
    fs.writeFileSync(file, pdf.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', file, path.join(tmp, 'sheet')]);
    const png = fs.readdirSync(tmp).find((f) => f.startsWith('sheet-') && f.endsWith('.png'))!;
    const urls = execFileSync('zbarimg', ['--raw', '-q', path.join(tmp, png)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .sort();
    expect(urls).toHaveLength(4);
    const codes = urls.map((u) => {
      const m = /^https:\/\/patuh\.example\.id\/publik\/survei\/k\/([A-Z0-9]{10})$/.exec(u);
      expect(m, u).not.toBeNull();
      return m![1]!;
    });
    for (const code of codes) {
      expect(text.replace(/\s+/g, '')).toContain(code);
      expect([...code].every((c) => SLIP_ALPHABET.includes(c))).toBe(true);
    }
    const stored = await db.select().from(surveySlips).where(eq(surveySlips.periodId, period.id));
    expect(stored.map((s) => s.codeHash).sort()).toEqual(codes.map(slipCodeHash).sort());
    expect(JSON.stringify(stored)).not.toContain(codes[0]);
    expect(await slipByCodeHash(db, slipCodeHash(codes[0]!))).toMatchObject({
      periodId: period.id,
      unitId: t.unitId,
      used: false,
    });
    expect(await slipByCodeHash(db, slipCodeHash('AAAAAAAAAA'))).toBeNull();
    expect(normaliseSlipCode(codes[0]!.toLowerCase().replace(/(.{5})/, '$1-'))).toBe(codes[0]);
    expect(normaliseSlipCode('O0I1L')).toBeNull();
  });
});

describe('counter token', () => {
  const secret = 'ab'.repeat(32);
  const unit = '00000000-0000-4000-8000-000000000001';
  it.each([
    ['WIB', '2026-12-05T16:59:59Z', '2026-12-05T17:00:00Z'],
    ['WITA', '2026-12-05T15:59:59Z', '2026-12-05T16:00:00Z'],
    ['WIT', '2026-12-05T14:59:59Z', '2026-12-05T15:00:00Z'],
  ] as const)('rotates at local midnight in %s', (zone, before, after) => {
    const a = counterTokenToday(secret, unit, zone, new Date(before));
    const b = counterTokenToday(secret, unit, zone, new Date(after));
    expect([a.localDate, b.localDate]).toEqual(['2026-12-05', '2026-12-06']);
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^[0-9a-f]{16}$/);
    expect(b.token).toBe(counterToken(secret, unit, '2026-12-06'));
    // Same local day a few hours apart: the same token.
    const sameDay = new Date(new Date(after).getTime() + 6 * 3_600_000);
    expect(counterTokenToday(secret, unit, zone, sameDay).token).toBe(b.token);
  });
});
