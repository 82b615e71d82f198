/** Exporting a figure as SVG or PNG: the wrapper every figure sits in, and what it uses. */
export { ExportableFigure, type ExportableFigureProps } from './ExportableFigure';
export { SideScroller } from './SideScroller';
export { ExportMenu, type ExportFormat, type ExportMenuProps } from './ExportMenu';
export { figureFileName } from './fileName';
export { figureToSvg, type FigureSvg, type FigureSvgOptions } from './figureSvg';
export { ownCaption, wrapLines, type OwnCaption } from './caption';
export { browserLayout, type Box, type FigureLayout, type TextLine } from './layout';
export { svgToPng, PNG_SCALE } from './rasterize';
