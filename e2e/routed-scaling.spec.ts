import { expect, test } from '@playwright/test';
import { expectLinkRoundTrips, expectRunDoneOnWebGpu, watchConsole } from './helpers';

interface Trace { name?: string; x?: unknown[]; y?: unknown[]; type?: string }

test('Routed scaling: a tiny S-BASE sweep trains on WebGPU to 100%; load chart, fitted law and link round-trip', async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchConsole(page);
  await page.goto('/#/routed-scaling?preset=tiny&run=1');
  await expect(page.getByRole('heading', { name: 'Scaling laws for routed language models' })).toBeVisible();
  // The calculator shows the paper's example: 5M parameters with 128 experts ≈ 55M dense (S-BASE).
  await expect(page.getByTestId('epc-sbase')).toHaveText(/^5\d(\.\d)?M$/);
  // Known at once: what the settings will train, and the opening of the corpus.
  await expect(page.getByTestId('routed-plan')).toContainText('These settings train 4 models');
  await expect(page.getByTestId('corpus-sample').locator('li').first()).toBeVisible();
  await expectRunDoneOnWebGpu(page);

  const data = (name: string) => page.locator(`[data-plot="${name}"]`).evaluate((el) => (el as unknown as { data: Trace[] }).data);
  // The recorded run's traces (faded, "recorded run" and "… (recorded)") sit behind the live ones.
  const live = (ts: Trace[]) => ts.filter((t) => t.name !== 'recorded run' && !t.name?.endsWith('(recorded)'));
  const training = live(await data('routed-training'));
  expect(training).toHaveLength(4);
  const load = await data('routed-load');
  expect(load.filter((t) => t.type === 'bar').length).toBeGreaterThanOrEqual(1);
  expect(load[0].y?.length).toBe(2);
  const fit = live(await data('routed-fit'));
  expect(fit.some((t) => t.name?.startsWith('fit '))).toBe(true);
  expect((await data('routed-paper-law')).length).toBeGreaterThan(0);
  await expect(page.getByTestId('fit-table').locator('tr[data-router="sbase"]')).toHaveAttribute('data-fit', 'fixed-saturation');
  await expect(page.getByTestId('token-routes')).toBeVisible();

  await expectLinkRoundTrips(page);
  expect(errors).toEqual([]);
});
