import { expect, test, type Page } from '@playwright/test';
import type { RunRecord } from '../src/core/history/runRecord';
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

/** Every stored run of a panel, newest first, read straight from IndexedDB. */
async function storedRuns(page: Page, slug: string): Promise<RunRecord[]> {
  return page.evaluate(
    (s) =>
      new Promise<RunRecord[]>((resolve, reject) => {
        const open = indexedDB.open('paper-notebook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('runs').objectStore('runs').index('slug').getAll(s);
          get.onerror = () => reject(get.error);
          // What the notebook stored under its own RunRecord type.
          get.onsuccess = () => resolve((get.result as RunRecord[]).sort((a, b) => b.createdAt - a.createdAt));
        };
      }),
    slug,
  );
}

test('a GPU device lost mid-run: "Continue on WASM" goes on from the last checkpoint, keeping the WebGPU rows, and the run record says where the backend changed', async ({ page }) => {
  test.setTimeout(240_000);
  // 120 epochs, so the device is surely lost mid-run however fast the machine; the WASM part is quick.
  await page.goto('/#/vgraph?preset=tiny&epochs=120');
  await expect(page.getByTestId('active-backend')).toHaveAttribute('data-backend', 'webgpu');
  await page.getByTestId('run').click();
  // Past the first evaluation (every 10 epochs), where vGraph sends a checkpoint.
  await expect(page.getByTestId('run-state')).toContainText(/epoch (1[3-9]|2\d) of 120/, { timeout: 120_000 });
  const worker = await runnerWorker(page);
  await worker.evaluate(() => {
    const tf = (globalThis as unknown as { tf: { backend(): { device: GPUDevice } } }).tf;
    tf.backend().device.destroy();
  });
  await expect(page.getByTestId('backend')).toContainText('The GPU device was lost');
  await expect(page.getByTestId('resume-offer')).toContainText(/after step (10|20)/);
  await expect.poll(async () => (await storedRuns(page, 'vgraph')).length).toBe(1);
  const [lost] = await storedRuns(page, 'vgraph');
  expect(lost.end).toBe('error');

  await page.getByTestId('continue-wasm').click();
  await expect(page.getByTestId('run-state')).toContainText('Done', { timeout: 120_000 });
  await expect(page.getByTestId('active-backend')).toHaveAttribute('data-backend', 'wasm');
  await expect(page.getByTestId('backend-changes')).toContainText(/After step (10|20) the run moved to WASM \(it started on WebGPU\)/);
  await expect.poll(async () => (await storedRuns(page, 'vgraph')).length).toBe(2);
  const [whole] = await storedRuns(page, 'vgraph');
  expect(whole.end).toBe('done');
  expect(whole.backend).toBe('webgpu');
  const [change] = whole.backendChanges ?? [];
  expect(change).toMatchObject({ from: 'webgpu', to: 'wasm' });
  // The rows up to the checkpoint are the WebGPU run's own (a restart on WASM would give other digits), then training went on after it.
  expect(whole.rows.slice(0, change.afterRows)).toEqual(lost.rows.slice(0, change.afterRows));
  expect(whole.rows[change.afterRows].step).toBe(change.step + 1);
  expect(whole.rows.filter((r) => r.values.elbo !== undefined)).toHaveLength(120);
});
