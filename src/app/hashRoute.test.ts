import { describe, expect, it } from 'vitest';
import { parseHash } from './hashRoute';

describe('parseHash', () => {
  it.each([
    ['', { path: '', query: '', embed: false }],
    ['#/', { path: '', query: '', embed: false }],
    ['#/device', { path: 'device', query: '', embed: false }],
    ['#/chinchilla?lr=0.1&seed=3', { path: 'chinchilla', query: 'lr=0.1&seed=3', embed: false }],
    ['#/chinchilla?seed=3&embed=1', { path: 'chinchilla', query: 'seed=3&embed=1', embed: true }],
    ['#/chinchilla?embed=0', { path: 'chinchilla', query: 'embed=0', embed: false }],
    ['#/device/?x=1', { path: 'device', query: 'x=1', embed: false }],
    ['#/%E0%A4%A?x', { path: '%E0%A4%A', query: 'x', embed: false }],
  ])('%s', (hash, want) => expect(parseHash(hash)).toEqual(want));
});
