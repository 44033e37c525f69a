/**
 * A respondent answers the SKM on a 390 px phone from the counter's QR link — once with
 * JavaScript on, once with it off (a first sending with a question left out comes back with the
 * other answers kept) — and lands on the thanks page. The unit and service are chosen by the link;
 * axe finds nothing serious and nothing scrolls sideways; the page loads no script at all.
 */
import type { Page } from 'playwright-core';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceProducts, units } from '../server/db/schema';
import { zoneOfGovernment } from '../shared/format/time-zones';
import { unitPlace } from '../server/modules/surveys-public/survei.repository';
import {
  counterUrl,
  makePeriod,
  responsesOf,
  type TestPeriod,
} from '../server/modules/surveys-public/survei-test-helpers';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { startE2E, type E2E } from './support';

let e2e: E2E;
let period: TestPeriod;
let url: string;
beforeAll(async () => {
  e2e = await startE2E();
  const db = e2e.database.db;
  // A seeded unit that has a service product; its government's zone decides today's token.
  const [row] = await db
    .select({ unitId: units.id, governmentId: units.governmentId, productId: serviceProducts.id })
    .from(units)
    .innerJoin(serviceProducts, eq(serviceProducts.unitId, units.id))
    .where(and(isNull(units.archivedAt), isNull(serviceProducts.archivedAt)))
    .limit(1);
  period = await makePeriod(db, {
    governmentId: row!.governmentId,
    unitId: row!.unitId,
    productIds: [row!.productId],
  });
  const place = await unitPlace(db, row!.unitId);
  const zone = zoneOfGovernment(place!.regionCode, place!.officeProvinceCodes);
  url = `${e2e.baseUrl}${counterUrl(period, zone, `&p=${row!.productId}`)}`;
});
afterAll(async () => e2e?.close());

async function phone(javaScriptEnabled: boolean): Promise<Page> {
  const context = await e2e.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'id-ID',
    javaScriptEnabled,
    hasTouch: true,
  });
  return context.newPage();
}

/** axe and the overflow check; a JS-off page's HTML is checked in a same-size page (axe is a script). */
async function checkPage(page: Page, name: string, javaScriptEnabled = true) {
  let target = page;
  if (!javaScriptEnabled) {
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
    target = await context.newPage();
    await target.goto(`${e2e.baseUrl}/publik/survei/terima-kasih`);
    await target.setContent(await page.content(), { waitUntil: 'load' });
  }
  await checkA11y(target, { context: name });
  await expectNoHorizontalOverflow(target, name);
  if (target !== page) await target.context().close();
}

async function answerAll(page: Page, values: number[], skip?: number) {
  for (let i = 0; i < values.length; i++)
    if (i + 1 !== skip) await page.locator(`label[for="f-q-U${i + 1}-${values[i]}"]`).click();
}

describe('a respondent answers from the counter QR on a phone', () => {
  it('with JavaScript on', async () => {
    const page = await phone(true);
    await page.goto(url);
    await page.getByRole('heading', { name: 'Survei Kepuasan Masyarakat' }).waitFor();
    expect(await page.$$eval('script', (s) => s.length)).toBe(0);
    expect(await page.locator('select[name="layanan"]').count()).toBe(0); // the link chose the service
    await checkPage(page, 'survey form (JS on)');
    await answerAll(page, [4, 3, 3, 4, 3, 4, 4, 3, 3]);
    await page.selectOption('#f-profil-jenis_kelamin', 'L');
    await page.selectOption('#f-profil-usia', '40-49');
    await page.fill('#f-saran', 'Ruang tunggu mohon ditambah kursi.');
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.waitForURL(/\/publik\/survei\/terima-kasih$/);
    await page.locator('#terima-kasih').waitFor();
    await checkPage(page, 'thanks (JS on)');
    const rows = await responsesOf(e2e.database.db, period.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.answers).toEqual([4, 3, 3, 4, 3, 4, 4, 3, 3]);
    expect(rows[0]!.profile).toEqual({ jenis_kelamin: 'L', usia: '40-49' });
    await page.context().close();
  });

  it('with JavaScript off: a question left out comes back with the other answers kept', async () => {
    const page = await phone(false);
    await page.goto(url);
    await checkPage(page, 'survey form (JS off)', false);
    await answerAll(page, [2, 2, 3, 3, 2, 3, 3, 2, 2], 5);
    await page.selectOption('#f-profil-pendidikan', 'sma');
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.locator('#kesalahan').waitFor();
    expect(await page.locator('#f-q-U5-err').textContent()).toContain('Pilih salah satu jawaban');
    expect(await page.locator('#f-q-U1-2').isChecked()).toBe(true);
    expect(await page.locator('#f-profil-pendidikan').inputValue()).toBe('sma');
    await checkPage(page, 'survey form with an error (JS off)', false);
    await page.locator('label[for="f-q-U5-3"]').click();
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.waitForURL(/\/publik\/survei\/terima-kasih$/);
    await checkPage(page, 'thanks (JS off)', false);
    const rows = await responsesOf(e2e.database.db, period.id);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.answers).toEqual([2, 2, 3, 3, 3, 3, 3, 2, 2]);
    expect(rows.map((r) => r.channel)).toEqual(['counter', 'counter']);
    // Two browsers, two devices: neither is a reuse of the other.
    expect(rows[1]!.deviceHash).not.toBe(rows[0]!.deviceHash);
    await page.context().close();
  });

  it('in English with the switch, and yesterday’s QR is refused with a clear page', async () => {
    const page = await phone(true);
    await page.goto(url);
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Public Satisfaction Survey' }).waitFor();
    await checkPage(page, 'survey form (English)');
    await page.goto(`${e2e.baseUrl}/publik/survei/u/${period.unitId}?k=0000000000000000`);
    await page.locator('#masalah-token').waitFor();
    await checkPage(page, 'expired QR');
    await page.context().close();
  });
});
