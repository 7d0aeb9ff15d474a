/**
 * The production build, checked: each module is emitted once (no two files
 * share a name once the hash is taken off, no two files over 10 KB share their
 * bytes), Plotly is the partial bundle, and the service worker precaches the
 * app shell only. Builds into a temporary folder (about 15 s on 2 cores).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOfflineIndex, type OfflineIndex } from '../../src/app/offline/offlineIndexFile';

/** The full `plotly.js-dist-min` 4.1.2 bundle as emitted before this check: 4,649,255 bytes. */
const FULL_PLOTLY_BYTES = 4_649_255;

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

/** `assets/gopher-Panel-CG3Y5De-.js` → `assets/gopher-Panel.js`: Vite's 8-character hash taken off. */
const withoutHash = (file: string) => file.replace(/-[A-Za-z0-9_-]{8}(\.[a-z0-9]+)$/, '$1');

describe('the production build', () => {
  let out = '';
  let files: string[] = [];
  let offline: OfflineIndex | null = null;

  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-dist-'));
    await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
    files = listFiles(out).filter((f) => !f.startsWith('.vite/'));
    offline = parseOfflineIndex(JSON.parse(fs.readFileSync(path.join(out, 'offline.json'), 'utf8')));
  }, 300_000);

  it('emits each module once: no repeated name, no identical content over 10 KB', () => {
    const byName = new Map<string, string[]>();
    const byContent = new Map<string, string[]>();
    for (const f of files) {
      byName.set(withoutHash(f), [...(byName.get(withoutHash(f)) ?? []), f]);
      const bytes = fs.readFileSync(path.join(out, f));
      if (bytes.length > 10_000) {
        const h = createHash('sha256').update(bytes).digest('hex');
        byContent.set(h, [...(byContent.get(h) ?? []), f]);
      }
    }
    expect([...byName.values()].filter((fs) => fs.length > 1)).toEqual([]);
    expect([...byContent.values()].filter((fs) => fs.length > 1)).toEqual([]);
  });

  it('ships the partial Plotly bundle, at most a third of the full one', () => {
    const plotly = files.filter((f) => /plotly/i.test(f));
    expect(plotly).toHaveLength(1);
    const bytes = fs.statSync(path.join(out, plotly[0])).size;
    expect(bytes).toBeLessThanOrEqual(FULL_PLOTLY_BYTES / 3);
  });

  it('precaches the app shell only, and offline.json accounts for every file a panel can load', () => {
    expect(offline).not.toBeNull();
    const index = offline!;
    const sw = fs.readFileSync(path.join(out, 'serviceWorker.js'), 'utf8');
    const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]).sort();
    expect(precached).toEqual(index.shell.filter((f) => f !== 'offline.json' || precached.includes(f)).sort());
    const sum = (fs: string[]) => fs.reduce((a, f) => a + (index.bytes[f] ?? 0), 0);
    const total = files.reduce((a, f) => a + fs.statSync(path.join(out, f)).size, 0);
    const shell = sum(index.shell);
    expect(shell).toBeLessThan(total / 20);
    for (const [slug, own] of Object.entries(index.panels)) expect(own.length, slug).toBeGreaterThan(0);
    // Every emitted file is in some list, except KaTeX's .woff/.ttf fallbacks for old browsers.
    const listed = new Set([...index.shell, ...index.runtime, ...Object.values(index.panels).flat()]);
    const unlisted = files.filter((f) => !listed.has(f) && !/KaTeX_.*\.(woff|ttf)$/.test(f) && f !== 'serviceWorker.js');
    expect(unlisted).toEqual([]);
    const panelBytes = Object.fromEntries(Object.entries(index.panels).map(([s, own]) => [s, +(sum(own) / 1e6).toFixed(2)]));
    console.log(`dist: ${files.length} files, ${(total / 1e6).toFixed(1)} MB; shell (precached) ${(shell / 1e6).toFixed(2)} MB; runtime ${(sum(index.runtime) / 1e6).toFixed(2)} MB; each panel's own MB: ${JSON.stringify(panelBytes)}`);
  });
});
