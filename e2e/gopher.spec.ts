import { expect, test } from '@playwright/test';
import { expectLinkRoundTrips, expectRunDoneOnWebGpu, watchConsole } from './helpers';

interface Trace { name?: string; x?: unknown[]; y?: unknown[] }

test('Gopher: a tiny family trains on WebGPU to 100%; loss-vs-size and per-family plots are drawn', async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchConsole(page);
  await page.goto('/#/gopher?preset=tiny&run=1');
  await expect(page.getByRole('heading', { name: 'Gopher: what scale buys' })).toBeVisible();
  await expect(page.getByTestId('gopher-table1')).toContainText('280B');
  // Before the run ends: the corpus opening and one probe per task family, computed at once.
  await expect(page.getByTestId('gopher-probes').locator('tr[data-family]')).toHaveCount(5);
  await expect(page.getByTestId('corpus-sample').locator('li').first()).toBeVisible();
  await expectRunDoneOnWebGpu(page);

  const loss = await page.locator('[data-plot="gopher-loss-vs-size"]').evaluate((el) => (el as unknown as { data: Trace[] }).data);
  // The recorded run's traces (faded, named "… (recorded)") sit behind the live ones.
  expect(loss.find((t) => t.name === 'eval loss')?.x?.length).toBeGreaterThanOrEqual(4);
  expect(loss.some((t) => t.name?.startsWith('fit:'))).toBe(true);
  const families = await page.locator('[data-plot="gopher-families"]').evaluate((el) => (el as unknown as { data: Trace[] }).data);
  const live = families.filter((t) => !/chance|recorded/.test(t.name ?? ''));
  expect(live.map((t) => t.name)).toEqual(['knowledge', 'reading', 'maths', 'logic', 'grammar']);
  expect(live.every((t) => t.x?.length === 4)).toBe(true);
  expect(families.filter((t) => t.name?.endsWith('chance'))).toHaveLength(5);
  const gains = await page.locator('[data-plot="gopher-gains"]').evaluate((el) => (el as unknown as { data: Trace[] }).data);
  expect(gains[0].x?.length).toBe(5);
  await expect(page.getByTestId('gopher-samples')).toBeVisible();
  await expect(page.getByTestId('gopher-family')).toContainText('FLOPs/token');

  await expectLinkRoundTrips(page);
  expect(errors).toEqual([]);
});
