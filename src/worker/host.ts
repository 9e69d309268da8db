import * as Comlink from 'comlink';
import type { RunnerHost } from './runner.ts';

/**
 * The runner's host in a browser worker (or Node): a MessageChannel yields to
 * pending messages without setTimeout's 4 ms clamp, so "as fast as possible"
 * really is.
 */
export function createBrowserHost(): RunnerHost {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return {
    now: () => performance.now(),
    soon: (fn) => {
      queue.push(fn);
      channel.port2.postMessage(0);
    },
    later: (ms, fn) => {
      setTimeout(fn, ms);
    },
    transfer: (value, buffers) => Comlink.transfer(value, buffers),
  };
}
