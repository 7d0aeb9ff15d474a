/**
 * The pure URL codec for a paper's link state (DESIGN.md, "Params drive everything").
 *
 *   /#/<slug>?<params>&seed=<n>&preset=<name>&run=1&backend=webgpu
 *
 *   …&tweaks=412_412_lr_0.003   (live changes a run replays: core/params/tweaks)
 *
 * encode writes only params that differ from the preset's values; decode never
 * throws: unknown keys are dropped, out-of-range values clamped, malformed values
 * replaced by the preset's value, and each of these becomes a notice for the reader.
 */
import { isBackendName, type BackendName } from '../backend/backendNames';
import { presetParams, presetSeed, type Presets } from './presets';
import { RESERVED_KEYS, type Field, type ParamsOf, type Schema } from './schema';
import { decodeTweaks, encodeTweaks, TWEAKS_KEY, type Tweak } from './tweaks';
import { formatNumber, parseValue, type Notice } from './values';

export { formatNumber, parseValue, type Notice } from './values';

export interface LinkState<P> {
  params: P;
  seed: number;
  preset: string;
  /** Start the run as soon as the page opens. */
  run: boolean;
  /** Overrides the backend order; null means the default order. */
  backend: BackendName | null;
  /** Changes to live fields a run applies at set points (`params` are the values it starts with). */
  tweaks: Tweak[];
}

export interface Decoded<P> {
  state: LinkState<P>;
  notices: Notice[];
}

function encodeValue(f: Field, v: unknown): string {
  if (f.kind === 'boolean') return v ? '1' : '0';
  if (f.kind === 'choice') return String(v);
  return formatNumber(v as number);
}

export function encodeLink<S extends Schema>(
  schema: S,
  presets: Presets<ParamsOf<S>>,
  state: LinkState<ParamsOf<S>>,
): string {
  const base = presetParams(schema, presets, state.preset) as Record<string, unknown>;
  const values = state.params as Record<string, unknown>;
  const q = new URLSearchParams();
  for (const [name, f] of Object.entries(schema)) {
    if (!sameValue(values[name], base[name])) q.set(f.key, encodeValue(f, values[name]));
  }
  q.set('seed', String(state.seed));
  if (state.preset !== 'default') q.set('preset', state.preset);
  if (state.run) q.set('run', '1');
  if (state.backend) q.set('backend', state.backend);
  const tweaks = encodeTweaks(schema, state.tweaks);
  if (tweaks) q.set(TWEAKS_KEY, tweaks);
  return q.toString();
}

/**
 * A link query for loosely typed values (a stored or imported run), so that
 * decodeLink checks each of them exactly as if it had been typed in a link.
 */
export function queryFromValues(schema: Schema, values: Readonly<Record<string, unknown>>, seed: number, preset: string, tweaks: readonly Tweak[] = []): string {
  const q = new URLSearchParams();
  for (const [name, f] of Object.entries(schema)) {
    const v = values[name];
    if (v === undefined || v === null) continue;
    q.set(f.key, typeof v === 'boolean' ? (v ? '1' : '0') : typeof v === 'number' ? formatNumber(v) : String(v));
  }
  q.set('seed', formatNumber(seed));
  if (preset !== 'default') q.set('preset', preset);
  const t = encodeTweaks(schema, tweaks);
  if (t) q.set(TWEAKS_KEY, t);
  return q.toString();
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return formatNumber(a) === formatNumber(b);
  return a === b;
}

/** The spellings a flag (`run`, `embed`) may take in a link. */
const FLAGS = new Set(['1', '0', 'true', 'false']);

const SEED_FIELD: Field = { kind: 'seed', key: 'seed', label: 'Seed', default: 0 };

export function decodeLink<S extends Schema>(
  schema: S,
  presets: Presets<ParamsOf<S>>,
  query: string,
): Decoded<ParamsOf<S>> {
  const notices: Notice[] = [];
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  } catch {
    q = new URLSearchParams();
    notices.push({ key: '', message: 'The link could not be read; showing the defaults.' });
  }

  let preset = q.get('preset') ?? 'default';
  if (!Object.hasOwn(presets, preset)) {
    notices.push({ key: 'preset', message: `Unknown preset '${preset}'; using 'default'.` });
    preset = 'default';
  }
  const params = presetParams(schema, presets, preset) as Record<string, unknown>;

  const byKey = new Map(Object.entries(schema).map(([name, f]) => [f.key, { name, f }] as const));
  const seen = new Set<string>();
  for (const [key, raw] of q) {
    if ((RESERVED_KEYS as readonly string[]).includes(key)) {
      // Only the first of each is read (here, by the shell or by the result-link decoder).
      if (seen.has(key)) notices.push({ key, message: `'${key}' appears twice; using the first value.` });
      seen.add(key);
      continue;
    }
    const entry = byKey.get(key);
    if (!entry) {
      notices.push({ key, message: `Unknown setting '${key}' was ignored.` });
      continue;
    }
    if (seen.has(key)) {
      notices.push({ key, message: `${entry.f.label} appears twice; using the first value.` });
      continue;
    }
    seen.add(key);
    const parsed = parseValue(entry.f, raw, params[entry.name]);
    params[entry.name] = parsed.value;
    if (parsed.notice) notices.push({ key, message: parsed.notice });
  }

  let seed = presetSeed(presets, preset);
  const rawSeed = q.get('seed');
  if (rawSeed !== null) {
    const parsed = parseValue(SEED_FIELD, rawSeed, seed);
    seed = parsed.value as number;
    if (parsed.notice) notices.push({ key: 'seed', message: parsed.notice });
  }

  const rawRun = q.get('run');
  const run = rawRun === '1' || rawRun === 'true';
  if (rawRun !== null && !run && rawRun !== '0' && rawRun !== 'false') {
    notices.push({ key: 'run', message: `run='${rawRun}' is not 1 or 0; not starting automatically.` });
  }

  // embed=1 is read by the shell (app/hashRoute); anything but a flag is said here.
  const rawEmbed = q.get('embed');
  if (rawEmbed !== null && !FLAGS.has(rawEmbed)) {
    notices.push({ key: 'embed', message: `embed='${rawEmbed}' is not 1 or 0; showing the full page.` });
  }

  let backend: BackendName | null = null;
  const rawBackend = q.get('backend');
  if (rawBackend !== null) {
    if (isBackendName(rawBackend)) backend = rawBackend;
    else notices.push({ key: 'backend', message: `Unknown backend '${rawBackend}'; using the default order.` });
  }

  const rawTweaks = q.get(TWEAKS_KEY);
  const decodedTweaks = rawTweaks === null ? { tweaks: [], notices: [] } : decodeTweaks(schema, rawTweaks, params);
  notices.push(...decodedTweaks.notices);

  return { state: { params: params as ParamsOf<S>, seed, preset, run, backend, tweaks: decodedTweaks.tweaks }, notices };
}
