/** Reading scenario text (a file, or the JSON inside a link) into a validated scenario. */
import { LIMITS } from './limits.ts';
import type { ScenarioError, ValidationResult } from './types.ts';
import { validateScenario } from './validate.ts';

/** The JSON value in `text`, or a problem at `path` (`file`, `url`) with line and column. */
export function parseJsonText(
  text: string,
  path: string,
): { ok: true; value: unknown } | { ok: false; error: ScenarioError } {
  if (text.length > LIMITS.maxTextLength) {
    const message = `is too large (${text.length} characters; at most ${LIMITS.maxTextLength})`;
    return { ok: false, error: { path, message } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return {
      ok: false,
      error: { path, message: `is not valid JSON (${describeSyntaxError(e, text)})` },
    };
  }
}

/** Parse and validate the text of a scenario file. Syntax errors are reported at path `file`. */
export function parseScenarioJson(text: string): ValidationResult {
  const parsed = parseJsonText(text, 'file');
  return parsed.ok ? validateScenario(parsed.value) : { ok: false, errors: [parsed.error] };
}

/**
 * The engine's message without its position, plus `line L, column C` computed
 * from `position N` (engines differ in whether they give line and column).
 */
function describeSyntaxError(e: unknown, text: string): string {
  const raw = e instanceof Error ? e.message : String(e);
  const reason = raw.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
  const match = /position (\d+)/.exec(raw);
  if (match?.[1] === undefined) {
    return text.trim() === '' ? 'the text is empty' : reason;
  }
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${reason} at line ${line}, column ${column}`;
}
