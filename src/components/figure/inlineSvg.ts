/**
 * An SVG of the page copied into the exported file: its nodes as they are, with the styles the
 * page's stylesheets give them written onto each node, since the file travels without them.
 */
import type { Box, FigureLayout } from './layout';
import { setAttributes } from './svgNodes';

/** The presentation properties the figures' stylesheets set, with their initial values. */
const PROPERTIES: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  visibility: 'visible',
  display: 'inline',
  'font-family': '',
  'font-size': '',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
};

const TEXT_TAGS = new Set(['svg', 'text', 'tspan', 'textPath']);

/** url("http://page/#id") or url("#id") → url(#id): the reference must point inside the file. */
function localReference(value: string): string {
  return value.replace(/url\((["']?)[^#)"']*#([^)"']+)\1\)/g, 'url(#$2)');
}

/**
 * Each property is written as an SVG presentation attribute (fill="…"), not a style attribute:
 * the file needs no stylesheet either way, and the page's content policy refuses style
 * attributes.
 */
function inlineStyle(source: Element, target: Element, layout: FigureLayout): void {
  const computed = layout.style(source);
  const text = TEXT_TAGS.has(source.localName);
  target.removeAttribute('style');
  for (const [property, initial] of Object.entries(PROPERTIES)) {
    const value = computed.getPropertyValue(property);
    if (!value || value === initial) continue;
    if ((property === 'font-family' || property === 'font-size') && !text) continue;
    target.setAttribute(property, localReference(value));
  }
}

/** A copy of `svg` placed at `box` (relative to the figure), every node's computed style inlined. */
export function inlineSvg(svg: SVGSVGElement, box: Box, layout: FigureLayout): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyle(svg, copy, layout);
  const sources = svg.querySelectorAll('*');
  const targets = copy.querySelectorAll('*');
  sources.forEach((source, i) => inlineStyle(source, targets[i], layout));
  setAttributes(copy, { x: box.x, y: box.y, width: box.width, height: box.height });
  // The file is a picture: nothing in it takes the keyboard's focus.
  for (const node of [copy, ...targets]) node.removeAttribute('tabindex');
  return copy;
}
