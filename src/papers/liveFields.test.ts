/**
 * Every field of the ten schemas says how it acts on a running run (issue 23):
 * live (read at the next step, recorded as a tweak), view-only, or restart.
 * Each panel has its learning rate and at least one more field live, and a
 * field whose label names a training knob (a rate, a clip, a loss weight, a
 * temperature, dropout, noise) is live unless it is listed below with why not.
 * That each live field really changes a running run is checked per paper by
 * its live.test.ts (core/runner/testing.ts, liveFieldEffect).
 */
import { describe, expect, it } from 'vitest';
import type { Field } from '../core/params/schema';
import { CATALOG } from './catalog';

const KNOB = /learning rate|\blr\b|clip|temperature|weight decay|dropout|noise|loss weight|\bβ|\bλ|\bε|prior weight/i;
const LEARNING_RATE = /learning rate|\blr\b/i;

/** Knob-like fields that stay restart fields, and why (slug/param name). */
const RESTART_KNOBS: Record<string, string> = {
  'algebranets/noise': 'the held-out digits are drawn with it when the run starts',
  'infograph/labelNoise': 'it corrupts the data set, which is built when the run starts',
  'teacher-mompo/initNoise': 'part of the environment (the reset distribution), fixed for a run like its other environment fields',
};

const acts = (f: Field): 'view' | 'live' | 'restart' => (f.viewOnly ? 'view' : f.live ? 'live' : 'restart');

describe('live and restart fields', () => {
  it('each panel: the learning rate and at least one more field live; every knob-like field live or explained', async () => {
    const problems: string[] = [];
    const table: string[] = [];
    for (const entry of CATALOG) {
      if (!entry.load) continue;
      const { schema } = await entry.load();
      const fields = Object.entries(schema);
      const live = fields.filter(([, f]) => acts(f) === 'live');
      table.push(`${entry.slug}: ${live.length} live, ${fields.filter(([, f]) => acts(f) === 'view').length} view, ${fields.filter(([, f]) => acts(f) === 'restart').length} restart of ${fields.length}`);
      if (live.length < 2) problems.push(`${entry.slug}: ${live.length} live field(s); at least 2`);
      if (!live.some(([, f]) => LEARNING_RATE.test(f.label) || f.key === 'lr')) problems.push(`${entry.slug}: no live learning rate`);
      for (const [name, f] of fields) {
        if (f.viewOnly && !f.live) problems.push(`${entry.slug}/${name}: viewOnly implies live; mark it live too`);
        if (KNOB.test(f.label) && acts(f) === 'restart' && !RESTART_KNOBS[`${entry.slug}/${name}`]) {
          problems.push(`${entry.slug}/${name} ('${f.label}') is a training knob but restarts the run`);
        }
      }
    }
    // eslint-disable-next-line no-console
    console.log(table.join('\n'));
    expect(problems).toEqual([]);
  });
});
