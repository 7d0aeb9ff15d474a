import { expect, test } from '@playwright/test';
import { expectWebGpu, plotPoints, watchConsole } from './helpers';

test('the Device page benchmarks every backend, on a real WebGPU adapter', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/#/device?preset=tiny&run=1');
  await expect(page.getByTestId('backend-list').locator('li[data-available="true"]').first()).toBeVisible();
  await expect(page.getByTestId('adapter-table')).toContainText('vendor');
  // The run goes through each working backend; WebGPU's result appears first.
  await expect(page.locator('[data-metric="WebGPU matmul"]')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('run-state')).toContainText('Done', { timeout: 150_000 });
  // Done means every working backend has run, not just the first.
  const working = await page.getByTestId('backend-list').locator('li[data-available="true"]').count();
  expect(await page.locator('[data-metric$=" matmul"]').count()).toBe(working);
  await expectWebGpu(page);
  const bars = await plotPoints(page, 'device-matmul');
  expect(bars[0]).toBeGreaterThanOrEqual(2);
  const gflops = await page.locator('[data-metric="WebGPU matmul"] .metric-value').innerText();
  expect(Number.parseFloat(gflops)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
