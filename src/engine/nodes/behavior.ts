/** What every simulated node does. The kernel calls these; nodes call the kernel back. */
export interface NodeBehavior {
  /** Schedule the node's first events (at time 0). */
  start(): void;
  /** A call arrived at this node. */
  onCall(call: number): void;
  /** A call this node made has been answered (status in `calls.status`). */
  onAnswer(call: number): void;
  /** One of this node's own timers fired. */
  onTimer(kind: number, arg: number): void;
}
