/**
 * The Content-Security-Policy of the built app, as a <meta> tag (build only:
 * the dev server injects inline scripts for hot reload).
 *
 * - scripts: our own files only; no inline script, no eval. `'wasm-unsafe-eval'`
 *   lets tfjs's and MuJoCo's WebAssembly compile and nothing else.
 * - workers: our own module workers.
 * - styles: our files, plus inline styles, which Plotly and React's style props write.
 * - fonts: our files, and the KaTeX fonts under 4 KB that Vite inlines as data: URLs.
 * - images: Plotly's PNG/SVG export and three.js read back data: and blob: URLs.
 * - connections: our own files (WASM, run files, offline caching); nothing else is fetched.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'paper-notebook:csp',
    apply: 'build',
    // Right after <meta charset>, before any script or stylesheet it governs.
    transformIndexHtml(html) {
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      if (!charset.test(html)) throw new Error('index.html needs <meta charset> first in <head>');
      return html.replace(charset, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    },
  };
}
