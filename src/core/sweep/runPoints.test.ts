import { describe, expect, it } from 'vitest';
import { missingMessage } from './merge';
import type { PointDone, PointJob } from './pointJob';
import { formatSeconds, SweepProgress } from './progress';
import { runPoints } from './runPoints';

const POINTS = [{ label: 'a', cost: 1 }, { label: 'b', cost: 3 }, { label: 'c', cost: 4 }];
const jobs: PointJob[] = POINTS.map((_, point) => ({ sweepId: 's', slug: 'x', query: '', point, commit: 'c' }));
const doneOf = (point: number): PointDone => ({ point, result: point * 10, backend: 'wasm', worker: 'w', ms: 1 });

describe('runPoints', () => {
  it('retries a throwing point up to its attempts, keeps the others, and reports each failure once', async () => {
    const tries = new Map<number, number>();
    const progress = new SweepProgress(POINTS, 0);
    const out = await runPoints(
      async (job, onProgress) => {
        tries.set(job.point, (tries.get(job.point) ?? 0) + 1);
        onProgress(0.5);
        if (job.point === 1) throw new Error('NaN at step 2');
        if (job.point === 2 && tries.get(2) === 1) throw new Error('worker died'); // recovers on the second try
        return doneOf(job.point);
      },
      { jobs, points: POINTS, attempts: 3, progress, onChange: () => undefined },
    );
    expect([...out.done.keys()].sort()).toEqual([0, 2]);
    expect(out.failed).toEqual([{ point: 1, label: 'b', message: 'NaN at step 2', attempts: 3 }]);
    expect(Object.fromEntries(tries)).toEqual({ 0: 1, 1: 3, 2: 2 });
    expect(progress.finished).toBe(true);
    expect(progress.count('failed')).toBe(1);
  });

  it('stops at once on an error that no retry can fix', async () => {
    let tries = 0;
    const out = await runPoints(
      async () => {
        tries++;
        throw new Error('refused: other code');
      },
      { jobs: jobs.slice(0, 1), points: POINTS, attempts: 5, progress: new SweepProgress(POINTS, 0), onChange: () => undefined, isFinal: (e) => e.message.startsWith('refused') },
    );
    expect(tries).toBe(1);
    expect(out.failed[0].attempts).toBe(1);
  });
});

describe('missingMessage', () => {
  it('is undefined for a complete sweep and groups points that failed alike', () => {
    const all = new Map([0, 1, 2].map((i) => [i, doneOf(i)] as const));
    expect(missingMessage(POINTS, [], all)).toBeUndefined();
    const six = Array.from({ length: 6 }, (_, i) => ({ label: `p${i}`, cost: 1 }));
    const failed = [0, 1, 2, 3, 4].map((point) => ({ point, label: `p${point}`, message: 'refused', attempts: 1 }));
    expect(missingMessage(six, failed, new Map())).toBe('Sweep incomplete: 6 of 6 points missing: #0, #1, #2, #3, #4 (refused; 1 attempt); #5 p5 (no result).');
  });
});

describe('SweepProgress', () => {
  it('weights points by cost, counts running fractions, and projects the rest at the rate so far', () => {
    const p = new SweepProgress(POINTS, 0);
    expect(p.eta(1000)).toBeNull();
    p.set(0, 'done');
    p.set(1, 'running', 1 / 3);
    expect(p.done()).toBeCloseTo(2 / 8);
    // 2 of 8 cost units in 10 s: 6 left take 30 s.
    expect(p.eta(10_000)).toBeCloseTo(30);
    expect(p.line(10_000, 8)).toBe('[##......] 25% · 1/3 points, 1 running · 10s · ETA 30s');
  });

  it('leaves work done before a resume out of the rate', () => {
    const p = new SweepProgress(POINTS, 0);
    p.set(2, 'done');
    p.markBaseline();
    p.set(0, 'done');
    // 1 unit in 5 s since the resume: the 3 left take 15 s.
    expect(p.eta(5000)).toBeCloseTo(15);
  });

  it('formats durations', () => {
    expect([formatSeconds(9.6), formatSeconds(61), formatSeconds(3725)]).toEqual(['10s', '1m 01s', '1h 02m']);
  });
});
