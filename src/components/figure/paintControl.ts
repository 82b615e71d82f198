/** Form controls left in a figure, drawn as they read: a chosen option, a tick, a slider. */
import type { Box } from './layout';
import { paintBox } from './paintBox';
import { fontAttributes, notePainted, type Painter } from './painter';
import { paintAttributes, parsePaint, svgElement, type Paint } from './svgNodes';

function paintTick(input: HTMLInputElement, box: Box, ink: Paint, out: SVGElement, doc: Document) {
  const size = Math.min(box.width, box.height);
  const round = input.type === 'radio';
  const x = box.x + (box.width - size) / 2;
  const y = box.y + (box.height - size) / 2;
  out.append(
    svgElement(doc, 'rect', {
      x,
      y,
      width: size,
      height: size,
      rx: round ? size / 2 : 2,
      fill: 'none',
      ...paintAttributes(ink, 'stroke'),
    }),
  );
  if (!input.checked) return;
  out.append(
    svgElement(doc, 'rect', {
      x: x + size / 4,
      y: y + size / 4,
      width: size / 2,
      height: size / 2,
      rx: round ? size / 4 : 1,
      ...paintAttributes(ink, 'fill'),
    }),
  );
}

function paintSlider(
  input: HTMLInputElement,
  box: Box,
  ink: Paint,
  out: SVGElement,
  doc: Document,
) {
  const min = Number(input.min || 0);
  const span = Number(input.max || 100) - min;
  const at = span > 0 ? (Number(input.value) - min) / span : 0;
  const middle = box.y + box.height / 2;
  out.append(
    svgElement(doc, 'line', {
      x1: box.x,
      y1: middle,
      x2: box.x + box.width,
      y2: middle,
      ...paintAttributes(ink, 'stroke'),
      'stroke-width': 2,
    }),
    svgElement(doc, 'circle', {
      cx: box.x + at * box.width,
      cy: middle,
      r: Math.min(box.height / 2, 7),
      ...paintAttributes(ink, 'fill'),
    }),
  );
}

/** The text a control shows: a select's chosen option, a field's value; null for other elements. */
function shownText(element: Element): string | null {
  if (element instanceof HTMLSelectElement) return element.selectedOptions[0]?.textContent ?? '';
  if (element instanceof HTMLTextAreaElement) return element.value;
  if (element instanceof HTMLInputElement) return element.value;
  return null;
}

/** Draws `element` if it is a form control and says so; other elements are left to the caller. */
export function paintControl(
  element: Element,
  style: CSSStyleDeclaration,
  box: Box,
  out: SVGElement,
  painter: Painter,
): boolean {
  const { doc } = painter;
  const ink = parsePaint(style.color) ?? { color: 'rgb(0, 0, 0)', opacity: 1 };
  if (element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type)) {
    paintTick(element, box, ink, out, doc);
  } else if (element instanceof HTMLInputElement && element.type === 'range') {
    paintSlider(element, box, ink, out, doc);
  } else {
    const shown = shownText(element);
    if (shown === null) return false;
    paintBox(element, style, box, out, painter);
    const text = svgElement(doc, 'text', {
      x: box.x + (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.borderLeftWidth) || 0),
      y: box.y + box.height / 2,
      'dominant-baseline': 'central',
      ...fontAttributes(style),
      ...paintAttributes(ink, 'fill'),
    });
    text.textContent = shown;
    out.append(text);
  }
  notePainted(box, painter);
  return true;
}
