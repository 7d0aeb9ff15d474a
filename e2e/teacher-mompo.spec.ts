import { expect, test } from '@playwright/test';
import { expectLinkRoundTrips, expectRunDoneOnWebGpu, plotPoints, watchConsole } from './helpers';

test('Teacher policies: tiny MO-MPO run on WebGPU to 100%; per-objective curves, trade-off and the MuJoCo arena are drawn', async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchConsole(page);
  await page.goto('/#/teacher-mompo?preset=tiny&run=1');
  await expect(page.getByRole('heading', { name: 'Teacher policies as objectives', exact: true })).toBeVisible();
  await expectRunDoneOnWebGpu(page);

  // Evaluations at 0, 50 and 100 env steps; tiny trains no baseline and runs no sweep (SwiftShader is slow).
  expect(await plotPoints(page, 'teacher-success')).toEqual([3, 0]);
  const returns = await page.locator('[data-plot="teacher-returns"]').evaluate((el) => (el as unknown as { data: { name: string; x: unknown[] }[] }).data);
  expect(returns.map((t) => t.name)).toEqual(['task return, with teachers', 'task return, without', "log π_waypoint (agent's action)", "log π_goal (agent's action)"]);
  expect(returns[0].x).toHaveLength(3);
  expect(returns[2].x.length).toBeGreaterThan(0);
  expect(await plotPoints(page, 'teacher-tradeoff')).toEqual([0]);
  expect((await plotPoints(page, 'teacher-duals')).some((n) => n > 0)).toBe(true);

  // The arena: a WebGL canvas with more than one colour, and an episode to scrub.
  await expect(page.getByTestId('arena-episode')).toContainText('Policy after 100 env steps');
  const canvas = page.locator('[data-scene="teacher-arena"] canvas');
  await expect(canvas).toBeVisible();
  const colours = await canvas.evaluate((c) => {
    const src = c as HTMLCanvasElement;
    const copy = document.createElement('canvas');
    copy.width = src.width;
    copy.height = src.height;
    const ctx = copy.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(src, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i] >> 4) * 256 + (data[i + 1] >> 4) * 16 + (data[i + 2] >> 4));
    return seen.size;
  });
  expect(colours).toBeGreaterThan(3);
  await page.getByTestId('arena-scrub').fill('10');
  await expect(page.getByTestId('arena-play')).toHaveText('Play');

  await expectLinkRoundTrips(page, { steps: await page.getByTestId('param-steps').inputValue() });
  expect(errors).toEqual([]);
});
