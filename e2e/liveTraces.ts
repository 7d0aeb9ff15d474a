/**
 * A chart's own traces, without the recorded run's faded ones (Plot draws
 * those first, in the legend group 'recorded'), for specs that count a live
 * run's points or names.
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
      .filter((t) => t.legendgroup !== 'recorded')
      .map(({ name, x, y, z }) => ({ name, x, y, z })),
  );
}

/** Points per live trace. */
export async function livePoints(page: Page, plot: string): Promise<number[]> {
  return (await liveTraces(page, plot)).map((t) => t.x?.length ?? 0);
}
