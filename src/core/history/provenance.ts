/**
 * Where a recorded run came from: the command that made it, the code (commit,
 * and whether the tree had uncommitted changes), the preset and seed, the
 * backend and machine it ran on, when, and how long it took. A recorded run
 * under public/runs/ carries one, so a reader can re-make it.
 */
export interface RunProvenance {
  command: string;
  commit: string;
  /** The work tree had uncommitted changes under src/ or scripts/. */
  dirty: boolean;
  preset: string;
  seed: number;
  backend: string;
  /** OS, CPU and Node version, in words. */
  machine: string;
  /** ISO 8601. */
  date: string;
  durationMs: number;
  /** What the file leaves out to fit its size budget, in words (e.g. thinned training rows). */
  note?: string;
}

/** The provenance in a file, or an error naming the first bad field. */
export function parseProvenance(v: unknown): { provenance: RunProvenance } | { error: string } {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { error: '"provenance" is not an object' };
  const o = v as Record<string, unknown>;
  const strings = ['command', 'commit', 'preset', 'backend', 'machine', 'date'] as const;
  for (const k of strings) if (typeof o[k] !== 'string' || o[k] === '') return { error: `provenance "${k}" is missing` };
  if (!/^[0-9a-f]{7,40}$/.test(o.commit as string)) return { error: 'provenance "commit" is not a git commit id' };
  if (Number.isNaN(Date.parse(o.date as string))) return { error: 'provenance "date" is not a date' };
  for (const k of ['seed', 'durationMs'] as const) if (typeof o[k] !== 'number' || !Number.isFinite(o[k])) return { error: `provenance "${k}" is not a number` };
  return {
    provenance: {
      command: o.command as string,
      commit: o.commit as string,
      dirty: o.dirty === true,
      preset: o.preset as string,
      seed: o.seed as number,
      backend: o.backend as string,
      machine: o.machine as string,
      date: o.date as string,
      durationMs: o.durationMs as number,
      ...(typeof o.note === 'string' ? { note: o.note } : {}),
    },
  };
}

/** "recorded: default, seed 1, wasm, 2026-12-04": the mark on every plot that shows a recorded run. */
export function recordedLabel(p: RunProvenance): string {
  return `recorded: ${p.preset}, seed ${p.seed}, ${p.backend}, ${p.date.slice(0, 10)}`;
}
