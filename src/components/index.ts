/** Shared drawing pieces of every figure: colour scales, vectors, matrices, heatmaps, formulas. */
export {
  divergingScale,
  sequentialScale,
  maxAbsOf,
  textColorOn,
  MASKED_COLOR,
  type ColorScale,
} from './scales';
export { formatValue, shapeCaption } from './format';
export { legendTicks, gradientStops, type LegendTick } from './ticks';
export {
  gridGeometry,
  cellBox,
  cellAt,
  moveCell,
  shouldUseCanvas,
  CANVAS_THRESHOLD,
  type GridGeometry,
  type CellBox,
} from './geometry';
export { ColorLegend, type ColorLegendProps } from './ColorLegend';
export { VectorCells, type VectorCellsProps } from './VectorCells';
export { VectorCloseUp, type VectorCloseUpProps, type CloseUpRow } from './VectorCloseUp';
export { MatrixGrid, type MatrixGridProps, type Cell } from './MatrixGrid';
export { Heatmap, type HeatmapProps } from './Heatmap';
export { Formula, type FormulaProps } from './Formula';
export { NumbersTable, type NumbersTableProps } from './NumbersTable';
export { Tooltip } from './Tooltip';
