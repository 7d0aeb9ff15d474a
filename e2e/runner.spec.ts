import { expect, test } from '@playwright/test';
import { runnerWorker, workerBackend } from './helpers';

test('a crashed worker is reported and restarts without a page reload', async ({ page }) => {
  await page.goto('/#/device?preset=tiny');
  await expect(page.getByTestId('active-backend')).toBeVisible();
  const worker = await runnerWorker(page);
  await worker.evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated crash');
    }, 0);
  });
  await expect(page.getByTestId('backend')).toContainText('The training worker crashed: ');
  await page.getByTestId('restart-runner').click();
  await expect(page.getByTestId('active-backend')).toHaveAttribute('data-backend', 'webgpu');
  // The fresh worker trains.
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-state')).toContainText('Done', { timeout: 120_000 });
});

test('a lost GPU device is reported with a message, and a restart recovers', async ({ page }) => {
  // The home page: no backend probing going on, so the worker sits on its chosen backend.
  await page.goto('/#/');
  await expect(page.getByTestId('active-backend')).toHaveAttribute('data-backend', 'webgpu');
  expect(await workerBackend(page)).toBe('webgpu');
  const worker = await runnerWorker(page);
  await worker.evaluate(() => {
    const tf = (globalThis as unknown as { tf: { backend(): { device: GPUDevice } } }).tf;
    tf.backend().device.destroy();
  });
  await expect(page.getByTestId('backend')).toContainText('The GPU device was lost (destroyed');
  await page.getByTestId('restart-runner').click();
  await expect(page.getByTestId('active-backend')).toBeVisible();
  expect(['webgpu', 'webgl', 'wasm', 'cpu']).toContain(await workerBackend(page));
});
