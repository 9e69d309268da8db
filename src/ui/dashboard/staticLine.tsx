import { Curve, type LineDrawShapeProps } from 'recharts';

/**
 * The shape every live chart line is drawn with: Recharts' plain curve,
 * without the path ref its default shape keeps. Recharts measures the length
 * of a line's path (`getTotalLength`, which forces a layout) on every render
 * to animate its entrance; with no path behind the ref there is nothing to
 * measure. Our lines never animate (`isAnimationActive={false}`), so the
 * drawing is the same — and a chart refresh no longer forces
 * a layout per line.
 */
export function StaticLineShape(props: LineDrawShapeProps) {
  const {
    pathRef: _pathRef,
    animationElapsedTime: _elapsed,
    isAnimating: _isAnimating,
    isEntrance: _isEntrance,
    visibleLength: _visibleLength,
    ...curve
  } = props;
  return <Curve {...curve} />;
}

/** Props every live chart line shares: no dots, no animation, no path measuring. */
export const STATIC_LINE = {
  dot: false,
  isAnimationActive: false,
  shape: StaticLineShape,
} as const;
