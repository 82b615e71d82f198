/**
 * Geometry of the beam-search tree as a step × rank grid: one column per decoding step, and in
 * each column every hypothesis scored at that step, best score at the top. An edge joins each
 * hypothesis to the one it extends. Pure, tested without a DOM.
 */
import type { BeamNode, BeamResult } from '../../engine';
import type { Box } from './chips';

export interface BeamBox extends Box {
  node: BeamNode;
  /** 0 for the best score of its step. */
  rank: number;
}

export interface BeamEdge {
  from: number;
  to: number;
  /** SVG path data: a curve from the parent's right edge to the child's left edge. */
  d: string;
}

export interface BeamGridLayout {
  width: number;
  height: number;
  /** By node id. */
  boxes: Map<number, BeamBox>;
  edges: BeamEdge[];
  /** x of each step's column centre, for its heading. */
  columns: { step: number; x: number }[];
}

export const BEAM_BOX_WIDTH = 96;
export const BEAM_BOX_HEIGHT = 36;
const COLUMN_GAP = 34;
const ROW_GAP = 8;
/** Room above the grid for the step headings. */
export const HEADING_HEIGHT = 22;
const MARGIN = 8;

/** Higher score first; the earlier node among equals, as the search itself ranks them. */
function byScore(a: BeamNode, b: BeamNode): number {
  return b.score - a.score || a.id - b.id;
}

export function beamGridLayout(beam: Pick<BeamResult, 'nodes'>): BeamGridLayout {
  const byStep = new Map<number, BeamNode[]>();
  for (const node of beam.nodes) {
    const column = byStep.get(node.step) ?? [];
    column.push(node);
    byStep.set(node.step, column);
  }
  const steps = [...byStep.keys()].sort((a, b) => a - b);
  const boxes = new Map<number, BeamBox>();
  let tallest = 0;
  const columns = steps.map((step, c) => {
    const nodes = (byStep.get(step) ?? []).sort(byScore);
    const x = MARGIN + c * (BEAM_BOX_WIDTH + COLUMN_GAP);
    nodes.forEach((node, rank) => {
      const y = HEADING_HEIGHT + MARGIN + rank * (BEAM_BOX_HEIGHT + ROW_GAP);
      boxes.set(node.id, { node, rank, x, y, width: BEAM_BOX_WIDTH, height: BEAM_BOX_HEIGHT });
    });
    tallest = Math.max(tallest, nodes.length);
    return { step, x: x + BEAM_BOX_WIDTH / 2 };
  });

  const edges: BeamEdge[] = [];
  for (const node of beam.nodes) {
    const parent = boxes.get(node.parent);
    const child = boxes.get(node.id);
    if (!parent || !child) continue;
    const [x1, y1] = [parent.x + parent.width, parent.y + parent.height / 2];
    const [x2, y2] = [child.x, child.y + child.height / 2];
    const middle = (x1 + x2) / 2;
    edges.push({
      from: node.parent,
      to: node.id,
      d: `M${x1},${y1} C${middle},${y1} ${middle},${y2} ${x2},${y2}`,
    });
  }

  return {
    width: 2 * MARGIN + steps.length * BEAM_BOX_WIDTH + Math.max(0, steps.length - 1) * COLUMN_GAP,
    height:
      HEADING_HEIGHT + 2 * MARGIN + tallest * BEAM_BOX_HEIGHT + Math.max(0, tallest - 1) * ROW_GAP,
    boxes,
    edges,
    columns,
  };
}

/** The node ids from the root to `nodeId`, root first. */
export function pathToRoot(beam: Pick<BeamResult, 'nodes'>, nodeId: number): number[] {
  const path: number[] = [];
  for (let node = beam.nodes[nodeId]; node; node = beam.nodes[node.parent]) {
    path.push(node.id);
    if (node.parent === -1) break;
  }
  return path.reverse();
}
