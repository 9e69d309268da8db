/**
 * Parameter edits during a run. The simulation runs up to an edit's time
 * (every event at that instant included), then applies it — exactly what a
 * live edit does in the middle of a run — so a scenario that carries the edit
 * from the start replays the live run event for event. Nothing here runs per
 * event: a model without edits has no plan at all.
 */
import type { BuiltModel } from '../build.ts';
import type { ClientNode } from '../nodes/client.ts';
import type { DatabaseNode } from '../nodes/database.ts';
import type { LoadBalancerNode } from '../nodes/loadBalancer.ts';
import type { ServiceNode } from '../nodes/service.ts';
import { createSampler, fixedValue, type Sampler } from '../random/distributions.ts';
import { createRandomStream, type RandomStream } from '../random/rng.ts';
import type { DistSpec, ModelSpec } from '../spec.ts';
import type { EdgeEditParams, EditSpec, NodeEditParams } from './editSpec.ts';

export class EditPlan {
  private readonly spec: ModelSpec;
  private readonly model: BuiltModel;
  /** Edits not applied yet, by time (ties in the order they were given). */
  private readonly due: EditSpec[] = [];

  constructor(spec: ModelSpec, model: BuiltModel) {
    this.spec = spec;
    this.model = model;
  }

  /** Time of the next edit; Infinity when none is left. */
  get nextAt(): number {
    return this.due[0]?.atMs ?? Infinity;
  }

  /** Add an edit after every one due at the same time or earlier. */
  add(edit: EditSpec): void {
    let i = this.due.length;
    while (i > 0 && this.due[i - 1]!.atMs > edit.atMs) i--;
    this.due.splice(i, 0, edit);
  }

  /** Apply every edit due at or before `now`, in order. */
  applyDue(now: number): void {
    while (this.due.length > 0 && this.due[0]!.atMs <= now) {
      const edit = this.due.shift()!;
      if ('node' in edit) this.applyToNode(edit.node, edit.set);
      else this.applyToEdge(edit.edge, edit.set);
    }
  }

  private applyToNode(index: number, set: NodeEditParams): void {
    const node = this.spec.nodes[index];
    const behavior = this.model.kernel.behaviors[index];
    if (node === undefined || behavior === undefined) return;
    const stream = (purpose: string) => this.stream(`node:${node.id}/${purpose}`);
    switch (node.kind) {
      case 'client':
        return applyToClient(behavior as ClientNode, node, set, stream('arrival'), this.spec);
      case 'service':
        return applyToService(behavior as ServiceNode, set, stream('service'));
      case 'database':
        return applyToDatabase(behavior as DatabaseNode, set, stream('service'));
      case 'load-balancer':
        if (set.strategy !== undefined) (behavior as LoadBalancerNode).setStrategy(set.strategy);
        return;
      default:
        return;
    }
  }

  private applyToEdge(index: number, set: EdgeEditParams): void {
    const runtime = this.model.kernel.edges[index];
    const edge = this.spec.edges[index];
    if (runtime === undefined || edge === undefined) return;
    this.model.kernel.policies[index]?.setLimits(set.timeoutMs, set.retry);
    if (set.latencyMs === undefined) return;
    const ids = [edge.from, edge.to].map((i) => this.spec.nodes[i]!.id);
    const name = `edge:${ids[0]!}->${ids[1]!}/latency`;
    this.model.kernel.setEdgeLatency(
      index,
      set.latencyMs === null ? null : createSampler(set.latencyMs, this.stream(name)),
      fixedValue(set.latencyMs),
    );
  }

  /** The model's stream of that name (its draws go on), or a new one if the model never drew from it. */
  private stream(name: string): RandomStream {
    const streams = this.model.streams as Map<string, RandomStream>;
    let s = streams.get(name);
    if (s === undefined) {
      s = createRandomStream(this.spec.seed, name);
      streams.set(name, s);
    }
    return s;
  }
}

function applyToClient(
  client: ClientNode,
  node: Extract<ModelSpec['nodes'][number], { kind: 'client' }>,
  set: NodeEditParams,
  arrivalStream: RandomStream,
  spec: ModelSpec,
): void {
  if (set.readRatio !== undefined) client.setReadRatio(set.readRatio);
  const type = node.arrival.type;
  if (set.ratePerSec !== undefined && (type === 'poisson' || type === 'constant'))
    client.setArrival({ type, ratePerSec: set.ratePerSec }, arrivalStream, spec.durationMs);
}

function applyToService(service: ServiceNode, set: NodeEditParams, stream: RandomStream): void {
  if (set.serviceTimeMs !== undefined) service.setServiceTime(sampler(set.serviceTimeMs, stream));
  if (set.errorRate !== undefined) service.setErrorRate(set.errorRate);
  if (set.queueCapacity !== undefined) service.setQueueCapacity(set.queueCapacity);
  if (set.instances !== undefined) service.resize(set.instances);
  if (set.workers !== undefined) service.setWorkers(set.workers);
}

function applyToDatabase(db: DatabaseNode, set: NodeEditParams, stream: RandomStream): void {
  if (set.readTimeMs !== undefined) db.setServiceTime('read', sampler(set.readTimeMs, stream));
  if (set.writeTimeMs !== undefined) db.setServiceTime('write', sampler(set.writeTimeMs, stream));
  if (set.queueCapacity !== undefined) db.setQueueCapacity(set.queueCapacity);
  if (set.workers !== undefined) db.setWorkers(set.workers);
}

function sampler(dist: DistSpec, stream: RandomStream): Sampler {
  return createSampler(dist, stream);
}
