/**
 * Link fuzzing: 1,000 seeded hostile links per panel through the pure codec
 * (core/params/codec, core/share/resultLink). For each link: decoding never
 * throws; every value that is dropped or changed has a notice under its key;
 * encode(decode(link)) is a fixed point that decodes without notices (live-change
 * lists included); a
 * `results=` payload either decodes or fails with a reader-facing message.
 */
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink, type Decoded } from '../core/params/codec';
import { hostileQuery } from '../core/params/hostileLinks';
import type { Field, ParamsOf, Schema } from '../core/params/schema';
import type { Tweak } from '../core/params/tweaks';
import { decodeResults, ResultLinkError } from '../core/share/resultLink';
import { isBackendName } from '../core/backend/backendNames';
import type { PaperDef } from '../core/paper';
import { MAX_SEED, Rng } from '../core/rng';
import { CATALOG } from './catalog';

const LINKS_PER_PANEL = 1000;
const FLAG = new Set(['1', '0', 'true', 'false']);

/** Whether the decoded value is exactly what `raw` says (so no notice is owed). */
function faithful(f: Field, raw: string, v: unknown): boolean {
  switch (f.kind) {
    case 'boolean':
      return FLAG.has(raw) && (raw === '1' || raw === 'true') === v;
    case 'choice':
      return raw === v;
    default:
      return raw.trim() !== '' && Number(raw) === v;
  }
}

/** Whether every entry of a `tweaks=` list was kept exactly as written (so no notice is owed). */
function faithfulTweaks(schema: Schema, raw: string, tweaks: readonly Tweak[]): boolean {
  const entries = raw === '' ? [] : raw.split('~').map((e) => {
    const [after, step, key, ...rest] = e.split('_');
    return { after, step, key, value: rest.join('_') };
  });
  if (entries.length !== tweaks.length) return false;
  entries.sort((a, b) => Number(a.after) - Number(b.after));
  return entries.every((e, i) => {
    const t = tweaks[i];
    const f = schema[t.name];
    return f.key === e.key && String(t.after) === e.after && String(t.step) === e.step && faithful(f, e.value, t.value);
  });
}

/** Every reason this link breaks the codec's promises; empty when it keeps them. */
function problems(schema: Schema, presets: PaperDef['presets'], query: string): string[] {
  let d: Decoded<ParamsOf<Schema>>;
  try {
    d = decodeLink(schema, presets, query);
  } catch (e) {
    return [`decode threw ${String(e)}`];
  }
  const out: string[] = [];
  const noticed = (key: string) => d.notices.some((n) => n.key === key);
  const fieldByKey = new Map(Object.entries(schema).map(([name, f]) => [f.key, { name, f }] as const));
  const seen = new Set<string>();
  for (const [key, raw] of new URLSearchParams(query)) {
    const again = seen.has(key);
    seen.add(key);
    const field = fieldByKey.get(key);
    let kept: boolean;
    if (again) kept = false; // a second value for a key is always dropped
    else if (field) kept = faithful(field.f, raw, d.state.params[field.name]);
    else if (key === 'seed') kept = raw.trim() !== '' && Number(raw) === d.state.seed && d.state.seed <= MAX_SEED;
    else if (key === 'preset') kept = raw === d.state.preset;
    else if (key === 'run' || key === 'embed') kept = FLAG.has(raw);
    else if (key === 'backend') kept = isBackendName(raw) && d.state.backend === raw;
    else if (key === 'results') kept = true; // checked by decodeResults below
    else if (key === 'tweaks') kept = faithfulTweaks(schema, raw, d.state.tweaks);
    else kept = false; // unknown key: dropped
    if (!kept && !noticed(key)) out.push(`'${key}=${raw.slice(0, 40)}' was ${again ? 'a duplicate' : 'dropped or changed'} without a notice`);
  }
  const once = encodeLink(schema, presets, d.state);
  const d2 = decodeLink(schema, presets, once);
  if (d2.notices.length) out.push(`encode(decode(link)) = '${once.slice(0, 80)}' decodes with notices: ${d2.notices.map((n) => n.message).join(' | ')}`);
  const twice = encodeLink(schema, presets, d2.state);
  if (twice !== once) out.push(`encode(decode(x)) is not stable: '${once.slice(0, 80)}' then '${twice.slice(0, 80)}'`);
  return out;
}

async function resultsProblem(query: string): Promise<string | null> {
  const value = new URLSearchParams(query).get('results');
  if (value === null) return null;
  try {
    await decodeResults(value);
    return null;
  } catch (e) {
    return e instanceof ResultLinkError ? null : `results= threw a non-reader error: ${String(e)}`;
  }
}

describe('hostile links', () => {
  it(`${LINKS_PER_PANEL} seeded hostile links per panel: no throw, a notice for every dropped or changed value, stable re-encoding`, async () => {
    const failures: string[] = [];
    let tried = 0;
    let panels = 0;
    for (const entry of CATALOG) {
      if (!entry.load) continue;
      const paper = await entry.load();
      panels++;
      const rng = new Rng(27_000 + panels);
      for (let i = 0; i < LINKS_PER_PANEL; i++) {
        const query = hostileQuery(paper.schema, rng);
        tried++;
        const found = problems(paper.schema, paper.presets, query);
        const results = await resultsProblem(query);
        if (results) found.push(results);
        for (const p of found) failures.push(`${entry.slug} #${i} ?${query.slice(0, 160)}: ${p}`);
      }
    }
    // eslint-disable-next-line no-console
    console.log(`hostile links: ${tried} tried over ${panels} panels, ${failures.length} failures`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(panels * LINKS_PER_PANEL);
  }, 120_000);
});
