/**
 * Bytes a reader's first visit downloads (page and service worker together),
 * for the README's build numbers: opens `<url>#/<slug>?preset=tiny` in a fresh
 * headless Chromium, waits for the first chart and for the service worker to
 * settle, and sums every response body.
 * Usage: node scripts/firstVisitBytes.mjs http://localhost:4173/ gopher
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const [base = 'http://localhost:4173/', slug = 'gopher'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
const context = await browser.newContext();
let bytes = 0;
let files = 0;
const pending = [];
context.on('requestfinished', (r) => {
  pending.push(r.sizes().then((s) => { bytes += s.responseBodySize; files++; }, () => {}));
});
const page = await context.newPage();
await page.goto(`${base}#/${slug}?preset=tiny`);
await page.locator('[data-plot] .main-svg').first().waitFor({ timeout: 120_000 });
// The service worker installs after the page has loaded; give it time to fetch what it precaches.
await page.evaluate(() => navigator.serviceWorker?.ready);
await page.waitForTimeout(Number(process.env.SETTLE_MS ?? 15_000));
await Promise.all(pending);
console.log(`first visit to #/${slug}: ${files} responses, ${(bytes / 1e6).toFixed(2)} MB`);
await browser.close();
