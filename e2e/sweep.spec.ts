import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { watchConsole } from './helpers';

interface Trace { name?: string; mode?: string; legendgroup?: string; x?: unknown[] }

const dir = mkdtempSync(path.join(os.tmpdir(), 'sweep-e2e-'));
const file = path.join(dir, 'tiny.run.json');

test.beforeAll(() => {
  test.setTimeout(600_000);
  // The tiny IsoFLOP sweep on one local worker process, merged into a run file.
  execFileSync(process.execPath, ['scripts/runTs.mjs', 'scripts/sweep.ts', 'chinchilla', '--preset', 'tiny', '--workers', '1', '--out', file], { stdio: 'ignore' });
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a merged `npm run sweep` file opens with Import run… in the Chinchilla panel, drawn in the panel\'s own plots', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchConsole(page);
  await page.goto('/#/chinchilla?preset=tiny&backend=cpu');
  await expect(page.getByRole('heading', { name: 'Training compute-optimal language models' })).toBeVisible();
  await page.getByTestId('import-run').setInputFiles({ name: 'tiny.run.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await expect(page.getByTestId('origin-banner')).toHaveAttribute('data-origin', 'history');
  await expect(page.getByTestId('runs-toggle')).toContainText('Runs (1)');

  const traces = await page.locator('[data-plot="chinchilla-isoflop"]').evaluate((el) => (el as unknown as { data: Trace[] }).data);
  // The imported run's own points; the recorded run's faded twins (legend group "recorded") are not counted.
  const points = traces.filter((t) => t.mode === 'markers' && t.name?.startsWith('C = ') && t.legendgroup !== 'recorded');
  expect(points.length).toBe(3);
  for (const t of points) expect(t.x?.length).toBe(4);
  await expect(page.getByTestId('sweep-exponents')).toBeVisible();
  expect(errors).toEqual([]);
});
