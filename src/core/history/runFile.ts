/**
 * A run as one JSON file, to move it to another machine: the record with
 * typed arrays written as tagged plain arrays, so nothing is lost on the way
 * back. Parsing never trusts the file: every problem becomes a readable error.
 */
import { isBackendName } from '../backend/backendNames';
import type { Tweak } from '../params/tweaks';
import { parseProvenance } from './provenance';
import type { BackendChange, RunRecord } from './runRecord';

export const RUN_FILE_FORMAT = 'paper-notebook-run';
export const RUN_FILE_VERSION = 1;
/** Longest run file read: a run keeps at most 4 MB of artifacts, which JSON at most triples, plus its rows. */
export const MAX_RUN_FILE_CHARS = 32 * 1024 * 1024;

export class RunFileError extends Error {
  override name = 'RunFileError';
}

type TypedName = 'Float32Array' | 'Float64Array' | 'Int32Array' | 'Uint8Array' | 'Uint16Array' | 'Uint32Array' | 'Int8Array' | 'Int16Array';
const TYPED: Record<TypedName, new (xs: number[]) => ArrayBufferView> = {
  Float32Array, Float64Array, Int32Array, Uint8Array, Uint16Array, Uint32Array, Int8Array, Int16Array,
};

function encodeValue(v: unknown): unknown {
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
    const name = v.constructor.name as TypedName;
    return { $typed: name, data: Array.from(v as unknown as ArrayLike<number>) };
  }
  if (Array.isArray(v)) return v.map(encodeValue);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeValue(x)]));
  if (typeof v === 'number' && !Number.isFinite(v)) return { $number: String(v) };
  return v;
}

function decodeValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decodeValue);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    // hasOwn, not `in`: '$typed': 'toString' must not reach Object.prototype (found by the file fuzz).
    if (typeof o.$typed === 'string' && Array.isArray(o.data) && Object.hasOwn(TYPED, o.$typed)) return new TYPED[o.$typed as TypedName](o.data as number[]);
    if (typeof o.$number === 'string' && Object.keys(o).length === 1) return Number(o.$number);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decodeValue(x)]));
  }
  return v;
}

export function runToFile(run: RunRecord): string {
  return JSON.stringify({ format: RUN_FILE_FORMAT, version: RUN_FILE_VERSION, run: encodeValue(run) });
}

/** A stored run from a file's text; `slug` is the panel it is being opened in. */
export function runFromFile(text: string, slug: string): RunRecord {
  if (text.length > MAX_RUN_FILE_CHARS) {
    throw new RunFileError(`This file is ${(text.length / 1e6).toFixed(1)} MB; a run file is at most ${Math.round(MAX_RUN_FILE_CHARS / 1e6)} MB (is it a run file?).`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new RunFileError(`This file is not JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
  const d = doc as { format?: unknown; version?: unknown; run?: unknown } | null;
  if (!d || typeof d !== 'object' || d.format !== RUN_FILE_FORMAT) throw new RunFileError('This is not a Paper Notebook run file (no "format": "paper-notebook-run").');
  if (d.version !== RUN_FILE_VERSION) throw new RunFileError(`This run file has version ${String(d.version)}; this notebook reads version ${RUN_FILE_VERSION}.`);
  let r: Partial<RunRecord> | null;
  try {
    r = decodeValue(d.run) as Partial<RunRecord> | null;
  } catch (e) {
    // A run nested thousands of levels deep overflows the stack.
    throw new RunFileError(`The run file is damaged: it cannot be read (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (!r || typeof r !== 'object') throw new RunFileError('The run file has no run in it.');
  const need = (ok: boolean, what: string) => {
    if (!ok) throw new RunFileError(`The run file is damaged: ${what}.`);
  };
  need(typeof r.slug === 'string', '"slug" is missing');
  if (r.slug !== slug) throw new RunFileError(`This run belongs to the '${r.slug}' panel, not '${slug}': open it there.`);
  need(typeof r.id === 'string' && r.id.length > 0, '"id" is missing');
  need(typeof r.name === 'string', '"name" is missing');
  need(Number.isFinite(r.createdAt), '"createdAt" is not a number');
  need(!!r.params && typeof r.params === 'object' && !Array.isArray(r.params), '"params" is not an object');
  need(Number.isFinite(r.seed), '"seed" is not a number');
  need(typeof r.preset === 'string', '"preset" is missing');
  need(Array.isArray(r.rows), '"rows" is not a list');
  r.rows!.forEach((row, i) => {
    need(!!row && Number.isFinite(row.step) && !!row.values && typeof row.values === 'object', `row ${i + 1} has no step or values`);
    for (const [k, v] of Object.entries(row.values)) need(typeof v === 'number', `row ${i + 1}: '${k}' is not a number`);
  });
  let provenance: RunRecord['provenance'];
  if (r.provenance !== undefined) {
    const p = parseProvenance(r.provenance);
    need(!('error' in p), 'error' in p ? p.error : '');
    if ('provenance' in p) provenance = p.provenance;
  }
  // Each entry is checked again, against the panel's schema, when the run is opened (decodeLink).
  need(r.tweaks === undefined || (Array.isArray(r.tweaks) && r.tweaks.every(isTweakShape)), '"tweaks" is not a list of live changes');
  need(r.backendChanges === undefined || (Array.isArray(r.backendChanges) && r.backendChanges.every(isBackendChange)), '"backendChanges" is not a list of backend changes');
  return {
    id: r.id!,
    slug: r.slug,
    name: r.name!,
    createdAt: r.createdAt!,
    params: r.params!,
    ...(r.tweaks?.length ? { tweaks: r.tweaks } : {}),
    seed: r.seed!,
    preset: r.preset!,
    backend: typeof r.backend === 'string' ? r.backend : null,
    adapter: typeof r.adapter === 'string' ? r.adapter : null,
    ...(r.backendChanges?.length ? { backendChanges: r.backendChanges } : {}),
    durationMs: typeof r.durationMs === 'number' ? r.durationMs : 0,
    end: r.end === 'done' || r.end === 'stopped' || r.end === 'error' ? r.end : 'done',
    message: typeof r.message === 'string' ? r.message : undefined,
    rows: r.rows!,
    artifacts: r.artifacts && typeof r.artifacts === 'object' ? r.artifacts : {},
    droppedArtifacts: Array.isArray(r.droppedArtifacts) ? r.droppedArtifacts.filter((x): x is string => typeof x === 'string') : [],
    ...(provenance ? { provenance } : {}),
  };
}

function isTweakShape(t: unknown): boolean {
  if (!t || typeof t !== 'object') return false;
  const { after, step, name, value } = t as Partial<Record<keyof Tweak, unknown>>;
  return Number.isInteger(after) && Number.isInteger(step) && typeof name === 'string' && ['number', 'string', 'boolean'].includes(typeof value);
}

function isBackendChange(c: unknown): boolean {
  if (!c || typeof c !== 'object') return false;
  const { afterRows, step, from, to, reason } = c as Partial<Record<keyof BackendChange, unknown>>;
  return Number.isInteger(afterRows) && Number.isFinite(step) && (from === null || (typeof from === 'string' && isBackendName(from))) && typeof to === 'string' && isBackendName(to) && typeof reason === 'string';
}
