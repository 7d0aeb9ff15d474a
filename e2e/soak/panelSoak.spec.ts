/**
 * The browser half of `npm run soak` (issue 27, long runs): one panel on
 * WebGPU in headless Chromium, its tiny preset run again and again for
 * SOAK_MINUTES (30 by default), sampling after every run the runner worker's
 * live tensors (tf.memory) and its JS heap after a GC (DevTools protocol). The
 * runs of the first fifth are the warm-up (WebGPU pipelines and tfjs program
 * caches fill there). Passes when every run ends with the same tensor count
 * and the worker heap at the end (median of the last three runs) is under 5%
 * above its value at the end of the warm-up.
 * Not part of `npm test` (the main config ignores e2e/soak).
 * SOAK_PANEL picks the panel (gopher by default: the LM family).
 */
import { expect, test, type Browser, type Worker } from '@playwright/test';
import { expectWebGpu, runnerWorker, watchConsole } from '../helpers';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 30);
const PANEL = process.env.SOAK_PANEL ?? 'gopher';
const MAX_HEAP_GROWTH = 0.05;

interface Sample {
  run: number;
  minute: number;
  tensors: number;
  heapMB: number | null;
}

/** The runner worker's live tensors. */
function workerTensors(worker: Worker): Promise<number> {
  return worker.evaluate(() => (globalThis as unknown as { tf: { memory(): { numTensors: number } } }).tf.memory().numTensors);
}

/**
 * The used JS heap (MB) of every dedicated worker of the page, after a GC,
 * through the DevTools protocol (a worker has no performance.memory): the
 * runner worker is the one with the largest heap.
 */
async function workerHeapMB(browser: Browser): Promise<number | null> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    let largest: number | null = null;
    for (const t of targetInfos.filter((x) => x.type === 'worker')) {
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
      const replies = new Map<number, (r: { result?: { usedSize?: number } }) => void>();
      const onMessage = (e: { sessionId?: string; message: string }) => {
        if (e.sessionId !== sessionId) return;
        const m: { id?: number; result?: { usedSize?: number } } = JSON.parse(e.message);
        if (m.id !== undefined) replies.get(m.id)?.(m);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      const call = (id: number, method: string) => new Promise<{ result?: { usedSize?: number } }>((resolve) => {
        replies.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
      await call(1, 'HeapProfiler.collectGarbage');
      const used = (await call(2, 'Runtime.getHeapUsage')).result?.usedSize;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId });
      if (used !== undefined) largest = Math.max(largest ?? 0, used / 2 ** 20);
    }
    return largest;
  } finally {
    await cdp.detach();
  }
}

test(`${PANEL}: ${MINUTES} minutes of tiny runs on WebGPU keep the worker's tensors and heap flat`, async ({ page, browser }) => {
  test.setTimeout((MINUTES + 10) * 60_000);
  const errors = watchConsole(page);
  const start = Date.now();
  await page.goto(`#/${PANEL}?preset=tiny`);
  const samples: Sample[] = [];
  const state = page.getByTestId('run-state');
  for (let run = 0; run === 0 || Date.now() - start < MINUTES * 60_000; run++) {
    await page.getByTestId('run').click();
    await expect(state).toContainText('Running', { timeout: 60_000 });
    if (run === 0) await expectWebGpu(page);
    await expect(state).toContainText(/Done|error/, { timeout: 600_000 });
    await expect(state).toContainText('Done');
    const s = { tensors: await workerTensors(await runnerWorker(page)), heapMB: await workerHeapMB(browser) };
    samples.push({ run, minute: (Date.now() - start) / 60_000, ...s });
    console.log(`  run ${String(run + 1).padStart(4)} at ${samples[samples.length - 1].minute.toFixed(1)} min: ${s.tensors} tensors, worker heap ${s.heapMB?.toFixed(1) ?? 'n/a'} MB`);
  }
  const warmRuns = Math.max(1, Math.floor(samples.length / 5));
  const warm = samples[warmRuns - 1];
  const rest = samples.slice(warmRuns);
  const last = samples[samples.length - 1];
  const endHeaps = samples.slice(-3).map((s) => s.heapMB);
  const endHeap = endHeaps.every((h) => h !== null) ? [...endHeaps].sort((a, b) => (a ?? 0) - (b ?? 0))[Math.floor(endHeaps.length / 2)] : null;
  const growth = warm.heapMB !== null && endHeap !== null ? endHeap / warm.heapMB - 1 : null;
  console.log(`${PANEL}: ${samples.length} runs in ${last.minute.toFixed(1)} min (${warmRuns} warm-up); tensors at the end of every run ${Math.min(...samples.map((s) => s.tensors))}-${Math.max(...samples.map((s) => s.tensors))}; worker heap ${warm.heapMB?.toFixed(2) ?? 'n/a'} MB after the warm-up → ${endHeap?.toFixed(2) ?? 'n/a'} MB at the end (${growth === null ? 'not measured' : `${(100 * growth).toFixed(1)}%`}), largest ${Math.max(...samples.map((s) => s.heapMB ?? 0)).toFixed(2)} MB`);
  expect(rest.length, 'at least one run after the warm-up').toBeGreaterThan(0);
  expect(samples.map((s) => s.tensors)).toEqual(samples.map(() => warm.tensors));
  if (growth !== null) expect(growth).toBeLessThan(MAX_HEAP_GROWTH);
  expect(errors).toEqual([]);
});
