/** Cell formatting and plain-text tables for the human-readable CLI output. */

/** A whole number with thousands separators; `–` when not finite. */
export function count(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–';
}

/** 3 significant-ish digits: `1234`, `12.3`, `1.23`; `–` when not finite. */
export function fixed(n: number): string {
  if (!Number.isFinite(n)) return '–';
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** A 0..1 ratio as `12.3 %`; `–` when not finite. */
export function percent(n: number): string {
  return Number.isFinite(n) ? `${(n * 100).toFixed(1)} %` : '–';
}

/** Milliseconds as seconds: `120 s`, `1.5 s`. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('en-US', { maximumFractionDigits: 3 })} s`;
}

/**
 * Rows of cells as aligned lines: columns where `isText(i)` (names, lists) are
 * padded on the right, the others (numbers) on the left. Trailing spaces are trimmed.
 */
export function table(
  rows: readonly (readonly string[])[],
  isText: (column: number) => boolean,
): string[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(...rows.map((row) => (row[i] ?? '').length)),
  );
  return rows.map((row) =>
    row
      .map((cell, i) => (isText(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
