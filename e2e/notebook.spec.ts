/**
 * Notebook features on a real panel (Gopher's tiny preset on the CPU backend:
 * these tests are about history, export, links, embedding and keys (offline: offline.spec.ts),
 * not about WebGPU, which the panel specs prove).
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { setParam, watchConsole } from './helpers';

const TINY = '/#/gopher?preset=tiny&backend=cpu';

async function runToDone(page: Page): Promise<void> {
  await expect(page.getByTestId('run-state')).toContainText(/Done|error/, { timeout: 400_000 });
  await expect(page.getByTestId('run-state')).toContainText('Done');
}

async function hasCurve(page: Page, plot: string): Promise<void> {
  await expect.poll(async () => (await tracesOf(page, plot)).some((t) => (t.x?.length ?? 0) > 0)).toBe(true);
}

async function tracesOf(page: Page, plot: string): Promise<{ name?: string; x?: unknown[] }[]> {
  return page.locator(`[data-plot="${plot}"]`).evaluate((el) => (el as unknown as { data?: { name?: string; x?: unknown[] }[] }).data ?? []);
}

test('runs are kept across reloads, compared, exported, imported elsewhere and shared with results', async ({ page, browser }) => {
  test.setTimeout(900_000);
  const errors = watchConsole(page);
  await page.goto(`${TINY}&seed=1&run=1`);
  await runToDone(page);

  // A second run with another seed, reset part-way (kept as stopped); reload; both are in the drawer.
  await setParam(page, 'seed', '2');
  await page.getByTestId('run').click();
  await expect.poll(async () => Number((await page.getByTestId('tensors').textContent())?.match(/step (\d+)/)?.[1]), { timeout: 120_000 }).toBeGreaterThanOrEqual(3);
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('runs-toggle')).toContainText('Runs (2)');
  await page.reload();
  await page.getByTestId('runs-toggle').click();
  await expect(page.getByTestId('run-item')).toHaveCount(2);
  await expect(page.locator('[data-testid="run-item"][data-end="stopped"]')).toHaveCount(1);

  // Compare: two traces in one chart, named by what differs (the seed).
  await page.getByTestId('run-select').nth(0).check();
  await page.getByTestId('run-select').nth(1).check();
  await expect.poll(async () => (await tracesOf(page, 'runs-compare')).map((t) => t.name).sort()).toEqual(['seed=1', 'seed=2']);

  // Rename survives a reload; re-open restores params and shows stored curves without running.
  await page.getByTestId('run-name').nth(1).fill('first seed');
  await page.getByTestId('run-name').nth(1).press('Enter');
  await expect(page.getByTestId('run-item').nth(1)).toHaveAttribute('data-name', 'first seed');
  await page.reload();
  await page.getByTestId('runs-toggle').click();
  await expect(page.getByTestId('run-name').nth(1)).toHaveValue('first seed');
  await page.getByTestId('run-open').nth(1).click();
  await expect(page.getByTestId('origin-banner')).toHaveAttribute('data-origin', 'history');
  await expect(page.getByTestId('param-seed')).toHaveValue('1');
  await expect(page.getByTestId('run-state')).toContainText('Ready');
  await hasCurve(page, 'gopher-training');

  // Export the metrics as CSV and the whole run as a file.
  await page.getByTestId('export').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect((await readFile(await csv.path())).toString()).toMatch(/^step,/);
  const [runFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  const runJson = await readFile(await runFile.path());
  const [weightsFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-weights').click()]);
  const weights = await readFile(await weightsFile.path());
  expect(weights.subarray(0, 4).toString()).toBe('PNW1');

  // Share with results.
  await page.getByTestId('share-results').click();
  const resultUrl = await page.getByTestId('share-results-url').inputValue();
  expect(resultUrl).toContain('results=r1.');
  expect(resultUrl.length).toBeLessThanOrEqual(8192);
  expect(errors).toEqual([]);

  // Another browser: import the run file; it shows up without running.
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto('/#/gopher?preset=tiny&backend=cpu');
  await p2.getByTestId('import-run').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"x"}') });
  await expect(p2.getByTestId('import-problem')).toContainText('not a Paper Notebook run file');
  await p2.getByTestId('import-run').setInputFiles({ name: 'run.json', mimeType: 'application/json', buffer: runJson });
  await expect(p2.getByTestId('origin-banner')).toHaveAttribute('data-origin', 'history');
  await expect(p2.getByTestId('runs-toggle')).toContainText('Runs (1)');
  await hasCurve(p2, 'gopher-training');

  // ...and load the trained weights there: the next run starts every model from them.
  await p2.getByTestId('load-weights').setInputFiles({ name: 'bad.weights', mimeType: 'application/octet-stream', buffer: Buffer.from('nope') });
  await expect(p2.getByTestId('import-problem')).toContainText('not a usable weights file');
  await p2.getByTestId('load-weights').setInputFiles({ name: 'tiny.weights', mimeType: 'application/octet-stream', buffer: weights });
  await expect(p2.getByTestId('weights-banner')).toContainText('tiny.weights');
  await p2.getByTestId('run').click();
  await expect(p2.getByTestId('weights-banner')).toContainText(/all \d+ tensors from the loaded weights/, { timeout: 120_000 });
  await p2.getByTestId('reset').click();
  await other.close();

  // A third browser opens the result link: curves before any training, then a verifying re-run overlays.
  const third = await browser.newContext();
  const p3 = await third.newPage();
  await p3.goto(resultUrl);
  await expect(p3.getByTestId('origin-banner')).toHaveAttribute('data-origin', 'link');
  await expect(p3.getByTestId('run-state')).toContainText('Ready');
  await hasCurve(p3, 'gopher-training');
  await p3.reload();
  await expect(p3.getByTestId('origin-banner')).toHaveAttribute('data-origin', 'link');
  await p3.getByTestId('verify').click();
  await expect.poll(async () => (await tracesOf(p3, 'link-compare')).map((t) => `${t.name}:${(t.x?.length ?? 0) > 0}`), { timeout: 120_000 })
    .toEqual(['from the link:true', 're-run here:true']);
  await p3.getByTestId('reset').click();

  // A damaged result link, opened afresh, keeps the params and says why.
  const p4 = await third.newPage();
  await p4.goto(resultUrl.slice(0, resultUrl.length - 40));
  await expect(p4.getByTestId('notices')).toContainText('results in this link are damaged');
  await expect(p4.getByTestId('param-seed')).toHaveValue('1');
  await third.close();
});

test('embed=1 shows the panel without the site chrome; keys run, pause, step and reset', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/#/gopher?preset=tiny&backend=cpu&embed=1');
  await expect(page.getByTestId('run')).toBeVisible();
  await expect(page.locator('.app-header')).toHaveCount(0);
  await expect(page.getByTestId('run-tools')).toHaveCount(0);
  await expect(page.locator('.prose').first()).toBeHidden();
  await setParam(page, 'seed', '5');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('embed=1');

  await page.goto('/#/gopher?preset=tiny&backend=cpu');
  await expect(page.getByTestId('run-tools')).toBeVisible();
  await expect(page.getByTestId('run')).toBeVisible();
  await page.locator('body').press('?');
  await expect(page.getByTestId('keys-overlay')).toBeVisible();
  await page.locator('body').press('?');
  await expect(page.getByTestId('keys-overlay')).toHaveCount(0);
  await page.locator('body').press(' ');
  await expect(page.getByTestId('run-state')).toContainText('Running', { timeout: 60_000 });
  await page.locator('body').press(' ');
  await expect(page.getByTestId('run-state')).toContainText('Paused');
  const before = Number((await page.getByTestId('tensors').textContent())?.match(/step (\d+)/)?.[1]);
  await page.locator('body').press('s');
  await expect.poll(async () => Number((await page.getByTestId('tensors').textContent())?.match(/step (\d+)/)?.[1])).toBeGreaterThan(before);
  // Reset stops the run and puts the recorded run back on screen: the bar is ready again and says what
  // the plots show, and the stopped run is kept in the Runs drawer.
  await page.locator('body').press('r');
  await expect(page.getByTestId('run-state')).toContainText('Ready');
  await expect(page.getByTestId('recorded-note')).toContainText('tiny preset');
  await expect(page.getByTestId('runs-toggle')).toContainText('(1)');
  // The screen is free again: another preset shows its own recorded run.
  await page.getByTestId('preset').selectOption('default');
  await expect(page.getByTestId('recorded-note')).toContainText('default preset');
});
