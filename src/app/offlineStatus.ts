/**
 * Whether the app works offline: the service worker (vite-plugin-pwa) has
 * precached everything and controls the page. Observable for the header.
 */
export type OfflineState = 'unsupported' | 'installing' | 'ready' | 'failed';

export class OfflineStatus {
  private state: OfflineState = 'installing';
  private readonly listeners = new Set<() => void>();

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getSnapshot = (): OfflineState => this.state;

  set(state: OfflineState): void {
    if (state === this.state) return;
    this.state = state;
    for (const l of this.listeners) l();
  }
}

/** Registers the service worker; dev servers and browsers without service workers say 'unsupported'. */
export async function registerOffline(status: OfflineStatus): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) {
    status.set('unsupported');
    return;
  }
  try {
    const { registerSW } = await import('virtual:pwa-register');
    registerSW({
      immediate: true,
      onOfflineReady: () => status.set('ready'),
      onRegisterError: () => status.set('failed'),
    });
    // A returning visit: the worker is already active and controls the page.
    const reg = await navigator.serviceWorker.ready;
    if (reg.active && navigator.serviceWorker.controller) status.set('ready');
  } catch {
    status.set('failed');
  }
}
