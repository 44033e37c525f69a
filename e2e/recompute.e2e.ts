/**
 * Issue 9 in Chromium: "Hitung ulang" only queues the recompute job (202). The admin sees
 * "Sedang dihitung ulang…" (the button disabled) until the job has run, then the button again and
 * the success notice. The e2e server starts no job runner: the test runs the job as `npm start`'s
 * runner would.
 */
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycles } from '../server/db/schema-assessments';
import { recomputeJob } from '../server/jobs/definitions/recompute.job';
import { JobRunner } from '../server/jobs/job-runner';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e?.close());

describe('recompute from the cycle page', () => {
  it('shows the queued recompute until its job has run', async () => {
    // An official cycle: the demo's shared internal one (Bangka Barat) is read-only for the admin.
    const [cycle] = await e2e.database.db
      .select()
      .from(cycles)
      .where(and(ne(cycles.status, 'planning'), eq(cycles.kind, 'official')))
      .limit(1);
    const page = await e2e.newPage();
    await page.setViewportSize({ width: 390, height: 844 }); // a phone: the badge must fit beside the buttons
    await loginAs(page, e2e.baseUrl, 'admin@patuh.local');
    await page.goto(`${e2e.baseUrl}/cycles/${cycle!.id}`);
    const button = page.getByTestId('cycle-recompute');
    await button.click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('confirm-ok').count()).toBe(0);
    await expect
      .poll(() => page.getByText('Hitung ulang dijadwalkan; nilai diperbarui sebentar lagi.').count())
      .toBeGreaterThan(0);
    await page.waitForTimeout(400); // the modal's and the notice's transitions (axe reads their colours)

    const badge = page.getByTestId('cycle-recomputing');
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toBe('Sedang dihitung ulang…');
    expect(await button.isDisabled()).toBe(true);
    await checkA11y(page, { context: 'cycle page, recompute queued' });
    await expectNoHorizontalOverflow(page, 'cycle page, recompute queued (390 px)');

    await new JobRunner(e2e.database, e2e.app.deps.config, [recomputeJob] as never[]).tick();
    // The page polls every 2 s; once the job is done the badge goes and the button comes back.
    await expect.poll(() => badge.count(), { timeout: 15_000 }).toBe(0);
    expect(await button.isDisabled()).toBe(false);
    await expect
      .poll(() => page.getByText('Nilai dihitung ulang.').count(), { timeout: 5_000 })
      .toBeGreaterThan(0);
  });
});
