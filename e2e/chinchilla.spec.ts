import { expect, test } from '@playwright/test';
import { expectLinkRoundTrips, expectRunDoneOnWebGpu, watchConsole } from './helpers';

interface Trace { name?: string; mode?: string; x?: unknown[] }

test('Chinchilla: a tiny sweep runs on WebGPU to 100% and fits IsoFLOP parabolas; the link round-trips', async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchConsole(page);
  await page.goto('/#/chinchilla?preset=tiny&run=1');
  await expect(page.getByRole('heading', { name: 'Training compute-optimal language models' })).toBeVisible();

  // The calculator: unrounded Approach 3 at Gopher's budget gives about 40B.
  await expect(page.getByTestId('calculator-table').locator('tr[data-approach="3-tex"]')).toContainText('40.4B');
  // Computed at once: the sweep the settings plan, and the opening of the corpus.
  await expect(page.getByTestId('sweep-plan')).toContainText('12 runs over 3 budgets');
  await expect(page.getByTestId('corpus-sample').locator('li').first()).toBeVisible();

  await expectRunDoneOnWebGpu(page);

  const traces = await page.locator('[data-plot="chinchilla-isoflop"]').evaluate((el) => (el as unknown as { data: Trace[] }).data);
  const points = traces.filter((t) => t.mode === 'markers' && t.name?.startsWith('C = ') && !t.name.endsWith('(recorded)'));
  expect(points.length).toBeGreaterThanOrEqual(3);
  for (const t of points) expect(t.x?.length).toBeGreaterThanOrEqual(4);
  const parabolas = traces.filter((t) => t.name === 'parabola fit');
  expect(parabolas.length).toBeGreaterThan(0);
  expect(parabolas[0].x?.length).toBeGreaterThan(10);
  await expect(page.getByTestId('sweep-exponents')).toBeVisible();

  // Change a control, share, open the shared link: same values.
  const lr = page.getByTestId('param-lr');
  await lr.fill('0.004');
  await lr.press('Enter');
  const url = await expectLinkRoundTrips(page, { lr: '0.004' });
  expect(url).toContain('preset=tiny');
  expect(url).toContain('lr=0.004');
  expect(errors).toEqual([]);
});
