/**
 * "Share with results": a down-sampled copy of a run's metric series packed
 * into one link key (`results=`), so whoever opens the link sees the sender's
 * curves before any training. The params travel in the link as usual.
 *
 *   payload JSON → deflate-raw (CompressionStream) → base64url, behind `r1.`
 *
 * Links must stay under MAX_LINK_CHARS; rows are thinned per metric until the
 * whole link fits, and when even a few points per metric do not fit the
 * caller is told so (and can offer the run file instead).
 */
import type { MetricRow } from '../runner/RunRecorder';

export const RESULT_LINK_VERSION = 'r1';
/** Longest link we hand out (8 KB: what chat apps and servers keep intact). */
export const MAX_LINK_CHARS = 8192;
/** Fewest points per metric worth sending; below this we say the results do not fit. */
const MIN_POINTS = 8;

export interface ResultPayload {
  rows: MetricRow[];
  backend: string | null;
  adapter: string | null;
  /** When the run ended, ms since the epoch. */
  createdAt: number;
}

export class ResultLinkError extends Error {
  override name = 'ResultLinkError';
}

/** Compact wire form: metric names once, then one array per row (null where a row lacks a metric). */
interface Wire {
  k: string[];
  r: (number | null)[][];
  b: string | null;
  a: string | null;
  t: number;
}

const round = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(5)) : x);

function toWire(p: ResultPayload): Wire {
  const keys = [...new Set(p.rows.flatMap((r) => Object.keys(r.values)))];
  return {
    k: keys,
    r: p.rows.map((row) => [row.step, ...keys.map((k) => (k in row.values ? round(row.values[k]) : null))]),
    b: p.backend,
    a: p.adapter,
    t: p.createdAt,
  };
}

function fromWire(w: unknown): ResultPayload {
  const bad = (why: string) => new ResultLinkError(`The results in this link are damaged (${why}).`);
  if (!w || typeof w !== 'object') throw bad('not an object');
  const { k, r, b, a, t } = w as Partial<Wire>;
  if (!Array.isArray(k) || !k.every((x) => typeof x === 'string')) throw bad('no metric names');
  if (!Array.isArray(r)) throw bad('no rows');
  const rows = r.map((row, i) => {
    if (!Array.isArray(row) || row.length !== k.length + 1 || typeof row[0] !== 'number') throw bad(`row ${i + 1} has the wrong shape`);
    const values: Record<string, number> = {};
    k.forEach((key, j) => {
      const v = row[j + 1];
      if (v === null) return;
      if (typeof v !== 'number') throw bad(`row ${i + 1}: '${key}' is not a number`);
      values[key] = v;
    });
    return { step: row[0], values };
  });
  return { rows, backend: typeof b === 'string' ? b : null, adapter: typeof a === 'string' ? a : null, createdAt: typeof t === 'number' ? t : 0 };
}

/**
 * Keeps whole rows so values that share a row (a model index beside its loss)
 * stay together: for each metric, at most `perMetric` evenly spaced rows that
 * carry it, always including its first and last.
 */
export function thinRows(rows: readonly MetricRow[], perMetric: number): MetricRow[] {
  const keep = new Set<number>();
  const byKey = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const k of Object.keys(row.values)) {
      if (!byKey.has(k)) byKey.set(k, []);
      byKey.get(k)!.push(i);
    }
  });
  for (const idx of byKey.values()) {
    if (idx.length <= perMetric) idx.forEach((i) => keep.add(i));
    else for (let j = 0; j < perMetric; j++) keep.add(idx[Math.round((j * (idx.length - 1)) / (perMetric - 1))]);
  }
  return rows.filter((_, i) => keep.has(i));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ResultLinkError('The results in this link are damaged (characters outside base64url).');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let bin: string;
  try {
    bin = atob(b64);
  } catch {
    throw new ResultLinkError('The results in this link are damaged (not base64url).');
  }
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** `r1.<base64url(deflate-raw(JSON))>` for one payload, as is. */
export async function encodeResults(p: ResultPayload): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(toWire(p)));
  return `${RESULT_LINK_VERSION}.${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

/** The payload of a `results=` value; throws ResultLinkError with a reader-facing message. */
export async function decodeResults(value: string): Promise<ResultPayload> {
  const dot = value.indexOf('.');
  const version = dot < 0 ? '' : value.slice(0, dot);
  if (version !== RESULT_LINK_VERSION) {
    throw new ResultLinkError(version ? `These results were written by a newer or unknown version ('${version}') of the notebook.` : 'The results in this link are damaged (no version prefix).');
  }
  let json: string;
  try {
    json = new TextDecoder().decode(await pipe(fromBase64Url(value.slice(dot + 1)), new DecompressionStream('deflate-raw')));
  } catch (e) {
    if (e instanceof ResultLinkError) throw e;
    throw new ResultLinkError('The results in this link are damaged or cut short (they do not decompress).');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ResultLinkError('The results in this link are damaged (not JSON).');
  }
  return fromWire(parsed);
}

export type ResultLink =
  | { fits: true; url: string; points: number; totalPoints: number }
  | { fits: false; reason: string };

const pointCount = (rows: readonly MetricRow[]) => rows.reduce((n, r) => n + Object.keys(r.values).length, 0);

/**
 * `baseUrl` (the plain share link) plus `&results=…`, thinned until it is
 * under `maxChars`.
 */
export async function buildResultLink(baseUrl: string, p: ResultPayload, maxChars = MAX_LINK_CHARS): Promise<ResultLink> {
  if (p.rows.length === 0) return { fits: false, reason: 'There are no results to share yet: run first.' };
  const sep = baseUrl.includes('?') ? '&' : '?';
  const longest = Math.max(...[...new Set(p.rows.flatMap((r) => Object.keys(r.values)))].map((k) => p.rows.filter((r) => k in r.values).length));
  for (let per = longest; per >= MIN_POINTS || per === longest; per = Math.floor(per / 1.5)) {
    const rows = per >= longest ? [...p.rows] : thinRows(p.rows, per);
    const url = `${baseUrl}${sep}results=${await encodeResults({ ...p, rows })}`;
    if (url.length <= maxChars) return { fits: true, url, points: pointCount(rows), totalPoints: pointCount(p.rows) };
    if (per <= MIN_POINTS) break;
  }
  return { fits: false, reason: `The results do not fit in a link under ${Math.round(maxChars / 1024)} KB even with ${MIN_POINTS} points per metric: export the run as a file instead.` };
}
