import { useDocumentStore } from '../state/documentStore.ts';
import { presets } from '../state/scenarioAccess.ts';

/** Presets offered on the empty canvas: one click opens one. */
const STARTERS = ['default', 'full-stack', 'retry-storm'] as const;
const starters = presets.filter((p) => (STARTERS as readonly string[]).includes(p.id));

/** Shown over an empty canvas: how to start drawing, and presets one click away. */
export function EmptyCanvasHint() {
  return (
    <div className="canvas-empty" data-testid="canvas-empty">
      <p>
        <span className="canvas-empty-title">An empty canvas.</span> Drag a building block from the
        palette onto it (or click one), then drag from a node&apos;s handle to the node it calls. Or
        open a scenario:
      </p>
      <div className="canvas-empty-presets">
        {starters.map((p) => (
          <button
            key={p.id}
            type="button"
            className="button"
            data-testid={`starter-${p.id}`}
            title={p.description}
            onClick={() => useDocumentStore.getState().replaceScenario(p.scenario)}
          >
            {p.title}
          </button>
        ))}
      </div>
    </div>
  );
}
