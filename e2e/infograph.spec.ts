import { expect, test } from '@playwright/test';
import { toyTuFiles } from '../src/papers/infograph/tuFixture';
import { expectLinkRoundTrips, expectRunDoneOnWebGpu, plotPoints, watchConsole } from './helpers';
import { livePoints } from './liveTraces';

// The TU files the test writes: 12 graphs, triangles and 4-paths (src/papers/infograph/tuFixture.ts).
function tuFixture(): { name: string; mimeType: string; buffer: Buffer }[] {
  const t = toyTuFiles();
  const file = (suffix: string, text: string) => ({ name: `TOY_${suffix}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) });
  return [file('A', t.A), file('graph_indicator', t.graphIndicator), file('graph_labels', t.graphLabels), file('node_labels', t.nodeLabels)];
}

test('InfoGraph: the tiny preset trains on WebGPU to 100%; one map point per graph; a TU upload loads', async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchConsole(page);
  await page.goto('/#/infograph?preset=tiny&run=1');
  await expect(page.getByRole('heading', { name: 'InfoGraph: graph embeddings by mutual information' })).toBeVisible();
  await expectRunDoneOnWebGpu(page);

  const count = Number(await page.getByTestId('infograph-dataset').getAttribute('data-count'));
  expect(count).toBe(36);
  const mapPoints = await plotPoints(page, 'infograph-map');
  expect(mapPoints.reduce((a, b) => a + b, 0)).toBe(count);
  expect((await livePoints(page, 'infograph-mi'))[0]).toBeGreaterThan(0);
  expect((await plotPoints(page, 'infograph-graph'))[1]).toBeGreaterThan(0);
  await expect(page.getByTestId('acc-infograph')).toContainText('%');
  await expect(page.getByTestId('acc-supervised')).toContainText('%');

  await expectLinkRoundTrips(page);

  // Load-your-own: a malformed file is refused with its line, then the good fixture loads and trains.
  const files = tuFixture();
  await page.locator('summary', { hasText: 'Your own graphs' }).click();
  await page.getByTestId('tu-files').setInputFiles([{ ...files[0], buffer: Buffer.from('1, 2\n2, x\n') }, files[1], files[2]]);
  await expect(page.getByTestId('tu-error')).toContainText('TOY_A.txt, line 2');
  await page.getByTestId('tu-files').setInputFiles(files);
  await expect(page.getByTestId('tu-status')).toContainText('Loaded TOY: 12 graphs, 2 classes');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('infograph-dataset')).toHaveAttribute('data-count', '12', { timeout: 60_000 });
  await expect(page.getByTestId('run-state')).toContainText('Done', { timeout: 180_000 });
  expect((await plotPoints(page, 'infograph-map')).reduce((a, b) => a + b, 0)).toBe(12);
  expect(errors).toEqual([]);
});
