/**
 * How a request dot looks, by outcome (Okabe–Ito colours). Failures also get
 * a dark ring and timeouts a dashed one, so colour is never the only cue. A
 * dot on its way out is hollow (white, ringed); on its way back it is filled.
 * One table for the canvas painter and the legend's swatches.
 */
import type { DotHop } from './topologyTypes.ts';

type HopOutcome = DotHop['outcome'];

export interface DotStyle {
  /** The outcome's colour: the fill of a returning dot. */
  readonly color: string;
  /** Ring colour and width (canvas units). */
  readonly ring: string;
  readonly ringWidth: number;
  /** Dash of the ring (canvas units); empty for a solid ring. */
  readonly dash: readonly number[];
}

export const DOT_STYLES: Readonly<Record<HopOutcome, DotStyle>> = {
  ok: { color: '#009e73', ring: '#009e73', ringWidth: 2, dash: [] },
  retry: { color: '#0072b2', ring: '#0072b2', ringWidth: 2, dash: [] },
  timeout: { color: '#e69f00', ring: '#3b2a00', ringWidth: 2, dash: [2, 1.5] },
  rejected: { color: '#cc79a7', ring: '#3d1030', ringWidth: 2.5, dash: [] },
  failed: { color: '#d55e00', ring: '#3a1200', ringWidth: 2.5, dash: [] },
};

/** The fill of a dot going out. */
export const OUTBOUND_FILL = '#ffffff';
/** Dot radius, canvas units. */
export const DOT_RADIUS = 5;
/** The thinnest ring in presenter mode (thicker lines for a projector). */
export const PRESENTER_RING = 2.5;
