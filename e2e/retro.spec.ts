import { expect, test } from '@playwright/test';
import { expectLinkRoundTrips, expectRunDoneOnWebGpu, watchConsole } from './helpers';

interface Trace { name?: string; x?: unknown[]; y?: unknown[] }

/** A chart's live traces: the recorded run's (faded, "recorded run" and "… (recorded)") sit behind them once a run starts. */
const traces = async (page: import('@playwright/test').Page, name: string) =>
  (await page.locator(`[data-plot="${name}"]`).evaluate((el) => (el as unknown as { data: Trace[] }).data)).filter((t) => t.name !== 'recorded run' && !t.name?.endsWith('(recorded)'));

test('RETRO: tiny run on WebGPU to 100%; three bpc curves, the sweeps, and a typed prompt shows neighbours', async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchConsole(page);
  await page.goto('/#/retro?preset=tiny&run=1');
  await expect(page.getByRole('heading', { name: 'RETRO: retrieval-enhanced transformers' })).toBeVisible();
  // Computed at once, before the run ends: the corpus opening and what the frozen retriever finds in it (tiny: k = 2).
  await expect(page.getByTestId('retro-sample-retrieval').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('retro-sample-retrieval').locator('tbody tr').first().locator('mark')).toHaveCount(2);
  await expectRunDoneOnWebGpu(page);

  const bpc = await traces(page, 'retro-bpc');
  expect(bpc.map((t) => t.name)).toEqual(['baseline', 'RETRO [Off]', 'RETRO [On]']);
  for (const t of bpc) expect(t.y?.length).toBeGreaterThanOrEqual(2);
  expect((await traces(page, 'retro-db-size'))[0].x?.length).toBe(4);
  expect((await traces(page, 'retro-k'))[0].x?.length).toBe(2);
  expect((await traces(page, 'retro-leakage'))[0].x?.length).toBe(9);
  expect((await traces(page, 'retro-retrofit'))[0].y?.length).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('retro-retrofit-summary')).toBeVisible();

  await page.getByTestId('retro-k').fill('1');
  await expect(page.getByTestId('retro-k-value')).toHaveText('1');
  await page.getByTestId('retro-prompt').fill('the capital of the country is ');
  await page.getByTestId('retro-explore-go').click();
  await expect(page.getByTestId('retro-neighbours')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('retro-neighbour').first()).toBeVisible();
  expect(await page.getByTestId('retro-neighbour').count()).toBe(3); // 3 complete chunks of 8, k = 1
  await expect(page.getByTestId('retro-continuations')).toContainText('RETRO [On]');

  await expectLinkRoundTrips(page);
  expect(errors).toEqual([]);
});
