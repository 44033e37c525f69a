/**
 * Debian's Chromium, headless, with the flags this machine's closed network needs (no background
 * networking, no component updates). Used by the browser journeys (e2e/support.ts) and the pages
 * probe (bench/probe-pages.ts).
 */
import { chromium, type Browser } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
