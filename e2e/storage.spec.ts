/**
 * When the browser will not keep runs (IndexedDB full, or refused as in
 * private browsing), the page says so plainly, and the run stays on screen
 * with its curves and can still be exported as a file.
 */
import { expect, test, type Page } from '@playwright/test';

const TINY = '/#/gopher?preset=tiny&backend=cpu&seed=4';

async function runAndExport(page: Page): Promise<void> {
  await page.goto(`${TINY}&run=1`);
  await expect(page.getByTestId('run-state')).toContainText(/Done|error/, { timeout: 400_000 });
  await expect(page.getByTestId('run-state')).toContainText('Done');
  await page.getByTestId('export').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-run').click();
  expect((await download).suggestedFilename()).toMatch(/\.run\.json$/);
}

test('storage full: the run is kept on screen and exportable, and the page says why it was not stored', async ({ page }) => {
  test.setTimeout(480_000);
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await runAndExport(page);
  await expect(page.getByTestId('storage-problem')).toContainText('This run was not kept in this browser');
  await expect(page.getByTestId('storage-problem')).toContainText('storage for this site is full');
});

test('storage refused (private browsing): a clear message at once, and runs still work and export', async ({ page }) => {
  test.setTimeout(480_000);
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function open() {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    };
  });
  await page.goto(TINY);
  await expect(page.getByTestId('storage-problem')).toContainText('does not let the page store runs');
  await runAndExport(page);
});
