/**
 * "Tindak lanjut saran Ombudsman" on Balangan's public page in Chromium (issue 17 §7): on a
 * 390 px phone, with the item list opened, the section shows the progress of the released 2023
 * assessment's saran perbaikan (one done of two added here), nothing scrolls sideways, axe finds
 * nothing serious, and a complaint's corrective action added beside them is nowhere on the page.
 * Items are written straight into the database, then the response cache is emptied as an
 * authenticated write does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { startE2E, type E2E } from './support';

let e2e: E2E;
const DONE = 'Pasang papan maklumat pelayanan (uji e2e)';
const OPEN = 'Sediakan ruang laktasi di ruang tunggu (uji e2e)';
const CORRECTIVE = 'Kembalikan pungutan yang tidak sah (uji e2e)';

beforeAll(async () => {
  e2e = await startE2E();
  const q = e2e.database.query.bind(e2e.database);
  const [row] = await q<{ government_id: string; cycle_id: string; office_id: string; unit_id: string }>(
    `select rr.government_id, rr.cycle_id, g.office_id,
       (select u.id from units u where u.government_id = g.id and u.archived_at is null order by u.name limit 1) as unit_id
     from result_releases rr
     join cycles c on c.id = rr.cycle_id
     join governments g on g.id = rr.government_id
     where g.region_code = '63.11' and rr.withdrawn_at is null and c.status = 'published'
     order by c.year desc limit 1`,
  );
  if (!row) throw new Error('the demo has no live release for Balangan');
  const insert = (kind: string, action: string, status: string, cycle: string | null) =>
    q(
      `insert into followup_items (kind, issuer, source_type, office_id, government_id, unit_id, cycle_id,
         addressee, action, due_on, status)
       values ($1, 'office', $2, $3, $4, $5, $6, 'Kepala Dinas', $7, '2030-06-30', $8)`,
      [
        kind,
        cycle ? 'cycle' : 'complaint',
        row.office_id,
        row.government_id,
        row.unit_id,
        cycle,
        action,
        status,
      ],
    );
  await insert('saran_perbaikan', DONE, 'selesai', row.cycle_id);
  await insert('saran_perbaikan', OPEN, 'terbuka', row.cycle_id);
  await insert('tindakan_korektif', CORRECTIVE, 'selesai', null);
  e2e.app.readCaches.responses.invalidate();
});
afterAll(async () => e2e?.close());

describe('the public follow-up section', () => {
  it('on a phone: progress and the items, fits 390 px, accessible, no corrective action', async () => {
    const context = await e2e.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'id-ID',
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`${e2e.baseUrl}/publik/pemerintah/63.11`);
    const section = page.getByTestId('gov-followups');
    await section.getByRole('heading', { level: 2, name: 'Tindak lanjut saran Ombudsman' }).waitFor();
    expect(await section.getByTestId('followup-progress').textContent()).toMatch(/dari \d+ butir selesai/);
    await section.locator('summary').click();
    const items = section.getByTestId('followup-items');
    const done = items.getByRole('row').filter({ hasText: DONE });
    expect(await done.textContent()).toContain('Selesai');
    expect(await items.getByRole('row').filter({ hasText: OPEN }).textContent()).toContain('Dalam proses');
    expect(await page.content()).not.toContain(CORRECTIVE);
    await checkA11y(page, { context: 'public follow-ups' });
    await expectNoHorizontalOverflow(page, 'public follow-ups');
    const json = await page.request.get(`${e2e.baseUrl}/api/public/v1/governments/63.11/followups.json`);
    expect(json.status()).toBe(200);
    const body = await json.text();
    expect(body).toContain(DONE);
    expect(body).not.toContain(CORRECTIVE);
    await context.close();
  });
});
