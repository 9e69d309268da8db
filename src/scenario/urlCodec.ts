/**
 * Scenarios in links: `#s=<base64url of raw-deflated JSON>`. Decoding treats
 * the link as untrusted: damaged text, damaged compression, a decompression
 * bomb and bad JSON each give one clear error at path `url`, then the JSON is
 * migrated and validated like a file.
 */
import { Inflate, deflateSync, strToU8 } from 'fflate';
import { fromBase64Url, toBase64Url } from '../lib/base64url.ts';
import { LIMITS } from './limits.ts';
import { parseJsonText } from './parse.ts';
import type { Scenario, ValidationResult } from './types.ts';
import { validateScenario } from './validate.ts';

/** The hash parameter that holds the scenario. */
export const HASH_PARAM = 's';

/** Encode a scenario as a URL hash, `#s=…`. */
export function encodeScenarioToHash(s: Scenario): string {
  const bytes = deflateSync(strToU8(JSON.stringify(s)), { level: 9 });
  return `#${HASH_PARAM}=${toBase64Url(bytes)}`;
}

const damaged = (message: string): ValidationResult => ({
  ok: false,
  errors: [{ path: 'url', message }],
});

/** Decode and validate a `#s=…` hash (the leading `#` is optional; other params are ignored). */
export function decodeScenarioFromHash(hash: string): ValidationResult {
  if (hash.length > LIMITS.maxHashLength) {
    return damaged(
      `the link is too long (${hash.length} characters; at most ${LIMITS.maxHashLength})`,
    );
  }
  const payload = new URLSearchParams(hash.replace(/^#/, '')).get(HASH_PARAM);
  if (payload === null || payload === '') {
    return damaged(`the link holds no scenario (expected #${HASH_PARAM}=…)`);
  }
  const bytes = fromBase64Url(payload);
  if (bytes === null) return damaged('the link is damaged (not valid base64url text)');
  const inflated = inflateLimited(bytes, LIMITS.maxTextLength);
  if (inflated === TOO_LARGE) {
    return damaged('the link expands to more data than a scenario can hold');
  }
  if (inflated === null) return damaged('the link is damaged (not valid compressed data)');
  const parsed = parseJsonText(inflated.text, 'url');
  if (!parsed.ok) return damaged('the link is damaged (its scenario is not valid JSON)');
  return validateScenario(parsed.value);
}

/** Marks inflated data beyond the size limit. */
const TOO_LARGE = Symbol('too large');

/** Input bytes per push: deflate expands at most ~1032×, so output is checked every ≤ 1 MB. */
const CHUNK = 1024;

/**
 * Inflate raw deflate data as UTF-8 text, stopping as soon as the output would
 * exceed `maxBytes`. `null` for damaged data (including invalid UTF-8).
 */
function inflateLimited(
  bytes: Uint8Array,
  maxBytes: number,
): { text: string } | null | typeof TOO_LARGE {
  const parts: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const stream = new Inflate((chunk, final) => {
    parts.push(chunk);
    size += chunk.length;
    ended ||= final;
  });
  try {
    for (let i = 0; i < bytes.length && size <= maxBytes; i += CHUNK) {
      stream.push(bytes.subarray(i, i + CHUNK), i + CHUNK >= bytes.length);
    }
  } catch {
    return null;
  }
  if (size > maxBytes) return TOO_LARGE;
  if (!ended) return null;
  const text = decodeUtf8(concat(parts, size));
  return text === null ? null : { text };
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Strict UTF-8 (fflate's `strFromU8` would quietly replace broken sequences). */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
