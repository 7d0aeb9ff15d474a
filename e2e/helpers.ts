import { expect, type Page, type Worker } from '@playwright/test';

/** Console errors and uncaught exceptions on the page, for "no console errors" checks. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The runner's module worker, once it has started. */
export async function runnerWorker(page: Page): Promise<Worker> {
  // A panel may start preview workers beside the runner (vGraph, RIMs, InfoGraph…): pick the runner by its script.
  const find = () => page.workers().find((w) => w.url().includes('runner.worker'));
  await expect.poll(() => find() !== undefined, { message: 'the runner worker should start' }).toBe(true);
  return find()!;
}

/** tf.getBackend() inside the runner worker: what the runs really use. */
export async function workerBackend(page: Page): Promise<string> {
  const worker = await runnerWorker(page);
  // The runner loads tfjs after it starts: wait until it has.
  let backend = '';
  await expect
    .poll(async () => (backend = await worker.evaluate(() => (globalThis as unknown as { tf?: { getBackend(): string } }).tf?.getBackend() ?? '').catch(() => '')), { message: 'tfjs loaded in the runner' })
    .not.toBe('');
  return backend;
}

/** Proves the WebGPU path: tfjs runs on webgpu, not a fallback, with an adapter present. */
export async function expectWebGpu(page: Page): Promise<void> {
  await expect(page.getByTestId('active-backend')).toHaveAttribute('data-backend', 'webgpu');
  await expect(page.getByTestId('adapter')).toBeVisible();
  expect(await workerBackend(page)).toBe('webgpu');
}

/** Number of points in a Plotly chart, by its `name`. */
export async function plotPoints(page: Page, name: string): Promise<number[]> {
  return page.locator(`[data-plot="${name}"]`).evaluate((el) => {
    const data = (el as unknown as { data?: { x?: unknown[] }[] }).data ?? [];
    return data.map((t) => t.x?.length ?? 0);
  });
}

/**
 * Shares the panel, opens the link in a fresh page of the same context, and
 * checks that the preset and the given controls (`param-<key>` → value) come
 * back as set, with no notices. Returns the link.
 */
export async function expectLinkRoundTrips(page: Page, params: Record<string, string> = {}, preset = 'tiny'): Promise<string> {
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByTestId('preset')).toHaveValue(preset);
  for (const [key, value] of Object.entries(params)) await expect(other.getByTestId(`param-${key}`)).toHaveValue(value);
  await expect(other.getByTestId('notices')).toHaveCount(0);
  await other.close();
  return url;
}

/**
 * Waits for a started run: Running on WebGPU (not a fallback), then Done at
 * 100% with no error alert on the page.
 */
export async function expectRunDoneOnWebGpu(page: Page, timeout = 360_000): Promise<void> {
  const state = page.getByTestId('run-state');
  await expect(state).toContainText('Running', { timeout: 60_000 });
  await expectWebGpu(page);
  await expect(state).toContainText(/Done|error/, { timeout });
  expect(await page.getByRole('alert').allTextContents()).toEqual([]);
  await expect(state).toContainText('Done');
  await expect(page.getByTestId('progress')).toHaveAttribute('value', '1');
}

/**
 * A control by its URL key, opening its folded "More settings" group first when
 * it is not one of the panel's key controls. Use it instead of getByTestId for
 * `param-<key>` in specs, so a spec does not depend on which fields are key.
 */
export async function paramControl(page: Page, key: string) {
  const control = page.getByTestId(`param-${key}`);
  if (!(await control.isVisible())) {
    const group = page.locator('.more-settings details').filter({ has: page.getByTestId(`param-${key}`) });
    if ((await group.count()) > 0 && (await group.first().getAttribute('open')) === null) await group.first().locator('summary').click();
  }
  await expect(control).toBeVisible();
  return control;
}

/** Sets a number box (or select) by URL key and commits it, as a reader would. */
export async function setParam(page: Page, key: string, value: string): Promise<void> {
  const control = await paramControl(page, key);
  const tag = await control.evaluate((el) => el.tagName);
  if (tag === 'SELECT') await control.selectOption(value);
  else {
    await control.fill(value);
    await control.press('Enter');
  }
}

/** Plots on the page with at least one trace that has points. */
export async function plotsWithData(page: Page): Promise<string[]> {
  return page.locator('[data-plot]').evaluateAll((els) =>
    els
      .filter((el) => ((el as unknown as { data?: { x?: ArrayLike<unknown>; z?: ArrayLike<unknown>; y?: ArrayLike<unknown> }[] }).data ?? []).some((t) => (t.x?.length ?? 0) > 0 || (t.y?.length ?? 0) > 0 || (t.z?.length ?? 0) > 0))
      .map((el) => el.getAttribute('data-plot') ?? ''),
  );
}
