/**
 * Lets queued messages (pause, stop, live params) in between training steps.
 * Awaiting a generator only chains microtasks, so without this a busy run
 * would never see them. setTimeout(0) is clamped to 4 ms when nested, so we
 * prefer setImmediate (Node) or a MessageChannel (browsers and workers).
 */
let channel: MessageChannel | null = null;
const pending: (() => void)[] = [];

export function yieldToEventLoop(): Promise<void> {
  const g = globalThis as { setImmediate?: (cb: () => void) => unknown };
  if (typeof g.setImmediate === 'function') {
    return new Promise((resolve) => g.setImmediate!(resolve));
  }
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => pending.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    pending.push(resolve);
    port.postMessage(null);
  });
}
