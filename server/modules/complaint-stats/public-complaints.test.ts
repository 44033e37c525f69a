/**
 * The public government page's "Pengaduan ke Ombudsman" section: absent while a government has no
 * report, then the counts per year (received, closed, share) and per form — equal to what the
 * database holds — and never a reporter or any text of a case (the bytes are searched), in both
 * languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { identityKeysOf } from '../../lib/identity-crypto';
import { createTestContext, type TestContext } from '../../test/harness';
import { DEMO_CASES, seedDemoComplaints } from '../demo/demo-complaints';
import { seedDemo } from '../demo/demo.service';

let ctx: TestContext;
const get = (url: string) => ctx.app.inject({ method: 'GET', url, headers: { host: 'patuh.example' } });
const q = <T>(text: string, params: unknown[] = []) => ctx.database.query<T>(text, params);

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.database);
}, 180_000);
afterAll(async () => ctx?.close());

describe('public government page: complaints section', () => {
  it('has no section while there is no report', async () => {
    const res = await get('/publik/pemerintah/63.11');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('data-section="complaints"');
  });

  it('shows counts only, equal to the database, in both languages', async () => {
    await seedDemoComplaints(
      ctx.database,
      identityKeysOf(loadConfig({ PATUH_DATA_DIR: ctx.dataDir } as NodeJS.ProcessEnv)),
    );
    ctx.app.readCaches.responses.invalidate();
    const [gov] = await q<{ id: string }>(`select id from governments where region_code = '63.11'`);
    const [expected] = await q<{ year: number; received: number; closed: number }>(
      `select extract(year from received_at + interval '7 hours')::int as year, count(*)::int as received,
         (count(*) filter (where stage = 'selesai'))::int as closed
       from complaints where body_government_id = $1 group by 1 order by 1 desc limit 1`,
      [gov!.id],
    );
    expect(expected!.received).toBeGreaterThan(0);
    const res = await get('/publik/pemerintah/63.11');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Pengaduan ke Ombudsman');
    const section = res.body.slice(res.body.indexOf('data-section="complaints"'));
    const row = new RegExp(
      `<th scope="row">${expected!.year}</th>\\s*<td class="num">${expected!.received}</td>\\s*<td class="num">${expected!.closed}</td>`,
    );
    expect(section).toMatch(row);
    expect(section).toContain('Bentuk maladministrasi yang dilaporkan');
    const en = await get('/publik/pemerintah/63.11?lang=en');
    expect(en.body).toContain('Complaints to the Ombudsman');
    for (const body of [res.body, en.body]) {
      for (const c of DEMO_CASES) {
        expect(body).not.toContain(c.subject);
        expect(body).not.toContain(c.description);
      }
      expect(body).not.toContain('Warga Uji');
      expect(body).not.toContain('example.test');
      expect(body).not.toContain('LM-');
    }
  });
});
