/** The provenance a recorded file carries (src/core/history/provenance.ts), read off this checkout and machine. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { RunProvenance } from '../src/core/history/provenance';

function git(...args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${os.type()} ${os.arch()}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function provenanceHere(o: { command: string; preset: string; seed: number; backend: string; started: Date; durationMs: number }): RunProvenance {
  return {
    command: o.command,
    commit: git('rev-parse', 'HEAD'),
    dirty: git('status', '--porcelain', '--', 'src', 'scripts') !== '',
    preset: o.preset,
    seed: o.seed,
    backend: o.backend,
    machine: machineDescription(),
    date: o.started.toISOString(),
    durationMs: Math.round(o.durationMs),
  };
}
