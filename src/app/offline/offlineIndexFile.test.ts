import { describe, expect, it } from 'vitest';
import { bytesToFetch, filesFor, formatBytes, offlinePanels, parseOfflineIndex } from './offlineIndexFile';

const index = {
  shell: ['index.html', 'a.js'],
  runtime: ['w.js'],
  panels: { gopher: ['g.js', 'p.js'], rims: ['r.js', 'p.js'] },
  bytes: { 'index.html': 1, 'a.js': 10, 'w.js': 100, 'g.js': 1000, 'p.js': 10_000, 'r.js': 100_000, 'unused.ttf': 5 },
};

describe('offline.json', () => {
  it('parses a well-formed index and rejects a malformed one', () => {
    expect(parseOfflineIndex(index)).toEqual(index);
    expect(parseOfflineIndex({ ...index, shell: 'index.html' })).toBeNull();
    expect(parseOfflineIndex({ ...index, bytes: { 'a.js': -1 } })).toBeNull();
    expect(parseOfflineIndex({ ...index, panels: { gopher: [1] } })).toBeNull();
    expect(parseOfflineIndex(null)).toBeNull();
  });

  it('a panel needs the shell, the runtime and its own files; all needs every panel', () => {
    expect(filesFor(index, 'gopher').sort()).toEqual(['a.js', 'g.js', 'index.html', 'p.js', 'w.js']);
    expect(filesFor(index, 'all').sort()).toEqual(['a.js', 'g.js', 'index.html', 'p.js', 'r.js', 'w.js']);
    expect(filesFor(index, 'nope').sort()).toEqual(['a.js', 'index.html', 'w.js']);
  });

  it('counts only the bytes not yet cached, and says which panels are complete', () => {
    const cached = new Set(['index.html', 'a.js']);
    expect(bytesToFetch(index, filesFor(index, 'gopher'), cached)).toBe(11_100);
    expect(offlinePanels(index, cached)).toEqual([]);
    const more = new Set([...cached, 'w.js', 'g.js', 'p.js']);
    expect(bytesToFetch(index, filesFor(index, 'rims'), more)).toBe(100_000);
    expect(offlinePanels(index, more)).toEqual(['gopher']);
    expect(offlinePanels(index, new Set([...more, 'r.js']))).toEqual(['gopher', 'rims']);
  });

  it('formats sizes in decimal units', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(12_345)).toBe('12 KB');
    expect(formatBytes(12_345_678)).toBe('12.3 MB');
  });
});
