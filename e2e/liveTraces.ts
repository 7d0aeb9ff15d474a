/**
 * A chart's own traces, without a faded run's (Plot draws those first, in the
 * legend group 'recorded' or 'previous'), for specs that count a live run's
 * points or names.
 */
import type { Page } from '@playwright/test';

export interface LiveTrace {
  name?: string;
  x?: unknown[];
  y?: unknown[];
  z?: number[][];
}

export async function liveTraces(page: Page, plot: string): Promise<LiveTrace[]> {
  return page.locator(`[data-plot="${plot}"]`).evaluate((el) =>
    ((el as unknown as { data?: (LiveTrace & { legendgroup?: string })[] }).data ?? [])
      .filter((t) => t.legendgroup !== 'recorded' && t.legendgroup !== 'previous')
      .map(({ name, x, y, z }) => ({ name, x, y, z })),
  );
}

/** Points per live trace. */
export async function livePoints(page: Page, plot: string): Promise<number[]> {
  return (await liveTraces(page, plot)).map((t) => t.x?.length ?? 0);
}

/** The legend groups of a chart's faded traces ('recorded', 'previous'). */
export async function fadedGroups(page: Page, plot: string): Promise<string[]> {
  return page.locator(`[data-plot="${plot}"]`).evaluate((el) => [
    ...new Set(((el as unknown as { data?: { legendgroup?: string }[] }).data ?? []).map((t) => t.legendgroup ?? '').filter((g) => g === 'recorded' || g === 'previous')),
  ]);
}
