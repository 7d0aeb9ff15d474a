import { describe, expect, it } from 'vitest';
import { parseHash } from './hashRoute';

describe('parseHash', () => {
  it.each([
    ['', { path: '', query: '' }],
    ['#/', { path: '', query: '' }],
    ['#/device', { path: 'device', query: '' }],
    ['#/chinchilla?lr=0.1&seed=3', { path: 'chinchilla', query: 'lr=0.1&seed=3' }],
    ['#/device/?x=1', { path: 'device', query: 'x=1' }],
    ['#/%E0%A4%A?x', { path: '%E0%A4%A', query: 'x' }],
  ])('%s', (hash, want) => expect(parseHash(hash)).toEqual(want));
});
