/**
 * Geometry of the loss chart, apart from drawing: scales from steps and losses to pixels, the
 * training curve (averaged into at most MAX_CURVE_POINTS points, so a long run stays cheap to
 * redraw), the held-out points, the floor label smoothing puts under the loss, and the ticks.
 */
import { line, scaleLinear } from 'd3';

export interface LossChartInput {
  /** The step of losses[0]. */
  lossStart: number;
  /** The training loss of every step. */
  losses: readonly number[];
  heldOut: readonly { step: number; loss: number }[];
  /** The step the run started from (0, or a loaded model's), and the step it will stop at. */
  firstStep: number;
  lastStep: number;
  /** The lowest loss possible, drawn as a dashed line; null to leave it out. */
  floor: number | null;
  width: number;
  height: number;
}

export interface ChartPoint {
  step: number;
  loss: number;
  x: number;
  y: number;
}

export interface Tick {
  value: number;
  /** Pixel position along its axis. */
  at: number;
}

export interface LossChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** The training curve as points (each the mean of a run of steps) and as an SVG path. */
  trainPoints: ChartPoint[];
  trainPath: string;
  heldOutPoints: ChartPoint[];
  heldOutPath: string;
  floorY: number | null;
  xTicks: Tick[];
  yTicks: Tick[];
}

/** Above this many steps, neighbouring steps are averaged into one point. */
export const MAX_CURVE_POINTS = 400;

const MARGIN = { left: 44, top: 12, right: 16, bottom: 34 };

/** Steps `from` … `to` averaged into at most `maxPoints` points, each at its steps' middle. */
export function averagedCurve(
  lossStart: number,
  losses: readonly number[],
  maxPoints = MAX_CURVE_POINTS,
): { step: number; loss: number }[] {
  const bucket = Math.max(1, Math.ceil(losses.length / maxPoints));
  const points: { step: number; loss: number }[] = [];
  for (let start = 0; start < losses.length; start += bucket) {
    const end = Math.min(start + bucket, losses.length);
    let sum = 0;
    for (let i = start; i < end; i++) sum += losses[i];
    points.push({ step: lossStart + (start + end - 1) / 2, loss: sum / (end - start) });
  }
  return points;
}

export function lossChartLayout(input: LossChartInput): LossChartLayout {
  const { width, height } = input;
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: width - MARGIN.right,
    bottom: height - MARGIN.bottom,
  };
  const curve = averagedCurve(input.lossStart, input.losses);
  const highest = Math.max(
    ...curve.map((p) => p.loss),
    ...input.heldOut.map((p) => p.loss),
    input.floor ?? 0,
    1,
  );
  const x = scaleLinear()
    .domain([input.firstStep, Math.max(input.lastStep, input.firstStep + 1)])
    .range([plot.left, plot.right]);
  const y = scaleLinear()
    .domain([0, highest * 1.05])
    .nice()
    .range([plot.bottom, plot.top]);
  const place = (p: { step: number; loss: number }): ChartPoint => ({
    ...p,
    x: x(p.step),
    y: y(p.loss),
  });
  const trainPoints = curve.map(place);
  const heldOutPoints = input.heldOut.map(place);
  const path = line<ChartPoint>()
    .x((p) => p.x)
    .y((p) => p.y);
  return {
    width,
    height,
    plot,
    trainPoints,
    trainPath: path(trainPoints) ?? '',
    heldOutPoints,
    heldOutPath: path(heldOutPoints) ?? '',
    floorY: input.floor === null ? null : y(input.floor),
    xTicks: x.ticks(6).map((value) => ({ value, at: x(value) })),
    yTicks: y.ticks(5).map((value) => ({ value, at: y(value) })),
  };
}
