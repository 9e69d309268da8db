/**
 * What the fault palette offers: for every fault type of the format, what it
 * acts on (a node of some kinds, an edge, or either), its one type-specific
 * parameter with a sensible default, and how a filled-in form becomes a
 * candidate fault. Pure; the format's validator has the last word.
 */
import type { FaultType } from './faultTimeline.ts';
import type { Scenario } from './scenarioAccess.ts';

/** The one type-specific number of a fault, as the palette asks for it. */
export interface FaultParamSpec {
  readonly key: 'factor' | 'probability' | 'addMs' | 'hotShare';
  /** Label with its unit. */
  readonly label: string;
  readonly defaultValue: number;
  readonly step: number;
}

/** What the palette knows about one fault type. */
export interface FaultTypeSpec {
  readonly label: string;
  /** Node kinds it may target (empty: none). */
  readonly nodeKinds: readonly string[];
  /** Whether an edge may be its target. */
  readonly edges: boolean;
  readonly param: FaultParamSpec | null;
  /** Happens at one instant (no duration). */
  readonly instant: boolean;
}

const ALL = ['client', 'load-balancer', 'service', 'cache', 'shard-router', 'database', 'queue'];
const NOT_CLIENT = ALL.filter((k) => k !== 'client');
const WORKERS = ['service', 'database'];
const factor = (defaultValue: number): FaultParamSpec => ({
  key: 'factor',
  label: 'Factor (×)',
  defaultValue,
  step: 0.5,
});
const node = (nodeKinds: readonly string[], param: FaultParamSpec | null = null) =>
  ({ nodeKinds, edges: false, param, instant: false }) as const;

/** Every fault type, in the order the palette lists them. */
export const FAULT_TYPE_SPECS: { readonly [T in FaultType]: FaultTypeSpec } = {
  crash: { ...node(NOT_CLIENT), label: 'Crash (node down)' },
  slow: { ...node(WORKERS, factor(3)), label: 'Slow (service time ×)' },
  errors: {
    ...node(WORKERS, {
      key: 'probability',
      label: 'Probability (0–1)',
      defaultValue: 0.5,
      step: 0.05,
    }),
    label: 'Errors (fail requests)',
  },
  latency: {
    nodeKinds: [],
    edges: true,
    param: { key: 'addMs', label: 'Extra latency (ms)', defaultValue: 200, step: 10 },
    instant: false,
    label: 'Latency (edge)',
  },
  partition: { nodeKinds: ALL, edges: true, param: null, instant: false, label: 'Partition' },
  'cache-flush': { ...node(['cache']), instant: true, label: 'Cache flush' },
  'shard-down': { ...node(['database']), label: 'Shard down' },
  'replica-lag': { ...node(['database'], factor(10)), label: 'Replica lag (×)' },
  'traffic-spike': { ...node(['client'], factor(3)), label: 'Traffic spike (×)' },
  'hot-key': {
    ...node(['client'], {
      key: 'hotShare',
      label: 'Hot share (0–1)',
      defaultValue: 0.5,
      step: 0.05,
    }),
    label: 'Hot key',
  },
};

/** Fault types in palette order. */
export const FAULT_TYPES = Object.keys(FAULT_TYPE_SPECS) as FaultType[];

/** Something a fault can act on, as a palette choice. */
export interface FaultTargetOption {
  /** `node:api` or `edge:users→api`: the select's value. */
  readonly key: string;
  readonly label: string;
  readonly ref: { readonly target: string } | { readonly from: string; readonly to: string };
}

/** The nodes and edges a fault of `type` may target in `scenario`, nodes first. */
export function getFaultTargets(scenario: Scenario, type: FaultType): FaultTargetOption[] {
  const spec = FAULT_TYPE_SPECS[type];
  const nodes = scenario.nodes
    .filter((n) => spec.nodeKinds.includes(n.kind))
    .map((n) => ({ key: `node:${n.id}`, label: n.id, ref: { target: n.id } }));
  const edges = spec.edges
    ? scenario.edges.map((e) => ({
        key: `edge:${e.from}→${e.to}`,
        label: `${e.from} → ${e.to}`,
        ref: { from: e.from, to: e.to },
      }))
    : [];
  return [...nodes, ...edges];
}

/** Default start and duration of a new fault: a quarter into the run, 10 s (or what is left). */
export function getDefaultTiming(runMs: number): {
  readonly atMs: number;
  readonly durationMs: number;
} {
  const atMs = Math.round(runMs / 4 / 1000) * 1000;
  return { atMs, durationMs: Math.max(100, Math.min(10_000, runMs - atMs)) };
}

/** What the palette's form holds (text as typed). */
export interface FaultForm {
  readonly type: FaultType;
  readonly targetKey: string;
  readonly startS: string;
  readonly durationS: string;
  readonly param: string;
}

/** The form for a fault of `type` with its defaults: first target, a quarter into the run, 10 s. */
export function createFaultForm(scenario: Scenario, type: FaultType): FaultForm {
  const timing = getDefaultTiming(scenario.durationMs);
  return {
    type,
    targetKey: getFaultTargets(scenario, type)[0]?.key ?? '',
    startS: String(timing.atMs / 1000),
    durationS: String(timing.durationMs / 1000),
    param: String(FAULT_TYPE_SPECS[type].param?.defaultValue ?? ''),
  };
}

/** The first type (palette order: crash first) that has something to act on in `scenario`. */
export const getFirstUsableType = (scenario: Scenario): FaultType =>
  FAULT_TYPES.find((t) => getFaultTargets(scenario, t).length > 0) ?? 'crash';

/** A palette field, for placing a message beside it. */
export type FaultFormField = 'target' | 'start' | 'duration' | 'param' | 'general';

/** A message for one field of the form. */
export interface FaultFormError {
  readonly field: FaultFormField;
  readonly message: string;
}

/** A number typed in a field, or null when it is not one. */
const parseNumber = (text: string): number | null => {
  const value = Number(text.trim());
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
};

/**
 * The form as a candidate fault, or the fields that are not numbers / have no
 * target. Seconds become ms. Ranges are the validator's job.
 */
export function readFaultForm(
  form: FaultForm,
  targets: readonly FaultTargetOption[],
): { readonly fault: Record<string, unknown> } | { readonly errors: FaultFormError[] } {
  const spec = FAULT_TYPE_SPECS[form.type];
  const target = targets.find((t) => t.key === form.targetKey);
  const start = parseNumber(form.startS);
  const duration = spec.instant ? 0 : parseNumber(form.durationS);
  const param = spec.param === null ? 0 : parseNumber(form.param);
  const errors: FaultFormError[] = [];
  if (target === undefined)
    errors.push({ field: 'target', message: 'Target: choose what the fault acts on' });
  if (start === null) errors.push({ field: 'start', message: 'Start: enter a number of seconds' });
  if (duration === null)
    errors.push({ field: 'duration', message: 'Duration: enter a number of seconds' });
  if (param === null && spec.param !== null)
    errors.push({ field: 'param', message: `${spec.param.label}: enter a number` });
  if (
    errors.length > 0 ||
    target === undefined ||
    start === null ||
    duration === null ||
    param === null
  )
    return { errors };
  return {
    fault: {
      type: form.type,
      ...target.ref,
      atMs: Math.round(start * 1000),
      ...(spec.instant ? {} : { durationMs: Math.round(duration * 1000) }),
      ...(spec.param === null ? {} : { [spec.param.key]: param }),
    },
  };
}

/** Which field of the form a validation path (`faults[3].factor`) belongs to. */
export function getFormField(path: string): FaultFormField {
  const last = /\.(\w+)$/.exec(path)?.[1];
  if (last === 'atMs') return 'start';
  if (last === 'durationMs') return 'duration';
  if (last === 'target' || last === 'from' || last === 'to') return 'target';
  if (last === 'factor' || last === 'probability' || last === 'addMs' || last === 'hotShare')
    return 'param';
  return 'general';
}
