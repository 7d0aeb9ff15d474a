/**
 * Issue 23: every panel answers a change while it trains. On each panel's tiny
 * preset on WebGPU: a live field changed mid-run applies at the next step (the
 * run bar says so, a chart over steps marks it, the stored run keeps it); a
 * restart field changed mid-run starts a fresh run within about a second, the
 * old curves stay faded, and the Runs drawer keeps the replaced run. Then a
 * tweaked run shared with its results is re-run elsewhere and matches exactly.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectWebGpu, paramControl, setParam, watchConsole } from './helpers';
import type { MetricRow } from '../src/core/runner/RunRecorder';
import { withoutThroughput } from '../src/core/runner/throughput';
import { fadedGroups } from './liveTraces';

interface LiveCase {
  slug: string;
  /** A live field (URL key) and a value to give it mid-run. */
  live: [string, string];
  /** A restart field (URL key) and a value that restarts cheaply. */
  restart: [string, string];
  /** A chart over the run's steps that draws rows during a tiny run. */
  plot: string;
  /** Extra link settings for a run long enough to pause in. */
  query?: string;
}

const CASES: LiveCase[] = [
  { slug: 'chinchilla', live: ['lr', '0.003'], restart: ['seed', '7'], plot: 'chinchilla-live' },
  { slug: 'routed-scaling', live: ['lr', '0.003'], restart: ['seed', '7'], plot: 'routed-balance' },
  { slug: 'retro', live: ['lr', '0.01'], restart: ['seed', '7'], plot: 'retro-train' },
  { slug: 'gopher', live: ['lr', '0.003'], restart: ['seed', '7'], plot: 'gopher-schedule' },
  { slug: 'algebranets', live: ['lr', '0.01'], restart: ['seed', '7'], plot: 'algebranets-training', query: 'steps=40' },
  { slug: 'rims', live: ['lr', '0.003'], restart: ['seed', '7'], plot: 'rims-training', query: 'steps=40&evev=10' },
  { slug: 'crystal-density', live: ['lr', '0.003'], restart: ['seed', '7'], plot: 'crystal-vae', query: 'vs=20' },
  { slug: 'infograph', live: ['lr', '0.003'], restart: ['seed', '7'], plot: 'infograph-mi', query: 'epochs=6' },
  { slug: 'vgraph', live: ['lr', '0.003'], restart: ['seed', '7'], plot: 'vgraph-elbo' },
  { slug: 'teacher-mompo', live: ['plr', '0.003'], restart: ['seed', '7'], plot: 'teacher-success', query: 'steps=400' },
];

/** A metrics export's rows without the machine's throughput (tokens/s, ms per evaluation): what two runs must share. */
function trainingRows(json: string): MetricRow[] {
  const rows = (JSON.parse(json) as { rows: MetricRow[] }).rows;
  return withoutThroughput(rows);
}

/** The step the run bar shows ("step 12 · tensors …"). */
async function shownStep(page: Page): Promise<number> {
  const text = (await page.getByTestId('tensors').textContent()) ?? '';
  return Number(/step (\d+)/.exec(text)?.[1] ?? NaN);
}

type RestartClock = Window & { restartMs?: number };

/**
 * Times, in the page, from the reader's change (the input's change event, or Enter in a
 * number box) to the run bar showing a run starting: what a reader waits, without the test
 * driver's own round trips. The result lands in window.restartMs.
 */
async function watchRestart(control: Locator): Promise<void> {
  await control.evaluate((input) => {
    const w = window as RestartClock;
    delete w.restartMs;
    const start = () => {
      const t0 = performance.now();
      const state = document.querySelector('[data-testid="run-state"]');
      const seen = new MutationObserver(() => {
        if (/Starting|Running/.test(state?.textContent ?? '')) {
          w.restartMs = Math.round(performance.now() - t0);
          seen.disconnect();
        }
      });
      if (state) seen.observe(state, { subtree: true, childList: true, characterData: true });
    };
    input.addEventListener('change', start, { once: true });
    input.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Enter' && start(), { once: true });
  });
}

/** Single-steps a paused run until it reports a step past `step` (a step may end with an evaluation row at the same step). */
async function stepPast(page: Page, step: number): Promise<number> {
  for (let i = 0; i < 12; i++) {
    const rows = await page.getByTestId('tensors').getAttribute('data-rows');
    await page.getByTestId('step').click();
    await expect(page.getByTestId('tensors')).not.toHaveAttribute('data-rows', rows ?? '', { timeout: 120_000 });
    await expect(page.getByTestId('run-state')).toContainText(/Paused|Done/, { timeout: 120_000 });
    const now = await shownStep(page);
    if (now > step) return now;
  }
  throw new Error(`the run did not pass step ${step} in 12 single steps`);
}

/** Runs until the run has reported a step, then pauses there. */
async function runThenPause(page: Page): Promise<void> {
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-state')).toContainText(/Running|Paused/, { timeout: 120_000 });
  await expect.poll(() => shownStep(page), { timeout: 180_000 }).toBeGreaterThan(0);
  await page.getByTestId('pause').click();
  await expect(page.getByTestId('run-state')).toContainText('Paused');
}

for (const c of CASES) {
  test(`${c.slug}: a live change applies at the next step and is kept; a restart change restarts with the old curves faded`, async ({ page }) => {
    test.setTimeout(420_000);
    const errors = watchConsole(page);
    await page.goto(`/#/${c.slug}?preset=tiny${c.query ? `&${c.query}` : ''}`);
    await runThenPause(page);
    await expectWebGpu(page);

    // Live: the change waits for the next step boundary, then the run goes on with it.
    const before = await shownStep(page);
    await setParam(page, c.live[0], c.live[1]);
    await expect(page.getByTestId('run-state')).toContainText('Paused');
    await stepPast(page, before);
    // The change applies at the first step boundary after it reaches the worker: under load the
    // step above can start before it arrives, and then the next step applies it.
    for (let i = 0; i < 3 && !(await page.getByTestId('tweaks').isVisible()); i++) await stepPast(page, await shownStep(page));
    // At the step the run had reached when the change met a step boundary: this one, or the next
    // when the pause came in the middle of a step.
    await expect(page.getByTestId('tweaks')).toContainText(/at step \d+/);
    const at = Number(/at step (\d+)/.exec((await page.getByTestId('tweaks').textContent()) ?? '')?.[1]);
    expect(at).toBeGreaterThanOrEqual(before);
    await expect(page.locator(`[data-plot="${c.plot}"]`)).toHaveAttribute('data-tweaks', '1');
    expect(await page.evaluate(() => window.location.hash)).toMatch(new RegExp(`tweaks=\\d+_${at}_`));

    // Restart: a fresh run within about a second; the replaced run stays, faded, and in the Runs drawer.
    const runsBefore = 0; // a fresh browser context stores no runs
    await expect(page.getByTestId('runs-toggle')).toContainText('(0)');
    await watchRestart(await paramControl(page, c.restart[0]));
    await setParam(page, c.restart[0], c.restart[1]);
    await expect(page.getByTestId('run-state')).toContainText(/Starting|Running/, { timeout: 5_000 });
    const restartMs = await page.evaluate(() => (window as RestartClock).restartMs);
    console.log(`${c.slug}: the new run showed ${restartMs} ms after the change`);
    expect(restartMs, `the new run showed ${restartMs} ms after the change`).toBeLessThan(1_500);
    await expect.poll(() => fadedGroups(page, c.plot), { timeout: 60_000 }).toContain('previous');
    await expect(page.getByTestId('runs-toggle')).toContainText(`(${runsBefore + 1})`);

    // The replaced run was stored, stopped, with its live change: opening it shows the change again.
    await page.getByTestId('runs-toggle').click();
    const stored = page.locator('[data-testid="run-item"][data-end="stopped"]');
    await expect(stored).toHaveCount(1);
    await stored.getByTestId('run-open').click();
    await expect(page.getByTestId('origin-banner')).toHaveAttribute('data-origin', 'history');
    await expect(page.getByTestId('tweaks')).toContainText(`at step ${at}`);
    expect(errors).toEqual([]);
  });
}

test('while the runner still starts, a recorded run that arrives leaves the run its screen, and a live change waits for the run', async ({ page }) => {
  test.setTimeout(300_000);
  // Hold the panel's recorded run and the runner's script, then let the recorded run in first:
  // it lands while the reader's run waits for the runner. A live change made then applies from step 0.
  const held = async (pattern: RegExp) => {
    let release = () => undefined as void;
    const go = new Promise<void>((r) => (release = r));
    // The context's routes also see the runner's worker script, which the page's do not.
    await page.context().route(pattern, async (route) => {
      await go;
      await route.continue();
    });
    return release;
  };
  const releaseRecorded = await held(/\/runs\/rims\//);
  const releaseRunner = await held(/runner\.worker/);
  await page.goto('/#/rims?preset=tiny&steps=40&evev=10');
  await page.getByTestId('run').click();
  const recordedServed = page.waitForResponse(/\/runs\/rims\//);
  releaseRecorded();
  await recordedServed;
  await page.waitForTimeout(1_000);
  await expect(page.getByTestId('run-state')).toContainText('Starting');
  await setParam(page, 'clip', '0.5');
  releaseRunner();
  await expect(page.getByTestId('run-state')).toContainText(/Running|Paused/, { timeout: 120_000 });
  await expect.poll(() => shownStep(page), { timeout: 180_000 }).toBeGreaterThan(0);
  await page.getByTestId('pause').click();
  await expect(page.getByTestId('run-state')).toContainText('Paused');
  await expectWebGpu(page);

  await setParam(page, 'lr', '0.003');
  const before = await shownStep(page);
  await stepPast(page, before);
  for (let i = 0; i < 3 && !(await page.getByTestId('tweaks').isVisible()); i++) await stepPast(page, await shownStep(page));
  await expect(page.getByTestId('tweaks')).toContainText(/clip 1 → 0\.5 at step 0; .*0\.003 at step \d+/);
});

test('a run with two live changes, shared with its results, re-runs elsewhere to the same curve (WASM, exact)', async ({ page, browser }) => {
  test.setTimeout(420_000);
  await page.goto('/#/rims?preset=tiny&steps=40&evev=10&backend=wasm');
  await runThenPause(page);
  const first = await shownStep(page);
  await setParam(page, 'lr', '0.003');
  const second = await stepPast(page, first);
  await stepPast(page, second);
  await setParam(page, 'clip', '0.5');
  await page.getByTestId('resume').click();
  await expect(page.getByTestId('run-state')).toContainText('Done', { timeout: 300_000 });
  await expect(page.getByTestId('tweaks')).toContainText(/at step \d+; .* at step \d+/);

  await page.getByTestId('export').click();
  const [original] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const originalRows = trainingRows((await readFile(await original.path())).toString());
  await page.getByTestId('share-results').click();
  const url = await page.getByTestId('share-results-url').inputValue();
  expect(url).toMatch(/tweaks=\d+_\d+_lr_0\.003(~|%7E)\d+_\d+_clip_0\.5/);

  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto(url);
  await expect(p2.getByTestId('origin-banner')).toHaveAttribute('data-origin', 'link');
  await expect(p2.getByTestId('tweaks')).toContainText('Run replays them');
  await p2.getByTestId('verify').click();
  await expect(p2.getByTestId('run-state')).toContainText('Done', { timeout: 300_000 });
  await p2.getByTestId('export').click();
  const [rerun] = await Promise.all([p2.waitForEvent('download'), p2.getByTestId('export-json').click()]);
  const rerunRows = trainingRows((await readFile(await rerun.path())).toString());
  expect(rerunRows.length).toBe(originalRows.length);
  expect(rerunRows).toEqual(originalRows);
  await other.close();
});
