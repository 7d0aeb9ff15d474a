/**
 * `npm run sweep-worker -- --redis redis://host:port [--backend wasm|cpu|webgpu] [--lock-ms MS] [--concurrency N] [--name NAME]`
 *
 * Serves sweep points, and claims jobs of `npm run claims -- --seeds`, from the
 * BullMQ queue on that Redis until stopped (SIGINT or SIGTERM finish the job in
 * hand, then exit). Start one per core on as many machines as you like; each
 * checks that a job was submitted from the code it runs (the commit is part of
 * the job) and refuses it otherwise.
 * `--lock-ms` (default 30000) is how long a job's lock lasts without renewal:
 * a worker that dies has its point handed to another after about that long.
 *
 * `--local` (used by `npm run sweep` and `npm run claims -- --seeds`) serves
 * jobs from the parent process over IPC instead: the embedded local pool.
 * Run through scripts/runTs.mjs.
 */
import os from 'node:os';
import { initNodeBackend, type NodeBackend } from '../src/core/backend/nodeBackend';
import { codeVersion } from '../src/core/sweep/commit';
import { servePool } from '../src/core/sweep/localPool';
import { parseSweepJob, runSweepJob } from '../src/core/sweep/job';
import type { WorkerEnv } from '../src/core/sweep/pointJob';
import { connectRedis, redactUrl, startQueueWorker } from '../src/core/sweep/queue';
import { loadPaperClaims } from './sweepClaims';
import { loadGrid } from './sweepGrids';

const USAGE = 'usage: npm run sweep-worker -- --redis redis://host:port [--backend wasm|cpu|webgpu] [--lock-ms MS] [--concurrency N] [--name NAME]';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function main(args: string[]): Promise<number> {
  const backendArg = option(args, '--backend') ?? 'wasm';
  if (backendArg !== 'wasm' && backendArg !== 'cpu' && backendArg !== 'webgpu') {
    console.error(`sweep-worker: --backend must be wasm, cpu or webgpu (Node WebGPU through Dawn: this machine's GPU), not '${backendArg}'\n${USAGE}`);
    return 2;
  }
  const backend: NodeBackend = backendArg;
  const lockMs = Number(option(args, '--lock-ms') ?? 30_000);
  const concurrency = Number(option(args, '--concurrency') ?? 1);
  if (!(lockMs >= 500) || !Number.isInteger(concurrency) || concurrency < 1) {
    console.error(`sweep-worker: --lock-ms must be at least 500 and --concurrency a positive integer\n${USAGE}`);
    return 2;
  }
  const controller = new AbortController();
  const env: WorkerEnv = {
    grid: loadGrid,
    tf: await initNodeBackend(backend),
    backend,
    commit: codeVersion(),
    worker: option(args, '--name') ?? `${os.hostname()}:${process.pid}`,
    signal: controller.signal,
    cache: new Map(),
    claims: loadPaperClaims,
  };

  if (args.includes('--local')) {
    await servePool(parseSweepJob, (job, progress) => runSweepJob(job, env, progress));
    return 0;
  }

  const url = option(args, '--redis');
  if (!url) {
    console.error(`sweep-worker: --redis is required\n${USAGE}`);
    return 2;
  }
  let conn;
  try {
    conn = await connectRedis(url);
  } catch (e) {
    console.error(`sweep-worker: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const log = (line: string) => console.log(line);
  const worker = startQueueWorker({ conn, env, lockMs, concurrency, log });
  log(`${env.worker}: serving sweeps from ${redactUrl(url)} on ${backend}, code ${env.commit}`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      log(`${env.worker}: stopping after the point in hand`);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await worker.close();
  controller.abort();
  conn.disconnect();
  return 0;
}
