/**
 * Where things are on screen, as the exporter needs it: boxes of elements, the lines of a text
 * node, the width of a caption. The browser answers from its own layout; tests pass their own.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of a text node as laid out: its words joined by single spaces, and where it sits. */
export interface TextLine {
  text: string;
  box: Box;
}

export interface FigureLayout {
  /** The element's border box, in page pixels. */
  box(element: Element): Box;
  /** The rendered lines of a text node, in page pixels; none when it is all white space. */
  textLines(text: Text): TextLine[];
  style(element: Element): CSSStyleDeclaration;
  /** Width of `text` in a CSS `font`, for wrapping the caption. */
  textWidth(text: string, font: string): number;
}

/**
 * A box on screen in the figure's own pixels, those its fonts and borders are given in: the
 * screen's divided by the zoom it is drawn under (a projector's, the reader's text size).
 */
function boxOf(rect: DOMRect, zoom: number): Box {
  return {
    x: rect.left / zoom,
    y: rect.top / zoom,
    width: rect.width / zoom,
    height: rect.height / zoom,
  };
}

/** The zoom `element` is drawn under; 1 where the browser has no CSS zoom. */
function zoomOf(element: Element | null): number {
  return element && 'currentCSSZoom' in element ? element.currentCSSZoom : 1;
}

/** Words (runs of non-space characters) of a text node, with their offsets. */
function words(data: string): { start: number; end: number; text: string }[] {
  const found = [];
  for (const match of data.matchAll(/\S+/g)) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

/**
 * Each word is measured on its own and words are grouped by the line they fall on: the text of
 * a node that wraps over several lines is then written line by line where the page shows it.
 */
function browserTextLines(node: Text): TextLine[] {
  const range = node.ownerDocument.createRange();
  const zoom = zoomOf(node.parentElement);
  const lines: TextLine[] = [];
  for (const word of words(node.data)) {
    range.setStart(node, word.start);
    range.setEnd(node, word.end);
    const rect = range.getClientRects()[0];
    if (!rect || rect.width === 0 || rect.height === 0) continue;
    const box = boxOf(rect, zoom);
    const last = lines[lines.length - 1];
    const sameLine = last && Math.abs(last.box.y - box.y) < box.height / 2 && box.x >= last.box.x;
    if (sameLine) {
      last.text += ` ${word.text}`;
      const right = Math.max(last.box.x + last.box.width, box.x + box.width);
      last.box.width = right - last.box.x;
    } else {
      lines.push({ text: word.text, box });
    }
  }
  return lines;
}

let measuringContext: CanvasRenderingContext2D | null | undefined;

function browserTextWidth(text: string, font: string): number {
  measuringContext ??= document.createElement('canvas').getContext('2d');
  if (!measuringContext) return text.length * 7;
  measuringContext.font = font;
  return measuringContext.measureText(text).width;
}

export const browserLayout: FigureLayout = {
  box: (element) => boxOf(element.getBoundingClientRect(), zoomOf(element)),
  textLines: browserTextLines,
  style: (element) => getComputedStyle(element),
  textWidth: browserTextWidth,
};
