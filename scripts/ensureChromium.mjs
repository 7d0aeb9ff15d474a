/**
 * Makes sure a system Chromium exists before Playwright runs. On Debian as
 * root it installs the `chromium` package with apt; elsewhere it says what to
 * install and stops. It never downloads a browser from Playwright's CDN.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

if (findChromium()) process.exit(0);

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isDebian && isRoot) {
  console.log('No Chromium found; installing Debian\'s chromium package…');
  execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
  if (findChromium()) process.exit(0);
}
console.error(
  'No Chromium or Chrome found. Install one (Debian/Ubuntu: `apt-get install chromium`; ' +
    'macOS: install Google Chrome) or set CHROMIUM_PATH to its executable, then run the tests again.',
);
process.exit(1);
