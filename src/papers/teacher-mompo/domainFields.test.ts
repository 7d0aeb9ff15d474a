import { describe, expect, it } from 'vitest';
import { groupOf } from '../../core/params/schema';
import { DOMAIN_PRIMARY, domainSchema, HUMANOID_ONLY, POINT_MASS_ONLY, unusedFields, usedFields } from './domainFields';
import { teacherSchema, type Domain } from './params';

const DOMAINS: Domain[] = ['pointMass', 'humanoidStand', 'humanoidWalk'];

describe('domain fields', () => {
  it('gives each domain 4–7 key controls, all of them fields it reads, the domain picker first', () => {
    for (const d of DOMAINS) {
      const primary = DOMAIN_PRIMARY[d];
      expect(primary.length).toBeGreaterThanOrEqual(4);
      expect(primary.length).toBeLessThanOrEqual(7);
      expect(primary[0]).toBe('domain');
      for (const f of primary) expect(usedFields(d)).toContain(f);
    }
  });

  it('splits every field into used and unused per domain, and nothing is both point-mass-only and humanoid-only', () => {
    const all = Object.keys(teacherSchema).sort();
    for (const d of DOMAINS) expect([...usedFields(d), ...unusedFields(d)].sort()).toEqual(all);
    expect(POINT_MASS_ONLY.filter((f) => HUMANOID_ONLY.includes(f))).toEqual([]);
    expect(unusedFields('pointMass')).toEqual(expect.arrayContaining(['tStand', 'initNoise']));
    expect(unusedFields('humanoidWalk')).toEqual(expect.arrayContaining(['composition', 'sweepPoints', 'timestep']));
  });

  it('re-flags only primary: same keys, defaults, ranges and groups as the schema (links unchanged)', () => {
    for (const d of DOMAINS) {
      const s = domainSchema(d);
      const shown = Object.entries(s).filter(([, f]) => groupOf(f) === null).map(([n]) => n);
      expect(shown.sort()).toEqual([...DOMAIN_PRIMARY[d]].sort());
      for (const [name, f] of Object.entries(teacherSchema)) {
        const { primary: _a, ...rest } = f;
        const { primary: _b, ...again } = s[name as keyof typeof s];
        expect(again).toEqual(rest);
      }
    }
    // The schema's own flags are the default domain's.
    expect(Object.entries(teacherSchema).filter(([, f]) => f.primary).map(([n]) => n).sort()).toEqual([...DOMAIN_PRIMARY.pointMass].sort());
  });
});
