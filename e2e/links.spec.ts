import { expect, test } from '@playwright/test';

test('a link with params round-trips: change a control, share, open the shared link', async ({ page, context }) => {
  await page.goto('/#/device?preset=tiny');
  const lr = page.getByTestId('param-lr');
  await lr.fill('0.003');
  await lr.press('Enter');
  await page.getByTestId('param-width').fill('48');
  await page.getByTestId('param-width').press('Enter');
  await page.getByTestId('param-seed').fill('1234');
  await page.getByTestId('param-seed').press('Enter');
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toContain('lr=0.003');
  expect(url).toContain('width=48');
  expect(url).toContain('preset=tiny');
  expect(url).toContain('seed=1234');
  expect(url).not.toContain('run=1');

  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByTestId('param-lr')).toHaveValue('0.003');
  await expect(other.getByTestId('param-width')).toHaveValue('48');
  await expect(other.getByTestId('param-n')).toHaveValue('64');
  await expect(other.getByTestId('preset')).toHaveValue('tiny');
  await expect(other.getByTestId('param-seed')).toHaveValue('1234');
  await expect(other.getByTestId('notices')).toHaveCount(0);
});

test('a malformed link shows notices and defaults, never a blank page', async ({ page }) => {
  await page.goto('/#/device?lr=banana&seed=-1&nope=1');
  const notices = page.getByTestId('notices');
  await expect(notices).toBeVisible();
  await expect(notices.locator('li')).toHaveCount(3);
  await expect(notices).toContainText("'banana' is not a number");
  await expect(notices).toContainText("Unknown setting 'nope'");
  await expect(page.getByTestId('param-lr')).toHaveValue('0.01');
  await expect(page.getByRole('heading', { name: 'Device' })).toBeVisible();
});
