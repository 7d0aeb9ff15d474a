import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Vite's manifest: the home entry and the chunks it imports statically are the initial JS. */
type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

/** The build the e2e server serves (playwright.config.ts). */
const DIST = process.env.PW_DIST ?? 'dist';

test('the home route loads at most 150 KB of JS, gzipped', () => {
  const manifest = JSON.parse(readFileSync(`${DIST}/.vite/manifest.json`, 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
  expect(entry).toBeDefined();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  visit(entry!);
  const files = [...seen].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const gzBytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(`${DIST}/${f}`), { level: 9 }).length, 0);
  console.log(`home initial JS: ${files.join(', ')} = ${(gzBytes / 1024).toFixed(1)} KB gzipped`);
  expect(files.some((f) => /plotly|three|runner\.worker/.test(f))).toBe(false);
  expect(gzBytes).toBeLessThanOrEqual(150 * 1024);
});
