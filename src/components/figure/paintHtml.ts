/**
 * The figure's HTML drawn as SVG, element by element, where the page lays it out: a background or
 * border becomes a rect, each line of text a <text>, an SVG is copied with its styles, a canvas
 * embedded as an image. A cell that carries a number (data-value) keeps it on its rect, so the
 * file holds the figure's numbers, not a screenshot of them.
 */
import { canvasImage } from './canvasImage';
import { inlineSvg } from './inlineSvg';
import type { Box } from './layout';
import { paintBox } from './paintBox';
import { paintControl } from './paintControl';
import { fontAttributes, intersect, notePainted, relative, type Painter } from './painter';
import { paintAttributes, parsePaint, svgElement } from './svgNodes';

/** What the export leaves out: its own menu, hover tooltips, the numbers tables' buttons. */
const LEFT_OUT = '[data-export="skip"], .cmp-tooltip, .cmp-numbers-toggle, script, style, template';

/** Hidden from sight, though maybe not from screen readers (KaTeX's MathML, sr-only text). */
function invisible(element: Element, style: CSSStyleDeclaration, box: Box): boolean {
  if (element.matches(LEFT_OUT)) return true;
  if (style.display === 'none' || style.opacity === '0') return true;
  const clipped = style.overflow === 'hidden' || style.getPropertyValue('clip').startsWith('rect(');
  return clipped && box.width <= 1 && box.height <= 1;
}

function transformed(text: string, style: CSSStyleDeclaration): string {
  if (style.textTransform === 'uppercase') return text.toUpperCase();
  if (style.textTransform === 'lowercase') return text.toLowerCase();
  return text;
}

/** One <text> per rendered line, its middle where the line's middle is on the page. */
function paintText(
  node: Text,
  style: CSSStyleDeclaration,
  out: SVGElement,
  painter: Painter,
): void {
  const fill = parsePaint(style.color);
  if (!fill || style.visibility !== 'visible') return;
  for (const line of painter.layout.textLines(node)) {
    const box = relative(line.box, painter);
    const text = svgElement(painter.doc, 'text', {
      x: box.x,
      y: box.y + box.height / 2,
      'dominant-baseline': 'central',
      ...fontAttributes(style),
      ...paintAttributes(fill, 'fill'),
    });
    text.textContent = transformed(line.text, style);
    out.append(text);
    notePainted(box, painter);
  }
}

function clips(style: CSSStyleDeclaration): boolean {
  return style.overflowX !== 'visible' || style.overflowY !== 'visible';
}

/** A CSS rotation or scale of an HTML element (a slanted column label); null when none. */
function cssTransform(element: Element, style: CSSStyleDeclaration): string | null {
  if (!(element instanceof HTMLElement)) return null;
  return style.transform.startsWith('matrix(') ? style.transform : null;
}

/** The bullet or number of a list item, left of its first line, as the page draws it. */
function paintMarker(
  element: HTMLElement,
  style: CSSStyleDeclaration,
  box: Box,
  out: SVGElement,
  painter: Painter,
): void {
  if (style.display !== 'list-item' || style.listStylePosition !== 'outside') return;
  const fontSize = parseFloat(style.fontSize) || 16;
  const middle = box.y + (parseFloat(style.lineHeight) || fontSize * 1.2) / 2;
  const fill = parsePaint(style.color);
  if (!fill) return;
  if (['disc', 'circle', 'square'].includes(style.listStyleType)) {
    out.append(
      svgElement(painter.doc, 'circle', {
        cx: box.x - 0.8 * fontSize,
        cy: middle,
        r: 0.17 * fontSize,
        ...(style.listStyleType === 'circle'
          ? { fill: 'none', ...paintAttributes(fill, 'stroke') }
          : paintAttributes(fill, 'fill')),
      }),
    );
  } else if (style.listStyleType === 'decimal') {
    const items = Array.from(element.parentElement?.children ?? []).filter(
      (item) => item.localName === 'li',
    );
    const start =
      element.parentElement instanceof HTMLOListElement ? element.parentElement.start : 1;
    const number = svgElement(painter.doc, 'text', {
      x: box.x - 0.3 * fontSize,
      y: middle,
      'text-anchor': 'end',
      'dominant-baseline': 'central',
      ...fontAttributes(style),
      ...paintAttributes(fill, 'fill'),
    });
    number.textContent = `${start + items.indexOf(element)}.`;
    out.append(number);
  }
}

/** The element and everything in it, appended to `out`. */
export function paintElement(element: Element, out: SVGElement, painter: Painter): void {
  const { layout, doc } = painter;
  const style = layout.style(element);
  const transform = cssTransform(element, style);
  // A rotated label is measured as laid out before its rotation, which the file then applies.
  const saved = transform && element instanceof HTMLElement ? element.style.transform : null;
  if (transform && element instanceof HTMLElement) element.style.transform = 'none';
  try {
    const pageBox = layout.box(element);
    if (invisible(element, style, pageBox)) return;
    const box = relative(pageBox, painter);
    if (element instanceof SVGSVGElement) {
      // Its own styles, opacity included, are copied onto the copy.
      out.append(inlineSvg(element, box, layout));
      notePainted(box, painter);
      return;
    }
    const origin = style.transformOrigin.split(' ').map((v) => parseFloat(v) || 0);
    const opacity = Number(style.opacity);
    const grouped = transform !== null || opacity < 1;
    const target = grouped
      ? svgElement(doc, 'g', {
          transform: transform
            ? `translate(${box.x + origin[0]} ${box.y + origin[1]}) ${transform} translate(${-box.x - origin[0]} ${-box.y - origin[1]})`
            : undefined,
          opacity: opacity < 1 ? opacity : undefined,
        })
      : out;
    if (grouped) out.append(target);
    if (element instanceof HTMLCanvasElement) {
      target.append(canvasImage(element, box, doc));
      notePainted(box, painter);
      return;
    }
    if (!(element instanceof HTMLElement)) return;
    if (style.visibility === 'visible') {
      if (paintControl(element, style, box, target, painter)) return;
      paintBox(element, style, box, target, painter);
      paintMarker(element, style, box, target, painter);
    }
    paintChildren(element, style, box, target, painter);
  } finally {
    if (saved !== null && element instanceof HTMLElement) element.style.transform = saved;
  }
}

function paintChildren(
  element: HTMLElement,
  style: CSSStyleDeclaration,
  box: Box,
  out: SVGElement,
  painter: Painter,
): void {
  const outerClip = painter.clip;
  let target = out;
  if (clips(style)) {
    const id = `figure-clip-${++painter.clipCount}`;
    const clipPath = svgElement(painter.doc, 'clipPath', { id });
    clipPath.append(
      svgElement(painter.doc, 'rect', { x: box.x, y: box.y, width: box.width, height: box.height }),
    );
    painter.defs.append(clipPath);
    target = svgElement(painter.doc, 'g', { 'clip-path': `url(#${id})` });
    out.append(target);
    painter.clip = intersect(outerClip, box) ?? { ...box, width: 0, height: 0 };
  }
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) paintText(child as Text, style, target, painter);
    else if (child.nodeType === Node.ELEMENT_NODE) paintElement(child as Element, target, painter);
  }
  painter.clip = outerClip;
}
