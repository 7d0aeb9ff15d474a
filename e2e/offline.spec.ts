/**
 * Offline on request: the first visit precaches only the app shell; the
 * notebook tools say how many bytes a panel needs, cache it when asked, and
 * the header says what is cached. Then the panel opens and trains offline.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const DIST = process.env.PW_DIST ?? 'dist';
const TINY = '/#/gopher?preset=tiny&backend=cpu';

test('a first visit caches the shell only; "make this panel available offline" caches gopher, which then trains offline', async ({ page, context }) => {
  test.setTimeout(300_000);
  const index = JSON.parse(readFileSync(`${DIST}/offline.json`, 'utf8')) as { shell: string[]; bytes: Record<string, number> };
  const allBytes = Object.values(index.bytes).reduce((a, b) => a + b, 0);
  const shellBytes = index.shell.reduce((a, f) => a + (index.bytes[f] ?? 0), 0);

  await page.goto(TINY);
  await expect(page.getByTestId('offline')).toHaveAttribute('data-state', 'ready', { timeout: 120_000 });
  await expect(page.getByTestId('offline')).toHaveText('available offline: home page only');
  const cachedBytes = await page.evaluate(async () => {
    let n = 0;
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) n += (await (await (await caches.open(name)).match(r))!.arrayBuffer()).byteLength;
    return n;
  });
  console.log(`first visit: service worker cached ${(cachedBytes / 1e6).toFixed(2)} MB (shell ${(shellBytes / 1e6).toFixed(2)} MB) of ${(allBytes / 1e6).toFixed(1)} MB built`);
  expect(cachedBytes).toBeLessThan(allBytes / 10);

  await page.getByTestId('offline-tools').locator('summary').click();
  const button = page.getByTestId('offline-panel');
  await expect(button).toContainText(/Make this panel available offline \([\d.]+ (MB|KB) to download\)/);
  await expect(page.getByTestId('offline-all')).toContainText(/Make all panels available offline \([\d.]+ MB\)/);
  await button.click();
  await expect(page.getByTestId('offline-here')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('offline')).toHaveText('available offline: gopher');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('offline')).toHaveText('available offline: gopher');
  // What the page and its workers said, printed if the offline run does not finish.
  const said: string[] = [];
  page.on('console', (m) => said.push(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => said.push(`pageerror: ${e.message}`));
  page.on('worker', (w) => said.push(`worker started: ${w.url()}`));
  page.on('requestfailed', (r) => said.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`));
  await page.goto(`${TINY}&run=1`);
  try {
    await expect(page.getByTestId('run-state')).toContainText(/Done|error/, { timeout: 120_000 });
    await expect(page.getByTestId('run-state')).toContainText('Done');
  } catch (e) {
    const runner = await page.evaluate(() => JSON.stringify((window as unknown as { __paperNotebook: { runner: { getSnapshot(): unknown } } }).__paperNotebook.runner.getSnapshot()));
    console.log(`offline run did not finish. runner: ${runner}\n${said.join('\n')}`);
    throw e;
  }
  await context.setOffline(false);
});

test('the web app manifest names the app, its icons and theme colour', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('<link rel="manifest" href="./manifest.webmanifest"');
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { name: string; theme_color: string; icons: { src: string; sizes: string }[] };
  expect(manifest.name).toBe('Paper Notebook');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  for (const size of ['192x192', '512x512']) expect(manifest.icons.some((i) => i.sizes === size)).toBe(true);
  for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).status()).toBe(200);
});
