/**
 * The pages as a new user meets them, against a running server (`npm start`) on the synthetic
 * dataset: Debian's Chromium signs in through the login form as one account of each role (and
 * opens the public pages anonymously), then follows the app's own links breadth-first from the
 * landing page, at desktop size and again at 390 px. For every page it records the time until the
 * network is idle, any answer ≥ 500, any API answer 4xx, console errors, and (at 390 px) content
 * wider than the screen. Prints one line per page that has a finding and a summary per role;
 * exit 1 on any 5xx, console error or page wider than the phone.
 *   BASE=http://127.0.0.1:3000 DATABASE_URL=… [PAGES_MAX=40] [PAGES_ROLES=admin,unit_pic]
 *   [PROBE_ACCOUNTS=admin=a@x,unit_pic=b@y PROBE_PASSWORD=…] npx tsx bench/probe-pages.ts
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/chromium';
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open';
import { SYNTH_PASSWORD } from '../server/modules/synth/synth.service';
import { synthAccountOf } from './pools';

const BASE = process.env.BASE ?? 'http://127.0.0.1:3000';
const MAX = Number(process.env.PAGES_MAX ?? 40);
const ROLES = (
  process.env.PAGES_ROLES ??
  'anonymous,admin,oversight_head,assessor,gov_coordinator,unit_pic,internal_verifier'
).split(',');
const SLOW_MS = 3000;
/** The synth's password by default; `PROBE_PASSWORD=patuh-demo-2024` with PROBE_ACCOUNTS walks the demo. */
const PASSWORD = process.env.PROBE_PASSWORD ?? SYNTH_PASSWORD;

interface Finding {
  url: string;
  width: number;
  ms: number;
  serverErrors: string[];
  apiClientErrors: string[];
  consoleErrors: string[];
  overflow: number;
}

async function visit(page: Page, url: string, width: number): Promise<Finding> {
  const finding: Finding = {
    url,
    width,
    ms: 0,
    serverErrors: [],
    apiClientErrors: [],
    consoleErrors: [],
    overflow: 0,
  };
  const onResponse = (res: { status(): number; url(): string }) => {
    const where = `${res.status()} ${res.url().replace(BASE, '')}`;
    if (res.status() >= 500) finding.serverErrors.push(where);
    else if (res.status() >= 400 && res.url().includes('/api/')) finding.apiClientErrors.push(where);
  };
  const onConsole = (msg: { type(): string; text(): string }) => {
    const text = msg.text().slice(0, 160);
    if (msg.type() === 'error' && !finding.consoleErrors.includes(text)) finding.consoleErrors.push(text);
  };
  page.on('response', onResponse);
  page.on('console', onConsole);
  const started = performance.now();
  await page.goto(`${BASE}${url}`, { waitUntil: 'networkidle', timeout: 30_000 }).catch((err: Error) => {
    finding.consoleErrors.push(`navigation: ${err.message.split('\n')[0]}`);
  });
  finding.ms = Math.round(performance.now() - started);
  if (width < 500)
    finding.overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  page.off('response', onResponse);
  page.off('console', onConsole);
  return finding;
}

/**
 * The app's own links on the page: same origin, not the API, not a file. Signing out is a button,
 * not a link, so the walk never meets it.
 */
async function linksOf(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (as) =>
    as.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href),
  );
  return hrefs
    .filter((h) => h.startsWith(BASE))
    .map((h) => h.slice(BASE.length).split('#')[0]!)
    .filter((h) => h.startsWith('/') && !h.startsWith('/api/') && !/\.(pdf|xlsx|csv|zip)(\?|$)/.test(h));
}

async function walk(browser: Browser, role: string, email: string | null): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const width of [1280, 390]) {
    const context = await browser.newContext({
      viewport: { width, height: width < 500 ? 844 : 860 },
      locale: 'id-ID',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    let start = '/';
    if (email) {
      await page.goto(`${BASE}/login`);
      await page.getByTestId('login-email').fill(email);
      await page.getByTestId('login-password').fill(PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 30_000 });
      start = new URL(page.url()).pathname;
    }
    const seen = new Set<string>([start]);
    const queue = [start];
    // A list's many detail links count as one shape: /x/<id> once per x.
    const shapes = new Set<string>();
    while (queue.length && findings.filter((f) => f.width === width).length < MAX) {
      const url = queue.shift()!;
      const finding = await visit(page, url, width);
      findings.push(finding);
      for (const link of await linksOf(page)) {
        const shape = link.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id').replace(/\?.*$/, '');
        if (seen.has(link) || shapes.has(shape)) continue;
        seen.add(link);
        shapes.add(shape);
        queue.push(link);
      }
    }
    await context.close();
  }
  return findings;
}

/**
 * One account per role: `PROBE_ACCOUNTS=role=email,…` (the demo: its database is PGlite, which only
 * the server may open), else the first synth account of each role in DATABASE_URL.
 */
async function accounts(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (process.env.PROBE_ACCOUNTS) {
    for (const pair of process.env.PROBE_ACCOUNTS.split(',')) {
      const [role, email] = pair.split('=');
      if (role && email) out.set(role, email);
    }
    return out;
  }
  const database = await openConfiguredDatabase(loadConfig(), { migrate: false });
  for (const role of ROLES) {
    const account = role === 'anonymous' ? null : await synthAccountOf(database, role);
    if (account) out.set(role, account.email);
  }
  await database.close();
  return out;
}

const byRole = await accounts();
const browser = await launchChromium();
let failures = 0;
for (const role of ROLES) {
  const email = role === 'anonymous' ? null : (byRole.get(role) ?? null);
  if (role !== 'anonymous' && !email) {
    console.warn(`probe-pages: no account with role ${role}; skipped`);
    continue;
  }
  const findings = await walk(browser, role, email);
  const times = findings.map((f) => f.ms).sort((a, b) => a - b);
  for (const f of findings) {
    const bad =
      f.serverErrors.length ||
      f.consoleErrors.length ||
      f.overflow > 0 ||
      f.apiClientErrors.length ||
      f.ms > SLOW_MS;
    if (!bad) continue;
    if (f.serverErrors.length || f.consoleErrors.length || f.overflow > 0) failures += 1;
    console.info(
      `  ${role} ${f.width}px ${f.url} ${f.ms} ms${f.serverErrors.length ? ` 5xx: ${f.serverErrors.join(', ')}` : ''}${f.apiClientErrors.length ? ` 4xx: ${f.apiClientErrors.join(', ')}` : ''}${f.consoleErrors.length ? ` console: ${f.consoleErrors.join(' | ')}` : ''}${f.overflow > 0 ? ` wider than the phone by ${f.overflow} px` : ''}`,
    );
  }
  console.info(
    `pages ${role}: ${findings.length} pages, median ${times[Math.floor(times.length / 2)] ?? 0} ms, slowest ${times.at(-1) ?? 0} ms`,
  );
}
await browser.close();
console.info(`probe-pages: ${failures} pages with a 5xx, a console error or overflow at 390 px`);
process.exit(failures ? 1 : 0);
