/** What every simulated node does. The kernel calls these; nodes call the kernel back. */
export interface NodeBehavior {
  /** Schedule the node's first events (at time 0). */
  start(): void;
  /** A call arrived at this node (the node is up). */
  onCall(call: number): void;
  /** A call this node made has been answered (status in `calls.status`). */
  onAnswer(call: number): void;
  /** One of this node's own timers fired; `tag` is what was scheduled with it. */
  onTimer(kind: number, arg: number, tag: number): void;
  /**
   * The node crashed: drop internal state (queues, workers, cache contents…).
   * The kernel then fails every call the node still holds with `node-down`.
   */
  crash(): void;
  /** The node is back up (empty, as after a restart). */
  recover(): void;
  /** A `cache-flush` fault: drop cached entries (only caches hold any). */
  dropEntries(): void;
  /** The node's request rate changed (a `traffic-spike` on a client): reschedule from now. */
  rateChanged(): void;
  /** Write kind-specific columns of the closing window into `values` at row offset `o`. */
  writeWindow(values: Float64Array, o: number): void;
  /** The window closed; fold its kind-specific counters into the run when `counted`, then reset them. */
  closeWindow(counted: boolean): void;
  /** Kind-specific fields of the whole-run summary. */
  summarize(): Record<string, unknown>;
}

/** Defaults for behaviours without kind-specific state. */
export abstract class BaseBehavior implements NodeBehavior {
  start(): void {}
  abstract onCall(call: number): void;
  onAnswer(_call: number): void {
    throw new Error('this node makes no calls');
  }
  onTimer(_kind: number, _arg: number, _tag: number): void {}
  crash(): void {}
  recover(): void {}
  dropEntries(): void {}
  rateChanged(): void {}
  writeWindow(_values: Float64Array, _o: number): void {}
  closeWindow(_counted: boolean): void {}
  summarize(): Record<string, unknown> {
    return {};
  }
}
