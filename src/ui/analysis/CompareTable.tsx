import { assertNever } from '../../lib/assertNever.ts';
import type { FieldDifference } from '../../state/analysis/scenarioDiff.ts';
import { formatFieldValue } from '../../state/analysis/scenarioDiff.ts';
import type { MetricDifference } from '../../state/analysis/summaryDiff.ts';
import { isImprovement } from '../../state/analysis/summaryDiff.ts';
import { formatCount, formatMs, formatRate } from '../format.ts';

function formatValue(row: MetricDifference, value: number): string {
  switch (row.unit) {
    case 'ms':
      return formatMs(value);
    case '/s':
      return `${formatRate(value)} /s`;
    case 'count':
      return formatCount(value);
    case 'ratio':
      return `${(value * 100).toFixed(2)} %`;
    default:
      return assertNever(row.unit);
  }
}

function formatRatio(ratio: number | null): string {
  if (ratio === null) return '—';
  const sign = ratio > 0 ? '+' : '';
  return `${sign}${(ratio * 100).toFixed(1)} %`;
}

function deltaClass(row: MetricDifference): string {
  if (row.delta === 0) return '';
  return isImprovement(row) ? 'delta-better' : 'delta-worse';
}

/** Value A, value B, Δ and Δ% of each summary metric; green where B is better. */
export function MetricDiffTable({ rows }: { readonly rows: readonly MetricDifference[] }) {
  return (
    <table className="analysis-table" data-testid="compare-table">
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">A</th>
          <th scope="col">B</th>
          <th scope="col">Δ</th>
          <th scope="col">Δ%</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid={`compare-row-${row.key}`}>
            <th scope="row">{row.label}</th>
            <td data-testid={`compare-a-${row.key}`}>{formatValue(row, row.a)}</td>
            <td data-testid={`compare-b-${row.key}`}>{formatValue(row, row.b)}</td>
            <td className={deltaClass(row)}>{formatValue(row, row.delta)}</td>
            <td className={deltaClass(row)} data-testid={`compare-ratio-${row.key}`}>
              {formatRatio(row.deltaRatio)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The scenario fields that differ between A and B. */
export function FieldDiffList({ fields }: { readonly fields: readonly FieldDifference[] }) {
  if (fields.length === 0)
    return (
      <p className="analysis-note" data-testid="compare-fields-none">
        A and B are the same scenario: change something in the editor to make B.
      </p>
    );
  return (
    <table className="analysis-table" data-testid="compare-fields">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">A</th>
          <th scope="col">B</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.path}>
            <td>
              <code>{f.path}</code>
              {f.owner !== null && <span className="analysis-note"> ({f.owner})</span>}
            </td>
            <td>{formatFieldValue(f.a)}</td>
            <td>{formatFieldValue(f.b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
