/** The state of one export while the figure's elements are drawn: where, inside what, how far. */
import type { Box, FigureLayout } from './layout';
import type { Attributes } from './svgNodes';

export interface Painter {
  layout: FigureLayout;
  doc: Document;
  defs: SVGDefsElement;
  /** The figure's top-left corner on the page: every coordinate is written relative to it. */
  origin: { x: number; y: number };
  /** The area children may paint in, narrowed by every scrolling or clipping ancestor. */
  clip: Box | null;
  /** Everything painted so far, to size the file to the figure. */
  painted: Box | null;
  clipCount: number;
}

export function union(a: Box | null, b: Box): Box {
  if (!a) return { ...b };
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

export function intersect(a: Box | null, b: Box): Box | null {
  if (!a) return b;
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

export function relative(box: Box, painter: Painter): Box {
  return { ...box, x: box.x - painter.origin.x, y: box.y - painter.origin.y };
}

export function notePainted(box: Box, painter: Painter): void {
  const seen = painter.clip ? intersect(painter.clip, box) : box;
  if (seen && (seen.width > 0 || seen.height > 0)) painter.painted = union(painter.painted, seen);
}

export function fontAttributes(style: CSSStyleDeclaration): Attributes {
  return {
    'font-family': style.fontFamily,
    'font-size': style.fontSize,
    'font-weight': style.fontWeight === '400' ? undefined : style.fontWeight,
    'font-style': style.fontStyle === 'normal' ? undefined : style.fontStyle,
  };
}
