import { describe, expect, it } from 'vitest';
import { makeLinkApi, parseHash } from './hashRoute';

describe('parseHash', () => {
  it.each([
    ['', { path: '', section: '', query: '', embed: false }],
    ['#/', { path: '', section: '', query: '', embed: false }],
    ['#/device', { path: 'device', section: '', query: '', embed: false }],
    ['#/chinchilla?lr=0.1&seed=3', { path: 'chinchilla', section: '', query: 'lr=0.1&seed=3', embed: false }],
    ['#/chinchilla?seed=3&embed=1', { path: 'chinchilla', section: '', query: 'seed=3&embed=1', embed: true }],
    ['#/chinchilla?embed=0', { path: 'chinchilla', section: '', query: 'embed=0', embed: false }],
    ['#/device/?x=1', { path: 'device', section: '', query: 'x=1', embed: false }],
    ['#/%E0%A4%A?x', { path: '%E0%A4%A', section: '', query: 'x', embed: false }],
    ['#/gopher/mechanism?lr=0.1', { path: 'gopher', section: 'mechanism', query: 'lr=0.1', embed: false }],
    ['#/gopher/mechanism/', { path: 'gopher', section: 'mechanism', query: '', embed: false }],
  ])('%s', (hash, want) => expect(parseHash(hash)).toEqual(want));
});

describe('makeLinkApi', () => {
  /** An address bar the test navigates by hand. */
  const fakeBar = (hash: string) => {
    const bar = { now: hash, hash: () => bar.now, replace: (h: string) => void (bar.now = h) };
    return bar;
  };
  const route = (hash: string) => ({ ...parseHash(hash) });

  it('keeps the address bar on the page\'s canonical link, write after write', () => {
    const bar = fakeBar('#/gopher?preset=tiny&run=1');
    const link = makeLinkApi(route(bar.now), bar);
    link.replaceQuery('preset=tiny');
    expect(bar.now).toBe('#/gopher?preset=tiny');
    link.replaceQuery('preset=tiny&lr=0.003');
    expect(bar.now).toBe('#/gopher?preset=tiny&lr=0.003');
  });

  it('a late rewrite from the old page does not undo a navigation whose hashchange has not arrived', () => {
    const bar = fakeBar('#/gopher?preset=tiny');
    const link = makeLinkApi(route(bar.now), bar);
    bar.now = '#/gopher?preset=tiny&run=1'; // the reader opens a run=1 link
    link.replaceQuery('preset=tiny');
    expect(bar.now).toBe('#/gopher?preset=tiny&run=1');
  });

  it('an embedded page stays embedded, and a section link keeps the query', () => {
    const bar = fakeBar('#/rims?embed=1');
    const link = makeLinkApi(route(bar.now), bar);
    link.replaceQuery('seed=5');
    expect(bar.now).toBe('#/rims?seed=5&embed=1');
    expect(link.sectionHref('mechanism')).toBe('#/rims/mechanism?seed=5&embed=1');
  });
});
