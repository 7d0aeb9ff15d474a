/**
 * `npm run claims -- <slug> --seeds …`: a real claim (Chinchilla's fitter,
 * seed-dependent and about a second) over two seeds on two local worker
 * processes must give each seed exactly the outcome the claim gives in this
 * process with that seed; bad `--seeds` and clashing options are refused
 * before anything runs. (The BullMQ engine is tested in sweep.test.ts, beside
 * its redis-server.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { initNodeBackend } from '../src/core/backend/nodeBackend';
import { runClaims, type ClaimOutcome } from '../src/core/claimsRunner';
import { codeVersion, COMMIT_ENV } from '../src/core/sweep/commit';
import { fitterRecovers } from '../src/papers/chinchilla/claims';
import { main } from './claims';
import type { SeedsFile } from './sweepClaims';

const dir = mkdtempSync(path.join(os.tmpdir(), 'claims-seeds-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Captures console output while `f` runs (the progress bar on stderr is dropped). */
async function logged(f: () => Promise<number>): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  const spyErr = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  const spyBar = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await f(), text: lines.join('\n') };
  } finally {
    spy.mockRestore();
    spyErr.mockRestore();
    spyBar.mockRestore();
  }
}

/** What two runs of a claim with the same seed share exactly (not the wall time). */
const verdict = (o: ClaimOutcome) => ({ ...o, seconds: 0 });

describe('npm run claims -- --seeds', () => {
  it('runs a claim over 2 seeds on 2 local worker processes, each seed equal to the claim run here with that seed', async () => {
    const tf = await initNodeBackend('wasm');
    const here = await Promise.all([1, 2].map((seed) => runClaims([fitterRecovers], { tf, backend: 'wasm', seed, signal: new AbortController().signal })));
    // The seed reaches the claim: otherwise this test could not tell the seeds apart.
    expect(here[0][0].measured).not.toBe(here[1][0].measured);

    // Pin the code version for submitter and workers: other edits to this checkout during the test must not make them disagree.
    const pinned = process.env[COMMIT_ENV];
    process.env[COMMIT_ENV] = codeVersion();
    const out = path.join(dir, 'seeds.json');
    let r: { code: number; text: string };
    try {
      r = await logged(() => main(['chinchilla', '--claim', fitterRecovers.id, '--seeds', '1..2', '--workers', '2', '--out', out]));
    } finally {
      if (pinned === undefined) delete process.env[COMMIT_ENV];
      else process.env[COMMIT_ENV] = pinned;
    }
    const passes = here.filter((o) => o[0].pass).length;
    expect(r.code).toBe(passes === 2 ? 0 : 1);
    expect(r.text).toContain(`${fitterRecovers.id}: holds on ${passes} of 2 seeds`);
    expect(r.text).toMatch(/\| chinchilla-fitter-recovers-law \| alpha = .* \| (pass|FAIL): alpha = .* \| (pass|FAIL): alpha = .* \| \d of 2 \|/);

    const file: SeedsFile = JSON.parse(readFileSync(out, 'utf8'));
    expect(file.provenance).toMatchObject({ engine: 'local', workers: 2, seeds: [1, 2], backend: 'wasm', full: false });
    expect(file.papers.map((p) => p.slug)).toEqual(['chinchilla']);
    const seeds = file.papers[0].seeds;
    expect(seeds.map((s) => s.seed)).toEqual([1, 2]);
    for (const [i, s] of seeds.entries()) {
      expect(s.failed).toBeUndefined();
      expect(s.backend).toBe('wasm');
      expect(s.outcomes?.map(verdict)).toEqual(here[i].map(verdict));
    }
  }, 120_000);

  it.each([
    [['--seeds', '1.5'], "--seeds: '1.5' is not a seed (a non-negative integer) or a range a..b"],
    [['--seeds', '-1'], "--seeds: '-1' is not a seed"],
    [['--seeds', ''], '--seeds needs seeds: 1,2,3 or 1..5'],
    [['--seeds', '1,,2'], "--seeds: '' is not a seed"],
    [['--seeds', '0..64'], "--seeds: '0..64' is 65 seeds; at most 64 in one command"],
    [['--seeds', '5..3'], "the range '5..3' counts down"],
    [['--seeds', '1,2,1'], 'seed 1 is given twice'],
    [['--seeds', '4294967296'], 'above 4294967295'],
    [['--seeds'], '--seeds needs a value'],
    [['--seeds', '1,2', '--record'], '--seeds cannot go with --record'],
    [['--seeds', '1', '--from', 'x.run.json'], '--seeds cannot go with --from'],
    [['--workers', '2', '--record'], '--workers cannot go with --record'],
    [['--seeds', '1', '--workers', 'two'], "--workers must be an integer >= 0 (0 runs the seeds in this process), not 'two'"],
    [['--seeds', '1', '--workers', '2', '--redis', 'redis://127.0.0.1:1'], 'choose one'],
  ])('refuses %j with exit code 2 and a message', async (extra, message) => {
    const r = await logged(() => main(['chinchilla', ...extra]));
    expect(r.code).toBe(2);
    expect(r.text).toContain(message);
  });
});
