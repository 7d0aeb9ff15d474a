import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS ESLint plugin
import { violation } from './layers.js';

const at = (p: string) => `/repo/src/${p}`;

describe('notebook/layers', () => {
  it.each([
    ['core/a.ts', 'core/b.ts'],
    ['ui/Plot.tsx', 'core/rng.ts'],
    ['papers/chinchilla/model.ts', 'core/lm/model.ts'],
    ['papers/chinchilla/Panel.tsx', 'ui/Plot.tsx'],
    ['papers/chinchilla/Panel.tsx', 'papers/chinchilla/fit.ts'],
    ['app/App.tsx', 'papers/catalog.ts'],
    ['papers/catalog.ts', 'papers/chinchilla/index.ts'],
  ])('allows %s -> %s', (from, to) => expect(violation(at(from), at(to))).toBeNull());

  it.each([
    ['core/rng.ts', 'ui/Plot.tsx', /core\/ may not import from ui\//],
    ['core/rng.ts', 'papers/chinchilla/fit.ts', /core\/ may not import from papers\//],
    ['ui/Plot.tsx', 'papers/chinchilla/fit.ts', /ui\/ may not import from papers\//],
    ['ui/Plot.tsx', 'app/App.tsx', /ui\/ may not import from app\//],
    ['papers/retro/model.ts', 'papers/chinchilla/fit.ts', /another paper/],
    ['papers/retro/Panel.tsx', 'app/App.tsx', /papers\/ may not import from app\//],
  ])('forbids %s -> %s', (from, to, why) => expect(violation(at(from), at(to))).toMatch(why));
});
