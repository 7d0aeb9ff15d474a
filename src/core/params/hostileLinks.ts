/**
 * A seeded generator of hostile link queries for one panel's schema: wrong
 * types, huge and tiny numbers, NaN, Infinity, -0, unicode look-alikes,
 * percent-encoding tricks, duplicated and unknown keys, 100 KB values,
 * broken `results=` payloads, `backend=` nonsense, `embed` and `run`
 * combinations. Used by the codec fuzz test (Node) and the browser sample (e2e).
 */
import type { Rng } from '../rng';
import type { Field, Schema } from './schema';

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)];

/** Values that are wrong for any field, each a raw (already URL-encoded) string. */
const JUNK = [
  '', '%20', 'abc', 'NaN', 'nan', 'Infinity', '-Infinity', 'inf', '1e308', '-1e308', '1e309', '1e-320', '5e-324', '-0', '+0', '0x1F', '0b101', '0o17',
  '1_000', '1,5', '1.2.3', '.', '-', '+', 'e5', '1e', '%201%20', '1%00', '%00', '%', '%zz', '%2', '%E0%A4%A', '%C0%AF', '%EF%BC%95' /* full-width 5 */,
  '%D9%A3' /* Arabic-Indic 3 */, '%F0%9F%A7%AA' /* emoji */, '%E2%80%AE1' /* RTL override */, '%2525', '%26x%3D1', '%23frag', 'true', 'false', 'null',
  'undefined', '[]', '{}', '%5B1%2C2%5D', '__proto__', 'constructor', 'toString', '1e21', '9007199254740993', '-9007199254740993', '0.1e1',
  '00012', '12abc', ' 7', '7 ', '+7', '1%2B1', 'yes', 'on', 'TRUE', '2', '-1',
];

const RESULTS = [
  '', 'r1', 'r1.', 'r1.!!!', 'r1.AAAA', 'r1.____', 'r2.abc', '.abc', 'garbage', 'r1.' + 'A'.repeat(4096), 'r1.%2F%2B', 'r1.q1YqSy0uyS_KzEkFAA',
  'r1.i45WKkktLlGyUjIxUzIwsDJVMjQAAA', 'r1.S0osTgUA',
];
const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu', 'WEBGPU', 'gpu', 'webgpu,wasm', '', 'null', '__proto__', '%00', 'cpu%20', 'metal'];
const FLAGS = ['1', '0', 'true', 'false', '', 'yes', '2', '-1', 'on', '%31'];
const UNKNOWN_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x', 'lr%00', 'LR', '%F0%9F%A7%AA', '', '%', 'a%3Db', 'changes', 'live', 'step'];

/** Values a field could legitimately take: in range, on the edge, just outside, plus precise decimals. */
function nearValues(f: Field, rng: Rng): string[] {
  switch (f.kind) {
    case 'boolean':
      return ['1', '0', 'true', 'false'];
    case 'choice':
      return [...f.options.map((o) => encodeURIComponent(o.value)), encodeURIComponent(f.options[0].value.toUpperCase()), encodeURIComponent(` ${f.options[0].value}`)];
    case 'seed':
      return ['0', '1', '4294967295', '4294967296', String(rng.int(1e9)), '1.5', '-1'];
    case 'number':
    case 'int': {
      const span = f.max - f.min;
      const inside = f.min + rng.next() * span;
      return [
        String(f.min), String(f.max), String(inside), inside.toPrecision(17), String(f.min - span * 0.01 - 1), String(f.max + span * 0.01 + 1),
        String(-f.max), String(Math.round(inside)), String(Math.round(inside) + 0.5), (f.max * (1 - 1e-15)).toExponential(16), String(f.min / 3),
      ];
    }
  }
}

function value(f: Field | null, rng: Rng): string {
  const r = rng.next();
  if (r < 0.01) return pick(rng, ['1', 'a', '%']).repeat(100_000); // 100 KB
  if (f && r < 0.55) return pick(rng, nearValues(f, rng));
  return pick(rng, JUNK);
}

const COUNTS = ['0', '1', '7', '412', '007', '-1', '1.5', '1e3', '', 'x', '999999999', '9999999999'];

/** A live-change list: 1–5 entries, some well formed (any field, live or not), some broken, odd separators. */
function hostileTweaks(fields: readonly Field[], rng: Rng): string {
  const n = 1 + rng.int(5);
  const entries: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = fields.length ? pick(rng, fields) : null;
    const r = rng.next();
    if (f && r < 0.6) entries.push(`${pick(rng, COUNTS)}_${pick(rng, COUNTS)}_${f.key}_${value(f, rng)}`);
    else if (f && r < 0.7) entries.push(`${rng.int(100)}_${rng.int(100)}_${f.key}`);
    else entries.push(value(null, rng));
  }
  if (rng.next() < 0.05) return Array.from({ length: 250 }, (_, i) => entries[i % entries.length]).join('~');
  return entries.join(pick(rng, ['~', '~', '~', '~~', '_', ',']));
}

/**
 * One hostile query (no leading `?`): 1–8 parts from the schema's keys with
 * wrong or edge values, reserved keys with junk, unknown keys, duplicates, and
 * broken separators.
 */
export function hostileQuery(schema: Schema, rng: Rng): string {
  const fields = Object.values(schema);
  const parts: string[] = [];
  const n = 1 + rng.int(8);
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.45 && fields.length) {
      const f = pick(rng, fields);
      parts.push(`${f.key}=${value(f, rng)}`);
      if (rng.next() < 0.15) parts.push(`${f.key}=${value(f, rng)}`); // duplicated key
    } else if (r < 0.55) parts.push(`seed=${value({ kind: 'seed', key: 'seed', label: 'Seed', default: 0 }, rng)}`);
    else if (r < 0.62) parts.push(`preset=${pick(rng, ['tiny', 'default', 'paper-like', 'Tiny', '', '__proto__', 'toString', 'constructor', '%00', 'hasOwnProperty'])}`);
    else if (r < 0.69) parts.push(`run=${pick(rng, FLAGS)}`);
    else if (r < 0.75) parts.push(`backend=${pick(rng, BACKENDS)}`);
    else if (r < 0.8) parts.push(`embed=${pick(rng, FLAGS)}`);
    else if (r < 0.86) parts.push(`results=${value(null, rng).length > 1000 ? 'r1.' + 'A'.repeat(100_000) : pick(rng, RESULTS)}`);
    else if (r < 0.9) parts.push(`tweaks=${hostileTweaks(fields, rng)}`);
    else if (r < 0.96) parts.push(`${pick(rng, UNKNOWN_KEYS)}=${value(null, rng)}`);
    else parts.push(pick(rng, ['', '&', '=', '==', 'novalue', '?', '#', '%26', ';', 'seed', 'run']));
  }
  return parts.join('&');
}
