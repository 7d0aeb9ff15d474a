import { expect, test, type Page } from '@playwright/test';
import { expectLinkRoundTrips, expectRunDoneOnWebGpu, watchConsole } from './helpers';

/** Points per trace of a chart's own traces (the recorded run's faded copies left out). */
async function plotPoints(page: Page, name: string): Promise<number[]> {
  return page.locator(`[data-plot="${name}"]`).evaluate((el) => {
    const data = (el as unknown as { data?: { x?: unknown[]; legendgroup?: string }[] }).data ?? [];
    return data.filter((t) => t.legendgroup !== 'recorded').map((t) => t.x?.length ?? 0);
  });
}

test('vGraph before any run: the planted partition is drawn at its layout, coloured by its four planted blocks', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/#/vgraph?preset=planted');
  const nodes = page.locator('[data-testid="vgraph-graph"] [data-node]');
  await expect(nodes).toHaveCount(100, { timeout: 60_000 });
  await expect(page.getByTestId('vgraph-colour-by')).toHaveValue('truth');
  const communities = await nodes.evaluateAll((els) => els.map((e) => e.getAttribute('data-community')));
  expect(new Set(communities)).toEqual(new Set(['0', '1', '2', '3']));
  // Back to the karate club: 34 nodes, the two factions.
  await page.getByTestId('param-graph').selectOption('karate');
  await expect(nodes).toHaveCount(34);
  expect(errors).toEqual([]);
});

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
