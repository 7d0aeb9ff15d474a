/**
 * The Content-Security-Policy (scripts/build/contentSecurityPolicy.ts) holds on
 * every page: no violation is reported on the home page, the Device page or any
 * panel, and a run that needs WebAssembly (tfjs's WASM backend, MuJoCo) still
 * trains under it.
 */
import { expect, test, type Page } from '@playwright/test';
import { CATALOG } from '../src/papers/catalog';

/** Every `securitypolicyviolation` event and every CSP console error on the page. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCsp', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(v: string): void }).__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test('the built page carries a CSP with no unsafe-eval and no inline script', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  expect(csp).toBeDefined();
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('no CSP violation on the home page, the Device page or any panel', async ({ page }) => {
  test.setTimeout(300_000);
  const violations = await watchCsp(page);
  await page.goto('/');
  await expect(page.getByRole('heading').first()).toBeVisible();
  await page.goto('/#/device');
  await expect(page.getByRole('heading').first()).toBeVisible();
  for (const entry of CATALOG.filter((e) => e.load)) {
    await page.goto(`/#/${entry.slug}?preset=tiny`);
    await expect(page.getByTestId('run')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('[data-plot] .main-svg').first()).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.katex').first()).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test('WebAssembly runs under the CSP: a tiny teacher-mompo run (MuJoCo) on the tfjs WASM backend', async ({ page }) => {
  test.setTimeout(400_000);
  const violations = await watchCsp(page);
  await page.goto('/#/teacher-mompo?preset=tiny&backend=wasm&run=1');
  await expect(page.getByTestId('active-backend')).toHaveAttribute('data-backend', 'wasm', { timeout: 60_000 });
  await expect(page.getByTestId('run-state')).toContainText(/Done|error/, { timeout: 360_000 });
  await expect(page.getByTestId('run-state')).toContainText('Done');
  expect(violations).toEqual([]);
});
