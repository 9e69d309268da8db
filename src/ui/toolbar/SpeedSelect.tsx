import type { ChangeEvent } from 'react';
import { simCommands } from '../../state/app.ts';
import { SPEEDS, selectSpeed, useRunStore } from '../../state/runStore.ts';

const speedLabel = (speed: number | 'max'): string => (speed === 'max' ? 'Max' : `×${speed}`);

const onChange = (event: ChangeEvent<HTMLSelectElement>): void => {
  const value = event.target.value;
  void simCommands.setSpeed(value === 'max' ? 'max' : Number(value));
};

/** Simulation pace: real time × 0.1 … × 1000, or as fast as possible. */
export function SpeedSelect() {
  const speed = useRunStore(selectSpeed);
  return (
    <label className="field">
      <span className="field-label">Speed</span>
      <select
        className="select"
        data-testid="speed-select"
        value={String(speed)}
        onChange={onChange}
      >
        {SPEEDS.map((s) => (
          <option
            key={String(s)}
            value={String(s)}
            title={s === 'max' ? 'As fast as possible' : `${s}× real time`}
          >
            {speedLabel(s)}
          </option>
        ))}
      </select>
    </label>
  );
}
