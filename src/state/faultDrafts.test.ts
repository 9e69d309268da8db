import { describe, expect, it } from 'vitest';
import type { FaultForm } from './faultDrafts.ts';
import {
  createFaultForm,
  FAULT_TYPE_SPECS,
  FAULT_TYPES,
  getDefaultTiming,
  getFaultTargets,
  getFirstUsableType,
  getFormField,
  readFaultForm,
} from './faultDrafts.ts';
import type { Scenario } from './scenarioAccess.ts';
import { defaultScenario, presets, validateScenario } from './scenarioAccess.ts';

const fullStack = presets.find((p) => p.id === 'full-stack')?.scenario as Scenario;

describe('faultDrafts', () => {
  it('offers targets by kind: workers for slow, edges for latency, both for partition', () => {
    expect(getFaultTargets(defaultScenario, 'slow').map((t) => t.key)).toEqual([
      'node:api-1',
      'node:api-2',
      'node:api-3',
    ]);
    expect(getFaultTargets(defaultScenario, 'latency').map((t) => t.label)).toContain('users → lb');
    const partition = getFaultTargets(defaultScenario, 'partition').map((t) => t.key);
    expect(partition).toContain('node:users');
    expect(partition).toContain('edge:lb→api-1');
    expect(getFaultTargets(defaultScenario, 'cache-flush')).toEqual([]);
  });

  it('builds, for every type, a fault with its defaults that the format accepts', () => {
    let built = 0;
    for (const type of FAULT_TYPES) {
      const targets = getFaultTargets(fullStack, type);
      const spec = FAULT_TYPE_SPECS[type];
      const { atMs, durationMs } = getDefaultTiming(fullStack.durationMs);
      const form: FaultForm = {
        type,
        targetKey: targets[0]?.key ?? '',
        startS: String(atMs / 1000),
        durationS: String(durationMs / 1000),
        param: String(spec.param?.defaultValue ?? ''),
      };
      const read = readFaultForm(form, targets);
      if (!('fault' in read)) throw new Error(`${type}: ${JSON.stringify(read.errors)}`);
      const result = validateScenario({ ...fullStack, faults: [read.fault] });
      expect(result.ok ? [] : result.errors, type).toEqual([]);
      built++;
    }
    expect(built).toBe(10);
  });

  it('converts seconds to ms and names the field of a value that is not a number', () => {
    const targets = getFaultTargets(defaultScenario, 'slow');
    const form: FaultForm = {
      type: 'slow',
      targetKey: 'node:api-2',
      startS: '1.5',
      durationS: '2',
      param: '4',
    };
    expect(readFaultForm(form, targets)).toEqual({
      fault: { type: 'slow', target: 'api-2', atMs: 1500, durationMs: 2000, factor: 4 },
    });
    const bad = readFaultForm(
      { ...form, targetKey: '', startS: 'soon', durationS: '', param: 'x' },
      targets,
    );
    expect('errors' in bad ? bad.errors.map((e) => e.field) : []).toEqual([
      'target',
      'start',
      'duration',
      'param',
    ]);
  });

  it('has sensible default timing and maps validation paths to fields', () => {
    expect(getDefaultTiming(120_000)).toEqual({ atMs: 30_000, durationMs: 10_000 });
    expect(getDefaultTiming(8_000)).toEqual({ atMs: 2_000, durationMs: 6_000 });
    expect(getFormField('faults[2].factor')).toBe('param');
    expect(getFormField('faults[2].atMs')).toBe('start');
    expect(getFormField('faults[2].to')).toBe('target');
    expect(getFormField('faults[2]')).toBe('general');
  });

  it('starts the form with the first usable type, its first target and its defaults', () => {
    expect(getFirstUsableType(defaultScenario)).toBe('crash');
    const onlyClient = { ...defaultScenario, nodes: defaultScenario.nodes.slice(0, 1), edges: [] };
    expect(getFirstUsableType(onlyClient)).toBe('partition');
    expect(createFaultForm(defaultScenario, 'slow')).toEqual({
      type: 'slow',
      targetKey: 'node:api-1',
      startS: '30',
      durationS: '10',
      param: '3',
    });
  });
});
