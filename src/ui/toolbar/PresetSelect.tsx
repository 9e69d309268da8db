import type { ChangeEvent } from 'react';
import { useMemo } from 'react';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { presets } from '../../state/scenarioAccess.ts';

const onChange = (event: ChangeEvent<HTMLSelectElement>): void => {
  const preset = presets.find((p) => p.id === event.target.value);
  if (preset) useDocumentStore.getState().replaceScenario(preset.scenario);
};

const presetJson = new Map(presets.map((p) => [JSON.stringify(p.scenario), p.id]));

/** Pick a built-in scenario; shows which one is open (or "custom" for one from a link or edits). */
export function PresetSelect() {
  const scenario = useDocumentStore(selectScenario);
  const currentId = useMemo(() => presetJson.get(JSON.stringify(scenario)) ?? '', [scenario]);
  return (
    <label className="field">
      <span className="visually-hidden">Scenario</span>
      <select
        className="select select-wide"
        data-testid="preset-select"
        value={currentId}
        onChange={onChange}
      >
        {currentId === '' && <option value="">{scenario.name} (custom)</option>}
        {presets.map((p) => (
          <option key={p.id} value={p.id} title={p.description}>
            {p.title}
          </option>
        ))}
      </select>
    </label>
  );
}
