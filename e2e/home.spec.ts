import { expect, test } from '@playwright/test';
import { watchConsole } from './helpers';

const SLUGS = ['chinchilla', 'routed-scaling', 'retro', 'gopher', 'algebranets', 'rims', 'crystal-density', 'infograph', 'vgraph', 'teacher-mompo'];

test('home shows a card for each of the ten papers, with no console errors', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Ten papers you can run' })).toBeVisible();
  for (const slug of SLUGS) {
    const card = page.getByTestId(`card-${slug}`);
    await expect(card).toBeVisible();
    const state = await card.getAttribute('data-state');
    expect(['ready', 'coming']).toContain(state);
    // A card that is not built is not a link to an empty page.
    await expect(card.locator('a')).toHaveCount(state === 'ready' ? 1 : 0);
    if (state === 'coming') await expect(card).toContainText('not built yet');
  }
  // The header reports the backend once the worker is up.
  await expect(page.getByTestId('active-backend')).toBeVisible();
  expect(errors).toEqual([]);
});

test('an unknown page says so instead of going blank; a bare paper link opens its panel', async ({ page }) => {
  await page.goto('/#/no-such-paper?x=1');
  await expect(page.getByRole('heading', { name: 'No such page' })).toBeVisible();
  await page.goto('/#/teacher-mompo');
  await expect(page.getByRole('heading', { name: 'Reproduce' })).toBeVisible();
});
