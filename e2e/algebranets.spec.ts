import { expect, test } from '@playwright/test';
import { expectWebGpu, watchConsole, expectLinkRoundTrips } from './helpers';
import { liveTraces } from './liveTraces';

test('AlgebraNets: ℝ and M₂(ℝ) train side by side on WebGPU; score-vs-parameters plot drawn; link round-trips', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchConsole(page);
  await page.goto('/#/algebranets?preset=tiny&run=1');
  await expect(page.getByRole('heading', { name: 'AlgebraNets' }).first()).toBeVisible();
  await expect(page.getByTestId('algebra-table').locator('tr[data-algebra]')).toHaveCount(7);
  await expect(page.getByTestId('run-state')).toContainText('Running', { timeout: 60_000 });
  await expectWebGpu(page);

  // The product widget: M₂(ℝ) does 8 multiplies for 4 parameters.
  await page.getByTestId('widget-algebra').selectOption('M2R');
  await expect(page.getByTestId('widget-count')).toContainText('8 real multiplies for 4 weight parameters');

  await expect(page.getByTestId('run-state')).toContainText('Done', { timeout: 240_000 });
  await expect(page.getByTestId('progress')).toHaveAttribute('value', '1');

  const vsParams = await liveTraces(page, 'algebranets-vs-params');
  expect(vsParams[0].x?.length).toBe(2);
  expect((vsParams[0].y ?? []).every((v) => typeof v === 'number' && v >= 0 && v <= 100)).toBe(true);
  const training = await liveTraces(page, 'algebranets-training');
  expect(training.map((t) => t.name)).toEqual(['R', 'M2R']);
  for (const t of training) expect(t.x?.length).toBe(8);
  const evals = await liveTraces(page, 'algebranets-eval');
  for (const t of evals) expect(t.x?.length).toBe(2);

  await expectLinkRoundTrips(page);
  expect(errors).toEqual([]);
});
