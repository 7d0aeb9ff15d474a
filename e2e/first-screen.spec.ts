/**
 * Every panel opens alive (DESIGN.md, "The first screen"): at 1440×900, with no
 * run, the Run button sits within the first 900 px, a plot has data (the
 * recorded run and what is computed at once), no 3-D canvas is blank, at most
 * 8 inputs are visible outside folded groups, and the console is clean. At
 * 390×844 the page never scrolls sideways.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { plotsWithData, watchConsole } from './helpers';

const PANELS = ['chinchilla', 'routed-scaling', 'retro', 'gopher', 'algebranets', 'rims', 'crystal-density', 'infograph', 'vgraph', 'teacher-mompo'];

/** Visible form controls outside folded groups; a slider and its number box are one control. */
async function visibleInputs(page: Page): Promise<string[]> {
  return page.locator('main input, main select, main textarea').evaluateAll((els) => {
    const seen = new Set<string>();
    for (const el of els) {
      // A closed <details> keeps its inputs' boxes in Chromium; checkVisibility sees through it.
      if (!el.checkVisibility()) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || (el as HTMLInputElement).type === 'hidden') continue;
      if ((el as HTMLInputElement).type === 'range' && el.parentElement?.querySelector('[data-testid^="param-"]')) continue;
      seen.add(el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.id ?? el.outerHTML.slice(0, 60));
    }
    return [...seen];
  });
}

/** 3-D canvases that draw one colour only (nothing in the scene). */
async function blankCanvases(page: Page): Promise<string[]> {
  return page.locator('[data-scene] canvas').evaluateAll((els) =>
    els
      .filter((el) => {
        const c = el as HTMLCanvasElement;
        const probe = document.createElement('canvas');
        probe.width = 48;
        probe.height = 48;
        const g = probe.getContext('2d');
        if (!g || c.width === 0) return true;
        g.drawImage(c, 0, 0, 48, 48);
        const px = g.getImageData(0, 0, 48, 48).data;
        const colours = new Set<number>();
        for (let i = 0; i < px.length; i += 4) colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
        return colours.size < 3;
      })
      .map((el) => el.parentElement?.getAttribute('data-scene') ?? '?'),
  );
}

for (const slug of PANELS) {
  test(`${slug} opens alive at 1440×900 and fits 390 px`, async ({ page }) => {
    // The recorded run is what every plot draws first; scripts/recordedRuns.test.ts lists the panels still without one.
    test.skip(!existsSync(`public/runs/${slug}/default.run.json`), `${slug} ships no recorded default run yet (npm run record -- ${slug})`);
    const errors = watchConsole(page);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/#/${slug}`);
    const run = page.getByTestId('run').first();
    await expect(run).toBeVisible({ timeout: 60_000 });
    await expect.poll(() => plotsWithData(page), { message: 'a plot with data before any run', timeout: 60_000 }).not.toEqual([]);
    await expect(page.getByTestId('recorded-badge').first()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = (await run.boundingBox())!.y;
    expect(top, 'the Run button within the first screen').toBeLessThan(900);
    const inputs = await visibleInputs(page);
    expect(inputs.length, `visible inputs: ${inputs.join(', ')}`).toBeLessThanOrEqual(8);
    // Scenes draw on their next frames; give them a moment.
    await expect.poll(() => blankCanvases(page), { message: 'no blank 3-D canvas', timeout: 20_000 }).toEqual([]);
    await expect(page.getByText('Nothing to show yet')).toHaveCount(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), { message: 'no sideways scroll at 390 px' })
      .toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
}
