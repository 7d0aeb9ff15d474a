import { expect, test, type Page } from '@playwright/test';
import { expectLinkRoundTrips, expectRunDoneOnWebGpu, paramControl, plotsWithData, watchConsole } from './helpers';

/** Points per trace of a chart's own traces (the recorded run's faded copies left out). */
async function plotPoints(page: Page, name: string): Promise<number[]> {
  return page.locator(`[data-plot="${name}"]`).evaluate((el) => {
    const data = (el as unknown as { data?: { x?: unknown[]; legendgroup?: string }[] }).data ?? [];
    return data.filter((t) => t.legendgroup !== 'recorded').map((t) => t.x?.length ?? 0);
  });
}

test('Teacher policies before any run: the arena replays the teachers\' own episodes; the humanoid walk domain plays the walk teacher', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchConsole(page);
  await page.goto('/#/teacher-mompo');
  // The sequence task: the waypoint and goal teachers together reach the goal; the goal teacher alone skips the waypoint.
  await expect(page.getByTestId('arena-pick-together')).toBeVisible({ timeout: 150_000 });
  await page.getByTestId('arena-pick-together').click();
  await expect(page.getByTestId('arena-episode')).toContainText('waypoint + goal together, reached the goal');
  await page.getByTestId('arena-pick-goal').click();
  await expect(page.getByTestId('arena-episode')).toContainText('goal alone, did not reach the goal');
  await expect(page.locator('[data-scene="teacher-arena"] canvas')).toBeVisible();
  expect((await canvasLook(page, 'teacher-arena')).colours).toBeGreaterThan(3);
  // The point mass's key controls are in view; the humanoid's fields are folded away.
  await expect(page.getByTestId('param-comp')).toBeVisible();
  await expect(page.getByTestId('param-tst')).toBeHidden();

  // Switch to the walk domain: its own view, its key controls, the walk teacher's episode playing on the humanoid.
  await page.getByTestId('param-dom').selectOption('humanoidWalk');
  await expect(page.getByTestId('humanoid-episode')).toContainText("No agent yet: the walk teacher's own episode", { timeout: 150_000 });
  await expect(page.getByTestId('param-twk')).toBeVisible();
  await expect(page.getByTestId('param-comp')).toBeHidden();
  await expect(page.locator('[data-scene="teacher-humanoid"] canvas')).toBeVisible();
  await scrubTo(page, 'humanoid', 0);
  await page.waitForTimeout(500);
  const start = await canvasLook(page, 'teacher-humanoid');
  await scrubTo(page, 'humanoid', 60);
  await page.waitForTimeout(500);
  const later = await canvasLook(page, 'teacher-humanoid');
  expect(start.colours).toBeGreaterThan(3);
  expect(later.signature).not.toBe(start.signature);
  expect(await plotsWithData(page)).toContain('teacher-episode');
  // A folded field of the other domain still travels in the link.
  await (await paramControl(page, 'comp')).selectOption('parallel');
  await expect(page).toHaveURL(/comp=parallel/);
  expect(errors).toEqual([]);
});

test('Teacher policies: tiny MO-MPO run on WebGPU to 100%; per-objective curves, trade-off and the MuJoCo arena are drawn', async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchConsole(page);
  await page.goto('/#/teacher-mompo?preset=tiny&run=1');
  await expect(page.getByRole('heading', { name: 'Teacher policies as objectives', exact: true })).toBeVisible();
  await expectRunDoneOnWebGpu(page);

  // Evaluations at 0, 50 and 100 env steps; tiny trains no baseline and runs no sweep (SwiftShader is slow).
  expect(await plotPoints(page, 'teacher-success')).toEqual([3, 0]);
  const returns = await page.locator('[data-plot="teacher-returns"]').evaluate((el) => (el as unknown as { data: { name: string; x: unknown[]; legendgroup?: string }[] }).data.filter((t) => t.legendgroup !== 'recorded'));
  expect(returns.map((t) => t.name)).toEqual(['task return, with teachers', 'task return, without', "log π_waypoint (agent's action)", "log π_goal (agent's action)"]);
  expect(returns[0].x).toHaveLength(3);
  expect(returns[2].x.length).toBeGreaterThan(0);
  expect(await plotPoints(page, 'teacher-tradeoff')).toEqual([0]);
  expect((await plotPoints(page, 'teacher-duals')).some((n) => n > 0)).toBe(true);

  // The arena: a WebGL canvas with more than one colour, and an episode to scrub.
  await expect(page.getByTestId('arena-episode')).toContainText('Policy after 100 env steps');
  await expect(page.locator('[data-scene="teacher-arena"] canvas')).toBeVisible();
  const { colours } = await canvasLook(page, 'teacher-arena');
  expect(colours).toBeGreaterThan(3);
  await scrubTo(page, 'arena', 10);
  await expect(page.getByTestId('arena-play')).toHaveText('Play');

  await expectLinkRoundTrips(page, { steps: await (await paramControl(page, 'steps')).inputValue() });
  expect(errors).toEqual([]);
});

/**
 * Pauses an episode view, then moves its slider to `frame`. Filling the slider while it plays races
 * the render loop, which moves the slider itself: landing on the frame it already shows fires no change.
 */
async function scrubTo(page: Page, name: string, frame: number): Promise<void> {
  const play = page.getByTestId(`${name}-play`);
  if ((await play.textContent()) === 'Pause') await play.click();
  await expect(play).toHaveText('Play');
  await page.getByTestId(`${name}-scrub`).fill(String(frame));
}

/** Coarse colour count and a pixel signature of a WebGL canvas (read back through a 2-D copy). */
async function canvasLook(page: Page, name: string): Promise<{ colours: number; signature: number }> {
  return page.locator(`[data-scene="${name}"] canvas`).evaluate((c) => {
    const src = c as HTMLCanvasElement;
    const copy = document.createElement('canvas');
    copy.width = src.width;
    copy.height = src.height;
    const ctx = copy.getContext('2d');
    if (!ctx) return { colours: 0, signature: 0 };
    ctx.drawImage(src, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    const seen = new Set<number>();
    let signature = 0;
    for (let i = 0; i < data.length; i += 4 * 97) {
      seen.add((data[i] >> 4) * 256 + (data[i + 1] >> 4) * 16 + (data[i + 2] >> 4));
      signature = (signature * 31 + data[i] + 7 * data[i + 1] + 13 * data[i + 2]) % 1_000_000_007;
    }
    return { colours: seen.size, signature };
  });
}

test('Teacher policies, humanoid: tiny stand run on WebGPU to 100%; the humanoid renders, moves under the policy, and the link round-trips', async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchConsole(page);
  await page.goto('/#/teacher-mompo?preset=humanoid-tiny&run=1');
  await expect(page.getByRole('heading', { name: 'Teacher policies as objectives', exact: true })).toBeVisible();
  await expectRunDoneOnWebGpu(page);

  // Evaluations at 0, 50 and 100 env steps with the stand teacher; humanoid-tiny trains no baseline.
  expect(await plotPoints(page, 'teacher-head')).toEqual([3, 0, 2]);
  expect(await plotPoints(page, 'teacher-selection')).toEqual([]);
  await expect(page.getByTestId('humanoid-episode')).toContainText('Agent after 100 env steps');
  await expect(page.getByTestId('humanoid-episode')).toContainText('stand teacher');

  // The humanoid is drawn (more than a few colours), and the picture changes as the episode plays under the policy.
  await expect(page.locator('[data-scene="teacher-humanoid"] canvas')).toBeVisible();
  await scrubTo(page, 'humanoid', 0);
  await expect(page.getByTestId('humanoid-play')).toHaveText('Play');
  await page.waitForTimeout(500);
  const start = await canvasLook(page, 'teacher-humanoid');
  expect(start.colours).toBeGreaterThan(3);
  await scrubTo(page, 'humanoid', 30);
  await page.waitForTimeout(500);
  const end = await canvasLook(page, 'teacher-humanoid');
  expect(end.colours).toBeGreaterThan(3);
  expect(end.signature).not.toBe(start.signature);

  await expectLinkRoundTrips(page, { steps: await (await paramControl(page, 'steps')).inputValue(), dom: 'humanoidStand' }, 'humanoid-tiny');
  expect(errors).toEqual([]);
});

test('Teacher policies, humanoid walk: the selection head on WebGPU chooses among task only, stand and walk over the episode', async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchConsole(page);
  await page.goto('/#/teacher-mompo?preset=humanoid-walk-tiny&run=1');
  await expectRunDoneOnWebGpu(page);
  // One probability per control step (30) for "task only", "stand teacher" and "walk teacher", summing to 1.
  expect(await plotPoints(page, 'teacher-selection')).toEqual([30, 30, 30]);
  const sums = await page.locator('[data-plot="teacher-selection"]').evaluate((el) => {
    const d = (el as unknown as { data: { y: number[] }[] }).data;
    return d[0].y.map((v, i) => v + d[1].y[i] + d[2].y[i]);
  });
  for (const s of sums) expect(s).toBeCloseTo(1, 4);
  await expect(page.getByTestId('humanoid-episode')).toContainText('walk teacher');
  await expectLinkRoundTrips(page, { steps: await (await paramControl(page, 'steps')).inputValue(), dom: 'humanoidWalk' }, 'humanoid-walk-tiny');
  expect(errors).toEqual([]);
});
