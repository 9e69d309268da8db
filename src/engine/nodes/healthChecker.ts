import type { Kernel } from '../core/kernel.ts';
import { createSampler, type Sampler } from '../random/distributions.ts';
import type { RandomStream } from '../random/rng.ts';
import type { DistSpec, HealthCheckSpec } from '../spec.ts';

const TIMER_PROBE = 1;
const TIMER_RESULT = 2;

/**
 * Active health checks of a load balancer's targets. Every `intervalMs` each
 * target is probed; a probe succeeds when the target is up when it is sent and
 * when its answer would arrive, the round trip (two draws of the edge's
 * latency, from the checker's own stream) is within `timeoutMs`, and — during an
 * `errors` fault of probability p — it did not err (probability p). A failed probe
 * is known only at its timeout. After `unhealthyThreshold` consecutive failures
 * a target is taken out of rotation; after `healthyThreshold` consecutive
 * successes it is put back. So routing reacts to a crash only once the checks
 * notice it — up to interval × threshold (+ timeout) later.
 */
export class HealthChecker {
  /** Healthy ⇄ unhealthy changes so far. */
  transitions = 0;
  private readonly k: Kernel;
  private readonly lb: number;
  private readonly spec: HealthCheckSpec;
  private readonly targets: readonly number[];
  private readonly rtt: readonly (Sampler | null)[];
  private readonly failures: Int32Array;
  private readonly successes: Int32Array;
  private readonly healthy: Uint8Array;
  private readonly onChange: (target: number, healthy: boolean) => void;
  private readonly stream: RandomStream;

  constructor(
    k: Kernel,
    lb: number,
    spec: HealthCheckSpec,
    targetEdges: readonly number[],
    latencies: readonly (DistSpec | null)[],
    stream: RandomStream,
    onChange: (target: number, healthy: boolean) => void,
  ) {
    this.k = k;
    this.lb = lb;
    this.spec = spec;
    this.targets = targetEdges.map((e) => k.edges[e]!.to);
    this.rtt = latencies.map((d) => (d === null ? null : createSampler(d, stream)));
    this.failures = new Int32Array(targetEdges.length);
    this.successes = new Int32Array(targetEdges.length);
    this.healthy = new Uint8Array(targetEdges.length).fill(1);
    this.onChange = onChange;
    this.stream = stream;
  }

  start(): void {
    this.k.timer(this.spec.intervalMs, this.lb, TIMER_PROBE, 0);
  }

  onTimer(kind: number, target: number, ok: number): void {
    if (kind === TIMER_PROBE) this.probeAll();
    else if (kind === TIMER_RESULT)
      this.record(target, ok === 1 && this.k.down[this.targets[target]!] === 0);
  }

  private probeAll(): void {
    const k = this.k;
    const { timeoutMs, intervalMs } = this.spec;
    this.targets.forEach((node, t) => {
      const sampler = this.rtt[t];
      const rtt = sampler == null ? 0 : sampler() + sampler();
      const answered = k.down[node] === 0 && rtt <= timeoutMs;
      // During an `errors` fault the health endpoint errs too (an HTTP check sees the 5xx at once);
      // the draw happens only then, so runs without that fault draw nothing more.
      const errorRate = k.extraErrorRate[node]!;
      const erred = answered && errorRate > 0 && this.stream.next() < errorRate;
      const ok = answered && !erred;
      k.timer(k.now + (answered ? rtt : timeoutMs), this.lb, TIMER_RESULT, t, ok ? 1 : 0);
    });
    k.timer(k.now + intervalMs, this.lb, TIMER_PROBE, 0);
  }

  private record(t: number, ok: boolean): void {
    if (ok) {
      this.failures[t] = 0;
      this.successes[t]!++;
      if (this.healthy[t] === 0 && this.successes[t]! >= this.spec.healthyThreshold)
        this.set(t, true);
    } else {
      this.successes[t] = 0;
      this.failures[t]!++;
      if (this.healthy[t] === 1 && this.failures[t]! >= this.spec.unhealthyThreshold)
        this.set(t, false);
    }
  }

  private set(t: number, healthy: boolean): void {
    this.healthy[t] = healthy ? 1 : 0;
    this.transitions++;
    this.onChange(t, healthy);
  }
}
