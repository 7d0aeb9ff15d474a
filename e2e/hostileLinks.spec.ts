/**
 * The browser side of the link fuzz (src/papers/hostileLinks.test.ts runs
 * 10,000 through the codec in Node): 100 seeded hostile links per run, 10 per
 * panel, opened in Chromium. The seed rotates daily (or PW_FUZZ_SEED) and is
 * printed, so a failure can be replayed. For each link: no uncaught error, the
 * panel and its run bar are on the page (never a blank page), and its notices
 * are shown when the codec has something to say.
 */
import { expect, test } from '@playwright/test';
import { decodeLink } from '../src/core/params/codec';
import { hostileQuery } from '../src/core/params/hostileLinks';
import { Rng } from '../src/core/rng';
import { CATALOG } from '../src/papers/catalog';
import { PANEL_LINKS } from './panelSchemas';

const LINKS = 100;
const SEED = Number(process.env.PW_FUZZ_SEED ?? Math.floor(Date.now() / 86_400_000));

test(`${LINKS} hostile links (seed ${SEED}) open to a working panel with its notices`, async ({ page }) => {
  // About 1 s a link on an idle 2-core machine; 4-5 s when it is shared with other test runs (load 30+), hence the margin.
  test.setTimeout(420_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const papers = CATALOG.filter((e) => e.load).map((e) => ({ slug: e.slug, paper: PANEL_LINKS[e.slug] }));
  expect(papers.filter((p) => !p.paper).map((p) => p.slug), 'e2e/panelSchemas.ts lists every panel').toEqual([]);
  const rng = new Rng(SEED);
  console.log(`hostile links in the browser: seed ${SEED} (PW_FUZZ_SEED=${SEED} replays it)`);
  let tried = 0;
  let restarts = 0;
  const started = Date.now();
  await page.goto('/');
  for (let i = 0; i < LINKS; i++) {
    const { slug, paper } = papers[i % papers.length];
    const query = hostileQuery(paper.schema, rng).slice(0, 20_000); // a browser keeps long hashes, but 100 KB each would only slow the sample
    const where = `link ${i} #/${slug}?${query.slice(0, 200)}`;
    // Via the home page (no run bar there), so the run bar found below is the new panel's.
    await page.evaluate(() => { window.location.hash = '#/'; });
    await expect(page.getByTestId('run-state')).toHaveCount(0);
    await page.evaluate((h) => { window.location.hash = h; }, `#/${slug}?${query}`);
    tried++;
    if (process.env.PW_FUZZ_VERBOSE) console.log(`${((Date.now() - started) / 1000).toFixed(1)} s: ${where}`);
    await expect(page.getByTestId('run-state'), where).toBeVisible({ timeout: 30_000 });
    if (decodeLink(paper.schema, paper.presets, query).notices.length) await expect(page.getByTestId('notices'), where).toBeVisible();
    expect(errors, where).toEqual([]);
    // A run=1 link starts a run (its hostile settings can make it heavy); end it at once by restarting the runner.
    if (!/Ready|Stopped|Done/.test(await page.getByTestId('run-state').innerText())) {
      restarts++;
      // Not awaited: the new worker boots (seconds on SwiftShader) while the next panel renders.
      await page.evaluate(() => void (window as unknown as { __paperNotebook: { runner: { restart(): Promise<void> } } }).__paperNotebook.runner.restart());
    }
  }
  console.log(`hostile links in the browser: ${tried} tried (${restarts} started a run), failures 0, ${((Date.now() - started) / 1000).toFixed(0)} s`);
});
