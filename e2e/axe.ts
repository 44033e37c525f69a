/**
 * Accessibility checks in the browser journeys: axe-core (the engine behind Lighthouse's
 * accessibility audit) injected into the page, and a phone-width overflow check.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/**
 * Runs axe on the page (or the part `include` selects) and fails with a readable list when it
 * finds a critical or serious violation of WCAG 2.x A/AA. `context` names the page in the message.
 */
export async function checkA11y(page: Page, { context, include }: { context: string; include?: string }) {
  await page.waitForLoadState('networkidle');
  // The browser runs with reduced motion (e2e/support.ts), so the theme's fades are off.
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
  // axe reads colours as they are painted: a notification or modal still fading in gives a
  // contrast of ~1:1. Wait for every finite animation and transition on the page to end.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime ?? Infinity)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  // Evaluated, not added as a <script>: the app's Content-Security-Policy allows no inline script.
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(selector ? { include: [selector] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    })) as { violations: AxeViolation[] };
    return result.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
        count: v.nodes.length,
      }));
  }, include ?? null);
  const report = violations
    .map((v) => `[${v.impact}] ${v.id} (${v.count}): ${v.help}\n    ${v.nodes.join('\n    ')}`)
    .join('\n');
  expect(violations, `axe on ${context}:\n${report}`).toEqual([]);
}

/** The page fits the viewport's width: nothing to scroll sideways (a 390 px phone). */
export async function expectNoHorizontalOverflow(page: Page, context: string) {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(
    widths.page,
    `${context}: ${widths.page}px wide on a ${widths.viewport}px screen`,
  ).toBeLessThanOrEqual(widths.viewport);
}

/**
 * Every element the locator finds lies inside the screen's width as the page loads: a wide table
 * that scrolls inside its card keeps the whole page within the screen, yet can hide the figure a
 * user came for past the card's right edge.
 */
export async function expectInsideScreen(page: Page, locator: Locator, context: string) {
  const viewport = await page.evaluate(() => window.innerWidth);
  const edges = await locator.evaluateAll((els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect();
      return { left: box.left, right: box.right };
    }),
  );
  expect(edges.length, `${context}: nothing found`).toBeGreaterThan(0);
  for (const [i, edge] of edges.entries()) {
    expect(edge.left, `${context} #${i}: starts left of the screen`).toBeGreaterThanOrEqual(0);
    expect(
      edge.right,
      `${context} #${i}: ends at ${edge.right}px on a ${viewport}px screen`,
    ).toBeLessThanOrEqual(viewport);
  }
}
