import { expect, test } from '@playwright/test';
import { expectLinkRoundTrips, expectRunDoneOnWebGpu, watchConsole } from './helpers';

interface Trace { name?: string; x?: unknown[]; y?: unknown[] }

const traces = (page: import('@playwright/test').Page, name: string) =>
  page.locator(`[data-plot="${name}"]`).evaluate((el) => (el as unknown as { data: Trace[] }).data);

test('RETRO: tiny run on WebGPU to 100%; three bpc curves, the sweeps, and a typed prompt shows neighbours', async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchConsole(page);
  await page.goto('/#/retro?preset=tiny&run=1');
  await expect(page.getByRole('heading', { name: 'RETRO: retrieval-enhanced transformers' })).toBeVisible();
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
