/**
 * Draws the live badges above each node (see `liveBadges`): small pills in a
 * row, centred over the shape. The row is scaled up when the canvas is zoomed
 * out, so the numbers stay readable at any zoom.
 */
import type { Selection } from 'd3';
import { select as selectGroup } from 'd3';
import type { Badge } from './liveBadges.ts';
import { getNodeBadges } from './liveBadges.ts';
import { writeAttr, writeText } from './domWrites.ts';
import { getShapeExtent } from './nodeShapes.ts';
import type { NodeReading, TopologyNode } from './topologyTypes.ts';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

const BADGE_H = 16;
const GAP = 4;
const charWidth = 6.6;
const badgeWidth = (b: Badge): number => Math.ceil(b.text.length * charWidth + 10);

/** How much to enlarge badges at zoom `k`: 1 at natural size and above, up to 2.5 when zoomed out. */
export const getBadgeScale = (k: number): number => Math.min(2.5, Math.max(1, 1 / k));

/** Lay out a row of badges centred on x = 0: the left edge of each. */
export function getBadgeOffsets(badges: readonly Badge[]): number[] {
  const widths = badges.map(badgeWidth);
  const total = widths.reduce((a, w) => a + w, 0) + GAP * Math.max(0, widths.length - 1);
  let x = -total / 2;
  return widths.map((w) => {
    const at = x;
    x += w + GAP;
    return at;
  });
}

/** Paint every node's badges from its reading. */
export function paintBadges(
  layer: Layer,
  readings: ReadonlyMap<string, NodeReading>,
  scale: number,
): void {
  layer
    .selectAll<SVGGElement, TopologyNode>('g.topology-node')
    .select<SVGGElement>('g.topology-node-badges')
    .each(function (d) {
      writeAttr(
        this,
        'transform',
        `translate(0,${-getShapeExtent(d.kind).hh - 5}) scale(${scale})`,
      );
      const reading = readings.get(d.id);
      const badges = reading?.down === true ? [] : getNodeBadges(reading?.live);
      drawRow(this, badges);
    });
}

function drawRow(group: SVGGElement, badges: readonly Badge[]): void {
  const offsets = getBadgeOffsets(badges);
  const items = badges.map((b, i) => ({ ...b, x: offsets[i] ?? 0 }));
  const row = selectGroup(group)
    .selectAll<SVGGElement, Badge & { x: number }>('g.node-badge')
    .data(items, (b) => b.key)
    .join((enter) => {
      const g = enter.append('g');
      g.append('rect').attr('rx', 8).attr('height', BADGE_H).attr('y', -BADGE_H);
      g.append('text')
        .attr('y', -BADGE_H / 2)
        .attr('dominant-baseline', 'central')
        .attr('x', 5);
      return g;
    });
  row.each(function (b) {
    writeAttr(this, 'class', `node-badge tone-${b.tone}`);
    writeAttr(this, 'data-badge', b.key);
    writeAttr(this, 'transform', `translate(${b.x},0)`);
    const [rect, text] = [this.querySelector('rect'), this.querySelector('text')];
    if (rect !== null) writeAttr(rect, 'width', String(badgeWidth(b)));
    if (text !== null) writeText(text, b.text);
  });
}
