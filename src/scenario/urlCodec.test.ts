import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../lib/base64url.ts';
import { presets } from './presets.ts';
import { scenarioArb } from './testing/arbitraries.ts';
import { decodeScenarioFromHash, encodeScenarioToHash } from './urlCodec.ts';
import { validateScenario } from './validate.ts';

const hashOf = (bytes: Uint8Array): string => `#s=${toBase64Url(bytes)}`;
const urlError = (hash: string): string | undefined => {
  const result = decodeScenarioFromHash(hash);
  return result.ok ? undefined : result.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
};

describe('URL codec', () => {
  it('round-trips every preset, with or without the leading #', () => {
    for (const { scenario } of presets) {
      const hash = encodeScenarioToHash(scenario);
      expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
      expect(decodeScenarioFromHash(hash)).toEqual({ ok: true, scenario });
      expect(decodeScenarioFromHash(hash.slice(1))).toEqual({ ok: true, scenario });
    }
  });

  it('round-trips random valid scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        expect(decodeScenarioFromHash(encodeScenarioToHash(scenario))).toEqual({
          ok: true,
          scenario,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the default preset link short', () => {
    expect(encodeScenarioToHash(presets[0]!.scenario).length).toBeLessThan(1000);
  });

  it('ignores other hash parameters', () => {
    const hash = encodeScenarioToHash(presets[0]!.scenario);
    expect(decodeScenarioFromHash(`#view=charts&${hash.slice(1)}`).ok).toBe(true);
  });

  it('says what is wrong with a damaged link', () => {
    expect(urlError('')).toBe('url: the link holds no scenario (expected #s=…)');
    expect(urlError('#s=ab+c')).toBe('url: the link is damaged (not valid base64url text)');
    expect(urlError('#s=abcde')).toBe('url: the link is damaged (not valid base64url text)');
    expect(urlError('#s=AAAA')).toBe('url: the link is damaged (not valid compressed data)');
    const good = encodeScenarioToHash(presets[0]!.scenario);
    expect(urlError(good.slice(0, -10))).toBe(
      'url: the link is damaged (not valid compressed data)',
    );
    expect(urlError(hashOf(deflateSync(strToU8('{"version": 1,'))))).toBe(
      'url: the link is damaged (its scenario is not valid JSON)',
    );
    expect(urlError(hashOf(deflateSync(new Uint8Array([0xff, 0xfe]))))).toBe(
      'url: the link is damaged (not valid compressed data)',
    );
  });

  it('validates what it decodes', () => {
    expect(urlError(hashOf(deflateSync(strToU8('{"version": 9}'))))).toBe(
      'version: 9 is newer than this app supports (1)',
    );
  });

  it('refuses a decompression bomb by its expanded size, with a clear message', () => {
    const bomb = hashOf(deflateSync(new Uint8Array(20_000_000), { level: 9 }));
    expect(urlError(bomb)).toBe('url: the link expands to more data than a scenario can hold');
  });

  it('refuses absurdly long links before decoding', () => {
    expect(urlError(`#s=${'A'.repeat(1_000_001)}`)).toMatch(/^url: the link is too long/);
  });
});

describe('URL codec: -0', () => {
  it('turns -0 into 0 at validation, so the validated scenario round-trips', () => {
    const { scenario } = presets[0]!;
    const doc = {
      ...scenario,
      edges: [
        { ...scenario.edges[0]!, latencyMs: { type: 'constant', value: -0 } },
        ...scenario.edges.slice(1),
      ],
    };
    const validated = validateScenario(doc);
    if (!validated.ok) throw new Error('invalid');
    expect(
      Object.is(
        validated.scenario.edges[0]?.latencyMs?.type === 'constant' &&
          validated.scenario.edges[0].latencyMs.value,
        0,
      ),
    ).toBe(true);
    expect(decodeScenarioFromHash(encodeScenarioToHash(validated.scenario))).toEqual(validated);
  });
});
