import { expect, test } from '@playwright/test';
import { expectLinkRoundTrips, expectRunDoneOnWebGpu, watchConsole } from './helpers';
import { livePoints, liveTraces } from './liveTraces';

test('RIMs: tiny copying trains on WebGPU to 100%; loss, test-length and activation plots are drawn', async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchConsole(page);
  await page.goto('/#/rims?preset=tiny&run=1');
  await expect(page.getByRole('heading', { name: 'Recurrent Independent Mechanisms', exact: true })).toBeVisible();
  await expectRunDoneOnWebGpu(page);

  const training = await livePoints(page, 'rims-training');
  expect(training).toEqual([2, 2]);
  const byLength = await liveTraces(page, 'rims-by-length');
  expect(byLength.map((t) => t.name)).toEqual(['RIMs', 'LSTM']);
  expect(byLength[0].x).toEqual(['T = 1', 'T = 4']);
  expect(await livePoints(page, 'rims-test-curves')).toEqual([1, 1, 1, 1]);

  // The heat map: k_T = 4 modules × 24 steps of the T = 4 test sequence, k_A = 2 active in every column.
  const heat = await liveTraces(page, 'rims-activity');
  const z = heat[0].z ?? [];
  expect(z).toHaveLength(4);
  expect(z[0]).toHaveLength(24);
  for (let t = 0; t < 24; t++) expect(z.reduce((s, row) => s + row[t], 0)).toBe(2);
  expect(heat[1].z?.[0]).toHaveLength(24);

  await expectLinkRoundTrips(page, { gap: await page.getByTestId('param-gap').inputValue() });
  expect(errors).toEqual([]);
});
