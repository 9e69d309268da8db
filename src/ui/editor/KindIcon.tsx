import { getShapeExtent, getShapePath } from '../canvas/nodeShapes.ts';

/** The canvas shape of a node kind, drawn small (palette buttons, inspector header). */
export function KindIcon({ kind, size = 28 }: { readonly kind: string; readonly size?: number }) {
  const { hw, hh } = getShapeExtent(kind);
  const half = Math.max(hw, hh) + 2;
  return (
    <svg
      className={`kind-icon kind-icon-${kind}`}
      width={size}
      height={size}
      viewBox={`${-half} ${-half} ${2 * half} ${2 * half}`}
      aria-hidden="true"
    >
      <path d={getShapePath(kind)} />
    </svg>
  );
}
