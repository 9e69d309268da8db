import { getUtilizationStops, NO_DATA_FILL } from './canvas/utilizationColor.ts';

const gradient = `linear-gradient(to right, ${getUtilizationStops()
  .map((s) => `${s.color} ${Math.round(s.offset * 100)}%`)
  .join(', ')})`;

/** Explains the node colours: service utilization 0–100 %, and grey for no reading. */
export function UtilizationLegend() {
  return (
    <div className="legend" aria-label="Colour legend">
      <span className="legend-title">Service utilization</span>
      <span className="legend-scale">
        <span className="legend-tick">0%</span>
        <span className="legend-bar" style={{ backgroundImage: gradient }} />
        <span className="legend-tick">100%</span>
      </span>
      <span className="legend-item">
        <span className="legend-swatch" style={{ backgroundColor: NO_DATA_FILL }}>
          42/s
        </span>
        clients and load balancers: arrivals per second
      </span>
    </div>
  );
}
