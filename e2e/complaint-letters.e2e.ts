/**
 * A clarification letter reaches the reported body, in the browser. The officer's compose, identity
 * check and send run through the API here (complaint-journey.e2e.ts clicks them on the case page).
 * The body's coordinator then opens the letter on a 390 px phone at /surat-ombudsman, sees its text
 * and no trace of the reporter, downloads the PDF, and uploads the signed reply; the reply meets the
 * letter's clock. axe checks each state.
 */
import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../server/db/schema';
import { complaintDeadlines, complaintLetters } from '../server/db/schema-complaints';
import { identityKeysOf } from '../server/lib/identity-crypto';
import { createReport } from '../server/modules/complaints/complaints.create';
import { signIn } from '../server/test/harness';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { DEMO_PASSWORD, loginAs, startE2E, type E2E } from './support';

const REPORTER = {
  fullName: 'Rahmat Hidayat',
  nik: '6311011204850002',
  phone: '081355501234',
  email: 'rahmat@contoh.test',
};
const COORDINATOR = 'koordinator.balangan@patuh.local';
const OFFICER = 'asesor.kalsel@patuh.local';

let e2e: E2E;
let letterId: string;
beforeAll(async () => {
  e2e = await startE2E();
  const db = e2e.database.db;
  const [coord] = await db.select().from(users).where(eq(users.email, COORDINATOR));
  const c = await createReport(db, identityKeysOf(e2e.app.deps.config), {
    identity: REPORTER,
    body: { kind: 'pemda', name: 'Disdukcapil Balangan', governmentId: coord!.governmentId! },
    subject: 'Pungutan pada pembuatan akta kelahiran',
    description: 'Petugas loket meminta biaya tambahan untuk akta kelahiran anak saya.',
    confidential: true,
    consent: true,
    channel: 'web',
  });
  const officer = await signIn(e2e.app, OFFICER, DEMO_PASSWORD);
  const draft = await officer.post(`/api/complaints/${c.id}/letters`, {
    kind: 'klarifikasi',
    addresseeGovernmentId: coord!.governmentId,
    addresseeName: 'Bupati Balangan',
    subject: 'Permintaan klarifikasi layanan akta kelahiran',
    body: 'Ombudsman menerima laporan tentang dugaan pungutan pada layanan akta kelahiran di Disdukcapil.\n\nKami mohon penjelasan Saudara beserta dokumen pendukung.',
    signatoryName: 'Hadi Rahman',
    signatoryTitle: 'Kepala Perwakilan Kalimantan Selatan',
    letterDate: new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10),
  });
  if (draft.statusCode !== 201) throw new Error(`draft ${draft.statusCode} ${draft.body}`);
  letterId = draft.json<{ id: string }>().id;
  const confirm = await officer.post(`/api/complaint-letters/${letterId}/confirm-identity`, {
    confirm: true,
  });
  if (confirm.statusCode !== 200) throw new Error(`confirm ${confirm.statusCode} ${confirm.body}`);
  const send = await officer.post(`/api/complaint-letters/${letterId}/send`, { attachmentIds: [] });
  if (send.statusCode !== 200) throw new Error(`send ${send.statusCode} ${send.body}`);
}, 240_000);
afterAll(async () => e2e?.close());

async function phone(email: string): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
  const page = await context.newPage();
  await loginAs(page, e2e.baseUrl, email);
  return page;
}

describe('a clarification letter in the body’s inbox', () => {
  it('the coordinator opens it on a phone, downloads the PDF and uploads the signed reply', async () => {
    const page = await phone(COORDINATOR);
    await page.goto(`${e2e.baseUrl}/surat-ombudsman`);
    await page.getByTestId('body-inbox').waitFor();
    await page.getByText('Permintaan klarifikasi layanan akta kelahiran').waitFor();
    await expectNoHorizontalOverflow(page, 'body inbox');
    await checkA11y(page, { context: 'body inbox (phone)' });
    await page.getByTestId('body-letter-open').first().click();
    const letter = page.getByTestId('body-letter');
    await letter.waitFor();
    const text = (await letter.textContent()) ?? '';
    expect(text).toContain('Bupati Balangan');
    expect(text).toContain('dugaan pungutan');
    for (const s of Object.values(REPORTER)) expect(text).not.toContain(s);
    expect(text).not.toContain('biaya tambahan untuk akta kelahiran anak saya');
    await checkA11y(page, { context: 'body letter (phone)' });
    const pdf = await page.request.get(`${e2e.baseUrl}/api/body/letters/${letterId}/pdf`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.locator('[data-testid="body-letter"] input[type="file"]').setInputFiles({
      name: 'balasan-bertanda-tangan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%balasan\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await page.getByTestId('reply-note').fill('Terlampir jawaban Bupati.');
    await page.getByTestId('reply-submit').click();
    await page.getByText('Balasan terkirim.').waitFor();
    await expect
      .poll(async () => {
        const [row] = await e2e.database.db
          .select()
          .from(complaintLetters)
          .where(eq(complaintLetters.id, letterId));
        return row?.replyNote;
      })
      .toBe('Terlampir jawaban Bupati.');
    const [clock] = await e2e.database.db
      .select()
      .from(complaintDeadlines)
      .where(and(eq(complaintDeadlines.letterId, letterId)));
    expect(clock?.status).toBe('terpenuhi');
    await expect.poll(() => page.getByText('Dibalas').first().isVisible()).toBe(true);
    await expectNoHorizontalOverflow(page, 'body inbox');
    await checkA11y(page, { context: 'body inbox after the reply (phone)' });
    await page.context().close();
  });
});
