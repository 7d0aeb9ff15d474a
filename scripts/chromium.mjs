/**
 * Finds the system Chromium for Playwright (tests and bench): CHROMIUM_PATH,
 * then /usr/bin/chromium, then a Chrome or Chromium on PATH. We never
 * download a browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export function findChromium() {
  const env = process.env.CHROMIUM_PATH;
  if (env && existsSync(env)) return env;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of NAMES) {
    try {
      const p = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (p) return p;
    } catch {
      // not on PATH
    }
  }
  return null;
}

/** Flags that give headless Chromium a real (SwiftShader) WebGPU adapter (DESIGN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-webgpu-adapter=swiftshader',
  '--use-angle=swiftshader',
];
