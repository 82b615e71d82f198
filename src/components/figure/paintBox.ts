/** An element's own box in the file: its background, borders and outline, and its numbers. */
import type { Box } from './layout';
import { notePainted, type Painter } from './painter';
import { paintAttributes, parsePaint, svgElement, type Attributes, type Paint } from './svgNodes';

/** The data attributes that say which cell a box is and which number it holds. */
const CELL_DATA = ['data-value', 'data-row', 'data-col', 'data-index'];

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

interface Border {
  side: (typeof SIDES)[number];
  width: number;
  lineStyle: string;
  paint: Paint;
}

function cellData(element: Element): Attributes {
  const data: Attributes = {};
  for (const name of CELL_DATA) {
    const value = element.getAttribute(name);
    if (value !== null) data[name] = value;
  }
  return data;
}

function bordersOf(style: CSSStyleDeclaration): Border[] {
  const borders: Border[] = [];
  for (const side of SIDES) {
    const width = parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0;
    const lineStyle = style.getPropertyValue(`border-${side}-style`);
    const paint = parsePaint(style.getPropertyValue(`border-${side}-color`));
    if (width > 0 && paint && lineStyle !== 'none' && lineStyle !== 'hidden') {
      borders.push({ side, width, lineStyle, paint });
    }
  }
  return borders;
}

/** The same border all round: drawn as the stroke of the box's own rect. */
function uniformBorder(borders: readonly Border[]): Border | null {
  const [first] = borders;
  const same = (b: Border) =>
    b.width === first.width &&
    b.lineStyle === first.lineStyle &&
    b.paint.color === first.paint.color;
  return borders.length === 4 && borders.every(same) ? first : null;
}

function dashes(border: Border): string | undefined {
  if (border.lineStyle === 'dashed') return `${3 * border.width} ${2 * border.width}`;
  if (border.lineStyle === 'dotted') return `${border.width} ${border.width}`;
  return undefined;
}

function strokeOf(border: Border): Attributes {
  return {
    ...paintAttributes(border.paint, 'stroke'),
    'stroke-width': border.width,
    'stroke-dasharray': dashes(border),
  };
}

/** A border on some sides only (a table's rule, an underline): one line per side. */
function sideLine(border: Border, box: Box, doc: Document): SVGLineElement {
  const half = border.width / 2;
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  const ends = {
    top: [box.x, box.y + half, right, box.y + half],
    bottom: [box.x, bottom - half, right, bottom - half],
    left: [box.x + half, box.y, box.x + half, bottom],
    right: [right - half, box.y, right - half, bottom],
  }[border.side];
  const [x1, y1, x2, y2] = ends;
  return svgElement(doc, 'line', { x1, y1, x2, y2, ...strokeOf(border) });
}

/** An outline marks a chosen cell (the argmax, the selected row): it is part of the figure. */
function outlineOf(style: CSSStyleDeclaration, box: Box, doc: Document): SVGRectElement | null {
  const paint = parsePaint(style.outlineColor);
  const width = parseFloat(style.outlineWidth) || 0;
  if (!paint || width === 0 || style.outlineStyle === 'none') return null;
  const reach = (parseFloat(style.outlineOffset) || 0) + width / 2;
  return svgElement(doc, 'rect', {
    x: box.x - reach,
    y: box.y - reach,
    width: box.width + 2 * reach,
    height: box.height + 2 * reach,
    fill: 'none',
    ...paintAttributes(paint, 'stroke'),
    'stroke-width': width,
  });
}

/** Background, borders and outline of one element; its numbers, if it is a cell. */
export function paintBox(
  element: Element,
  style: CSSStyleDeclaration,
  box: Box,
  out: SVGElement,
  painter: Painter,
): void {
  const { doc } = painter;
  const background = parsePaint(style.backgroundColor);
  const borders = bordersOf(style);
  const border = uniformBorder(borders);
  const data = cellData(element);
  if (background || border || Object.keys(data).length > 0) {
    const inset = border ? border.width / 2 : 0;
    const radius = parseFloat(style.borderTopLeftRadius) || 0;
    out.append(
      svgElement(doc, 'rect', {
        x: box.x + inset,
        y: box.y + inset,
        width: Math.max(0, box.width - 2 * inset),
        height: Math.max(0, box.height - 2 * inset),
        rx: radius > 0 ? radius : undefined,
        ...(background ? paintAttributes(background, 'fill') : { fill: 'none' }),
        ...(border ? strokeOf(border) : {}),
        ...data,
      }),
    );
  }
  if (!border) for (const side of borders) out.append(sideLine(side, box, doc));
  const outline = outlineOf(style, box, doc);
  if (outline) out.append(outline);
  if (background || borders.length > 0 || outline) notePainted(box, painter);
}
