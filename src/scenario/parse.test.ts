import { describe, expect, it } from 'vitest';
import { parseScenarioJson } from './parse.ts';
import { baseDoc } from './testing/baseScenario.ts';

describe('parseScenarioJson', () => {
  it('parses and validates', () => {
    const result = parseScenarioJson(JSON.stringify(baseDoc()));
    expect(result.ok).toBe(true);
  });

  it('reports syntax errors at path "file" with line and column', () => {
    const result = parseScenarioJson('{\n  "version": 1,\n  }');
    expect(result.ok).toBe(false);
    const [error] = result.ok ? [] : result.errors;
    expect(error?.path).toBe('file');
    expect(error?.message).toMatch(/^is not valid JSON \(.+ at line 3, column 3\)$/);
  });

  it('says when the text is empty', () => {
    expect(parseScenarioJson('  ')).toEqual({
      ok: false,
      errors: [{ path: 'file', message: 'is not valid JSON (the text is empty)' }],
    });
  });

  it('passes validation problems through', () => {
    expect(parseScenarioJson('{"version": 3}')).toEqual({
      ok: false,
      errors: [{ path: 'version', message: '3 is newer than this app supports (1)' }],
    });
  });

  it('refuses huge text before parsing it', () => {
    const result = parseScenarioJson(' '.repeat(5_000_001));
    expect(result.ok ? '' : result.errors[0]?.message).toMatch(/^is too large/);
  });
});
