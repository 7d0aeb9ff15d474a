import { describe, expect, it } from 'vitest';
import { parseHash } from './hashRoute';

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
