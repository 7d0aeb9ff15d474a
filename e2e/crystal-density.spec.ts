import { expect, test, type Page } from '@playwright/test';
import { expectLinkRoundTrips, expectRunDoneOnWebGpu, plotPoints, watchConsole } from './helpers';
import { livePoints } from './liveTraces';

/** Reads a Scene3D canvas back (the renderer keeps its drawing buffer) and summarises its pixels. */
async function canvasPixels(page: Page, scene: string): Promise<{ lit: number; hash: number }> {
  return page.locator(`[data-scene="${scene}"] canvas`).evaluate((el) => {
    const src = el as HTMLCanvasElement;
    const c = document.createElement('canvas');
    c.width = src.width;
    c.height = src.height;
    const g = c.getContext('2d')!;
    g.drawImage(src, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let lit = 0, hash = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] > 0 && d[i] + d[i + 1] + d[i + 2] > 30) lit++;
      hash = (hash * 31 + d[i] + 7 * d[i + 1] + 13 * d[i + 2]) % 1_000_000_007;
    }
    return { lit, hash };
  });
}

test('crystal-density: tiny trains on WebGPU to 100%; the 3-D views render; the interpolation slider changes the view', async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchConsole(page);
  await page.goto('/#/crystal-density?preset=tiny&run=1');
  await expect(page.getByRole('heading', { name: '3-D crystal densities: encode, decode, segment' })).toBeVisible();
  await expectRunDoneOnWebGpu(page);

  await expect(page.getByTestId('crystal-dataset')).toHaveAttribute('data-train', '16');
  expect((await livePoints(page, 'crystal-vae'))[0]).toBe(4);
  expect((await livePoints(page, 'crystal-seg'))[0]).toBe(4);
  expect((await plotPoints(page, 'crystal-latent')).reduce((a, b) => a + b, 0)).toBe(24);
  await expect(page.getByTestId('crystal-results')).toBeVisible();

  // The decoder learned something on WebGPU: the reconstruction is not one constant value (a
  // broken bias add once left every voxel at softplus(-4), the last layer's initial bias).
  const range = page.getByTestId('crystal-recon-range');
  const lo = Number(await range.getAttribute('data-min')), hi = Number(await range.getAttribute('data-max'));
  expect(Number.isFinite(lo) && Number.isFinite(hi)).toBe(true);
  expect(hi - lo).toBeGreaterThan(1e-3);

  // The input view draws an isosurface and atoms: many lit pixels, read back from the WebGL canvas.
  await expect.poll(async () => (await canvasPixels(page, 'crystal-input')).lit, { timeout: 30_000 }).toBeGreaterThan(500);
  await expect.poll(async () => (await canvasPixels(page, 'crystal-seg-view')).lit, { timeout: 30_000 }).toBeGreaterThan(100);
  // The view settings are folded under the input view.
  await page.locator('.crystal-view-settings summary').click();
  // Turning the input view measures its frame rate with the isosurface on (the bench's frames/s).
  await page.getByTestId('crystal-spin').check();
  await expect(page.getByTestId('crystal-input-fps')).toHaveAttribute('data-fps', /\d/, { timeout: 30_000 });
  await page.getByTestId('crystal-spin').uncheck();

  // The interpolation slider changes what the interpolation view draws.
  const slider = page.getByTestId('crystal-interp');
  await expect(slider).toBeEnabled();
  await slider.fill('0');
  await page.waitForTimeout(500);
  const before = await canvasPixels(page, 'crystal-interp-view');
  expect(before.lit).toBeGreaterThan(100);
  const interpCaption = page.locator('.crystal-view', { has: page.locator('[data-scene="crystal-interp-view"]') }).locator('p.hint');
  const massAt0 = /mass ([\d.]+)/.exec((await interpCaption.textContent()) ?? '')?.[1];
  await slider.fill('4');
  await expect.poll(async () => (await canvasPixels(page, 'crystal-interp-view')).hash, { timeout: 15_000 }).not.toBe(before.hash);
  // The two ends decode two different held-out crystals, so their masses differ.
  const massAt4 = /mass ([\d.]+)/.exec((await interpCaption.textContent()) ?? '')?.[1];
  expect(massAt0).toBeDefined();
  expect(massAt4).toBeDefined();
  expect(massAt4).not.toBe(massAt0);

  // The 2x2x2 toggle and the iso slider redraw the input view.
  const one = await canvasPixels(page, 'crystal-input');
  await page.getByTestId('crystal-repeat').check();
  await expect.poll(async () => (await canvasPixels(page, 'crystal-input')).hash, { timeout: 15_000 }).not.toBe(one.hash);

  await expectLinkRoundTrips(page);
  expect(errors).toEqual([]);
});
