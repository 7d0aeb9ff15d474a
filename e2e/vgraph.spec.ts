import { expect, test } from '@playwright/test';
import { expectLinkRoundTrips, expectRunDoneOnWebGpu, plotPoints, watchConsole } from './helpers';

test('vGraph: the karate preset trains on WebGPU to 100%; 34 coloured nodes, NMI shown, plots filled, link round-trips', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchConsole(page);
  await page.goto('/#/vgraph?preset=tiny&run=1');
  await expect(page.getByRole('heading', { name: 'vGraph: communities and embeddings from one model' })).toBeVisible();
  await expectRunDoneOnWebGpu(page, 240_000);

  const nodes = page.locator('[data-testid="vgraph-graph"] [data-node]');
  await expect(nodes).toHaveCount(34);
  const communities = await nodes.evaluateAll((els) => els.map((e) => e.getAttribute('data-community')));
  expect(communities.every((c) => c === '0' || c === '1')).toBe(true);
  await expect(page.locator('[data-metric="NMI"] .metric-value')).toHaveText(/^\d(\.\d+)?$/);

  expect((await plotPoints(page, 'vgraph-elbo'))[0]).toBe(40);
  expect((await plotPoints(page, 'vgraph-embedding')).reduce((a, b) => a + b, 0)).toBe(34);
  expect((await plotPoints(page, 'vgraph-scores'))[0]).toBe(4);

  await expectLinkRoundTrips(page, { k: '2' });
  expect(errors).toEqual([]);
});
