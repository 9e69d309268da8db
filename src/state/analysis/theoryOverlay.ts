/**
 * When a node of a scenario is an M/M/c station, what queueing theory predicts
 * for its sojourn time (arrival → answer, as the node measures it); when it is
 * not, every reason why, in words a class can follow.
 *
 * An M/M/c station here: a service with exponential service time, no
 * downstream calls, no injected errors, fed by Poisson arrivals — Poisson
 * clients directly, or through a `random` load balancer (a random split of a
 * Poisson stream is Poisson) — with no retries or timeouts on the way, no
 * faults on the timeline, and a queue that (nearly) never fills. Its
 * `instances` each have their own queue and get a random share of the calls,
 * so each is an M/M/`workers` queue at λ / instances.
 */
import { erlangC, mmcMeanSojournMs, mmcSojournQuantileMs } from '../../lib/queueingTheory.ts';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../scenarioAccess.ts';

export interface MmcPrediction {
  readonly ok: true;
  /** Workers of one instance: the c of M/M/c. */
  readonly servers: number;
  readonly instances: number;
  /** Arrivals per second reaching one instance. */
  readonly arrivalPerSec: number;
  readonly serviceMeanMs: number;
  /** ρ = λ / (c μ). */
  readonly utilization: number;
  /** Erlang C: the probability an arrival waits. */
  readonly waitProbability: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
}

export type TheoryVerdict = MmcPrediction | { readonly ok: false; readonly reasons: string[] };

/** A bounded queue counts as unbounded when it is full less often than this (C · ρ^K). */
export const NEGLIGIBLE_BLOCKING = 1e-4;

const byId = (s: Scenario, id: string): ScenarioNode | undefined =>
  s.nodes.find((n) => n.id === id);
const inbound = (s: Scenario, id: string): ScenarioEdge[] => s.edges.filter((e) => e.to === id);

function policyReason(edge: ScenarioEdge): string | null {
  const p = edge.policy;
  if (p === undefined) return null;
  if (p.retry || p.timeoutMs !== undefined || p.adaptiveTimeout)
    return `the edge ${edge.from}→${edge.to} has a timeout or retries (retries add non-Poisson traffic)`;
  return `the edge ${edge.from}→${edge.to} has a policy that can refuse calls`;
}

/** Poisson rate a caller sends over `edge`, or a reason it is not Poisson. */
function poissonRate(s: Scenario, edge: ScenarioEdge, depth = 0): number | string {
  const policy = policyReason(edge);
  if (policy !== null) return policy;
  const from = byId(s, edge.from);
  if (from?.kind === 'client') {
    return from.arrival.type === 'poisson'
      ? from.arrival.ratePerSec
      : `client ${from.id} sends ${from.arrival.type} arrivals, not Poisson`;
  }
  if (from?.kind === 'load-balancer' && depth === 0) {
    if (from.strategy !== 'random')
      return `balancer ${from.id} uses ${from.strategy}: only a random split of Poisson arrivals stays Poisson`;
    const targets = s.edges.filter((e) => e.from === from.id).length;
    const total = sumRates(s, inbound(s, from.id), depth + 1);
    return typeof total === 'number' ? total / targets : total;
  }
  return `${edge.from} (${from?.kind ?? 'unknown'}) is not a Poisson source`;
}

function sumRates(s: Scenario, edges: readonly ScenarioEdge[], depth: number): number | string {
  let total = 0;
  for (const e of edges) {
    const r = poissonRate(s, e, depth);
    if (typeof r === 'string') return r;
    total += r;
  }
  return total;
}

function stationReasons(s: Scenario, node: ScenarioNode): string[] {
  if (node.kind !== 'service') return [`${node.id} is a ${node.kind}, not a service`];
  const reasons: string[] = [];
  if (node.serviceTimeMs.type !== 'exponential')
    reasons.push(`its service time is ${node.serviceTimeMs.type}, not exponential`);
  if (s.edges.some((e) => e.from === node.id))
    reasons.push('it calls downstream nodes, so its time includes theirs');
  if ((node.errorRate ?? 0) > 0) reasons.push('it injects errors');
  if ((s.faults ?? []).length > 0) reasons.push('the scenario has faults on its timeline');
  if (inbound(s, node.id).length === 0) reasons.push('nothing calls it');
  return reasons;
}

function predict(
  servers: number,
  instances: number,
  lambda: number,
  meanMs: number,
): MmcPrediction {
  const q = (p: number): number => mmcSojournQuantileMs(servers, lambda, meanMs, p);
  return {
    ok: true,
    servers,
    instances,
    arrivalPerSec: lambda,
    serviceMeanMs: meanMs,
    utilization: (lambda * meanMs) / 1000 / servers,
    waitProbability: erlangC(servers, (lambda * meanMs) / 1000),
    meanMs: mmcMeanSojournMs(servers, lambda, meanMs),
    p50Ms: q(0.5),
    p95Ms: q(0.95),
    p99Ms: q(0.99),
  };
}

/** The M/M/c prediction for node `nodeId`, or why there is none. */
export function getTheoryVerdict(s: Scenario, nodeId: string): TheoryVerdict {
  const node = byId(s, nodeId);
  if (node === undefined) return { ok: false, reasons: [`there is no node ${nodeId}`] };
  const reasons = stationReasons(s, node);
  if (node.kind !== 'service' || node.serviceTimeMs.type !== 'exponential')
    return { ok: false, reasons };
  const total = sumRates(s, inbound(s, node.id), 0);
  if (typeof total === 'string') reasons.push(total);
  if (reasons.length > 0 || typeof total === 'string') return { ok: false, reasons };
  const instances = node.instances ?? 1;
  const lambda = total / instances;
  const meanMs = node.serviceTimeMs.mean;
  const rho = (lambda * meanMs) / 1000 / node.workers;
  if (rho >= 1)
    return {
      ok: false,
      reasons: [`it is overloaded (ρ = ${rho.toFixed(2)} ≥ 1): no steady state`],
    };
  const prediction = predict(node.workers, instances, lambda, meanMs);
  const capacity = node.queueCapacity ?? Number.POSITIVE_INFINITY;
  if (prediction.waitProbability * rho ** capacity > NEGLIGIBLE_BLOCKING)
    return {
      ok: false,
      reasons: [`its queue (capacity ${capacity}) fills too often: that is M/M/c/K, not M/M/c`],
    };
  return prediction;
}
